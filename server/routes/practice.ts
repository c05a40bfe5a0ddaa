import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import {
  type CoachHint,
  CreateSessionRequest,
  type Debrief,
  countSentences,
  MAX_MESSAGE_CHARS,
  MAX_MESSAGE_SENTENCES,
  MAX_SESSION_TURNS,
  MAX_TRANSCRIPT_CHARS,
  MessageRequest,
  type MessageResponse,
  type MessageStreamEvent,
  type PracticeSession,
  SaveNoteRequest,
  type SessionList,
} from '../../shared/contracts/practice.ts';
import type { TranscriptTurn } from '../../shared/practice/transcript.ts';
import type { PracticeStore } from '../db/practice-store.ts';
import { AppError, type Logger, toErrorAnswer } from '../errors.ts';
import { acceptsEventStream, createTextBatcher, streamEvents } from '../http/stream-sse.ts';
import { userTurnEnd } from '../practice/persona-engine.ts';
import type { PracticeCoach } from '../practice/practice-coach.ts';
import { newSeed } from '../practice/random.ts';
import { sessionFileName, sessionMarkdown } from '../practice/session-markdown.ts';
import { readJson } from './read-json.ts';
import { ListQuery } from '../../shared/contracts/common.ts';
import { pageOf } from '../db/page.ts';
import { linkNext } from '../http/link-next.ts';

export interface PracticeRouteDeps {
  store: PracticeStore;
  coach: PracticeCoach;
  logger: Logger;
  clock: () => Date;
  /** Seeds of new sessions; tests fix it. */
  seed?: () => number;
  /** Streaming heartbeat interval; default 15 s (tests shorten it). */
  heartbeatMs?: number | undefined;
}

/** Far above any practice body (a persona card is a few KB, a message 4,000 characters). */
export const MAX_PRACTICE_BODY_BYTES = 256 * 1024;

/** Refuses a huge body before it is read; used by every practice route group. */
export const limitPracticeBody = bodyLimit({
  maxSize: MAX_PRACTICE_BODY_BYTES,
  onError: () => {
    throw new AppError('payload_too_large', 413, 'The request body is larger than 256 KB.');
  },
});

/** How often a reply being streamed is saved, so a crash keeps most of it (marked incomplete). */
const PARTIAL_SAVE_MS = 500;

/**
 * The most reply text one request previews, over every attempt and the offline fallback together.
 * A spoken reply is two to five sentences (the persona prompt asks for that: about this long); past
 * it the preview stops and the final `reply` event carries the rest, so a runaway or retried model streams at most about this much
 * (the same bound outreach keeps: the stream stays within about twice the final event).
 */
export const MAX_STREAMED_REPLY_CHARS = 600;

/** Hints kept, by session and transcript state (oldest dropped first). */
const MAX_CACHED_HINTS = 1_000;

interface ReplyEvents {
  onDelta?: (text: string) => void;
  onRestart?: (attempt: number) => void;
}

const transcriptOf = (session: PracticeSession): TranscriptTurn[] =>
  session.turns.filter((t) => t.complete).map(({ role, content, elapsedMinutes }) => ({ role, content, elapsedMinutes }));

/**
 * `/api/practice/sessions`: create, list, read, talk (JSON or Server-Sent Events), hint, retry a
 * cut-off reply, end with a debrief, export as Markdown. Every request is validated before
 * anything is written; every turn is written as soon as it is complete.
 */
export function practiceRoutes({ store, coach, logger, clock, seed = newSeed, heartbeatMs }: PracticeRouteDeps) {
  const hints = new Map<string, CoachHint>();
  async function loadSession(id: string): Promise<PracticeSession> {
    const session = await store.getSession(id);
    if (!session) throw new AppError('session_not_found', 404, 'No practice session with this id.');
    return session;
  }

  async function loadActiveSession(id: string): Promise<PracticeSession> {
    const session = await loadSession(id);
    if (session.status === 'ended') {
      throw new AppError('session_ended', 409, 'This conversation has ended. Start a new session to keep practising.');
    }
    return session;
  }

  async function readMessage(c: Context): Promise<string> {
    const { content } = await readJson(c, MessageRequest);
    if (content.trim() === '') throw new AppError('empty_message', 400, 'The message is empty: type what you want to say.');
    if (content.length > MAX_MESSAGE_CHARS) {
      throw new AppError(
        'message_too_long',
        413,
        `The message has ${content.length.toLocaleString('en-US')} characters; the limit is ${MAX_MESSAGE_CHARS.toLocaleString('en-US')}. In a real conversation, say it in a few sentences.`,
      );
    }
    const sentences = countSentences(content);
    if (sentences > MAX_MESSAGE_SENTENCES) {
      throw new AppError(
        'message_too_many_sentences',
        413,
        `The message has ${sentences} sentences; the limit is ${MAX_MESSAGE_SENTENCES}. In a real conversation, ask a few things at a time.`,
      );
    }
    return content.trim();
  }

  /**
   * The caps that bound what any later request on this session costs (a hint, a reply, the
   * debrief all read the whole transcript): turns, then characters, both checked before anything is written.
   */
  function checkRoom(session: PracticeSession, content: string) {
    if (session.turns.length + 2 > MAX_SESSION_TURNS) {
      throw new AppError(
        'session_full',
        409,
        `This conversation has reached ${MAX_SESSION_TURNS} turns, the most a session holds. End it for the debrief, or start a new session.`,
      );
    }
    const used = session.turns.reduce((sum, turn) => sum + turn.content.length, 0);
    if (used + content.length > MAX_TRANSCRIPT_CHARS) {
      throw new AppError(
        'transcript_too_long',
        413,
        `This conversation's transcript has ${used.toLocaleString('en-US')} characters; with this message it would pass the limit of ${MAX_TRANSCRIPT_CHARS.toLocaleString('en-US')}. End it for the debrief, or start a new session.`,
      );
    }
  }

  /**
   * Writes the professional's reply to `userText` (already stored): a placeholder row first, the
   * text as it streams (saved every half second), then the complete reply. A failure or a client
   * gone away leaves what was written, marked incomplete, for a retry.
   */
  async function replyTo(
    session: PracticeSession,
    history: TranscriptTurn[],
    userText: string,
    userTurn: MessageResponse['userTurn'],
    events: ReplyEvents,
    signal: AbortSignal,
  ): Promise<MessageResponse> {
    const { position } = await store.appendTurn(session.id, {
      role: 'professional',
      content: '',
      elapsedMinutes: userTurn.elapsedMinutes,
      complete: false,
    });
    let sofar = '';
    let previewed = 0;
    let lastSave = Date.now();
    let saving: Promise<unknown> = Promise.resolve();
    try {
      const reply = await coach.reply(
        { card: session.persona, seed: session.seed, minutes: session.minutes, history, userText },
        {
          signal,
          onRestart: (attempt) => {
            sofar = '';
            events.onRestart?.(attempt);
          },
          onDelta: (text) => {
            if (previewed + text.length > MAX_STREAMED_REPLY_CHARS) return;
            previewed += text.length;
            sofar += text;
            events.onDelta?.(text);
            if (Date.now() - lastSave >= PARTIAL_SAVE_MS) {
              lastSave = Date.now();
              saving = saving.then(() => store.updateTurn(session.id, position, { content: sofar, complete: false, elapsedMinutes: userTurn.elapsedMinutes }));
            }
          },
        },
      );
      await saving;
      const turn = await store.updateTurn(session.id, position, { content: reply.text, complete: true, elapsedMinutes: reply.elapsedMinutes });
      return {
        userTurn,
        reply: turn,
        elapsedMinutes: reply.elapsedMinutes,
        remainingMinutes: Math.round((session.minutes - reply.elapsedMinutes) * 10) / 10,
        wrappedUp: reply.wrappedUp,
        coach: reply.coach,
        ...(reply.notice ? { notice: reply.notice } : {}),
      };
    } catch (error) {
      await saving.catch(() => undefined);
      await store.updateTurn(session.id, position, { content: sofar, complete: false, elapsedMinutes: userTurn.elapsedMinutes }).catch(() => undefined);
      throw error;
    }
  }

  /**
   * JSON, or the shared event stream when the client accepts it: `delta` (pieces of the reply,
   * batched), `restart` (drop the reply so far), then `reply` or `error`. Each event's data is the
   * whole `MessageStreamEvent`, its `type` also the event's name.
   */
  function answer(c: Context, produce: (events: ReplyEvents, signal: AbortSignal) => Promise<MessageResponse>) {
    if (!acceptsEventStream(c)) return produce({}, c.req.raw.signal).then((response) => c.json<MessageResponse>(response));
    return streamEvents<MessageStreamEvent['type']>(
      c,
      async ({ send, signal }) => {
        const emit = (event: MessageStreamEvent) => send(event.type, event);
        const deltas = createTextBatcher((text) => void emit({ type: 'delta', text }));
        try {
          const response = await produce(
            {
              onDelta: deltas.push,
              onRestart: (attempt) => {
                deltas.drop();
                void emit({ type: 'restart', attempt });
              },
            },
            signal,
          );
          deltas.flush();
          await emit({ type: 'reply', response });
        } finally {
          // What was written before a failure is shown with the error (it is kept, incomplete, for a retry).
          deltas.flush();
        }
      },
      { heartbeatMs, onError: (error) => ({ type: 'error', error: toErrorAnswer(error, c, logger).body.error }) },
    );
  }

  return new Hono()
    .use('*', limitPracticeBody)
    .get('/', async (c) => {
      const page = pageOf(ListQuery.parse(c.req.query()));
      const paged = await store.listSessions(page);
      linkNext(c, page, paged);
      return c.json<SessionList>(paged.items);
    })
    .post('/', async (c) => {
      const request = await readJson(c, CreateSessionRequest);
      let personaId: string | null = null;
      let card = request.persona;
      if (request.personaId !== undefined) {
        const persona = await store.getPersona(request.personaId);
        if (!persona) throw new AppError('persona_not_found', 404, 'No persona with this id.');
        personaId = persona.id;
        card = persona.card;
      }
      if (!card) throw new AppError('invalid_request', 400, 'personaId: give exactly one of personaId or persona');
      const session = await store.createSession({ personaId, persona: card, minutes: request.minutes, agendaId: request.agendaId ?? null, seed: seed() });
      return c.json<PracticeSession>(session, 201);
    })
    .get('/:id', async (c) => c.json<PracticeSession>(await loadSession(c.req.param('id'))))
    .post('/:id/messages', async (c) => {
      const content = await readMessage(c);
      const session = await loadActiveSession(c.req.param('id'));
      checkRoom(session, content);
      const history = transcriptOf(session);
      const { turn: userTurn } = await store.appendTurn(session.id, {
        role: 'user',
        content,
        elapsedMinutes: userTurnEnd(session.elapsedMinutes, content),
        complete: true,
      });
      return answer(c, (events, signal) => replyTo(session, history, content, userTurn, events, signal));
    })
    .post('/:id/retry', async (c) => {
      const session = await loadActiveSession(c.req.param('id'));
      const last = session.turns.at(-1);
      const asked = session.turns.at(-2);
      if (!last || last.role !== 'professional' || last.complete || asked?.role !== 'user') {
        throw new AppError('nothing_to_retry', 409, 'The last reply is complete: there is nothing to retry.');
      }
      await store.deleteTurn(session.id, session.turns.length - 1);
      const history = transcriptOf(session).slice(0, -1);
      return answer(c, (events, signal) => replyTo(session, history, asked.content, asked, events, signal));
    })
    .post('/:id/coach', async (c) => {
      const session = await loadSession(c.req.param('id'));
      // A hint reads the whole transcript: computed once per state of it, however often it is asked for.
      const key = `${session.id}:${session.turns.length}:${session.turns.at(-1)?.complete ?? true}`;
      let hint = hints.get(key);
      if (!hint) {
        hint = await coach.hint({ card: session.persona, minutes: session.minutes, turns: transcriptOf(session) });
        if (hints.size >= MAX_CACHED_HINTS) hints.delete(hints.keys().next().value as string);
        hints.set(key, hint);
      }
      return c.json<CoachHint>(hint);
    })
    .post('/:id/end', async (c) => {
      const session = await loadSession(c.req.param('id'));
      if (session.debrief) return c.json<Debrief>(session.debrief);
      const body = await coach.debrief({ card: session.persona, minutes: session.minutes, turns: transcriptOf(session) }, { signal: c.req.raw.signal });
      const debrief: Debrief = { ...body, createdAt: clock().toISOString() };
      await store.endSession(session.id, debrief);
      return c.json<Debrief>(debrief);
    })
    .post('/:id/note', async (c) => {
      const { note } = await readJson(c, SaveNoteRequest);
      const session = await loadSession(c.req.param('id'));
      if (!session.debrief) throw new AppError('session_not_ended', 409, 'End the conversation first: the note belongs to its debrief.');
      await store.saveNote(session.id, note);
      return c.json<Debrief>({ ...session.debrief, note });
    })
    .get('/:id/markdown', async (c) => {
      const session = await loadSession(c.req.param('id'));
      c.header('Content-Disposition', `attachment; filename="${sessionFileName(session)}"`);
      return c.body(sessionMarkdown(session), 200, { 'Content-Type': 'text/markdown; charset=utf-8' });
    });
}
