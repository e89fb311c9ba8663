import { useQuery } from '@apollo/client/react';
import { Select } from 'antd';
import { OrgUnitsDocument } from '../../../graphql/org';
import { useT } from '../../../i18n/i18n';

interface Props {
  /** the township or village whose service center holds the windows */
  unitId: string;
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
}

/**
 * 受理窗口: one window of the unit's own service center. Closed windows cannot be chosen; the one a
 * setting already names stays shown, marked closed, until another is picked.
 */
export function LocalWindowPicker({ unitId, id, value, onChange }: Props) {
  const t = useT();
  const centers = useQuery(OrgUnitsDocument, { variables: { parentId: unitId, kind: 'SERVICE_CENTER', first: 10 } });
  const centerId = centers.data?.orgUnits.nodes[0]?.id;
  const windows = useQuery(OrgUnitsDocument, { variables: { parentId: centerId, kind: 'WINDOW', first: 100 }, skip: !centerId });
  const options = (windows.data?.orgUnits.nodes ?? [])
    .filter((w) => !w.closedAt || w.id === value)
    .map((w) => ({ value: w.id, label: w.closedAt ? `${w.name}${t('common.parenthesized', { text: t('local.windowClosed') })}` : w.name, disabled: Boolean(w.closedAt) }));
  return (
    <Select
      id={id}
      allowClear
      data-testid="local-window"
      loading={centers.loading || windows.loading}
      placeholder={t('local.windowNone')}
      notFoundContent={t('local.noWindows')}
      value={value ?? undefined}
      onChange={(next?: string) => onChange?.(next ?? null)}
      options={options}
    />
  );
}
