import { graphql } from '../gql';

export const UserFieldsFragmentDoc = graphql(`
  fragment UserFields on UserView {
    id
    username
    displayName
    phone
    locked
    disabled
    memberships { id role createdAt orgUnit { id code name kind path } }
  }
`);

export const UsersDocument = graphql(`
  query Users($search: String, $first: Int, $after: String) {
    users(search: $search, first: $first, after: $after) {
      totalCount
      nodes { ...UserFields }
      pageInfo { ...PageInfoFields }
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) { ...UserFields }
  }
`);

export const AddMembershipDocument = graphql(`
  mutation AddMembership($input: AddMembershipInput!) {
    addMembership(input: $input) { id role }
  }
`);

export const RevokeMembershipDocument = graphql(`
  mutation RevokeMembership($id: ID!) {
    revokeMembership(id: $id) { id }
  }
`);

export const UnlockUserDocument = graphql(`
  mutation UnlockUser($id: ID!) {
    unlockUser(id: $id) { ...UserFields }
  }
`);
