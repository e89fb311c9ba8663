import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('app_user')
export class User {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('text') username: string;
  @Column('text', { name: 'display_name' }) displayName: string;
  @Column('text', { nullable: true }) phone: string | null;
  @Column('text', { name: 'password_hash', select: false }) passwordHash: string;
  @Column('int', { name: 'failed_logins' }) failedLogins: number;
  @Column('timestamptz', { name: 'locked_until', nullable: true }) lockedUntil: Date | null;
  @Column('boolean') disabled: boolean;
  @Column('timestamptz', { name: 'password_changed_at' }) passwordChangedAt: Date;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
