import type { ApolloClient } from '@apollo/client';
import type { OrgUnitFieldsFragment, OrgUnitsQuery } from '../gql/graphql';
import { OrgUnitsDocument } from '../graphql/org';

/** The largest page the API serves; a level of the tree rarely has more, and then it takes more pages. */
export const ORG_PAGE = 100;

/** Every child of a unit (or the caller's roots), page after page, for trees that show a whole level. */
export async function fetchAllChildren(client: ApolloClient, parentId?: string): Promise<OrgUnitFieldsFragment[]> {
  const units: OrgUnitFieldsFragment[] = [];
  let after: string | null = null;
  for (;;) {
    const { data }: { data?: OrgUnitsQuery } = await client.query({ query: OrgUnitsDocument, variables: { parentId, first: ORG_PAGE, after } });
    if (!data) return units;
    units.push(...data.orgUnits.nodes);
    if (!data.orgUnits.pageInfo.hasNextPage) return units;
    after = data.orgUnits.pageInfo.endCursor;
  }
}
