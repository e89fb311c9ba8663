import {
  DivisionCodeError,
  divisionPathOf,
  isPlaceholderShortCode,
  levelOfShortCode,
  normalizeDivisionCode,
  padCode,
  parentShortCode,
} from './division-code';

describe('normalizeDivisionCode', () => {
  it.each([
    ['61', '610000000000', '61', 1],
    ['6109', '610900000000', '6109', 2],
    ['610921', '610921000000', '610921', 3],
    ['610921100', '610921100000', '610921100', 4],
    ['610921100001', '610921100001', '610921100001', 5],
  ])('reads the natural code %s', (input, code12, shortCode, level) => {
    expect(normalizeDivisionCode(input)).toEqual({ code12, shortCode, level });
  });

  it('reads padded forms as the unit they name', () => {
    expect(normalizeDivisionCode('610921000000')).toEqual({ code12: '610921000000', shortCode: '610921', level: 3 });
    expect(normalizeDivisionCode('610900')).toEqual({ code12: '610900000000', shortCode: '6109', level: 2 });
    expect(normalizeDivisionCode('610000')).toEqual({ code12: '610000000000', shortCode: '61', level: 1 });
  });

  it('trims surrounding spaces', () => {
    expect(normalizeDivisionCode('  610921\n').shortCode).toBe('610921');
  });

  it('keeps an inner zero segment, as for the townships directly under 东莞市', () => {
    expect(normalizeDivisionCode('441900003')).toEqual({ code12: '441900003000', shortCode: '441900003', level: 4 });
  });

  it.each(['', '6', '610', '61092', '6109211', '61092110000', '6109211000011', '61092a', '６１', '-61', '61 09', '000000', '001234'])(
    'rejects %p as malformed',
    (input) => {
      const error = thrown(() => normalizeDivisionCode(input));
      expect(error).toBeInstanceOf(DivisionCodeError);
      expect(error).toMatchObject({ code: 'DIVISION_CODE_MALFORMED', details: { input } });
      expect(error.messageZh).toContain('区划代码');
      expect(error.messageEn).toContain('malformed');
    },
  );
});

describe('short code helpers', () => {
  it('derives the level from the length', () => {
    expect([2, 4, 6, 9, 12, 3].map((n) => levelOfShortCode('1'.repeat(n)))).toEqual([1, 2, 3, 4, 5, null]);
  });

  it('finds the parent by dropping the last segment', () => {
    expect(parentShortCode('610921100001')).toBe('610921100');
    expect(parentShortCode('610921100')).toBe('610921');
    expect(parentShortCode('6109')).toBe('61');
    expect(parentShortCode('61')).toBeNull();
  });

  it('pads to twelve digits', () => {
    expect(padCode('610921')).toBe('610921000000');
    expect(padCode('610921100001')).toBe('610921100001');
  });

  it('recognises the data set stand-ins for a missing level', () => {
    expect(isPlaceholderShortCode('441900')).toBe(true);
    expect(isPlaceholderShortCode('350527000')).toBe(true);
    expect(isPlaceholderShortCode('610921')).toBe(false);
    expect(isPlaceholderShortCode('61')).toBe(false);
  });

  it('builds the path from real ancestors only', () => {
    expect(divisionPathOf('610921100001')).toEqual(['61', '6109', '610921', '610921100', '610921100001']);
    expect(divisionPathOf('441900003001')).toEqual(['44', '4419', '441900003', '441900003001']);
  });
});

function thrown(fn: () => unknown): DivisionCodeError {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
