import { useCallback, useEffect, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { TreeSelect } from 'antd';
import type { OrgUnitFieldsFragment } from './gql/graphql';
import { OrgUnitsDocument } from './graphql/org';
import { useT } from './i18n/i18n';
import { fetchAllChildren, ORG_PAGE } from './components/orgChildren';

interface FlatNode {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
}

function toFlat(unit: OrgUnitFieldsFragment, t: ReturnType<typeof useT>): FlatNode {
  return {
    id: unit.id,
    pId: unit.parentId,
    value: unit.id,
    title: `${unit.name}${t('common.parenthesized', { text: t(`kind.${unit.kind}`) })}`,
    isLeaf: unit.childCount === 0,
  };
}

interface Props {
  value?: string;
  onChange?: (value: string) => void;
  testId?: string;
  /** set by the Form.Item around the picker, so that its label names the picker's input */
  id?: string;
}

/** Picks one org unit from the caller's visible tree, loading each level on demand. */
export function OrgUnitPicker({ value, onChange, testId, id }: Props) {
  const t = useT();
  const client = useApolloClient();
  const roots = useQuery(OrgUnitsDocument, { variables: { first: ORG_PAGE } });
  const [nodes, setNodes] = useState<FlatNode[]>([]);

  useEffect(() => {
    const rootUnits = roots.data?.orgUnits.nodes ?? [];
    // A root's parent is outside the caller's view, so it must be a top-level node here.
    setNodes(rootUnits.map((unit) => ({ ...toFlat(unit, t), pId: null })));
  }, [roots.data, t]);

  const loadData = useCallback(
    async (node: { value?: unknown }) => {
      const id = typeof node.value === 'string' ? node.value : undefined;
      if (!id) return;
      const children = (await fetchAllChildren(client, id)).map((unit) => toFlat(unit, t));
      setNodes((previous) => {
        const known = new Set(previous.map((node) => node.id));
        return [...previous, ...children.filter((node) => !known.has(node.id))];
      });
    },
    [client, t],
  );

  return (
    <TreeSelect
      id={id}
      data-testid={testId}
      treeDataSimpleMode
      treeData={nodes}
      loadData={loadData}
      value={value}
      onChange={onChange}
      showSearch
      treeNodeFilterProp="title"
      loading={roots.loading}
      style={{ width: '100%' }}
    />
  );
}
