import { EntityManager } from 'typeorm';
import { selectRows } from '@county/tenancy';
import { readContent } from '../content/content-versions';
import { DepartmentNames } from './cell-values';
import { ExportedMatter } from './catalog-export';

/** The county's departments by id and by name; a name used twice cannot be typed, so it is left out. */
export async function loadDepartments(m: EntityManager): Promise<DepartmentNames> {
  const rows: { id: string; name: string }[] = await m.query(`SELECT id, name FROM org_unit WHERE kind = 'department' ORDER BY name`);
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.name, (count.get(r.name) ?? 0) + 1);
  return {
    nameOf: new Map(rows.map((r) => [r.id, r.name])),
    idOf: new Map(rows.filter((r) => count.get(r.name) === 1).map((r) => [r.name, r.id])),
  };
}

export interface ExistingMatter {
  id: string;
  basicCode: string;
  retired: boolean;
  published: boolean;
  /** newest version: the draft when there is one */
  head: ExportedMatter;
}

/** A matter with its newest version, as loadHeads selects it. */
interface HeadRow {
  id: string;
  implementation_code: string;
  basic_code: string;
  retired: boolean;
  version: number;
  status: 'draft' | 'published';
  content: unknown;
  pinyin: string;
  published: boolean;
}

/** Every matter with its newest version (draft, else latest published), by implementation code. */
export async function loadHeads(m: EntityManager): Promise<Map<string, ExistingMatter>> {
  const rows = await selectRows<HeadRow>(
    m,
    `SELECT mt.id, mt.implementation_code, mt.basic_code, mt.retired_at IS NOT NULL AS retired, h.version, h.status, h.content, h.pinyin,
            EXISTS (SELECT 1 FROM matter_version p WHERE p.tenant_id = mt.tenant_id AND p.matter_id = mt.id AND p.status = 'published') AS published
       FROM matter mt
       JOIN LATERAL (SELECT v.version, v.status, v.content, v.pinyin FROM matter_version v
                      WHERE v.tenant_id = mt.tenant_id AND v.matter_id = mt.id AND v.status <> 'withdrawn' ORDER BY v.version DESC LIMIT 1) h ON true
      ORDER BY h.pinyin, mt.implementation_code`,
  );
  return new Map(
    rows.map((r) => [
      r.implementation_code,
      { id: r.id, basicCode: r.basic_code, retired: r.retired, published: r.published, head: { version: r.version, status: r.status, content: readContent(r.content) } },
    ]),
  );
}
