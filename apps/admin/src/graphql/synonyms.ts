import { graphql } from '../gql';

export const GuideSynonymsDocument = graphql(`
  query GuideSynonyms {
    guideSynonyms {
      term
      expansion
      createdAt
    }
  }
`);

export const SetGuideSynonymDocument = graphql(`
  mutation SetGuideSynonym($term: String!, $expansion: String!) {
    setGuideSynonym(term: $term, expansion: $expansion) {
      term
      expansion
    }
  }
`);

export const RemoveGuideSynonymDocument = graphql(`
  mutation RemoveGuideSynonym($term: String!) {
    removeGuideSynonym(term: $term)
  }
`);
