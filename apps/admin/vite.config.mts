import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/admin', import.meta.url)),
    emptyOutDir: true,
    // antd + Apollo make one large vendor chunk; splitting it buys nothing for an intranet admin app.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    port: 4200,
    proxy: { '/graphql': 'http://localhost:3000' },
  },
});
