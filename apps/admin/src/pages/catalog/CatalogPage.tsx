import { useState } from 'react';
import { Button, Card, Input, Select, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { ServerTable } from '../../components/ServerTable';
import { useServerTable } from '../../components/useServerTable';
import { CASE_KINDS, MATTER_STATUSES, MATTER_TYPES, STATUS_COLOR, TIERS } from './components/options';
import { CatalogExcelActions } from './components/CatalogExcelActions';
import { SynonymsDrawer } from './components/SynonymsDrawer';
import { useAbility } from '../../auth/ability';
import { useDepartments } from './components/useDepartments';
import type { MatterStatus, MattersQuery, MatterType, Tier } from '../../gql/graphql';
import { MattersDocument } from '../../graphql/catalog';
import { useT } from '../../i18n/i18n';
import { useDebounced } from '../../useDebounced';
import { PageTitle } from '../../components/PageTitle';

type MatterRow = MattersQuery['matters']['nodes'][number];

/** 事项目录: the county's catalog, filtered on the server by status, tier, type and search. */
export function CatalogPage() {
  const t = useT();
  const navigate = useNavigate();
  const canEdit = useAbility().can('update', 'Matter');
  const { departments, nameOf } = useDepartments();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<MatterStatus>();
  const [tier, setTier] = useState<Tier>();
  const [type, setType] = useState<MatterType>();
  const [department, setDepartment] = useState<string>();
  const debounced = useDebounced(search.trim(), 250);
  const matters = useServerTable(
    MattersDocument,
    { filter: { search: debounced || undefined, status, tier, type, departmentId: department } },
    (data) => data.matters,
  );
  const current = (row: MatterRow) => row.inForce?.content ?? row.draft?.content;

  return (
    <Card
      title={<PageTitle>{t('catalog.title')}</PageTitle>}
      extra={
        canEdit ? (
          <Space>
            <CatalogExcelActions onImported={() => void matters.refetch()} />
            <SynonymsDrawer />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/catalog/new')} data-testid="catalog-create">
              {t('catalog.create')}
            </Button>
          </Space>
        ) : null
      }
    >
      <ServerTable<MatterRow>
        table={matters}
        rowKey="id"
        size="middle"
        testId="catalog-table"
        filters={<>
        <Input.Search
          allowClear
          style={{ width: 280 }}
          placeholder={t('catalog.search')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          data-testid="catalog-search"
        />
        <Select
          allowClear
          style={{ width: 130 }}
          placeholder={t('catalog.status')} aria-label={t('catalog.status')}
          value={status}
          onChange={setStatus}
          options={MATTER_STATUSES.map((value) => ({ value, label: t(`matterStatus.${value}`) }))}
          data-testid="catalog-filter-status"
        />
        <Select
          allowClear
          style={{ width: 150 }}
          placeholder={t('catalog.tier')} aria-label={t('catalog.tier')}
          value={tier}
          onChange={setTier}
          options={TIERS.map((value) => ({ value, label: t(`tier.${value}`) }))}
          data-testid="catalog-filter-tier"
        />
        <Select
          allowClear
          style={{ width: 150 }}
          placeholder={t('catalog.type')} aria-label={t('catalog.type')}
          value={type}
          onChange={setType}
          options={MATTER_TYPES.map((value) => ({ value, label: t(`matterType.${value}`) }))}
          data-testid="catalog-filter-type"
        />
        {departments.length > 0 ? (
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: 220 }}
            placeholder={t('catalog.department')} aria-label={t('catalog.department')}
            value={department}
            onChange={setDepartment}
            options={departments.map((unit) => ({ value: unit.id, label: unit.name }))}
            data-testid="catalog-filter-department"
          />
        ) : null}
        </>}
        onRow={(row) => ({
          onClick: () => void navigate(`/catalog/${row.id}`),
          style: { cursor: 'pointer' },
          'data-testid': 'catalog-row',
          'data-code': row.implementationCode,
        })}
        columns={[
          { key: 'code', title: t('matter.implementationCode'), dataIndex: 'implementationCode', width: 210 },
          {
            key: 'name',
            title: t('matter.name'),
            // A link: the row opens by keyboard (Tab, Enter) and in a new tab, not only by a click.
            render: (_: unknown, row: MatterRow) => (
              <Link to={`/catalog/${row.id}`} onClick={(event) => event.stopPropagation()} data-testid="catalog-row-link">
                {row.name}
              </Link>
            ),
          },
          ...(departments.length > 0
            ? [{ key: 'dept', title: t('matter.implementingBody'), render: (_: unknown, row: MatterRow) => nameOf(current(row)?.implementingBodyId) }]
            : []),
          { key: 'type', title: t('matter.type'), render: (_, row) => t(`matterType.${row.type}`) },
          {
            key: 'caseKind',
            title: t('matter.caseKind'),
            render: (_, row) => {
              const kind = current(row)?.caseKind;
              return kind && CASE_KINDS.includes(kind) ? t(`caseKind.${kind}`) : '—';
            },
          },
          {
            key: 'days',
            title: t('catalog.days'),
            render: (_, row) => {
              const content = current(row);
              return content ? `${content.statutoryDays} / ${content.promisedDays}` : '—';
            },
          },
          {
            key: 'tiers',
            title: t('matter.acceptingTiers'),
            render: (_, row) => row.acceptingTiers.map((value) => <Tag key={value}>{t(`tier.${value}`)}</Tag>),
          },
          {
            key: 'status',
            title: t('catalog.status'),
            render: (_, row) => (
              <Space size={4}>
                <Tag color={STATUS_COLOR[row.status]}>{t(`matterStatus.${row.status}`)}</Tag>
                {row.draft && row.status !== 'DRAFT' ? <Tag color="gold">{t('catalog.hasDraft')}</Tag> : null}
                {row.scheduledVersion ? (
                  <Tag color="orange" data-testid="catalog-scheduled">
                    {t('catalog.scheduledTag', { version: row.scheduledVersion })}
                  </Tag>
                ) : null}
                {row.retiredOn && row.status !== 'RETIRED' ? <Tag color="red">{t('catalog.retiringTag', { date: row.retiredOn })}</Tag> : null}
              </Space>
            ),
          },
          {
            key: 'version',
            title: t('catalog.versionInForce'),
            render: (_, row) => (row.inForce ? t('catalog.versionN', { version: row.inForce.version }) : '—'),
          },
        ]}
      />
    </Card>
  );
}
