import { answerStatus } from './answer-status.plugin';

describe('answerStatus', () => {
  it('keeps 200 for answers without errors and for errors that are not about waiting', () => {
    expect(answerStatus(undefined)).toBeNull();
    expect(answerStatus([{ extensions: { code: 'NOT_FOUND', kind: 'not_found' } }])).toBeNull();
    expect(answerStatus([{ extensions: { code: 'QUERY_TOO_COSTLY', kind: 'limit' } }])).toBeNull();
  });

  it('says 503 while the service is unavailable, whatever else failed', () => {
    expect(answerStatus([{ extensions: { kind: 'limit', retryAfterSeconds: 60 } }, { extensions: { kind: 'unavailable' } }])).toEqual({
      status: 503,
      retryAfterSeconds: 5,
    });
  });

  it('says 429 with the longest wait named by the limits', () => {
    expect(answerStatus([{ extensions: { kind: 'limit', retryAfterSeconds: 30 } }, { extensions: { kind: 'limit', retryAfterSeconds: 60 } }])).toEqual({
      status: 429,
      retryAfterSeconds: 60,
    });
  });
});
