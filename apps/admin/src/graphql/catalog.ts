import { graphql } from '../gql';

export const MatterContentFieldsFragmentDoc = graphql(`
  fragment MatterContentFields on MatterContent {
    name
    basicCode
    implementationCode
    type
    subType
    applicantKinds
    specialGroups
    implementingBodyId
    handlingOffice
    coImplementingBodyIds
    legalBasis { level title article }
    caseKind
    statutoryDays
    promisedDays
    naturalDayCap
    deemedApproval
    conditions
    materials { name form copies required deferrable sharedData note }
    steps { name kind days counted }
    fees { name basis amount }
    resultDocuments
    deliveryOptions
    visits
    onlineDepth
    proxyAllowed
    acceptingTiers
    decidingTier
    place
    hours
    consultPhone
    supervisionPhone
    postalAddress
  }
`);

export const MatterVersionFieldsFragmentDoc = graphql(`
  fragment MatterVersionFields on MatterVersion {
    matterId
    version
    status
    effectiveFrom
    publishedAt
    inForce
    content { ...MatterContentFields }
  }
`);

export const MattersDocument = graphql(`
  query Matters($filter: MattersFilter, $first: Int, $after: String) {
    matters(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { ...PageInfoFields }
      nodes {
        id
        implementationCode
        name
        type
        status
        acceptingTiers
        scheduledVersion
        retiredOn
        inForce { version content { caseKind statutoryDays promisedDays implementingBodyId } }
        draft { version content { caseKind statutoryDays promisedDays implementingBodyId } }
      }
    }
  }
`);

export const MatterDocument = graphql(`
  query Matter($id: ID!) {
    matter(id: $id) {
      id
      implementationCode
      basicCode
      name
      type
      status
      retiredAt
      retiredOn
      retirementReason
      scheduledVersion
      acceptingTiers
      inForce { ...MatterVersionFields }
      draft { ...MatterVersionFields }
      versions { version status effectiveFrom publishedAt scheduled withdrawalReason }
    }
  }
`);

export const MatterVersionDocument = graphql(`
  query MatterVersion($matterId: ID!, $version: Int!) {
    matterVersion(matterId: $matterId, version: $version) { ...MatterVersionFields }
  }
`);

export const CreateMatterDocument = graphql(`
  mutation CreateMatter($input: MatterContentInput!) {
    createMatter(input: $input) { id }
  }
`);

export const UpdateMatterDraftDocument = graphql(`
  mutation UpdateMatterDraft($matterId: ID!, $input: MatterContentInput!) {
    updateMatterDraft(matterId: $matterId, input: $input) { id name draft { ...MatterVersionFields } }
  }
`);

export const PublishMatterDocument = graphql(`
  mutation PublishMatter($matterId: ID!, $effectiveFrom: String) {
    publishMatter(matterId: $matterId, effectiveFrom: $effectiveFrom) { matterId version effectiveFrom }
  }
`);

export const OpenDraftDocument = graphql(`
  mutation OpenDraft($matterId: ID!) {
    openDraft(matterId: $matterId) { matterId version }
  }
`);

export const RetireMatterDocument = graphql(`
  mutation RetireMatter($matterId: ID!, $reason: String!, $effectiveOn: String!) {
    retireMatter(matterId: $matterId, reason: $reason, effectiveOn: $effectiveOn) { id status retiredAt retiredOn retirementReason }
  }
`);

export const WithdrawMatterVersionDocument = graphql(`
  mutation WithdrawMatterVersion($matterId: ID!, $version: Int!, $reason: String!) {
    withdrawMatterVersion(matterId: $matterId, version: $version, reason: $reason) { matterId version status withdrawalReason }
  }
`);

export const EffectiveCatalogDocument = graphql(`
  query EffectiveCatalog($orgUnitId: ID!) {
    effectiveCatalog(orgUnitId: $orgUnitId) {
      matterId
      version
      countyPromisedDays
      decidedHere
      windowName
      content { name promisedDays place hours consultPhone materials { name } }
      localSettings { orgUnitId orgUnitName address hours phone promisedDays windowId windowName windowClosed updatedAt }
      promiseSources { tier unitName promisedDays inEffect }
    }
  }
`);

export const SetLocalSettingDocument = graphql(`
  mutation SetLocalSetting($matterId: ID!, $orgUnitId: ID!, $input: LocalSettingInput!) {
    setLocalSetting(matterId: $matterId, orgUnitId: $orgUnitId, input: $input) {
      orgUnitId
      address
      hours
      phone
      promisedDays
      updatedAt
    }
  }
`);
