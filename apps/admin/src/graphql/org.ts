import { graphql } from '../gql';

export const OrgUnitFieldsFragmentDoc = graphql(`
  fragment OrgUnitFields on OrgUnit {
    id
    code
    name
    kind
    parentId
    path
    pinyin
    pinyinInitials
    childCount
  }
`);

export const PageInfoFieldsFragmentDoc = graphql(`
  fragment PageInfoFields on PageInfo {
    endCursor
    hasNextPage
  }
`);

export const OrgUnitsDocument = graphql(`
  query OrgUnits($parentId: ID, $kind: OrgUnitKind, $first: Int, $after: String) {
    orgUnits(parentId: $parentId, kind: $kind, first: $first, after: $after) {
      totalCount
      nodes { ...OrgUnitFields }
      pageInfo { ...PageInfoFields }
    }
  }
`);

export const SearchOrgUnitsDocument = graphql(`
  query SearchOrgUnits($query: String!, $first: Int) {
    searchOrgUnits(query: $query, first: $first) { nodes { ...OrgUnitFields } }
  }
`);
