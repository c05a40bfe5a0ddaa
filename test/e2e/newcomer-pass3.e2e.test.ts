/**
 * A third newcomer's pass (round 11): what a first-time user tripped over, one test per defect, in
 * real Chromium against the real app (offline coach, a database file, real HTTP, its own build of
 * the page). The earlier passes are `newcomer.e2e.test.ts` and `newcomer-pass.e2e.test.ts`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson } from '../fixtures/test-app.ts';
import { hasChromium, requireChromium } from './browser.ts';
import { type App, type BrowserApp, startBrowserApp, focusedElement, type Viewport } from './browser-app.ts';

const SUITE = 'a newcomer on Outreach and Practice in Chromium (third pass)';
requireChromium(SUITE);

/** No times, no format, no thanks: three edits, each on its own words. */
const DRAFT =
  "Hi Ana,\n\nI'm a junior at Reed studying biology, and Dr. Cole suggested I write. I'd love to learn how you moved into genetic counseling. Could we have a 20-minute chat?\n\nBest,\nLi";

describe.skipIf(!hasChromium)(SUITE, () => {
  let app: App;
  let baseUrl = '';
  let world: BrowserApp | undefined;

  beforeAll(async () => {
    world = await startBrowserApp('newcomer-pass3');
    ({ app, baseUrl } = world);
  });

  afterAll(() => world?.close());

  const openPage = (url: string, viewport?: Viewport) => {
    if (!world) throw new Error('Chromium did not start');
    return world.openPage(url, viewport);
  };
  const focused = focusedElement;

  it('Outreach: Accept all (which then disables itself) hands focus to Use edited draft, described by the count accepted', { timeout: 60_000 }, async () => {
    const { page, errors, close } = await openPage('/outreach');
    await page.getByLabel('Your message').fill(DRAFT);
    await page.getByRole('button', { name: 'Get full critique' }).click();
    const result = page.getByTestId('critique-result');
    const edits = result.getByTestId('suggested-edit');
    await expect.poll(() => edits.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    const count = await edits.count();
    const acceptAll = result.getByRole('button', { name: 'Accept all' });
    await acceptAll.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => result.getByTestId('edits-accepted').textContent()).toBe(`${count} of ${count} accepted`);
    await expect.poll(() => acceptAll.isDisabled()).toBe(true);
    // It used to fall to <body>: the keyboard user had to find their place again.
    await expect.poll(() => focused(page)).toBe('button||Use edited draft');
    const described = await page.evaluate(() => {
      const ids = document.activeElement?.getAttribute('aria-describedby') ?? '';
      return ids ? document.getElementById(ids)?.textContent : null;
    });
    expect(described).toBe(`${count} of ${count} accepted`);
    // Enter there takes the edited draft into the editor.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByLabel('Your message').inputValue()).not.toBe(DRAFT);
    expect(errors).toEqual([]);
    await close();
  });

  it('Practice: a professional you described can be deleted (asked first, by name); their conversations stay readable', { timeout: 60_000 }, async () => {
    const preset = ((await (await app.request('/api/personas')).json()) as Array<{ card: Record<string, unknown> }>)[1]!.card;
    const created = (await (await postJson(app, '/api/personas', { card: { ...preset, name: 'Rita Moreno' } })).json()) as { id: string };
    const started = await postJson(app, '/api/practice/sessions', { personaId: created.id, minutes: 20 });
    const sessionId = ((await started.json()) as { id: string }).id;
    expect((await postJson(app, `/api/practice/sessions/${sessionId}/messages`, { content: 'Hi Rita, thank you for making time today!' })).status).toBe(200);

    const { page, errors, close } = await openPage('/practice');
    const option = page.locator(`[data-persona-id="${created.id}"]`);
    await option.waitFor();
    await option.click();
    // Presets have no Delete; the one described does, named.
    await expect.poll(() => page.getByRole('button', { name: /^Delete / }).count()).toBe(1);
    const remove = page.getByRole('button', { name: 'Delete Rita Moreno' });

    // No keeps it.
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await remove.click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toMatch(/^Delete Rita Moreno \(.+\), the professional you described\? Conversations you practiced with them stay in History/);
    await expect(option.isVisible()).resolves.toBe(true);

    // Yes deletes it: said, and the keyboard stays in the picker on the professional now chosen.
    page.once('dialog', (dialog) => void dialog.accept());
    await remove.click();
    await page.getByTestId('persona-note').filter({ hasText: 'Deleted Rita Moreno.' }).waitFor();
    await expect.poll(() => option.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === 'persona' && (document.activeElement as HTMLInputElement).checked)).toBe(true);
    expect((await app.request(`/api/personas/${created.id}`)).status).toBe(404);

    // The conversation held with her still opens, transcript and all.
    await page.goto(`${baseUrl}/practice/sessions/${sessionId}`);
    await page.getByText('Hi Rita, thank you for making time today!').waitFor();
    await expect(page.getByText('Rita Moreno').first().isVisible()).resolves.toBe(true);
    await page.goto(`${baseUrl}/practice/history`);
    await page.getByText('Rita Moreno').first().waitFor();
    expect(errors).toEqual([]);
    await close();
  });
  it('Questions: a review card whose question the agenda rephrased says so, instead of offering an Accept that would change nothing', { timeout: 60_000 }, async () => {
    const { page, errors, close } = await openPage('/questions');
    await page.getByTestId('questions-input').fill("How did you get started?\nWhat's your salary?\nWhat does a typical week look like?");
    await page.getByRole('button', { name: 'Review questions' }).click();
    const salary = page.locator('[data-testid="review-result"][data-verdict="rephrase"]').first();
    await salary.getByRole('button', { name: 'Accept' }).waitFor();
    // The agenda takes the rephrasing (its default) into the list.
    await page.getByTestId('agenda-builder').getByRole('button', { name: /^Build agenda/ }).click();
    await page.getByTestId('flagged-questions').getByRole('button', { name: 'Build agenda' }).click();
    await page.getByTestId('agenda').waitFor();
    await expect.poll(() => page.getByTestId('questions-input').inputValue()).not.toContain("What's your salary?");
    await salary.getByTestId('review-gone').waitFor();
    await expect(salary.getByRole('button', { name: 'Accept' }).count()).resolves.toBe(0);
    await expect(salary.getByRole('button', { name: 'Use this' }).count()).resolves.toBe(0);
    // The cards still in the list keep their alternatives.
    await expect(page.locator('[data-testid="review-result"][data-verdict="informational"]').first().getByRole('button', { name: 'Use this' }).count()).resolves.toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('Practice: "You as the asker" is laid out like the conduct items (no bare bullets or indented quotes)', { timeout: 60_000 }, async () => {
    const started = await postJson(app, '/api/practice/sessions', { personaId: 'preset-sustainability-director', minutes: 20 });
    const sessionId = ((await started.json()) as { id: string }).id;
    for (const content of ['Thank you for making time. I am a senior studying environmental policy.', 'What does a typical week look like for you?', 'Who else would you suggest I talk to? Thank you again.']) {
      expect((await postJson(app, `/api/practice/sessions/${sessionId}/messages`, { content })).status).toBe(200);
    }
    expect((await postJson(app, `/api/practice/sessions/${sessionId}/end`, {})).status).toBe(200);
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const { page, errors, close } = await openPage(`/practice/sessions/${sessionId}`, viewport);
      const scores = page.getByTestId('asker-scores');
      await scores.waitFor();
      const look = await scores.evaluate((list) => {
        const item = list.querySelector('li')!;
        const quote = list.querySelector('blockquote');
        return {
          bullets: getComputedStyle(list).listStyleType,
          border: getComputedStyle(item).borderLeftWidth,
          quoteIndent: quote ? getComputedStyle(quote).marginLeft : '0px',
          heading: getComputedStyle(list.previousElementSibling!).textTransform,
        };
      });
      expect(look).toEqual({ bullets: 'none', border: '4px', quoteIndent: '0px', heading: 'uppercase' });
      expect(errors).toEqual([]);
      await close();
    }
  });
  it('Practice: ending before the time is up asks first, with the time used; No keeps the conversation going', { timeout: 60_000 }, async () => {
    const started = await postJson(app, '/api/practice/sessions', { personaId: 'preset-ux-researcher', minutes: 20 });
    const sessionId = ((await started.json()) as { id: string }).id;
    expect((await postJson(app, `/api/practice/sessions/${sessionId}/messages`, { content: 'Hi Priya, thank you for making time today!' })).status).toBe(200);
    const { page, errors, close } = await openPage(`/practice/sessions/${sessionId}`);
    const end = page.getByRole('button', { name: 'End conversation' });
    await end.waitFor();
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await end.click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toMatch(/^End the conversation with Priya now, at \d+:\d{2} of 20:00 minutes\? You can’t add to it afterwards/);
    await expect(page.getByLabel('Your message').isVisible()).resolves.toBe(true);
    expect(await page.getByTestId('debrief').count()).toBe(0);
    // Yes ends it: the debrief.
    page.once('dialog', (dialog) => void dialog.accept());
    await end.click();
    await page.getByTestId('debrief').waitFor();
    expect(errors).toEqual([]);
    await close();
  });
  it('Practice: a link to a conversation that is gone says so in plain words and where to look, not "no session with this id"', async () => {
    const { page, errors, close } = await openPage('/practice/sessions/00000000-0000-4000-8000-000000000000');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/There is no conversation at this link: it may have been deleted .* under History\./);
    expect(await alert.textContent()).not.toMatch(/\bid\b/);
    await alert.getByRole('button', { name: 'Start a new conversation' }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });
});
