/**
 * Every page and state, visited in turn in one page load (so what one page's stylesheet does to
 * another shows), in several orders, light and dark: axe-core finds nothing after each.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListeningApp } from '../fixtures/listen.ts';
import { hasChromium, requireChromium } from './browser.ts';
import { type BrowserApp, startBrowserApp } from './browser-app.ts';
import { runAxe, seedTourData, tourStops, type TourData, type TourStop } from './tour.ts';

const SUITE = 'every page with axe-core in Chromium';
requireChromium(SUITE);

/** Page orders: as listed, reversed, and each page after each other at least once. */
const ORDERS: Array<{ name: string; order: string[] }> = [
  { name: 'outreach → questions → practice → contacts → not found', order: ['outreach', 'questions', 'practice', 'contacts', 'not-found'] },
  { name: 'not found → contacts → practice → questions → outreach', order: ['not-found', 'contacts', 'practice', 'questions', 'outreach'] },
  { name: 'practice → outreach → contacts → not found → questions → practice', order: ['practice', 'outreach', 'contacts', 'not-found', 'questions', 'practice'] },
  { name: 'questions → contacts → practice → outreach → questions', order: ['questions', 'contacts', 'practice', 'outreach', 'questions'] },
];

describe.skipIf(!hasChromium)(SUITE, () => {
  let server: ListeningApp | undefined;
  let browser: Browser | undefined;
  let data: TourData;
  let world: BrowserApp | undefined;

  beforeAll(async () => {
    world = await startBrowserApp('a11y', {
      before: async (app) => {
        data = await seedTourData(app);
      },
    });
    ({ server, browser } = world);
  });

  afterAll(() => world?.close());

  const runs = [
    ...(['light', 'dark'] as const).flatMap((colorScheme) => ORDERS.map((o) => ({ ...o, colorScheme, width: 1280 }))),
    // A phone (390 px), where the layout folds: one order in each theme.
    ...(['light', 'dark'] as const).map((colorScheme) => ({ ...ORDERS[0]!, colorScheme, width: 390 })),
  ];
  for (const { name, order, colorScheme, width } of runs) {
    it(`${colorScheme}, ${width} px: ${name}`, { timeout: 120_000 }, async () => {
        if (!browser || !server) throw new Error('Chromium did not start');
        const context = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 900 }, colorScheme, isMobile: width === 390, hasTouch: width === 390 });
        const page = await context.newPage();
        page.setDefaultTimeout(10_000);
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${server.baseUrl}/outreach`);
        await page.locator('main h1').first().waitFor();
        // The theme follows the system setting: dark means a dark page, not the light one re-checked.
        const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        const [r = 0, g = 0, b = 0] = (background.match(/\d+/g) ?? []).map(Number);
        expect((r + g + b) / 3 < 80).toBe(colorScheme === 'dark');
        const stops = new Map<string, TourStop>(tourStops(data).map((stop) => [stop.page, stop]));
        const found: string[] = [];
        for (const pageId of order) {
          for (const state of stops.get(pageId)?.states ?? []) {
            await state.enter(page);
            for (const v of await runAxe(page)) found.push(`${state.name}: ${v.id} (${v.help}) at ${v.nodes.slice(0, 3).join(', ')}`);
            // Guides are named in words everywhere, never by their stored file names (closed sections included).
            const fileName = /\d{3}_[0-9a-f]{16}\.txt/.exec((await page.locator('main').textContent()) ?? '');
            if (fileName) found.push(`${state.name}: a guide shown as its file name ${fileName[0]}`);
          }
        }
        await context.close();
        expect(found).toEqual([]);
        expect(errors).toEqual([]);
      });
  }
});
