import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One link of a tenant's append-only audit chain. */
@Entity('audit_log')
export class AuditEntry {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('bigint') seq: string;
  @Column('timestamptz') at: Date;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @Column('text', { name: 'actor_name' }) actorName: string;
  @Column('text', { name: 'on_behalf_of', nullable: true }) onBehalfOf: string | null;
  @Column('text') action: string;
  @Column('text', { name: 'subject_type', nullable: true }) subjectType: string | null;
  @Column('text', { name: 'subject_id', nullable: true }) subjectId: string | null;
  @Column('jsonb') detail: Record<string, unknown>;
  @Column('char', { name: 'prev_hash', length: 64 }) prevHash: string;
  @Column('char', { length: 64 }) hash: string;
}
