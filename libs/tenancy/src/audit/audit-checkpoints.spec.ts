import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sm3 } from 'sm-crypto';
import { AuditCheckpoints } from './audit-checkpoints';
import { canonicalJson } from './audit-hash';
import { AuditKey } from './audit-key';

const KEY = AuditKey.of('checkpoint-spec-key');
const A = '11111111-1111-1111-1111-111111111111';
const B = '22222222-2222-2222-2222-222222222222';
const fileIn = () => join(mkdtempSync(join(tmpdir(), 'audit-cp-')), 'nested', 'audit-checkpoints.jsonl');

describe('AuditCheckpoints', () => {
  it('keeps the newest sealed head per tenant in a file only its owner may read', () => {
    const file = fileIn();
    const cps = new AuditCheckpoints(file, KEY);
    expect(cps.latest(A)).toBeUndefined();
    cps.record([{ tenantId: A, seq: '5', hash: 'a'.repeat(64) }, { tenantId: B, seq: '2', hash: 'b'.repeat(64) }], new Date('2026-12-01T00:00:00Z'));
    cps.record([{ tenantId: A, seq: '9', hash: 'c'.repeat(64) }], new Date('2026-12-01T00:10:00Z'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(cps.latest(A)).toEqual({ tenantId: A, seq: '9', hash: 'c'.repeat(64), at: '2026-12-01T00:10:00.000Z' });
    expect(cps.latest(B)).toMatchObject({ seq: '2' });
    expect(cps.read().faults).toEqual([]);
  });

  it('narrows a file someone else created to mode 0600', () => {
    const file = fileIn();
    new AuditCheckpoints(file, KEY).record([{ tenantId: A, seq: '1', hash: 'a'.repeat(64) }]);
    chmodSync(file, 0o644);
    new AuditCheckpoints(file, KEY).record([{ tenantId: A, seq: '2', hash: 'b'.repeat(64) }]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('reports a line not sealed with the key and never trusts it', () => {
    const file = fileIn();
    const cps = new AuditCheckpoints(file, KEY);
    cps.record([{ tenantId: A, seq: '3', hash: 'a'.repeat(64) }]);
    // What someone without the key would write: a plain SM3 where the MAC belongs.
    const forged = { tenantId: A, seq: '1', hash: 'f'.repeat(64), at: new Date().toISOString() };
    appendFileSync(file, `${JSON.stringify({ ...forged, seq: '99', mac: sm3(canonicalJson(['audit-checkpoint', A, '99', forged.hash, forged.at])) })}\nnot json\n`);
    const { latest, faults } = cps.read();
    expect(latest.get(A)).toMatchObject({ seq: '3' });
    expect(faults).toEqual([
      { line: 2, tenantId: A, seq: '99', reason: 'checkpoint line 2: MAC does not match' },
      { line: 3, tenantId: null, seq: null, reason: 'checkpoint line 3: not a checkpoint' },
    ]);
    // Under another key every line is a fault.
    expect(new AuditCheckpoints(file, AuditKey.of('another key')).read().faults.map((f) => f.line)).toEqual([1, 2, 3]);
  });

  it('an edited line fails its MAC', () => {
    const file = fileIn();
    new AuditCheckpoints(file, KEY).record([{ tenantId: A, seq: '7', hash: 'a'.repeat(64) }]);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"seq":"7"', '"seq":"4"'));
    expect(new AuditCheckpoints(file, KEY).read()).toMatchObject({ latest: new Map(), faults: [{ line: 1, reason: 'checkpoint line 1: MAC does not match' }] });
  });
});
