/**
 * One browser test file's own world: the web app built into its own folder (another browser test may
 * be rebuilding, and so emptying, dist/web meanwhile), the real app on its own libsql file with the
 * offline coach, listening on loopback, and Chromium. `close()` undoes all of it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type AppDeps, createApp } from '../../server/app.ts';
import { createOfflineCoach } from '../../server/coach/offline-coach.ts';
import { type Database, openDatabase } from '../../server/db/client.ts';
import { silentLogger } from '../../server/errors.ts';
import { type ListeningApp, listenOnLoopback } from '../fixtures/listen.ts';
import { buildWebApp, launchChromium } from './browser.ts';

export type App = ReturnType<typeof createApp>;

export interface BrowserApp {
  dir: string;
  webDir: string;
  db: Database;
  app: App;
  server: ListeningApp;
  baseUrl: string;
  browser: Browser;
  /** A new browser context on `url` of this app, once its page heading shows; the page's errors collected. */
  openPage: (url: string, viewport?: Viewport) => Promise<OpenedPage>;
  close: () => Promise<void>;
}

export interface Viewport {
  width: number;
  height: number;
}

export interface OpenedPage {
  page: Page;
  errors: string[];
  close: () => Promise<void>;
}

/** Opens `url` in a context of its own (phone widths with touch), waiting for the page's heading. */
async function openPageOn(browser: Browser, baseUrl: string, url: string, viewport: Viewport = { width: 1280, height: 800 }): Promise<OpenedPage> {
  const phone = viewport.width < 500;
  const context = await browser.newContext({ viewport, isMobile: phone, hasTouch: phone });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}${url}`);
  await page.locator('main h1').first().waitFor();
  return { page, errors, close: () => context.close() };
}

/** What has keyboard focus: its tag, id and text, or "body". */
export const focusedElement = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return `${el.tagName.toLowerCase()}|${el.id}|${(el.textContent ?? '').trim().slice(0, 60)}`;
  });

export interface BrowserAppOptions {
  /** More of the app's dependencies (a clock, a time zone); the database, web folder, coach and logger are the world's. */
  deps?: Omit<Partial<AppDeps>, 'db' | 'webDir'>;
  /** Runs on the app before it listens: seed data through its routes. */
  before?: (app: App) => Promise<void>;
}

export async function startBrowserApp(name: string, { deps = {}, before }: BrowserAppOptions = {}): Promise<BrowserApp> {
  const dir = await mkdtemp(path.join(tmpdir(), `infochat-e2e-${name}-`));
  let db: Database | undefined;
  let server: ListeningApp | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await server?.close();
    db?.$client.close();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const webDir = path.join(dir, 'web');
    await buildWebApp(webDir);
    db = await openDatabase(`file:${path.join(dir, `${name}.db`)}`);
    const app = createApp({ db, coach: createOfflineCoach(), webDir, logger: silentLogger, ...deps });
    await before?.(app);
    server = await listenOnLoopback(app.fetch);
    const launched = await launchChromium();
    browser = launched;
    const baseUrl = server.baseUrl;
    return { dir, webDir, db, app, server, baseUrl, browser: launched, openPage: (url, viewport) => openPageOn(launched, baseUrl, url, viewport), close };
  } catch (error) {
    await close();
    throw error;
  }
}
