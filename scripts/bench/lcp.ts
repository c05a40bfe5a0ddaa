// `npm run bench:lcp`: first and largest contentful paint of each page's first visit, in Chromium
// under Lighthouse's mobile throttling (DevTools "Slow 4G": 562.5 ms request latency, 1.47 Mbps
// down, 675 kbps up; CPU 4x slower), cold cache, phone viewport; and the JavaScript bytes on the
// wire. The production build served by the real app on 127.0.0.1. Target: LCP ≤ 2.5 s.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../server/app.ts';
import { createOfflineCoach } from '../../server/coach/offline-coach.ts';
import { openDatabase } from '../../server/db/client.ts';
import { silentLogger } from '../../server/errors.ts';
import { listenOnLoopback } from '../../test/fixtures/listen.ts';
import { buildWebApp, hasChromium, launchChromium } from '../../test/e2e/browser.ts';

const RUNS = Number(process.env.BENCH_LCP_RUNS ?? 5);
const PAGES = ['/outreach', '/questions', '/practice'];
const TARGET_MS = 2500;
// Lighthouse's mobile preset, applied the DevTools way (lighthouse-core/config/constants.js).
const THROTTLING = { latency: 150 * 3.75, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
const CPU_SLOWDOWN = 4;

if (!hasChromium) {
  console.error('No Chromium at /usr/bin/chromium (apt-get install -y chromium).');
  process.exit(1);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const dir = await mkdtemp(path.join(tmpdir(), 'infochat-bench-lcp-'));
const webDir = path.join(dir, 'web');
await buildWebApp(webDir);
const db = await openDatabase(`file:${path.join(dir, 'bench.db')}`);
const server = await listenOnLoopback(createApp({ db, coach: createOfflineCoach(), webDir, logger: silentLogger }).fetch);
const browser = await launchChromium();
let worst = 0;
try {
  console.log(`First visit under Lighthouse mobile throttling (Slow 4G, CPU ${CPU_SLOWDOWN}x), median of ${RUNS} cold loads`);
  console.log('  page          FCP       LCP      JS on the wire   all bytes');
  for (const pagePath of PAGES) {
    const fcps: number[] = [];
    const lcps: number[] = [];
    let jsBytes = 0;
    let allBytes = 0;
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      // A new context is a cold cache already (disabling the cache would refetch what was preloaded).
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...THROTTLING });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      const types = new Map<string, string>();
      let js = 0;
      let all = 0;
      cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.response.mimeType));
      cdp.on('Network.loadingFinished', (event) => {
        all += event.encodedDataLength;
        if (/javascript/.test(types.get(event.requestId) ?? '')) js += event.encodedDataLength;
      });
      // Name each LCP candidate as it is reported (it may be gone from the page by the end).
      await page.addInitScript(() => {
        const names: string[] = [];
        (window as unknown as { __lcpNames: string[] }).__lcpNames = names;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Array<PerformanceEntry & { element?: Element | null; size?: number }>) {
            const el = entry.element;
            names.push(`${Math.round(entry.startTime)} ms ${el ? `${el.tagName.toLowerCase()}.${String(el.className).split(' ').pop()} "${(el.textContent ?? '').slice(0, 40)}"` : '?'} (${entry.size})`);
          }
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      });
      await page.goto(`${server.baseUrl}${pagePath}`, { waitUntil: 'load' });
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const paints = await page.evaluate(
        () =>
          new Promise<{ fcp: number; lcp: number }>((resolve) => {
            let lcp = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) lcp = Math.max(lcp, entry.startTime);
            }).observe({ type: 'largest-contentful-paint', buffered: true });
            const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
            setTimeout(() => resolve({ fcp, lcp }), 500);
          }),
      );
      if (process.env.BENCH_LCP_VERBOSE) {
        const names = await page.evaluate(() => (window as unknown as { __lcpNames: string[] }).__lcpNames);
        console.log(`    ${pagePath} run ${run + 1}: FCP ${paints.fcp.toFixed(0)} ms, LCP ${paints.lcp.toFixed(0)} ms; candidates: ${names.join(' → ')}`);
      }
      fcps.push(paints.fcp);
      lcps.push(paints.lcp);
      jsBytes = js;
      allBytes = all;
      await context.close();
    }
    const lcp = median(lcps);
    worst = Math.max(worst, lcp);
    console.log(
      `  ${pagePath.padEnd(12)} ${(median(fcps) / 1000).toFixed(2).padStart(5)} s  ${(lcp / 1000).toFixed(2).padStart(5)} s  ${(jsBytes / 1024).toFixed(0).padStart(8)} KiB  ${(allBytes / 1024).toFixed(0).padStart(8)} KiB`,
    );
  }
  console.log(`Worst page's median LCP ${(worst / 1000).toFixed(2)} s (target ≤ ${(TARGET_MS / 1000).toFixed(1)} s): ${worst <= TARGET_MS ? 'met' : 'NOT met'}`);
} finally {
  await browser.close();
  await server.close();
  db.$client.close();
  await rm(dir, { recursive: true, force: true });
}
