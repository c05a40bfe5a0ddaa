import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Writes a `.br` and a `.gz` twin beside every built text file over 1 KB, once, at build time
 * (brotli at its best quality, which is too slow to do per request); the server's
 * `middleware/web-assets.ts` sends the twin the browser accepts.
 */
function precompress(): Plugin {
  let outDir = '';
  const br = promisify(brotliCompress);
  const gz = promisify(gzip);
  return {
    name: 'infochat-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = (await readdir(outDir, { recursive: true })).filter((file) => /\.(?:js|css|html|svg|json)$/.test(file));
      await Promise.all(
        files.map(async (file) => {
          const full = path.join(outDir, file);
          const body = await readFile(full);
          if (body.length < 1024) return;
          await writeFile(`${full}.br`, await br(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } }));
          await writeFile(`${full}.gz`, await gz(body, { level: 9 }));
        }),
      );
    },
  };
}

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: `${projectRoot}web`,
  plugins: [react(), precompress()],
  build: {
    outDir: `${projectRoot}dist/web`,
    emptyOutDir: true,
    // .vite/manifest.json: the server preloads the current page's chunk from it (server/middleware/web-assets.ts).
    manifest: true,
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
