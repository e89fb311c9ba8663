import { daysBetween, isCivilDate } from '../calendar/civil-date';
import { CasesError } from '../cases.errors';
import { ConsentEvidence, ConsentHolder } from './proxy-consent.types';

/** A consent lasts at most five years; a new one is signed after. */
export const MAX_CONSENT_DAYS = 5 * 366;

/** The multipart fields of a consent, as received (strings). */
export interface ConsentFormFields {
  id?: string;
  holder?: string;
  allMatters?: string;
  matterCodes?: string;
  validFrom?: string;
  validUntil?: string;
  evidenceKind?: string;
}

export interface ConsentForm {
  /** Chosen on the phone, so a retried upload records one consent. */
  id: string | null;
  holder: ConsentHolder;
  allMatters: boolean;
  matterCodes: string[];
  validFrom: string;
  validUntil: string;
  evidenceKind: ConsentEvidence;
}

const invalid = (field: string, zh: string, en: string) => CasesError.ProxyConsentInvalid(field, zh, en);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Every field checked before anything is read or stored: a bad form changes nothing. */
export function checkConsentForm(f: ConsentFormFields, today: string): ConsentForm {
  const id = f.id?.trim() || null;
  if (id && !UUID.test(id)) throw invalid('id', '须为 UUID', 'must be a UUID');
  const holder = (f.holder ?? '').trim().toLowerCase();
  if (holder !== ConsentHolder.AGENT && holder !== ConsentHolder.STATION) throw invalid('holder', '请选择受托人：代办员本人或代办点', 'choose whom it names: AGENT or STATION');
  const all = (f.allMatters ?? '').trim().toLowerCase();
  if (!['true', 'false', ''].includes(all)) throw invalid('allMatters', '须为 true 或 false', 'must be true or false');
  const allMatters = all === 'true';
  let matterCodes: string[] = [];
  if (f.matterCodes?.trim()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(f.matterCodes);
    } catch {
      throw invalid('matterCodes', '须为事项实施编码的 JSON 数组', 'must be a JSON array of implementation codes');
    }
    if (!Array.isArray(parsed) || parsed.some((c) => typeof c !== 'string' || !c.trim() || c.length > 64)) {
      throw invalid('matterCodes', '须为事项实施编码的 JSON 数组', 'must be a JSON array of implementation codes');
    }
    matterCodes = [...new Set(parsed.map((c: string) => c.trim()))];
    if (matterCodes.length > 100) throw invalid('matterCodes', '最多 100 项', 'at most 100 matters');
  }
  if (allMatters && matterCodes.length) throw invalid('matterCodes', '选择“全部可代办事项”时不再列出事项', 'list no matters when the consent covers all of them');
  if (!allMatters && !matterCodes.length) throw invalid('matterCodes', '请列出委托的事项，或选择全部可代办事项', 'list the matters, or choose all proxy-allowed matters');
  const validFrom = (f.validFrom ?? '').trim();
  const validUntil = (f.validUntil ?? '').trim();
  if (!isCivilDate(validFrom)) throw invalid('validFrom', '须为有效日期 YYYY-MM-DD', 'must be a date YYYY-MM-DD');
  if (!isCivilDate(validUntil)) throw invalid('validUntil', '须为有效日期 YYYY-MM-DD', 'must be a date YYYY-MM-DD');
  if (validFrom > today) throw invalid('validFrom', '委托书须已签署：起始日不能晚于今天', 'the form must be signed already: it cannot begin after today');
  if (validUntil < validFrom) throw invalid('validUntil', '截止日不能早于起始日', 'it cannot end before it begins');
  if (validUntil < today) throw invalid('validUntil', '委托期已过，请申请人重新签署', 'the period is over: the applicant must sign a new one');
  if (daysBetween(validFrom, validUntil) > MAX_CONSENT_DAYS) throw invalid('validUntil', '委托期最长五年', 'a consent lasts at most five years');
  const kind = (f.evidenceKind ?? '').trim().toLowerCase();
  if (kind !== ConsentEvidence.SIGNED_FORM && kind !== ConsentEvidence.FINGERPRINT) throw invalid('evidenceKind', '请选择凭证：签字或按手印', 'choose SIGNED_FORM or FINGERPRINT');
  return { id, holder, allMatters, matterCodes, validFrom, validUntil, evidenceKind: kind };
}
