/**
 * The practice page in real Chromium against the real app (offline persona engine, a database
 * file, real HTTP): pick a professional → talk → reload → resume → hint → end → debrief → edit the
 * note (live check) → export Markdown → history chart.
 *
 * The app runs in-process on a free port with its own build of the page (a temp folder), so it
 * never races the other browser tests over dist/web. Skipped without Chromium locally; fails in CI.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, requireChromium, SCREENSHOT_DIR } from './browser.ts';
import { type BrowserApp, startBrowserApp } from './browser-app.ts';

const SUITE = 'practice page in Chromium';
requireChromium(SUITE);

/** Types a message and sends it with Enter, then waits for the professional's reply to finish. */
async function say(page: Page, text: string) {
  const replies = page.locator('[data-testid="transcript"] [data-role="professional"]:not([aria-busy])');
  const before = await replies.count();
  await page.getByLabel('Your message').fill(text);
  await page.getByLabel('Your message').press('Enter');
  await expect.poll(() => replies.count(), { timeout: 10_000 }).toBe(before + 1);
}

describe.skipIf(!hasChromium)(SUITE, () => {
  let baseUrl = '';
  let browser: Browser | undefined;
  let world: BrowserApp | undefined;

  beforeAll(async () => {
    world = await startBrowserApp('practice');
    ({ baseUrl, browser } = world);
  });

  afterAll(() => world?.close());

  /** A fresh browser context (its own localStorage) at desktop width, collecting the page's errors. */
  async function openPage() {
    if (!browser) throw new Error('Chromium did not start');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return { context, page, pageErrors };
  }

  it('holds a conversation that survives a reload, then debriefs, checks the note, exports and charts it', { timeout: 90_000 }, async () => {
    if (!browser) throw new Error('Chromium did not start');
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${baseUrl}/practice`);
    await page.getByRole('heading', { level: 1, name: 'Practice' }).waitFor();

    // Generating a persona needs a model: offline, the form says so before anyone types.
    await expect(page.getByPlaceholder('e.g. a wildlife biologist').isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Generate' }).isDisabled()).resolves.toBe(true);
    await page.getByText('Needs a configured model').waitFor();

    // Pick a professional and the time.
    await page.locator('[data-persona-id="preset-sustainability-director"]').click();
    await page.getByLabel('15 minutes').check();
    await page.getByRole('button', { name: /^Start the conversation with Jelena Okafor/ }).click();
    await page.getByTestId('clock').filter({ hasText: '0:00 of 15:00' }).waitFor();
    // Ready to type: the message box has the focus.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('practice-message');

    // Shift+Enter makes a new line; Enter sends.
    const box = page.getByLabel('Your message');
    await box.fill('Hi Jelena, thank you so much for making time today!');
    await box.press('Shift+Enter');
    await box.pressSequentially("I'm a geography student who volunteered with a tenants' group.");
    await expect(box.inputValue()).resolves.toBe("Hi Jelena, thank you so much for making time today!\nI'm a geography student who volunteered with a tenants' group.");
    const replies = page.locator('[data-testid="transcript"] [data-role="professional"]:not([aria-busy])');
    await box.press('Enter');
    await expect.poll(() => replies.count(), { timeout: 10_000 }).toBe(1);
    await say(page, 'What does a typical week look like for you?');
    const clock = await page.getByTestId('clock').textContent();
    expect(clock).not.toContain('0:00 of');

    // Reload: the conversation resumes where it was.
    await page.reload();
    await expect.poll(() => page.locator('[data-testid="transcript"] .bubble').count()).toBe(4);
    await expect(page.getByTestId('clock').textContent()).resolves.toBe(clock);

    // A hint, out of voice: it appears aside and the transcript is unchanged.
    await page.getByLabel('Your message').fill('/coach');
    await page.getByLabel('Your message').press('Enter');
    // The hint sits right above the message box, where the user is looking (earlier ones move aside).
    await page.getByTestId('coach-note').waitFor();
    await expect(page.getByTestId('coach-note').textContent()).resolves.not.toMatch(/\.txt\b/);
    await expect(page.locator('[data-testid="transcript"] .bubble').count()).resolves.toBe(4);

    await say(page, 'You mentioned grant reports. How do you keep up with all that writing?');
    // Once the user moves on, the hint leaves the message box for the aside.
    await expect(page.getByTestId('coach-note').count()).resolves.toBe(0);
    await expect(page.getByTestId('coach-aside').locator('.hint').count()).resolves.toBe(1);
    await say(page, 'What salary range might someone entering the field expect?');
    await say(page, 'Who else do you think I should talk to?');
    await say(page, 'Thank you so much, this was really helpful!');
    // The transcript box follows the conversation: its newest reply is in sight, not its first message.
    const transcript = page.getByTestId('transcript');
    await expect
      .poll(() => transcript.evaluate((el) => Math.abs(el.scrollHeight - el.clientHeight - el.scrollTop) <= 2))
      .toBe(true);
    await expect(transcript.locator('[data-role="professional"]').last().isVisible()).resolves.toBe(true);

    // Ending before the time is up or the wrap-up asks first (newcomer-pass3 tests the question).
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'End conversation' }).click();
    const debrief = page.getByTestId('debrief');
    await debrief.waitFor();
    expect(Number(await page.getByTestId('debrief-score').textContent())).toBeGreaterThan(50);
    await expect(debrief.locator('.debrief-item').count()).resolves.toBe(11);
    // It opens at its top (focus on its heading), says what to work on, and names guides rather than files.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toMatch(/^Debrief: your conversation with Jelena Okafor/);
    await expect(page.getByTestId('debrief-summary').textContent()).resolves.toMatch(/conduct rules/);
    await expect(debrief.textContent()).resolves.not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
    await expect(debrief.locator('[data-rule-id="conduct.opening-thanks"] blockquote').first().textContent()).resolves.toContain(
      'thank you so much for making time today',
    );

    // The drafted note, checked live as it is edited.
    const note = page.getByLabel('Thank-you note', { exact: true });
    await expect(note.inputValue()).resolves.toMatch(/^Dear Jelena,/);
    const asksNothing = page.locator('[data-testid="note-checks"] [data-rule-id="follow-up.asks-nothing-new"]');
    await expect.poll(() => asksNothing.getAttribute('data-passed')).toBe('true');
    await note.press('End');
    await note.pressSequentially(' If you see any openings, could you send them my way?');
    await expect.poll(() => asksNothing.getAttribute('data-passed')).toBe('false');
    await page.getByTestId('note-saved').filter({ hasText: 'Saved.' }).waitFor();

    // Export as Markdown.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export as Markdown' }).click()]);
    const markdown = await readFile((await download.path()) ?? '', 'utf8');
    expect(markdown).toContain('# Practice: Jelena Okafor, Program Director, Community Energy');
    expect(markdown).toContain('Thank you so much, this was really helpful!');
    expect(markdown).toContain('If you see any openings, could you send them my way?');
    // Guides are cited by name in the export too, never by their stored file names.
    expect(markdown).toMatch(/As the guide puts it: “[^”]+” \((?:a |“)[^)]+\)/);
    expect(markdown).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);

    // History, with the score chart (loaded only on this view).
    const conversationUrl = page.url();
    expect(new URL(conversationUrl).pathname).toMatch(/^\/practice\/sessions\/[^/]+$/);
    await page.getByRole('link', { name: 'History', exact: true }).click();
    await page.getByTestId('session-list').filter({ hasText: 'Jelena Okafor' }).waitFor();
    await page.locator('[data-testid="score-chart"] canvas').waitFor();
    expect(new URL(page.url()).pathname).toBe('/practice/history');
    // Back returns to the debrief, forward to the history; a session opens from the list at its URL.
    await page.goBack();
    await page.getByTestId('debrief').waitFor();
    await page.goForward();
    await page.getByRole('link', { name: /^Jelena Okafor/ }).click();
    await page.getByTestId('debrief').waitFor();
    expect(page.url()).toBe(conversationUrl);
    await page.goBack();
    await page.getByTestId('session-list').waitFor();

    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'practice-history.png'), fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByRole('link', { name: 'Conversation', exact: true }).click();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'practice-phone.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('loads a saved agenda, keeps its questions at hand (asked ones marked) and keeps hints over a reload', { timeout: 60_000 }, async () => {
    const { context, page, pageErrors } = await openPage();

    // No saved agenda yet: a hint pointing to the Questions page.
    await page.goto(`${baseUrl}/practice`);
    await page.getByTestId('no-saved-agendas').waitFor();
    await expect(page.getByTestId('no-saved-agendas').getByRole('link').getAttribute('href')).resolves.toBe('/questions');

    const questions = ['How did you find your way into hospital nursing?', 'Which shifts are the hardest to staff, and why?'];
    const created = await fetch(`${baseUrl}/api/agendas`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Nursing chat', minutes: 20, questions, order: 'as-given' }),
    });
    expect(created.status).toBe(201);
    const agenda = (await created.json()) as { id: string; items: { kind: string; text: string }[] };
    const expected = agenda.items.filter((item) => item.kind === 'question' || item.kind === 'referral').map((item) => item.text);
    expect(expected.slice(0, 2)).toEqual(questions);

    await page.reload();
    await page.getByLabel('Load a saved agenda').selectOption({ label: 'Nursing chat (2 questions, 20 min)' });
    const box = page.getByLabel(/^The questions you prepared/);
    await expect.poll(() => box.inputValue()).toBe(expected.join('\n'));
    await expect(page.getByLabel('20 minutes').isChecked()).resolves.toBe(true);
    await page.locator('[data-persona-id="preset-software-engineer"]').click();
    await page.getByRole('button', { name: /^Start the conversation with/ }).click();
    await page.getByTestId('clock').filter({ hasText: '0:00 of 20:00' }).waitFor();
    const sessionId = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');
    const stored = (await (await fetch(`${baseUrl}/api/practice/sessions/${sessionId}`)).json()) as { agendaId: string | null };
    expect(stored.agendaId).toBe(agenda.id);

    // The checklist: a click puts the question in the message box; once sent it is marked asked.
    const checklist = page.getByTestId('agenda-checklist');
    await expect(checklist.locator('li').allTextContents()).resolves.toEqual(expected.map((q) => `○${q}`));
    await checklist.getByRole('button', { name: questions[1] }).click();
    await expect(page.getByLabel('Your message').inputValue()).resolves.toBe(questions[1]);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('practice-message');
    await page.getByLabel('Your message').press('Enter');
    await expect.poll(() => checklist.locator('li[data-asked="true"]').allTextContents()).toEqual([`✓${questions[1]} (asked)`]);

    // A hint survives a reload (kept with this conversation), as does the checklist from the saved agenda.
    await page.getByRole('button', { name: 'Hint' }).click();
    const hint = await page.getByTestId('coach-note').textContent();
    await page.reload();
    await page.getByTestId('clock').waitFor();
    await expect.poll(() => page.getByTestId('coach-aside').locator('.hint').allTextContents()).toEqual([hint?.replace(/^Coach · only you see this/, '')]);
    await expect(checklist.locator('li[data-asked="true"]').count()).resolves.toBe(1);

    // From the Questions page's link: `/practice?agenda=<id>` opens the setup with the agenda loaded.
    await page.goto(`${baseUrl}/practice?agenda=${encodeURIComponent(agenda.id)}`);
    // A wait budget, not a timing assertion: the setup renders and fetches the agenda first (slow on a loaded machine).
    await expect.poll(() => page.getByLabel(/^The questions you prepared/).inputValue(), { timeout: 10_000 }).toBe(expected.join('\n'));
    await expect(page.getByLabel('Load a saved agenda').inputValue()).resolves.toBe(agenda.id);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('describes a professional in the editor, saves them and talks to them', { timeout: 60_000 }, async () => {
    const { context, page, pageErrors } = await openPage();
    await page.goto(`${baseUrl}/practice`);
    await page.locator('[data-persona-id="preset-software-engineer"]').click();
    await page.getByRole('button', { name: /^Describe your own professional/ }).click();
    const editor = page.getByRole('form', { name: 'Describe a professional' });
    await editor.getByLabel('Name', { exact: true }).fill('Ama Owusu');
    await editor.getByLabel('Field', { exact: true }).fill('data engineering');
    // A career path of one step is refused, naming the field.
    const path = editor.getByLabel(/^Career path/);
    const steps = await path.inputValue();
    await path.fill(steps.split('\n')[0] ?? '');
    await editor.getByRole('button', { name: 'Save this professional' }).click();
    await editor.getByRole('alert').filter({ hasText: 'Career path needs at least 3 lines' }).waitFor();
    await path.fill(steps);
    await editor.getByRole('button', { name: 'Save this professional' }).click();
    await page.locator('.persona-option').filter({ hasText: 'Ama Owusu' }).filter({ hasText: 'yours' }).waitFor();
    // A five-minute call ("Other"): once the time is up the page says so and End becomes the main button.
    await page.getByLabel('Other number of minutes').fill('5');
    await page.getByRole('button', { name: 'Start the conversation with Ama Owusu' }).click();
    await page.getByTestId('clock').filter({ hasText: '0:00 of 5:00' }).waitFor();
    await say(page, 'Hi Ama, thanks for making time!');
    await expect(page.locator('[data-testid="transcript"] [data-role="professional"]').first().textContent()).resolves.toContain('Ama');
    await expect(page.getByTestId('time-up').count()).resolves.toBe(0);
    // The simulated clock runs on the words said (150 a minute), and a session's replies are seeded at random:
    // keep asking until the five minutes are up (a bound, not a count that short replies could fall under).
    const questions = ['What does a typical week look like?', 'What do you enjoy most?', 'What is hard?', 'Which skills matter?', 'What do you read?', 'What advice would you give?', 'How did you get into this work?', 'What surprised you?'];
    for (let i = 0; i < 40; i++) {
      if ((await page.getByTestId('time-up').count()) > 0) break;
      await say(page, questions[i % questions.length]!);
    }
    await page.getByTestId('time-up').waitFor();
    await expect(page.getByRole('button', { name: 'End conversation' }).getAttribute('class')).resolves.toContain('button--primary');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
