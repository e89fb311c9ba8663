import { existsSync } from 'node:fs';
import { DomainError } from '@county/tenancy';
import { ApiError } from '../graphql/api.errors';
import { join, resolve } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import * as express from 'express';
import { AppModule, AppOptions } from '../app.module';
import { securityHeaders } from './security-headers';
import { serveAdmin } from './admin-static';

/** GraphQL requests larger than this are refused before parsing. */
export const MAX_BODY = '256kb';

export async function createApp(options: AppOptions, adminDir = resolve('dist/apps/admin')): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    logger: ['error', 'warn'],
    bodyParser: false,
  });
  app.disable('x-powered-by');
  // Who the client is (throttling, rate limits): the socket's peer unless a trusted proxy says otherwise.
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(securityHeaders);
  app.use(express.json({ limit: MAX_BODY }));
  app.use('/api/catalog/import', express.raw({ type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', limit: '10mb' }));
  app.use(bodyErrors);
  app.enableShutdownHooks();
  if (existsSync(join(adminDir, 'index.html'))) {
    serveAdmin(app, adminDir);
  }
  return app;
}

/** Body-parser failures answer in the same coded shape as GraphQL errors. */
function bodyErrors(err: any, _req: express.Request, res: express.Response, next: express.NextFunction): void {
  const reply = (status: number, e: DomainError) =>
    res.status(status).json({ errors: [{ message: e.messageZh, extensions: { code: e.code, messageZh: e.messageZh, messageEn: e.messageEn } }] });
  if (err?.type === 'entity.too.large') return void reply(413, ApiError.PayloadTooLarge(`${Math.round(Number(err.limit) / 1024)} KB`));
  if (err?.type === 'entity.parse.failed') return void reply(400, ApiError.InvalidJson());
  next(err);
}
