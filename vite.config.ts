import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { NAV_PAGES, PAGE_INTROS } from './web/src/lib/page-intros.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The first paint before any JavaScript: for each page, index.html with the app's header and the
 * page's own heading and lede already in #root (the same markup app.tsx and components/page-intro.tsx
 * render, so nothing moves when React takes over), written to pages/<page>.html; the server sends
 * it for that page's URLs (server/middleware/web-assets.ts). On a throttled phone this is what makes
 * the largest contentful paint early (npm run bench:lcp).
 */
function staticShell(page: keyof typeof PAGE_INTROS): string {
  const intro = PAGE_INTROS[page];
  const nav = NAV_PAGES.map(
    (p) => `<li><a href="${p.path}"${p.id === page ? ' aria-current="page"' : ''}>${escapeHtml(p.label)}</a></li>`,
  ).join('');
  return [
    '<a class="skip-link" href="#main">Skip to content</a>',
    '<header class="app-header"><div class="app-header__inner"><div class="brand"><a href="/outreach" class="brand__name">infochat</a>',
    '<p class="brand__tagline">Practice informational interviews — career conversations, not job interviews</p></div>',
    '<p class="coach-badge coach-badge--pending" title="Asking the server which coach is active"><span class="coach-badge__dot" aria-hidden="true"></span><span class="visually-hidden">Active coach: </span>Checking coach…</p></div>',
    `<nav class="app-nav" aria-label="Main"><ul>${nav}</ul></nav></header>`,
    `<main id="main" tabindex="-1"><div class="page"><div class="page__intro"><h1 tabindex="-1">${escapeHtml(intro.title)}</h1><p class="lede">${escapeHtml(intro.lede)}</p></div></div></main>`,
    '<footer class="app-footer"><p>infochat coaches you for informational interviews: short conversations to learn, never to ask for a job.</p></footer>',
  ].join('');
}

/**
 * Writes each page's first-paint HTML (staticShell), then a `.br` and a `.gz` twin beside every
 * built text file over 1 KB, once, at build time
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
      const index = await readFile(path.join(outDir, 'index.html'), 'utf8');
      await mkdir(path.join(outDir, 'pages'), { recursive: true });
      for (const page of Object.keys(PAGE_INTROS) as Array<keyof typeof PAGE_INTROS>) {
        await writeFile(path.join(outDir, 'pages', `${page}.html`), index.replace('<div id="root"></div>', `<div id="root">${staticShell(page)}</div>`));
      }
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
    // The questions model (shared/language/models/questions.json, ~630 KB, ~440 KB gzip) is its own chunk,
    // loaded only when the Questions page first checks a question; every page's first-load JS has its own
    // gzip budget in the browser tests, so Vite's generic 500 KB warning says nothing here.
    chunkSizeWarningLimit: 700,
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
    // expect.poll waits for an awaited condition, not a fixed time: its default second is too short
    // for a browser round trip on a busy 2-core machine (a passing test once timed out there).
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
