import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [
    react(),
    // .br and .gz beside every asset: the API sends the smallest one the browser accepts (express-static-gzip).
    compression({ algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })], threshold: 1024 }),
  ],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/admin', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      // Two entries: the signed-in admin app and the public guide, which a phone on a weak network
      // opens; the guide's page never loads the admin pages, and what both use is shared chunks.
      input: {
        index: fileURLToPath(new URL('index.html', import.meta.url)),
        guide: fileURLToPath(new URL('guide.html', import.meta.url)),
      },
    },
  },
  server: {
    port: 4200,
    proxy: { '/graphql': 'http://localhost:3000' },
  },
});
