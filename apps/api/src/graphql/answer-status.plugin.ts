import { ApolloServerPlugin } from '@apollo/server';

type FormattedErrors = readonly { extensions?: Record<string, unknown> }[] | undefined;

/** HTTP status and Retry-After of a GraphQL answer whose errors say "not now". */
export interface AnswerStatus {
  status: number;
  retryAfterSeconds?: number;
}

/**
 * GraphQL answers 200 with its errors, except when the client should come back later: 503 while
 * the service is unavailable (SERVICE_UNAVAILABLE, NOT_READY), 429 when a limit names a wait
 * (RATE_LIMITED, LOGIN_THROTTLED, LOGIN_BUSY), with the longest wait as Retry-After.
 */
export function answerStatus(errors: FormattedErrors): AnswerStatus | null {
  if (!errors?.length) return null;
  if (errors.some((e) => e.extensions?.kind === 'unavailable')) return { status: 503, retryAfterSeconds: 5 };
  const waits = errors
    .filter((e) => e.extensions?.kind === 'limit')
    .map((e) => e.extensions?.retryAfterSeconds)
    .filter((s): s is number => typeof s === 'number' && s > 0);
  return waits.length ? { status: 429, retryAfterSeconds: Math.max(...waits) } : null;
}

export function answerStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const answer = answerStatus(response.body.singleResult.errors);
          if (!answer) return;
          response.http.status = answer.status;
          if (answer.retryAfterSeconds) response.http.headers.set('retry-after', String(answer.retryAfterSeconds));
        },
      };
    },
  };
}
