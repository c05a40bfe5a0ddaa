/**
 * What the browser tests share: where Chromium is and how it is launched on a closed network, the
 * skip-or-fail rule when it is missing, and the production build of the web app.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { describe, it } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results');
/** Where `npm run build` puts the web app, and what `server/main.ts` serves. */
export const WEB_DIST = path.join(ROOT, 'dist/web');

// Chromium on a closed network: no background services, no QUIC, no first-run chatter.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Without Chromium the browser tests are skipped locally and fail in CI (`CI` set), so a missing
 * browser is never mistaken for a pass there. Call at the top level of a test file.
 */
export function requireChromium(suite: string): void {
  if (hasChromium) return;
  if (process.env.CI) {
    describe(suite, () => {
      it('needs Chromium', () => {
        throw new Error(`Chromium is not installed at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
      });
    });
  } else {
    console.warn(`Skipping the browser test: no Chromium at ${CHROMIUM} (apt-get install -y chromium).`);
  }
}

/** Playwright launches Chromium over a pipe (no debugging port), with a fresh temporary profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** The production build of `web/` into `outDir` (default `dist/web`). */
export async function buildWebApp(outDir: string = WEB_DIST): Promise<void> {
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.join(ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      ...(outDir === WEB_DIST ? {} : { build: { outDir, emptyOutDir: true } }),
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
