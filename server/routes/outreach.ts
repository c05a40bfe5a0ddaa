import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  CritiqueRequest,
  type CritiqueResponse,
  type CritiqueStreamEvent,
  MAX_DRAFT_CHARS,
  type OutreachContext,
  type OutreachContextInput,
} from '../../shared/contracts/outreach.ts';
import { RULEBOOK_VERSION } from '../../shared/rules/rulebook-version.ts';
import type { CoachCritique, CritiqueProgress, OutreachCoach } from '../coach/coach.ts';
import { critiqueBody, type DraftStore, storedResult } from '../db/draft-store.ts';
import { AppError, type Logger, toErrorAnswer } from '../errors.ts';
import { createTextDeltas, streamEvents } from '../http/stream-sse.ts';
import { readJson } from './read-json.ts';

/** Far above any draft (20,000 chars plus context), so a huge payload is refused before it is parsed. */
export const MAX_BODY_BYTES = 1024 * 1024;

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

const limitBody = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw new AppError('payload_too_large', 413, 'The request body is larger than 1 MB.');
  },
});

/**
 * `POST /api/outreach/critique` and `/critique/stream`. A request is fully validated before the
 * coach runs, and nothing is written unless the coach answered (and never with `persist: false`).
 */
export function outreachRoutes({ coach, store, logger, heartbeatMs }: OutreachRouteDeps) {
  async function readCritiqueRequest(c: Context): Promise<ValidCritiqueRequest> {
    const request = await readJson(c, CritiqueRequest);
    if (request.draft.trim() === '') {
      throw new AppError('empty_draft', 400, 'The draft is empty: paste the message you plan to send.');
    }
    if (request.draft.length > MAX_DRAFT_CHARS) {
      throw new AppError(
        'draft_too_long',
        413,
        `The draft has ${request.draft.length.toLocaleString('en-US')} characters; the limit is ${MAX_DRAFT_CHARS.toLocaleString('en-US')}.`,
      );
    }
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
    .post('/critique', limitBody, async (c) => {
      const request = await readCritiqueRequest(c);
      const critique = await coach.critique(request.text, request.context, { signal: c.req.raw.signal });
      return c.json<CritiqueResponse>(await answer(request, critique));
    })
    .post('/critique/stream', limitBody, async (c) => {
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
