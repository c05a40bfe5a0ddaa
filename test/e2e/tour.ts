/**
 * Every page and state of the app, reached the way a person reaches them (inside one page load,
 * through the app's own router, so the stylesheets of pages visited earlier stay in the document),
 * and axe-core run inside the page. Shared by the accessibility test and `npm run screenshots`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { PracticeSession } from '../../shared/contracts/practice.ts';
import { postJson } from '../fixtures/test-app.ts';

type RequestApp = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

export const OUTREACH_DRAFT = `Hi Ms. Okafor,

I'm a senior at Western State studying environmental policy, and I read your piece on community solar in the Green Futures newsletter. I'm exploring careers in sustainability nonprofits and would love to pick your brain about how you moved from field organizing into program leadership.

Would you be open to a chat sometime?

Thank you,
Sam Rivera`;

export const QUESTIONS = [
  'How did you get into program leadership at Green Futures Alliance?',
  'What does a typical week look like for you?',
  "What's your salary?",
  'Can you refer me for the GIS analyst opening on your team?',
].join('\n');

/** Sessions made through the API so the tour can open a conversation and a debrief. */
export interface TourData {
  sessionId: string;
  endedSessionId: string;
  /** A contact with an ask sent 12 days ago (Today lists its follow-up). */
  contactId: string;
}

export async function seedTourData(app: RequestApp): Promise<TourData> {
  const start = async () => {
    const res = await postJson(app, '/api/practice/sessions', { personaId: 'preset-sustainability-director', minutes: 20 });
    if (res.status !== 201) throw new Error(`session not created: ${res.status}`);
    return ((await res.json()) as PracticeSession).id;
  };
  const say = async (id: string, content: string) => {
    const res = await postJson(app, `/api/practice/sessions/${id}/messages`, { content });
    if (res.status !== 200) throw new Error(`message failed: ${res.status}`);
  };
  const sessionId = await start();
  await say(sessionId, 'Thank you so much for making time for this. I am a senior studying environmental policy.');
  await say(sessionId, 'How did you move from field organizing into program leadership?');
  const endedSessionId = await start();
  await say(endedSessionId, 'Thank you for taking the time to talk with me today.');
  await say(endedSessionId, 'What does a typical week look like for you?');
  await say(endedSessionId, 'Who else would you suggest I talk to? Thank you again.');
  const ended = await postJson(app, `/api/practice/sessions/${endedSessionId}/end`, {});
  if (ended.status !== 200) throw new Error(`end failed: ${ended.status}`);
  // Contacts: one asked long ago (so Today has a follow-up due), one to ask, one scheduled.
  const contact = async (body: Record<string, unknown>) => {
    const res = await postJson(app, '/api/contacts', body);
    if (res.status !== 201) throw new Error(`contact not created: ${res.status}`);
    return ((await res.json()) as { id: string }).id;
  };
  const contactId = await contact({ name: 'Dana Whitehorse', role: 'Policy and Advocacy Manager', organization: 'Access Forward', priority: 1 });
  await postJson(app, `/api/contacts/${contactId}/events`, { kind: 'sent', at: new Date(Date.now() - 12 * 86_400_000).toISOString() });
  await contact({ name: 'Marcus Delaney', role: 'Business Retention Manager', organization: 'Riverside County EDC' });
  const scheduledId = await contact({ name: 'Grace Mwangi', organization: 'St. Brigid Regional Medical Center' });
  await postJson(app, `/api/contacts/${scheduledId}/events`, { kind: 'scheduled', meeting: { start: '2030-04-06T10:30', timeZone: 'America/Chicago', minutes: 20 } });
  return { sessionId, endedSessionId, contactId };
}

/** Moves within the page load, as a link click does (wouter listens to popstate). */
export async function navigate(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.locator('main h1').first().waitFor();
}

export interface TourState {
  /** `outreach-critiqued`, … : the screenshot's name. */
  name: string;
  /** Brings the page into this state from wherever the tour is (it navigates first). */
  enter(page: Page): Promise<void>;
}

export interface TourStop {
  page: string;
  states: TourState[];
}

export function tourStops(data: TourData): TourStop[] {
  return [
    {
      page: 'outreach',
      states: [
        { name: 'first-run', enter: async (page) => {
          await navigate(page, '/outreach');
          await page.getByRole('heading', { level: 1, name: 'Outreach message' }).waitFor();
          await page.locator('#draft').fill('');
        } },
        { name: 'outreach-empty', enter: async (page) => {
          // A returning visitor: the three steps hidden (pages visited before this show them).
          const hide = page.getByTestId('first-run').getByRole('button', { name: 'Hide' });
          if (await hide.count()) await hide.click();
        } },
        { name: 'outreach-typing', enter: async (page) => {
          await page.locator('#draft').fill(OUTREACH_DRAFT);
          await page.getByTestId('live-check').waitFor();
        } },
        { name: 'outreach-critiqued', enter: async (page) => {
          await page.getByRole('button', { name: /Get full critique/ }).click();
          await page.getByTestId('critique-panel').getByRole('heading', { level: 2 }).first().waitFor();
          await page.getByTestId('critique-panel').locator('[aria-busy="true"]').waitFor({ state: 'detached' }).catch(() => undefined);
        } },
      ],
    },
    {
      page: 'questions',
      states: [
        { name: 'questions-empty', enter: async (page) => {
          await navigate(page, '/questions');
          await page.getByRole('heading', { level: 1, name: 'Questions' }).waitFor();
          await page.getByTestId('questions-input').fill('');
        } },
        { name: 'questions-reviewed', enter: async (page) => {
          await page.getByTestId('questions-input').fill(QUESTIONS);
          await page.getByRole('button', { name: 'Review questions' }).click();
          await page.getByTestId('review-result').first().waitFor();
          await page.locator('[data-testid="review-result"][data-verdict="rephrase"] summary').first().click();
        } },
        { name: 'questions-flagged', enter: async (page) => {
          await page.getByTestId('agenda-builder').getByRole('button', { name: /^Build agenda/ }).click();
          await page.getByTestId('flagged-questions').waitFor();
        } },
        { name: 'questions-agenda', enter: async (page) => {
          await page.getByTestId('flagged-questions').getByRole('button', { name: 'Build agenda' }).click();
          await page.getByTestId('agenda').waitFor();
        } },
      ],
    },
    {
      page: 'practice',
      states: [
        { name: 'practice-setup', enter: async (page) => {
          await navigate(page, '/practice');
          await page.getByRole('heading', { level: 1 }).waitFor();
        } },
        { name: 'practice-conversation', enter: async (page) => {
          await navigate(page, `/practice/sessions/${data.sessionId}`);
          await page.getByTestId('transcript').waitFor();
        } },
        { name: 'practice-debrief', enter: async (page) => {
          await navigate(page, `/practice/sessions/${data.endedSessionId}`);
          await page.getByTestId('debrief').waitFor();
        } },
        { name: 'practice-history', enter: async (page) => {
          await navigate(page, '/practice/history');
          await page.getByTestId('score-chart').locator('canvas').first().waitFor();
        } },
      ],
    },
    {
      page: 'contacts',
      states: [
        { name: 'contacts-board', enter: async (page) => {
          await navigate(page, '/contacts');
          await page.getByRole('region', { name: /^Today/ }).getByText('Follow up once', { exact: true }).waitFor();
        } },
        { name: 'contacts-detail', enter: async (page) => {
          await navigate(page, `/contacts/${data.contactId}`);
          await page.getByRole('heading', { level: 2, name: 'Dana Whitehorse' }).waitFor();
          await page.getByRole('textbox', { name: 'Thank-you note' }).fill('Hi Dana, just checking in!');
          await page.getByRole('list', { name: 'Note check' }).waitFor();
        } },
        { name: 'contacts-add', enter: async (page) => {
          await page.getByRole('button', { name: 'Add a contact' }).click();
          await page.getByRole('form', { name: 'Add a contact' }).waitFor();
        } },
        { name: 'contacts-table', enter: async (page) => {
          await page.getByRole('button', { name: 'Table' }).click();
          await page.getByRole('table').waitFor();
          await page.getByRole('button', { name: 'Board' }).click();
        } },
      ],
    },
    {
      page: 'not-found',
      states: [{ name: 'not-found', enter: async (page) => navigate(page, '/no-such-page') }],
    },
  ];
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  help: string;
  nodes: string[];
}

/** axe-core (WCAG 2 A/AA and best practices) on the page as it is now. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // Let transitions (the score bar, highlights) settle so colours are measured as seen.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
