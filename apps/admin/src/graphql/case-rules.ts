import { graphql } from '../gql';

export const CaseRulesFieldsFragment = graphql(`
  fragment CaseRulesFields on CaseRules {
    yellowWorkingDaysLeft
    yellowSharePercent
    gapsDueWorkingDays
    greenChannelWorkingDays
    greenChannelMinInvestmentWan
    greenChannelDeemedApproval
    isDefault
    updatedAt
  }
`);

export const CaseRulesDocument = graphql(`
  query CaseRules {
    caseRules {
      ...CaseRulesFields
    }
  }
`);

export const SetCaseRulesDocument = graphql(`
  mutation SetCaseRules($input: CaseRulesInput!) {
    setCaseRules(input: $input) {
      ...CaseRulesFields
    }
  }
`);

export const RecordDeemedApprovalsDocument = graphql(`
  mutation RecordDeemedApprovals {
    recordDeemedApprovals
  }
`);
