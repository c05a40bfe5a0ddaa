/**
 * The defects a newcomer met (issue 16), one test each, in real Chromium against the real app
 * (offline coach, a database file, real HTTP, its own build of the page).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, requireChromium } from './browser.ts';
import { type BrowserApp, startBrowserApp } from './browser-app.ts';
import { postJson } from '../fixtures/test-app.ts';
import { OUTREACH_DRAFT, seedTourData, type TourData } from './tour.ts';

const SUITE = 'a newcomer on every page in Chromium';
requireChromium(SUITE);

describe.skipIf(!hasChromium)(SUITE, () => {
  let browser: Browser | undefined;
  let data: TourData & { wrapSessionId?: string };
  let baseUrl = '';
  let world: BrowserApp | undefined;

  beforeAll(async () => {
    world = await startBrowserApp('newcomer', {
      before: async (app) => {
        data = await seedTourData(app);
        // A conversation well under way, for the wrap-up test.
        const started = await postJson(app, '/api/practice/sessions', { personaId: 'preset-ux-researcher', minutes: 30 });
        const wrapSessionId = ((await started.json()) as { id: string }).id;
        for (const content of ['Hi, thank you for making time!', 'What does a typical week look like?', 'What do you enjoy most?', 'What is hard?', 'Which skills matter?']) {
          // Every turn must land: a refused one (429) leaves a shorter conversation that never wraps up.
          const sent = await postJson(app, `/api/practice/sessions/${wrapSessionId}/messages`, { content });
          if (!sent.ok) throw new Error(`seeding the wrap-up conversation: ${sent.status} ${await sent.text()}`);
        }
        data = { ...data, wrapSessionId };
      },
    });
    ({ baseUrl, browser } = world);
  });

  afterAll(() => world?.close());

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

  /** What has keyboard focus: its tag, test id, action and text, or "body". */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'body';
      return `${el.tagName.toLowerCase()}|${el.getAttribute('data-action') ?? el.getAttribute('data-move') ?? ''}|${(el.textContent ?? '').trim().slice(0, 60)}`;
    });

  /** Presses Tab until the focused element's text matches, at most `limit` times. */
  async function tabTo(page: Page, text: RegExp, limit = 60): Promise<number> {
    for (let i = 1; i <= limit; i++) {
      await page.keyboard.press('Tab');
      if (text.test(await focused(page))) return i;
    }
    throw new Error(`No ${text} within ${limit} Tabs; focus is on ${await focused(page)}`);
  }

  it('keyboard only: Accept, Keep, Add and the agenda controls never drop focus to the page', async () => {
    const { page, errors, close } = await openPage('/questions');
    await page.getByTestId('questions-input').focus();
    await page.keyboard.insertText("What's your salary?\nCan you refer me for the GIS analyst opening on your team?\nWhat does a typical week look like for you?");
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('review-result').first().waitFor();

    // Accept on the first: focus goes to the next question waiting for a decision.
    await tabTo(page, /\|accept\|/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^button\|accept\|/);
    expect(await page.getByTestId('review-result').nth(1).evaluate((card) => card.contains(document.activeElement))).toBe(true);
    // Keep original on the second (the last that needs one): focus stays in its card, on the outcome.
    await tabTo(page, /\|keep\|/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/Kept as you wrote it/);

    // The bank's Add: the button stays where it was, saying Added.
    await tabTo(page, /^button\|\|Add$/, 120);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^button\|\|Added$/);
    expect(errors).toEqual([]);
    await close();
  });

  it('names flagged questions with their rephrasing before they enter an agenda', async () => {
    const { page, errors, close } = await openPage('/questions');
    await page.getByTestId('questions-input').fill("Can you refer me for the GIS analyst opening on your team?\nWhat's your salary?\nWhat does a typical week look like for you?\nHow did you get started?");
    await page.getByTestId('agenda-builder').getByRole('button', { name: /^Build agenda/ }).click();
    const flagged = page.getByTestId('flagged-question');
    await expect.poll(() => flagged.count()).toBe(2);
    await expect.poll(() => focused(page)).toMatch(/^h3\|\|2 questions/);
    expect(await page.getByTestId('agenda').count()).toBe(0);
    // The first keeps the rephrasing (the default); the second is left out.
    const rephrasing = ((await flagged.nth(0).locator('label').first().textContent()) ?? '').replace(/^Ask instead: “|”$/g, '');
    expect(rephrasing).not.toMatch(/refer me/i);
    await flagged.nth(1).getByLabel('Leave it out').check();
    await page.getByTestId('flagged-questions').getByRole('button', { name: 'Build agenda' }).click();
    const questions = page.getByTestId('agenda-question');
    await expect.poll(() => questions.count()).toBe(3);
    const texts = (await questions.allTextContents()).join('\n');
    expect(texts).not.toMatch(/refer me|salary/i);
    expect(texts).toContain(rephrasing);
    // The list itself now holds the rephrasing too.
    expect(await page.getByTestId('questions-input').inputValue()).toContain(rephrasing);
    expect(errors).toEqual([]);
    await close();
  });

  it('removes a question from the agenda with undo, and keeps the user\'s own referral words after a reorder', async () => {
    const { page, errors, close } = await openPage('/questions');
    const own = 'Who else do you think I should talk to?';
    await page.getByTestId('questions-input').fill(`What does a typical week look like for you?\nHow did you get started?\nWhat skills matter most in your work?\n${own}`);
    await page.getByTestId('agenda-builder').getByRole('button', { name: /^Build agenda/ }).click();
    const agenda = page.getByTestId('agenda');
    const questions = agenda.getByTestId('agenda-question');
    await expect.poll(() => questions.count()).toBe(3);
    await expect(agenda.textContent()).resolves.toContain(own);

    // Move the second up with its button: the words stay, and focus stays on the moved question.
    const second = (await questions.nth(1).getAttribute('data-text')) ?? '';
    await questions.nth(1).locator('[data-move="up"]').click();
    await expect.poll(() => questions.first().getAttribute('data-text')).toBe(second);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="agenda-question"]')?.getAttribute('data-text') ?? null)).toBe(second);
    await expect(agenda.textContent()).resolves.toContain(own);
    expect(await agenda.textContent()).not.toContain('Who else should I talk to?');

    // Remove it: gone, with Undo focused; Undo puts it back where it was.
    await questions.first().getByRole('button', { name: `Remove: ${second}` }).click();
    await expect.poll(() => questions.count()).toBe(2);
    await expect.poll(() => focused(page)).toBe('button||Undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => questions.count()).toBe(3);
    await expect.poll(() => questions.first().getAttribute('data-text')).toBe(second);
    await expect(agenda.textContent()).resolves.toContain(own);
    expect(errors).toEqual([]);
    await close();
  });

  it('forgets a bad session link, and a resumed wrapped-up conversation keeps End conversation as the main button', async () => {
    const { page, errors, close } = await openPage('/practice/sessions/00000000-0000-4000-8000-000000000000');
    await page.getByRole('alert').waitFor();
    await page.goto(`${baseUrl}/practice`);
    await page.locator('main h1').first().waitFor();
    // The setup, not the bad link's error.
    await page.locator('[data-persona-id]').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    // A conversation under way; the user says goodbye, the professional wraps up.
    await page.goto(`${baseUrl}/practice/sessions/${data.wrapSessionId}`);
    const end = page.getByRole('button', { name: 'End conversation' });
    await end.waitFor();
    const replies = page.locator('[data-testid="transcript"] [data-role="professional"]:not([aria-busy])');
    const before = await replies.count();
    await page.getByLabel('Your message').fill('Thanks so much for your time today.');
    await page.getByLabel('Your message').press('Enter');
    await expect.poll(() => replies.count()).toBe(before + 1);
    await expect.poll(() => end.getAttribute('class')).toMatch(/button--primary/);
    await page.reload();
    await end.waitFor();
    expect(await end.getAttribute('class')).toMatch(/button--primary/);
    expect(errors).toEqual([]);
    await close();
  });

  it('on a phone (390 px): the live score stays in view while typing, lists fold, the critique does not repeat the checklist', async () => {
    const { page, errors, close } = await openPage('/outreach', { width: 390, height: 844 });
    const draft = page.locator('#draft');
    await draft.fill(OUTREACH_DRAFT);
    await draft.click();
    await page.keyboard.press('Control+End');
    // Typing at the end of the draft: the score bar is on screen, the full live check is not.
    await draft.pressSequentially(' Thanks!');
    const bar = page.getByTestId('live-bar');
    const inView = async (locator: ReturnType<Page['locator']>) => {
      const box = await locator.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 844;
    };
    await page.evaluate(() => document.getElementById('draft')?.scrollIntoView({ block: 'end' }));
    expect(await inView(bar)).toBe(true);
    await expect(bar.textContent()).resolves.toMatch(/^\d+ out of 100Next: /);

    await page.getByRole('button', { name: 'Get full critique' }).click();
    const panel = page.getByTestId('critique-result');
    await panel.waitFor();
    const failing = await page.getByTestId('live-check').locator('[data-rule-id][data-passed="false"]').count();
    // The critique lists only the rules to work on; the met ones are named once, in the live check.
    expect(await panel.locator('[data-rule-id]').count()).toBe(failing);
    // Long lists start folded on a phone.
    expect(await page.getByTestId('live-check').locator('details').first().getAttribute('open')).toBeNull();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(4_500);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('smaller defects: Generate looks disabled offline, the Other minutes placeholder fits, tags name the right question, US spelling', async () => {
    const { page, errors, close } = await openPage('/practice');
    const generate = page.getByRole('button', { name: 'Generate' });
    await generate.waitFor();
    expect(await generate.isDisabled()).toBe(true);
    const look = await generate.evaluate((el) => ({ opacity: Number(getComputedStyle(el).opacity), cursor: getComputedStyle(el).cursor }));
    expect(look.opacity).toBeLessThan(0.7);
    expect(look.cursor).toBe('not-allowed');
    // The placeholder "5–60" is drawn whole inside the box (beside the number input's spinner).
    const other = page.getByLabel('Other number of minutes');
    const fits = await other.evaluate((el) => {
      const input = el as HTMLInputElement;
      const style = getComputedStyle(input);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = ctx.measureText(input.placeholder).width;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16; // the spinner
      return text <= room;
    });
    expect(fits).toBe(true);
    expect(await page.locator('main').textContent()).not.toMatch(/practis|labour/i);

    await page.goto(`${baseUrl}/questions`);
    await page.getByTestId('questions-input').fill('Can you refer me for the GIS analyst opening on your team?\nHow is climate change affecting your work?');
    await page.getByRole('button', { name: 'Review questions' }).click();
    const [referMe, climate] = [page.getByTestId('review-result').nth(0), page.getByTestId('review-result').nth(1)];
    await referMe.waitFor();
    // A question to rephrase is not tagged with its rephrasing's topic; the rephrasing is.
    expect(await referMe.locator('.q-result__head .tag--muted').count()).toBe(0);
    await expect(referMe.locator('.q-result__label .tag').textContent()).resolves.toBe('skills and training');
    await expect(climate.locator('.q-result__head .tag--muted').textContent()).resolves.toBe('industry trends');
    expect(errors).toEqual([]);
    await close();
  });

  it('first run: three steps on one screen, each loads a realistic example and links to its page; Hide puts them away for good', async () => {
    const { page, errors, close } = await openPage('/outreach');
    const panel = page.getByTestId('first-run');
    await panel.waitFor();
    expect(await panel.locator('li').count()).toBe(3);
    await expect(panel.textContent()).resolves.toMatch(/Write the ask.*Prepare the questions.*Practice the conversation/s);
    expect(await panel.getByRole('link', { name: /^Open / }).evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/outreach',
      '/questions',
      '/practice',
    ]);
    // On one screen: the whole panel is in view at 1280 × 900 without scrolling.
    const box = await panel.boundingBox();
    expect(box && box.y + box.height <= 900).toBe(true);

    await panel.getByRole('link', { name: /Load an example: a note/ }).click();
    await expect.poll(() => page.locator('#draft').inputValue()).toMatch(/^Hi Ms\. Okafor,/);
    expect(await page.getByLabel('Recipient name').inputValue()).toBe('Jelena Okafor');
    expect(new URL(page.url()).search).toBe('');

    await page.getByTestId('first-run').getByRole('link', { name: /Load an example: five questions/ }).click();
    await expect.poll(() => page.getByTestId('questions-input').inputValue()).toContain('field organizing');
    await page.getByTestId('first-run').getByRole('link', { name: /Load an example: a 20-minute chat/ }).click();
    await expect.poll(() => page.locator('[data-persona-id="preset-sustainability-director"] input').isChecked()).toBe(true);
    await expect.poll(() => page.getByLabel(/The questions you prepared/).inputValue()).toContain('field organizing');

    // Hide: gone, focus on the page heading, and still gone after a reload.
    await page.getByTestId('first-run').getByRole('button', { name: 'Hide' }).click();
    expect(await page.getByTestId('first-run').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.reload();
    await page.locator('main h1').first().waitFor();
    await page.locator('[data-persona-id]').first().waitFor();
    expect(await page.getByTestId('first-run').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('keyboard only on Outreach History: Keep it returns focus to Delete, Delete for good to the History heading', async () => {
    const { page, errors, close } = await openPage('/outreach');
    await page.locator('#draft').fill(OUTREACH_DRAFT);
    await page.keyboard.press('Control+Enter');
    // The critique moves focus to its result when it arrives: wait for that, so it cannot take focus
    // from the History buttons in the middle of the test (it did on a busy machine).
    await page.getByTestId('critique-result').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="critique-panel"]') !== null)).toBe(true);
    const history = page.getByTestId('history');
    const row = history.locator('[data-draft-id]').first();
    await row.waitFor();
    await row.getByRole('button', { name: 'Delete draft' }).focus();
    await page.keyboard.press('Enter');
    await row.getByRole('button', { name: 'Keep it' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('button||Delete');
    await page.keyboard.press('Enter');
    await row.getByRole('button', { name: 'Delete for good' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('h2||History');
    expect(errors).toEqual([]);
    await close();
  });

  it('Practice names a flagged question pasted into its agenda, with the rephrasing one click away', async () => {
    const { page, errors, close } = await openPage('/practice');
    const box = page.getByLabel(/The questions you prepared/);
    await box.fill("What does a typical week look like for you?\nWhat's your salary?");
    const flagged = page.getByTestId('agenda-flagged');
    await flagged.waitFor();
    expect(await flagged.locator('li').count()).toBe(1);
    await flagged.getByRole('button', { name: "Use the rephrasing of: What's your salary?" }).click();
    await expect.poll(() => box.inputValue()).not.toContain("What's your salary?");
    expect((await box.inputValue()).split('\n')).toHaveLength(2);
    expect(await page.getByTestId('agenda-flagged').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(errors).toEqual([]);
    await close();
  });

  it('keyboard only: deleting a saved agenda moves focus to the list, not the page', async () => {
    const { page, errors, close } = await openPage('/questions');
    // Each Delete asks first (newcomer-pass.e2e.test.ts checks the question): yes to every one here.
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('questions-input').fill('What does a typical week look like for you?\nHow did you get started?');
    const build = page.getByTestId('agenda-builder').getByRole('button', { name: /^Build agenda/ });
    await build.click();
    await page.getByTestId('agenda').waitFor();
    // The saved list is read again after every save and delete: wait for that answer, not for a time
    // (a late refetch once brought a row back in the middle of the loop on a busy machine).
    const listed = () => page.waitForResponse((r) => new URL(r.url()).pathname === '/api/agendas' && r.request().method() === 'GET');
    let relisted = listed();
    await build.click();
    await relisted;
    const saved = page.getByTestId('saved-agendas');
    const deletes = saved.getByRole('button', { name: /^Delete / });
    await expect.poll(() => deletes.count()).toBeGreaterThanOrEqual(2);
    // Every agenda saved so far in this database, deleted one by one from the keyboard.
    for (let left = await deletes.count(); left > 1; left--) {
      await deletes.first().focus();
      relisted = listed();
      await page.keyboard.press('Enter');
      await relisted;
      await expect.poll(() => deletes.count()).toBe(left - 1);
      await expect.poll(() => focused(page)).toBe('h3||Saved agendas');
    }
    await deletes.first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('saved-agendas').count()).toBe(0);
    await expect.poll(() => focused(page)).toBe('h2||Agenda');
    expect(errors).toEqual([]);
    await close();
  });
});
