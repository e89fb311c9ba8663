import { graphql } from '../gql';

export const AuditLogDocument = graphql(`
  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { ...PageInfoFields }
      nodes {
        seq
        at
        actorId
        actorName
        onBehalfOf
        action
        actionLabelZh
        actionLabelEn
        subjectType
        subjectTypeLabelZh
        subjectTypeLabelEn
        subjectId
        subjectName
        subjectPath
        details { key labelZh labelEn valueZh valueEn }
        hash
      }
    }
  }
`);

export const AuditActionsDocument = graphql(`
  query AuditActions {
    auditActions { library libraryLabelZh libraryLabelEn action labelZh labelEn }
  }
`);

export const AuditPeopleDocument = graphql(`
  query AuditPeople($search: String) {
    users(search: $search, first: 20) {
      nodes { id username displayName }
    }
  }
`);

export const VerifyAuditChainDocument = graphql(`
  query VerifyAuditChain {
    verifyAuditChain { ok checked resumedFromSeq firstBrokenSeq reason }
  }
`);
