import { Column, Entity, PrimaryColumn } from 'typeorm';

export const ORG_UNIT_KINDS = ['county', 'township', 'village', 'department', 'service_center', 'window'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/** A unit of a county: territorial (县/乡镇/村) or organisational (部门, 服务中心, 窗口). */
@Entity('org_unit')
export class OrgUnit {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId: string;
  @PrimaryColumn('uuid') id: string;
  /** 12-digit statistical division code for territorial units; generated for the others. */
  @Column('varchar') code: string;
  @Column('text') name: string;
  @Column('text') kind: OrgUnitKind;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId: string | null;
  /** Materialized path (ltree) of short codes: 610921.610921100.610921100001 */
  @Column('ltree') path: string;
  @Column('text') pinyin: string;
  @Column('text', { name: 'pinyin_initials' }) pinyinInitials: string;
  @Column('int', { name: 'sort_order' }) sortOrder: number;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
