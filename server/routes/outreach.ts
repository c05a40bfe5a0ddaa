import { type Context, Hono } from 'hono';
import {
  CritiqueRequest,
  type CritiqueResponse,
  type CritiqueStreamEvent,
  type OutreachContext,
  type OutreachContextInput,
} from '../../shared/contracts/outreach.ts';
import { RULEBOOK_VERSION } from '../../shared/rules/rulebook-version.ts';
import type { CoachCritique, CritiqueProgress, OutreachCoach } from '../coach/coach.ts';
import { critiqueBody, type DraftStore, storedResult } from '../db/draft-store.ts';
import { AppError, type Logger, toErrorAnswer } from '../errors.ts';
import { createTextDeltas, streamEvents } from '../http/stream-sse.ts';
import { readJson } from './read-json.ts';

export interface OutreachRouteDeps {
  coach: OutreachCoach;
  store: DraftStore;
  logger: Logger;
  /** Streaming heartbeat interval; default 15 s (tests shorten it). */
  heartbeatMs?: number | undefined;
}

interface ValidCritiqueRequest {
  text: string;
  context: OutreachContext;
  draftId: string | undefined;
  /** false: answer without writing anything. */
  persist: boolean;
}

/**
 * Blank and `null` fields count as not given, so `{ recipientName: "" }`, `{ recipientName: null }`,
 * `{}` and a `null` context are the same context.
 */
export function normalizeContext(context: OutreachContextInput | null | undefined): OutreachContext {
  const normalized: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(context ?? {})) {
    if (value !== undefined && value !== null && value !== '') normalized[key] = value;
  }
  return normalized as OutreachContext;
}

/**
 * `POST /api/outreach/critique` and `/critique/stream`. A request is fully validated before the
 * coach runs, and nothing is written unless the coach answered (and never with `persist: false`).
 */
export function outreachRoutes({ coach, store, logger, heartbeatMs }: OutreachRouteDeps) {
  async function readCritiqueRequest(c: Context): Promise<ValidCritiqueRequest> {
    // The contract refuses control characters, a draft with nothing visible, and one over the limit.
    const request = await readJson(c, CritiqueRequest);
    if (request.draftId !== undefined && !(await store.draftExists(request.draftId))) {
      throw new AppError('draft_not_found', 404, 'No draft with this id.');
    }
    return {
      text: request.draft,
      context: normalizeContext(request.context),
      draftId: request.draftId,
      persist: request.persist ?? true,
    };
  }

  /** Stores the critique and answers it with its ids, or with `persist: false` answers it as is. */
  async function answer({ text, context, draftId, persist }: ValidCritiqueRequest, critique: CoachCritique): Promise<CritiqueResponse> {
    if (persist) return store.saveCritique({ text, context, draftId, critique, rulebookVersion: RULEBOOK_VERSION });
    const { score } = critique.body;
    return {
      ...critiqueBody(score, storedResult(critique, RULEBOOK_VERSION), critique.coach),
      persisted: false,
      rulebookVersion: RULEBOOK_VERSION,
    };
  }

  return new Hono()
    .post('/critique', async (c) => {
      const request = await readCritiqueRequest(c);
      const critique = await coach.critique(request.text, request.context, { signal: c.req.raw.signal });
      return c.json<CritiqueResponse>(await answer(request, critique));
    })
    .post('/critique/stream', async (c) => {
      // Validation errors are answered as plain JSON errors, before the stream starts.
      const request = await readCritiqueRequest(c);
      type Event = CritiqueStreamEvent['type'];
      return streamEvents<Event>(
        c,
        async ({ send, signal }) => {
          // Progress is sent as deltas of the rewrite: a stream costs about the final text, however long the model writes.
          let rewriteDeltas = createTextDeltas();
          let lastAttempt = 1;
          const onProgress = ({ findings, rewrite, attempt }: CritiqueProgress) => {
            // A retry writes a new rewrite: the client starts from empty on a new attempt, and so do the deltas.
            if (attempt !== lastAttempt) {
              lastAttempt = attempt;
              rewriteDeltas = createTextDeltas();
            }
            const rewriteDelta = rewrite !== undefined ? rewriteDeltas(rewrite) : undefined;
            const event: CritiqueStreamEvent = { type: 'progress', findings, attempt, ...(rewriteDelta ? { rewriteDelta } : {}) };
            void send('progress', event);
          };
          const critique = await coach.critique(request.text, request.context, { onProgress, signal });
          const result: CritiqueStreamEvent = { type: 'result', critique: await answer(request, critique) };
          await send('result', result);
        },
        { heartbeatMs, onError: (error) => ({ type: 'error', error: toErrorAnswer(error, c, logger).body.error }) },
      );
    });
}
