import { describe, expect, it } from 'vitest';
import { PracticeSession } from '../../shared/contracts/practice.ts';
import { startSession } from '../../test/fixtures/practice-api.ts';
import { createTestApp, useTestApps } from '../../test/fixtures/test-app.ts';
import { EMAIL_CONTEXT, GOOD_DRAFT } from '../../test/msw/outreach-fixtures.ts';
import { createOfflineCoach } from '../coach/offline-coach.ts';
import { createOfflinePracticeCoach } from '../practice/practice-coach.ts';
import { streamsSettled } from './stream-sse.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
const setup = useTestApps();

/** Resolves with the abort reason once a coach's signal fires: the coach below never answers otherwise. */
function hangingUntilAborted() {
  let seen: (reason: unknown) => void = () => {};
  const reason = new Promise<unknown>((resolve) => (seen = resolve));
  const wait = (signal: AbortSignal | undefined) =>
    new Promise<never>((_, reject) => {
      signal?.addEventListener('abort', () => {
        seen(signal.reason);
        reject(signal.reason);
      });
    });
  return { reason, wait };
}

interface StreamingRoute {
  name: string;
  /** Builds an app whose coach hangs until aborted, and the request that streams from it. */
  start: (hang: ReturnType<typeof hangingUntilAborted>) => Promise<{ t: TestApp; path: string; body: unknown; after?: (t: TestApp) => Promise<void> }>;
}

/** Every route that answers `text/event-stream`: each goes through `streamEvents`. */
const STREAMING_ROUTES: StreamingRoute[] = [
  {
    name: 'POST /api/outreach/critique/stream',
    async start(hang) {
      const offline = createOfflineCoach();
      const t = await setup({ streamHeartbeatMs: 20, coach: { info: offline.info, critique: (_d, _c, options) => hang.wait(options?.signal) } });
      return { t, path: '/api/outreach/critique/stream', body: { draft: GOOD_DRAFT, context: EMAIL_CONTEXT } };
    },
  },
  {
    name: 'POST /api/practice/sessions/:id/messages',
    async start(hang) {
      const offline = createOfflinePracticeCoach();
      const t = await setup({ streamHeartbeatMs: 20, practiceCoach: { ...offline, reply: (_input, options) => hang.wait(options?.signal) } });
      const session = await startSession(t.app);
      return {
        t,
        path: `/api/practice/sessions/${session.id}/messages`,
        body: { content: 'What does a typical week look like for you?' },
        // The reply the client left is kept, marked incomplete, for a retry.
        async after(app) {
          const stored = PracticeSession.parse(await (await app.app.request(`/api/practice/sessions/${session.id}`)).json());
          expect(stored.turns.map((turn) => [turn.role, turn.content, turn.complete])).toEqual([
            ['user', 'What does a typical week look like for you?', true],
            ['professional', '', false],
          ]);
        },
      };
    },
  },
];

describe.each(STREAMING_ROUTES)('$name streams through streamEvents', (route) => {
  // Far below the default 15 s heartbeat: a route not given the app's heartbeat setting fails here.
  it('sends keep-alive comments while the coach is silent, and aborts the coach when the client leaves', { timeout: 4_000 }, async () => {
    const hang = hangingUntilAborted();
    const { t, path, body, after } = await route.start(hang);
    const client = new AbortController();
    const res = await t.app.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify(body),
      signal: client.signal,
    });
    expect([res.status, res.headers.get('content-type'), res.headers.get('x-accel-buffering'), res.headers.get('cache-control')]).toEqual([
      200,
      'text/event-stream',
      'no',
      'no-cache',
    ]);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while ((text.match(/^: keep-alive$/gm)?.length ?? 0) < 2) {
      const chunk = await reader.read();
      if (chunk.done) throw new Error(`the stream ended before two heartbeats: ${text}`);
      text += chunk.value;
    }
    expect(text).toMatch(/^(?:: keep-alive\n\n)+$/);
    client.abort();
    await reader.cancel();
    await expect(hang.reason).resolves.toMatchObject({ name: 'AbortError' });
    // Leaving is not an error: once the stream's work has finished (its cleanup included), nothing was logged.
    await streamsSettled();
    expect(t.logger.errors).toEqual([]);
    await after?.(t);
  });
});
