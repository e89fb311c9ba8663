import { graphql } from '../gql';

export const CatalogWorkDocument = graphql(`
  query CatalogWork {
    catalogWork {
      draftCount
      drafts {
        matterId
        implementationCode
        name
        version
        savedAt
        published
      }
      upcoming {
        matterId
        implementationCode
        name
        version
        effectiveFrom
      }
      settingsNotInEffect {
        matterId
        name
        orgUnitId
        unitName
        tier
        promisedDays
        promiseSources {
          tier
          unitName
          promisedDays
          inEffect
        }
      }
    }
  }
`);
