import { graphql } from '../gql';

export const TenantsDocument = graphql(`
  query Tenants($search: String, $first: Int, $after: String) {
    tenants(search: $search, first: $first, after: $after) {
      totalCount
      nodes { id divisionCode name createdAt }
      pageInfo { ...PageInfoFields }
    }
  }
`);

export const CreateTenantDocument = graphql(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) { id divisionCode name createdAt }
  }
`);
