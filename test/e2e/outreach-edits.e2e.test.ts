/**
 * Suggested edits on the outreach page in real Chromium against the real app (offline coach,
 * temp database): the edits show inline in the writer's draft, each is accepted (and undone) on
 * its own, "Accept all" gives the edited draft the server computed, and "Use edited draft" puts it
 * in the editor. A draft that meets every rule says "Ready to send" and offers no edits.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListeningApp } from '../fixtures/listen.ts';
import { hasChromium, requireChromium, SCREENSHOT_DIR } from './browser.ts';
import { type BrowserApp, startBrowserApp } from './browser-app.ts';

const SUITE = 'outreach suggested edits in Chromium';
requireChromium(SUITE);

/** No times, no format, no thanks: three edits, each on its own words. */
const DRAFT =
  "Hi Ana,\n\nI'm a junior at Reed studying biology, and Dr. Cole suggested I write. I'd love to learn how you moved into genetic counseling. Could we have a 20-minute chat?\n\nBest,\nLi";

const READY =
  "Dear Dr. Okafor,\n\nI'm a second-year master's student in public health at Lakeside University, and Professor Ines Barros suggested I reach out to you. I'd love to learn how you moved from field epidemiology into health policy.\n\nWould you have 20 minutes for a phone or Zoom call in the next few weeks? I'm free Tuesdays and Thursdays after 1 p.m., and happy to work around your schedule.\n\nThank you for considering it,\nAmara";

describe.skipIf(!hasChromium)(SUITE, () => {
  let server: ListeningApp | undefined;
  let baseUrl = '';
  let browser: Browser | undefined;
  let world: BrowserApp | undefined;

  beforeAll(async () => {
    world = await startBrowserApp('edits');
    ({ server, baseUrl, browser } = world);
  });

  afterAll(() => world?.close());

  it('shows the edits inline, accepts them one by one, and accept-all gives the edited draft', { timeout: 90_000 }, async () => {
    if (!browser) throw new Error('Chromium did not start');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${baseUrl}/outreach`);
    await page.getByRole('heading', { level: 1, name: 'Outreach message' }).waitFor();
    await page.getByLabel('Your message').fill(DRAFT);
    const critiqued = page.waitForResponse((r) => r.url().endsWith('/api/outreach/critique') || r.url().endsWith('/api/outreach/critique/stream'));
    await page.getByRole('button', { name: 'Get full critique' }).click();
    await critiqued;
    const result = page.getByTestId('critique-result');
    await result.waitFor();

    const edits = result.getByTestId('suggested-edit');
    await expect.poll(() => edits.count()).toBeGreaterThanOrEqual(2);
    const count = await edits.count();
    const status = result.getByTestId('edits-accepted');
    const edited = result.getByTestId('edited-text');
    await expect.poll(() => status.textContent()).toBe(`0 of ${count} accepted`);
    // Nothing accepted: the text is the writer's draft.
    expect(await edited.textContent()).toBe(DRAFT);

    // The writer's sentences are shown as written, around the edits.
    const inline = (await result.getByTestId('edits-inline').textContent()) ?? '';
    expect(inline).toContain("I'd love to learn how you moved into genetic counseling.");

    // Accept the first edit alone: its words go in, the others do not.
    const firstAdded = (await edits.nth(0).locator('ins').textContent())?.trim() ?? '';
    const secondAdded = (await edits.nth(1).locator('ins').textContent())?.trim() ?? '';
    expect(firstAdded.length).toBeGreaterThan(0);
    await edits.nth(0).getByRole('button', { name: /^Accept edit 1/ }).click();
    await expect.poll(() => status.textContent()).toBe(`1 of ${count} accepted`);
    let text = (await edited.textContent()) ?? '';
    expect(text).toContain(firstAdded);
    if (secondAdded) expect(text).not.toContain(secondAdded);

    // Then the second on its own.
    await edits.nth(1).getByRole('button', { name: /^Accept edit 2/ }).click();
    await expect.poll(() => status.textContent()).toBe(`2 of ${count} accepted`);
    text = (await edited.textContent()) ?? '';
    expect(text).toContain(firstAdded);
    expect(text).toContain(secondAdded);

    // Undo the first: only the second stays.
    await edits.nth(0).getByRole('button', { name: /^Undo edit 1/ }).click();
    await expect.poll(() => status.textContent()).toBe(`1 of ${count} accepted`);
    text = (await edited.textContent()) ?? '';
    expect(text).not.toContain(firstAdded);
    expect(text).toContain(secondAdded);

    // Accept all gives exactly the edited draft the server computed.
    const api = await page.evaluate(async (draft) => {
      const res = await fetch('/api/outreach/critique', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ draft, persist: false }) });
      return (await res.json()) as { editedDraft?: string };
    }, DRAFT);
    await result.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => status.textContent()).toBe(`${count} of ${count} accepted`);
    await expect.poll(() => edited.textContent()).toBe(api.editedDraft);

    // The fresh draft is there too.
    expect(((await result.getByTestId('fresh-draft-text').textContent()) ?? '').length).toBeGreaterThan(40);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'outreach-suggested-edits.png'), fullPage: true });

    // Use it: the editor holds the edited draft.
    await result.getByRole('button', { name: 'Use edited draft' }).click();
    await expect.poll(() => page.getByLabel('Your message').inputValue()).toBe(api.editedDraft);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('a draft that meets every rule is ready to send, with no edits', { timeout: 60_000 }, async () => {
    if (!browser) throw new Error('Chromium did not start');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/outreach`);
    await page.getByRole('heading', { level: 1, name: 'Outreach message' }).waitFor();
    await page.getByLabel('Your message').fill(READY);
    await page.getByRole('button', { name: 'Get full critique' }).click();
    const result = page.getByTestId('critique-result');
    await result.getByTestId('ready-to-send').waitFor();
    expect(await result.getByTestId('suggested-edit').count()).toBe(0);
    expect(await result.getByTestId('fresh-draft').count()).toBe(0);
    await context.close();
  });
});
