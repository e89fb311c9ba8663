import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditKey, useAuditKey } from '../audit/audit-key';
import { AuditSettings } from '../audit/audit-settings';

/** The fixed audit key every test seeds and verifies with. */
export const TEST_AUDIT_KEY = AuditKey.of('test-audit-key-not-for-production');

/** Seeds, factories and test apps in this process seal entries with the test key. */
export function useTestAuditKey(): void {
  useAuditKey(TEST_AUDIT_KEY);
}

/** The test key and a checkpoint file of its own in a fresh temporary folder; no timer. */
export function testAuditSettings(key: AuditKey = TEST_AUDIT_KEY): AuditSettings {
  return { key, checkpointFile: join(mkdtempSync(join(tmpdir(), 'county-audit-')), 'audit-checkpoints.jsonl'), checkpointMinutes: 0 };
}
