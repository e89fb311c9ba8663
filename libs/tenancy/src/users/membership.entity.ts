import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Role } from '../context/role';

/** A user holds a role at an org unit (user × org unit × role). */
@Entity('membership')
export class Membership {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('uuid', { name: 'org_unit_id', nullable: true }) orgUnitId: string | null;
  @Column('text') role: Role;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  @Column('uuid', { name: 'revoked_by', nullable: true }) revokedBy: string | null;
}
