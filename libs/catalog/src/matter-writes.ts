import { isDeepStrictEqual } from 'node:util';
import { EntityManager } from 'typeorm';
import { DomainError, isUniqueViolation, pinyinKeys, throwViolations } from '@county/tenancy';
import { isIsoDate } from './beijing-date';
import { catalogAudit } from './catalog.audit';
import { CatalogError } from './catalog.errors';
import { canonicalContent } from './content/canonical-content';
import { readContent, storedContent } from './content/content-versions';
import { MatterContent } from './content/matter-content';
import { codeChangeViolations, codeViolations } from './rules/codes';
import { matterViolations } from './rules/matter-rules';

/** Who writes: a person, or a seed/import job (id null). */
export interface CatalogActor {
  id: string | null;
  name: string;
}

/**
 * The catalog's writes, inside the caller's tenant transaction. Every caller — the GraphQL
 * service, the demo seed, future imports — goes through these, so the rules always hold.
 */

interface MatterRow {
  id: string;
  basic_code: string;
  implementation_code: string;
  retired_at: Date | null;
  published: boolean;
}

async function lockMatter(m: EntityManager, matterId: string): Promise<MatterRow> {
  const [row] = await m.query(
    `SELECT id, basic_code, implementation_code, retired_at,
            EXISTS (SELECT 1 FROM matter_version v WHERE v.tenant_id = mt.tenant_id AND v.matter_id = mt.id AND v.status = 'published') AS published
       FROM matter mt WHERE id = $1 FOR UPDATE`,
    [matterId],
  );
  if (!row) throw CatalogError.NotFound(matterId);
  return row;
}

/** Every rule of the content and of its references, reported together. */
async function checkContent(m: EntityManager, content: MatterContent, selfId: string | null, earlier: DomainError[] = []): Promise<void> {
  const [holder] = await m.query(`SELECT id FROM matter WHERE implementation_code = $1`, [content.implementationCode]);
  const bodies = [content.implementingBodyId, ...content.coImplementingBodyIds];
  const found: { id: string }[] = await m.query(`SELECT id FROM org_unit WHERE id = ANY ($1::uuid[]) AND kind = 'department'`, [bodies]);
  const missing = bodies
    .map((id, i) => ({ id, field: i === 0 ? ['implementingBodyId'] : ['coImplementingBodyIds', String(i - 1)] }))
    .filter((b) => !found.some((f) => f.id === b.id))
    .map((b) => CatalogError.ImplementingBodyInvalid(b.id).at(b.field));
  throwViolations([...earlier, ...matterViolations(content), ...codeViolations(content.implementationCode, holder?.id ?? null, selfId), ...missing]);
}

const isCodeViolation = (e: unknown) => isUniqueViolation(e, 'implementation_code');

export async function insertMatterDraft(m: EntityManager, tenantId: string, actor: CatalogActor, input: MatterContent): Promise<string> {
  const content = canonicalContent(input);
  await checkContent(m, content, null);
  const keys = pinyinKeys(content.name);
  try {
    const [{ id }] = await m.query(
      `INSERT INTO matter (tenant_id, basic_code, implementation_code, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
      [tenantId, content.basicCode, content.implementationCode, actor.id],
    );
    await m.query(
      `INSERT INTO matter_version (tenant_id, matter_id, version, status, name, pinyin, pinyin_initials, content)
       VALUES ($1, $2, 1, 'draft', $3, $4, $5, $6)`,
      [tenantId, id, content.name, keys.pinyin, keys.initials, storedContent(content)],
    );
    return id;
  } catch (e) {
    if (isCodeViolation(e)) throw CatalogError.MatterCodeTaken(content.implementationCode);
    throw e;
  }
}

/** A saved draft: its version and the top-level fields that changed (for the audit entry). */
export interface SavedDraft {
  version: number;
  changedFields: string[];
}

export async function saveMatterDraft(m: EntityManager, matterId: string, input: MatterContent): Promise<SavedDraft> {
  const matter = await lockMatter(m, matterId);
  if (matter.retired_at) throw CatalogError.MatterRetired();
  const [draft] = await m.query(`SELECT version, content FROM matter_version WHERE matter_id = $1 AND status = 'draft'`, [matterId]);
  if (!draft) throw CatalogError.NoDraft();
  const content = canonicalContent(input);
  const codeChanges = codeChangeViolations(
    matter.published,
    { basicCode: matter.basic_code, implementationCode: matter.implementation_code },
    content,
  );
  await checkContent(m, content, matterId, codeChanges);
  const keys = pinyinKeys(content.name);
  try {
    await m.query(`UPDATE matter SET basic_code = $2, implementation_code = $3 WHERE id = $1`, [
      matterId,
      content.basicCode,
      content.implementationCode,
    ]);
  } catch (e) {
    if (isCodeViolation(e)) throw CatalogError.MatterCodeTaken(content.implementationCode);
    throw e;
  }
  await m.query(
    `UPDATE matter_version SET name = $3, pinyin = $4, pinyin_initials = $5, content = $6, updated_at = now()
      WHERE matter_id = $1 AND version = $2`,
    [matterId, draft.version, content.name, keys.pinyin, keys.initials, storedContent(content)],
  );
  const before = readContent(draft.content) as unknown as Record<string, unknown>;
  const after = content as unknown as Record<string, unknown>;
  const changedFields = [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((k) => !isDeepStrictEqual(before[k], after[k]))
    .sort();
  return { version: draft.version, changedFields };
}

/**
 * Publishes the draft as an immutable version effective from a date (today or later, and not
 * before the latest published version). Rules are checked again: they may have changed.
 */
export async function publishMatterDraft(
  m: EntityManager,
  tenantId: string,
  actor: CatalogActor,
  matterId: string,
  effectiveFrom: string | null | undefined,
  today: string,
): Promise<number> {
  const matter = await lockMatter(m, matterId);
  if (matter.retired_at) throw CatalogError.MatterRetired();
  const [row] = await m.query(`SELECT version, content FROM matter_version WHERE matter_id = $1 AND status = 'draft'`, [matterId]);
  if (!row) throw CatalogError.NoDraft();
  const draft = { version: row.version as number, content: readContent(row.content) };
  const [{ latest }] = await m.query(
    `SELECT max(effective_from)::text AS latest FROM matter_version WHERE matter_id = $1 AND status = 'published'`,
    [matterId],
  );
  const earliest = latest && latest > today ? latest : today;
  const date = effectiveFrom ?? today;
  if (!isIsoDate(date) || date < earliest) throw CatalogError.EffectiveDateInvalid(date, earliest);
  await checkContent(m, draft.content, matterId);
  await m.query(
    // A draft saved under an older schema is published in the current one.
    `UPDATE matter_version SET status = 'published', effective_from = $3::date, published_at = now(), published_by = $4, updated_at = now(),
            content = $5
      WHERE matter_id = $1 AND version = $2`,
    [matterId, draft.version, date, actor.id, storedContent(draft.content)],
  );
  await catalogAudit(m, { tenantId: tenantId, user: { id: actor.id, username: actor.name } }, 'matter_published', { type: 'Matter', id: matterId }, { version: draft.version, effectiveFrom: date, implementationCode: matter.implementation_code, name: draft.content.name });
  return draft.version;
}

/** A new draft from the latest published version; the published one stays in force meanwhile. */
export async function openMatterDraft(m: EntityManager, tenantId: string, matterId: string): Promise<number> {
  const matter = await lockMatter(m, matterId);
  if (matter.retired_at) throw CatalogError.MatterRetired();
  const [draft] = await m.query(`SELECT version FROM matter_version WHERE matter_id = $1 AND status = 'draft'`, [matterId]);
  if (draft) throw CatalogError.DraftExists(draft.version);
  const [latest] = await m.query(
    `SELECT version, name, pinyin, pinyin_initials, content FROM matter_version
      WHERE matter_id = $1 AND status = 'published' ORDER BY version DESC LIMIT 1`,
    [matterId],
  );
  if (!latest) throw CatalogError.NotPublished();
  await m.query(
    `INSERT INTO matter_version (tenant_id, matter_id, version, status, name, pinyin, pinyin_initials, content)
     VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7)`,
    [tenantId, matterId, latest.version + 1, latest.name, latest.pinyin, latest.pinyin_initials, storedContent(readContent(latest.content))],
  );
  return latest.version + 1;
}

/** 取消: the matter leaves the effective catalog and the guide; its versions stay for the record. */
export async function retireMatter(m: EntityManager, tenantId: string, actor: CatalogActor, matterId: string): Promise<void> {
  const matter = await lockMatter(m, matterId);
  if (matter.retired_at) throw CatalogError.MatterRetired();
  await m.query(`UPDATE matter SET retired_at = now(), retired_by = $2 WHERE id = $1`, [matterId, actor.id]);
  await catalogAudit(m, { tenantId: tenantId, user: { id: actor.id, username: actor.name } }, 'matter_retired', { type: 'Matter', id: matterId }, { implementationCode: matter.implementation_code });
}
