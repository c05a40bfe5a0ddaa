/**
 * The outreach page in real Chromium against the real app with the MODEL coach, and no network:
 * the OpenAI Chat Completions API is the shared msw fake (test/msw/openai.ts) in this process, the
 * app (createApp, in-memory database, the real @ai-sdk/openai provider) is served by
 * @hono/node-server on 127.0.0.1, and the page is the production build of web/.
 *
 * 1. A streamed model answer, slowed down: the badge names the model, the page shows progress
 *    (rules reviewed, the rewrite so far), then the model's critique, with the rulebook's verdict
 *    where the model claimed a failed rule passed, and the rewrite.
 * 2. Two 500s: the offline coach's critique with a visible notice; the draft is in history.
 * Throughout, the API key never reaches the page, the API answers it received, or the server logs.
 *
 * Chromium missing: skipped locally, fails in CI (see ./browser.ts).
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inspect } from 'node:util';
import { type ListeningApp, listenOnLoopback } from '../fixtures/listen.ts';
import { http, HttpResponse, passthrough } from 'msw';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { OutreachCoach } from '../../server/coach/coach.ts';
import { offlineOutreachCritique } from '../../server/coach/offline-outreach.ts';
import { createCoach } from '../../server/coach/select-coach.ts';
import { type Database, openDatabase } from '../../server/db/client.ts';
import type { Logger } from '../../server/errors.ts';
import { CritiqueStreamEvent, type OutreachContext } from '../../shared/contracts/outreach.ts';
import { parseSseText } from '../../web/src/lib/sse.ts';
import { rulesFor } from '../../shared/rules/index.ts';
import {
  chatCompletion,
  openaiServer,
  queueReplies,
  receivedRequests,
  serverError,
  useOpenAIMock,
  type Reply,
} from '../msw/openai.ts';
import { ATTACHMENT_AND_JOB_ASK_DRAFT, EMAIL_CONTEXT, GOOD_DRAFT, modelCritique } from '../msw/outreach-fixtures.ts';
import { buildWebApp, hasChromium, launchChromium, requireChromium, SCREENSHOT_DIR } from './browser.ts';

const SUITE = 'outreach page in Chromium, model coach (OpenAI faked by msw)';
requireChromium(SUITE);

const API_KEY = 'sk-test-e2e-not-a-real-key-7f3a9c';
const MODEL = 'gpt-4.1-mini';
const TOTAL_RULES = rulesFor('outreach').length;
/** The stream, slowed: characters per `data:` chunk and the pause before each chunk. */
const CHUNK_SIZE = 30;
const CHUNK_DELAY_MS = 35;

/** `reply`'s answer, with its body handed on one chunk at a time, `ms` apart (a model writing). */
function slowly(reply: Reply, ms: number): Reply {
  return async (request) => {
    const response = await reply(request);
    if (!response.body) return response;
    const reader = response.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await sleep(ms);
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      cancel: (reason) => reader.cancel(reason),
    });
    return new HttpResponse(body, { status: response.status, headers: response.headers });
  };
}

/** Every state the critique panel's progress showed, recorded in the page as it changes. */
interface ProgressSeen {
  label: string;
  rewrite: string | null;
}

declare global {
  interface Window {
    __progressSeen?: ProgressSeen[];
  }
}

/** Runs in the page before its scripts: records each distinct progress state, however brief. */
function recordProgress() {
  const seen: ProgressSeen[] = [];
  window.__progressSeen = seen;
  let last = '';
  new MutationObserver(() => {
    const status = document.querySelector('[data-testid="critique-panel"] .progress[role="status"]');
    if (!status) return;
    const label = status.querySelector('.progress__label')?.textContent ?? '';
    const rewrite = status.querySelector('.prose-box--streaming')?.textContent ?? null;
    const key = JSON.stringify([label, rewrite]);
    if (key === last) return;
    last = key;
    seen.push({ label, rewrite });
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** What a test watches on its page: errors, console output, and the body of every `/api/*` answer. */
interface Watched {
  page: Page;
  context: BrowserContext;
  pageErrors: string[];
  consoleLines: string[];
  /** Resolves to `[path, body]` for each `/api/*` response, once its body is complete. */
  apiBodies: Array<Promise<[string, string]>>;
}

async function openPage(browser: Browser, baseUrl: string): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(recordProgress);
  const page = await context.newPage();
  const watched: Watched = { page, context, pageErrors: [], consoleLines: [], apiBodies: [] };
  page.on('pageerror', (error) => watched.pageErrors.push(error.message));
  page.on('console', (message) => watched.consoleLines.push(message.text()));
  page.on('response', (response) => {
    const { pathname } = new URL(response.url());
    if (pathname.startsWith('/api/')) watched.apiBodies.push(response.text().then((body) => [pathname, body]));
  });
  await page.goto(`${baseUrl}/`);
  await page.getByRole('heading', { level: 1, name: 'Outreach message' }).waitFor();
  return watched;
}

async function fillDraft(page: Page, draft: string, context: OutreachContext) {
  await page.getByLabel('Recipient name').fill(context.recipientName ?? '');
  await page.getByLabel('Recipient role').fill(context.recipientRole ?? '');
  await page.getByLabel('Organization').fill(context.organization ?? '');
  await page.getByLabel('How you’re connected').fill(context.connection ?? '');
  await page.getByLabel('Channel').selectOption(context.channel ?? 'email');
  await page.getByLabel('Minutes requested').fill(context.minutesRequested === undefined ? '' : String(context.minutesRequested));
  await page.getByLabel('Your message').fill(draft);
}

/** The events of a `text/event-stream` body, parsed by the page's own parser; each is named after its type. */
async function streamEvents(body: string): Promise<CritiqueStreamEvent[]> {
  return (await parseSseText(body)).map(({ event, data }) => {
    const parsed = CritiqueStreamEvent.parse(JSON.parse(data));
    expect(event).toBe(parsed.type);
    return parsed;
  });
}

describe.skipIf(!hasChromium)(SUITE, () => {
  useOpenAIMock();

  let webDir = '';
  let db: Database | undefined;
  let server: ListeningApp | undefined;
  let baseUrl = '';
  let browser: Browser | undefined;
  /** Everything the server logged: the app's logger and the model coach's failure lines. */
  const serverLogs: string[] = [];
  const errorLogs: string[] = [];

  beforeAll(async () => {
    // Its own build folder: the other browser test may be rebuilding (emptying) dist/web meanwhile.
    webDir = await mkdtemp(path.join(tmpdir(), 'infochat-e2e-web-'));
    await buildWebApp(webDir);

    db = await openDatabase(':memory:');
    const logger: Logger = {
      info: (message) => serverLogs.push(message),
      error: (message, error) => {
        const line = error === undefined ? message : `${message}\n${inspect(error, { depth: 8 })}`;
        serverLogs.push(line);
        errorLogs.push(line);
      },
    };
    // The real provider (api.openai.com, answered by msw) and the real retry pause before a 5xx retry.
    const coach: OutreachCoach = createCoach({ apiKey: API_KEY, model: MODEL }, { log: (line) => logger.info(line) });
    const app = createApp({ db, coach, webDir, logger });
    server = await listenOnLoopback(app.fetch);
    baseUrl = server.baseUrl;
    browser = await launchChromium();
  });

  // msw sees this process's outgoing requests only (Playwright talks to Chromium over a pipe, and the
  // browser's requests arrive at the server as incoming ones); a request from here to the app on
  // 127.0.0.1 goes through, while anything else unhandled is still an error. Runtime handlers are
  // reset after each test, hence beforeEach.
  beforeEach(() => {
    openaiServer.use(http.all(({ request }) => new URL(request.url).hostname === '127.0.0.1', () => passthrough()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    db?.$client.close();
    if (webDir) await rm(webDir, { recursive: true, force: true });
  });

  /** The key is in no page, no API answer the page got, no server log line, no browser console line. */
  async function expectNoKeyAnywhere(watched: Watched) {
    const bodies = await Promise.all(watched.apiBodies);
    const paths = bodies.map(([pathname]) => pathname);
    for (const expected of ['/api/coach', '/api/outreach/critique/stream', '/api/drafts']) expect(paths).toContain(expected);
    for (const [pathname, body] of bodies) expect(body, pathname).not.toContain(API_KEY);
    expect(await watched.page.content()).not.toContain(API_KEY);
    expect(serverLogs.join('\n')).not.toContain(API_KEY);
    expect(watched.consoleLines.join('\n')).not.toContain(API_KEY);
    // Nor any part of it that would identify it.
    expect(bodies.map(([, body]) => body).join('\n')).not.toContain('sk-test-e2e');
  }

  it('streams the model critique with progress, keeps the rulebook verdict, shows the rewrite', { timeout: 60_000 }, async () => {
    if (!browser) throw new Error('Chromium did not start');
    // From this process, the app answers through msw (passthrough), and names the model, not the key.
    const info = await fetch(`${baseUrl}/api/coach`).then((r) => r.json());
    expect(info).toEqual({ kind: 'model', model: MODEL, provider: 'openai' });

    // The model passes every rule, including two this draft fails (attached CV, job ask).
    const output = modelCritique();
    queueReplies(slowly(chatCompletion(output, { chunkSize: CHUNK_SIZE }), CHUNK_DELAY_MS));

    const watched = await openPage(browser, baseUrl);
    const { page } = watched;
    await page.getByTestId('coach-badge').filter({ hasText: `Model: ${MODEL} via openai` }).waitFor();
    await fillDraft(page, ATTACHMENT_AND_JOB_ASK_DRAFT, EMAIL_CONTEXT);

    await page.getByRole('button', { name: 'Get full critique' }).click();
    const panel = page.getByTestId('critique-panel');
    // While the model writes: the button says so, the panel counts the rules reviewed.
    await page.getByRole('button', { name: 'Getting critique…' }).waitFor();
    await panel.getByRole('status').filter({ hasText: 'Model is reviewing…' }).waitFor();
    await panel.getByRole('progressbar', { name: 'Rules reviewed' }).waitFor();
    await panel.getByRole('status').filter({ hasText: new RegExp(`Model is reviewing… [1-9]\\d* of ${TOTAL_RULES} rules`) }).waitFor();

    const result = page.getByTestId('critique-result');
    await result.waitFor();
    await page.getByRole('button', { name: 'Get full critique' }).waitFor();
    await expect(panel.getByRole('progressbar').count()).resolves.toBe(0);

    // Every progress state the page showed: the count rose to all rules, then the rewrite grew.
    const seen = (await page.evaluate(() => window.__progressSeen ?? [])) as ProgressSeen[];
    const counts = seen.map((s) => {
      const match = /^Model is reviewing… (\d+) of (\d+) rules$/.exec(s.label);
      expect(match, s.label).not.toBeNull();
      expect(Number(match?.[2])).toBe(TOTAL_RULES);
      return Number(match?.[1]);
    });
    expect(new Set(counts).size).toBeGreaterThan(3);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(counts.at(-1)).toBe(TOTAL_RULES);
    const rewrites = seen.map((s) => s.rewrite).filter((r): r is string => r !== null);
    expect(new Set(rewrites).size).toBeGreaterThan(2);
    for (const partial of rewrites) expect(GOOD_DRAFT.startsWith(partial), partial).toBe(true);
    expect(rewrites.some((r) => r.length < GOOD_DRAFT.length)).toBe(true);

    // The result: the model coached.
    await result.getByText(new RegExp(`^Version 1 · Model ${MODEL.replaceAll('.', '\\.')} · `)).waitFor();
    await expect(result.getByText('Offline coach').count()).resolves.toBe(0);
    // The guard: the two rules the checkers fail are failed, whatever the model said — and the page says so.
    await expect(result.getByRole('note').textContent()).resolves.toBe(
      "Note: The model called 2 rules met that the checkers found broken (No CV attached, No job ask); the checkers' verdicts stand.",
    );
    const needsWork = result.getByRole('list', { name: 'Rules that need work' }).getByRole('listitem');
    await expect(needsWork.evaluateAll((items) => items.map((li) => li.getAttribute('data-rule-id')))).resolves.toEqual([
      'outreach.no-attachments',
      'outreach.no-job-ask',
    ]);
    const cv = needsWork.filter({ hasText: 'No CV attached' });
    await expect(cv.textContent()).resolves.toContain('Needs work');
    await expect(cv.textContent()).resolves.toContain('I\'ve attached my CV.');
    await expect(needsWork.filter({ hasText: 'No job ask' }).textContent()).resolves.toContain('Needs work');
    await result.getByText(`${TOTAL_RULES - 2} rules met`).waitFor();
    const score = Number(await result.getByTestId('score-value').textContent());
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThan(100);
    // The model's rewrite is the edited draft here (the CV and the job ask out): shown once, as the edits
    // in place, which accepted all give it; never as a third text. Then the subject and the strength.
    await expect(result.getByTestId('rewrite-text').count()).resolves.toBe(0);
    await result.getByRole('button', { name: 'Accept all' }).click();
    await expect(result.getByTestId('edited-text').textContent()).resolves.toBe(GOOD_DRAFT);
    await result.getByText(output.subject ?? '').waitFor();
    await result.getByText(output.strengths[0] ?? '').waitFor();
    await expect(page.getByRole('alert').allTextContents()).resolves.toEqual(['']);

    // One streamed request reached "OpenAI", with the key; the page got a stream of progress events.
    const requests = receivedRequests();
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url).toBe('https://api.openai.com/v1/chat/completions');
    expect(requests[0]?.body).toMatchObject({ model: MODEL, stream: true });
    expect(requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    const bodies = await Promise.all(watched.apiBodies);
    const streamed = bodies.filter(([pathname]) => pathname === '/api/outreach/critique/stream');
    expect(streamed).toHaveLength(1);
    const events = await streamEvents(streamed[0]?.[1] ?? '');
    expect(events.filter((e) => e.type === 'progress').length).toBeGreaterThan(5);
    const last = events.at(-1);
    expect(last?.type).toBe('result');
    if (last?.type === 'result') {
      expect(last.critique.coach).toMatchObject({ kind: 'model', model: MODEL });
      // The rewrite came as deltas: the whole stream is under twice its result.
      expect(Buffer.byteLength(streamed[0]?.[1] ?? '')).toBeLessThanOrEqual(2 * Buffer.byteLength(JSON.stringify(last.critique)));
    }

    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'outreach-model.png'), fullPage: true });

    await expectNoKeyAnywhere(watched);
    expect(errorLogs).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    await watched.context.close();
  });

  it('falls back to the offline coach after two 500s, says so, and keeps the draft in history', { timeout: 60_000 }, async () => {
    if (!browser) throw new Error('Chromium did not start');
    queueReplies(serverError(), serverError());
    const context: OutreachContext = { ...EMAIL_CONTEXT, recipientName: 'Dana Lee-Park' };

    const watched = await openPage(browser, baseUrl);
    const { page } = watched;
    await page.getByTestId('coach-badge').filter({ hasText: `Model: ${MODEL}` }).waitFor();
    await fillDraft(page, ATTACHMENT_AND_JOB_ASK_DRAFT, context);
    await page.getByRole('button', { name: 'Get full critique' }).click();

    const result = page.getByTestId('critique-result');
    await result.waitFor();
    // The offline coach answered, and the page says why, in a visible notice.
    await result.getByText(/^Version 1 · Offline coach · /).waitFor();
    const notice = result.getByRole('note');
    await notice.waitFor({ state: 'visible' });
    await expect(notice.textContent()).resolves.toBe(
      `Note: The model (${MODEL}) failed with a server error (500) twice; this is the offline coach's critique.`,
    );
    // What the page shows is the offline coach's critique of this draft.
    const offline = offlineOutreachCritique(ATTACHMENT_AND_JOB_ASK_DRAFT, context);
    const score = Number(await result.getByTestId('score-value').textContent());
    expect(score).toBe(offline.score);
    // The offline coach's rewrite is its edited draft: shown as the edits, all accepted, never as a third text.
    expect(offline.rewrite).toBeDefined();
    expect(offline.rewrite).toBe(offline.editedDraft);
    await expect(result.getByTestId('rewrite-text').count()).resolves.toBe(0);
    await result.getByRole('button', { name: 'Accept all' }).click();
    await expect(result.getByTestId('edited-text').textContent()).resolves.toBe(offline.rewrite);
    const needsWork = result.getByRole('list', { name: 'Rules that need work' }).getByRole('listitem');
    await expect(needsWork.evaluateAll((items) => items.map((li) => li.getAttribute('data-rule-id')))).resolves.toEqual(
      offline.findings.filter((f) => !f.passed).map((f) => f.ruleId),
    );
    // It went the streaming way (progress while the model was retried), and nothing broke.
    const seen = (await page.evaluate(() => window.__progressSeen ?? [])) as ProgressSeen[];
    expect(seen.map((s) => s.label)).toContain(`Model is reviewing… 0 of ${TOTAL_RULES} rules`);
    await expect(page.getByRole('alert').allTextContents()).resolves.toEqual(['']);
    await page.getByTestId('coach-badge').filter({ hasText: `Model: ${MODEL}` }).waitFor();
    expect(receivedRequests()).toHaveLength(2);
    expect(serverLogs).toContain(
      `model coach: ${MODEL}: server-error (HTTP 500), then server-error (HTTP 500); offline coach answered`,
    );

    // The draft is in history, with the offline critique's score.
    const history = page.getByTestId('history');
    const entry = history.getByRole('button', { name: /To Dana Lee-Park/ });
    await entry.waitFor();
    await expect(entry.textContent()).resolves.toContain(`Score ${score}`);
    await expect(entry.textContent()).resolves.toContain('In editor');

    await expectNoKeyAnywhere(watched);
    expect(errorLogs).toEqual([]);
    expect(watched.pageErrors).toEqual([]);
    await watched.context.close();
  });
});
