// `npm run screenshots`: every page and state of the app, at 1280 px (desktop) and 390 px (phone),
// light and dark, saved as PNGs in screenshots/ (full page). The offline coach, a temp database,
// the production build, Chromium at /usr/bin/chromium; nothing leaves 127.0.0.1.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../server/app.ts';
import { createOfflineCoach } from '../server/coach/offline-coach.ts';
import { openDatabase } from '../server/db/client.ts';
import { silentLogger } from '../server/errors.ts';
import { listenOnLoopback } from '../test/fixtures/listen.ts';
import { buildWebApp, hasChromium, launchChromium, ROOT } from '../test/e2e/browser.ts';
import { seedTourData, tourStops } from '../test/e2e/tour.ts';

const OUT = path.join(ROOT, 'screenshots');
const only = process.argv[2]; // optional: a state name prefix, e.g. `outreach`

if (!hasChromium) {
  console.error('No Chromium at /usr/bin/chromium (apt-get install -y chromium).');
  process.exit(1);
}
const dir = await mkdtemp(path.join(tmpdir(), 'infochat-screenshots-'));
const webDir = path.join(dir, 'web');
await buildWebApp(webDir);
const db = await openDatabase(`file:${path.join(dir, 'screens.db')}`);
const app = createApp({ db, coach: createOfflineCoach(), webDir, logger: silentLogger });
const data = await seedTourData(app);
const server = await listenOnLoopback(app.fetch);
const browser = await launchChromium();
await mkdir(OUT, { recursive: true });
let saved = 0;
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [label, viewport] of [['1280', { width: 1280, height: 900 }], ['390', { width: 390, height: 844 }]] as const) {
      const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1, isMobile: label === '390', hasTouch: label === '390' });
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      await page.goto(`${server.baseUrl}/outreach`);
      await page.locator('main h1').first().waitFor();
      for (const stop of tourStops(data)) {
        for (const state of stop.states) {
          await state.enter(page);
          if (only && !state.name.startsWith(only)) continue;
          await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
          const file = path.join(OUT, `${state.name}-${label}-${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          saved++;
        }
      }
      await context.close();
    }
  }
  console.log(`Saved ${saved} screenshots in ${path.relative(process.cwd(), OUT) || OUT}/`);
} finally {
  await browser.close();
  await server.close();
  db.$client.close();
  await rm(dir, { recursive: true, force: true });
}
