import { throwViolations } from '@county/tenancy';
import { phoneViolations, isValidPhone } from './phones';

describe('phones', () => {
  it.each(['13912345678', '0915-5212345', '09155212345', '0915-5212345-801', '12345', '400-123-4567'])('%s is valid', (p) => {
    expect(isValidPhone(p)).toBe(true);
  });
  it.each(['12345678', '1391234567', '0915-0212345', 'abc', '23912345678'])('%s is not', (p) => {
    expect(isValidPhone(p)).toBe(false);
  });
  it('names the field that is wrong and allows empty', () => {
    expect(() => throwViolations(phoneViolations({ consultPhone: '', supervisionPhone: '123' }))).toThrow(
      expect.objectContaining({ code: 'PHONE_INVALID', details: { field: 'supervisionPhone', phone: '123' } }),
    );
  });
});
