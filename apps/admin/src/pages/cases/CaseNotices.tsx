import { ReloadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Table, Tag, Typography } from 'antd';
import { ErrorAlert } from '../../ErrorAlert';
import type { NoticeStatus } from '../../gql/graphql';
import { CaseNoticesDocument } from '../../graphql/notices';
import { useT } from '../../i18n/i18n';
import { formatTime } from '../../time';

const STATUS_COLOR: Record<NoticeStatus, string> = { SENT: 'green', PENDING: 'blue', FAILED: 'red', NO_RECIPIENT: 'default' };

/** 通知记录: what the applicant was told, by SMS and in the app. The worker sends them shortly after each move. */
export function CaseNotices({ caseId }: { caseId: string }) {
  const t = useT();
  // Notices arrive from the job worker after the move: look again now and then.
  const result = useQuery(CaseNoticesDocument, { variables: { id: caseId }, pollInterval: 5000, fetchPolicy: 'cache-and-network' });
  const notices = result.data?.case.notices ?? [];
  return (
    <Card
      title={t('notices.title')}
      extra={<Button icon={<ReloadOutlined />} onClick={() => void result.refetch()} data-testid="case-notices-refresh">{t('notices.refresh')}</Button>}
    >
      {result.error && !result.data ? <ErrorAlert error={result.error} testId="case-notices-error" /> : null}
      <Table
        data-testid="case-notices"
        rowKey="id"
        size="small"
        pagination={false}
        loading={result.loading && !result.data}
        dataSource={notices}
        locale={{ emptyText: t('notices.empty') }}
        columns={[
          { key: 'kind', title: t('notices.kind'), render: (_, n) => t(`noticeKind.${n.kind}`) },
          { key: 'channel', title: t('notices.channel'), render: (_, n) => t(`noticeChannel.${n.channel}`) },
          { key: 'recipient', title: t('notices.recipient'), render: (_, n) => n.recipientMasked ?? '—' },
          {
            key: 'status',
            title: t('notices.status'),
            render: (_, n) => (
              <Tag color={STATUS_COLOR[n.status]} data-testid={`notice-status-${n.channel}-${n.kind}`}>
                {t(`noticeStatus.${n.status}`)}
                {n.attempts > 1 ? `（${n.attempts}）` : ''}
              </Tag>
            ),
          },
          { key: 'body', title: t('notices.body'), render: (_, n) => <Typography.Text>{n.body}</Typography.Text> },
          { key: 'sentAt', title: t('notices.sentAt'), render: (_, n) => (n.sentAt ? formatTime(n.sentAt) : '—') },
        ]}
      />
    </Card>
  );
}
