import { sm3 } from 'sm-crypto';
import { AuditKey } from './audit-key';

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

/**
 * How an entry is sealed (the `seal` column). Entries written before the key existed carry a
 * plain SM3 hash, which anyone who can insert a row could compute; every new entry is keyed.
 */
export const SEAL = { plainSm3: 1, hmacSm3: 2 } as const;
export type Seal = (typeof SEAL)[keyof typeof SEAL];

/** The text an entry's seal covers: every field and the previous link's hash. */
function chainInput(e: ChainedFields): string {
  return canonicalJson([
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
  ]);
}

/** Plain SM3 (GB/T 32905) over the entry: how legacy entries (seal 1) were hashed. */
export function chainHash(e: ChainedFields): string {
  return sm3(chainInput(e));
}

/** HMAC-SM3 over the same fields with the audit key: how every new entry (seal 2) is sealed. */
export function keyedChainHash(e: ChainedFields, key: AuditKey): string {
  return sm3(chainInput(e), { key: key.hex });
}

/** HMAC-SM3 of any canonical value with the audit key (checkpoint lines). */
export function keyedMac(value: unknown, key: AuditKey): string {
  return sm3(canonicalJson(value), { key: key.hex });
}
