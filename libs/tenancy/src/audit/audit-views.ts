import { EntityManager } from 'typeorm';
import { AuditRow } from './audit.service';
import { describeDetail, referencedSubjects, SubjectRef } from './audit-detail';
import { AuditEntryView } from './audit-entry.type';
import { AuditSubjectResolvers, subjectKey } from './audit-subjects';
import { actionLabel, subjectTypeLabel } from './audit-vocabulary';

/**
 * Entries as the log shows them: action labels, the subject by name and the detail as
 * labelled fields. Every subject a page names (its own and those its details refer to) is
 * named in one batch per type, in the reader's transaction.
 */
export async function auditViews(m: EntityManager, rows: readonly AuditRow[], resolvers: AuditSubjectResolvers): Promise<AuditEntryView[]> {
  const refs: SubjectRef[] = [];
  for (const r of rows) {
    if (r.subject_type && r.subject_id) refs.push({ type: r.subject_type, id: r.subject_id });
    refs.push(...referencedSubjects(r.action, r.detail));
  }
  const names = await resolvers.names(m, refs);
  const nameOf = (type: string, id: string) => names.get(subjectKey(type, id.toLowerCase()))?.name;
  return rows.map((r) => {
    const label = actionLabel(r.action);
    const type = r.subject_type ? subjectTypeLabel(r.subject_type) : null;
    const subject = r.subject_type && r.subject_id ? names.get(subjectKey(r.subject_type, r.subject_id.toLowerCase())) : undefined;
    return {
      seq: String(r.seq),
      at: new Date(r.at),
      actorId: r.actor_id,
      actorName: r.actor_name,
      onBehalfOf: r.on_behalf_of,
      action: r.action,
      actionLabelZh: label.zh,
      actionLabelEn: label.en,
      subjectType: r.subject_type,
      subjectTypeLabelZh: type?.zh ?? null,
      subjectTypeLabelEn: type?.en ?? null,
      subjectId: r.subject_id,
      subjectName: subject?.name ?? null,
      subjectPath: subject?.path ?? null,
      details: describeDetail(r.action, r.detail, nameOf),
      detail: r.detail,
      hash: r.hash,
    };
  });
}
