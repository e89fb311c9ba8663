import { createHash, createSecretKey, KeyObject, randomBytes } from 'node:crypto';
import * as jwt from 'jsonwebtoken';
import { TenancyError } from '../errors/tenancy.errors';

export interface AccessClaims {
  /** user id */
  sub: string;
  /** tenant id */
  tid: string;
  /** session id: logout revokes it, and with it every access token it issued */
  sid: string;
}

const keys = new Map<string, KeyObject>();
/**
 * The secret as a key object, made once: given a string, jsonwebtoken first tries it as a PEM
 * public key on every call and catches the failure, which costs more than the HMAC itself.
 */
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = createSecretKey(Buffer.from(secret, 'utf8'))));
  return key;
}

export function signAccessToken(claims: AccessClaims, secret: string, seconds: number): string {
  return jwt.sign(claims, keyOf(secret), { algorithm: 'HS256', expiresIn: seconds });
}

export function verifyAccessToken(token: string, secret: string): AccessClaims {
  try {
    const payload = jwt.verify(token, keyOf(secret), { algorithms: ['HS256'] }) as jwt.JwtPayload;
    // Claims become SQL parameters: anything but three ids and an expiry is not our token.
    if (typeof payload.exp !== 'number' || ![payload.sub, payload.tid, payload.sid].every((v) => typeof v === 'string' && UUID.test(v))) {
      throw TenancyError.Unauthenticated();
    }
    return { sub: payload.sub!, tid: payload.tid as string, sid: payload.sid as string };
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) throw TenancyError.TokenExpired();
    throw TenancyError.Unauthenticated();
  }
}

/** An opaque refresh token names its tenant and session; only a hash of the secret is stored. */
export interface RefreshToken {
  tenantId: string;
  sessionId: string;
  secret: string;
}

export function newRefreshSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function formatRefreshToken(t: RefreshToken): string {
  return `${t.tenantId}.${t.sessionId}.${t.secret}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function parseRefreshToken(token: string): RefreshToken {
  const [tenantId, sessionId, secret, ...rest] = (token ?? '').split('.');
  if (rest.length || !UUID.test(tenantId ?? '') || !UUID.test(sessionId ?? '') || !secret) {
    throw TenancyError.RefreshTokenInvalid();
  }
  return { tenantId, sessionId, secret };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
