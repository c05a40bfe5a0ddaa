/**
 * The defects a newcomer met (issue 16), one test each, in real Chromium against the real app
 * (offline coach, a database file, real HTTP, its own build of the page).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createOfflineCoach } from '../../server/coach/offline-coach.ts';
import { type Database, openDatabase } from '../../server/db/client.ts';
import { silentLogger } from '../../server/errors.ts';
import { type ListeningApp, listenOnLoopback } from '../fixtures/listen.ts';
import { buildWebApp, hasChromium, launchChromium, requireChromium } from './browser.ts';
import { OUTREACH_DRAFT, seedTourData, type TourData } from './tour.ts';

const SUITE = 'a newcomer on every page in Chromium';
requireChromium(SUITE);

describe.skipIf(!hasChromium)(SUITE, () => {
  let dir = '';
  let db: Database | undefined;
  let server: ListeningApp | undefined;
  let browser: Browser | undefined;
  let data: TourData;
  let baseUrl = '';

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'infochat-e2e-newcomer-'));
    const webDir = path.join(dir, 'web');
    await buildWebApp(webDir);
    db = await openDatabase(`file:${path.join(dir, 'newcomer.db')}`);
    const app = createApp({ db, coach: createOfflineCoach(), webDir, logger: silentLogger });
    data = await seedTourData(app);
    server = await listenOnLoopback(app.fetch);
    baseUrl = server.baseUrl;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    db?.$client.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function openPage(url: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
    if (!browser) throw new Error('Chromium did not start');
    const context = await browser.newContext({ viewport, acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}${url}`);
    await page.locator('main h1').first().waitFor();
    return { page, errors, close: () => context.close() };
  }

  it('keeps unsent work on every page through a reload', async () => {
    const { page, errors, close } = await openPage('/outreach');
    await page.locator('#draft').fill(OUTREACH_DRAFT);
    await page.getByLabel('Recipient name').fill('Jelena Okafor');
    await page.reload();
    await page.locator('main h1').first().waitFor();
    await expect.poll(() => page.locator('#draft').inputValue()).toBe(OUTREACH_DRAFT);
    expect(await page.getByLabel('Recipient name').inputValue()).toBe('Jelena Okafor');

    await page.goto(`${baseUrl}/questions`);
    await page.getByTestId('questions-input').fill('What does a typical week look like for you?\nHow did you get started?');
    await page.getByText('Who you will talk to').click();
    await page.getByLabel('Field', { exact: true }).fill('sustainability nonprofits');
    await page.getByTestId('profile-input').fill('Program Director at Green Futures Alliance since 2019.');
    await page.reload();
    await page.locator('main h1').first().waitFor();
    await expect.poll(() => page.getByTestId('questions-input').inputValue()).toBe('What does a typical week look like for you?\nHow did you get started?');
    // What was kept in "Who you will talk to" is in view: the section opens by itself.
    expect(await page.getByLabel('Field', { exact: true }).inputValue()).toBe('sustainability nonprofits');
    expect(await page.getByTestId('profile-input').inputValue()).toBe('Program Director at Green Futures Alliance since 2019.');
    expect(errors).toEqual([]);
    await close();
  });
});
