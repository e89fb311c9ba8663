import type { AuditDetailLabel } from '@county/tenancy';

/** How consents read on an applicant's history (part of the cases vocabulary). */
export const PROXY_CONSENT_AUDIT_DETAILS: Record<string, AuditDetailLabel> = {
  consentId: { zh: '委托书', en: 'Consent' },
  consentHolder: { zh: '受托人', en: 'Names', values: { agent: { zh: '代办员本人', en: 'The agent' }, station: { zh: '代办点', en: 'The station' } } },
  allMatters: { zh: '全部可代办事项', en: 'All proxy-allowed matters' },
  matterCodes: { zh: '委托事项（实施编码）', en: 'Matters (codes)' },
  validFrom: { zh: '委托起始日', en: 'From' },
  validUntil: { zh: '委托截止日', en: 'Until' },
  evidenceKind: { zh: '委托凭证', en: 'Evidence', values: { signed_form: { zh: '签字', en: 'Signed' }, fingerprint: { zh: '按手印', en: 'Fingerprint' } } },
};
