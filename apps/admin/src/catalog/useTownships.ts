import { useQuery } from '@apollo/client/react';
import type { OrgUnitFieldsFragment } from '../gql/graphql';
import { OrgUnitsDocument } from '../graphql/org';

/** The townships the caller can see: all of the county's for county staff, their own for a township. */
export function useTownships(): { townships: OrgUnitFieldsFragment[]; loading: boolean } {
  const roots = useQuery(OrgUnitsDocument, { variables: {} });
  const county = roots.data?.orgUnits.find((unit) => unit.kind === 'COUNTY');
  const children = useQuery(OrgUnitsDocument, { variables: { parentId: county?.id }, skip: !county });
  const pool = county ? (children.data?.orgUnits ?? []) : (roots.data?.orgUnits ?? []);
  return { townships: pool.filter((unit) => unit.kind === 'TOWNSHIP'), loading: roots.loading || children.loading };
}
