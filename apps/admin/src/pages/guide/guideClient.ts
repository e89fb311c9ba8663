import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The guide's GraphQL client: public reads only, so no token, no refresh, no session links. */
export function createGuideClient(): ApolloClient {
  return new ApolloClient({ link: new HttpLink({ uri: '/graphql' }), cache: new InMemoryCache() });
}
