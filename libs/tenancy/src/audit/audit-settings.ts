import { AuditCheckpoints } from './audit-checkpoints';
import { AuditKey, auditKeyFrom } from './audit-key';

/** How the audit chain is sealed and anchored; from the environment (auditSettingsFrom) or a test. */
export interface AuditSettings {
  key: AuditKey;
  /** Where verified chain heads are appended (AUDIT_CHECKPOINT_FILE). */
  checkpointFile: string;
  /** How often the server verifies new entries and records each chain's head (AUDIT_CHECKPOINT_MINUTES); 0 = never on a timer. */
  checkpointMinutes: number;
}

export const AUDIT_SETTINGS = Symbol('AUDIT_SETTINGS');

export const DEFAULT_CHECKPOINT_FILE = '.data/audit-checkpoints.jsonl';

/** AUDIT_KEY (else `fallbackKey`), AUDIT_CHECKPOINT_FILE and AUDIT_CHECKPOINT_MINUTES (default 10). */
export function auditSettingsFrom(env: NodeJS.ProcessEnv, fallbackKey?: string): AuditSettings {
  return {
    key: auditKeyFrom(env, fallbackKey),
    checkpointFile: env.AUDIT_CHECKPOINT_FILE?.trim() || DEFAULT_CHECKPOINT_FILE,
    checkpointMinutes: Number(env.AUDIT_CHECKPOINT_MINUTES ?? 10),
  };
}

export function checkpointsOf(settings: AuditSettings): AuditCheckpoints {
  return new AuditCheckpoints(settings.checkpointFile, settings.key);
}
