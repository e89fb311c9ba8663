import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One use of a delegation, so every use can be checked later. */
@Entity('delegation_use')
export class DelegationUse {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'delegation_id' }) delegationId: string;
  @Column('uuid', { name: 'used_by' }) usedBy: string;
  @Column('text', { name: 'matter_code' }) matterCode: string;
  @Column('text') action: string;
  @Column('text', { name: 'subject_id', nullable: true }) subjectId: string | null;
  @Column('timestamptz', { name: 'used_at' }) usedAt: Date;
}
