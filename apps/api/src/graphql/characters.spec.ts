import { badCharacterPath } from './characters';

describe('badCharacterPath', () => {
  it('names the string holding a NUL byte or a lone surrogate, and passes real text', () => {
    expect(badCharacterPath('南街社区 😀', 'name')).toBeNull();
    expect(badCharacterPath('a\u0000b', 'search')).toBe('search');
    expect(badCharacterPath({ input: { names: ['ok', 'x\uD800'] } }, 'args')).toBe('args.input.names.1');
    expect(badCharacterPath({ username: '\uDC00abc' }, 'input')).toBe('input.username');
    expect(badCharacterPath({ username: 'ok', password: 'ok' }, 'input')).toBeNull();
  });
});
