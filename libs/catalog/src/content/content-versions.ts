import { canonicalContent } from './canonical-content';
import { MatterContent } from './matter-content';

/**
 * The schema versions of a matter's stored content (`matter_version.content`), oldest first,
 * with one upgrade per step. Published versions never change (a trigger refuses it), so a
 * document keeps the shape it was written in and is brought to the current shape on every
 * read; every write stamps the current version. Adding an element to `MatterContent` means:
 * a new entry here whose upgrade fills the element for older documents, and nothing else.
 *
 * - v1: the content as first published (until 2026-12), without a version stamp.
 * - v2: the same elements, stamped with `schemaVersion`.
 */

/** Where a stored document says which schema it was written in. */
export const SCHEMA_VERSION_KEY = 'schemaVersion';

/** A stored document: `MatterContent` of some schema version, with its stamp. */
export type StoredDocument = Record<string, unknown>;

export interface ContentUpgrade {
  /** The version the upgrade reads; it writes `from + 1`. */
  from: number;
  upgrade: (doc: StoredDocument) => StoredDocument;
}

export const CONTENT_UPGRADES: readonly ContentUpgrade[] = [{ from: 1, upgrade: (doc) => doc }];

export const CURRENT_CONTENT_VERSION = CONTENT_UPGRADES.length + 1;

/** The schema version a stored document was written in: no stamp is v1. */
export function schemaVersionOf(doc: StoredDocument): number {
  const v = doc[SCHEMA_VERSION_KEY];
  return v == null ? 1 : Number(v);
}

/**
 * Runs the upgrades from the document's version up to the last one, in order. A document newer
 * than this code knows (written by a newer server) is refused rather than read half-understood.
 */
export function upgradeDocument(raw: StoredDocument, upgrades: readonly ContentUpgrade[] = CONTENT_UPGRADES): StoredDocument {
  const target = upgrades.length + 1;
  let version = schemaVersionOf(raw);
  if (!Number.isInteger(version) || version < 1 || version > target) {
    throw new Error(`matter content schema version ${String(raw[SCHEMA_VERSION_KEY])} is not one of 1…${target}`);
  }
  let doc = raw;
  for (const step of upgrades.slice(version - 1)) {
    if (step.from !== version) throw new Error(`matter content upgrades out of order: expected a step from v${version}, got v${step.from}`);
    doc = { ...step.upgrade(doc), [SCHEMA_VERSION_KEY]: ++version };
  }
  return doc;
}

/** A stored document as the current `MatterContent` (the stamp is storage, not an element). */
export function readContent(raw: unknown): MatterContent {
  const { [SCHEMA_VERSION_KEY]: _stamp, ...content } = upgradeDocument(raw as StoredDocument);
  return content as unknown as MatterContent;
}

/** What a write stores: the canonical content stamped with the current schema version. */
export function storedContent(c: MatterContent): StoredDocument {
  return { [SCHEMA_VERSION_KEY]: CURRENT_CONTENT_VERSION, ...canonicalContent(c) };
}
