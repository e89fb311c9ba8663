import { useQuery } from '@apollo/client/react';
import type { OrgUnitFieldsFragment } from '../../../gql/graphql';
import { ORG_PAGE } from '../../../components/orgChildren';
import { OrgUnitsDocument } from '../../../graphql/org';

/**
 * The township or village a clerk or agent works for: the root of their visible tree when it is
 * territorial below the county. County staff have none and get null.
 */
export function useMyTerritorialUnit(): { unit: OrgUnitFieldsFragment | null; loading: boolean } {
  const roots = useQuery(OrgUnitsDocument, { variables: { first: ORG_PAGE } });
  const unit = roots.data?.orgUnits.nodes.find((u) => u.kind === 'TOWNSHIP' || u.kind === 'VILLAGE') ?? null;
  return { unit, loading: roots.loading };
}
