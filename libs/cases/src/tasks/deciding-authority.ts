import { EntityManager } from 'typeorm';
import { RequestContext, selectOne, TenancyError, useDelegation } from '@county/tenancy';
import { CaseRow } from '../case/case-rows';

/** Whose authority a decision was made with: the department's own approver, or a delegation from it. */
export interface DecidingAuthority {
  delegationId: string | null;
  /** The department decided for, when the decider acted under its delegation. */
  onBehalfOf: string | null;
}

/**
 * 决定权: a department approver of the deciding department decides by her role; anyone else
 * only under a delegation in force (一纸授权) from that department for the matter's
 * implementation code, held personally or by her window. Each such use is recorded
 * (delegation_use) in the deciding transaction. Without either: FORBIDDEN.
 */
export async function decidingAuthority(m: EntityManager, ctx: RequestContext, row: CaseRow, now: Date): Promise<DecidingAuthority> {
  const found = await selectOne<{ path: string; code: string }>(
    m,
    `SELECT du.path::text AS path, mt.implementation_code AS code FROM service_case c
       JOIN org_unit du ON du.tenant_id = c.tenant_id AND du.id = c.deciding_unit_id
       JOIN matter mt ON mt.tenant_id = c.tenant_id AND mt.id = c.matter_id
      WHERE c.id = $1`,
    [row.id],
  );
  if (!found) throw TenancyError.Forbidden();
  // In memory only the role's rule can match: delegation rules test a column the object lacks.
  if (ctx.can('decide', 'Case', { decidingPath: found.path })) return { delegationId: null, onBehalfOf: null };
  const delegationId = await useDelegation(m, ctx, now, { matterCode: found.code, departmentId: row.deciding_unit_id, action: 'decide', subjectId: row.id });
  if (!delegationId) throw TenancyError.Forbidden();
  return { delegationId, onBehalfOf: row.deciding_unit_name };
}
