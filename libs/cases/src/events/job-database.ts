import { DataSource, EntityManager } from 'typeorm';
import PgBoss from 'pg-boss';

/** pg-boss on the app's own pool (the application role, no pool of its own): the worker's connection. */
export function poolDb(dataSource: DataSource): PgBoss.Db {
  // Looked up at each call: the pool exists only once the data source is initialized.
  const pool = () => (dataSource.driver as unknown as { master: { query(sql: string, values?: unknown[]): Promise<{ rows: unknown[] }> } }).master;
  return { executeSql: (text, values) => pool().query(text, values) };
}

/** pg-boss on an open transaction: a job sent through it commits or rolls back with the case. */
export function transactionDb(m: EntityManager): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      if (!m.queryRunner) throw new Error('transactionDb needs the manager of an open transaction');
      return { rows: (await m.queryRunner.query(text, values, true)).records ?? [] };
    },
  };
}
