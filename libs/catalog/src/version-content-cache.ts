import { EntityManager } from 'typeorm';
import { selectRows } from '@county/tenancy';
import { readContent } from './content/content-versions';
import { MatterContent } from './content/matter-content';

/**
 * Contents of published versions, which never change (a trigger refuses it), so a cached copy
 * can never be stale; they are kept upgraded to the current content schema. Keyed by tenant, matter and version; the oldest entries leave first.
 * Reads still go to Postgres under RLS for which versions are in force; only the large jsonb
 * bodies come from here.
 */
const MAX_ENTRIES = 20_000;
const cache = new Map<string, MatterContent>();

const keyOf = (tenantId: string, matterId: string, version: number) => `${tenantId}/${matterId}/${version}`;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export interface PublishedRef {
  tenantId: string;
  matterId: string;
  version: number;
}

/** The contents of these published versions, read from Postgres only for the ones not seen yet. */
export async function publishedContents(m: EntityManager, refs: PublishedRef[]): Promise<MatterContent[]> {
  const missing = refs.filter((r) => !cache.has(keyOf(r.tenantId, r.matterId, r.version)));
  if (missing.length) {
    const rows = await selectRows<{ tenant_id: string; matter_id: string; version: number; content: unknown }>(
      m,
      `SELECT v.tenant_id, v.matter_id, v.version, v.content
         FROM matter_version v
         JOIN unnest($1::uuid[], $2::int[]) AS want (matter_id, version) ON want.matter_id = v.matter_id AND want.version = v.version
        WHERE v.status = 'published'`,
      [missing.map((r) => r.matterId), missing.map((r) => r.version)],
    );
    for (const r of rows) cache.set(keyOf(r.tenant_id, r.matter_id, r.version), deepFreeze(readContent(r.content)));
    while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  }
  return refs.map((r) => {
    const content = cache.get(keyOf(r.tenantId, r.matterId, r.version));
    if (!content) throw new Error(`published version ${r.version} of matter ${r.matterId} not found`);
    return content;
  });
}
