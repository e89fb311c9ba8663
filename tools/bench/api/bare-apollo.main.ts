/**
 * The framework floor: a bare Apollo Server over plain node:http answering the API's own schema
 * (apps/api/schema.gql) from memory. Each root field returns the data the real API gave for the
 * same request (recorded by the benchmark into `BENCH_RECORDED`); nested fields use graphql-js's
 * default resolvers. No Nest, no guards, no database: what is left is parsing, validation,
 * execution and serialization of the same documents.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { buildSchema, GraphQLSchema } from 'graphql';

interface Recorded {
  [rootField: string]: unknown;
}

function schemaFromMemory(recorded: Recorded): GraphQLSchema {
  const schema = buildSchema(readFileSync(resolve(__dirname, '../../../apps/api/schema.gql'), 'utf8'));
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (field.name in recorded) field.resolve = () => recorded[field.name];
    }
  }
  return schema;
}

async function main(): Promise<void> {
  const recorded = JSON.parse(readFileSync(String(process.env.BENCH_RECORDED), 'utf8')) as Recorded;
  const server = new ApolloServer({ schema: schemaFromMemory(recorded), csrfPrevention: false });
  await server.start();
  const http = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
      const answer = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'POST', headers, search: '', body },
        context: async () => ({}),
      });
      res.statusCode = answer.status ?? 200;
      for (const [k, v] of answer.headers) res.setHeader(k, v);
      if (answer.body.kind === 'complete') res.end(answer.body.string);
      else {
        for await (const chunk of answer.body.asyncIterator) res.write(chunk);
        res.end();
      }
    });
  });
  http.listen(Number(process.env.BENCH_PORT), '127.0.0.1', () => process.send?.('ready'));
  process.on('SIGTERM', () => http.close(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
