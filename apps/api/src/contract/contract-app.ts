import { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { appDataSource, AuditKey, authSettingsFrom } from '@county/tenancy';
import { createApp } from '../bootstrap/create-app';

/** The app wired without a database connection: enough to read its schema and permissions. */
export async function contractApp(): Promise<INestApplication> {
  const app = await createApp(
    { dataSource: appDataSource('postgres://unused@127.0.0.1:1/unused'), auth: authSettingsFrom({}, 'unused'),
      audit: { key: AuditKey.of('unused'), checkpointFile: '/nonexistent/audit-checkpoints.jsonl', checkpointMinutes: 0 },
      production: false },
    '/nonexistent',
  );
  await app.init();
  return app;
}

export function printedSchema(app: INestApplication): string {
  return `${printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema))}\n`;
}
