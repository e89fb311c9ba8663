import { LoadFigures } from '../api/load';
import { CaseLoad } from './synthetic-cases';
import { RateFigures } from './acceptance';

export interface CasesFigures {
  postgres: string;
  load: CaseLoad;
  township: { name: string; openCases: number };
  api: RateFigures;
  raw: RateFigures;
  queue: LoadFigures;
  /** The same queue read by one client at a time: what one clerk waits when the API is not saturated. */
  queueAlone: LoadFigures;
  machine: string;
  plan: string;
  totalSeconds: number;
}

export const TARGETS = { acceptShareOfRaw: 0.1, queueP95Ms: 30 };

const n = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');

export function markdownOf(f: CasesFigures): string {
  const bulkRate = f.load.rows / f.load.seconds;
  const share = f.api.perSecond / f.raw.perSecond;
  return `## Cases: acceptance throughput and the township queue (\`npm run bench:cases\`)

Embedded PostgreSQL ${f.postgres.split(' ').slice(0, 2).join(' ')}, the demo county and catalog, then **${n(f.load.rows)} cases**
(${n(f.load.open)} open, over ${f.load.townships} townships and ${f.load.matters} matters) loaded with one \`INSERT … SELECT\` from
\`generate_series\` in ${n(f.load.seconds, 1)} s (${n(bulkRate)} rows/s${f.load.foreignKeysChecked ? '' : ', foreign-key triggers off: the rows are consistent by construction'}). The API runs in its own process (production settings,
generous rate limits); ${f.api.clients} concurrent clients, real clock; the load generator shares the machine (${f.machine}). Whole run ${n(f.totalSeconds)} s.

| Measure | Rate | p50 | p95 | Errors |
| --- | ---: | ---: | ---: | ---: |
| ${f.api.label} (window clerk of ${f.township.name}), ${n(f.api.seconds, 1)} s | ${n(f.api.perSecond, 1)} acceptances/s | ${n(f.api.p50, 1)} ms | ${n(f.api.p95, 1)} ms | ${f.api.errors} |
| ${f.raw.label}, app role under RLS, ${n(f.raw.seconds, 1)} s | ${n(f.raw.perSecond, 1)} rows/s | ${n(f.raw.p50, 2)} ms | ${n(f.raw.p95, 2)} ms | ${f.raw.errors} |
| \`cases(unitId: ${f.township.name}, first: 20)\` (open, soonest due), ${f.api.clients} clients, ${f.queue.seconds} s | ${n(f.queue.perSecond, 1)} req/s | ${n(f.queue.p50, 1)} ms | ${n(f.queue.p95, 1)} ms | ${f.queue.errors} |
| the same queue, 1 client, ${f.queueAlone.seconds} s | ${n(f.queueAlone.perSecond, 1)} req/s | ${n(f.queueAlone.p50, 1)} ms | ${n(f.queueAlone.p95, 1)} ms | ${f.queueAlone.errors} |

- API acceptances are **${n(share * 100, 1)} %** of the raw-SQL rate at the same concurrency (target ≥ ${TARGETS.acceptShareOfRaw * 100} %: ${verdict(share >= TARGETS.acceptShareOfRaw)}).
  Against the bulk load's ${n(bulkRate)} rows/s they are ${n((f.api.perSecond / bulkRate) * 100, 2)} %; one statement per row is the fair floor for one case per request.
  Each API acceptance is two requests (submit, accept), each with its own sign-in check and transaction: checks, idempotency keys, the day's number counter, two audit entries on the county's chain, the fee sheet, joint-department tasks and the outbox event with its two jobs — 44 statements against the raw path's one.
- The queue of ${f.township.name} (${n(f.township.openCases)} open cases now there) answers in **${n(f.queue.p95, 1)} ms at p95** with ${f.api.clients} clients (target ≤ ${TARGETS.queueP95Ms} ms: ${verdict(f.queue.p95 <= TARGETS.queueP95Ms)}), ${n(f.queueAlone.p95, 1)} ms for one client alone.

<details><summary>Plan of the queue's statements (EXPLAIN ANALYZE as the app role, tenant set)</summary>

\`\`\`
${f.plan}
\`\`\`
</details>`;
}
