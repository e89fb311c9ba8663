import { ArgumentsHost } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { TenancyError } from '@county/tenancy';
import { inRequest } from './request-id';
import { UnexpectedErrorFilter } from './unexpected-error.filter';

function httpHost() {
  const sent: { status?: number; body?: unknown } = {};
  const res = { status: (s: number) => ((sent.status = s), res), json: (b: unknown) => ((sent.body = b), res) };
  const host = { getType: () => 'http', switchToHttp: () => ({ getResponse: () => res }) } as unknown as ArgumentsHost;
  return { host, sent };
}

describe('UnexpectedErrorFilter on plain routes', () => {
  let lines: string[];
  beforeEach(() => {
    lines = [];
    jest.spyOn(process.stderr, 'write').mockImplementation((l: string | Uint8Array) => (lines.push(String(l)), true));
  });
  afterEach(() => jest.restoreAllMocks());

  it('answers an unexpected error INTERNAL with the request id and logs one line without the parameters', () => {
    const { host, sent } = httpHost();
    const failed = new QueryFailedError('SELECT $1', ['$argon2id$v=19$secret'], new Error('boom'));
    inRequest('req-9', () => new UnexpectedErrorFilter().catch(failed, host));
    expect(sent.status).toBe(500);
    expect(JSON.stringify(sent.body)).toContain('"requestId":"req-9"');
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/argon2|SELECT|parameters/);
  });

  it('answers a coded error with its code', () => {
    const { host, sent } = httpHost();
    new UnexpectedErrorFilter().catch(TenancyError.Forbidden(), host);
    expect(sent.status).toBe(403);
    expect(lines).toHaveLength(0);
  });
});
