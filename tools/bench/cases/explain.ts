import { Client } from 'pg';

/**
 * EXPLAIN ANALYZE of the queue's two statements (first page and total count) as the app role
 * with the tenant set, so row-level security applies. The read rule is written out as the
 * window clerk's (cases.permissions.ts: accepted in or now in her territory); the service
 * builds the same shape from the rules.
 */
export async function explainQueue(app: Client, tenantId: string, unitId: string, territory: string): Promise<string> {
  await app.query('BEGIN');
  try {
    await app.query(`SELECT set_config('app.tenant_id', $1, true), set_config('app.platform', 'off', true)`, [tenantId]);
    const inner = `SELECT c.id, coalesce(c.due_date, DATE '9999-12-31') AS due_key, c.submitted_at FROM service_case c
       WHERE ($1::uuid IS NULL OR c.current_unit_id = $1) AND ($2::text[] IS NULL OR c.state = ANY ($2))
         AND (NOT $3 OR c.state NOT IN ('delivered', 'not_accepted', 'withdrawn'))
         AND (EXISTS (SELECT 1 FROM org_unit cu WHERE cu.tenant_id = c.tenant_id AND cu.id = c.accepting_unit_id AND cu.path <@ $4::ltree)
           OR EXISTS (SELECT 1 FROM org_unit cu WHERE cu.tenant_id = c.tenant_id AND cu.id = c.current_unit_id AND cu.path <@ $4::ltree))`;
    const params = [unitId, null, true, territory];
    const out: string[] = [];
    for (const [label, sql] of [
      ['first page', `SELECT p.* FROM (${inner}) p ORDER BY p.due_key, p.submitted_at, p.id LIMIT 21`],
      ['total count', `SELECT count(*)::int AS count FROM (${inner}) p`],
    ]) {
      const { rows } = await app.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      out.push(`-- ${label}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    }
    // loadCases (case-rows.ts): the page's rows with their units and what the caller may do.
    const ids = (await app.query(`SELECT p.id FROM (${inner}) p ORDER BY p.due_key, p.submitted_at, p.id LIMIT 20`, params)).rows.map((r) => r.id);
    const load = `SELECT c.id, c.state, au.name, cu2.name, du.name,
        (EXISTS (SELECT 1 FROM org_unit cu WHERE cu.tenant_id = c.tenant_id AND cu.id = c.current_unit_id AND cu.path <@ $2::ltree)) AS can_handle
      FROM service_case c
      JOIN org_unit au ON au.tenant_id = c.tenant_id AND au.id = c.accepting_unit_id
      JOIN org_unit cu2 ON cu2.tenant_id = c.tenant_id AND cu2.id = c.current_unit_id
      JOIN org_unit du ON du.tenant_id = c.tenant_id AND du.id = c.deciding_unit_id
      WHERE c.id = ANY ($1::uuid[])
        AND (EXISTS (SELECT 1 FROM org_unit cu WHERE cu.tenant_id = c.tenant_id AND cu.id = c.accepting_unit_id AND cu.path <@ $2::ltree)
          OR EXISTS (SELECT 1 FROM org_unit cu WHERE cu.tenant_id = c.tenant_id AND cu.id = c.current_unit_id AND cu.path <@ $2::ltree))`;
    await app.query(`SET LOCAL statement_timeout = '20s'`);
    const analyze = process.env.BENCH_EXPLAIN_LOAD_ANALYZE ? 'ANALYZE, ' : '';
    const { rows } = await app.query(`EXPLAIN (${analyze}BUFFERS) ${load}`, [ids, territory]);
    out.push(`-- loadCases of the first page (${ids.length} ids)\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    return out.join('\n\n');
  } finally {
    await app.query('ROLLBACK');
  }
}
