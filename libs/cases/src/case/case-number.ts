import { EntityManager } from 'typeorm';
import { selectOne } from '@county/tenancy';

/**
 * 受理编号: county code, Beijing date, sequence of the day (610921-20261203-0007). The counter
 * row is updated in the accepting transaction, so a rollback returns the number: no gaps, and
 * concurrent acceptances queue on the row rather than collide.
 */
export async function nextCaseNumber(m: EntityManager, countyCode: string, day: string): Promise<string> {
  const row = await selectOne<{ last: number }>(
    m,
    `INSERT INTO case_number_counter AS k (tenant_id, day, last) VALUES (current_tenant_id(), $1::date, 1)
     ON CONFLICT (tenant_id, day) DO UPDATE SET last = k.last + 1 RETURNING k.last`,
    [day],
  );
  return `${countyCode.slice(0, 6)}-${day.replace(/-/g, '')}-${String(row!.last).padStart(4, '0')}`;
}
