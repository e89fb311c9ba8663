import { graphql } from '../gql';

export const GuideMatterFieldsFragmentDoc = graphql(`
  fragment GuideMatterFields on GuideMatter {
    matterId
    version
    effectiveFrom
    countyCode
    countyName
    implementingBodyName
    windowName
    unitCode
    unitName
    promiseSources { tier unitName promisedDays inEffect }
    content { ...MatterContentFields }
  }
`);

export const GuideSearchDocument = graphql(`
  query GuideSearch($countyCode: String!, $query: String, $tier: Tier, $type: MatterType, $applicantKind: ApplicantKind, $first: Int, $after: String) {
    guideSearch(countyCode: $countyCode, query: $query, tier: $tier, type: $type, applicantKind: $applicantKind, first: $first, after: $after) {
      totalCount
      pageInfo { ...PageInfoFields }
      nodes {
        matterId
        countyName
        implementingBodyName
        content { name implementationCode type caseKind promisedDays statutoryDays acceptingTiers visits onlineDepth }
      }
    }
  }
`);

export const GuideMatterDocument = graphql(`
  query GuideMatter($countyCode: String!, $implementationCode: String!, $unitCode: String) {
    guideMatter(countyCode: $countyCode, implementationCode: $implementationCode, unitCode: $unitCode) { ...GuideMatterFields }
  }
`);

export const GuideForUnitDocument = graphql(`
  query GuideForUnit($orgUnitCode: String!) {
    guideForUnit(orgUnitCode: $orgUnitCode) {
      unitCode
      unitName
      tier
      centerName
      countyCode
      countyName
      here { ...GuideMatterFields }
      elsewhere { unitCode unitName tier centerName matters { matterId unitCode content { name implementationCode promisedDays place } } }
    }
  }
`);

export const GuidePlacesDocument = graphql(`
  query GuidePlaces($countyCode: String!, $query: String, $townshipCode: String, $first: Int) {
    guidePlaces(countyCode: $countyCode, query: $query, townshipCode: $townshipCode, first: $first) {
      code
      name
      tier
      townshipName
      centerName
    }
  }
`);
