/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      nodes {\n        seq\n        at\n        actorId\n        actorName\n        onBehalfOf\n        action\n        actionLabelZh\n        actionLabelEn\n        subjectType\n        subjectTypeLabelZh\n        subjectTypeLabelEn\n        subjectId\n        subjectName\n        subjectPath\n        details { key labelZh labelEn valueZh valueEn }\n        hash\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditActions {\n    auditActions { library libraryLabelZh libraryLabelEn action labelZh labelEn }\n  }\n": typeof types.AuditActionsDocument,
    "\n  query AuditPeople($search: String) {\n    users(search: $search, first: 20) {\n      nodes { id username displayName }\n    }\n  }\n": typeof types.AuditPeopleDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain { ok checked resumedFromSeq firstBrokenSeq reason }\n  }\n": typeof types.VerifyAuditChainDocument,
    "\n  fragment MeFields on Me {\n    id\n    username\n    displayName\n    roles\n    rules { action subject inverted conditions }\n    tenant { id divisionCode name }\n    memberships { id role createdAt orgUnit { id code name kind path } }\n  }\n": typeof types.MeFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { accessToken refreshToken expiresIn me { ...MeFields } }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) { accessToken refreshToken expiresIn }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me { ...MeFields }\n  }\n": typeof types.MeDocument,
    "\n  query WorkingCalendar($year: Int!) {\n    workingCalendar(year: $year) {\n      ...CalendarYearFields\n    }\n  }\n": typeof types.WorkingCalendarDocument,
    "\n  fragment CalendarYearFields on CalendarYearView {\n    year\n    status\n    confirmedAt\n    confirmedByName\n    workingDays\n    days {\n      date\n      kind\n      name\n      source\n      nationalKind\n      setByName\n      setAt\n    }\n  }\n": typeof types.CalendarYearFieldsFragmentDoc,
    "\n  query UnconfirmedCalendarYears {\n    unconfirmedCalendarYears\n  }\n": typeof types.UnconfirmedCalendarYearsDocument,
    "\n  query DueDate($countyCode: String!, $acceptedOn: String!, $workingDays: Int!, $naturalDayCap: Int) {\n    dueDate(countyCode: $countyCode, acceptedOn: $acceptedOn, workingDays: $workingDays, naturalDayCap: $naturalDayCap) {\n      date\n      provisional\n      unconfirmedYears\n      limitedBy\n    }\n  }\n": typeof types.DueDateDocument,
    "\n  mutation SetCalendarDay($date: String!, $kind: CalendarDayKind!, $name: String!) {\n    setCalendarDay(date: $date, kind: $kind, name: $name) {\n      ...CalendarYearFields\n    }\n  }\n": typeof types.SetCalendarDayDocument,
    "\n  mutation ClearCalendarDay($date: String!) {\n    clearCalendarDay(date: $date) {\n      ...CalendarYearFields\n    }\n  }\n": typeof types.ClearCalendarDayDocument,
    "\n  mutation ConfirmCalendarYear($year: Int!) {\n    confirmCalendarYear(year: $year) {\n      ...CalendarYearFields\n    }\n  }\n": typeof types.ConfirmCalendarYearDocument,
    "\n  mutation ReopenCalendarYear($year: Int!) {\n    reopenCalendarYear(year: $year) {\n      ...CalendarYearFields\n    }\n  }\n": typeof types.ReopenCalendarYearDocument,
    "\n  fragment CaseRulesFields on CaseRules {\n    yellowWorkingDaysLeft\n    yellowSharePercent\n    gapsDueWorkingDays\n    greenChannelWorkingDays\n    greenChannelMinInvestmentWan\n    greenChannelDeemedApproval\n    isDefault\n    updatedAt\n  }\n": typeof types.CaseRulesFieldsFragmentDoc,
    "\n  query CaseRules {\n    caseRules {\n      ...CaseRulesFields\n    }\n  }\n": typeof types.CaseRulesDocument,
    "\n  mutation SetCaseRules($input: CaseRulesInput!) {\n    setCaseRules(input: $input) {\n      ...CaseRulesFields\n    }\n  }\n": typeof types.SetCaseRulesDocument,
    "\n  mutation RecordDeemedApprovals {\n    recordDeemedApprovals\n  }\n": typeof types.RecordDeemedApprovalsDocument,
    "\n  query CaseJoint($id: ID!) {\n    case(id: $id) {\n      id\n      state\n      availableActions\n      tasks { id department { id name } state reason opinionByName opinionAt canGiveOpinion }\n      surveys { id departments { id name } reason startedOn endedOn }\n      decidedBy { userId displayName onBehalfOf { id name } delegationId }\n    }\n  }\n": typeof types.CaseJointDocument,
    "\n  mutation GiveCaseTaskOpinion($taskId: ID!, $input: CaseTaskOpinionInput!) {\n    giveCaseTaskOpinion(taskId: $taskId, input: $input) { id state reason opinionByName opinionAt canGiveOpinion }\n  }\n": typeof types.GiveCaseTaskOpinionDocument,
    "\n  fragment CaseFields on ServiceCase {\n    id\n    caseNumber\n    verificationCode\n    state\n    matterId\n    matterName\n    matterVersion\n    applicantName\n    limitWorkingDays\n    acceptedOn\n    dueDate\n    dueProvisional\n    warning\n    supplementCount\n    missingMaterials\n    gapsDueDate\n    outcome\n    suspendedWorkingDays\n    submittedAt\n    availableActions\n    acceptanceMode\n    greenChannel\n    investmentWan\n    deemedApproval\n    decidedBySilence\n    acceptingUnit { id name }\n    currentUnit { id name }\n    decidingUnit { id name }\n  }\n": typeof types.CaseFieldsFragmentDoc,
    "\n  query Cases($first: Int, $after: String, $unitId: ID, $states: [CaseState!], $openOnly: Boolean) {\n    cases(first: $first, after: $after, unitId: $unitId, states: $states, openOnly: $openOnly) {\n      totalCount\n      nodes { ...CaseFields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n      timeline { seq at actorName onBehalfOf action actionLabelZh actionLabelEn details { key labelZh labelEn value valueZh valueEn } }\n    }\n  }\n": typeof types.CaseDocument,
    "\n  query IntakeMatters($orgUnitCode: String!) {\n    guideForUnit(orgUnitCode: $orgUnitCode) {\n      unitName\n      here { matterId content { name implementationCode caseKind promisedDays materials { name required deferrable sharedData } } }\n    }\n  }\n": typeof types.IntakeMattersDocument,
    "\n  query CaseProgress($countyCode: String!, $caseNumber: String!, $verificationCode: String!) {\n    caseProgress(countyCode: $countyCode, caseNumber: $caseNumber, verificationCode: $verificationCode) {\n      caseNumber\n      matterName\n      state\n      acceptedOn\n      dueDate\n      dueProvisional\n      outcome\n      acceptingUnitName\n      place\n      closedAt\n    }\n  }\n": typeof types.CaseProgressDocument,
    "\n  mutation SubmitCase($input: SubmitCaseInput!) {\n    submitCase(input: $input) { ...CaseFields }\n  }\n": typeof types.SubmitCaseDocument,
    "\n  mutation AcceptCase($id: ID!, $input: MoveCaseInput!) {\n    acceptCase(id: $id, input: $input) { ...CaseFields }\n  }\n": typeof types.AcceptCaseDocument,
    "\n  mutation RequestSupplement($id: ID!, $input: MoveCaseInput!) {\n    requestSupplement(id: $id, input: $input) { ...CaseFields }\n  }\n": typeof types.RequestSupplementDocument,
    "\n  mutation ResubmitCase($id: ID!, $input: MoveCaseInput!) {\n    resubmitCase(id: $id, input: $input) { ...CaseFields }\n  }\n": typeof types.ResubmitCaseDocument,
    "\n  mutation RefuseCase($id: ID!, $input: MoveCaseInput!) {\n    refuseCase(id: $id, input: $input) { ...CaseFields }\n  }\n": typeof types.RefuseCaseDocument,
    "\n  mutation StartReview($id: ID!, $input: MoveCaseInput!) {\n    startReview(id: $id, input: $input) { ...CaseFields }\n  }\n": typeof types.StartReviewDocument,
    "\n  mutation SuspendCase($id: ID!, $input: MoveCaseInput!) {\n    suspendCase(id: $id, input: $input) { ...CaseFields }\n  }\n": typeof types.SuspendCaseDocument,
    "\n  mutation ResumeCase($id: ID!, $input: MoveCaseInput!) {\n    resumeCase(id: $id, input: $input) { ...CaseFields }\n  }\n": typeof types.ResumeCaseDocument,
    "\n  mutation ForwardCase($id: ID!, $input: MoveCaseInput!) {\n    forwardCase(id: $id, input: $input) { ...CaseFields }\n  }\n": typeof types.ForwardCaseDocument,
    "\n  mutation ReceiveCase($id: ID!, $input: MoveCaseInput!) {\n    receiveCase(id: $id, input: $input) { ...CaseFields }\n  }\n": typeof types.ReceiveCaseDocument,
    "\n  mutation ReturnCase($id: ID!, $input: MoveCaseInput!) {\n    returnCase(id: $id, input: $input) { ...CaseFields }\n  }\n": typeof types.ReturnCaseDocument,
    "\n  mutation DecideCase($id: ID!, $input: MoveCaseInput!) {\n    decideCase(id: $id, input: $input) { ...CaseFields }\n  }\n": typeof types.DecideCaseDocument,
    "\n  mutation DeliverCase($id: ID!, $input: MoveCaseInput!) {\n    deliverCase(id: $id, input: $input) { ...CaseFields }\n  }\n": typeof types.DeliverCaseDocument,
    "\n  mutation WithdrawCase($id: ID!, $input: MoveCaseInput!) {\n    withdrawCase(id: $id, input: $input) { ...CaseFields }\n  }\n": typeof types.WithdrawCaseDocument,
    "\n  fragment MatterContentFields on MatterContent {\n    name\n    basicCode\n    implementationCode\n    type\n    subType\n    applicantKinds\n    specialGroups\n    implementingBodyId\n    handlingOffice\n    coImplementingBodyIds\n    legalBasis { level title article }\n    caseKind\n    statutoryDays\n    promisedDays\n    naturalDayCap\n    deemedApproval\n    conditions\n    materials { name form copies required deferrable sharedData note }\n    steps { name kind days counted }\n    fees { name basis amount }\n    resultDocuments\n    deliveryOptions\n    visits\n    onlineDepth\n    proxyAllowed\n    acceptingTiers\n    decidingTier\n    place\n    hours\n    consultPhone\n    supervisionPhone\n    postalAddress\n  }\n": typeof types.MatterContentFieldsFragmentDoc,
    "\n  fragment MatterVersionFields on MatterVersion {\n    matterId\n    version\n    status\n    effectiveFrom\n    publishedAt\n    inForce\n    content { ...MatterContentFields }\n  }\n": typeof types.MatterVersionFieldsFragmentDoc,
    "\n  query Matters($filter: MattersFilter, $first: Int, $after: String) {\n    matters(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      nodes {\n        id\n        implementationCode\n        name\n        type\n        status\n        acceptingTiers\n        scheduledVersion\n        retiredOn\n        inForce { version content { caseKind statutoryDays promisedDays implementingBodyId } }\n        draft { version content { caseKind statutoryDays promisedDays implementingBodyId } }\n      }\n    }\n  }\n": typeof types.MattersDocument,
    "\n  query Matter($id: ID!) {\n    matter(id: $id) {\n      id\n      implementationCode\n      basicCode\n      name\n      type\n      status\n      retiredAt\n      retiredOn\n      retirementReason\n      scheduledVersion\n      acceptingTiers\n      inForce { ...MatterVersionFields }\n      draft { ...MatterVersionFields }\n      versions { version status effectiveFrom publishedAt scheduled withdrawalReason }\n    }\n  }\n": typeof types.MatterDocument,
    "\n  query MatterVersion($matterId: ID!, $version: Int!) {\n    matterVersion(matterId: $matterId, version: $version) { ...MatterVersionFields }\n  }\n": typeof types.MatterVersionDocument,
    "\n  mutation CreateMatter($input: MatterContentInput!) {\n    createMatter(input: $input) { id }\n  }\n": typeof types.CreateMatterDocument,
    "\n  mutation UpdateMatterDraft($matterId: ID!, $input: MatterContentInput!) {\n    updateMatterDraft(matterId: $matterId, input: $input) { id name draft { ...MatterVersionFields } }\n  }\n": typeof types.UpdateMatterDraftDocument,
    "\n  mutation PublishMatter($matterId: ID!, $effectiveFrom: String) {\n    publishMatter(matterId: $matterId, effectiveFrom: $effectiveFrom) { matterId version effectiveFrom }\n  }\n": typeof types.PublishMatterDocument,
    "\n  mutation OpenDraft($matterId: ID!) {\n    openDraft(matterId: $matterId) { matterId version }\n  }\n": typeof types.OpenDraftDocument,
    "\n  mutation RetireMatter($matterId: ID!, $reason: String!, $effectiveOn: String!) {\n    retireMatter(matterId: $matterId, reason: $reason, effectiveOn: $effectiveOn) { id status retiredAt retiredOn retirementReason }\n  }\n": typeof types.RetireMatterDocument,
    "\n  mutation WithdrawMatterVersion($matterId: ID!, $version: Int!, $reason: String!) {\n    withdrawMatterVersion(matterId: $matterId, version: $version, reason: $reason) { matterId version status withdrawalReason }\n  }\n": typeof types.WithdrawMatterVersionDocument,
    "\n  query EffectiveCatalog($orgUnitId: ID!) {\n    effectiveCatalog(orgUnitId: $orgUnitId) {\n      matterId\n      version\n      countyPromisedDays\n      decidedHere\n      windowName\n      content { name promisedDays place hours consultPhone materials { name } }\n      localSettings { orgUnitId orgUnitName address hours phone promisedDays windowId windowName windowClosed updatedAt }\n      promiseSources { tier unitName promisedDays inEffect }\n    }\n  }\n": typeof types.EffectiveCatalogDocument,
    "\n  mutation SetLocalSetting($matterId: ID!, $orgUnitId: ID!, $input: LocalSettingInput!) {\n    setLocalSetting(matterId: $matterId, orgUnitId: $orgUnitId, input: $input) {\n      orgUnitId\n      address\n      hours\n      phone\n      promisedDays\n      updatedAt\n    }\n  }\n": typeof types.SetLocalSettingDocument,
    "\n  query Delegations($active: Boolean, $first: Int, $after: String) {\n    delegations(active: $active, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      nodes {\n        id\n        department { id name code }\n        granteeUserId\n        granteeUserName\n        uses { id matterCode action usedAt }\n        granteeWindow { id name code }\n        allMatters\n        matterCodes\n        validFrom\n        validUntil\n        revokedAt\n        reason\n        active\n      }\n    }\n  }\n": typeof types.DelegationsDocument,
    "\n  mutation GrantDelegation($input: GrantDelegationInput!) {\n    grantDelegation(input: $input) { id }\n  }\n": typeof types.GrantDelegationDocument,
    "\n  mutation RevokeDelegation($id: ID!) {\n    revokeDelegation(id: $id) { id revokedAt active }\n  }\n": typeof types.RevokeDelegationDocument,
    "\n  fragment CaseRatingFields on CaseRating {\n    id\n    caseId\n    caseNumber\n    matterName\n    grade\n    dimensions { dimension grade }\n    comment\n    channel\n    byProxy\n    anonymous\n    bad\n    ratedAt\n    rectificationId\n    acceptingUnit { id name }\n    decidingUnit { id name }\n    acceptedBy { id name }\n    decidedBy { id name }\n    recordedBy { id name }\n  }\n": typeof types.CaseRatingFieldsFragmentDoc,
    "\n  query CaseRating($caseId: ID!) {\n    caseRating(caseId: $caseId) { ...CaseRatingFields }\n  }\n": typeof types.CaseRatingDocument,
    "\n  mutation RateCase($caseId: ID!, $input: RateCaseInput!) {\n    rateCase(caseId: $caseId, input: $input) { ...CaseRatingFields }\n  }\n": typeof types.RateCaseDocument,
    "\n  mutation RatePublicCase($countyCode: String!, $caseNumber: String!, $verificationCode: String!, $input: RateCaseInput!) {\n    ratePublicCase(countyCode: $countyCode, caseNumber: $caseNumber, verificationCode: $verificationCode, input: $input) { caseNumber grade ratedAt }\n  }\n": typeof types.RatePublicCaseDocument,
    "\n  query Ratings($first: Int, $after: String, $filter: RatingFilter) {\n    ratings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { ...CaseRatingFields }\n      pageInfo { endCursor hasNextPage }\n      gradeCounts { grade count }\n    }\n  }\n": typeof types.RatingsDocument,
    "\n  fragment RectificationFields on Rectification {\n    id\n    ratingId\n    caseId\n    caseNumber\n    matterName\n    grade\n    comment\n    responsibleUnit { id name }\n    state\n    openedOn\n    dueDate\n    dueProvisional\n    warning\n    canAct\n    verification { text at by { id name } }\n    measures { text at by { id name } }\n    callback { text at by { id name } }\n    applicantAnswer\n    review { text at by { id name } }\n  }\n": typeof types.RectificationFieldsFragmentDoc,
    "\n  query Rectifications($first: Int, $after: String, $states: [RectificationState!]) {\n    rectifications(first: $first, after: $after, states: $states) {\n      totalCount\n      nodes { ...RectificationFields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.RectificationsDocument,
    "\n  mutation VerifyRectification($id: ID!, $input: RectificationStepInput!) {\n    verifyRectification(id: $id, input: $input) { ...RectificationFields }\n  }\n": typeof types.VerifyRectificationDocument,
    "\n  mutation RecordRectificationMeasures($id: ID!, $input: RectificationStepInput!) {\n    recordRectificationMeasures(id: $id, input: $input) { ...RectificationFields }\n  }\n": typeof types.RecordRectificationMeasuresDocument,
    "\n  mutation RecordRectificationCallback($id: ID!, $input: RectificationStepInput!) {\n    recordRectificationCallback(id: $id, input: $input) { ...RectificationFields }\n  }\n": typeof types.RecordRectificationCallbackDocument,
    "\n  mutation CloseRectification($id: ID!, $input: RectificationStepInput!) {\n    closeRectification(id: $id, input: $input) { ...RectificationFields }\n  }\n": typeof types.CloseRectificationDocument,
    "\n  query EvaluationRules {\n    evaluationRules { badGrades rectificationWorkingDays anonymousBadOpensRectification isDefault updatedAt }\n  }\n": typeof types.EvaluationRulesDocument,
    "\n  fragment CaseFeeFields on CaseFee {\n    id\n    name\n    basis\n    amountYuan\n    status\n    bankReceiptNumber\n    paidOn\n    waivedGroup\n    waiveReason\n    settledBy\n    settledAt\n  }\n": typeof types.CaseFeeFieldsFragmentDoc,
    "\n  query CaseFees($id: ID!) {\n    case(id: $id) {\n      id\n      fees { ...CaseFeeFields }\n      delivery { method trackingNumber address notes }\n      deliveryOptions\n    }\n  }\n": typeof types.CaseFeesDocument,
    "\n  mutation RecordCasePayment($caseId: ID!, $input: RecordCasePaymentInput!) {\n    recordCasePayment(caseId: $caseId, input: $input) { ...CaseFeeFields }\n  }\n": typeof types.RecordCasePaymentDocument,
    "\n  mutation WaiveCaseFee($caseId: ID!, $input: WaiveCaseFeeInput!) {\n    waiveCaseFee(caseId: $caseId, input: $input) { ...CaseFeeFields }\n  }\n": typeof types.WaiveCaseFeeDocument,
    "\n  fragment GuideMatterFields on GuideMatter {\n    matterId\n    version\n    effectiveFrom\n    countyCode\n    countyName\n    implementingBodyName\n    windowName\n    unitCode\n    unitName\n    promiseSources { tier unitName promisedDays inEffect }\n    content { ...MatterContentFields }\n  }\n": typeof types.GuideMatterFieldsFragmentDoc,
    "\n  query GuideSearch($countyCode: String!, $query: String, $tier: Tier, $type: MatterType, $applicantKind: ApplicantKind, $first: Int, $after: String) {\n    guideSearch(countyCode: $countyCode, query: $query, tier: $tier, type: $type, applicantKind: $applicantKind, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      nodes {\n        matterId\n        countyName\n        implementingBodyName\n        content { name implementationCode type caseKind promisedDays statutoryDays acceptingTiers visits onlineDepth }\n      }\n    }\n  }\n": typeof types.GuideSearchDocument,
    "\n  query GuideMatter($countyCode: String!, $implementationCode: String!, $unitCode: String) {\n    guideMatter(countyCode: $countyCode, implementationCode: $implementationCode, unitCode: $unitCode) { ...GuideMatterFields }\n  }\n": typeof types.GuideMatterDocument,
    "\n  query GuideForUnit($orgUnitCode: String!) {\n    guideForUnit(orgUnitCode: $orgUnitCode) {\n      unitCode\n      unitName\n      tier\n      centerName\n      countyCode\n      countyName\n      here { ...GuideMatterFields }\n      elsewhere { unitCode unitName tier centerName matters { matterId unitCode content { name implementationCode promisedDays place } } }\n    }\n  }\n": typeof types.GuideForUnitDocument,
    "\n  query GuidePlaces($countyCode: String!, $query: String, $townshipCode: String, $first: Int) {\n    guidePlaces(countyCode: $countyCode, query: $query, townshipCode: $townshipCode, first: $first) {\n      code\n      name\n      tier\n      townshipName\n      centerName\n    }\n  }\n": typeof types.GuidePlacesDocument,
    "\n  fragment LedgerMeasuresFields on LedgerMeasures {\n    materials { before after reduced compression }\n    steps { before after reduced compression }\n    procedures { before after reduced compression }\n    statutoryDays { before after reduced compression }\n    promisedDays { before after reduced compression }\n    visits { before after reduced compression }\n    feeItems { before after reduced compression }\n    feeTotal { before after reduced compression }\n  }\n": typeof types.LedgerMeasuresFieldsFragmentDoc,
    "\n  query CatalogLedger($fromDate: String!, $toDate: String!, $changedOnly: Boolean) {\n    catalogLedger(fromDate: $fromDate, toDate: $toDate, changedOnly: $changedOnly) {\n      fromDate\n      toDate\n      changedOnly\n      changed\n      added\n      retired\n      optimized\n      devolved\n      matters { before after reduced compression }\n      handlingUnits { before after reduced compression }\n      totals { ...LedgerMeasuresFields }\n      continuingTotals { ...LedgerMeasuresFields }\n      rows {\n        matterId\n        implementationCode\n        name\n        added\n        retired\n        optimized\n        devolved\n        devolvedTo\n        changed\n        measures { ...LedgerMeasuresFields }\n      }\n    }\n  }\n": typeof types.CatalogLedgerDocument,
    "\n  query MatterComparison($matterId: ID!, $fromVersion: Int!, $toVersion: Int!) {\n    matterComparison(matterId: $matterId, fromVersion: $fromVersion, toVersion: $toVersion) {\n      matterId\n      implementationCode\n      name\n      measures { ...LedgerMeasuresFields }\n      before { version effectiveFrom materials steps procedures feeItems feeTotal promisedDays statutoryDays visits }\n      after { version effectiveFrom materials steps procedures feeItems feeTotal promisedDays statutoryDays visits }\n    }\n  }\n": typeof types.MatterComparisonDocument,
    "\n  query CaseMaterialFiles($id: ID!) {\n    case(id: $id) {\n      id\n      missingMaterials\n      materialFiles { id materialName mime bytes sha256 width height uploadedBy uploadedAt url }\n    }\n  }\n": typeof types.CaseMaterialFilesDocument,
    "\n  query CaseNotices($id: ID!) {\n    case(id: $id) {\n      id\n      notices { id kind channel status recipientMasked body attempts lastError createdAt sentAt }\n    }\n  }\n": typeof types.CaseNoticesDocument,
    "\n  query SupervisionHandoffs($first: Int, $after: String) {\n    supervisionHandoffs(first: $first, after: $after) {\n      totalCount\n      nodes { id caseId caseNumber matterName licenseeName supervisingUnitName approvedByName decidedOn receivedAt }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.SupervisionHandoffsDocument,
    "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    code\n    name\n    kind\n    parentId\n    path\n    pinyin\n    pinyinInitials\n    childCount\n    address\n    openingHours\n    phone\n    closedAt\n  }\n": typeof types.OrgUnitFieldsFragmentDoc,
    "\n  fragment PageInfoFields on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": typeof types.PageInfoFieldsFragmentDoc,
    "\n  query OrgUnits($parentId: ID, $kind: OrgUnitKind, $first: Int, $after: String) {\n    orgUnits(parentId: $parentId, kind: $kind, first: $first, after: $after) {\n      totalCount\n      nodes { ...OrgUnitFields }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": typeof types.OrgUnitsDocument,
    "\n  query SearchOrgUnits($query: String!, $first: Int) {\n    searchOrgUnits(query: $query, first: $first) { nodes { ...OrgUnitFields } }\n  }\n": typeof types.SearchOrgUnitsDocument,
    "\n  mutation UpdateOrgUnitDetails($id: ID!, $input: OrgUnitDetailsInput!) {\n    updateOrgUnitDetails(id: $id, input: $input) { ...OrgUnitFields }\n  }\n": typeof types.UpdateOrgUnitDetailsDocument,
    "\n  mutation CreateWindow($parentId: ID!, $name: String!) {\n    createOrgUnit(input: { parentId: $parentId, kind: WINDOW, name: $name }) { ...OrgUnitFields }\n  }\n": typeof types.CreateWindowDocument,
    "\n  mutation RenameWindow($id: ID!, $name: String!) {\n    renameWindow(id: $id, name: $name) { ...OrgUnitFields }\n  }\n": typeof types.RenameWindowDocument,
    "\n  mutation CloseWindow($id: ID!, $reason: String) {\n    closeWindow(id: $id, reason: $reason) { ...OrgUnitFields }\n  }\n": typeof types.CloseWindowDocument,
    "\n  query GuideSynonyms {\n    guideSynonyms {\n      term\n      expansion\n      createdAt\n    }\n  }\n": typeof types.GuideSynonymsDocument,
    "\n  mutation SetGuideSynonym($term: String!, $expansion: String!) {\n    setGuideSynonym(term: $term, expansion: $expansion) {\n      term\n      expansion\n    }\n  }\n": typeof types.SetGuideSynonymDocument,
    "\n  mutation RemoveGuideSynonym($term: String!) {\n    removeGuideSynonym(term: $term)\n  }\n": typeof types.RemoveGuideSynonymDocument,
    "\n  query Tenants($search: String, $first: Int, $after: String) {\n    tenants(search: $search, first: $first, after: $after) {\n      totalCount\n      nodes { id divisionCode name createdAt }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": typeof types.TenantsDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) { id divisionCode name createdAt }\n  }\n": typeof types.CreateTenantDocument,
    "\n  fragment UserFields on UserView {\n    id\n    username\n    displayName\n    phone\n    locked\n    disabled\n    memberships { id role createdAt orgUnit { id code name kind path } }\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      nodes { ...UserFields }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { ...UserFields }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) { id role }\n  }\n": typeof types.AddMembershipDocument,
    "\n  mutation RevokeMembership($id: ID!) {\n    revokeMembership(id: $id) { id }\n  }\n": typeof types.RevokeMembershipDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) { ...UserFields }\n  }\n": typeof types.UnlockUserDocument,
    "\n  query CatalogWork {\n    catalogWork {\n      draftCount\n      drafts {\n        matterId\n        implementationCode\n        name\n        version\n        savedAt\n        published\n      }\n      upcoming {\n        matterId\n        implementationCode\n        name\n        version\n        effectiveFrom\n      }\n      settingsNotInEffect {\n        matterId\n        name\n        orgUnitId\n        unitName\n        tier\n        promisedDays\n        promiseSources {\n          tier\n          unitName\n          promisedDays\n          inEffect\n        }\n      }\n    }\n  }\n": typeof types.CatalogWorkDocument,
    "\n  fragment ApplicantFields on ApplicantView {\n    id\n    kind\n    name\n    idKind\n    idNumberMasked\n    birthDate\n    phone\n    address\n    residenceUnitId\n    residenceUnitName\n    elderly\n    specialGroups\n  }\n": typeof types.ApplicantFieldsFragmentDoc,
    "\n  query Applicants($search: String, $first: Int, $after: String) {\n    applicants(search: $search, first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...ApplicantFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ApplicantsDocument,
    "\n  mutation RegisterApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      ...ApplicantFields\n    }\n  }\n": typeof types.RegisterApplicantDocument,
    "\n  mutation RevealApplicantIdNumber($id: ID!) {\n    revealApplicantIdNumber(id: $id)\n  }\n": typeof types.RevealApplicantIdNumberDocument,
};
const documents: Documents = {
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      nodes {\n        seq\n        at\n        actorId\n        actorName\n        onBehalfOf\n        action\n        actionLabelZh\n        actionLabelEn\n        subjectType\n        subjectTypeLabelZh\n        subjectTypeLabelEn\n        subjectId\n        subjectName\n        subjectPath\n        details { key labelZh labelEn valueZh valueEn }\n        hash\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditActions {\n    auditActions { library libraryLabelZh libraryLabelEn action labelZh labelEn }\n  }\n": types.AuditActionsDocument,
    "\n  query AuditPeople($search: String) {\n    users(search: $search, first: 20) {\n      nodes { id username displayName }\n    }\n  }\n": types.AuditPeopleDocument,
    "\n  query VerifyAuditChain {\n    verifyAuditChain { ok checked resumedFromSeq firstBrokenSeq reason }\n  }\n": types.VerifyAuditChainDocument,
    "\n  fragment MeFields on Me {\n    id\n    username\n    displayName\n    roles\n    rules { action subject inverted conditions }\n    tenant { id divisionCode name }\n    memberships { id role createdAt orgUnit { id code name kind path } }\n  }\n": types.MeFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { accessToken refreshToken expiresIn me { ...MeFields } }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) { accessToken refreshToken expiresIn }\n  }\n": types.RefreshTokenDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me { ...MeFields }\n  }\n": types.MeDocument,
    "\n  query WorkingCalendar($year: Int!) {\n    workingCalendar(year: $year) {\n      ...CalendarYearFields\n    }\n  }\n": types.WorkingCalendarDocument,
    "\n  fragment CalendarYearFields on CalendarYearView {\n    year\n    status\n    confirmedAt\n    confirmedByName\n    workingDays\n    days {\n      date\n      kind\n      name\n      source\n      nationalKind\n      setByName\n      setAt\n    }\n  }\n": types.CalendarYearFieldsFragmentDoc,
    "\n  query UnconfirmedCalendarYears {\n    unconfirmedCalendarYears\n  }\n": types.UnconfirmedCalendarYearsDocument,
    "\n  query DueDate($countyCode: String!, $acceptedOn: String!, $workingDays: Int!, $naturalDayCap: Int) {\n    dueDate(countyCode: $countyCode, acceptedOn: $acceptedOn, workingDays: $workingDays, naturalDayCap: $naturalDayCap) {\n      date\n      provisional\n      unconfirmedYears\n      limitedBy\n    }\n  }\n": types.DueDateDocument,
    "\n  mutation SetCalendarDay($date: String!, $kind: CalendarDayKind!, $name: String!) {\n    setCalendarDay(date: $date, kind: $kind, name: $name) {\n      ...CalendarYearFields\n    }\n  }\n": types.SetCalendarDayDocument,
    "\n  mutation ClearCalendarDay($date: String!) {\n    clearCalendarDay(date: $date) {\n      ...CalendarYearFields\n    }\n  }\n": types.ClearCalendarDayDocument,
    "\n  mutation ConfirmCalendarYear($year: Int!) {\n    confirmCalendarYear(year: $year) {\n      ...CalendarYearFields\n    }\n  }\n": types.ConfirmCalendarYearDocument,
    "\n  mutation ReopenCalendarYear($year: Int!) {\n    reopenCalendarYear(year: $year) {\n      ...CalendarYearFields\n    }\n  }\n": types.ReopenCalendarYearDocument,
    "\n  fragment CaseRulesFields on CaseRules {\n    yellowWorkingDaysLeft\n    yellowSharePercent\n    gapsDueWorkingDays\n    greenChannelWorkingDays\n    greenChannelMinInvestmentWan\n    greenChannelDeemedApproval\n    isDefault\n    updatedAt\n  }\n": types.CaseRulesFieldsFragmentDoc,
    "\n  query CaseRules {\n    caseRules {\n      ...CaseRulesFields\n    }\n  }\n": types.CaseRulesDocument,
    "\n  mutation SetCaseRules($input: CaseRulesInput!) {\n    setCaseRules(input: $input) {\n      ...CaseRulesFields\n    }\n  }\n": types.SetCaseRulesDocument,
    "\n  mutation RecordDeemedApprovals {\n    recordDeemedApprovals\n  }\n": types.RecordDeemedApprovalsDocument,
    "\n  query CaseJoint($id: ID!) {\n    case(id: $id) {\n      id\n      state\n      availableActions\n      tasks { id department { id name } state reason opinionByName opinionAt canGiveOpinion }\n      surveys { id departments { id name } reason startedOn endedOn }\n      decidedBy { userId displayName onBehalfOf { id name } delegationId }\n    }\n  }\n": types.CaseJointDocument,
    "\n  mutation GiveCaseTaskOpinion($taskId: ID!, $input: CaseTaskOpinionInput!) {\n    giveCaseTaskOpinion(taskId: $taskId, input: $input) { id state reason opinionByName opinionAt canGiveOpinion }\n  }\n": types.GiveCaseTaskOpinionDocument,
    "\n  fragment CaseFields on ServiceCase {\n    id\n    caseNumber\n    verificationCode\n    state\n    matterId\n    matterName\n    matterVersion\n    applicantName\n    limitWorkingDays\n    acceptedOn\n    dueDate\n    dueProvisional\n    warning\n    supplementCount\n    missingMaterials\n    gapsDueDate\n    outcome\n    suspendedWorkingDays\n    submittedAt\n    availableActions\n    acceptanceMode\n    greenChannel\n    investmentWan\n    deemedApproval\n    decidedBySilence\n    acceptingUnit { id name }\n    currentUnit { id name }\n    decidingUnit { id name }\n  }\n": types.CaseFieldsFragmentDoc,
    "\n  query Cases($first: Int, $after: String, $unitId: ID, $states: [CaseState!], $openOnly: Boolean) {\n    cases(first: $first, after: $after, unitId: $unitId, states: $states, openOnly: $openOnly) {\n      totalCount\n      nodes { ...CaseFields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.CasesDocument,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n      timeline { seq at actorName onBehalfOf action actionLabelZh actionLabelEn details { key labelZh labelEn value valueZh valueEn } }\n    }\n  }\n": types.CaseDocument,
    "\n  query IntakeMatters($orgUnitCode: String!) {\n    guideForUnit(orgUnitCode: $orgUnitCode) {\n      unitName\n      here { matterId content { name implementationCode caseKind promisedDays materials { name required deferrable sharedData } } }\n    }\n  }\n": types.IntakeMattersDocument,
    "\n  query CaseProgress($countyCode: String!, $caseNumber: String!, $verificationCode: String!) {\n    caseProgress(countyCode: $countyCode, caseNumber: $caseNumber, verificationCode: $verificationCode) {\n      caseNumber\n      matterName\n      state\n      acceptedOn\n      dueDate\n      dueProvisional\n      outcome\n      acceptingUnitName\n      place\n      closedAt\n    }\n  }\n": types.CaseProgressDocument,
    "\n  mutation SubmitCase($input: SubmitCaseInput!) {\n    submitCase(input: $input) { ...CaseFields }\n  }\n": types.SubmitCaseDocument,
    "\n  mutation AcceptCase($id: ID!, $input: MoveCaseInput!) {\n    acceptCase(id: $id, input: $input) { ...CaseFields }\n  }\n": types.AcceptCaseDocument,
    "\n  mutation RequestSupplement($id: ID!, $input: MoveCaseInput!) {\n    requestSupplement(id: $id, input: $input) { ...CaseFields }\n  }\n": types.RequestSupplementDocument,
    "\n  mutation ResubmitCase($id: ID!, $input: MoveCaseInput!) {\n    resubmitCase(id: $id, input: $input) { ...CaseFields }\n  }\n": types.ResubmitCaseDocument,
    "\n  mutation RefuseCase($id: ID!, $input: MoveCaseInput!) {\n    refuseCase(id: $id, input: $input) { ...CaseFields }\n  }\n": types.RefuseCaseDocument,
    "\n  mutation StartReview($id: ID!, $input: MoveCaseInput!) {\n    startReview(id: $id, input: $input) { ...CaseFields }\n  }\n": types.StartReviewDocument,
    "\n  mutation SuspendCase($id: ID!, $input: MoveCaseInput!) {\n    suspendCase(id: $id, input: $input) { ...CaseFields }\n  }\n": types.SuspendCaseDocument,
    "\n  mutation ResumeCase($id: ID!, $input: MoveCaseInput!) {\n    resumeCase(id: $id, input: $input) { ...CaseFields }\n  }\n": types.ResumeCaseDocument,
    "\n  mutation ForwardCase($id: ID!, $input: MoveCaseInput!) {\n    forwardCase(id: $id, input: $input) { ...CaseFields }\n  }\n": types.ForwardCaseDocument,
    "\n  mutation ReceiveCase($id: ID!, $input: MoveCaseInput!) {\n    receiveCase(id: $id, input: $input) { ...CaseFields }\n  }\n": types.ReceiveCaseDocument,
    "\n  mutation ReturnCase($id: ID!, $input: MoveCaseInput!) {\n    returnCase(id: $id, input: $input) { ...CaseFields }\n  }\n": types.ReturnCaseDocument,
    "\n  mutation DecideCase($id: ID!, $input: MoveCaseInput!) {\n    decideCase(id: $id, input: $input) { ...CaseFields }\n  }\n": types.DecideCaseDocument,
    "\n  mutation DeliverCase($id: ID!, $input: MoveCaseInput!) {\n    deliverCase(id: $id, input: $input) { ...CaseFields }\n  }\n": types.DeliverCaseDocument,
    "\n  mutation WithdrawCase($id: ID!, $input: MoveCaseInput!) {\n    withdrawCase(id: $id, input: $input) { ...CaseFields }\n  }\n": types.WithdrawCaseDocument,
    "\n  fragment MatterContentFields on MatterContent {\n    name\n    basicCode\n    implementationCode\n    type\n    subType\n    applicantKinds\n    specialGroups\n    implementingBodyId\n    handlingOffice\n    coImplementingBodyIds\n    legalBasis { level title article }\n    caseKind\n    statutoryDays\n    promisedDays\n    naturalDayCap\n    deemedApproval\n    conditions\n    materials { name form copies required deferrable sharedData note }\n    steps { name kind days counted }\n    fees { name basis amount }\n    resultDocuments\n    deliveryOptions\n    visits\n    onlineDepth\n    proxyAllowed\n    acceptingTiers\n    decidingTier\n    place\n    hours\n    consultPhone\n    supervisionPhone\n    postalAddress\n  }\n": types.MatterContentFieldsFragmentDoc,
    "\n  fragment MatterVersionFields on MatterVersion {\n    matterId\n    version\n    status\n    effectiveFrom\n    publishedAt\n    inForce\n    content { ...MatterContentFields }\n  }\n": types.MatterVersionFieldsFragmentDoc,
    "\n  query Matters($filter: MattersFilter, $first: Int, $after: String) {\n    matters(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      nodes {\n        id\n        implementationCode\n        name\n        type\n        status\n        acceptingTiers\n        scheduledVersion\n        retiredOn\n        inForce { version content { caseKind statutoryDays promisedDays implementingBodyId } }\n        draft { version content { caseKind statutoryDays promisedDays implementingBodyId } }\n      }\n    }\n  }\n": types.MattersDocument,
    "\n  query Matter($id: ID!) {\n    matter(id: $id) {\n      id\n      implementationCode\n      basicCode\n      name\n      type\n      status\n      retiredAt\n      retiredOn\n      retirementReason\n      scheduledVersion\n      acceptingTiers\n      inForce { ...MatterVersionFields }\n      draft { ...MatterVersionFields }\n      versions { version status effectiveFrom publishedAt scheduled withdrawalReason }\n    }\n  }\n": types.MatterDocument,
    "\n  query MatterVersion($matterId: ID!, $version: Int!) {\n    matterVersion(matterId: $matterId, version: $version) { ...MatterVersionFields }\n  }\n": types.MatterVersionDocument,
    "\n  mutation CreateMatter($input: MatterContentInput!) {\n    createMatter(input: $input) { id }\n  }\n": types.CreateMatterDocument,
    "\n  mutation UpdateMatterDraft($matterId: ID!, $input: MatterContentInput!) {\n    updateMatterDraft(matterId: $matterId, input: $input) { id name draft { ...MatterVersionFields } }\n  }\n": types.UpdateMatterDraftDocument,
    "\n  mutation PublishMatter($matterId: ID!, $effectiveFrom: String) {\n    publishMatter(matterId: $matterId, effectiveFrom: $effectiveFrom) { matterId version effectiveFrom }\n  }\n": types.PublishMatterDocument,
    "\n  mutation OpenDraft($matterId: ID!) {\n    openDraft(matterId: $matterId) { matterId version }\n  }\n": types.OpenDraftDocument,
    "\n  mutation RetireMatter($matterId: ID!, $reason: String!, $effectiveOn: String!) {\n    retireMatter(matterId: $matterId, reason: $reason, effectiveOn: $effectiveOn) { id status retiredAt retiredOn retirementReason }\n  }\n": types.RetireMatterDocument,
    "\n  mutation WithdrawMatterVersion($matterId: ID!, $version: Int!, $reason: String!) {\n    withdrawMatterVersion(matterId: $matterId, version: $version, reason: $reason) { matterId version status withdrawalReason }\n  }\n": types.WithdrawMatterVersionDocument,
    "\n  query EffectiveCatalog($orgUnitId: ID!) {\n    effectiveCatalog(orgUnitId: $orgUnitId) {\n      matterId\n      version\n      countyPromisedDays\n      decidedHere\n      windowName\n      content { name promisedDays place hours consultPhone materials { name } }\n      localSettings { orgUnitId orgUnitName address hours phone promisedDays windowId windowName windowClosed updatedAt }\n      promiseSources { tier unitName promisedDays inEffect }\n    }\n  }\n": types.EffectiveCatalogDocument,
    "\n  mutation SetLocalSetting($matterId: ID!, $orgUnitId: ID!, $input: LocalSettingInput!) {\n    setLocalSetting(matterId: $matterId, orgUnitId: $orgUnitId, input: $input) {\n      orgUnitId\n      address\n      hours\n      phone\n      promisedDays\n      updatedAt\n    }\n  }\n": types.SetLocalSettingDocument,
    "\n  query Delegations($active: Boolean, $first: Int, $after: String) {\n    delegations(active: $active, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      nodes {\n        id\n        department { id name code }\n        granteeUserId\n        granteeUserName\n        uses { id matterCode action usedAt }\n        granteeWindow { id name code }\n        allMatters\n        matterCodes\n        validFrom\n        validUntil\n        revokedAt\n        reason\n        active\n      }\n    }\n  }\n": types.DelegationsDocument,
    "\n  mutation GrantDelegation($input: GrantDelegationInput!) {\n    grantDelegation(input: $input) { id }\n  }\n": types.GrantDelegationDocument,
    "\n  mutation RevokeDelegation($id: ID!) {\n    revokeDelegation(id: $id) { id revokedAt active }\n  }\n": types.RevokeDelegationDocument,
    "\n  fragment CaseRatingFields on CaseRating {\n    id\n    caseId\n    caseNumber\n    matterName\n    grade\n    dimensions { dimension grade }\n    comment\n    channel\n    byProxy\n    anonymous\n    bad\n    ratedAt\n    rectificationId\n    acceptingUnit { id name }\n    decidingUnit { id name }\n    acceptedBy { id name }\n    decidedBy { id name }\n    recordedBy { id name }\n  }\n": types.CaseRatingFieldsFragmentDoc,
    "\n  query CaseRating($caseId: ID!) {\n    caseRating(caseId: $caseId) { ...CaseRatingFields }\n  }\n": types.CaseRatingDocument,
    "\n  mutation RateCase($caseId: ID!, $input: RateCaseInput!) {\n    rateCase(caseId: $caseId, input: $input) { ...CaseRatingFields }\n  }\n": types.RateCaseDocument,
    "\n  mutation RatePublicCase($countyCode: String!, $caseNumber: String!, $verificationCode: String!, $input: RateCaseInput!) {\n    ratePublicCase(countyCode: $countyCode, caseNumber: $caseNumber, verificationCode: $verificationCode, input: $input) { caseNumber grade ratedAt }\n  }\n": types.RatePublicCaseDocument,
    "\n  query Ratings($first: Int, $after: String, $filter: RatingFilter) {\n    ratings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { ...CaseRatingFields }\n      pageInfo { endCursor hasNextPage }\n      gradeCounts { grade count }\n    }\n  }\n": types.RatingsDocument,
    "\n  fragment RectificationFields on Rectification {\n    id\n    ratingId\n    caseId\n    caseNumber\n    matterName\n    grade\n    comment\n    responsibleUnit { id name }\n    state\n    openedOn\n    dueDate\n    dueProvisional\n    warning\n    canAct\n    verification { text at by { id name } }\n    measures { text at by { id name } }\n    callback { text at by { id name } }\n    applicantAnswer\n    review { text at by { id name } }\n  }\n": types.RectificationFieldsFragmentDoc,
    "\n  query Rectifications($first: Int, $after: String, $states: [RectificationState!]) {\n    rectifications(first: $first, after: $after, states: $states) {\n      totalCount\n      nodes { ...RectificationFields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.RectificationsDocument,
    "\n  mutation VerifyRectification($id: ID!, $input: RectificationStepInput!) {\n    verifyRectification(id: $id, input: $input) { ...RectificationFields }\n  }\n": types.VerifyRectificationDocument,
    "\n  mutation RecordRectificationMeasures($id: ID!, $input: RectificationStepInput!) {\n    recordRectificationMeasures(id: $id, input: $input) { ...RectificationFields }\n  }\n": types.RecordRectificationMeasuresDocument,
    "\n  mutation RecordRectificationCallback($id: ID!, $input: RectificationStepInput!) {\n    recordRectificationCallback(id: $id, input: $input) { ...RectificationFields }\n  }\n": types.RecordRectificationCallbackDocument,
    "\n  mutation CloseRectification($id: ID!, $input: RectificationStepInput!) {\n    closeRectification(id: $id, input: $input) { ...RectificationFields }\n  }\n": types.CloseRectificationDocument,
    "\n  query EvaluationRules {\n    evaluationRules { badGrades rectificationWorkingDays anonymousBadOpensRectification isDefault updatedAt }\n  }\n": types.EvaluationRulesDocument,
    "\n  fragment CaseFeeFields on CaseFee {\n    id\n    name\n    basis\n    amountYuan\n    status\n    bankReceiptNumber\n    paidOn\n    waivedGroup\n    waiveReason\n    settledBy\n    settledAt\n  }\n": types.CaseFeeFieldsFragmentDoc,
    "\n  query CaseFees($id: ID!) {\n    case(id: $id) {\n      id\n      fees { ...CaseFeeFields }\n      delivery { method trackingNumber address notes }\n      deliveryOptions\n    }\n  }\n": types.CaseFeesDocument,
    "\n  mutation RecordCasePayment($caseId: ID!, $input: RecordCasePaymentInput!) {\n    recordCasePayment(caseId: $caseId, input: $input) { ...CaseFeeFields }\n  }\n": types.RecordCasePaymentDocument,
    "\n  mutation WaiveCaseFee($caseId: ID!, $input: WaiveCaseFeeInput!) {\n    waiveCaseFee(caseId: $caseId, input: $input) { ...CaseFeeFields }\n  }\n": types.WaiveCaseFeeDocument,
    "\n  fragment GuideMatterFields on GuideMatter {\n    matterId\n    version\n    effectiveFrom\n    countyCode\n    countyName\n    implementingBodyName\n    windowName\n    unitCode\n    unitName\n    promiseSources { tier unitName promisedDays inEffect }\n    content { ...MatterContentFields }\n  }\n": types.GuideMatterFieldsFragmentDoc,
    "\n  query GuideSearch($countyCode: String!, $query: String, $tier: Tier, $type: MatterType, $applicantKind: ApplicantKind, $first: Int, $after: String) {\n    guideSearch(countyCode: $countyCode, query: $query, tier: $tier, type: $type, applicantKind: $applicantKind, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      nodes {\n        matterId\n        countyName\n        implementingBodyName\n        content { name implementationCode type caseKind promisedDays statutoryDays acceptingTiers visits onlineDepth }\n      }\n    }\n  }\n": types.GuideSearchDocument,
    "\n  query GuideMatter($countyCode: String!, $implementationCode: String!, $unitCode: String) {\n    guideMatter(countyCode: $countyCode, implementationCode: $implementationCode, unitCode: $unitCode) { ...GuideMatterFields }\n  }\n": types.GuideMatterDocument,
    "\n  query GuideForUnit($orgUnitCode: String!) {\n    guideForUnit(orgUnitCode: $orgUnitCode) {\n      unitCode\n      unitName\n      tier\n      centerName\n      countyCode\n      countyName\n      here { ...GuideMatterFields }\n      elsewhere { unitCode unitName tier centerName matters { matterId unitCode content { name implementationCode promisedDays place } } }\n    }\n  }\n": types.GuideForUnitDocument,
    "\n  query GuidePlaces($countyCode: String!, $query: String, $townshipCode: String, $first: Int) {\n    guidePlaces(countyCode: $countyCode, query: $query, townshipCode: $townshipCode, first: $first) {\n      code\n      name\n      tier\n      townshipName\n      centerName\n    }\n  }\n": types.GuidePlacesDocument,
    "\n  fragment LedgerMeasuresFields on LedgerMeasures {\n    materials { before after reduced compression }\n    steps { before after reduced compression }\n    procedures { before after reduced compression }\n    statutoryDays { before after reduced compression }\n    promisedDays { before after reduced compression }\n    visits { before after reduced compression }\n    feeItems { before after reduced compression }\n    feeTotal { before after reduced compression }\n  }\n": types.LedgerMeasuresFieldsFragmentDoc,
    "\n  query CatalogLedger($fromDate: String!, $toDate: String!, $changedOnly: Boolean) {\n    catalogLedger(fromDate: $fromDate, toDate: $toDate, changedOnly: $changedOnly) {\n      fromDate\n      toDate\n      changedOnly\n      changed\n      added\n      retired\n      optimized\n      devolved\n      matters { before after reduced compression }\n      handlingUnits { before after reduced compression }\n      totals { ...LedgerMeasuresFields }\n      continuingTotals { ...LedgerMeasuresFields }\n      rows {\n        matterId\n        implementationCode\n        name\n        added\n        retired\n        optimized\n        devolved\n        devolvedTo\n        changed\n        measures { ...LedgerMeasuresFields }\n      }\n    }\n  }\n": types.CatalogLedgerDocument,
    "\n  query MatterComparison($matterId: ID!, $fromVersion: Int!, $toVersion: Int!) {\n    matterComparison(matterId: $matterId, fromVersion: $fromVersion, toVersion: $toVersion) {\n      matterId\n      implementationCode\n      name\n      measures { ...LedgerMeasuresFields }\n      before { version effectiveFrom materials steps procedures feeItems feeTotal promisedDays statutoryDays visits }\n      after { version effectiveFrom materials steps procedures feeItems feeTotal promisedDays statutoryDays visits }\n    }\n  }\n": types.MatterComparisonDocument,
    "\n  query CaseMaterialFiles($id: ID!) {\n    case(id: $id) {\n      id\n      missingMaterials\n      materialFiles { id materialName mime bytes sha256 width height uploadedBy uploadedAt url }\n    }\n  }\n": types.CaseMaterialFilesDocument,
    "\n  query CaseNotices($id: ID!) {\n    case(id: $id) {\n      id\n      notices { id kind channel status recipientMasked body attempts lastError createdAt sentAt }\n    }\n  }\n": types.CaseNoticesDocument,
    "\n  query SupervisionHandoffs($first: Int, $after: String) {\n    supervisionHandoffs(first: $first, after: $after) {\n      totalCount\n      nodes { id caseId caseNumber matterName licenseeName supervisingUnitName approvedByName decidedOn receivedAt }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.SupervisionHandoffsDocument,
    "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    code\n    name\n    kind\n    parentId\n    path\n    pinyin\n    pinyinInitials\n    childCount\n    address\n    openingHours\n    phone\n    closedAt\n  }\n": types.OrgUnitFieldsFragmentDoc,
    "\n  fragment PageInfoFields on PageInfo {\n    endCursor\n    hasNextPage\n  }\n": types.PageInfoFieldsFragmentDoc,
    "\n  query OrgUnits($parentId: ID, $kind: OrgUnitKind, $first: Int, $after: String) {\n    orgUnits(parentId: $parentId, kind: $kind, first: $first, after: $after) {\n      totalCount\n      nodes { ...OrgUnitFields }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": types.OrgUnitsDocument,
    "\n  query SearchOrgUnits($query: String!, $first: Int) {\n    searchOrgUnits(query: $query, first: $first) { nodes { ...OrgUnitFields } }\n  }\n": types.SearchOrgUnitsDocument,
    "\n  mutation UpdateOrgUnitDetails($id: ID!, $input: OrgUnitDetailsInput!) {\n    updateOrgUnitDetails(id: $id, input: $input) { ...OrgUnitFields }\n  }\n": types.UpdateOrgUnitDetailsDocument,
    "\n  mutation CreateWindow($parentId: ID!, $name: String!) {\n    createOrgUnit(input: { parentId: $parentId, kind: WINDOW, name: $name }) { ...OrgUnitFields }\n  }\n": types.CreateWindowDocument,
    "\n  mutation RenameWindow($id: ID!, $name: String!) {\n    renameWindow(id: $id, name: $name) { ...OrgUnitFields }\n  }\n": types.RenameWindowDocument,
    "\n  mutation CloseWindow($id: ID!, $reason: String) {\n    closeWindow(id: $id, reason: $reason) { ...OrgUnitFields }\n  }\n": types.CloseWindowDocument,
    "\n  query GuideSynonyms {\n    guideSynonyms {\n      term\n      expansion\n      createdAt\n    }\n  }\n": types.GuideSynonymsDocument,
    "\n  mutation SetGuideSynonym($term: String!, $expansion: String!) {\n    setGuideSynonym(term: $term, expansion: $expansion) {\n      term\n      expansion\n    }\n  }\n": types.SetGuideSynonymDocument,
    "\n  mutation RemoveGuideSynonym($term: String!) {\n    removeGuideSynonym(term: $term)\n  }\n": types.RemoveGuideSynonymDocument,
    "\n  query Tenants($search: String, $first: Int, $after: String) {\n    tenants(search: $search, first: $first, after: $after) {\n      totalCount\n      nodes { id divisionCode name createdAt }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": types.TenantsDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) { id divisionCode name createdAt }\n  }\n": types.CreateTenantDocument,
    "\n  fragment UserFields on UserView {\n    id\n    username\n    displayName\n    phone\n    locked\n    disabled\n    memberships { id role createdAt orgUnit { id code name kind path } }\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      nodes { ...UserFields }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { ...UserFields }\n  }\n": types.CreateUserDocument,
    "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) { id role }\n  }\n": types.AddMembershipDocument,
    "\n  mutation RevokeMembership($id: ID!) {\n    revokeMembership(id: $id) { id }\n  }\n": types.RevokeMembershipDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) { ...UserFields }\n  }\n": types.UnlockUserDocument,
    "\n  query CatalogWork {\n    catalogWork {\n      draftCount\n      drafts {\n        matterId\n        implementationCode\n        name\n        version\n        savedAt\n        published\n      }\n      upcoming {\n        matterId\n        implementationCode\n        name\n        version\n        effectiveFrom\n      }\n      settingsNotInEffect {\n        matterId\n        name\n        orgUnitId\n        unitName\n        tier\n        promisedDays\n        promiseSources {\n          tier\n          unitName\n          promisedDays\n          inEffect\n        }\n      }\n    }\n  }\n": types.CatalogWorkDocument,
    "\n  fragment ApplicantFields on ApplicantView {\n    id\n    kind\n    name\n    idKind\n    idNumberMasked\n    birthDate\n    phone\n    address\n    residenceUnitId\n    residenceUnitName\n    elderly\n    specialGroups\n  }\n": types.ApplicantFieldsFragmentDoc,
    "\n  query Applicants($search: String, $first: Int, $after: String) {\n    applicants(search: $search, first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...ApplicantFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ApplicantsDocument,
    "\n  mutation RegisterApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      ...ApplicantFields\n    }\n  }\n": types.RegisterApplicantDocument,
    "\n  mutation RevealApplicantIdNumber($id: ID!) {\n    revealApplicantIdNumber(id: $id)\n  }\n": types.RevealApplicantIdNumberDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      nodes {\n        seq\n        at\n        actorId\n        actorName\n        onBehalfOf\n        action\n        actionLabelZh\n        actionLabelEn\n        subjectType\n        subjectTypeLabelZh\n        subjectTypeLabelEn\n        subjectId\n        subjectName\n        subjectPath\n        details { key labelZh labelEn valueZh valueEn }\n        hash\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      nodes {\n        seq\n        at\n        actorId\n        actorName\n        onBehalfOf\n        action\n        actionLabelZh\n        actionLabelEn\n        subjectType\n        subjectTypeLabelZh\n        subjectTypeLabelEn\n        subjectId\n        subjectName\n        subjectPath\n        details { key labelZh labelEn valueZh valueEn }\n        hash\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActions {\n    auditActions { library libraryLabelZh libraryLabelEn action labelZh labelEn }\n  }\n"): (typeof documents)["\n  query AuditActions {\n    auditActions { library libraryLabelZh libraryLabelEn action labelZh labelEn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditPeople($search: String) {\n    users(search: $search, first: 20) {\n      nodes { id username displayName }\n    }\n  }\n"): (typeof documents)["\n  query AuditPeople($search: String) {\n    users(search: $search, first: 20) {\n      nodes { id username displayName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain {\n    verifyAuditChain { ok checked resumedFromSeq firstBrokenSeq reason }\n  }\n"): (typeof documents)["\n  query VerifyAuditChain {\n    verifyAuditChain { ok checked resumedFromSeq firstBrokenSeq reason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeFields on Me {\n    id\n    username\n    displayName\n    roles\n    rules { action subject inverted conditions }\n    tenant { id divisionCode name }\n    memberships { id role createdAt orgUnit { id code name kind path } }\n  }\n"): (typeof documents)["\n  fragment MeFields on Me {\n    id\n    username\n    displayName\n    roles\n    rules { action subject inverted conditions }\n    tenant { id divisionCode name }\n    memberships { id role createdAt orgUnit { id code name kind path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { accessToken refreshToken expiresIn me { ...MeFields } }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { accessToken refreshToken expiresIn me { ...MeFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) { accessToken refreshToken expiresIn }\n  }\n"): (typeof documents)["\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) { accessToken refreshToken expiresIn }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { ...MeFields }\n  }\n"): (typeof documents)["\n  query Me {\n    me { ...MeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingCalendar($year: Int!) {\n    workingCalendar(year: $year) {\n      ...CalendarYearFields\n    }\n  }\n"): (typeof documents)["\n  query WorkingCalendar($year: Int!) {\n    workingCalendar(year: $year) {\n      ...CalendarYearFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarYearFields on CalendarYearView {\n    year\n    status\n    confirmedAt\n    confirmedByName\n    workingDays\n    days {\n      date\n      kind\n      name\n      source\n      nationalKind\n      setByName\n      setAt\n    }\n  }\n"): (typeof documents)["\n  fragment CalendarYearFields on CalendarYearView {\n    year\n    status\n    confirmedAt\n    confirmedByName\n    workingDays\n    days {\n      date\n      kind\n      name\n      source\n      nationalKind\n      setByName\n      setAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnconfirmedCalendarYears {\n    unconfirmedCalendarYears\n  }\n"): (typeof documents)["\n  query UnconfirmedCalendarYears {\n    unconfirmedCalendarYears\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DueDate($countyCode: String!, $acceptedOn: String!, $workingDays: Int!, $naturalDayCap: Int) {\n    dueDate(countyCode: $countyCode, acceptedOn: $acceptedOn, workingDays: $workingDays, naturalDayCap: $naturalDayCap) {\n      date\n      provisional\n      unconfirmedYears\n      limitedBy\n    }\n  }\n"): (typeof documents)["\n  query DueDate($countyCode: String!, $acceptedOn: String!, $workingDays: Int!, $naturalDayCap: Int) {\n    dueDate(countyCode: $countyCode, acceptedOn: $acceptedOn, workingDays: $workingDays, naturalDayCap: $naturalDayCap) {\n      date\n      provisional\n      unconfirmedYears\n      limitedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCalendarDay($date: String!, $kind: CalendarDayKind!, $name: String!) {\n    setCalendarDay(date: $date, kind: $kind, name: $name) {\n      ...CalendarYearFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCalendarDay($date: String!, $kind: CalendarDayKind!, $name: String!) {\n    setCalendarDay(date: $date, kind: $kind, name: $name) {\n      ...CalendarYearFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearCalendarDay($date: String!) {\n    clearCalendarDay(date: $date) {\n      ...CalendarYearFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClearCalendarDay($date: String!) {\n    clearCalendarDay(date: $date) {\n      ...CalendarYearFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmCalendarYear($year: Int!) {\n    confirmCalendarYear(year: $year) {\n      ...CalendarYearFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmCalendarYear($year: Int!) {\n    confirmCalendarYear(year: $year) {\n      ...CalendarYearFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenCalendarYear($year: Int!) {\n    reopenCalendarYear(year: $year) {\n      ...CalendarYearFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenCalendarYear($year: Int!) {\n    reopenCalendarYear(year: $year) {\n      ...CalendarYearFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseRulesFields on CaseRules {\n    yellowWorkingDaysLeft\n    yellowSharePercent\n    gapsDueWorkingDays\n    greenChannelWorkingDays\n    greenChannelMinInvestmentWan\n    greenChannelDeemedApproval\n    isDefault\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment CaseRulesFields on CaseRules {\n    yellowWorkingDaysLeft\n    yellowSharePercent\n    gapsDueWorkingDays\n    greenChannelWorkingDays\n    greenChannelMinInvestmentWan\n    greenChannelDeemedApproval\n    isDefault\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseRules {\n    caseRules {\n      ...CaseRulesFields\n    }\n  }\n"): (typeof documents)["\n  query CaseRules {\n    caseRules {\n      ...CaseRulesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCaseRules($input: CaseRulesInput!) {\n    setCaseRules(input: $input) {\n      ...CaseRulesFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetCaseRules($input: CaseRulesInput!) {\n    setCaseRules(input: $input) {\n      ...CaseRulesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDeemedApprovals {\n    recordDeemedApprovals\n  }\n"): (typeof documents)["\n  mutation RecordDeemedApprovals {\n    recordDeemedApprovals\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseJoint($id: ID!) {\n    case(id: $id) {\n      id\n      state\n      availableActions\n      tasks { id department { id name } state reason opinionByName opinionAt canGiveOpinion }\n      surveys { id departments { id name } reason startedOn endedOn }\n      decidedBy { userId displayName onBehalfOf { id name } delegationId }\n    }\n  }\n"): (typeof documents)["\n  query CaseJoint($id: ID!) {\n    case(id: $id) {\n      id\n      state\n      availableActions\n      tasks { id department { id name } state reason opinionByName opinionAt canGiveOpinion }\n      surveys { id departments { id name } reason startedOn endedOn }\n      decidedBy { userId displayName onBehalfOf { id name } delegationId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GiveCaseTaskOpinion($taskId: ID!, $input: CaseTaskOpinionInput!) {\n    giveCaseTaskOpinion(taskId: $taskId, input: $input) { id state reason opinionByName opinionAt canGiveOpinion }\n  }\n"): (typeof documents)["\n  mutation GiveCaseTaskOpinion($taskId: ID!, $input: CaseTaskOpinionInput!) {\n    giveCaseTaskOpinion(taskId: $taskId, input: $input) { id state reason opinionByName opinionAt canGiveOpinion }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseFields on ServiceCase {\n    id\n    caseNumber\n    verificationCode\n    state\n    matterId\n    matterName\n    matterVersion\n    applicantName\n    limitWorkingDays\n    acceptedOn\n    dueDate\n    dueProvisional\n    warning\n    supplementCount\n    missingMaterials\n    gapsDueDate\n    outcome\n    suspendedWorkingDays\n    submittedAt\n    availableActions\n    acceptanceMode\n    greenChannel\n    investmentWan\n    deemedApproval\n    decidedBySilence\n    acceptingUnit { id name }\n    currentUnit { id name }\n    decidingUnit { id name }\n  }\n"): (typeof documents)["\n  fragment CaseFields on ServiceCase {\n    id\n    caseNumber\n    verificationCode\n    state\n    matterId\n    matterName\n    matterVersion\n    applicantName\n    limitWorkingDays\n    acceptedOn\n    dueDate\n    dueProvisional\n    warning\n    supplementCount\n    missingMaterials\n    gapsDueDate\n    outcome\n    suspendedWorkingDays\n    submittedAt\n    availableActions\n    acceptanceMode\n    greenChannel\n    investmentWan\n    deemedApproval\n    decidedBySilence\n    acceptingUnit { id name }\n    currentUnit { id name }\n    decidingUnit { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($first: Int, $after: String, $unitId: ID, $states: [CaseState!], $openOnly: Boolean) {\n    cases(first: $first, after: $after, unitId: $unitId, states: $states, openOnly: $openOnly) {\n      totalCount\n      nodes { ...CaseFields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query Cases($first: Int, $after: String, $unitId: ID, $states: [CaseState!], $openOnly: Boolean) {\n    cases(first: $first, after: $after, unitId: $unitId, states: $states, openOnly: $openOnly) {\n      totalCount\n      nodes { ...CaseFields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n      timeline { seq at actorName onBehalfOf action actionLabelZh actionLabelEn details { key labelZh labelEn value valueZh valueEn } }\n    }\n  }\n"): (typeof documents)["\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n      timeline { seq at actorName onBehalfOf action actionLabelZh actionLabelEn details { key labelZh labelEn value valueZh valueEn } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeMatters($orgUnitCode: String!) {\n    guideForUnit(orgUnitCode: $orgUnitCode) {\n      unitName\n      here { matterId content { name implementationCode caseKind promisedDays materials { name required deferrable sharedData } } }\n    }\n  }\n"): (typeof documents)["\n  query IntakeMatters($orgUnitCode: String!) {\n    guideForUnit(orgUnitCode: $orgUnitCode) {\n      unitName\n      here { matterId content { name implementationCode caseKind promisedDays materials { name required deferrable sharedData } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseProgress($countyCode: String!, $caseNumber: String!, $verificationCode: String!) {\n    caseProgress(countyCode: $countyCode, caseNumber: $caseNumber, verificationCode: $verificationCode) {\n      caseNumber\n      matterName\n      state\n      acceptedOn\n      dueDate\n      dueProvisional\n      outcome\n      acceptingUnitName\n      place\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  query CaseProgress($countyCode: String!, $caseNumber: String!, $verificationCode: String!) {\n    caseProgress(countyCode: $countyCode, caseNumber: $caseNumber, verificationCode: $verificationCode) {\n      caseNumber\n      matterName\n      state\n      acceptedOn\n      dueDate\n      dueProvisional\n      outcome\n      acceptingUnitName\n      place\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCase($input: SubmitCaseInput!) {\n    submitCase(input: $input) { ...CaseFields }\n  }\n"): (typeof documents)["\n  mutation SubmitCase($input: SubmitCaseInput!) {\n    submitCase(input: $input) { ...CaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCase($id: ID!, $input: MoveCaseInput!) {\n    acceptCase(id: $id, input: $input) { ...CaseFields }\n  }\n"): (typeof documents)["\n  mutation AcceptCase($id: ID!, $input: MoveCaseInput!) {\n    acceptCase(id: $id, input: $input) { ...CaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSupplement($id: ID!, $input: MoveCaseInput!) {\n    requestSupplement(id: $id, input: $input) { ...CaseFields }\n  }\n"): (typeof documents)["\n  mutation RequestSupplement($id: ID!, $input: MoveCaseInput!) {\n    requestSupplement(id: $id, input: $input) { ...CaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResubmitCase($id: ID!, $input: MoveCaseInput!) {\n    resubmitCase(id: $id, input: $input) { ...CaseFields }\n  }\n"): (typeof documents)["\n  mutation ResubmitCase($id: ID!, $input: MoveCaseInput!) {\n    resubmitCase(id: $id, input: $input) { ...CaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseCase($id: ID!, $input: MoveCaseInput!) {\n    refuseCase(id: $id, input: $input) { ...CaseFields }\n  }\n"): (typeof documents)["\n  mutation RefuseCase($id: ID!, $input: MoveCaseInput!) {\n    refuseCase(id: $id, input: $input) { ...CaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartReview($id: ID!, $input: MoveCaseInput!) {\n    startReview(id: $id, input: $input) { ...CaseFields }\n  }\n"): (typeof documents)["\n  mutation StartReview($id: ID!, $input: MoveCaseInput!) {\n    startReview(id: $id, input: $input) { ...CaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendCase($id: ID!, $input: MoveCaseInput!) {\n    suspendCase(id: $id, input: $input) { ...CaseFields }\n  }\n"): (typeof documents)["\n  mutation SuspendCase($id: ID!, $input: MoveCaseInput!) {\n    suspendCase(id: $id, input: $input) { ...CaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeCase($id: ID!, $input: MoveCaseInput!) {\n    resumeCase(id: $id, input: $input) { ...CaseFields }\n  }\n"): (typeof documents)["\n  mutation ResumeCase($id: ID!, $input: MoveCaseInput!) {\n    resumeCase(id: $id, input: $input) { ...CaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForwardCase($id: ID!, $input: MoveCaseInput!) {\n    forwardCase(id: $id, input: $input) { ...CaseFields }\n  }\n"): (typeof documents)["\n  mutation ForwardCase($id: ID!, $input: MoveCaseInput!) {\n    forwardCase(id: $id, input: $input) { ...CaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiveCase($id: ID!, $input: MoveCaseInput!) {\n    receiveCase(id: $id, input: $input) { ...CaseFields }\n  }\n"): (typeof documents)["\n  mutation ReceiveCase($id: ID!, $input: MoveCaseInput!) {\n    receiveCase(id: $id, input: $input) { ...CaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnCase($id: ID!, $input: MoveCaseInput!) {\n    returnCase(id: $id, input: $input) { ...CaseFields }\n  }\n"): (typeof documents)["\n  mutation ReturnCase($id: ID!, $input: MoveCaseInput!) {\n    returnCase(id: $id, input: $input) { ...CaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideCase($id: ID!, $input: MoveCaseInput!) {\n    decideCase(id: $id, input: $input) { ...CaseFields }\n  }\n"): (typeof documents)["\n  mutation DecideCase($id: ID!, $input: MoveCaseInput!) {\n    decideCase(id: $id, input: $input) { ...CaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliverCase($id: ID!, $input: MoveCaseInput!) {\n    deliverCase(id: $id, input: $input) { ...CaseFields }\n  }\n"): (typeof documents)["\n  mutation DeliverCase($id: ID!, $input: MoveCaseInput!) {\n    deliverCase(id: $id, input: $input) { ...CaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawCase($id: ID!, $input: MoveCaseInput!) {\n    withdrawCase(id: $id, input: $input) { ...CaseFields }\n  }\n"): (typeof documents)["\n  mutation WithdrawCase($id: ID!, $input: MoveCaseInput!) {\n    withdrawCase(id: $id, input: $input) { ...CaseFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatterContentFields on MatterContent {\n    name\n    basicCode\n    implementationCode\n    type\n    subType\n    applicantKinds\n    specialGroups\n    implementingBodyId\n    handlingOffice\n    coImplementingBodyIds\n    legalBasis { level title article }\n    caseKind\n    statutoryDays\n    promisedDays\n    naturalDayCap\n    deemedApproval\n    conditions\n    materials { name form copies required deferrable sharedData note }\n    steps { name kind days counted }\n    fees { name basis amount }\n    resultDocuments\n    deliveryOptions\n    visits\n    onlineDepth\n    proxyAllowed\n    acceptingTiers\n    decidingTier\n    place\n    hours\n    consultPhone\n    supervisionPhone\n    postalAddress\n  }\n"): (typeof documents)["\n  fragment MatterContentFields on MatterContent {\n    name\n    basicCode\n    implementationCode\n    type\n    subType\n    applicantKinds\n    specialGroups\n    implementingBodyId\n    handlingOffice\n    coImplementingBodyIds\n    legalBasis { level title article }\n    caseKind\n    statutoryDays\n    promisedDays\n    naturalDayCap\n    deemedApproval\n    conditions\n    materials { name form copies required deferrable sharedData note }\n    steps { name kind days counted }\n    fees { name basis amount }\n    resultDocuments\n    deliveryOptions\n    visits\n    onlineDepth\n    proxyAllowed\n    acceptingTiers\n    decidingTier\n    place\n    hours\n    consultPhone\n    supervisionPhone\n    postalAddress\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MatterVersionFields on MatterVersion {\n    matterId\n    version\n    status\n    effectiveFrom\n    publishedAt\n    inForce\n    content { ...MatterContentFields }\n  }\n"): (typeof documents)["\n  fragment MatterVersionFields on MatterVersion {\n    matterId\n    version\n    status\n    effectiveFrom\n    publishedAt\n    inForce\n    content { ...MatterContentFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Matters($filter: MattersFilter, $first: Int, $after: String) {\n    matters(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      nodes {\n        id\n        implementationCode\n        name\n        type\n        status\n        acceptingTiers\n        scheduledVersion\n        retiredOn\n        inForce { version content { caseKind statutoryDays promisedDays implementingBodyId } }\n        draft { version content { caseKind statutoryDays promisedDays implementingBodyId } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Matters($filter: MattersFilter, $first: Int, $after: String) {\n    matters(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      nodes {\n        id\n        implementationCode\n        name\n        type\n        status\n        acceptingTiers\n        scheduledVersion\n        retiredOn\n        inForce { version content { caseKind statutoryDays promisedDays implementingBodyId } }\n        draft { version content { caseKind statutoryDays promisedDays implementingBodyId } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Matter($id: ID!) {\n    matter(id: $id) {\n      id\n      implementationCode\n      basicCode\n      name\n      type\n      status\n      retiredAt\n      retiredOn\n      retirementReason\n      scheduledVersion\n      acceptingTiers\n      inForce { ...MatterVersionFields }\n      draft { ...MatterVersionFields }\n      versions { version status effectiveFrom publishedAt scheduled withdrawalReason }\n    }\n  }\n"): (typeof documents)["\n  query Matter($id: ID!) {\n    matter(id: $id) {\n      id\n      implementationCode\n      basicCode\n      name\n      type\n      status\n      retiredAt\n      retiredOn\n      retirementReason\n      scheduledVersion\n      acceptingTiers\n      inForce { ...MatterVersionFields }\n      draft { ...MatterVersionFields }\n      versions { version status effectiveFrom publishedAt scheduled withdrawalReason }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatterVersion($matterId: ID!, $version: Int!) {\n    matterVersion(matterId: $matterId, version: $version) { ...MatterVersionFields }\n  }\n"): (typeof documents)["\n  query MatterVersion($matterId: ID!, $version: Int!) {\n    matterVersion(matterId: $matterId, version: $version) { ...MatterVersionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMatter($input: MatterContentInput!) {\n    createMatter(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CreateMatter($input: MatterContentInput!) {\n    createMatter(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMatterDraft($matterId: ID!, $input: MatterContentInput!) {\n    updateMatterDraft(matterId: $matterId, input: $input) { id name draft { ...MatterVersionFields } }\n  }\n"): (typeof documents)["\n  mutation UpdateMatterDraft($matterId: ID!, $input: MatterContentInput!) {\n    updateMatterDraft(matterId: $matterId, input: $input) { id name draft { ...MatterVersionFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishMatter($matterId: ID!, $effectiveFrom: String) {\n    publishMatter(matterId: $matterId, effectiveFrom: $effectiveFrom) { matterId version effectiveFrom }\n  }\n"): (typeof documents)["\n  mutation PublishMatter($matterId: ID!, $effectiveFrom: String) {\n    publishMatter(matterId: $matterId, effectiveFrom: $effectiveFrom) { matterId version effectiveFrom }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenDraft($matterId: ID!) {\n    openDraft(matterId: $matterId) { matterId version }\n  }\n"): (typeof documents)["\n  mutation OpenDraft($matterId: ID!) {\n    openDraft(matterId: $matterId) { matterId version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireMatter($matterId: ID!, $reason: String!, $effectiveOn: String!) {\n    retireMatter(matterId: $matterId, reason: $reason, effectiveOn: $effectiveOn) { id status retiredAt retiredOn retirementReason }\n  }\n"): (typeof documents)["\n  mutation RetireMatter($matterId: ID!, $reason: String!, $effectiveOn: String!) {\n    retireMatter(matterId: $matterId, reason: $reason, effectiveOn: $effectiveOn) { id status retiredAt retiredOn retirementReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawMatterVersion($matterId: ID!, $version: Int!, $reason: String!) {\n    withdrawMatterVersion(matterId: $matterId, version: $version, reason: $reason) { matterId version status withdrawalReason }\n  }\n"): (typeof documents)["\n  mutation WithdrawMatterVersion($matterId: ID!, $version: Int!, $reason: String!) {\n    withdrawMatterVersion(matterId: $matterId, version: $version, reason: $reason) { matterId version status withdrawalReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EffectiveCatalog($orgUnitId: ID!) {\n    effectiveCatalog(orgUnitId: $orgUnitId) {\n      matterId\n      version\n      countyPromisedDays\n      decidedHere\n      windowName\n      content { name promisedDays place hours consultPhone materials { name } }\n      localSettings { orgUnitId orgUnitName address hours phone promisedDays windowId windowName windowClosed updatedAt }\n      promiseSources { tier unitName promisedDays inEffect }\n    }\n  }\n"): (typeof documents)["\n  query EffectiveCatalog($orgUnitId: ID!) {\n    effectiveCatalog(orgUnitId: $orgUnitId) {\n      matterId\n      version\n      countyPromisedDays\n      decidedHere\n      windowName\n      content { name promisedDays place hours consultPhone materials { name } }\n      localSettings { orgUnitId orgUnitName address hours phone promisedDays windowId windowName windowClosed updatedAt }\n      promiseSources { tier unitName promisedDays inEffect }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLocalSetting($matterId: ID!, $orgUnitId: ID!, $input: LocalSettingInput!) {\n    setLocalSetting(matterId: $matterId, orgUnitId: $orgUnitId, input: $input) {\n      orgUnitId\n      address\n      hours\n      phone\n      promisedDays\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetLocalSetting($matterId: ID!, $orgUnitId: ID!, $input: LocalSettingInput!) {\n    setLocalSetting(matterId: $matterId, orgUnitId: $orgUnitId, input: $input) {\n      orgUnitId\n      address\n      hours\n      phone\n      promisedDays\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Delegations($active: Boolean, $first: Int, $after: String) {\n    delegations(active: $active, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      nodes {\n        id\n        department { id name code }\n        granteeUserId\n        granteeUserName\n        uses { id matterCode action usedAt }\n        granteeWindow { id name code }\n        allMatters\n        matterCodes\n        validFrom\n        validUntil\n        revokedAt\n        reason\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query Delegations($active: Boolean, $first: Int, $after: String) {\n    delegations(active: $active, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      nodes {\n        id\n        department { id name code }\n        granteeUserId\n        granteeUserName\n        uses { id matterCode action usedAt }\n        granteeWindow { id name code }\n        allMatters\n        matterCodes\n        validFrom\n        validUntil\n        revokedAt\n        reason\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GrantDelegation($input: GrantDelegationInput!) {\n    grantDelegation(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation GrantDelegation($input: GrantDelegationInput!) {\n    grantDelegation(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeDelegation($id: ID!) {\n    revokeDelegation(id: $id) { id revokedAt active }\n  }\n"): (typeof documents)["\n  mutation RevokeDelegation($id: ID!) {\n    revokeDelegation(id: $id) { id revokedAt active }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseRatingFields on CaseRating {\n    id\n    caseId\n    caseNumber\n    matterName\n    grade\n    dimensions { dimension grade }\n    comment\n    channel\n    byProxy\n    anonymous\n    bad\n    ratedAt\n    rectificationId\n    acceptingUnit { id name }\n    decidingUnit { id name }\n    acceptedBy { id name }\n    decidedBy { id name }\n    recordedBy { id name }\n  }\n"): (typeof documents)["\n  fragment CaseRatingFields on CaseRating {\n    id\n    caseId\n    caseNumber\n    matterName\n    grade\n    dimensions { dimension grade }\n    comment\n    channel\n    byProxy\n    anonymous\n    bad\n    ratedAt\n    rectificationId\n    acceptingUnit { id name }\n    decidingUnit { id name }\n    acceptedBy { id name }\n    decidedBy { id name }\n    recordedBy { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseRating($caseId: ID!) {\n    caseRating(caseId: $caseId) { ...CaseRatingFields }\n  }\n"): (typeof documents)["\n  query CaseRating($caseId: ID!) {\n    caseRating(caseId: $caseId) { ...CaseRatingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateCase($caseId: ID!, $input: RateCaseInput!) {\n    rateCase(caseId: $caseId, input: $input) { ...CaseRatingFields }\n  }\n"): (typeof documents)["\n  mutation RateCase($caseId: ID!, $input: RateCaseInput!) {\n    rateCase(caseId: $caseId, input: $input) { ...CaseRatingFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RatePublicCase($countyCode: String!, $caseNumber: String!, $verificationCode: String!, $input: RateCaseInput!) {\n    ratePublicCase(countyCode: $countyCode, caseNumber: $caseNumber, verificationCode: $verificationCode, input: $input) { caseNumber grade ratedAt }\n  }\n"): (typeof documents)["\n  mutation RatePublicCase($countyCode: String!, $caseNumber: String!, $verificationCode: String!, $input: RateCaseInput!) {\n    ratePublicCase(countyCode: $countyCode, caseNumber: $caseNumber, verificationCode: $verificationCode, input: $input) { caseNumber grade ratedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ratings($first: Int, $after: String, $filter: RatingFilter) {\n    ratings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { ...CaseRatingFields }\n      pageInfo { endCursor hasNextPage }\n      gradeCounts { grade count }\n    }\n  }\n"): (typeof documents)["\n  query Ratings($first: Int, $after: String, $filter: RatingFilter) {\n    ratings(first: $first, after: $after, filter: $filter) {\n      totalCount\n      nodes { ...CaseRatingFields }\n      pageInfo { endCursor hasNextPage }\n      gradeCounts { grade count }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RectificationFields on Rectification {\n    id\n    ratingId\n    caseId\n    caseNumber\n    matterName\n    grade\n    comment\n    responsibleUnit { id name }\n    state\n    openedOn\n    dueDate\n    dueProvisional\n    warning\n    canAct\n    verification { text at by { id name } }\n    measures { text at by { id name } }\n    callback { text at by { id name } }\n    applicantAnswer\n    review { text at by { id name } }\n  }\n"): (typeof documents)["\n  fragment RectificationFields on Rectification {\n    id\n    ratingId\n    caseId\n    caseNumber\n    matterName\n    grade\n    comment\n    responsibleUnit { id name }\n    state\n    openedOn\n    dueDate\n    dueProvisional\n    warning\n    canAct\n    verification { text at by { id name } }\n    measures { text at by { id name } }\n    callback { text at by { id name } }\n    applicantAnswer\n    review { text at by { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rectifications($first: Int, $after: String, $states: [RectificationState!]) {\n    rectifications(first: $first, after: $after, states: $states) {\n      totalCount\n      nodes { ...RectificationFields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query Rectifications($first: Int, $after: String, $states: [RectificationState!]) {\n    rectifications(first: $first, after: $after, states: $states) {\n      totalCount\n      nodes { ...RectificationFields }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyRectification($id: ID!, $input: RectificationStepInput!) {\n    verifyRectification(id: $id, input: $input) { ...RectificationFields }\n  }\n"): (typeof documents)["\n  mutation VerifyRectification($id: ID!, $input: RectificationStepInput!) {\n    verifyRectification(id: $id, input: $input) { ...RectificationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRectificationMeasures($id: ID!, $input: RectificationStepInput!) {\n    recordRectificationMeasures(id: $id, input: $input) { ...RectificationFields }\n  }\n"): (typeof documents)["\n  mutation RecordRectificationMeasures($id: ID!, $input: RectificationStepInput!) {\n    recordRectificationMeasures(id: $id, input: $input) { ...RectificationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRectificationCallback($id: ID!, $input: RectificationStepInput!) {\n    recordRectificationCallback(id: $id, input: $input) { ...RectificationFields }\n  }\n"): (typeof documents)["\n  mutation RecordRectificationCallback($id: ID!, $input: RectificationStepInput!) {\n    recordRectificationCallback(id: $id, input: $input) { ...RectificationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseRectification($id: ID!, $input: RectificationStepInput!) {\n    closeRectification(id: $id, input: $input) { ...RectificationFields }\n  }\n"): (typeof documents)["\n  mutation CloseRectification($id: ID!, $input: RectificationStepInput!) {\n    closeRectification(id: $id, input: $input) { ...RectificationFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvaluationRules {\n    evaluationRules { badGrades rectificationWorkingDays anonymousBadOpensRectification isDefault updatedAt }\n  }\n"): (typeof documents)["\n  query EvaluationRules {\n    evaluationRules { badGrades rectificationWorkingDays anonymousBadOpensRectification isDefault updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseFeeFields on CaseFee {\n    id\n    name\n    basis\n    amountYuan\n    status\n    bankReceiptNumber\n    paidOn\n    waivedGroup\n    waiveReason\n    settledBy\n    settledAt\n  }\n"): (typeof documents)["\n  fragment CaseFeeFields on CaseFee {\n    id\n    name\n    basis\n    amountYuan\n    status\n    bankReceiptNumber\n    paidOn\n    waivedGroup\n    waiveReason\n    settledBy\n    settledAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseFees($id: ID!) {\n    case(id: $id) {\n      id\n      fees { ...CaseFeeFields }\n      delivery { method trackingNumber address notes }\n      deliveryOptions\n    }\n  }\n"): (typeof documents)["\n  query CaseFees($id: ID!) {\n    case(id: $id) {\n      id\n      fees { ...CaseFeeFields }\n      delivery { method trackingNumber address notes }\n      deliveryOptions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCasePayment($caseId: ID!, $input: RecordCasePaymentInput!) {\n    recordCasePayment(caseId: $caseId, input: $input) { ...CaseFeeFields }\n  }\n"): (typeof documents)["\n  mutation RecordCasePayment($caseId: ID!, $input: RecordCasePaymentInput!) {\n    recordCasePayment(caseId: $caseId, input: $input) { ...CaseFeeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WaiveCaseFee($caseId: ID!, $input: WaiveCaseFeeInput!) {\n    waiveCaseFee(caseId: $caseId, input: $input) { ...CaseFeeFields }\n  }\n"): (typeof documents)["\n  mutation WaiveCaseFee($caseId: ID!, $input: WaiveCaseFeeInput!) {\n    waiveCaseFee(caseId: $caseId, input: $input) { ...CaseFeeFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GuideMatterFields on GuideMatter {\n    matterId\n    version\n    effectiveFrom\n    countyCode\n    countyName\n    implementingBodyName\n    windowName\n    unitCode\n    unitName\n    promiseSources { tier unitName promisedDays inEffect }\n    content { ...MatterContentFields }\n  }\n"): (typeof documents)["\n  fragment GuideMatterFields on GuideMatter {\n    matterId\n    version\n    effectiveFrom\n    countyCode\n    countyName\n    implementingBodyName\n    windowName\n    unitCode\n    unitName\n    promiseSources { tier unitName promisedDays inEffect }\n    content { ...MatterContentFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuideSearch($countyCode: String!, $query: String, $tier: Tier, $type: MatterType, $applicantKind: ApplicantKind, $first: Int, $after: String) {\n    guideSearch(countyCode: $countyCode, query: $query, tier: $tier, type: $type, applicantKind: $applicantKind, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      nodes {\n        matterId\n        countyName\n        implementingBodyName\n        content { name implementationCode type caseKind promisedDays statutoryDays acceptingTiers visits onlineDepth }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GuideSearch($countyCode: String!, $query: String, $tier: Tier, $type: MatterType, $applicantKind: ApplicantKind, $first: Int, $after: String) {\n    guideSearch(countyCode: $countyCode, query: $query, tier: $tier, type: $type, applicantKind: $applicantKind, first: $first, after: $after) {\n      totalCount\n      pageInfo { ...PageInfoFields }\n      nodes {\n        matterId\n        countyName\n        implementingBodyName\n        content { name implementationCode type caseKind promisedDays statutoryDays acceptingTiers visits onlineDepth }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuideMatter($countyCode: String!, $implementationCode: String!, $unitCode: String) {\n    guideMatter(countyCode: $countyCode, implementationCode: $implementationCode, unitCode: $unitCode) { ...GuideMatterFields }\n  }\n"): (typeof documents)["\n  query GuideMatter($countyCode: String!, $implementationCode: String!, $unitCode: String) {\n    guideMatter(countyCode: $countyCode, implementationCode: $implementationCode, unitCode: $unitCode) { ...GuideMatterFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuideForUnit($orgUnitCode: String!) {\n    guideForUnit(orgUnitCode: $orgUnitCode) {\n      unitCode\n      unitName\n      tier\n      centerName\n      countyCode\n      countyName\n      here { ...GuideMatterFields }\n      elsewhere { unitCode unitName tier centerName matters { matterId unitCode content { name implementationCode promisedDays place } } }\n    }\n  }\n"): (typeof documents)["\n  query GuideForUnit($orgUnitCode: String!) {\n    guideForUnit(orgUnitCode: $orgUnitCode) {\n      unitCode\n      unitName\n      tier\n      centerName\n      countyCode\n      countyName\n      here { ...GuideMatterFields }\n      elsewhere { unitCode unitName tier centerName matters { matterId unitCode content { name implementationCode promisedDays place } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuidePlaces($countyCode: String!, $query: String, $townshipCode: String, $first: Int) {\n    guidePlaces(countyCode: $countyCode, query: $query, townshipCode: $townshipCode, first: $first) {\n      code\n      name\n      tier\n      townshipName\n      centerName\n    }\n  }\n"): (typeof documents)["\n  query GuidePlaces($countyCode: String!, $query: String, $townshipCode: String, $first: Int) {\n    guidePlaces(countyCode: $countyCode, query: $query, townshipCode: $townshipCode, first: $first) {\n      code\n      name\n      tier\n      townshipName\n      centerName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LedgerMeasuresFields on LedgerMeasures {\n    materials { before after reduced compression }\n    steps { before after reduced compression }\n    procedures { before after reduced compression }\n    statutoryDays { before after reduced compression }\n    promisedDays { before after reduced compression }\n    visits { before after reduced compression }\n    feeItems { before after reduced compression }\n    feeTotal { before after reduced compression }\n  }\n"): (typeof documents)["\n  fragment LedgerMeasuresFields on LedgerMeasures {\n    materials { before after reduced compression }\n    steps { before after reduced compression }\n    procedures { before after reduced compression }\n    statutoryDays { before after reduced compression }\n    promisedDays { before after reduced compression }\n    visits { before after reduced compression }\n    feeItems { before after reduced compression }\n    feeTotal { before after reduced compression }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogLedger($fromDate: String!, $toDate: String!, $changedOnly: Boolean) {\n    catalogLedger(fromDate: $fromDate, toDate: $toDate, changedOnly: $changedOnly) {\n      fromDate\n      toDate\n      changedOnly\n      changed\n      added\n      retired\n      optimized\n      devolved\n      matters { before after reduced compression }\n      handlingUnits { before after reduced compression }\n      totals { ...LedgerMeasuresFields }\n      continuingTotals { ...LedgerMeasuresFields }\n      rows {\n        matterId\n        implementationCode\n        name\n        added\n        retired\n        optimized\n        devolved\n        devolvedTo\n        changed\n        measures { ...LedgerMeasuresFields }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogLedger($fromDate: String!, $toDate: String!, $changedOnly: Boolean) {\n    catalogLedger(fromDate: $fromDate, toDate: $toDate, changedOnly: $changedOnly) {\n      fromDate\n      toDate\n      changedOnly\n      changed\n      added\n      retired\n      optimized\n      devolved\n      matters { before after reduced compression }\n      handlingUnits { before after reduced compression }\n      totals { ...LedgerMeasuresFields }\n      continuingTotals { ...LedgerMeasuresFields }\n      rows {\n        matterId\n        implementationCode\n        name\n        added\n        retired\n        optimized\n        devolved\n        devolvedTo\n        changed\n        measures { ...LedgerMeasuresFields }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MatterComparison($matterId: ID!, $fromVersion: Int!, $toVersion: Int!) {\n    matterComparison(matterId: $matterId, fromVersion: $fromVersion, toVersion: $toVersion) {\n      matterId\n      implementationCode\n      name\n      measures { ...LedgerMeasuresFields }\n      before { version effectiveFrom materials steps procedures feeItems feeTotal promisedDays statutoryDays visits }\n      after { version effectiveFrom materials steps procedures feeItems feeTotal promisedDays statutoryDays visits }\n    }\n  }\n"): (typeof documents)["\n  query MatterComparison($matterId: ID!, $fromVersion: Int!, $toVersion: Int!) {\n    matterComparison(matterId: $matterId, fromVersion: $fromVersion, toVersion: $toVersion) {\n      matterId\n      implementationCode\n      name\n      measures { ...LedgerMeasuresFields }\n      before { version effectiveFrom materials steps procedures feeItems feeTotal promisedDays statutoryDays visits }\n      after { version effectiveFrom materials steps procedures feeItems feeTotal promisedDays statutoryDays visits }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseMaterialFiles($id: ID!) {\n    case(id: $id) {\n      id\n      missingMaterials\n      materialFiles { id materialName mime bytes sha256 width height uploadedBy uploadedAt url }\n    }\n  }\n"): (typeof documents)["\n  query CaseMaterialFiles($id: ID!) {\n    case(id: $id) {\n      id\n      missingMaterials\n      materialFiles { id materialName mime bytes sha256 width height uploadedBy uploadedAt url }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseNotices($id: ID!) {\n    case(id: $id) {\n      id\n      notices { id kind channel status recipientMasked body attempts lastError createdAt sentAt }\n    }\n  }\n"): (typeof documents)["\n  query CaseNotices($id: ID!) {\n    case(id: $id) {\n      id\n      notices { id kind channel status recipientMasked body attempts lastError createdAt sentAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionHandoffs($first: Int, $after: String) {\n    supervisionHandoffs(first: $first, after: $after) {\n      totalCount\n      nodes { id caseId caseNumber matterName licenseeName supervisingUnitName approvedByName decidedOn receivedAt }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionHandoffs($first: Int, $after: String) {\n    supervisionHandoffs(first: $first, after: $after) {\n      totalCount\n      nodes { id caseId caseNumber matterName licenseeName supervisingUnitName approvedByName decidedOn receivedAt }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    code\n    name\n    kind\n    parentId\n    path\n    pinyin\n    pinyinInitials\n    childCount\n    address\n    openingHours\n    phone\n    closedAt\n  }\n"): (typeof documents)["\n  fragment OrgUnitFields on OrgUnit {\n    id\n    code\n    name\n    kind\n    parentId\n    path\n    pinyin\n    pinyinInitials\n    childCount\n    address\n    openingHours\n    phone\n    closedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageInfoFields on PageInfo {\n    endCursor\n    hasNextPage\n  }\n"): (typeof documents)["\n  fragment PageInfoFields on PageInfo {\n    endCursor\n    hasNextPage\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgUnits($parentId: ID, $kind: OrgUnitKind, $first: Int, $after: String) {\n    orgUnits(parentId: $parentId, kind: $kind, first: $first, after: $after) {\n      totalCount\n      nodes { ...OrgUnitFields }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"): (typeof documents)["\n  query OrgUnits($parentId: ID, $kind: OrgUnitKind, $first: Int, $after: String) {\n    orgUnits(parentId: $parentId, kind: $kind, first: $first, after: $after) {\n      totalCount\n      nodes { ...OrgUnitFields }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchOrgUnits($query: String!, $first: Int) {\n    searchOrgUnits(query: $query, first: $first) { nodes { ...OrgUnitFields } }\n  }\n"): (typeof documents)["\n  query SearchOrgUnits($query: String!, $first: Int) {\n    searchOrgUnits(query: $query, first: $first) { nodes { ...OrgUnitFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrgUnitDetails($id: ID!, $input: OrgUnitDetailsInput!) {\n    updateOrgUnitDetails(id: $id, input: $input) { ...OrgUnitFields }\n  }\n"): (typeof documents)["\n  mutation UpdateOrgUnitDetails($id: ID!, $input: OrgUnitDetailsInput!) {\n    updateOrgUnitDetails(id: $id, input: $input) { ...OrgUnitFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWindow($parentId: ID!, $name: String!) {\n    createOrgUnit(input: { parentId: $parentId, kind: WINDOW, name: $name }) { ...OrgUnitFields }\n  }\n"): (typeof documents)["\n  mutation CreateWindow($parentId: ID!, $name: String!) {\n    createOrgUnit(input: { parentId: $parentId, kind: WINDOW, name: $name }) { ...OrgUnitFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameWindow($id: ID!, $name: String!) {\n    renameWindow(id: $id, name: $name) { ...OrgUnitFields }\n  }\n"): (typeof documents)["\n  mutation RenameWindow($id: ID!, $name: String!) {\n    renameWindow(id: $id, name: $name) { ...OrgUnitFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseWindow($id: ID!, $reason: String) {\n    closeWindow(id: $id, reason: $reason) { ...OrgUnitFields }\n  }\n"): (typeof documents)["\n  mutation CloseWindow($id: ID!, $reason: String) {\n    closeWindow(id: $id, reason: $reason) { ...OrgUnitFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuideSynonyms {\n    guideSynonyms {\n      term\n      expansion\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query GuideSynonyms {\n    guideSynonyms {\n      term\n      expansion\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGuideSynonym($term: String!, $expansion: String!) {\n    setGuideSynonym(term: $term, expansion: $expansion) {\n      term\n      expansion\n    }\n  }\n"): (typeof documents)["\n  mutation SetGuideSynonym($term: String!, $expansion: String!) {\n    setGuideSynonym(term: $term, expansion: $expansion) {\n      term\n      expansion\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveGuideSynonym($term: String!) {\n    removeGuideSynonym(term: $term)\n  }\n"): (typeof documents)["\n  mutation RemoveGuideSynonym($term: String!) {\n    removeGuideSynonym(term: $term)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tenants($search: String, $first: Int, $after: String) {\n    tenants(search: $search, first: $first, after: $after) {\n      totalCount\n      nodes { id divisionCode name createdAt }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"): (typeof documents)["\n  query Tenants($search: String, $first: Int, $after: String) {\n    tenants(search: $search, first: $first, after: $after) {\n      totalCount\n      nodes { id divisionCode name createdAt }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) { id divisionCode name createdAt }\n  }\n"): (typeof documents)["\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) { id divisionCode name createdAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on UserView {\n    id\n    username\n    displayName\n    phone\n    locked\n    disabled\n    memberships { id role createdAt orgUnit { id code name kind path } }\n  }\n"): (typeof documents)["\n  fragment UserFields on UserView {\n    id\n    username\n    displayName\n    phone\n    locked\n    disabled\n    memberships { id role createdAt orgUnit { id code name kind path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      nodes { ...UserFields }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"): (typeof documents)["\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      nodes { ...UserFields }\n      pageInfo { ...PageInfoFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { ...UserFields }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { ...UserFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) { id role }\n  }\n"): (typeof documents)["\n  mutation AddMembership($input: AddMembershipInput!) {\n    addMembership(input: $input) { id role }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeMembership($id: ID!) {\n    revokeMembership(id: $id) { id }\n  }\n"): (typeof documents)["\n  mutation RevokeMembership($id: ID!) {\n    revokeMembership(id: $id) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) { ...UserFields }\n  }\n"): (typeof documents)["\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) { ...UserFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogWork {\n    catalogWork {\n      draftCount\n      drafts {\n        matterId\n        implementationCode\n        name\n        version\n        savedAt\n        published\n      }\n      upcoming {\n        matterId\n        implementationCode\n        name\n        version\n        effectiveFrom\n      }\n      settingsNotInEffect {\n        matterId\n        name\n        orgUnitId\n        unitName\n        tier\n        promisedDays\n        promiseSources {\n          tier\n          unitName\n          promisedDays\n          inEffect\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogWork {\n    catalogWork {\n      draftCount\n      drafts {\n        matterId\n        implementationCode\n        name\n        version\n        savedAt\n        published\n      }\n      upcoming {\n        matterId\n        implementationCode\n        name\n        version\n        effectiveFrom\n      }\n      settingsNotInEffect {\n        matterId\n        name\n        orgUnitId\n        unitName\n        tier\n        promisedDays\n        promiseSources {\n          tier\n          unitName\n          promisedDays\n          inEffect\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApplicantFields on ApplicantView {\n    id\n    kind\n    name\n    idKind\n    idNumberMasked\n    birthDate\n    phone\n    address\n    residenceUnitId\n    residenceUnitName\n    elderly\n    specialGroups\n  }\n"): (typeof documents)["\n  fragment ApplicantFields on ApplicantView {\n    id\n    kind\n    name\n    idKind\n    idNumberMasked\n    birthDate\n    phone\n    address\n    residenceUnitId\n    residenceUnitName\n    elderly\n    specialGroups\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Applicants($search: String, $first: Int, $after: String) {\n    applicants(search: $search, first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...ApplicantFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Applicants($search: String, $first: Int, $after: String) {\n    applicants(search: $search, first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...ApplicantFields\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      ...ApplicantFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterApplicant($input: RegisterApplicantInput!) {\n    registerApplicant(input: $input) {\n      ...ApplicantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealApplicantIdNumber($id: ID!) {\n    revealApplicantIdNumber(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevealApplicantIdNumber($id: ID!) {\n    revealApplicantIdNumber(id: $id)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;