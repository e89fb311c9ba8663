import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, sep } from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

/** Health probes (apps/api/src/health) are Nest routes, not admin pages. */
const PROBES = new Set(['/healthz', '/readyz']);

/** Vite names every file under assets/ by its content hash: a changed file is a new URL. */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** The pages themselves name the current assets, so the browser asks again every time (304 when unchanged). */
export const PAGE_CACHE_CONTROL = 'no-cache';

/**
 * Serves the built admin app (dist/apps/admin) from the API's origin:
 * - assets as the precompressed .br or .gz the build wrote beside them, whichever the browser
 *   accepts (brotli first), hashed ones cached for a year;
 * - /guide/… pages get guide.html, the public guide's own small entry; every other page URL
 *   index.html, the admin app. The client routes from there.
 * Documents (/guide/…/notice.pdf), /graphql, /api/ and the probes pass through to Nest, which
 * registers its controllers at init, after this.
 */
export function serveAdmin(app: { use(handler: RequestHandler): unknown }, adminDir: string): void {
  const assetsDir = join(adminDir, 'assets');
  app.use(
    expressStaticGzip(adminDir, {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: {
        index: false,
        // `path` is the file sent, already resolved inside adminDir by serve-static.
        setHeaders: (res: ServerResponse, path: string) => void res.setHeader('Cache-Control', path.startsWith(`${assetsDir}${sep}`) ? ASSET_CACHE_CONTROL : PAGE_CACHE_CONTROL),
      },
    }),
  );
  const adminPage = join(adminDir, 'index.html');
  const guidePage = existsSync(join(adminDir, 'guide.html')) ? join(adminDir, 'guide.html') : adminPage;
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/api/') || req.path.endsWith('.pdf') || PROBES.has(req.path)) return next();
    res.setHeader('Cache-Control', PAGE_CACHE_CONTROL);
    res.sendFile(req.path.startsWith('/guide/') ? guidePage : adminPage);
  });
}
