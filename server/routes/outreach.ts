import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { streamSSE } from 'hono/streaming';
import {
  CritiqueRequest,
  type CritiqueResponse,
  type CritiqueStreamEvent,
  type OutreachContext,
} from '../../shared/contracts/outreach.ts';
import type { CritiqueProgress, OutreachCoach } from '../coach/coach.ts';
import type { DraftStore } from '../db/draft-store.ts';
import { AppError, type Logger, toErrorAnswer } from '../errors.ts';
import { readJson } from './read-json.ts';

/** Far above any draft (20,000 chars plus context), so a huge payload is refused before it is parsed. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface OutreachRouteDeps {
  coach: OutreachCoach;
  store: DraftStore;
  logger: Logger;
}

interface ValidCritiqueRequest {
  text: string;
  context: OutreachContext;
  draftId: string | undefined;
}

/** Blank fields count as not given, so `{ recipientName: "" }` and `{}` are the same context. */
export function normalizeContext(context: OutreachContext): OutreachContext {
  const normalized: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(context)) {
    if (value !== undefined && value !== '') normalized[key] = value;
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
 * coach runs, and nothing is written unless the coach answered.
 */
export function outreachRoutes({ coach, store, logger }: OutreachRouteDeps) {
  async function readCritiqueRequest(c: Context): Promise<ValidCritiqueRequest> {
    // The contract refuses control characters, a draft with nothing visible, and one over the limit.
    const request = await readJson(c, CritiqueRequest);
    if (request.draftId !== undefined && !(await store.draftExists(request.draftId))) {
      throw new AppError('draft_not_found', 404, 'No draft with this id.');
    }
    return { text: request.draft, context: normalizeContext(request.context ?? {}), draftId: request.draftId };
  }

  return new Hono()
    .post('/critique', limitBody, async (c) => {
      const request = await readCritiqueRequest(c);
      const critique = await coach.critique(request.text, request.context, { signal: c.req.raw.signal });
      return c.json<CritiqueResponse>(await store.saveCritique({ ...request, critique }));
    })
    .post('/critique/stream', limitBody, async (c) => {
      // Validation errors are answered as plain JSON errors, before the stream starts.
      const request = await readCritiqueRequest(c);
      c.header('X-Accel-Buffering', 'no');
      return streamSSE(c, async (stream) => {
        const closed = new AbortController();
        stream.onAbort(() => closed.abort());
        // Progress arrives from a synchronous callback: chain the writes to keep events in order.
        let written: Promise<void> = Promise.resolve();
        const send = (event: CritiqueStreamEvent): Promise<void> => {
          written = written.then(() => stream.writeSSE({ data: JSON.stringify(event) })).catch(() => undefined);
          return written;
        };
        const onProgress = ({ findings, rewrite, attempt }: CritiqueProgress) => {
          void send({ type: 'progress', findings, attempt, ...(rewrite !== undefined ? { rewrite } : {}) });
        };

        // Never let an error escape: streamSSE would write its message to the client as is.
        try {
          const critique = await coach.critique(request.text, request.context, {
            onProgress,
            signal: AbortSignal.any([c.req.raw.signal, closed.signal]),
          });
          await send({ type: 'result', critique: await store.saveCritique({ ...request, critique }) });
        } catch (error) {
          await send({ type: 'error', error: toErrorAnswer(error, c, logger).body.error });
        }
      });
    });
}
