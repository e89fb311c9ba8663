import { graphql } from '../gql';

export const AuditLogDocument = graphql(`
  query AuditLog($limit: Int, $beforeSeq: String) {
    auditLog(limit: $limit, beforeSeq: $beforeSeq) {
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
`);

export const VerifyAuditChainDocument = graphql(`
  query VerifyAuditChain {
    verifyAuditChain { ok checked firstBrokenSeq reason }
  }
`);
