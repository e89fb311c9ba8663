import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import type { OrgUnitFieldsFragment } from '../../../gql/graphql';
import { ORG_PAGE } from '../../../components/orgChildren';
import { OrgUnitsDocument } from '../../../graphql/org';

export interface Departments {
  departments: OrgUnitFieldsFragment[];
  nameOf(id: string | null | undefined): string;
}

/**
 * The county's departments (implementing bodies). Only people who see the whole county get
 * them; township and village staff see names from the published guide instead.
 */
export function useDepartments(): Departments {
  const roots = useQuery(OrgUnitsDocument, { variables: { first: ORG_PAGE } });
  const county = roots.data?.orgUnits.nodes.find((unit) => unit.kind === 'COUNTY');
  const children = useQuery(OrgUnitsDocument, { variables: { parentId: county?.id, kind: 'DEPARTMENT', first: ORG_PAGE }, skip: !county });
  return useMemo(() => {
    const departments = children.data?.orgUnits.nodes ?? [];
    const names = new Map(departments.map((unit) => [unit.id, unit.name]));
    return { departments, nameOf: (id) => (id ? (names.get(id) ?? '—') : '—') };
  }, [children.data]);
}
