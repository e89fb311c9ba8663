import { AuditKey, keyedMac } from '@county/tenancy';
import { installAuditSettings } from './audit-settings';
import { SettingsError } from './startup-error';

describe('installAuditSettings', () => {
  it('takes AUDIT_KEY, the checkpoint file and interval from the environment', () => {
    const settings = installAuditSettings({ AUDIT_KEY: 'k'.repeat(40), DATABASE_URL: 'postgres://x@h/db', AUDIT_CHECKPOINT_FILE: '/srv/audit.jsonl', AUDIT_CHECKPOINT_MINUTES: '5' });
    expect(keyedMac(['x'], settings.key)).toBe(keyedMac(['x'], AuditKey.of('k'.repeat(40))));
    expect(keyedMac(['x'], settings.key)).not.toBe(keyedMac(['x'], AuditKey.of('another')));
    expect(settings).toMatchObject({ checkpointFile: '/srv/audit.jsonl', checkpointMinutes: 5 });
    expect(String(settings.key)).not.toContain('k'.repeat(10));
  });

  it('defaults to .data/audit-checkpoints.jsonl every 10 minutes', () => {
    expect(installAuditSettings({ AUDIT_KEY: 'some key', DATABASE_URL: 'postgres://x@h/db' })).toMatchObject({ checkpointFile: '.data/audit-checkpoints.jsonl', checkpointMinutes: 10 });
  });

  it('with DATABASE_URL refuses to go on without AUDIT_KEY, naming it', () => {
    expect(() => installAuditSettings({ DATABASE_URL: 'postgres://x@h/db', AUDIT_KEY: '  ' })).toThrow(SettingsError);
    expect(() => installAuditSettings({ DATABASE_URL: 'postgres://x@h/db' })).toThrow(/AUDIT_KEY is not set/);
  });
});
