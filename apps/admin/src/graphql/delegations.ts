import { graphql } from '../gql';

export const DelegationsDocument = graphql(`
  query Delegations($active: Boolean, $first: Int, $after: String) {
    delegations(active: $active, first: $first, after: $after) {
      totalCount
      pageInfo { ...PageInfoFields }
      nodes {
        id
        department { id name code }
        granteeUserId
        granteeUserName
        uses { id matterCode action usedAt }
        granteeWindow { id name code }
        allMatters
        matterCodes
        validFrom
        validUntil
        revokedAt
        reason
        active
      }
    }
  }
`);

export const GrantDelegationDocument = graphql(`
  mutation GrantDelegation($input: GrantDelegationInput!) {
    grantDelegation(input: $input) { id }
  }
`);

export const RevokeDelegationDocument = graphql(`
  mutation RevokeDelegation($id: ID!) {
    revokeDelegation(id: $id) { id revokedAt active }
  }
`);
