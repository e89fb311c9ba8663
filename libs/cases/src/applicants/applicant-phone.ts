const MOBILE = /^1[3-9]\d{9}$/;
/** 区号-号码: 0 and a 2–3 digit area code, a 7–8 digit number, the dash optional. */
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

/** Spaces dropped, as typed at the counter. */
export function normalizePhone(raw: string): string {
  return (raw ?? '').replace(/\s+/g, '');
}

/** A mainland mobile number or a landline with its area code. */
export function isApplicantPhone(raw: string): boolean {
  const phone = normalizePhone(raw);
  return MOBILE.test(phone) || LANDLINE.test(phone);
}
