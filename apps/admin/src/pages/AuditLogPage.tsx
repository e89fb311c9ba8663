import { useState } from 'react';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { ErrorAlert } from '../ErrorAlert';
import type { AuditLogQuery } from '../gql/graphql';
import { AuditLogDocument, VerifyAuditChainDocument } from '../graphql/audit';
import { useT } from '../i18n/i18n';
import { formatTime } from '../time';

type AuditEntry = AuditLogQuery['auditLog'][number];
const PAGE_SIZE = 50;

export function AuditLogPage() {
  const t = useT();
  const log = useQuery(AuditLogDocument, { variables: { limit: PAGE_SIZE } });
  const [older, setOlder] = useState<AuditEntry[]>([]);
  const [exhausted, setExhausted] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [verify, verification] = useLazyQuery(VerifyAuditChainDocument, { fetchPolicy: 'network-only' });

  const entries = [...(log.data?.auditLog ?? []), ...older];
  const oldest = entries.at(-1);

  async function loadMore() {
    if (!oldest) return;
    setLoadingMore(true);
    try {
      const { data } = await log.client.query({
        query: AuditLogDocument,
        variables: { limit: PAGE_SIZE, beforeSeq: oldest.seq },
        fetchPolicy: 'network-only',
      });
      const page = data?.auditLog ?? [];
      setOlder((previous) => [...previous, ...page]);
      if (page.length < PAGE_SIZE) setExhausted(true);
    } finally {
      setLoadingMore(false);
    }
  }

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
                ? t('audit.verifyOk', { checked: result.checked })
                : t('audit.verifyBroken', { seq: result.firstBrokenSeq ?? '?', reason: result.reason ?? '' })
            }
          />
        ) : null}
        <ErrorAlert error={verification.error} />
        <ErrorAlert error={log.error} />
        <Table<AuditEntry>
          rowKey="seq"
          size="small"
          loading={log.loading}
          dataSource={entries}
          pagination={false}
          data-testid="audit-table"
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
        {entries.length >= PAGE_SIZE && !exhausted ? (
          <Button block onClick={loadMore} loading={loadingMore} data-testid="audit-load-more">
            {t('audit.loadMore')}
          </Button>
        ) : null}
      </Space>
    </Card>
  );
}
