import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Select, Space, Typography } from 'antd';
import type { OrgUnitFieldsFragment, Tier } from '../../../gql/graphql';
import { OrgUnitsDocument } from '../../../graphql/org';
import { ORG_PAGE } from '../../../components/orgChildren';
import { useT } from '../../../i18n/i18n';
import { LocalSettingsPanel } from './LocalSettingsPanel';

/**
 * 本地化设置 of the caller's own unit — and, for township staff, of any of its villages: village
 * stations often have no computer, so the township's convenience center keeps their local facts.
 */
export function LocalSettingsTab({ matterId, unit, acceptingTiers }: { matterId: string; unit: OrgUnitFieldsFragment; acceptingTiers: readonly Tier[] }) {
  const t = useT();
  const township = unit.kind === 'TOWNSHIP';
  const villages = useQuery(OrgUnitsDocument, {
    variables: { parentId: unit.id, kind: 'VILLAGE', first: ORG_PAGE },
    skip: !township || !acceptingTiers.includes('VILLAGE'),
  });
  const choices = [
    ...(acceptingTiers.includes(unit.kind as Tier) ? [unit] : []),
    ...(villages.data?.orgUnits.nodes ?? []),
  ];
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = choices.find((u) => u.id === chosenId) ?? choices[0] ?? null;
  if (!chosen) return null;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {choices.length > 1 ? (
        <Space wrap>
          <Typography.Text>{t('local.unitFor')}</Typography.Text>
          <Select
            data-testid="local-unit"
            style={{ minWidth: 220 }}
            showSearch={{ optionFilterProp: 'label' }}
            value={chosen.id}
            onChange={setChosenId}
            options={choices.map((u) => ({ value: u.id, label: u.name }))}
          />
        </Space>
      ) : null}
      <LocalSettingsPanel key={chosen.id} matterId={matterId} unit={chosen} />
    </Space>
  );
}
