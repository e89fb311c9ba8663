import { useState } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Card, Input, Space, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { ServerTable } from '../../components/ServerTable';
import { useServerTable } from '../../components/useServerTable';
import { ErrorAlert } from '../../ErrorAlert';
import type { AuditLogQuery } from '../../gql/graphql';
import { AuditLogDocument, VerifyAuditChainDocument } from '../../graphql/audit';
import { useT } from '../../i18n/i18n';
import { formatTime } from '../../time';
import { useDebounced } from '../../useDebounced';

type AuditEntry = AuditLogQuery['auditLog']['nodes'][number];

export function AuditLogPage() {
  const t = useT();
  const [action, setAction] = useState('');
  const debounced = useDebounced(action.trim(), 250);
  const log = useServerTable(AuditLogDocument, { action: debounced || undefined }, (data) => data.auditLog, 50);
  const [verify, verification] = useLazyQuery(VerifyAuditChainDocument, { fetchPolicy: 'network-only' });

  const result = verification.data?.verifyAuditChain;

  return (
    <Card
      title={t('audit.title')}
      extra={
        <Button
          icon={<SafetyCertificateOutlined />}
          loading={verification.loading}
          onClick={() => void verify().catch(() => undefined)}
          data-testid="audit-verify"
        >
          {t('audit.verify')}
        </Button>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {result ? (
          <Alert
            data-testid="audit-verify-result"
            showIcon
            type={result.ok ? 'success' : 'error'}
            title={
              result.ok
                ? result.resumedFromSeq
                  ? t('audit.verifyOkResumed', { checked: result.checked, seq: result.resumedFromSeq })
                  : t('audit.verifyOk', { checked: result.checked })
                : t('audit.verifyBroken', { seq: result.firstBrokenSeq ?? '?', reason: result.reason ?? '' })
            }
          />
        ) : null}
        <ErrorAlert error={verification.error} />
        <ServerTable<AuditEntry>
          table={log}
          rowKey="seq"
          size="small"
          testId="audit-table"
          filters={
            <Input.Search allowClear placeholder={t('audit.filterAction')} value={action} onChange={(event) => setAction(event.target.value)} data-testid="audit-filter-action" />
          }
          columns={[
            { key: 'seq', title: t('audit.seq'), dataIndex: 'seq', width: 80 },
            { key: 'at', title: t('audit.at'), render: (_, e) => formatTime(e.at), width: 160 },
            { key: 'actor', title: t('audit.actor'), dataIndex: 'actorName' },
            { key: 'onBehalfOf', title: t('audit.onBehalfOf'), render: (_, e) => e.onBehalfOf ?? '—' },
            { key: 'action', title: t('audit.action'), render: (_, e) => <Typography.Text code>{e.action}</Typography.Text> },
            {
              key: 'subject',
              title: t('audit.subject'),
              render: (_, e) => (e.subjectType ? `${e.subjectType}${e.subjectId ? ` #${e.subjectId}` : ''}` : '—'),
            },
            {
              key: 'detail',
              title: t('audit.detail'),
              render: (_, e) => (
                <Typography.Text style={{ fontSize: 12 }} ellipsis={{ tooltip: JSON.stringify(e.detail, null, 2) }}>
                  {JSON.stringify(e.detail)}
                </Typography.Text>
              ),
            },
            {
              key: 'hash',
              title: t('audit.hash'),
              render: (_, e) => (
                <Typography.Text type="secondary" copyable={{ text: e.hash }} style={{ fontFamily: 'monospace', fontSize: 12 }}>
                  {e.hash.slice(0, 12)}…
                </Typography.Text>
              ),
            },
          ]}
        />
      </Space>
    </Card>
  );
}
