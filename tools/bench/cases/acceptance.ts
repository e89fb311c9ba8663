import { Client } from 'pg';
import { answerOf } from '../api/load';

export interface RateFigures {
  label: string;
  clients: number;
  seconds: number;
  count: number;
  perSecond: number;
  /** Per acceptance (API: submit + accept pair), ms. */
  p50: number;
  p95: number;
  errors: number;
}

const nearestRank = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

/** `clients` closed loops running `once` until `seconds` are over; counts what finished in time. */
async function closedLoops(label: string, clients: number, seconds: number, once: (client: number, n: number) => Promise<void>): Promise<RateFigures> {
  const times: number[] = [];
  let errors = 0;
  let firstError: unknown;
  const until = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let n = 0; Date.now() < until; n++) {
        const t0 = performance.now();
        try {
          await once(client, n);
          times.push(performance.now() - t0);
        } catch (error) {
          errors++;
          firstError ??= error;
        }
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  if (errors && !times.length) throw firstError;
  times.sort((a, b) => a - b);
  return { label, clients, seconds: elapsed, count: times.length, perSecond: times.length / elapsed, p50: nearestRank(times, 50), p95: nearestRank(times, 95), errors };
}

const SUBMIT = `mutation($input: SubmitCaseInput!) { submitCase(input: $input) { id state } }`;
const ACCEPT = `mutation($id: ID!, $input: MoveCaseInput!) { acceptCase(id: $id, input: $input) { id caseNumber dueDate state } }`;

export interface AcceptanceTarget {
  url: string;
  token: string;
  matterId: string;
  unitId: string;
}

/** 受理 through the API: each client submits a case at the township's window and accepts it. */
export function apiAcceptances(target: AcceptanceTarget, clients: number, seconds: number): Promise<RateFigures> {
  const run = `${process.pid}-${Date.now()}`;
  return closedLoops('API `submitCase` + `acceptCase`', clients, seconds, async (client, n) => {
    const key = `bench-${run}-${client}-${n}`;
    const submitted = (await answerOf(target.url, {
      label: 'submitCase',
      query: SUBMIT,
      variables: { input: { idempotencyKey: `${key}-s`, matterId: target.matterId, acceptingUnitId: target.unitId, applicantName: '基准申请人', materials: ['高龄津贴申请表'] } },
      token: target.token,
    })).submitCase as { id: string };
    const accepted = (await answerOf(target.url, { label: 'acceptCase', query: ACCEPT, variables: { id: submitted.id, input: { idempotencyKey: `${key}-a` } }, token: target.token }))
      .acceptCase as { state: string; caseNumber: string | null };
    if (accepted.state !== 'ACCEPTED' && accepted.state !== 'accepted') throw new Error(`acceptCase answered state ${accepted.state}`);
    if (!accepted.caseNumber) throw new Error('acceptCase gave no case number');
  });
}

export interface RawTarget {
  /** Connected clients of the app role, one per concurrent writer. */
  clients: Client[];
  tenantId: string;
  countyCode: string;
  matter: { id: string; version: number; name: string; deciderId: string };
  unitId: string;
}

/**
 * The same rows written with bare SQL, under row-level security as the app role: one INSERT
 * of an accepted case per statement, each its own transaction, no checks, audit or counter.
 */
export async function rawInserts(target: RawTarget, seconds: number): Promise<RateFigures> {
  for (const c of target.clients) await c.query(`SELECT set_config('app.tenant_id', $1, false), set_config('app.platform', 'off', false)`, [target.tenantId]);
  const run = Date.now() % 100000;
  const { matter } = target;
  return closedLoops('raw SQL `INSERT` of an accepted case', target.clients.length, seconds, async (client, n) => {
    await target.clients[client].query(
      `INSERT INTO service_case (tenant_id, case_number, verification_code, matter_id, matter_version, matter_name, applicant_name,
         accepting_unit_id, current_unit_id, deciding_unit_id, state, acceptance_mode, limit_working_days, accepted_on, due_date, terms, materials)
       VALUES (current_tenant_id(), $1, 'RAWBCH', $2, $3, $4, '基准申请人', $5, $5, $6, 'accepted', 'full', 20, current_date, current_date + 28, '{}', '["申请表"]')`,
      [`${target.countyCode.slice(0, 6)}-RAW-${run}-${client}-${n}`, matter.id, matter.version, matter.name, target.unitId, matter.deciderId],
    );
  });
}
