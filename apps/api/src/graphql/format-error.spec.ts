import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { logUnexpectedError } from './error-log';
import { formatError } from './format-error';
import { inRequest } from './request-id';

const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo';

describe('unexpected errors in the log', () => {
  let lines: string[];
  beforeEach(() => {
    lines = [];
    jest.spyOn(process.stderr, 'write').mockImplementation((l: string | Uint8Array) => (lines.push(String(l)), true));
  });
  afterEach(() => jest.restoreAllMocks());

  it('log one JSON line with the request id and class, never the query, its parameters or a password hash', () => {
    const failed = new QueryFailedError(
      'INSERT INTO app_user (username, password_hash) VALUES ($1, $2)',
      ['wang', HASH],
      Object.assign(new Error('value too long for type character varying(64): "wang"'), { code: '22001' }),
    );
    const answer = inRequest('req-1', () => formatError({ message: failed.message }, new GraphQLError(failed.message, { originalError: failed, path: ["createUser"] })));
    expect(answer.extensions).toEqual(expect.objectContaining({ code: 'INTERNAL', requestId: 'req-1' }));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toEqual({
      level: 'error',
      msg: 'unexpected error',
      requestId: 'req-1',
      error: 'QueryFailedError',
      sqlState: '22001',
      message: 'value too long for type character varying(64): …',
    });
    expect(lines[0]).not.toContain('argon2');
    expect(lines[0]).not.toMatch(/parameters|INSERT|wang/);
  });

  it('write a bounded amount per request, however many errors and however long their messages', () => {
    inRequest('req-2', () => {
      for (let i = 0; i < 50; i++) logUnexpectedError(new Error('x'.repeat(100_000)));
    });
    expect(lines).toHaveLength(3);
    expect(lines.every((l) => l.length < 500)).toBe(true);
  });
});
