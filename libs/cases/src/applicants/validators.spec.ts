import fc from 'fast-check';
import { checkCreditCode, CREDIT_CODE_CHARSET, creditCodeCheckChar } from './credit-code';
import { checkResidentId, PROVINCE_CODES, residentIdCheckChar } from './resident-id';
import { isApplicantPhone } from './applicant-phone';
import { maskIdNumber, maskPersonName } from './id-mask';

const TODAY = '2026-12-03';
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const birthDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date(`${TODAY}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''));
const residentId = fc
  .tuple(fc.constantFrom(...PROVINCE_CODES), digits(2).filter((d) => d !== '00'), digits(2), birthDate, digits(3))
  .map(([p, city, county, born, seq]) => {
    const first17 = `${p}${city}${county}${born}${seq}`;
    return first17 + residentIdCheckChar(first17);
  });
const creditChar = fc.constantFrom(...CREDIT_CODE_CHARSET);
const creditCode = fc.array(creditChar, { minLength: 17, maxLength: 17 }).map((c) => c.join('') + creditCodeCheckChar(c.join('')));
/** The number with one character replaced by a different one of the same alphabet. */
const oneChanged = (alphabet: string) => (value: string) =>
  fc.tuple(fc.integer({ min: 0, max: value.length - 1 }), fc.integer({ min: 1, max: alphabet.length - 1 })).map(([i, shift]) => {
    const at = Math.max(0, alphabet.indexOf(value[i]));
    return value.slice(0, i) + alphabet[(at + shift) % alphabet.length] + value.slice(i + 1);
  });

describe('resident ID numbers (GB 11643)', () => {
  it('the standard’s example and a number ending in X pass', () => {
    expect(checkResidentId('11010519491231002X', TODAY)).toEqual({ ok: true, number: '11010519491231002X', birthDate: '1949-12-31' });
    expect(checkResidentId('11010519491231002x', TODAY)).toMatchObject({ ok: true, number: '11010519491231002X' });
    expect(checkResidentId('610921196005011238', TODAY)).toEqual({ ok: true, number: '610921196005011238', birthDate: '1960-05-01' });
  });

  it('names what is wrong: length, format, division, birth date, check digit', () => {
    expect(checkResidentId('11010519491231002', TODAY)).toEqual({ ok: false, problem: 'length' });
    expect(checkResidentId('1101051949123100X2', TODAY)).toEqual({ ok: false, problem: 'format' });
    expect(checkResidentId('99010519491231002X', TODAY)).toEqual({ ok: false, problem: 'division' });
    const withDate = (d: string) => { const s = `110105${d}002`; return s + residentIdCheckChar(s); };
    expect(checkResidentId(withDate('19490230'), TODAY)).toEqual({ ok: false, problem: 'birth_date' });
    expect(checkResidentId(withDate('20261204'), TODAY)).toEqual({ ok: false, problem: 'birth_date' });
    expect(checkResidentId(withDate('20261203'), TODAY)).toMatchObject({ ok: true });
    expect(checkResidentId('110105194912310021', TODAY)).toEqual({ ok: false, problem: 'check_digit' });
  });

  it('a generated valid number passes', () => {
    fc.assert(fc.property(residentId, (id) => checkResidentId(id, TODAY).ok === true), { numRuns: 500 });
  });

  it('changing any one character fails', () => {
    fc.assert(fc.property(residentId.chain((id) => oneChanged('0123456789X')(id)), (changed) => checkResidentId(changed, TODAY).ok === false), { numRuns: 1000 });
  });
});

describe('unified social credit codes (GB 32100)', () => {
  it('a real code passes; wrong length, letters outside the charset and a wrong check character fail, named', () => {
    expect(checkCreditCode('91350100M000100Y43')).toEqual({ ok: true, code: '91350100M000100Y43' });
    expect(checkCreditCode('91350100m000100y43')).toMatchObject({ ok: true });
    expect(checkCreditCode('91350100M000100Y4')).toEqual({ ok: false, problem: 'length' });
    expect(checkCreditCode('91350100O000100Y43')).toEqual({ ok: false, problem: 'format' });
    expect(checkCreditCode('91350100M000100Y44')).toEqual({ ok: false, problem: 'check_digit' });
  });

  it('a generated valid code passes', () => {
    fc.assert(fc.property(creditCode, (code) => checkCreditCode(code).ok === true), { numRuns: 500 });
  });

  it('changing any one character fails', () => {
    fc.assert(fc.property(creditCode.chain((code) => oneChanged(CREDIT_CODE_CHARSET)(code)), (changed) => checkCreditCode(changed).ok === false), { numRuns: 1000 });
  });
});

describe('phone numbers and masks', () => {
  it('mainland mobiles and landlines with an area code', () => {
    for (const ok of ['13912345678', '19912345678', '0915-5212345', '091552123456', '010-12345678']) expect(isApplicantPhone(ok)).toBe(true);
    for (const bad of ['12912345678', '1391234567', '5212345', '0915-52123', '+8613912345678', '']) expect(isApplicantPhone(bad)).toBe(false);
  });

  it('masks keep the division code and the last four', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskPersonName('张三丰')).toBe('张**');
  });
});
