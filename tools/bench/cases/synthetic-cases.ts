import { Client } from 'pg';

/** Base-32 digits of the receipt alphabet (no 0/O, 1/I), as the service draws them. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** Six base-32 digits of a scrambled g: deterministic, spread, matching ^[0-9A-HJ-NP-Z]{6}$. */
const codeSql = Array.from({ length: 6 }, (_, i) => `substr('${ALPHABET}', 1 + ((g::bigint * 7919 + 104729) / ${32 ** i} % 32)::int, 1)`).join(' || ');

export interface CaseLoad {
  rows: number;
  open: number;
  seconds: number;
  townships: number;
  matters: number;
  /** False when the load ran with session_replication_role = replica (no foreign-key triggers). */
  foreignKeysChecked: boolean;
}

/**
 * Loads `rows` cases into the tenant in one INSERT … SELECT from generate_series, as the owner:
 * one in 40 open (50,000 of 2 million), spread over the townships and the published matters of
 * the demo catalog; closed ones over the past two years, open ones accepted in the past 60 days,
 * some of them overdue. Case numbers carry a 7-digit sequence, so they never meet the API's
 * 4-digit ones of the day.
 */
export async function loadSyntheticCases(owner: Client, tenantId: string, countyCode: string, rows: number): Promise<CaseLoad> {
  await owner.query('BEGIN');
  try {
    await owner.query(`SELECT set_config('app.tenant_id', $1, true), set_config('app.platform', 'off', true)`, [tenantId]);
    // The rows are consistent by construction: skip the per-row foreign-key triggers if allowed (superuser).
    await owner.query('SAVEPOINT fk');
    const foreignKeysChecked = await owner.query(`SET LOCAL session_replication_role = replica`).then(
      () => false,
      () => owner.query('ROLLBACK TO SAVEPOINT fk').then(() => true),
    );
    const [{ townships }] = (await owner.query(`SELECT count(*)::int AS townships FROM org_unit WHERE tenant_id = $1 AND kind = 'township'`, [tenantId])).rows;
    const started = Date.now();
    const result = await owner.query(
      `WITH m AS (
         SELECT (row_number() OVER (ORDER BY mv.matter_id) - 1)::int AS i, mv.matter_id, mv.version, mv.name, (mv.content->>'implementingBodyId')::uuid AS decider
           FROM matter_version mv
          WHERE mv.tenant_id = $1 AND mv.status = 'published' AND mv.content->>'implementingBodyId' IS NOT NULL
            AND mv.version = (SELECT max(x.version) FROM matter_version x WHERE x.tenant_id = mv.tenant_id AND x.matter_id = mv.matter_id AND x.status = 'published')),
       t AS (SELECT (row_number() OVER (ORDER BY code) - 1)::int AS i, id FROM org_unit WHERE tenant_id = $1 AND kind = 'township'),
       nm AS (SELECT count(*)::int AS n FROM m),
       nt AS (SELECT count(*)::int AS n FROM t),
       s AS (
         SELECT g,
           CASE WHEN g % 40 <> 0 THEN (ARRAY['delivered','delivered','delivered','delivered','delivered','delivered','delivered','delivered','not_accepted','withdrawn'])[1 + g % 10]
                ELSE (ARRAY['submitted','accepted','accepted','accepted','accepted','accepted','in_review','in_review','suspended','decided'])[1 + (g / 40) % 10] END AS state,
           CASE WHEN g % 40 <> 0 THEN current_date - (g % 730)::int ELSE current_date - ((g / 40) % 60)::int END AS on_day,
           5 + (g % 16)::int AS limit_days
         FROM generate_series(1, $2::int) g)
       INSERT INTO service_case (tenant_id, case_number, verification_code, matter_id, matter_version, matter_name, applicant_name,
         accepting_unit_id, current_unit_id, deciding_unit_id, state, acceptance_mode, limit_working_days, accepted_on, due_date,
         suspended_since, outcome, terms, submitted_at, closed_at)
       SELECT $1, CASE WHEN s.state IN ('submitted', 'not_accepted', 'withdrawn') THEN NULL ELSE $3 || '-' || to_char(s.on_day, 'YYYYMMDD') || '-' || lpad(s.g::text, 7, '0') END,
         ${codeSql}, m.matter_id, m.version, m.name, '申请人' || s.g,
         t.id, CASE WHEN s.state = 'in_review' OR s.state = 'suspended' THEN m.decider ELSE t.id END, m.decider, s.state,
         CASE WHEN s.state IN ('submitted', 'not_accepted', 'withdrawn') THEN NULL ELSE 'full' END, s.limit_days,
         CASE WHEN s.state IN ('submitted', 'not_accepted', 'withdrawn') THEN NULL ELSE s.on_day END,
         CASE WHEN s.state IN ('submitted', 'not_accepted', 'withdrawn') THEN NULL ELSE s.on_day + (s.limit_days * 7 / 5) END,
         CASE WHEN s.state = 'suspended' THEN s.on_day + 3 END,
         CASE WHEN s.state IN ('delivered', 'decided') THEN (CASE WHEN s.g % 17 = 0 THEN 'rejected' ELSE 'approved' END) END,
         '{}', s.on_day::timestamptz - interval '1 day',
         CASE WHEN s.state IN ('delivered', 'not_accepted', 'withdrawn') THEN s.on_day::timestamptz + (s.limit_days || ' days')::interval END
       FROM s CROSS JOIN nm CROSS JOIN nt
       JOIN m ON m.i = s.g % nm.n
       JOIN t ON t.i = (s.g / 7) % nt.n`,
      [tenantId, rows, countyCode.slice(0, 6)],
    );
    await owner.query('COMMIT');
    const seconds = (Date.now() - started) / 1000;
    const [{ matters }] = (await owner.query(`SELECT count(DISTINCT matter_id)::int AS matters FROM service_case WHERE tenant_id = $1`, [tenantId])).rows;
    const [{ open }] = (await owner.query(`SELECT count(*)::int AS open FROM service_case WHERE tenant_id = $1 AND state NOT IN ('delivered', 'not_accepted', 'withdrawn')`, [tenantId])).rows;
    if (result.rowCount !== rows) throw new Error(`loaded ${result.rowCount} of ${rows} cases`);
    return { rows, open, seconds, townships, matters, foreignKeysChecked };
  } catch (error) {
    await owner.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
