import { EntityManager } from 'typeorm';
import { selectRows } from '@county/tenancy';
import { readContent } from '../content/content-versions';
import { MatterContent } from '../content/matter-content';
import { LedgerMatter } from './catalog-ledger';

/** A published (or draft) version with its matter, as the ledger reads them. */
interface LedgerRow {
  id: string;
  implementation_code: string;
  retired_on: string | null;
  version: number;
  status: string;
  effective_from: string | null;
  content: unknown;
  pinyin: string;
}

/**
 * Every matter with its published versions, inside a tenant transaction (RLS keeps it to one
 * county). Drafts never count: the ledger compares what was in force. Ordered like the catalog.
 */
export async function loadLedgerMatters(m: EntityManager, matterIds?: string[]): Promise<LedgerMatter[]> {
  const rows = await selectRows<LedgerRow & { effective_from: string }>(
    m,
    `SELECT mt.id, mt.implementation_code, (mt.retired_at AT TIME ZONE 'Asia/Shanghai')::date::text AS retired_on,
            v.version, v.effective_from::text AS effective_from, v.content, v.pinyin
       FROM matter mt JOIN matter_version v ON v.tenant_id = mt.tenant_id AND v.matter_id = mt.id
      WHERE v.status = 'published' ${matterIds ? 'AND mt.id = ANY ($1::uuid[])' : ''}
      ORDER BY mt.implementation_code, v.version`,
    matterIds ? [matterIds] : [],
  );
  const byId = new Map<string, LedgerMatter & { pinyin: string }>();
  for (const r of rows) {
    const matter: LedgerMatter & { pinyin: string } = byId.get(r.id) ?? {
      matterId: r.id,
      implementationCode: r.implementation_code,
      retiredOn: r.retired_on,
      versions: [],
      pinyin: '',
    };
    matter.versions.push({ version: r.version, effectiveFrom: r.effective_from, content: readContent(r.content) });
    matter.pinyin = r.pinyin;
    byId.set(r.id, matter);
  }
  // Sorted by the pinyin of the newest published name, as the catalog lists them.
  return [...byId.values()]
    .sort((a, b) => a.pinyin.localeCompare(b.pinyin) || a.implementationCode.localeCompare(b.implementationCode))
    .map(({ pinyin: _pinyin, ...matter }) => matter);
}

/** Only published versions and drafts for editors, exactly as matterVersion reads them. */
export async function loadVersionContents(
  m: EntityManager,
  matterId: string,
  versions: number[],
  includeDrafts: boolean,
): Promise<{ implementationCode: string; versions: Map<number, { effectiveFrom: string | null; content: MatterContent }> } | null> {
  const rows = await selectRows<LedgerRow>(
    m,
    `SELECT mt.implementation_code, v.version, v.status, v.effective_from::text AS effective_from, v.content
       FROM matter mt JOIN matter_version v ON v.tenant_id = mt.tenant_id AND v.matter_id = mt.id
      WHERE mt.id = $1 AND v.version = ANY ($2::int[]) ${includeDrafts ? '' : `AND v.status = 'published'`}`,
    [matterId, versions],
  );
  if (rows.length === 0) return null;
  return {
    implementationCode: rows[0].implementation_code,
    versions: new Map(rows.map((r) => [r.version, { effectiveFrom: r.effective_from, content: readContent(r.content) }])),
  };
}
