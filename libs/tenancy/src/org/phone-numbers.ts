const MOBILE = /^1[3-9]\d{9}$/;
/** 区号-号码[-分机], e.g. 0915-5212345 or 091552123456. */
const FIXED = /^0\d{2,3}-?[2-9]\d{6,7}(-\d{1,6})?$/;
/** Government hotlines such as 12345, 12315, 12348. */
const HOTLINE = /^12\d{3}$/;
const SERVICE = /^[48]00-?\d{3}-?\d{4}$/;

/** Mainland mobile, fixed line with area code, 12xxx hotline or 400/800 number. */
export function isValidPhone(phone: string): boolean {
  const p = phone.trim().replace(/\s+/g, '');
  return MOBILE.test(p) || FIXED.test(p) || HOTLINE.test(p) || SERVICE.test(p);
}
