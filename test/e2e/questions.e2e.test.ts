/**
 * The Questions page in real Chromium against the real app (offline coach, a libsql file in a temp
 * folder): paste → live check → review → accept → add from the bank → agenda → reorder by keyboard
 * → Markdown download → reload and find the agenda; then the page at phone width.
 *
 * Needs the Debian `chromium` package at /usr/bin/chromium. Without it the test is skipped
 * locally and fails in CI (`CI` set).
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, requireChromium, SCREENSHOT_DIR } from './browser.ts';
import { type BrowserApp, startBrowserApp } from './browser-app.ts';

const SUITE = 'questions page in Chromium';
requireChromium(SUITE);

describe.skipIf(!hasChromium)(SUITE, () => {
  let baseUrl = '';
  let browser: Browser | undefined;
  let world: BrowserApp | undefined;

  beforeAll(async () => {
    world = await startBrowserApp('questions');
    ({ baseUrl, browser } = world);
  });

  afterAll(() => world?.close());

  it('checks live, reviews, accepts a rephrasing, adds from the bank, builds an agenda, downloads it and finds it after a reload', { timeout: 90_000 }, async () => {
    if (!browser) throw new Error('Chromium did not start');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${baseUrl}/questions`);
    await page.getByRole('heading', { level: 1, name: 'Questions' }).waitFor();

    // Paste a numbered list; the live check marks the lines that need work.
    const input = page.getByTestId('questions-input');
    await input.fill('1. Why did you leave your position at Toxic Labs?\n2. What does a typical week look like for you?\n3. How much do you make?');
    const live = page.getByTestId('live-check');
    await expect.poll(() => live.locator('[data-status="needs-work"]').count()).toBe(2);
    await expect.poll(() => live.locator('[data-status="ok"]').count()).toBe(1);
    // Typed key by key: the new line is checked as it is written.
    await input.press('End');
    await input.pressSequentially('\nAre you hiring?');
    await expect.poll(() => live.locator('[data-status="needs-work"]').count()).toBe(3);

    // The full review: a verdict per question, the words that break a rule, a rephrasing that keeps the names.
    await page.getByRole('button', { name: 'Review questions' }).click();
    const results = page.getByTestId('review-result');
    await expect.poll(() => results.count()).toBe(4);
    expect(await results.evaluateAll((cards) => cards.map((c) => c.getAttribute('data-verdict')))).toEqual(['rephrase', 'informational', 'rephrase', 'rephrase']);
    const first = results.nth(0);
    await expect(first.locator('mark').first().textContent()).resolves.toContain('Why did you');
    const rephrased = (await first.getByTestId('rephrased').textContent()) ?? '';
    expect(rephrased).toContain('Toxic Labs');
    await first.locator('summary').click();
    // Guides are named in words, never by their stored file name.
    await expect(first.locator('.citation').first().textContent()).resolves.toContain('a career column on informational interviews');
    expect(await page.locator('main').textContent()).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);

    // Accept it: the list now asks the rephrased question instead.
    await first.locator('[data-action="accept"]').click();
    await expect.poll(() => input.inputValue()).toContain(rephrased);
    expect(await input.inputValue()).not.toContain('Why did you leave');

    // Add the referral question from the bank.
    await page.getByRole('button', { name: 'Add: Who else should I talk to?' }).click();
    await expect.poll(() => input.inputValue()).toContain('Who else should I talk to?');

    // Build a 30-minute agenda: opening, questions, the referral question and thanks at the end.
    const builder = page.getByTestId('agenda-builder');
    await builder.getByRole('button', { name: '30 min' }).click();
    await builder.getByRole('button', { name: /^Build agenda/ }).click();
    // Two questions would still turn it into a job interview: their rephrasings go in (the default).
    await expect.poll(() => page.getByTestId('flagged-question').count()).toBe(2);
    await page.getByTestId('flagged-questions').getByRole('button', { name: 'Build agenda' }).click();
    const agenda = page.getByTestId('agenda');
    await agenda.waitFor();
    const items = agenda.locator('.q-agenda__item');
    await expect.poll(() => items.count()).toBe(7);
    await expect(items.last().textContent()).resolves.toContain('Thank them');
    await expect(items.nth(5).textContent()).resolves.toContain('Who else should I talk to?');
    await expect(page.getByTestId('agenda-fit').textContent()).resolves.toMatch(/^Planned \d+(\.5)? of 30 minutes\.$/);

    // Reorder by keyboard: Alt+Down moves the first question below the second, and it is saved.
    const questions = agenda.getByTestId('agenda-question');
    const before = await questions.allTextContents();
    await questions.first().focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(async () => (await questions.first().textContent()) ?? '').toBe(before[1]);

    // Download the Markdown.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-markdown').click()]);
    const file = await download.path();
    const markdown = await readFile(file, 'utf8');
    expect(download.suggestedFilename()).toBe('agenda-my-informational-interview.md');
    expect(markdown).toMatch(/^# My informational interview\n\n30 minutes · planned/);
    expect(markdown).toContain('Toxic Labs');
    expect(markdown.indexOf((before[1] ?? '').replace(/\s*[\d.]+ min.*$/, '').trim().slice(0, 30))).toBeLessThan(markdown.indexOf('Toxic Labs'));

    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'questions.png'), fullPage: true });

    // After a reload the agenda is listed, and opens with the saved order.
    await page.reload();
    const saved = page.getByTestId('saved-agendas');
    await saved.getByRole('button', { name: 'My informational interview', exact: true }).click();
    await page.getByTestId('agenda').waitFor();
    await expect.poll(async () => (await page.getByTestId('agenda-question').first().textContent()) ?? '').toBe(before[1]);

    // Phone width: nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
