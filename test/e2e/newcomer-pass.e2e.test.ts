/**
 * A second newcomer's pass (round 9): what a first-time user tripped over on Contacts and Practice,
 * one test per defect, in real Chromium against the real app (offline coach, a database file, real
 * HTTP, its own build of the page). The first pass is `newcomer.e2e.test.ts`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson } from '../fixtures/test-app.ts';
import { hasChromium, requireChromium } from './browser.ts';
import { type App, type BrowserApp, startBrowserApp, focusedElement, type Viewport } from './browser-app.ts';
import { runAxe } from './tour.ts';

const SUITE = 'a newcomer on Contacts and Practice in Chromium (second pass)';
requireChromium(SUITE);

describe.skipIf(!hasChromium)(SUITE, () => {
  let app: App;
  let world: BrowserApp | undefined;

  beforeAll(async () => {
    world = await startBrowserApp('newcomer-pass');
    ({ app } = world);
  });

  afterAll(() => world?.close());

  const openPage = (url: string, viewport?: Viewport) => {
    if (!world) throw new Error('Chromium did not start');
    return world.openPage(url, viewport);
  };
  const focused = focusedElement;

  async function addContact(body: Record<string, unknown>): Promise<string> {
    const res = await postJson(app, '/api/contacts', body);
    if (res.status !== 201) throw new Error(`contact not created: ${res.status}`);
    return ((await res.json()) as { id: string }).id;
  }

  // First, while the database has no contact: the empty board.
  it('the empty board passes axe at both widths: the stages scroll with the keyboard too', async () => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      const { page, errors, close } = await openPage('/contacts', viewport);
      await page.getByText('No contacts yet.').waitFor();
      // No card, no advice on moving cards.
      expect(await page.getByTestId('board-hint').count()).toBe(0);
      const board = page.getByRole('region', { name: 'Stages' });
      // The closed stages sit off screen at both widths, and no card is there to tab to.
      expect(await board.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      await board.focus();
      for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => board.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      expect(await runAxe(page)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    }
  });

  it('on a phone, cards in the stages off screen do not widen the page', async () => {
    await addContact({ name: 'Ines Alvarez', role: 'Hydrologist', organization: 'Basin Water District' });
    const talked = await addContact({ name: 'Owen Pratt', role: 'Urban Planner', organization: 'City of Ames' });
    await postJson(app, `/api/contacts/${talked}/events`, { kind: 'talked' });
    const { page, errors, close } = await openPage('/contacts', { width: 390, height: 844 });
    await page.locator('[data-stage="talked"]').getByRole('button', { name: 'Owen Pratt' }).waitFor();
    // Dragging does not work on a touch screen: the hint names the card's stage menu first.
    expect(await page.getByTestId('board-hint').textContent()).toMatch(/^Move a card with its stage menu, /);
    // Each card's "Move … to" label is visually hidden (position: absolute); it stays inside the board's scroller.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await close();
  });

  it('keyboard: Add a contact, Cancel, Edit, Log it and Close each leave focus somewhere useful', async () => {
    const { page, errors, close } = await openPage('/contacts');
    const add = page.getByRole('button', { name: 'Add a contact' });
    await add.click();
    // The form opens with the cursor in its first field…
    await expect.poll(() => focused(page)).toMatch(/^input\|/);
    expect(await page.getByRole('form', { name: 'Add a contact' }).getByLabel('Name').evaluate((el) => el === document.activeElement)).toBe(true);
    // …and Cancel gives focus back to the button that opened it.
    await page.getByRole('form', { name: 'Add a contact' }).getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => focused(page)).toBe('button||Add a contact');

    await page.locator('[data-stage="to-ask"]').getByRole('button', { name: 'Ines Alvarez' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ines Alvarez' }).waitFor();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('form', { name: 'Edit Ines Alvarez' });
    expect(await edit.getByLabel('Name').evaluate((el) => el === document.activeElement)).toBe(true);
    await edit.getByRole('button', { name: 'Cancel' }).click();
    // Back in the contact's panel (the Edit button it came from is there again).
    await page.getByRole('heading', { level: 2, name: 'Ines Alvarez' }).waitFor();
    await expect.poll(() => page.evaluate(() => [...(document.activeElement?.querySelectorAll('h2') ?? [])].some((h) => h.textContent === 'Ines Alvarez'))).toBe(true);

    // Log it: the entry appears and focus stays on the button (it is never disabled under the cursor).
    const logForm = page.getByRole('form', { name: 'Log what happened' });
    await logForm.getByLabel('Log').selectOption('sent');
    await logForm.getByRole('button', { name: 'Log it' }).click();
    await page.locator('main li', { hasText: /^Sent the ask ·/ }).waitFor();
    await expect.poll(() => focused(page)).toBe('button||Log it');

    // Close: focus goes back to the contact's card, not to <body>.
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Ines Alvarez' }).waitFor({ state: 'detached' });
    await expect.poll(() => focused(page)).toBe('button||Ines Alvarez');
    expect(errors).toEqual([]);
    await close();
  });

  it('deleting a contact asks first, then says it is done and leaves focus on Add a contact', async () => {
    const id = await addContact({ name: 'Rosa Quinn', organization: 'Harbor Arts Council' });
    const { page, errors, close } = await openPage(`/contacts/${id}`);
    await page.getByRole('heading', { level: 2, name: 'Rosa Quinn' }).waitFor();
    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.accept();
    });
    await page.getByRole('button', { name: 'Delete Rosa Quinn and everything linked' }).click();
    await page.getByRole('status').filter({ hasText: 'Deleted Rosa Quinn and everything linked to them.' }).waitFor();
    expect(asked[0]).toMatch(/^Delete Rosa Quinn, /);
    await expect.poll(() => focused(page)).toBe('button||Add a contact');
    expect(await page.getByRole('button', { name: 'Rosa Quinn' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });

  it('a link to a contact that is gone says what to do, and Close goes back to the board', async () => {
    const { page, errors, close } = await openPage('/contacts/no-such-contact');
    const missing = page.getByTestId('contact-missing');
    await missing.getByText('No contact with this id.').waitFor();
    await missing.getByText('It may have been deleted. Choose someone on the board, or add a contact.').waitFor();
    await missing.getByRole('button', { name: 'Close' }).click();
    await missing.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toMatch(/^\/contacts\/?$/);
    expect(errors).toEqual([]);
    await close();
  });

  it('Questions: deleting a saved agenda asks first; No keeps it', async () => {
    const { page, errors, close } = await openPage('/questions');
    await page.getByTestId('questions-input').fill('What does a typical week look like for you?\nHow did you get started?');
    await page.getByTestId('agenda-builder').getByRole('button', { name: /^Build agenda/ }).click();
    const saved = page.getByTestId('saved-agendas');
    const remove = saved.getByRole('button', { name: /^Delete / });
    await remove.first().waitFor();
    const before = await remove.count();
    const asked: string[] = [];
    // No: the agenda stays.
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await remove.first().click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toMatch(/^Delete the saved agenda “My informational interview” \(2 questions, 20 min\)\? This cannot be undone\.$/);
    expect(await remove.count()).toBe(before);
    // Yes: it goes.
    page.once('dialog', (dialog) => void dialog.accept());
    await remove.first().click();
    await expect.poll(() => page.getByTestId('saved-agendas').getByRole('button', { name: /^Delete / }).count()).toBe(before - 1);
    expect(errors).toEqual([]);
    await close();
  });

  it('Questions: an agenda is titled by who it is for until named, so saved agendas can be told apart', async () => {
    const { page, errors, close } = await openPage('/questions');
    await page.getByTestId('questions-input').fill('What does a typical week look like for you?');
    await page.getByText('Who you will talk to').click();
    await page.getByLabel('Their role', { exact: true }).fill('Program Director');
    await page.getByLabel('Organization', { exact: true }).fill('Green Futures Alliance');
    const builder = page.getByTestId('agenda-builder');
    expect(await builder.getByLabel('Title', { exact: true }).inputValue()).toBe('Program Director, Green Futures Alliance');
    await builder.getByRole('button', { name: /^Build agenda/ }).click();
    const saved = page.getByTestId('saved-agendas');
    await saved.getByRole('button', { name: 'Program Director, Green Futures Alliance', exact: true }).waitFor();
    // A title the user writes wins, and stays when who it is for changes.
    await builder.getByLabel('Title', { exact: true }).fill('Jelena, Thursday');
    await page.getByLabel('Their role', { exact: true }).fill('Director');
    expect(await builder.getByLabel('Title', { exact: true }).inputValue()).toBe('Jelena, Thursday');
    await builder.getByRole('button', { name: /^Build agenda/ }).click();
    await saved.getByRole('button', { name: 'Jelena, Thursday', exact: true }).waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it('Practice: Hint and Send keep the keyboard in the conversation', async () => {
    const res = await postJson(app, '/api/practice/sessions', { personaId: 'preset-ux-researcher', minutes: 20 });
    const sessionId = ((await res.json()) as { id: string }).id;
    const { page, errors, close } = await openPage(`/practice/sessions/${sessionId}`);
    const box = page.getByLabel('Your message');
    await box.waitFor();
    // Send with the mouse: the cursor is back in the message box for the next question.
    await box.fill('Hi Priya, thank you for making time. I am Sam, a senior studying psychology.');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.locator('[data-testid="transcript"] [data-role="professional"]:not([aria-busy])').first().waitFor();
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    // Hint: the hint appears and focus stays on the Hint button (it used to fall to <body> while the hint came).
    const hint = page.getByRole('button', { name: 'Hint', exact: true });
    await hint.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('coach-note').waitFor();
    await expect.poll(() => focused(page)).toBe('button||Hint');
    expect(errors).toEqual([]);
    await close();
  });
});
