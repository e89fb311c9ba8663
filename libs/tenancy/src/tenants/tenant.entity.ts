import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A county (县/区/县级市) using the platform. */
@Entity('tenant')
export class Tenant {
  @PrimaryColumn('uuid') id: string;
  @Column('varchar', { name: 'division_code' }) divisionCode: string;
  @Column('text') name: string;
  @Column('text') kind: 'platform' | 'county';
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
