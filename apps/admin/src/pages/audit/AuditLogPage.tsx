import { useState } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Card, Grid, Space, Tooltip, Typography, type TableColumnsType } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { ServerTable } from '../../components/ServerTable';
import { useServerTable } from '../../components/useServerTable';
import { ErrorAlert } from '../../ErrorAlert';
import type { RouteError } from '../../files/fileRequests';
import type { AuditLogQuery } from '../../gql/graphql';
import { AuditLogDocument, VerifyAuditChainDocument } from '../../graphql/audit';
import { useLanguage } from '../../i18n/i18n';
import { formatTime } from '../../time';
import { useDebounced } from '../../useDebounced';
import { AuditDetails } from './components/AuditDetails';
import { AuditFilters } from './components/AuditFilters';
import { filterVariables, NO_FILTER, type AuditFilterState } from './components/auditFilter';
import { downloadAuditLog } from './components/downloadAuditLog';
import { PageTitle } from '../../components/PageTitle';

type AuditEntry = AuditLogQuery['auditLog']['nodes'][number];

/** 审计日志: who did what to which subject, labelled in the interface's language, filtered and exported. */
export function AuditLogPage() {
  const { language, t } = useLanguage();
  const en = language === 'en-US';
  const [picked, setPicked] = useState<AuditFilterState>(NO_FILTER);
  const [subjectText, setSubjectText] = useState('');
  const subjectName = useDebounced(subjectText.trim(), 300);
  const filter: AuditFilterState = { ...picked, subjectName: subjectName || undefined };
  const log = useServerTable(AuditLogDocument, { filter: filterVariables(filter) }, (data) => data.auditLog, 50);
  const [verify, verification] = useLazyQuery(VerifyAuditChainDocument, { fetchPolicy: 'network-only' });
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<(Error & { route?: RouteError }) | null>(null);

  const result = verification.data?.verifyAuditChain;
  const wide = Grid.useBreakpoint().md ?? true;

  async function exportXlsx() {
    setExporting(true);
    setExportError(null);
    try {
      await downloadAuditLog(filter, en ? 'en' : 'zh');
    } catch (error) {
      setExportError(error as Error & { route?: RouteError });
    } finally {
      setExporting(false);
    }
  }

  const subjectCell = (e: AuditEntry) => {
    if (!e.subjectType) return <Typography.Text type="secondary">—</Typography.Text>;
    const type = en ? e.subjectTypeLabelEn : e.subjectTypeLabelZh;
    const name = e.subjectName ?? (e.subjectId ? `#${e.subjectId.slice(0, 8)}` : '');
    return (
      <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {type}
        </Typography.Text>
        {e.subjectPath && e.subjectName ? (
          <Link to={e.subjectPath} data-testid="audit-subject-link" style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Link>
        ) : (
          <Typography.Text style={{ overflowWrap: 'anywhere' }}>{name}</Typography.Text>
        )}
      </Space>
    );
  };

  const actorCell = (e: AuditEntry) => (
    <Space orientation="vertical" size={0} style={{ minWidth: 0 }}>
      <Typography.Text ellipsis>{e.actorName || '—'}</Typography.Text>
      {e.onBehalfOf ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('audit.onBehalfOf')} {e.onBehalfOf}
        </Typography.Text>
      ) : null}
    </Space>
  );
  const actionCell = (e: AuditEntry) => (
    <Tooltip title={e.action}>
      <span data-testid="audit-action" data-action={e.action}>
        {en ? e.actionLabelEn : e.actionLabelZh}
      </span>
    </Tooltip>
  );
  const columns: TableColumnsType<AuditEntry> = [
    { key: 'at', title: t('audit.at'), render: (_, e) => formatTime(e.at), width: 140 },
    { key: 'actor', title: t('audit.actor'), width: 130, ellipsis: true, render: (_, e) => actorCell(e) },
    { key: 'action', title: t('audit.action'), width: 150, render: (_, e) => actionCell(e) },
    { key: 'subject', title: t('audit.subject'), width: 190, render: (_, e) => subjectCell(e) },
    { key: 'detail', title: t('audit.detail'), render: (_, e) => <AuditDetails fields={e.details} /> },
  ];
  // On a phone every entry is one stacked cell: nothing to scroll sideways.
  const narrowColumns: TableColumnsType<AuditEntry> = [
    {
      key: 'entry',
      title: t('audit.title'),
      render: (_, e) => (
        <Space orientation="vertical" size={4} style={{ width: '100%', minWidth: 0 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatTime(e.at)} · {e.actorName || '—'}
            {e.onBehalfOf ? ` · ${t('audit.onBehalfOf')} ${e.onBehalfOf}` : ''}
          </Typography.Text>
          <Typography.Text strong>{actionCell(e)}</Typography.Text>
          {subjectCell(e)}
          <AuditDetails fields={e.details} />
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={<PageTitle>{t('audit.title')}</PageTitle>}
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
        {exportError ? (
          <Alert
            type="error"
            showIcon
            data-testid="audit-export-error"
            data-error-code={exportError.route?.code}
            title={exportError.route ? (en ? exportError.route.messageEn : exportError.route.messageZh) : t('audit.exportFailed')}
          />
        ) : null}
        <ServerTable<AuditEntry>
          table={log}
          rowKey="seq"
          size="small"
          testId="audit-table"
          tableLayout="fixed"
          scroll={wide ? { x: 820 } : undefined}
          filters={
            <AuditFilters
              filter={picked}
              onChange={setPicked}
              subjectText={subjectText}
              onSubjectText={setSubjectText}
              exporting={exporting}
              onExport={() => void exportXlsx()}
            />
          }
          expandable={{
            expandedRowRender: (e) => (
              <Space wrap size="large" style={{ fontSize: 12 }} data-testid="audit-chain">
                <span>
                  {t('audit.seq')} {e.seq}
                </span>
                <span>
                  {t('audit.code')} <Typography.Text code>{e.action}</Typography.Text>
                </span>
                <span>
                  {t('audit.hash')}{' '}
                  <Typography.Text type="secondary" copyable={{ text: e.hash }} style={{ fontFamily: 'monospace', fontSize: 12 }}>
                    {e.hash.slice(0, 16)}…
                  </Typography.Text>
                </span>
              </Space>
            ),
          }}
          columns={wide ? columns : narrowColumns}
        />
      </Space>
    </Card>
  );
}
