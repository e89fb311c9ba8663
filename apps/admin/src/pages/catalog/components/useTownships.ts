import { useQuery } from '@apollo/client/react';
import { ORG_PAGE } from '../../../components/orgChildren';
import type { OrgUnitFieldsFragment } from '../../../gql/graphql';
import { OrgUnitsDocument } from '../../../graphql/org';

/** The townships the caller can see: all of the county's for county staff, their own for a township. */
export function useTownships(): { townships: OrgUnitFieldsFragment[]; loading: boolean } {
  const roots = useQuery(OrgUnitsDocument, { variables: { first: ORG_PAGE } });
  const county = roots.data?.orgUnits.nodes.find((unit) => unit.kind === 'COUNTY');
  const children = useQuery(OrgUnitsDocument, { variables: { parentId: county?.id, kind: 'TOWNSHIP', first: ORG_PAGE }, skip: !county });
  const pool = county ? (children.data?.orgUnits.nodes ?? []) : (roots.data?.orgUnits.nodes ?? []);
  return { townships: pool.filter((unit) => unit.kind === 'TOWNSHIP'), loading: roots.loading || children.loading };
}
