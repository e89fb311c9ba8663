import { EntityManager } from 'typeorm';
import { AuditActor, selectOne } from '@county/tenancy';
import { loadWorkingCalendar } from '@county/cases';
import { evaluationAudit } from '../evaluation.audit';

/**
 * 差评转整改: a rectification for the unit that served the applicant (the accepting unit: the
 * window or station she rated), due the county's number of working days after the rating on the
 * county's working calendar.
 */
export async function openRectification(
  m: EntityManager,
  who: AuditActor,
  rating: { id: string; caseId: string; caseNumber: string | null; responsibleUnitId: string; responsibleUnitName: string },
  today: string,
  workingDays: number,
): Promise<string> {
  const calendar = await loadWorkingCalendar(m);
  const due = calendar.due(today, workingDays);
  const row = await selectOne<{ id: string }>(
    m,
    `INSERT INTO rectification (tenant_id, rating_id, case_id, responsible_unit_id, opened_on, due_date, due_provisional)
     VALUES (current_tenant_id(), $1, $2, $3, $4, $5, $6) RETURNING id`,
    [rating.id, rating.caseId, rating.responsibleUnitId, today, due.date, due.provisional],
  );
  await evaluationAudit(m, who, 'rectification_opened', { type: 'Rectification', id: row!.id }, {
    caseId: rating.caseId,
    caseNumber: rating.caseNumber,
    dueDate: due.date,
    responsibleUnitName: rating.responsibleUnitName,
    to: 'open',
  });
  return row!.id;
}
