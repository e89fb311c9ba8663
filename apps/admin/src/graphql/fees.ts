import { graphql } from '../gql';

export const CaseFeeFieldsFragment = graphql(`
  fragment CaseFeeFields on CaseFee {
    id
    name
    basis
    amountYuan
    status
    bankReceiptNumber
    paidOn
    waivedGroup
    waiveReason
    settledBy
    settledAt
  }
`);

export const CaseFeesDocument = graphql(`
  query CaseFees($id: ID!) {
    case(id: $id) {
      id
      fees { ...CaseFeeFields }
      delivery { method trackingNumber address notes }
      deliveryOptions
    }
  }
`);

export const RecordCasePaymentDocument = graphql(`
  mutation RecordCasePayment($caseId: ID!, $input: RecordCasePaymentInput!) {
    recordCasePayment(caseId: $caseId, input: $input) { ...CaseFeeFields }
  }
`);

export const WaiveCaseFeeDocument = graphql(`
  mutation WaiveCaseFee($caseId: ID!, $input: WaiveCaseFeeInput!) {
    waiveCaseFee(caseId: $caseId, input: $input) { ...CaseFeeFields }
  }
`);
