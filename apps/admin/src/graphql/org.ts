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
    address
    openingHours
    phone
    closedAt
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

export const UpdateOrgUnitDetailsDocument = graphql(`
  mutation UpdateOrgUnitDetails($id: ID!, $input: OrgUnitDetailsInput!) {
    updateOrgUnitDetails(id: $id, input: $input) { ...OrgUnitFields }
  }
`);

export const CreateWindowDocument = graphql(`
  mutation CreateWindow($parentId: ID!, $name: String!) {
    createOrgUnit(input: { parentId: $parentId, kind: WINDOW, name: $name }) { ...OrgUnitFields }
  }
`);

export const RenameWindowDocument = graphql(`
  mutation RenameWindow($id: ID!, $name: String!) {
    renameWindow(id: $id, name: $name) { ...OrgUnitFields }
  }
`);

export const CloseWindowDocument = graphql(`
  mutation CloseWindow($id: ID!, $reason: String) {
    closeWindow(id: $id, reason: $reason) { ...OrgUnitFields }
  }
`);
