import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useAuth } from '../../auth/AuthProvider';
import { useT } from '../../i18n/i18n';
import { formatTime } from '../../time';
import { MyWork } from './MyWork';
import { CalendarAlert } from './CalendarAlert';
import { useAbility } from '../../auth/ability';

export function DashboardPage() {
  const t = useT();
  const { me } = useAuth();
  const ability = useAbility();
  if (!me) return null;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} style={{ fontSize: 24 }} data-testid="dashboard-welcome">
        {t('dashboard.welcome', { name: me.displayName })}
      </Typography.Title>
      {ability.can('manage', 'WorkingCalendar') ? <CalendarAlert /> : null}
      {ability.can('read', 'Matter') ? <MyWork /> : null}
      <Card title={t('dashboard.whoami')}>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'username', label: t('dashboard.username'), children: me.username },
            { key: 'displayName', label: t('dashboard.displayName'), children: me.displayName },
            { key: 'tenant', label: t('dashboard.tenant'), children: `${me.tenant.name}${t('common.parenthesized', { text: me.tenant.divisionCode })}` },
            {
              key: 'roles',
              label: t('dashboard.roles'),
              children: me.roles.map((role) => (
                <Tag key={role} color="blue">
                  {t(`role.${role}`)}
                </Tag>
              )),
            },
          ]}
        />
      </Card>
      <Card title={t('dashboard.memberships')}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={me.memberships}
          scroll={{ x: 480 }}
          data-testid="my-memberships"
          columns={[
            { key: 'unit', title: t('dashboard.orgUnit'), render: (_, m) => m.orgUnit?.name ?? '—' },
            { key: 'role', title: t('dashboard.role'), render: (_, m) => t(`role.${m.role}`) },
            { key: 'since', title: t('dashboard.since'), render: (_, m) => formatTime(m.createdAt) },
          ]}
        />
      </Card>
    </Space>
  );
}
