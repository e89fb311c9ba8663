import { Tag } from 'antd';
import type { CaseState, CaseWarning } from '../../gql/graphql';
import { useT } from '../../i18n/i18n';

const STATE_COLORS: Partial<Record<CaseState, string>> = {
  SUBMITTED: 'blue',
  SUPPLEMENT_REQUESTED: 'orange',
  SUSPENDED: 'purple',
  DECIDED: 'cyan',
  DELIVERED: 'green',
  NOT_ACCEPTED: 'default',
  WITHDRAWN: 'default',
};

export function CaseStateTag({ state }: { state: CaseState }) {
  const t = useT();
  return (
    <Tag color={STATE_COLORS[state] ?? 'geekblue'} data-testid="case-state" data-state={state}>
      {t(`caseState.${state}`)}
    </Tag>
  );
}

/** 黄牌 / 红牌 of an open case; nothing for a case on time. */
export function WarningTag({ warning }: { warning: CaseWarning | null | undefined }) {
  const t = useT();
  if (!warning || warning === 'NORMAL') return null;
  return (
    <Tag color={warning === 'RED' ? 'red' : 'gold'} data-testid="case-warning" data-warning={warning}>
      {t(`warning.${warning}`)}
    </Tag>
  );
}
