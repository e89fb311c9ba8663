import { graphql } from '../gql';

export const AuditLogDocument = graphql(`
  query AuditLog($action: String, $first: Int, $after: String) {
    auditLog(action: $action, first: $first, after: $after) {
      totalCount
      pageInfo { ...PageInfoFields }
      nodes {
        seq
        at
        actorName
        onBehalfOf
        action
        subjectType
        subjectId
        detail
        hash
      }
    }
  }
`);

export const VerifyAuditChainDocument = graphql(`
  query VerifyAuditChain {
    verifyAuditChain { ok checked resumedFromSeq firstBrokenSeq reason }
  }
`);
