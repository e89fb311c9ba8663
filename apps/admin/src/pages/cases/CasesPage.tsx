import { useState } from 'react';
import { Button, Card, Select, Space, Switch, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useAbility } from '../../auth/ability';
import { ServerTable } from '../../components/ServerTable';
import { useServerTable } from '../../components/useServerTable';
import type { CaseFieldsFragment, CaseState } from '../../gql/graphql';
import { CasesDocument } from '../../graphql/cases';
import { useT } from '../../i18n/i18n';
import { CaseStateTag, WarningTag } from './CaseStateTag';
import { PageTitle } from '../../components/PageTitle';
import { IntakeDrawer } from './IntakeDrawer';

const STATES: CaseState[] = ['SUBMITTED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED', 'IN_REVIEW', 'SUSPENDED', 'FORWARDED', 'RETURNED', 'DECIDED', 'DELIVERED', 'NOT_ACCEPTED', 'WITHDRAWN'];

/** 办件队列: the cases the caller follows, open ones soonest due first, with yellow and red cards. */
export function CasesPage() {
  const t = useT();
  const ability = useAbility();
  const [openOnly, setOpenOnly] = useState(true);
  const [states, setStates] = useState<CaseState[]>([]);
  const [intake, setIntake] = useState(false);
  const table = useServerTable(CasesDocument, { openOnly, states: states.length ? states : undefined }, (data) => data.cases);

  return (
    <Card
      title={<PageTitle>{t('cases.title')}</PageTitle>}
      extra={
        ability.can('create', 'Case') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIntake(true)} data-testid="case-new">
            {t('cases.new')}
          </Button>
        ) : null
      }
    >
      <ServerTable<CaseFieldsFragment>
        table={table}
        rowKey="id"
        testId="cases-table"
        onRow={(c) => ({ 'data-case-id': c.id, 'data-state': c.state }) as React.HTMLAttributes<HTMLElement>}
        filters={
          <Space wrap>
            <Space>
              <Switch checked={openOnly} onChange={setOpenOnly} aria-label={t('cases.openOnly')} data-testid="cases-open-only" />
              <Typography.Text>{t('cases.openOnly')}</Typography.Text>
            </Space>
            <Select<CaseState[]>
              mode="multiple"
              allowClear
              style={{ minWidth: 220 }}
              aria-label={t('cases.stateFilter')}
              placeholder={t('cases.stateFilter')}
              value={states}
              onChange={setStates}
              options={STATES.map((s) => ({ value: s, label: t(`caseState.${s}`) }))}
            />
          </Space>
        }
        columns={[
          {
            key: 'number',
            title: t('cases.caseNumber'),
            render: (_, c) => <Link to={`/cases/${c.id}`}>{c.caseNumber ?? t('cases.notAccepted')}</Link>,
          },
          { key: 'matter', title: t('cases.matter'), dataIndex: 'matterName' },
          { key: 'applicant', title: t('cases.applicant'), dataIndex: 'applicantName' },
          { key: 'state', title: t('cases.state'), render: (_, c) => <CaseStateTag state={c.state} /> },
          { key: 'at', title: t('cases.currentUnit'), render: (_, c) => c.currentUnit.name },
          {
            key: 'due',
            title: t('cases.dueDate'),
            render: (_, c) =>
              c.dueDate ? (
                <Space size={4} wrap>
                  <span>{c.dueDate}</span>
                  {c.dueProvisional ? <Typography.Text type="warning">{t('cases.provisional')}</Typography.Text> : null}
                  <WarningTag warning={c.warning} />
                </Space>
              ) : (
                '—'
              ),
          },
        ]}
      />
      <IntakeDrawer open={intake} onClose={() => setIntake(false)} />
    </Card>
  );
}
