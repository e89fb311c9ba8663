import type { ErrorSpec } from '@county/tenancy';

/**
 * Coded errors of consents (委托书) and of filing by proxy, part of CasesError (cases.errors.ts).
 * A refused proxy filing names the one condition that failed, in the order an agent checks them.
 */
export const PROXY_CONSENT_ERRORS = {
  ProxyApplicantRequired: {
    code: 'PROXY_APPLICANT_REQUIRED',
    kind: 'invalid',
    zh: '代办须选择已登记的申请人（委托人）',
    en: 'A proxy filing needs a registered applicant (the one who gave the consent)',
    field: ['applicantId'],
  },
  ProxyWrongVillage: {
    code: 'PROXY_WRONG_VILLAGE',
    kind: 'forbidden',
    zh: (village: string) => `申请人不住在${village}：代办员只为本村（社区）群众代办`,
    en: (village: string) => `The applicant does not live in ${village}: an agent files only for the people of her own village`,
    details: (village: string) => ({ village }),
    field: ['applicantId'],
  },
  ProxyNotAllowed: {
    code: 'PROXY_NOT_ALLOWED',
    kind: 'conflict',
    zh: (matter: string) => `事项“${matter}”不可代办，请申请人本人到窗口办理`,
    en: (matter: string) => `The matter “${matter}” may not be filed by proxy: the applicant applies in person`,
    details: (matter: string) => ({ matter }),
    field: ['matterId'],
  },
  ProxyConsentMissing: {
    code: 'PROXY_CONSENT_MISSING',
    kind: 'forbidden',
    zh: '申请人没有委托您或您所在的代办点：请先登记申请人签字（或按手印）的委托书',
    en: 'The applicant has not given a consent naming you or your station: record the signed (or fingerprinted) consent first',
    field: ['applicantId'],
  },
  ProxyConsentExpired: {
    code: 'PROXY_CONSENT_EXPIRED',
    kind: 'forbidden',
    zh: (until: string) => `委托书已于 ${until} 到期（或尚未生效）：请申请人重新签署`,
    en: (until: string) => `The consent ended on ${until} (or has not begun): the applicant must sign a new one`,
    details: (until: string) => ({ validUntil: until }),
    field: ['applicantId'],
  },
  ProxyConsentWithdrawn: {
    code: 'PROXY_CONSENT_WITHDRAWN',
    kind: 'forbidden',
    zh: '申请人已撤回委托：不能再代其办理',
    en: 'The applicant has withdrawn the consent: you may no longer file for them',
    field: ['applicantId'],
  },
  ProxyConsentMatterNotCovered: {
    code: 'PROXY_CONSENT_MATTER_NOT_COVERED',
    kind: 'forbidden',
    zh: (matter: string) => `委托书不包括事项“${matter}”：请申请人签署包括此事项的委托书`,
    en: (matter: string) => `The consent does not cover the matter “${matter}”: the applicant must sign one that does`,
    details: (matter: string) => ({ matter }),
    field: ['matterId'],
  },
  ProxyConsentInvalid: {
    code: 'PROXY_CONSENT_INVALID',
    kind: 'invalid',
    zh: (field: string, zh: string, _en: string) => `委托书信息有误（${field}）：${zh}`,
    en: (field: string, _zh: string, en: string) => `The consent is not valid (${field}): ${en}`,
    details: (field: string) => ({ field }),
    field: (field: string) => [field],
  },
  ProxyConsentNotFound: {
    code: 'NOT_FOUND',
    kind: 'not_found',
    zh: (id: string) => `未找到委托书 ${id}`,
    en: (id: string) => `Consent ${id} was not found`,
    details: (id: string) => ({ id }),
  },
  ProxyConsentAlreadyWithdrawn: {
    code: 'PROXY_CONSENT_ALREADY_WITHDRAWN',
    kind: 'conflict',
    zh: '该委托书已撤回',
    en: 'The consent has already been withdrawn',
  },
} as const satisfies Record<string, ErrorSpec<never[], string>>;
