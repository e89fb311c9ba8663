import { graphql } from '../gql';

export const TenantsDocument = graphql(`
  query Tenants {
    tenants { id divisionCode name createdAt }
  }
`);

export const CreateTenantDocument = graphql(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) { id divisionCode name createdAt }
  }
`);
