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
  // Numbers continue after every version, a withdrawn one included.
  const [{ next }] = await m.query(`SELECT max(version) + 1 AS next FROM matter_version WHERE matter_id = $1`, [matterId]);
  await m.query(
    `INSERT INTO matter_version (tenant_id, matter_id, version, status, name, pinyin, pinyin_initials, content)
     VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7)`,
    [tenantId, matterId, next, latest.name, latest.pinyin, latest.pinyin_initials, storedContent(readContent(latest.content))],
  );
  return next;
}

/**
 * 取消: from `effectiveOn` (today or later, Beijing) the matter leaves the effective catalog and
 * the guide; until then it stays in force. The decision freezes the matter at once (no more
 * drafts, publications or local settings); its versions stay for the record.
 */
export async function retireMatter(
  m: EntityManager,
  tenantId: string,
  actor: CatalogActor,
  matterId: string,
  retirement: { reason: string; effectiveOn?: string | null },
  today: string,
): Promise<void> {
  const reason = (retirement.reason ?? '').trim();
  if (reason.length < 2 || reason.length > 500) throw CatalogError.RetirementReasonRequired();
  const date = retirement.effectiveOn ?? today;
  if (!isIsoDate(date) || date < today) throw CatalogError.RetirementDateInvalid(date, today);
  const matter = await lockMatter(m, matterId);
  if (matter.retired_at) throw CatalogError.MatterRetired();
  await m.query(
    `UPDATE matter SET retired_at = ($3::date)::timestamp AT TIME ZONE 'Asia/Shanghai', retired_by = $2,
            retirement_reason = $4, retirement_recorded_at = now()
      WHERE id = $1`,
    [matterId, actor.id, date, reason],
  );
  await catalogAudit(m, { tenantId: tenantId, user: { id: actor.id, username: actor.name } }, 'matter_retired', { type: 'Matter', id: matterId }, {
    implementationCode: matter.implementation_code,
    reason,
    effectiveOn: date,
  });
}

/**
 * 撤回: a published version not yet in force (待施行) becomes `withdrawn`, never to take effect;
 * it stays readable with its reason. Once its date has come it is refused: cases may have been
 * accepted under it, so only a new version can change the matter.
 */
export async function withdrawMatterVersion(
  m: EntityManager,
  tenantId: string,
  actor: CatalogActor,
  matterId: string,
  version: number,
  reasonInput: string,
  today: string,
): Promise<void> {
  const reason = (reasonInput ?? '').trim();
  if (reason.length < 2 || reason.length > 500) throw CatalogError.WithdrawalReasonRequired();
  const matter = await lockMatter(m, matterId);
  const [row] = await m.query(`SELECT status, effective_from::text AS effective_from FROM matter_version WHERE matter_id = $1 AND version = $2`, [
    matterId,
    version,
  ]);
  if (!row) throw CatalogError.VersionNotFound(matterId, version);
  if (row.status !== 'published') throw CatalogError.VersionNotScheduled(version, row.status);
  if (row.effective_from <= today) throw CatalogError.VersionAlreadyEffective(version, row.effective_from);
  await m.query(
    `UPDATE matter_version SET status = 'withdrawn', withdrawn_at = now(), withdrawn_by = $3, withdrawal_reason = $4
      WHERE matter_id = $1 AND version = $2`,
    [matterId, version, actor.id, reason],
  );
  await catalogAudit(m, { tenantId: tenantId, user: { id: actor.id, username: actor.name } }, 'matter_version_withdrawn', { type: 'Matter', id: matterId }, {
    implementationCode: matter.implementation_code,
    version,
    effectiveFrom: row.effective_from,
    reason,
  });
}
