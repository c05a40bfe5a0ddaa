import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: `${projectRoot}web`,
  plugins: [react()],
  build: {
    outDir: `${projectRoot}dist/web`,
    emptyOutDir: true,
  },
  server: {
    // `npm run dev:web` serves the page with hot reload; the API stays on the Hono server.
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
  test: {
    root: projectRoot,
    include: ['{server,shared,web,evals,test,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The browser test starts its own server and Chromium; give it room on a 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
