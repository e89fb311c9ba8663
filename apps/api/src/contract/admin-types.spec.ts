import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const COMMITTED = 'apps/admin/src/gql';

describe('admin client types', () => {
  it('apps/admin/src/gql is what codegen makes of schema.gql and the admin queries (run npm run contract:print)', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'admin-gql-'));
    try {
      execFileSync('npx', ['graphql-codegen', '--config', 'apps/admin/codegen.ts', '--silent'], {
        env: { ...process.env, ADMIN_GQL_OUT: `${scratch}/` },
        stdio: 'pipe',
      });
      const fresh = readdirSync(scratch).sort();
      expect(readdirSync(COMMITTED).sort()).toEqual(fresh);
      for (const name of fresh) {
        expect({ name, content: readFileSync(join(COMMITTED, name), 'utf8') }).toEqual({ name, content: readFileSync(join(scratch, name), 'utf8') });
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 120_000);
});
