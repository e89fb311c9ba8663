import { request as httpRequest, type Server } from 'node:http';
import { join } from 'node:path';
import express from 'express';
import { securityHeaders } from '../../../apps/api/src/bootstrap/security-headers';

/**
 * A baseline admin build served the way the API served it before the guide was split
 * (commit b556c28's create-app.ts): express.static with its defaults — uncompressed,
 * `Cache-Control: public, max-age=0` — and index.html for every other page URL. GraphQL and
 * documents go on to the real API, so both builds read the same data.
 */
export function serveLegacyAdmin(adminDir: string, apiUrl: string, port: number): Promise<Server> {
  const api = new URL(apiUrl);
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders);
  app.use(express.static(adminDir, { index: false }));
  app.use((req, res) => {
    if (req.method === 'GET' && !req.path.startsWith('/graphql') && !req.path.startsWith('/api/') && !req.path.endsWith('.pdf')) {
      return void res.sendFile(join(adminDir, 'index.html'));
    }
    const upstream = httpRequest({ host: api.hostname, port: api.port, path: req.originalUrl, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.status(502).end());
    req.pipe(upstream);
  });
  return new Promise((ready) => {
    const server = app.listen(port, '127.0.0.1', () => ready(server));
  });
}
