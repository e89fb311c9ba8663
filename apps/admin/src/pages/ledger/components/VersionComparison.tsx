import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Descriptions, Select, Space, Tag, Typography } from 'antd';
import { ErrorAlert } from '../../../ErrorAlert';
import { MatterDocument, MattersDocument } from '../../../graphql/catalog';
import { MatterComparisonDocument } from '../../../graphql/ledger';
import { useT } from '../../../i18n/i18n';
import { useDebounced } from '../../../useDebounced';
import { MeasureCards } from './MeasureCards';

/** 按版本比较: two published versions of one matter, element by element. */
export function VersionComparison() {
  const t = useT();
  const [matterId, setMatterId] = useState<string>();
  const [fromVersion, setFromVersion] = useState<number>();
  const [toVersion, setToVersion] = useState<number>();
  const [search, setSearch] = useState('');
  const debounced = useDebounced(search.trim(), 250);
  // The picker searches on the server: the first 20 published matters matching what was typed.
  const matters = useQuery(MattersDocument, { variables: { filter: { status: 'PUBLISHED', search: debounced || undefined }, first: 20 } });
  const matter = useQuery(MatterDocument, { variables: { id: matterId ?? '' }, skip: !matterId });
  const versions = (matter.data?.matter.versions ?? []).filter((v) => v.status === 'PUBLISHED').map((v) => v.version);
  const ready = matterId && fromVersion != null && toVersion != null;
  const comparison = useQuery(MatterComparisonDocument, {
    variables: { matterId: matterId ?? '', fromVersion: fromVersion ?? 0, toVersion: toVersion ?? 0 },
    skip: !ready,
  });
  const c = comparison.data?.matterComparison;
  const versionOptions = versions.map((v) => ({ value: v, label: t('catalog.versionN', { version: v }) }));
  const list = (items: readonly string[]) => (items.length ? items.join(t('common.listSeparator')) : '—');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          showSearch
          filterOption={false}
          onSearch={setSearch}
          style={{ width: 320 }}
          placeholder={t('ledger.pickMatter')} aria-label={t('ledger.pickMatter')}
          value={matterId}
          onChange={(id) => {
            setMatterId(id);
            setFromVersion(undefined);
            setToVersion(undefined);
          }}
          options={(matters.data?.matters.nodes ?? []).map((m) => ({ value: m.id, label: `${m.name}${t('common.parenthesized', { text: m.implementationCode })}` }))}
          data-testid="ledger-matter"
        />
        <Select style={{ width: 120 }} placeholder={t('ledger.fromVersion')} aria-label={t('ledger.fromVersion')} value={fromVersion} onChange={setFromVersion} options={versionOptions} />
        <Typography.Text>→</Typography.Text>
        <Select style={{ width: 120 }} placeholder={t('ledger.toVersion')} aria-label={t('ledger.toVersion')} value={toVersion} onChange={setToVersion} options={versionOptions} />
        {matterId && versions.length < 2 ? <Typography.Text type="secondary">{t('ledger.oneVersion')}</Typography.Text> : null}
      </Space>
      <ErrorAlert error={comparison.error} />
      {c ? (
        <>
          <MeasureCards measures={c.measures} testId="comparison-measures" />
          <Descriptions
            size="small"
            bordered
            column={1}
            items={(['materials', 'steps', 'procedures', 'feeItems'] as const).map((key) => {
              const before = new Set(c.before[key]);
              const after = new Set(c.after[key]);
              return {
                key,
                label: t(`ledger.measure.${key}`),
                children: (
                  <Space orientation="vertical" size={2}>
                    <span>
                      {t('common.labelled', { label: t('diff.before'), value: list(c.before[key]) })}
                    </span>
                    <span>
                      {t('common.labelled', { label: t('diff.after'), value: list(c.after[key]) })}
                    </span>
                    <Space size={[4, 4]} wrap>
                      {c.after[key].filter((x) => !before.has(x)).map((x) => <Tag key={`+${x}`} color="green">+ {x}</Tag>)}
                      {c.before[key].filter((x) => !after.has(x)).map((x) => <Tag key={`-${x}`} color="red">− {x}</Tag>)}
                    </Space>
                  </Space>
                ),
              };
            })}
          />
        </>
      ) : null}
    </Space>
  );
}
