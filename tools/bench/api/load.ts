import autocannon from 'autocannon';

/** One GraphQL request a benchmark client sends again and again. */
export interface Operation {
  label: string;
  query: string;
  variables?: Record<string, unknown>;
  token?: string;
}

export interface LoadFigures {
  label: string;
  connections: number;
  seconds: number;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Non-2xx answers, transport errors and timeouts. */
  errors: number;
}

const nearestRank = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

/**
 * Drives `url` with `connections` clients for `seconds`, each sending the operations in turn.
 * Latencies are kept per request (autocannon's summary has no p95).
 */
export function drive(url: string, label: string, operations: Operation[], connections: number, seconds: number): Promise<LoadFigures> {
  return new Promise((resolveRun, reject) => {
    const times: number[] = [];
    let errors = 0;
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        connections,
        duration: seconds,
        timeout: 30,
        requests: operations.map((op) => ({
          method: 'POST',
          path: '/graphql',
          headers: { 'content-type': 'application/json', ...(op.token ? { authorization: `Bearer ${op.token}` } : {}) },
          body: JSON.stringify({ query: op.query, variables: op.variables ?? {} }),
        })),
      },
      (err, result) => {
        if (err) return reject(err);
        times.sort((a, b) => a - b);
        resolveRun({
          label,
          connections,
          seconds,
          requests: times.length,
          perSecond: times.length / seconds,
          p50: nearestRank(times, 50),
          p95: nearestRank(times, 95),
          p99: nearestRank(times, 99),
          errors: errors + result.errors + result.timeouts,
        });
      },
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      times.push(ms);
      if (status < 200 || status >= 300) errors++;
    });
  });
}

/** Sends one operation once and fails loudly if the answer carries GraphQL errors: a benchmark of error answers measures nothing. */
export async function answerOf(url: string, op: Operation): Promise<Record<string, unknown>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(op.token ? { authorization: `Bearer ${op.token}` } : {}) },
    body: JSON.stringify({ query: op.query, variables: op.variables ?? {} }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (res.status !== 200 || body.errors?.length || !body.data) throw new Error(`${op.label}: ${res.status} ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}
