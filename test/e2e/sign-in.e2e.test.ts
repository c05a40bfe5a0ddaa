/**
 * A server shared with a token, in real Chromium: the app sends a signed-out visitor to the sign-in
 * form, the token opens it, and nothing on either page breaks the Content Security Policy.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ServerType, serve } from '@hono/node-server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createOfflineCoach } from '../../server/coach/offline-coach.ts';
import { type Database, openDatabase } from '../../server/db/client.ts';
import { silentLogger } from '../../server/errors.ts';
import { buildWebApp, hasChromium, launchChromium, requireChromium } from './browser.ts';

requireChromium('sign-in in Chromium');

const TOKEN = 'e2e-team-token-0123456789';

describe.skipIf(!hasChromium)('sign-in in Chromium', () => {
  let webDir = '';
  let db: Database | undefined;
  let server: ServerType | undefined;
  let baseUrl = '';
  let browser: Browser | undefined;

  beforeAll(async () => {
    // Its own build folder: other browser tests rebuild dist/web in parallel.
    webDir = await mkdtemp(path.join(tmpdir(), 'infochat-web-signin-'));
    await buildWebApp(webDir);
    db = await openDatabase(':memory:');
    const app = createApp({ db, coach: createOfflineCoach(), webDir, logger: silentLogger, security: { token: TOKEN } });
    const listening = Promise.withResolvers<AddressInfo>();
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, listening.resolve);
    baseUrl = `http://localhost:${(await listening.promise).port}`;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    db?.$client.close();
    if (webDir) await rm(webDir, { recursive: true, force: true });
  });

  it('sends a signed-out visitor to /signin, signs in with the token, and loads the app under the CSP', { timeout: 60_000 }, async () => {
    if (!browser) throw new Error('Chromium did not start');
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
    });

    await page.goto(`${baseUrl}/`);
    await page.waitForURL(`${baseUrl}/signin`);
    await page.getByLabel('Token').fill('not-the-token-at-all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${baseUrl}/signin?failed`);
    await expect(page.getByRole('alert').textContent()).resolves.toBe('That token is not right.');

    await page.getByLabel('Token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${baseUrl}/`);
    await page.getByTestId('coach-badge').filter({ hasText: 'Offline coach' }).waitFor();
    const cookies = await context.cookies();
    expect(cookies.map(({ name, httpOnly, sameSite }) => ({ name, httpOnly, sameSite }))).toEqual([
      { name: 'infochat_session', httpOnly: true, sameSite: 'Strict' },
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
