import { graphql } from '../../gql';

export const ApplicantFieldsFragment = graphql(`
  fragment ApplicantFields on ApplicantView {
    id
    kind
    name
    idKind
    idNumberMasked
    birthDate
    phone
    address
    residenceUnitId
    residenceUnitName
    elderly
    specialGroups
  }
`);

export const ApplicantsDocument = graphql(`
  query Applicants($search: String, $first: Int, $after: String) {
    applicants(search: $search, first: $first, after: $after) {
      totalCount
      nodes {
        ...ApplicantFields
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const RegisterApplicantDocument = graphql(`
  mutation RegisterApplicant($input: RegisterApplicantInput!) {
    registerApplicant(input: $input) {
      ...ApplicantFields
    }
  }
`);

export const RevealApplicantIdNumberDocument = graphql(`
  mutation RevealApplicantIdNumber($id: ID!) {
    revealApplicantIdNumber(id: $id)
  }
`);
