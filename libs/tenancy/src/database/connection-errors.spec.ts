import { DomainError } from '../errors/domain-error';
import { asUnavailable, isConnectionError } from './connection-errors';

const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('connection errors', () => {
  it('recognises the ways a database that is down fails, however wrapped', () => {
    for (const e of [
      withCode('ECONNREFUSED'),
      withCode('57P01', 'terminating connection due to administrator command'),
      withCode('57P03', 'the database system is starting up'),
      withCode('08006'),
      new Error('Connection terminated unexpectedly'),
      Object.assign(new Error('query failed'), { driverError: withCode('ECONNRESET') }),
      new AggregateError([withCode('ECONNREFUSED')], ''),
      new Error('outer', { cause: new Error('Connection terminated due to connection timeout') }),
    ]) {
      expect(isConnectionError(e)).toBe(true);
      expect(asUnavailable(e)).toMatchObject({ code: 'SERVICE_UNAVAILABLE', kind: 'unavailable' });
    }
  });

  it('leaves every other error as it is', () => {
    for (const e of [withCode('23505', 'duplicate key'), withCode('57014', 'canceling statement due to statement timeout'), new Error('boom'), undefined, 'x']) {
      expect(isConnectionError(e)).toBe(false);
      expect(asUnavailable(e)).toBe(e);
    }
    const coded = new DomainError('NOT_FOUND', 'not_found', '未找到', 'Not found');
    expect(asUnavailable(coded)).toBe(coded);
  });
});
