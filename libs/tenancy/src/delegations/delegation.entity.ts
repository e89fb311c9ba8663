import { Column, Entity, PrimaryColumn } from 'typeorm';

/** 一纸授权: a department's grant of authority over matters to a person or a window, for a period. */
@Entity('delegation')
export class Delegation {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'department_id' }) departmentId: string;
  @Column('uuid', { name: 'grantee_user_id', nullable: true }) granteeUserId: string | null;
  @Column('uuid', { name: 'grantee_window_id', nullable: true }) granteeWindowId: string | null;
  @Column('boolean', { name: 'all_matters' }) allMatters: boolean;
  @Column('text', { name: 'matter_codes', array: true }) matterCodes: string[];
  @Column('timestamptz', { name: 'valid_from' }) validFrom: Date;
  @Column('timestamptz', { name: 'valid_until' }) validUntil: Date;
  @Column('text') reason: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  @Column('uuid', { name: 'revoked_by', nullable: true }) revokedBy: string | null;
}
