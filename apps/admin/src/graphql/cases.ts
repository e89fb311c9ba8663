import { graphql } from '../gql';

export const CaseFieldsFragment = graphql(`
  fragment CaseFields on ServiceCase {
    id
    caseNumber
    verificationCode
    state
    matterId
    matterName
    matterVersion
    applicantName
    limitWorkingDays
    acceptedOn
    dueDate
    dueProvisional
    warning
    supplementCount
    missingMaterials
    gapsDueDate
    outcome
    suspendedWorkingDays
    submittedAt
    availableActions
    acceptanceMode
    greenChannel
    investmentWan
    deemedApproval
    decidedBySilence
    acceptingUnit { id name }
    currentUnit { id name }
    decidingUnit { id name }
  }
`);

export const CasesDocument = graphql(`
  query Cases($first: Int, $after: String, $unitId: ID, $states: [CaseState!], $openOnly: Boolean) {
    cases(first: $first, after: $after, unitId: $unitId, states: $states, openOnly: $openOnly) {
      totalCount
      nodes { ...CaseFields }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

export const CaseDocument = graphql(`
  query Case($id: ID!) {
    case(id: $id) {
      ...CaseFields
      timeline { seq at actorName onBehalfOf action actionLabelZh actionLabelEn details { key labelZh labelEn value valueZh valueEn } }
    }
  }
`);

export const IntakeMattersDocument = graphql(`
  query IntakeMatters($orgUnitCode: String!) {
    guideForUnit(orgUnitCode: $orgUnitCode) {
      unitName
      here { matterId content { name implementationCode caseKind promisedDays materials { name required deferrable sharedData } } }
    }
  }
`);

export const CaseProgressDocument = graphql(`
  query CaseProgress($countyCode: String!, $caseNumber: String!, $verificationCode: String!) {
    caseProgress(countyCode: $countyCode, caseNumber: $caseNumber, verificationCode: $verificationCode) {
      caseNumber
      matterName
      state
      acceptedOn
      dueDate
      dueProvisional
      outcome
      acceptingUnitName
      place
      closedAt
    }
  }
`);

export const SubmitCaseDocument = graphql(`
  mutation SubmitCase($input: SubmitCaseInput!) {
    submitCase(input: $input) { ...CaseFields }
  }
`);

export const AcceptCaseDocument = graphql(`
  mutation AcceptCase($id: ID!, $input: MoveCaseInput!) {
    acceptCase(id: $id, input: $input) { ...CaseFields }
  }
`);

export const RequestSupplementDocument = graphql(`
  mutation RequestSupplement($id: ID!, $input: MoveCaseInput!) {
    requestSupplement(id: $id, input: $input) { ...CaseFields }
  }
`);

export const ResubmitCaseDocument = graphql(`
  mutation ResubmitCase($id: ID!, $input: MoveCaseInput!) {
    resubmitCase(id: $id, input: $input) { ...CaseFields }
  }
`);

export const RefuseCaseDocument = graphql(`
  mutation RefuseCase($id: ID!, $input: MoveCaseInput!) {
    refuseCase(id: $id, input: $input) { ...CaseFields }
  }
`);

export const StartReviewDocument = graphql(`
  mutation StartReview($id: ID!, $input: MoveCaseInput!) {
    startReview(id: $id, input: $input) { ...CaseFields }
  }
`);

export const SuspendCaseDocument = graphql(`
  mutation SuspendCase($id: ID!, $input: MoveCaseInput!) {
    suspendCase(id: $id, input: $input) { ...CaseFields }
  }
`);

export const ResumeCaseDocument = graphql(`
  mutation ResumeCase($id: ID!, $input: MoveCaseInput!) {
    resumeCase(id: $id, input: $input) { ...CaseFields }
  }
`);

export const ForwardCaseDocument = graphql(`
  mutation ForwardCase($id: ID!, $input: MoveCaseInput!) {
    forwardCase(id: $id, input: $input) { ...CaseFields }
  }
`);

export const ReceiveCaseDocument = graphql(`
  mutation ReceiveCase($id: ID!, $input: MoveCaseInput!) {
    receiveCase(id: $id, input: $input) { ...CaseFields }
  }
`);

export const ReturnCaseDocument = graphql(`
  mutation ReturnCase($id: ID!, $input: MoveCaseInput!) {
    returnCase(id: $id, input: $input) { ...CaseFields }
  }
`);

export const DecideCaseDocument = graphql(`
  mutation DecideCase($id: ID!, $input: MoveCaseInput!) {
    decideCase(id: $id, input: $input) { ...CaseFields }
  }
`);

export const DeliverCaseDocument = graphql(`
  mutation DeliverCase($id: ID!, $input: MoveCaseInput!) {
    deliverCase(id: $id, input: $input) { ...CaseFields }
  }
`);

export const WithdrawCaseDocument = graphql(`
  mutation WithdrawCase($id: ID!, $input: MoveCaseInput!) {
    withdrawCase(id: $id, input: $input) { ...CaseFields }
  }
`);
