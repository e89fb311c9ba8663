import { AuditSettings, auditSettingsFrom, localSecret, useAuditKey } from '@county/tenancy';
import { SettingsError } from './startup-error';

/** The embedded install's audit key, made once (mode 0600); with DATABASE_URL, AUDIT_KEY must be set. */
export const LOCAL_AUDIT_KEY_FILE = '.data/audit-key';

/**
 * The audit settings the server and every command share (AUDIT_KEY, else `.data/audit-key` for
 * the embedded install), with the key made the one this process seals entries with: seeds and
 * imports through their own owner connections write keyed entries too.
 */
export function installAuditSettings(env: NodeJS.ProcessEnv = process.env): AuditSettings {
  const fallback = (env.AUDIT_KEY?.trim() || env.DATABASE_URL) ? undefined : localSecret(LOCAL_AUDIT_KEY_FILE);
  if (!fallback && !env.AUDIT_KEY?.trim()) {
    throw new SettingsError('AUDIT_KEY is not set: with DATABASE_URL the audit log needs its key (a long random string, the same on every replica, kept away from the database)');
  }
  const settings = auditSettingsFrom(env, fallback);
  useAuditKey(settings.key);
  return settings;
}
