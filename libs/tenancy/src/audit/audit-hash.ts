import { sm3 } from 'sm-crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  tenantId: string;
  seq: string;
  at: Date;
  actorId: string | null;
  actorName: string;
  onBehalfOf: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  detail: Record<string, unknown>;
  prevHash: string;
}

/** JSON with sorted keys, so jsonb's own key order does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value as object).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** SM3 (GB/T 32905) over every field and the previous link's hash. */
export function chainHash(e: ChainedFields): string {
  return sm3(
    canonicalJson([
      e.tenantId,
      String(e.seq),
      e.at.toISOString(),
      e.actorId,
      e.actorName,
      e.onBehalfOf,
      e.action,
      e.subjectType,
      e.subjectId,
      e.detail,
      e.prevHash,
    ]),
  );
}
