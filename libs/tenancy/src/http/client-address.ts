import { isIP } from 'node:net';

/** What is read of an HTTP request to know who sent it: Express's `req.ip`. */
export interface ClientRequest {
  ip?: string;
}

/**
 * The one answer to "which client sent this request", for throttling, rate limits and audit.
 * It is the socket's peer unless the server was told to trust a proxy (`TRUST_PROXY`), in which
 * case Express takes it from X-Forwarded-For — never a header the client itself can set.
 * IPv4 addresses mapped into IPv6 are written as IPv4, so one client has one key.
 */
export function clientAddress(req: ClientRequest | undefined): string {
  const ip = req?.ip;
  if (!ip) return 'unknown';
  const plain = ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
  return plain.slice(0, 64);
}

/**
 * Express's `trust proxy` from `TRUST_PROXY`: unset or `false` trusts nobody (X-Forwarded-For is
 * ignored); a number trusts that many hops; `true` trusts every hop (only behind a proxy that
 * overwrites the header); anything else is Express's list of names and CIDRs
 * (`loopback`, `10.0.0.0/8, 192.168.1.5`).
 */
export function trustProxyFrom(value: string | undefined): boolean | number | string[] {
  const v = (value ?? '').trim();
  if (v === '' || v.toLowerCase() === 'false') return false;
  if (v.toLowerCase() === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}
