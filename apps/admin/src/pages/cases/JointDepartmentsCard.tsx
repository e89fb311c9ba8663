import { useEffect, useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import { Card, Descriptions, Table, Tag } from 'antd';
import type { CaseTaskState } from '../../gql/graphql';
import { CaseJointDocument } from '../../graphql/case-tasks';
import { useT } from '../../i18n/i18n';
import { formatTime } from '../../time';
import { CaseTaskOpinionForm } from './CaseTaskOpinionForm';

const STATE_COLORS: Record<CaseTaskState, string> = { OPEN: 'processing', AGREED: 'success', DISAGREED: 'error' };

/** 联办部门: each joint department's task and opinion, the joint survey, and who decided the case. */
export function JointDepartmentsCard({ caseId }: { caseId: string }) {
  const t = useT();
  const { data, refetch } = useQuery(CaseJointDocument, { variables: { id: caseId } });
  const c = data?.case;
  // A move of the case (the page refetches it) may open tasks, end a survey or record the decider.
  const seenState = useRef<string | undefined>(undefined);
  const state = c?.state;
  useEffect(() => {
    if (seenState.current && state && seenState.current !== state) void refetch();
    seenState.current = state;
  }, [state, refetch]);
  if (!c || (!c.tasks.length && !c.decidedBy)) return null;
  const decider = c.decidedBy;
  return (
    <Card title={t('joint.title')} data-testid="joint-departments">
      {c.tasks.length > 0 && (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={c.tasks}
          columns={[
            { key: 'department', title: t('joint.department'), render: (_, task) => task.department.name },
            {
              key: 'state',
              title: t('joint.state'),
              render: (_, task) => (
                <Tag color={STATE_COLORS[task.state]} data-testid={`joint-state-${task.department.name}`}>
                  {t(`joint.state.${task.state}`)}
                </Tag>
              ),
            },
            {
              key: 'reason',
              title: t('joint.reason'),
              render: (_, task) => (task.canGiveOpinion ? <CaseTaskOpinionForm taskId={task.id} /> : (task.reason ?? '—')),
            },
            { key: 'by', title: t('joint.by'), render: (_, task) => task.opinionByName ?? '—' },
            { key: 'at', title: t('joint.at'), render: (_, task) => (task.opinionAt ? formatTime(task.opinionAt) : '—') },
          ]}
        />
      )}
      <Descriptions
        column={1}
        style={{ marginTop: 16 }}
        items={[
          ...c.surveys.map((s) => ({
            key: s.id,
            label: t('joint.survey'),
            children: t('joint.surveyLine', { from: s.startedOn, to: s.endedOn ?? t('joint.surveyOngoing'), departments: s.departments.map((d) => d.name).join('、'), reason: s.reason }),
          })),
          ...(decider
            ? [
                {
                  key: 'decider',
                  label: t('joint.decidedBy'),
                  children: (
                    <span data-testid="joint-decided-by">
                      {t('joint.decidedByLine', { name: decider.displayName, unit: decider.onBehalfOf.name })}
                      {decider.delegationId ? ` · ${t('joint.underDelegation', { id: decider.delegationId.slice(0, 8) })}` : ''}
                    </span>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
