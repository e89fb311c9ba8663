import { useQuery } from '@apollo/client/react';
import { Alert, Descriptions, Space, Table, Tag, Typography } from 'antd';
import type { OrgUnitFieldsFragment, Tier } from '../../../gql/graphql';
import { OrgUnitsDocument } from '../../../graphql/org';
import { ORG_PAGE } from '../../../components/orgChildren';
import { useT } from '../../../i18n/i18n';
import { LocalSettingSummary } from './LocalSettingSummary';
import { useTownships } from './useTownships';

interface Props {
  matterId: string;
  acceptingTiers: readonly Tier[];
  decidingTier: Tier;
}

function VillageCount({ township }: { township: OrgUnitFieldsFragment }) {
  const villages = useQuery(OrgUnitsDocument, { variables: { parentId: township.id, kind: 'VILLAGE', first: ORG_PAGE } });
  return <span data-testid="cascade-village-count">{villages.data ? villages.data.orgUnits.totalCount : '…'}</span>;
}

function Villages({ township, matterId }: { township: OrgUnitFieldsFragment; matterId: string }) {
  const t = useT();
  const villages = useQuery(OrgUnitsDocument, { variables: { parentId: township.id, kind: 'VILLAGE', first: ORG_PAGE } });
  const rows = villages.data?.orgUnits.nodes ?? [];
  return (
    <Table<OrgUnitFieldsFragment>
      size="small"
      rowKey="id"
      loading={villages.loading}
      pagination={rows.length > 10 ? { pageSize: 10 } : false}
      dataSource={rows}
      scroll={{ x: 510 }}
      columns={[
        { key: 'name', title: t('cascade.village'), dataIndex: 'name', width: 200 },
        { key: 'code', title: t('org.code'), dataIndex: 'code', width: 150 },
        { key: 'setting', title: t('cascade.localSetting'), render: (_, unit) => <LocalSettingSummary unitId={unit.id} matterId={matterId} /> },
      ]}
    />
  );
}

/**
 * 层级分布: one county catalog, seen by every township and village of the accepting tiers.
 * Nothing is copied per unit; each unit only adds its local place, hours, phone or a shorter promise.
 */
export function CascadeView({ matterId, acceptingTiers, decidingTier }: Props) {
  const t = useT();
  const { townships, loading } = useTownships();
  const atTownship = acceptingTiers.includes('TOWNSHIP');
  const atVillage = acceptingTiers.includes('VILLAGE');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="cascade-view">
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 3 }}
        items={[
          {
            key: 'accept',
            label: t('matter.acceptingTiers'),
            children: acceptingTiers.map((tier) => (
              <Tag key={tier} color="blue">
                {t(`tier.${tier}`)}
              </Tag>
            )),
          },
          { key: 'decide', label: t('matter.decidingTier'), children: <Tag color="purple">{t(`tier.${decidingTier}`)}</Tag> },
          {
            key: 'reach',
            label: t('cascade.reach'),
            children: (
              <span data-testid="cascade-reach">
                {atVillage
                  ? t('cascade.reachVillages', { townships: townships.length })
                  : atTownship
                    ? t('cascade.reachTownships', { townships: townships.length })
                    : t('cascade.reachCounty')}
              </span>
            ),
          },
        ]}
      />
      {!atTownship && !atVillage ? (
        <Alert type="info" showIcon title={t('cascade.countyOnly')} />
      ) : (
        <>
          <Typography.Text type="secondary">{t('cascade.hint')}</Typography.Text>
          <Table<OrgUnitFieldsFragment>
            size="small"
            rowKey="id"
            loading={loading}
            pagination={false}
            dataSource={townships}
            scroll={{ x: 600 }}
            data-testid="cascade-townships"
            expandable={atVillage ? { expandedRowRender: (unit) => <Villages township={unit} matterId={matterId} /> } : undefined}
            columns={[
              { key: 'name', title: t('cascade.township'), dataIndex: 'name', width: 160 },
              { key: 'accepts', title: t('cascade.acceptsHere'), width: 110, render: () => (atTownship ? t('common.yes') : t('common.no')) },
              { key: 'villages', title: t('cascade.villages'), width: 110, render: (_, unit) => (atVillage ? <VillageCount township={unit} /> : '—') },
              {
                key: 'setting',
                title: t('cascade.localSetting'),
                render: (_, unit) => (atTownship ? <LocalSettingSummary unitId={unit.id} matterId={matterId} /> : '—'),
              },
            ]}
          />
        </>
      )}
    </Space>
  );
}
