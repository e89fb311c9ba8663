import { useState } from 'react';
import { PrinterOutlined } from '@ant-design/icons';
import { downloadFile } from '../../files/fileRequests';
import { useRunMutation } from '../../components/useRunMutation';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Empty, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../ErrorAlert';
import type { CaseAction } from '../../gql/graphql';
import { CaseDocument } from '../../graphql/cases';
import { useLanguage, useT } from '../../i18n/i18n';
import { formatTime } from '../../time';
import { CaseMoveDialog } from './CaseMoveDialog';
import { CaseFeesCard } from './CaseFeesCard';
import { CaseMaterialFilesCard } from './CaseMaterialFilesCard';
import { CaseNotices } from './CaseNotices';
import { PageTitle } from '../../components/PageTitle';
import { CaseStateTag, WarningTag } from './CaseStateTag';
import { DecideBlockedHint } from './DecideBlockedHint';
import { JointDepartmentsCard } from './JointDepartmentsCard';
import { CaseRatingCard } from '../evaluation/CaseRatingCard';

/** One case: where it is, its deadline and warning, the moves open to the caller, and its history. */
export function CaseDetailPage() {
  const t = useT();
  const { language } = useLanguage();
  const { caseId = '' } = useParams();
  const result = useQuery(CaseDocument, { variables: { id: caseId } });
  const [action, setAction] = useState<CaseAction | null>(null);
  const run = useRunMutation();
  const c = result.data?.case;
  if (result.loading && !c) return <Spin />;
  if (!c) return <ErrorAlert error={result.error} testId="case-error" />;
  const zh = language === 'zh-CN';

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} data-testid="case-page">
      <Link to="/cases">{t('cases.back')}</Link>
      <Card
        extra={
          <Space wrap>
            {(
              [
                ['receipt', !!c.caseNumber],
                ['supplement', c.supplementCount > 0],
                ['refusal', c.state === 'NOT_ACCEPTED'],
                ['decision', !!c.outcome],
              ] as const
            )
              .filter(([, has]) => has)
              .map(([kind]) => (
                <Button
                  key={kind}
                  icon={<PrinterOutlined />}
                  onClick={() => void run(() => downloadFile(`/api/cases/${c.id}/${kind}.pdf`, `${kind}-${c.caseNumber ?? c.id.slice(0, 8)}.pdf`))}
                  data-testid={`case-document-${kind}`}
                >
                  {t(`cases.document.${kind}`)}
                </Button>
              ))}
          </Space>
        }
        title={
          <Space wrap>
            <PageTitle>
              <span data-testid="case-number">{c.caseNumber ?? t('cases.notAccepted')}</span>
            </PageTitle>
            <CaseStateTag state={c.state} />
            <WarningTag warning={c.warning} />
            {c.greenChannel ? (
              <Tag color="green" data-testid="case-green-channel">
                {c.investmentWan != null ? t('cases.greenChannelInvestment', { wan: c.investmentWan }) : t('cases.greenChannel')}
              </Tag>
            ) : null}
          </Space>
        }
      >
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'matter', label: t('cases.matter'), children: `${c.matterName}（${t('cases.version', { version: c.matterVersion })}）` },
            { key: 'applicant', label: t('cases.applicant'), children: c.applicantName },
            ...(c.caseNumber ? [{ key: 'code', label: t('cases.verificationCode'), children: <span data-testid="case-verification-code">{c.verificationCode}</span> }] : []),
            { key: 'accepting', label: t('cases.acceptingUnit'), children: c.acceptingUnit.name },
            { key: 'current', label: t('cases.currentUnit'), children: <span data-testid="case-current-unit">{c.currentUnit.name}</span> },
            { key: 'deciding', label: t('cases.decidingUnit'), children: c.decidingUnit.name },
            { key: 'limit', label: t('cases.limit'), children: c.limitWorkingDays ? t('cases.limitDays', { days: c.limitWorkingDays }) : t('cases.onTheSpot') },
            { key: 'accepted', label: t('cases.acceptedOn'), children: c.acceptedOn ?? '—' },
            {
              key: 'due',
              label: t('cases.dueDate'),
              children: (
                <span data-testid="case-due">
                  {c.dueDate ?? '—'}
                  {c.dueProvisional ? `（${t('cases.provisional')}）` : ''}
                </span>
              ),
            },
            ...(c.missingMaterials.length ? [{ key: 'missing', label: t('cases.missing'), children: c.missingMaterials.join('、') }] : []),
            ...(c.gapsDueDate ? [{ key: 'gaps', label: t('cases.gapsDue'), children: c.gapsDueDate }] : []),
            ...(c.suspendedWorkingDays ? [{ key: 'suspended', label: t('cases.suspended'), children: t('cases.limitDays', { days: c.suspendedWorkingDays }) }] : []),
            ...(c.deemedApproval && !c.outcome ? [{ key: 'deemed', label: t('cases.deemedApproval'), children: t('cases.deemedApplies') }] : []),
            ...(c.outcome ? [{ key: 'outcome', label: t('cases.outcome'), children: <span data-testid="case-outcome">{c.decidedBySilence ? t('cases.decidedBySilence') : t(`outcome.${c.outcome}`)}</span> }] : []),
            { key: 'submitted', label: t('cases.submittedAt'), children: formatTime(c.submittedAt) },
          ]}
        />
      </Card>
      <Card title={t('cases.actions')}>
        {c.availableActions.length ? (
          <Space wrap data-testid="case-actions">
            {c.availableActions.map((a) => (
              <Button key={a} type={a === 'WITHDRAW' || a === 'NOT_ACCEPT' ? 'default' : 'primary'} danger={a === 'WITHDRAW' || a === 'NOT_ACCEPT'} onClick={() => setAction(a)} data-testid={`case-action-${a}`}>
                {t(`caseAction.${a}`)}
              </Button>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">{t('cases.noActions')}</Typography.Text>
        )}
        <DecideBlockedHint caseId={c.id} />
      </Card>
      <CaseFeesCard caseId={c.id} accepted={!!c.caseNumber} canHandle={c.availableActions.length > 0} />
      <CaseMaterialFilesCard caseId={c.id} canHandle={c.availableActions.length > 0} />
      <JointDepartmentsCard caseId={c.id} />
      <CaseRatingCard caseId={c.id} state={c.state} />
      <Card title={t('cases.timeline')}>
        {c.timeline.length ? (
          <Timeline
            data-testid="case-timeline"
            items={c.timeline.map((e) => ({
              key: e.seq,
              content: (
                <div>
                  <Typography.Text strong>{zh ? e.actionLabelZh : e.actionLabelEn}</Typography.Text> · {e.actorName} · {formatTime(String(e.at))}
                  {e.details
                    .filter((d) => !['from', 'to'].includes(d.key))
                    .map((d) => (
                      <div key={d.key}>
                        <Typography.Text type="secondary">{zh ? d.labelZh : d.labelEn}：</Typography.Text>
                        {zh ? d.valueZh : d.valueEn}
                      </div>
                    ))}
                </div>
              ),
            }))}
          />
        ) : (
          <Empty />
        )}
      </Card>
      <CaseNotices caseId={c.id} />
      <CaseMoveDialog caseId={c.id} action={action} onClose={() => setAction(null)} />
    </Space>
  );
}
