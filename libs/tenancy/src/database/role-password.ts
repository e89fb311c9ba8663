import { Client } from 'pg';

/** Postgres' SQLSTATE for a wrong password (28P01 invalid_password). */
const INVALID_PASSWORD = '28P01';

/** True when the server refuses this login for its password; other failures (server down, …) are thrown. */
export async function loginRefused(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === INVALID_PASSWORD) return true;
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Sets a role's login password (stored as a SCRAM verifier), connected as a role allowed to. */
export async function setRolePassword(url: string, role: string, password: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${client.escapeIdentifier(role)} PASSWORD ${client.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
}
