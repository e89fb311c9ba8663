import { graphql } from '../gql';

export const MeFieldsFragmentDoc = graphql(`
  fragment MeFields on Me {
    id
    username
    displayName
    roles
    rules { action subject inverted conditions }
    tenant { id divisionCode name }
    memberships { id role createdAt orgUnit { id code name kind path } }
  }
`);

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) { accessToken refreshToken expiresIn me { ...MeFields } }
  }
`);

export const RefreshTokenDocument = graphql(`
  mutation RefreshToken($refreshToken: String!) {
    refreshToken(refreshToken: $refreshToken) { accessToken refreshToken expiresIn }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export const MeDocument = graphql(`
  query Me {
    me { ...MeFields }
  }
`);
