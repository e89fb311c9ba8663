import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { App, Button, Drawer, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { DiffOutlined, EyeOutlined, RollbackOutlined } from '@ant-design/icons';
import { ErrorAlert } from '../../../ErrorAlert';
import type { MatterQuery } from '../../../gql/graphql';
import { MatterVersionDocument } from '../../../graphql/catalog';
import { useT } from '../../../i18n/i18n';
import { formatTime } from '../../../time';
import { MatterContentView } from './MatterContentView';
import type { Departments } from './useDepartments';
import { VersionCompare } from './VersionCompare';
import { WithdrawDialog } from './WithdrawDialog';

type Matter = MatterQuery['matter'];
type VersionRow = Matter['versions'][number];

function VersionDrawer({ matterId, version, departments, onClose }: { matterId: string; version: number | null; departments: Departments; onClose(): void }) {
  const t = useT();
  const result = useQuery(MatterVersionDocument, { variables: { matterId, version: version ?? 0 }, skip: version === null });
  const content = result.data?.matterVersion.content;
  return (
    <Drawer open={version !== null} size="large" width={960} onClose={onClose} title={t('versions.viewTitle', { version: version ?? '' })} destroyOnHidden>
      <ErrorAlert error={result.error} />
      {result.loading ? <Spin /> : null}
      {content ? (
        <MatterContentView
          content={content}
          implementingBodyName={departments.nameOf(content.implementingBodyId)}
          coImplementingNames={content.coImplementingBodyIds.map(departments.nameOf)}
          testId="version-content"
        />
      ) : null}
    </Drawer>
  );
}

const STATUS_TAG: Record<VersionRow['status'], string> = { DRAFT: 'gold', PUBLISHED: 'blue', WITHDRAWN: 'default' };

/**
 * 版本历史: every version with its dates; any of them can be read exactly as it was published,
 * any two compared field by field, and a scheduled one (待施行) withdrawn before its date.
 */
export function VersionHistory({ matter, departments, canEdit = false }: { matter: Matter; departments: Departments; canEdit?: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const [viewing, setViewing] = useState<number | null>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const [comparing, setComparing] = useState<[number, number] | null>(null);
  const [withdrawing, setWithdrawing] = useState<number | null>(null);
  const inForce = matter.inForce?.version;
  return (
    <>
      <Space style={{ marginBottom: 8 }}>
        <Tooltip title={selected.length === 2 ? undefined : t('versions.compareHint')}>
          <Button
            icon={<DiffOutlined />}
            disabled={selected.length !== 2}
            onClick={() => setComparing([selected[0], selected[1]])}
            data-testid="versions-compare"
          >
            {t('versions.compare')}
          </Button>
        </Tooltip>
      </Space>
      <Table<VersionRow>
        rowKey="version"
        size="small"
        pagination={false}
        rowSelection={{
          selectedRowKeys: selected,
          hideSelectAll: true,
          // Two at most: a third tick replaces the older pick.
          onChange: (keys) => setSelected((keys as number[]).length > 2 ? (keys as number[]).slice(-2) : (keys as number[])),
          getCheckboxProps: (row) => ({ 'data-testid': `version-pick-${row.version}` }) as object,
        }}
        dataSource={[...matter.versions].sort((a, b) => b.version - a.version)}
        data-testid="versions-table"
        scroll={{ x: 640 }}
        onRow={(row) => ({ 'data-testid': 'version-row', 'data-version': row.version }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'version', title: t('versions.version'), render: (_, row) => t('catalog.versionN', { version: row.version }) },
          {
            key: 'status',
            title: t('catalog.status'),
            render: (_, row) => (
              <>
                <Tag color={STATUS_TAG[row.status]}>{t(`versionStatus.${row.status}`)}</Tag>
                {row.version === inForce ? <Tag color="green">{t('versions.inForce')}</Tag> : null}
                {row.scheduled ? (
                  <Tag color="orange" data-testid={`version-scheduled-${row.version}`}>
                    {t('versions.scheduled')}
                  </Tag>
                ) : null}
                {row.withdrawalReason ? (
                  <Typography.Text type="secondary" data-testid={`version-withdrawn-${row.version}`}>
                    {t('versions.reasonLabel', { reason: row.withdrawalReason })}
                  </Typography.Text>
                ) : null}
              </>
            ),
          },
          { key: 'effectiveFrom', title: t('versions.effectiveFrom'), render: (_, row) => row.effectiveFrom ?? '—' },
          { key: 'publishedAt', title: t('versions.publishedAt'), render: (_, row) => formatTime(row.publishedAt) },
          {
            key: 'view',
            title: '',
            render: (_, row) => (
              <Space>
                <Button size="small" icon={<EyeOutlined />} onClick={() => setViewing(row.version)} data-testid={`version-view-${row.version}`}>
                  {t('versions.view')}
                </Button>
                {canEdit && row.scheduled ? (
                  <Button size="small" danger icon={<RollbackOutlined />} onClick={() => setWithdrawing(row.version)} data-testid={`version-withdraw-${row.version}`}>
                    {t('versions.withdraw')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <VersionDrawer matterId={matter.id} version={viewing} departments={departments} onClose={() => setViewing(null)} />
      <VersionCompare matterId={matter.id} versions={comparing} onClose={() => setComparing(null)} />
      <WithdrawDialog
        matterId={matter.id}
        version={withdrawing}
        onCancel={() => setWithdrawing(null)}
        onDone={(version) => {
          setWithdrawing(null);
          void message.success(t('versions.withdrawn', { version }));
        }}
      />
    </>
  );
}
