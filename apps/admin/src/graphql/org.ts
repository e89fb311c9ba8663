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

export const OrgUnitsDocument = graphql(`
  query OrgUnits($parentId: ID) {
    orgUnits(parentId: $parentId) { ...OrgUnitFields }
  }
`);

export const SearchOrgUnitsDocument = graphql(`
  query SearchOrgUnits($query: String!, $limit: Int) {
    searchOrgUnits(query: $query, limit: $limit) { ...OrgUnitFields }
  }
`);
