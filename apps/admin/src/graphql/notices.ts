import { graphql } from '../gql';

export const CaseNoticesDocument = graphql(`
  query CaseNotices($id: ID!) {
    case(id: $id) {
      id
      notices { id kind channel status recipientMasked body attempts lastError createdAt sentAt }
    }
  }
`);

export const SupervisionHandoffsDocument = graphql(`
  query SupervisionHandoffs($first: Int, $after: String) {
    supervisionHandoffs(first: $first, after: $after) {
      totalCount
      nodes { id caseId caseNumber matterName licenseeName supervisingUnitName approvedByName decidedOn receivedAt }
      pageInfo { endCursor hasNextPage }
    }
  }
`);
