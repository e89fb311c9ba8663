import { EntityManager } from 'typeorm';
import { beforeCommit } from '../database/tenant-database';
import { appendAudit } from './audit.service';
import { AuditVocabulary, registerAuditVocabulary } from './audit-vocabulary';

/** Who acted, in which county; a RequestContext is one. Seeds and jobs name themselves. */
export interface AuditActor {
  tenantId: string;
  user?: { id: string | null; username: string } | null;
}

export interface AuditSubject {
  type: string;
  id: string;
}

/**
 * A library's `audit(tx, who, action, subject, detail)`, typed by its own action list, whose
 * labels (`vocabulary`) the audit log shows. The entry is appended last in the transaction
 * (just before commit), so the per-county chain lock is held for the shortest time and a
 * rolled-back action leaves no entry.
 */
export function auditFor<const A extends string>(library: string, actions: readonly A[], vocabulary: AuditVocabulary<A>) {
  registerAuditVocabulary(library, actions, vocabulary);
  return (m: EntityManager, who: AuditActor, action: A, subject: AuditSubject | null, detail?: Record<string, unknown>, onBehalfOf?: string | null) =>
    beforeCommit(m, async (tx) => {
      await appendAudit(tx, who.tenantId, {
        actorId: who.user?.id ?? null,
        actorName: who.user?.username ?? '',
        onBehalfOf: onBehalfOf ?? null,
        action,
        subjectType: subject?.type,
        subjectId: subject?.id,
        detail,
      });
    });
}
