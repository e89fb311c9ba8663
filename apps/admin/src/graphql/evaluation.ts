import { graphql } from '../gql';

export const CaseRatingFieldsFragment = graphql(`
  fragment CaseRatingFields on CaseRating {
    id
    caseId
    caseNumber
    matterName
    grade
    dimensions { dimension grade }
    comment
    channel
    byProxy
    anonymous
    bad
    ratedAt
    rectificationId
    acceptingUnit { id name }
    decidingUnit { id name }
    acceptedBy { id name }
    decidedBy { id name }
    recordedBy { id name }
  }
`);

export const CaseRatingDocument = graphql(`
  query CaseRating($caseId: ID!) {
    caseRating(caseId: $caseId) { ...CaseRatingFields }
  }
`);

export const RateCaseDocument = graphql(`
  mutation RateCase($caseId: ID!, $input: RateCaseInput!) {
    rateCase(caseId: $caseId, input: $input) { ...CaseRatingFields }
  }
`);

export const RatePublicCaseDocument = graphql(`
  mutation RatePublicCase($countyCode: String!, $caseNumber: String!, $verificationCode: String!, $input: RateCaseInput!) {
    ratePublicCase(countyCode: $countyCode, caseNumber: $caseNumber, verificationCode: $verificationCode, input: $input) { caseNumber grade ratedAt }
  }
`);

export const RatingsDocument = graphql(`
  query Ratings($first: Int, $after: String, $filter: RatingFilter) {
    ratings(first: $first, after: $after, filter: $filter) {
      totalCount
      nodes { ...CaseRatingFields }
      pageInfo { endCursor hasNextPage }
      gradeCounts { grade count }
    }
  }
`);

export const RectificationFieldsFragment = graphql(`
  fragment RectificationFields on Rectification {
    id
    ratingId
    caseId
    caseNumber
    matterName
    grade
    comment
    responsibleUnit { id name }
    state
    openedOn
    dueDate
    dueProvisional
    warning
    canAct
    verification { text at by { id name } }
    measures { text at by { id name } }
    callback { text at by { id name } }
    applicantAnswer
    review { text at by { id name } }
  }
`);

export const RectificationsDocument = graphql(`
  query Rectifications($first: Int, $after: String, $states: [RectificationState!]) {
    rectifications(first: $first, after: $after, states: $states) {
      totalCount
      nodes { ...RectificationFields }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

export const VerifyRectificationDocument = graphql(`
  mutation VerifyRectification($id: ID!, $input: RectificationStepInput!) {
    verifyRectification(id: $id, input: $input) { ...RectificationFields }
  }
`);

export const RecordRectificationMeasuresDocument = graphql(`
  mutation RecordRectificationMeasures($id: ID!, $input: RectificationStepInput!) {
    recordRectificationMeasures(id: $id, input: $input) { ...RectificationFields }
  }
`);

export const RecordRectificationCallbackDocument = graphql(`
  mutation RecordRectificationCallback($id: ID!, $input: RectificationStepInput!) {
    recordRectificationCallback(id: $id, input: $input) { ...RectificationFields }
  }
`);

export const CloseRectificationDocument = graphql(`
  mutation CloseRectification($id: ID!, $input: RectificationStepInput!) {
    closeRectification(id: $id, input: $input) { ...RectificationFields }
  }
`);

export const EvaluationRulesDocument = graphql(`
  query EvaluationRules {
    evaluationRules { badGrades rectificationWorkingDays anonymousBadOpensRectification isDefault updatedAt }
  }
`);
