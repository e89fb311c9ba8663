import { graphql } from '../gql';

export const LedgerMeasuresFieldsFragmentDoc = graphql(`
  fragment LedgerMeasuresFields on LedgerMeasures {
    materials { before after reduced compression }
    steps { before after reduced compression }
    procedures { before after reduced compression }
    statutoryDays { before after reduced compression }
    promisedDays { before after reduced compression }
    visits { before after reduced compression }
    feeItems { before after reduced compression }
    feeTotal { before after reduced compression }
  }
`);

export const CatalogLedgerDocument = graphql(`
  query CatalogLedger($fromDate: String!, $toDate: String!, $changedOnly: Boolean) {
    catalogLedger(fromDate: $fromDate, toDate: $toDate, changedOnly: $changedOnly) {
      fromDate
      toDate
      changedOnly
      changed
      added
      retired
      optimized
      devolved
      matters { before after reduced compression }
      handlingUnits { before after reduced compression }
      totals { ...LedgerMeasuresFields }
      continuingTotals { ...LedgerMeasuresFields }
      rows {
        matterId
        implementationCode
        name
        added
        retired
        optimized
        devolved
        devolvedTo
        changed
        measures { ...LedgerMeasuresFields }
      }
    }
  }
`);

export const MatterComparisonDocument = graphql(`
  query MatterComparison($matterId: ID!, $fromVersion: Int!, $toVersion: Int!) {
    matterComparison(matterId: $matterId, fromVersion: $fromVersion, toVersion: $toVersion) {
      matterId
      implementationCode
      name
      measures { ...LedgerMeasuresFields }
      before { version effectiveFrom materials steps procedures feeItems feeTotal promisedDays statutoryDays visits }
      after { version effectiveFrom materials steps procedures feeItems feeTotal promisedDays statutoryDays visits }
    }
  }
`);
