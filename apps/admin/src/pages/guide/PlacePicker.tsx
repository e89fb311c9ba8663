import { useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Cascader, Select, Space } from 'antd';
import { EnvironmentOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { GuidePlacesDocument } from '../../graphql/guide';
import { useT } from '../../i18n/i18n';
import { useDebounced } from '../../useDebounced';

interface Option {
  value: string;
  label: string;
  isLeaf?: boolean;
  children?: Option[];
}

/**
 * 选择乡镇或村: by name, pinyin or initials (城关镇, chengguanzhen, cgz), or from the list of
 * townships and their villages — never by typing a 12-digit code. Choosing opens that unit's page.
 */
export function PlacePicker({ countyCode }: { countyCode: string }) {
  const t = useT();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [typed, setTyped] = useState('');
  const query = useDebounced(typed.trim(), 250);
  const found = useQuery(GuidePlacesDocument, { variables: { countyCode, query: query || null, first: 20 }, skip: !query });
  const townships = useQuery(GuidePlacesDocument, { variables: { countyCode, first: 100 } });
  const [villages, setVillages] = useState<Record<string, Option[]>>({});

  const open = (code: string) => void navigate(`/guide/${countyCode}/unit/${code}`);
  const tree: Option[] = (townships.data?.guidePlaces ?? []).map((p) => ({ value: p.code, label: p.name, isLeaf: false, children: villages[p.code] }));

  const loadVillages = async (selected: Option[]) => {
    const township = selected[selected.length - 1];
    const { data } = await client.query({ query: GuidePlacesDocument, variables: { countyCode, townshipCode: township.value, first: 100 } });
    // The township itself comes first: its own center handles what its villages do not.
    const own: Option = { value: township.value, label: t('guide.placeTownshipItself', { name: township.label }), isLeaf: true };
    const list = (data?.guidePlaces ?? []).map((v) => ({ value: v.code, label: v.name, isLeaf: true }));
    setVillages((known) => ({ ...known, [township.value]: [own, ...list] }));
  };

  return (
    <Space wrap style={{ width: '100%' }}>
      <Select
        showSearch={{ filterOption: false, onSearch: setTyped }}
        allowClear
        style={{ width: 260, maxWidth: '100%' }}
        suffixIcon={<EnvironmentOutlined />}
        placeholder={t('guide.placeSearch')}
        aria-label={t('guide.placeSearch')}
        notFoundContent={query ? t('guide.placeNone') : null}
        loading={found.loading}
        options={(found.data?.guidePlaces ?? []).map((p) => ({
          value: p.code,
          label: p.townshipName ? `${p.name}（${p.townshipName}）` : p.name,
        }))}
        onChange={(code?: string) => code && open(code)}
        data-testid="guide-place-search"
      />
      <Cascader
        style={{ width: 260, maxWidth: '100%' }}
        placeholder={t('guide.placeList')}
        aria-label={t('guide.placeList')}
        options={tree}
        loadData={(selected) => void loadVillages(selected as Option[])}
        onChange={(path) => path?.length && open(String(path[path.length - 1]))}
        data-testid="guide-place-list"
      />
    </Space>
  );
}
