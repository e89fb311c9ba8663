import { useCallback, useEffect, useMemo, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Card, Col, Descriptions, Empty, Input, Menu, Row, Spin, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { ErrorAlert } from '../../ErrorAlert';
import type { OrgUnitFieldsFragment } from '../../gql/graphql';
import { fetchAllChildren, ORG_PAGE } from '../../components/orgChildren';
import { OrgUnitsDocument, SearchOrgUnitsDocument } from '../../graphql/org';
import { useT } from '../../i18n/i18n';
import { useDebounced } from '../../useDebounced';
import { at, useAbility } from '../../auth/ability';
import { UnitDetailsForm } from './components/UnitDetailsForm';
import { WindowsPanel } from './components/WindowsPanel';
import { PageTitle } from '../../components/PageTitle';

const TERRITORIAL = ['COUNTY', 'TOWNSHIP', 'VILLAGE'];

type OrgUnit = OrgUnitFieldsFragment;

interface OrgNode extends TreeDataNode {
  key: string;
  children?: OrgNode[];
}

/** Titles are filled in at render time (see `localizedTree`) so a language switch relabels the tree. */
function toNode(unit: OrgUnit): OrgNode {
  return { key: unit.id, title: unit.name, isLeaf: unit.childCount === 0 };
}

function replaceChildren(nodes: OrgNode[], key: string, children: OrgNode[]): OrgNode[] {
  return nodes.map((node) => {
    if (node.key === key) return { ...node, children };
    if (node.children) return { ...node, children: replaceChildren(node.children, key, children) };
    return node;
  });
}

export function OrgTreePage() {
  const t = useT();
  const client = useApolloClient();
  const [units, setUnits] = useState<Map<string, OrgUnit>>(() => new Map());
  const [treeData, setTreeData] = useState<OrgNode[]>([]);
  const [expandedKeys, setExpandedKeys] = useState<React.Key[]>([]);
  const [selected, setSelected] = useState<OrgUnit | null>(null);
  const [query, setQuery] = useState('');
  const debouncedQuery = useDebounced(query.trim(), 250);
  const ability = useAbility();
  const canEdit = selected ? ability.can('update', at('OrgUnit', selected.path)) : false;

  const label = useCallback(
    (unit: OrgUnit, depth: number) => (
      <span data-testid="org-node" data-kind={unit.kind} data-code={unit.code} data-depth={depth}>
        {unit.name}
        <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
          {t(`kind.${unit.kind}`)}
        </Typography.Text>
      </span>
    ),
    [t],
  );

  const remember = useCallback((list: readonly OrgUnit[]) => {
    setUnits((previous) => {
      const next = new Map(previous);
      list.forEach((unit) => next.set(unit.id, unit));
      return next;
    });
  }, []);

  const fetchChildren = useCallback(
    async (parentId: string) => {
      const children = await fetchAllChildren(client, parentId);
      remember(children);
      return children;
    },
    [client, remember],
  );

  // Roots are what the caller may see at the top: the county for county staff, the township for a
  // township clerk, the village for an agent. The server decides; the tree just shows it.
  const roots = useQuery(OrgUnitsDocument, { variables: { first: ORG_PAGE } });

  useEffect(() => {
    const rootUnits = roots.data?.orgUnits.nodes;
    if (!rootUnits) return;
    remember(rootUnits);
    setTreeData(rootUnits.map(toNode));
    const only = rootUnits.length === 1 ? rootUnits[0] : undefined;
    if (only && only.childCount > 0) {
      void fetchChildren(only.id).then((children) => {
        setTreeData((nodes) => replaceChildren(nodes, only.id, children.map(toNode)));
        setExpandedKeys([only.id]);
      });
    }
  }, [roots.data, remember, fetchChildren]);

  const localizedTree = useMemo(() => {
    const relabel = (nodes: OrgNode[], depth: number): OrgNode[] =>
      nodes.map((node) => {
        const unit = units.get(node.key);
        return {
          ...node,
          title: unit ? label(unit, depth) : node.title,
          children: node.children ? relabel(node.children, depth + 1) : undefined,
        };
      });
    return relabel(treeData, 0);
  }, [treeData, units, label]);

  const loadData = useCallback(
    async (node: OrgNode) => {
      if (node.children) return;
      const children = await fetchChildren(node.key);
      setTreeData((nodes) => replaceChildren(nodes, node.key, children.map(toNode)));
    },
    [fetchChildren],
  );

  const search = useQuery(SearchOrgUnitsDocument, {
    variables: { query: debouncedQuery, first: 20 },
    skip: debouncedQuery.length === 0,
  });
  const results = debouncedQuery.length > 0 ? (search.data?.searchOrgUnits.nodes ?? []) : null;

  return (
    <Row gutter={16}>
      <Col xs={24} md={12} lg={10}>
        <Card title={<PageTitle>{t('org.title')}</PageTitle>}>
          <Input.Search
            allowClear
            placeholder={t('org.search')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            data-testid="org-search"
            style={{ marginBottom: 12 }}
          />
          {results !== null ? (
            <div data-testid="org-search-results">
              <Typography.Text type="secondary">{t('org.searchResults')}</Typography.Text>
              {search.loading && !search.data ? (
                <Spin size="small" style={{ display: 'block', margin: 12 }} />
              ) : results.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.noResults')} />
              ) : (
                <Menu
                  mode="inline"
                  style={{ borderInlineEnd: 'none' }}
                  selectedKeys={selected ? [selected.id] : []}
                  onClick={({ key }) => setSelected(results.find((unit) => unit.id === key) ?? null)}
                  items={results.map((unit) => ({
                    key: unit.id,
                    label: (
                      <span data-testid="org-search-result" data-code={unit.code}>
                        {unit.name}
                        <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
                          {t(`kind.${unit.kind}`)} · {unit.code}
                        </Typography.Text>
                      </span>
                    ),
                  }))}
                />
              )}
              <ErrorAlert error={search.error} />
            </div>
          ) : (
            <div data-testid="org-tree">
              {roots.loading ? <Spin /> : null}
              <ErrorAlert error={roots.error} />
              <Tree<OrgNode>
                showLine
                treeData={localizedTree}
                loadData={loadData}
                expandedKeys={expandedKeys}
                onExpand={(keys) => setExpandedKeys(keys)}
                selectedKeys={selected ? [selected.id] : []}
                onSelect={(keys) => setSelected(units.get(String(keys[0])) ?? null)}
              />
            </div>
          )}
        </Card>
      </Col>
      <Col xs={24} md={12} lg={14}>
        <Card title={t('org.details')} data-testid="org-details">
          {selected ? (
            <Descriptions
              column={1}
              bordered
              size="small"
              items={[
                { key: 'name', label: t('org.name'), children: selected.name },
                { key: 'code', label: t('org.code'), children: <span data-testid="org-detail-code">{selected.code}</span> },
                { key: 'kind', label: t('org.kind'), children: <Tag>{t(`kind.${selected.kind}`)}</Tag> },
                { key: 'path', label: t('org.path'), children: <Typography.Text code>{selected.path}</Typography.Text> },
                { key: 'pinyin', label: t('org.pinyin'), children: `${selected.pinyin} (${selected.pinyinInitials})` },
                { key: 'children', label: t('org.childCount'), children: selected.childCount },
                ...(TERRITORIAL.includes(selected.kind)
                  ? [
                      { key: 'address', label: t('org.address'), children: <span data-testid="org-detail-address">{selected.address ?? '—'}</span> },
                      { key: 'hours', label: t('org.openingHours'), children: selected.openingHours ?? '—' },
                      { key: 'phone', label: t('org.phone'), children: <span data-testid="org-detail-phone">{selected.phone ?? '—'}</span> },
                    ]
                  : []),
              ]}
            />
          ) : (
            <Empty description={t('org.selectHint')} />
          )}
          {selected && canEdit && TERRITORIAL.includes(selected.kind) ? (
            <>
              <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
                {t('org.detailsHint')}
              </Typography.Paragraph>
              <UnitDetailsForm
                unit={selected}
                onSaved={(unit) => {
                  remember([unit]);
                  setSelected(unit);
                }}
              />
            </>
          ) : null}
          {selected?.kind === 'SERVICE_CENTER' ? <WindowsPanel center={selected} canEdit={canEdit} /> : null}
        </Card>
      </Col>
    </Row>
  );
}
