import { useQuery } from '@apollo/client/react';
import { Alert } from 'antd';
import { CaseJointDocument } from '../../graphql/case-tasks';
import { useT } from '../../i18n/i18n';

/** Why 作出决定 cannot succeed yet: joint departments still to give their opinion, or one disagreeing. */
export function DecideBlockedHint({ caseId }: { caseId: string }) {
  const t = useT();
  const { data } = useQuery(CaseJointDocument, { variables: { id: caseId } });
  const c = data?.case;
  if (!c?.availableActions.includes('DECIDE')) return null;
  const names = (state: string) => c.tasks.filter((task) => task.state === state).map((task) => task.department.name).join('、');
  const open = names('OPEN');
  const disagreed = names('DISAGREED');
  if (!open && !disagreed) return null;
  return (
    <Alert
      type={open ? 'info' : 'warning'}
      showIcon
      style={{ marginTop: 12 }}
      data-testid="decide-blocked"
      title={open ? t('joint.blockedOpen', { departments: open }) : t('joint.blockedDisagreed', { departments: disagreed })}
    />
  );
}
