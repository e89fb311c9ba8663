import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Drawer, Spin, Table, Tag } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { ErrorAlert } from '../../../ErrorAlert';
import type { MatterQuery } from '../../../gql/graphql';
import { MatterVersionDocument } from '../../../graphql/catalog';
import { useT } from '../../../i18n/i18n';
import { formatTime } from '../../../time';
import { MatterContentView } from './MatterContentView';
import type { Departments } from './useDepartments';

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

/** 版本历史: every version with its dates; any of them can be read exactly as it was published. */
export function VersionHistory({ matter, departments }: { matter: Matter; departments: Departments }) {
  const t = useT();
  const [viewing, setViewing] = useState<number | null>(null);
  const inForce = matter.inForce?.version;
  return (
    <>
      <Table<VersionRow>
        rowKey="version"
        size="small"
        pagination={false}
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
                <Tag color={row.status === 'DRAFT' ? 'gold' : 'blue'}>{t(`versionStatus.${row.status}`)}</Tag>
                {row.version === inForce ? <Tag color="green">{t('versions.inForce')}</Tag> : null}
              </>
            ),
          },
          { key: 'effectiveFrom', title: t('versions.effectiveFrom'), render: (_, row) => row.effectiveFrom ?? '—' },
          { key: 'publishedAt', title: t('versions.publishedAt'), render: (_, row) => formatTime(row.publishedAt) },
          {
            key: 'view',
            title: '',
            render: (_, row) => (
              <Button size="small" icon={<EyeOutlined />} onClick={() => setViewing(row.version)} data-testid={`version-view-${row.version}`}>
                {t('versions.view')}
              </Button>
            ),
          },
        ]}
      />
      <VersionDrawer matterId={matter.id} version={viewing} departments={departments} onClose={() => setViewing(null)} />
    </>
  );
}
