import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Checkbox, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { CaseRatingFieldsFragment, RectificationFieldsFragment } from '../../gql/graphql';
import { EvaluationRulesDocument, RatingsDocument, RectificationsDocument } from '../../graphql/evaluation';
import { useAbility } from '../../auth/ability';
import { PageTitle } from '../../components/PageTitle';
import { ServerTable } from '../../components/ServerTable';
import { useServerTable } from '../../components/useServerTable';
import { useT } from '../../i18n/i18n';
import { formatTime } from '../../time';
import { RectificationStepDialog } from './RectificationStepDialog';

const WARNING_COLORS = { NORMAL: 'green', YELLOW: 'gold', RED: 'red' } as const;

/**
 * 好差评与整改: the ratings the caller may see with the count of each grade, and the
 * rectifications of bad ones with every step taken (who, when, what); the next step for whoever
 * may take it — the responsible unit, or the supervisor for the 复核.
 */
export function EvaluationPage() {
  const t = useT();
  const ability = useAbility();
  const [badOnly, setBadOnly] = useState(false);
  const [acting, setActing] = useState<RectificationFieldsFragment | null>(null);
  const ratings = useServerTable(RatingsDocument, { filter: { badOnly } }, (data) => data.ratings);
  const counts = useQuery(RatingsDocument, { variables: { first: 1, filter: { badOnly } }, fetchPolicy: 'cache-and-network' }).data?.ratings.gradeCounts ?? [];
  const rectifications = useServerTable(RectificationsDocument, {}, (data) => data.rectifications);
  const rules = useQuery(EvaluationRulesDocument, { skip: !ability.can('read', 'EvaluationRules') }).data?.evaluationRules;

  const step = (label: string, s: { text: string; at: string; by: { name: string } | null } | null) =>
    s ? (
      <div key={label}>
        <Typography.Text strong>{t(`evaluation.step.${label}` as 'evaluation.step.verification')}</Typography.Text>：{s.text}
        <Typography.Text type="secondary"> （{t('evaluation.stepBy', { by: s.by?.name ?? '', at: formatTime(s.at) })}）</Typography.Text>
      </div>
    ) : null;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={<PageTitle>{t('evaluation.title')}</PageTitle>}>
        {rules ? (
          <Typography.Paragraph type="secondary" data-testid="evaluation-rules">
            {t('evaluation.rules', {
              bad: rules.badGrades.map((g) => t(`grade.${g}`)).join('、'),
              days: rules.rectificationWorkingDays,
              anonymous: t(rules.anonymousBadOpensRectification ? 'evaluation.rules.yes' : 'evaluation.rules.no'),
            })}
            {rules.isDefault ? t('evaluation.rules.default') : ''}
          </Typography.Paragraph>
        ) : null}
        <Space wrap data-testid="grade-counts">
          {counts.map((c) => (
            <Tag key={c.grade} data-testid={`grade-count-${c.grade}`} data-count={c.count}>
              {t('evaluation.count', { grade: t(`grade.${c.grade}`), count: c.count })}
            </Tag>
          ))}
          <Checkbox checked={badOnly} onChange={(e) => setBadOnly(e.target.checked)} data-testid="ratings-bad-only">
            {t('evaluation.badOnly')}
          </Checkbox>
        </Space>
      </Card>
      <Card title={t('evaluation.rectifications')}>
        <ServerTable<RectificationFieldsFragment>
          table={rectifications}
          rowKey="id"
          testId="rectifications-table"
          columns={[
            { key: 'number', title: t('evaluation.caseNumber'), render: (_, x) => <Link to={`/cases/${x.caseId}`}>{x.caseNumber ?? '—'}</Link> },
            { key: 'matter', title: t('evaluation.matter'), dataIndex: 'matterName' },
            { key: 'grade', title: t('evaluation.grade'), render: (_, x) => <Tag color="red">{t(`grade.${x.grade}`)}</Tag> },
            { key: 'unit', title: t('evaluation.responsible'), render: (_, x) => x.responsibleUnit.name },
            { key: 'state', title: t('evaluation.state'), render: (_, x) => <span data-testid="rect-state" data-state={x.state}>{t(`rectState.${x.state}`)}</span> },
            {
              key: 'due',
              title: t('evaluation.due'),
              render: (_, x) => (
                <Space>
                  {x.dueDate}
                  {x.warning ? <Tag color={WARNING_COLORS[x.warning]}>{t(`rectWarning.${x.warning}`)}</Tag> : null}
                </Space>
              ),
            },
            {
              key: 'steps',
              title: t('evaluation.steps'),
              render: (_, x) => (
                <div data-testid="rect-steps">
                  {x.comment ? <div>{x.comment}</div> : null}
                  {step('verification', x.verification)}
                  {step('measures', x.measures)}
                  {step('callback', x.callback ? { ...x.callback, text: `${x.callback.text}${x.applicantAnswer ? `（${t(`answer.${x.applicantAnswer}`)}）` : ''}` } : null)}
                  {step('review', x.review)}
                </div>
              ),
            },
            {
              key: 'act',
              title: t('evaluation.act'),
              render: (_, x) =>
                x.canAct ? (
                  <Button size="small" onClick={() => setActing(x)} data-testid={`rect-act-${x.id}`}>
                    {t(`evaluation.act.${x.state === 'CLOSED' ? 'CALLBACK_DONE' : x.state}`)}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <Card title={t('evaluation.ratings')}>
        <ServerTable<CaseRatingFieldsFragment>
          table={ratings}
          rowKey="id"
          testId="ratings-table"
          columns={[
            { key: 'number', title: t('evaluation.caseNumber'), render: (_, r) => <Link to={`/cases/${r.caseId}`}>{r.caseNumber ?? '—'}</Link> },
            { key: 'matter', title: t('evaluation.matter'), dataIndex: 'matterName' },
            {
              key: 'grade',
              title: t('evaluation.grade'),
              render: (_, r) => (
                <Space size={4}>
                  <Tag color={r.bad ? 'red' : 'green'}>{t(`grade.${r.grade}`)}</Tag>
                  {r.byProxy ? <Tag>{t('evaluation.byProxy')}</Tag> : null}
                  {r.anonymous ? <Tag>{t('evaluation.anonymous')}</Tag> : null}
                </Space>
              ),
            },
            { key: 'channel', title: t('evaluation.channel'), render: (_, r) => t(`channel.${r.channel}`) },
            { key: 'unit', title: t('evaluation.unit'), render: (_, r) => `${r.acceptingUnit.name} / ${r.decidingUnit.name}` },
            { key: 'people', title: t('evaluation.handledBy'), render: (_, r) => `${r.acceptedBy?.name ?? '—'} / ${r.decidedBy?.name ?? '—'}` },
            { key: 'comment', title: t('evaluation.comment'), render: (_, r) => r.comment ?? '' },
            { key: 'at', title: t('evaluation.ratedAt'), render: (_, r) => formatTime(r.ratedAt) },
          ]}
        />
      </Card>
      {acting ? <RectificationStepDialog rectification={acting} onClose={() => setActing(null)} /> : null}
    </Space>
  );
}
