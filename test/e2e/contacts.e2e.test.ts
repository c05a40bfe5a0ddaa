/**
 * The Contacts flow in real Chromium against the real app (offline coach, a libsql file), with the
 * server's clock moved by the test: add a contact → draft the ask for them → mark it sent → Today
 * shows the follow-up on the right day → schedule the chat → .ics → practice for them → the
 * thank-you note, checked live → the board shows them as thanked. Then the board by keyboard, and
 * the page at phone width.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, requireChromium, SCREENSHOT_DIR } from './browser.ts';
import { type BrowserApp, startBrowserApp } from './browser-app.ts';

const SUITE = 'contacts page in Chromium';
requireChromium(SUITE);

describe.skipIf(!hasChromium)(SUITE, () => {
  let baseUrl = '';
  let browser: Browser | undefined;
  // The server's clock: Tuesday, March 9, 2027, 9 am in Chicago.
  let now = Date.parse('2027-03-09T15:00:00Z');
  let world: BrowserApp | undefined;

  beforeAll(async () => {
    world = await startBrowserApp('contacts', { deps: { clock: () => new Date(now), timeZone: 'America/Chicago' } });
    ({ baseUrl, browser } = world);
  });

  afterAll(() => world?.close());

  it('takes one contact from the ask to the thank-you, with Today on the right days', { timeout: 120_000 }, async () => {
    if (!browser) throw new Error('Chromium did not start');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, timezoneId: 'America/Chicago' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${baseUrl}/contacts`);
    await page.getByRole('heading', { level: 1, name: 'Contacts' }).waitFor();
    await page.getByText('No contacts yet.').waitFor();

    // Add.
    await page.getByRole('button', { name: 'Add a contact' }).click();
    const form = page.getByRole('form', { name: 'Add a contact' });
    await form.getByLabel('Name').fill('Dana Whitehorse');
    await form.getByLabel('Role').fill('Policy and Advocacy Manager');
    await form.getByLabel('Organization').fill('Access Forward');
    await form.getByLabel('How you are connected').fill('Alumna of my MPH program');
    await form.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('heading', { level: 2, name: 'Dana Whitehorse' }).waitFor();
    const today = page.getByRole('region', { name: /^Today/ });
    await today.getByText('Send the ask', { exact: true }).waitFor();
    await today.getByText(/Send the ask today: Tuesday or Wednesday is best/).waitFor();

    // Draft the ask, for Dana: the context is filled in, the critiqued draft is linked, then sent.
    await page.getByRole('link', { name: 'Draft the ask' }).click();
    await page.getByRole('heading', { level: 1, name: 'Outreach message' }).waitFor();
    await page.getByRole('region', { name: 'Contact' }).getByText('Dana Whitehorse', { exact: true }).waitFor();
    await expect.poll(() => page.getByLabel('Recipient name').inputValue()).toBe('Dana Whitehorse');
    await expect(page.getByLabel('Organization').inputValue()).resolves.toBe('Access Forward');
    await page
      .getByLabel('Your message')
      .fill(
        'Hi Dana,\n\nI am a second-year MPH student at State U, and I saw that you moved from clinic work into policy at Access Forward. I am exploring advocacy careers and would love to hear how you made that move. Would you have 20 minutes for a phone call in the next few weeks? Tuesday or Thursday afternoons work well for me, but I am happy to fit your schedule.\n\nThank you for considering it,\nSam',
      );
    await page.getByRole('button', { name: 'Get full critique' }).click();
    await page.getByTestId('critique-result').waitFor();
    await page.getByRole('button', { name: 'I sent it' }).click();
    await page.getByText('Marked as sent: Dana Whitehorse moved to Asked').waitFor();

    // Six business days later nothing is due yet; on the seventh the one follow-up is.
    now = Date.parse('2027-03-17T15:00:00Z');
    await page.goto(`${baseUrl}/contacts`);
    await today.getByText('Nothing is due today.').waitFor();
    now = Date.parse('2027-03-18T15:00:00Z');
    await page.reload();
    await today.getByText('Follow up once', { exact: true }).waitFor();
    await today.getByText(/No reply since Tuesday, March 9: follow up once/).waitFor();
    const asked = page.locator('[data-stage="asked"]');
    await asked.getByRole('button', { name: 'Dana Whitehorse' }).waitFor();
    // The first page shows it too, and the nav counts it on every page.
    await page.goto(`${baseUrl}/outreach`);
    const panel = page.getByRole('region', { name: 'Today with your contacts' });
    await panel.getByRole('link', { name: 'Follow up once with Dana Whitehorse' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByText('1 due today').waitFor();
    await panel.getByRole('link', { name: 'Follow up once with Dana Whitehorse' }).click();
    await page.getByRole('heading', { level: 2, name: 'Dana Whitehorse' }).waitFor();

    // She replies with a date: schedule it, and download the calendar event.
    await today.getByRole('button', { name: 'Open Dana Whitehorse' }).click();
    const logForm = page.getByRole('form', { name: 'Log what happened' });
    await logForm.getByLabel('Log').selectOption('scheduled');
    await logForm.getByLabel('Date and time').fill('2027-04-06T10:30');
    await logForm.getByLabel('Time zone').fill('America/Chicago');
    await logForm.getByRole('button', { name: 'Log it' }).click();
    await page.getByText(/chat on 2027-04-06 at 10:30 \(America\/Chicago\), 20 min/).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Calendar event (.ics)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('interview-dana-whitehorse-2027-04-06.ics');
    const ics = await (await page.request.get(`${baseUrl}${new URL(file.url()).pathname}`)).text();
    expect(ics).toContain('DTSTART:20270406T153000Z');
    await page.locator('[data-stage="scheduled"]').getByRole('button', { name: 'Dana Whitehorse' }).waitFor();

    // Practice for her: the page knows who it is for, and the session started is linked.
    await page.getByRole('link', { name: 'Practice with Dana' }).click();
    await page.getByRole('heading', { level: 1, name: 'Practice' }).waitFor();
    await page.getByRole('region', { name: 'Contact' }).getByText('Dana Whitehorse', { exact: true }).waitFor();
    await page.locator('[data-persona-id="preset-repro-health-advocate"]').click();
    await page.getByRole('button', { name: /^Start the conversation with Dana Whitehorse/ }).click();
    await page.getByLabel('Your message').waitFor();

    // The chat happened; the thank-you is due the same day, written here and checked live.
    now = Date.parse('2027-04-06T17:00:00Z');
    await page.goto(`${baseUrl}/contacts`);
    await page.locator('[data-stage="scheduled"]').getByRole('button', { name: 'Dana Whitehorse' }).click();
    await today.getByText('Send the thank-you', { exact: true }).waitFor();
    const note = page.getByRole('textbox', { name: 'Thank-you note' });
    await note.fill('Hi Dana, just checking in!');
    await page.getByRole('list', { name: 'Note check' }).getByText('No empty check-in').waitFor();
    await note.fill(
      'Dear Dana,\n\nThank you for taking the time to talk with me on Tuesday. Your story about moving from clinic work into state policy, and your advice to volunteer with a coalition first, gave me a clear next step: I have signed up for the spring legislative training you mentioned.\n\nWith thanks,\nSam',
    );
    await expect.poll(() => page.getByRole('list', { name: 'Note check' }).locator('li').first().textContent()).toContain('✓');
    await page.getByRole('button', { name: 'Mark thank-you sent' }).click();
    await page.locator('[data-stage="thanked"]').getByRole('button', { name: 'Dana Whitehorse' }).waitFor();
    await today.getByText('Nothing is due today.').waitFor();
    const detail = await (await page.request.get(`${baseUrl}/api/contacts`)).json();
    const dana = (detail as { contacts: Array<{ id: string }> }).contacts[0];
    const links = ((await (await page.request.get(`${baseUrl}/api/contacts/${dana?.id}`)).json()) as { links: Array<{ kind: string }> }).links;
    expect(links.map((l) => l.kind).sort()).toEqual(['draft', 'practice']);

    // The board by keyboard: Alt+→ moves the focused card one column on.
    await page.locator('[data-stage="thanked"]').getByRole('button', { name: 'Dana Whitehorse' }).press('Alt+ArrowRight');
    await page.locator('[data-stage="keeping-in-touch"]').getByRole('button', { name: 'Dana Whitehorse' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'contacts-desktop.png'), fullPage: true });

    // Phone width: the page reads in one column, nothing wider than the screen but the board itself.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Table' }).click();
    await page.getByRole('table').getByRole('button', { name: 'Dana Whitehorse' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'contacts-phone.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('drafts the professional to practise with from the contact’s pasted profile', { timeout: 90_000 }, async () => {
    if (!browser) throw new Error('Chromium did not start');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'America/Chicago' });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const profile = [
      'Maria Gonzalez',
      'Senior Program Manager at Riverbend Food Bank',
      'Experience',
      'Senior Program Manager',
      'Riverbend Food Bank · Full-time',
      'Mar 2020 - Present',
      'Volunteer Coordinator',
      'Riverbend Food Bank',
      'Jun 2016 - Feb 2020',
      'Education',
      'University of Texas at Austin',
      'BA, Sociology',
    ].join('\n');
    const created = await page.request.post(`${baseUrl}/api/contacts`, { data: { name: 'Maria Gonzalez', organization: 'Riverbend Food Bank', profile } });
    const { id } = (await created.json()) as { id: string };
    await page.goto(`${baseUrl}/contacts/${id}`);
    await page.getByRole('link', { name: 'Practice with Maria' }).click();
    const editor = page.getByRole('form', { name: 'Describe a professional' });
    await editor.waitFor();
    await expect.poll(() => editor.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe('Maria Gonzalez');
    await editor.getByRole('button', { name: 'Save this professional' }).click();
    await page.getByRole('button', { name: /^Start the conversation with Maria Gonzalez/ }).click();
    const replies = page.locator('[data-testid="transcript"] [data-role="professional"]:not([aria-busy])');
    await page.getByLabel('Your message').waitFor();
    const before = await replies.count();
    await page.getByLabel('Your message').fill('Hi Maria, I am Sam, a sociology student. How did you move from volunteer coordination into running programs?');
    await page.getByLabel('Your message').press('Enter');
    await expect.poll(() => replies.count(), { timeout: 20_000 }).toBe(before + 1);
    const links = ((await (await page.request.get(`${baseUrl}/api/contacts/${id}`)).json()) as { links: Array<{ kind: string }> }).links;
    expect(links.map((l) => l.kind)).toEqual(['practice']);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
