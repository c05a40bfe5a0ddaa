import { PADDING_LINES } from '../practice/thank-you-note.ts';
import { describe, expect, it } from 'vitest';
import {
  CoachHint,
  Debrief,
  FollowupCritiqueResponse,
  MessageResponse,
  Persona,
  PersonaList,
  PracticeSession,
  SessionList,
} from '../../shared/contracts/practice.ts';
import { countSentences, MAX_MESSAGE_CHARS, MAX_MESSAGE_SENTENCES, MAX_SESSION_TURNS, MAX_TRANSCRIPT_CHARS } from '../../shared/contracts/practice.ts';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import { CLEAN_CONVERSATION } from '../../test/fixtures/practice-conversations.ts';
import { countPracticeRows, say, saySse, startSession } from '../../test/fixtures/practice-api.ts';
import { createTestApp, postJson, useTestApps } from '../../test/fixtures/test-app.ts';
import { parseMessageEvents, type NamedMessageEvent } from '../../web/src/features/practice/api/message-events.ts';
import { BATCH_MIN_CHARS } from '../http/stream-sse.ts';
import { createOfflinePracticeCoach, type PracticeCoach } from '../practice/practice-coach.ts';
import { MAX_STREAMED_REPLY_CHARS } from './practice.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
const setup = useTestApps();

const card = PRESET_PERSONAS[1]!.card;
const rows = (t: TestApp) => countPracticeRows(t.db);
const deltaTexts = (events: NamedMessageEvent[]) => events.flatMap((e) => (e.event.type === 'delta' ? [e.event.text] : []));

async function streamRaw(app: TestApp['app'], path: string, body: unknown): Promise<string> {
  const res = await app.request(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
    body: JSON.stringify(body),
  });
  return res.text();
}

describe('/api/personas', () => {
  it('lists the presets as a JSON array', async () => {
    const { app } = await setup();
    const list = PersonaList.parse(await (await app.request('/api/personas')).json());
    expect(list.map((p) => p.id)).toEqual(PRESET_PERSONAS.map((p) => p.id));
    expect(list.every((p) => p.preset)).toBe(true);
  });

  it('stores a described persona and serves it by id', async () => {
    const t = await setup();
    const res = await postJson(t.app, '/api/personas', { card: { ...card, name: 'Rita Moreno' } });
    expect(res.status).toBe(201);
    const created = Persona.parse(await res.json());
    expect(created).toEqual({ id: '00000000-0000-4000-8000-000000000001', preset: false, card: { ...card, name: 'Rita Moreno' }, createdAt: '2026-11-22T10:00:00.000Z' });
    expect(Persona.parse(await (await t.app.request(`/api/personas/${created.id}`)).json())).toEqual(created);
    expect((await (await t.app.request('/api/personas')).json()) as unknown[]).toHaveLength(PRESET_PERSONAS.length + 1);
  });

  it.each([
    ['a career path under three steps', { card: { ...card, careerPath: card.careerPath.slice(0, 1) } }, 'card.careerPath'],
    ['no name', { card: { ...card, name: '' } }, 'card.name'],
    ['an unknown temperament', { card: { ...card, temperament: 'grumpy' } }, 'card.temperament'],
  ])('rejects a persona with %s, writing nothing', async (_what, body, field) => {
    const t = await setup();
    const res = await postJson(t.app, '/api/personas', body);
    expect(res.status).toBe(400);
    const answer = (await res.json()) as { error: { code: string; message: string } };
    expect(answer.error.code).toBe('invalid_request');
    expect(answer.error.message).toContain(field);
    expect(await rows(t)).toEqual({ personas: 0, sessions: 0, turns: 0 });
  });

  it('answers 404 for an unknown persona and 409 to generate one offline', async () => {
    const { app } = await setup();
    expect(await (await app.request('/api/personas/nope')).json()).toEqual({ error: { code: 'persona_not_found', message: 'No persona with this id.' } });
    const res = await postJson(app, '/api/personas/generate', { description: 'a marine biologist at an aquarium' });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('model_required');
  });
});

describe('DELETE /api/personas/:id', () => {
  it('deletes a described persona; its sessions keep their transcript, debrief and copy of the card, their link cleared', async () => {
    const t = await setup();
    const created = Persona.parse(await (await postJson(t.app, '/api/personas', { card: { ...card, name: 'Rita Moreno' } })).json());
    const session = await startSession(t.app, { personaId: created.id });
    await say(t.app, session.id, 'Hi Rita, thank you for making time today!');
    expect((await postJson(t.app, `/api/practice/sessions/${session.id}/end`, {})).status).toBe(200);
    const before = PracticeSession.parse(await (await t.app.request(`/api/practice/sessions/${session.id}`)).json());
    expect(before.personaId).toBe(created.id);

    const res = await t.app.request(`/api/personas/${created.id}`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(await (await t.app.request(`/api/personas/${created.id}`)).json()).toEqual({ error: { code: 'persona_not_found', message: 'No persona with this id.' } });
    // The list drops it at once (its kept pages are not served stale).
    expect(PersonaList.parse(await (await t.app.request('/api/personas')).json()).map((p) => p.id)).toEqual(PRESET_PERSONAS.map((p) => p.id));

    const after = PracticeSession.parse(await (await t.app.request(`/api/practice/sessions/${session.id}`)).json());
    expect(after).toEqual({ ...before, personaId: null });
    expect(after.persona.name).toBe('Rita Moreno');
    expect(after.turns.length).toBeGreaterThanOrEqual(2);
    expect(after.debrief).not.toBeNull();
    expect(SessionList.parse(await (await t.app.request('/api/practice/sessions')).json()).map((s) => s.personaName)).toEqual(['Rita Moreno']);
    expect((await t.app.request(`/api/practice/sessions/${session.id}/markdown`)).status).toBe(200);
    expect(await rows(t)).toMatchObject({ personas: 0, sessions: 1 });
  });

  it('refuses a preset with 409 persona_preset, and an unknown id with 404, deleting nothing', async () => {
    const t = await setup();
    await postJson(t.app, '/api/personas', { card: { ...card, name: 'Rita Moreno' } });
    const preset = await t.app.request(`/api/personas/${PRESET_PERSONAS[0]!.id}`, { method: 'DELETE' });
    expect(preset.status).toBe(409);
    const body = (await preset.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('persona_preset');
    expect(body.error.message).toMatch(/preset.*cannot be deleted/i);
    const unknown = await t.app.request('/api/personas/nope', { method: 'DELETE' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: 'persona_not_found', message: 'No persona with this id.' } });
    expect(await rows(t)).toMatchObject({ personas: 1 });
    expect(PersonaList.parse(await (await t.app.request('/api/personas')).json())).toHaveLength(PRESET_PERSONAS.length + 1);
  });
});

describe('/api/practice/sessions', () => {
  it('creates a session from a preset or an inline card', async () => {
    const { app } = await setup();
    const res = await postJson(app, '/api/practice/sessions', { personaId: 'preset-ux-researcher', minutes: 20 });
    expect(res.status).toBe(201);
    const session = PracticeSession.parse(await res.json());
    expect(session).toMatchObject({ personaId: 'preset-ux-researcher', minutes: 20, turns: [], status: 'active', debrief: null, elapsedMinutes: 0 });
    const inline = await startSession(app, { personaId: undefined, persona: card, minutes: 15 });
    expect(inline).toMatchObject({ personaId: null, persona: card, minutes: 15 });
  });

  it.each([
    [{ personaId: 'preset-ux-researcher', minutes: 4 }, 400, 'invalid_request'],
    [{ personaId: 'preset-ux-researcher', minutes: 61 }, 400, 'invalid_request'],
    [{ personaId: 'preset-ux-researcher', minutes: 20.5 }, 400, 'invalid_request'],
    [{ minutes: 20 }, 400, 'invalid_request'],
    [{ personaId: 'preset-ux-researcher', persona: card, minutes: 20 }, 400, 'invalid_request'],
    [{ persona: { ...card, careerPath: [] }, minutes: 20 }, 400, 'invalid_request'],
    [{ personaId: 'nobody', minutes: 20 }, 404, 'persona_not_found'],
  ])('rejects body %# with %i %s, writing nothing', async (body, status, code) => {
    const t = await setup();
    const res = await postJson(t.app, '/api/practice/sessions', body);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    expect(await rows(t)).toEqual({ personas: 0, sessions: 0, turns: 0 });
  });

  it('answers a message in JSON and keeps both turns, complete, with simulated times', async () => {
    const { app } = await setup();
    const session = await startSession(app);
    const answer = MessageResponse.parse(await say(app, session.id, 'Hi Priya, thank you so much for making time today!'));
    expect(answer.userTurn).toMatchObject({ role: 'user', content: 'Hi Priya, thank you so much for making time today!', complete: true });
    expect(answer.reply).toMatchObject({ role: 'professional', complete: true });
    expect(answer.reply.content).toMatch(/20 minutes/);
    expect(answer.coach).toEqual({ kind: 'offline' });
    expect(answer.elapsedMinutes).toBeGreaterThan(answer.userTurn.elapsedMinutes);
    const stored = PracticeSession.parse(await (await app.request(`/api/practice/sessions/${session.id}`)).json());
    expect(stored.turns).toEqual([answer.userTurn, answer.reply]);
    expect(stored.elapsedMinutes).toBe(answer.elapsedMinutes);
  });

  it('streams named events when the client accepts text/event-stream: batched deltas, then the reply', async () => {
    const { app } = await setup();
    const session = await startSession(app);
    const { res, events } = await saySse(app, session.id, 'What does a typical week look like for you?');
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const names = events.map((e) => e.name);
    expect(names.at(-1)).toBe('reply');
    expect(names.slice(0, -1).every((n) => n === 'delta')).toBe(true);
    const last = events.at(-1)!.event;
    if (last.type !== 'reply') throw new Error('no reply');
    const deltas = deltaTexts(events);
    expect(last.response.reply.content.length).toBeLessThanOrEqual(MAX_STREAMED_REPLY_CHARS);
    expect(deltas.join('')).toBe(last.response.reply.content);
    // The first piece goes out at once (no added delay before the first byte); after it, word pieces
    // are batched: every delta but the first and the last carries enough text to outweigh its framing.
    expect(deltas.slice(1, -1).filter((text) => text.length < BATCH_MIN_CHARS)).toEqual([]);
    expect(deltas.length).toBeLessThanOrEqual(1 + Math.ceil(last.response.reply.content.length / BATCH_MIN_CHARS));
  });

  it('streams at most about twice the final reply: deltas, not snapshots', async () => {
    const { app } = await setup();
    const session = await startSession(app);
    const raw = await streamRaw(app, `/api/practice/sessions/${session.id}/messages`, { content: 'How did you get into UX research, and what would you do differently?' });
    const reply = parseMessageEvents(raw).at(-1)!;
    expect(reply.name).toBe('reply');
    const replyBytes = Buffer.byteLength(JSON.stringify(reply.event));
    expect(Buffer.byteLength(raw)).toBeLessThanOrEqual(2 * replyBytes);
  });

  it('drops the text of a restarted attempt and stops streaming a runaway one at the cap', async () => {
    const offline = createOfflinePracticeCoach();
    const runaway: PracticeCoach = {
      ...offline,
      async reply(input, options) {
        // The first attempt loops far past the cap in token-sized pieces; the coach then starts again.
        for (let i = 0; i < 50_000; i++) options?.onDelta?.('and ');
        options?.onRestart?.(2);
        return offline.reply(input, options);
      },
    };
    const t = await setup({ practiceCoach: runaway });
    const session = await startSession(t.app);
    const raw = await streamRaw(t.app, `/api/practice/sessions/${session.id}/messages`, { content: 'What surprised you most about the job?' });
    const events = parseMessageEvents(raw);
    const restartAt = events.findIndex((e) => e.name === 'restart');
    expect(events[restartAt]!.event).toEqual({ type: 'restart', attempt: 2 });
    const before = deltaTexts(events.slice(0, restartAt)).join('');
    expect(before).toBe('and '.repeat(before.length / 4));
    expect(before.length).toBeLessThanOrEqual(MAX_STREAMED_REPLY_CHARS);
    const last = events.at(-1)!.event;
    if (last.type !== 'reply') throw new Error('no reply');
    // The preview budget is the request's, not the attempt's: the fallback's preview is what is left of it.
    const after = deltaTexts(events.slice(restartAt)).join('');
    expect(last.response.reply.content.startsWith(after)).toBe(true);
    expect(before.length + after.length).toBeLessThanOrEqual(MAX_STREAMED_REPLY_CHARS);
    // 200,000 characters written; the stream is the final event and at most the preview budget (with its framing) besides.
    expect(Buffer.byteLength(raw)).toBeLessThanOrEqual(Buffer.byteLength(JSON.stringify(last)) + 2 * MAX_STREAMED_REPLY_CHARS);
  });

  it.each([
    ['', 400, 'empty_message'],
    ['   \n ', 400, 'empty_message'],
    ['x'.repeat(4001), 413, 'message_too_long'],
  ])('rejects the message %#, writing nothing', async (content, status, code) => {
    const t = await setup();
    const session = await startSession(t.app);
    const res = await postJson(t.app, `/api/practice/sessions/${session.id}/messages`, { content });
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    expect(await rows(t)).toEqual({ personas: 0, sessions: 1, turns: 0 });
  });

  it('answers 404 for an unknown session, 400 for bad JSON, and 409 for a message to an ended one', async () => {
    const t = await setup();
    const unknown = await postJson(t.app, '/api/practice/sessions/nope/messages', { content: 'Hello' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: 'session_not_found', message: 'No practice session with this id.' } });
    const session = await startSession(t.app);
    const notJson = await postJson(t.app, `/api/practice/sessions/${session.id}/messages`, '{nope');
    expect(notJson.status).toBe(400);
    await say(t.app, session.id, 'Thank you for your time!');
    expect((await postJson(t.app, `/api/practice/sessions/${session.id}/end`, {})).status).toBe(200);
    const before = await rows(t);
    const late = await postJson(t.app, `/api/practice/sessions/${session.id}/messages`, { content: 'One more thing?' });
    expect(late.status).toBe(409);
    expect(((await late.json()) as { error: { code: string } }).error.code).toBe('session_ended');
    expect(await rows(t)).toEqual(before);
  });

  it('keeps a note only for an ended session', async () => {
    const t = await setup();
    const session = await startSession(t.app);
    const res = await postJson(t.app, `/api/practice/sessions/${session.id}/note`, { note: 'Thanks!' });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('session_not_ended');
  });

  it('gives a hint out of the professional’s voice, without touching the transcript', async () => {
    const t = await setup();
    const session = await startSession(t.app);
    const hint = CoachHint.parse(await (await postJson(t.app, `/api/practice/sessions/${session.id}/coach`, {})).json());
    expect(hint).toEqual({
      hint: 'Start by thanking Priya for making time, then give a short background: who you are and why UX research interests you.',
      ruleId: 'conduct.opening-thanks',
      sources: ['000_e59610dcce94501e.txt'],
    });
    expect((await rows(t)).turns).toBe(0);
  });

  it('holds a whole conversation, ends it with a debrief quoting the user, lists it in history, exports Markdown', async () => {
    const t = await setup();
    const session = await startSession(t.app);
    for (const [who, content] of CLEAN_CONVERSATION) if (who === 'u') await say(t.app, session.id, content);
    const debrief = Debrief.parse(await (await postJson(t.app, `/api/practice/sessions/${session.id}/end`, {})).json());
    expect(debrief.items).toHaveLength(11);
    expect(debrief.items.filter((i) => !i.passed)).toEqual([]);
    expect(debrief.score).toBe(100);
    expect(debrief.items.find((i) => i.ruleId === 'conduct.asks-referrals')?.evidence).toEqual(["I know we're almost at time, so one last question: who else do you think I should talk to?"]);
    expect(debrief.thankYouDraft).toMatch(/^Dear Priya,/);
    // Ending again answers the same debrief.
    expect(await (await postJson(t.app, `/api/practice/sessions/${session.id}/end`, {})).json()).toEqual(debrief);

    const history = SessionList.parse(await (await t.app.request('/api/practice/sessions')).json());
    expect(history).toEqual([
      expect.objectContaining({ id: session.id, personaName: 'Priya Natarajan', status: 'ended', score: 100, turnCount: 16 }),
    ]);
    const saved = await postJson(t.app, `/api/practice/sessions/${session.id}/note`, { note: 'Dear Priya, thank you! I will join the UXPA meetup.' });
    expect(Debrief.parse(await saved.json())).toEqual({ ...debrief, note: 'Dear Priya, thank you! I will join the UXPA meetup.' });
    const md = await t.app.request(`/api/practice/sessions/${session.id}/markdown`);
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(md.headers.get('content-disposition')).toMatch(/^attachment; filename="practice-[a-z-]+-\d{4}-\d{2}-\d{2}\.md"$/);
    const text = await md.text();
    expect(text).toContain('# Practice: Priya Natarajan, Senior UX Researcher');
    expect(text).toContain('**You** (');
    expect(text).toContain('Score: **100**/100');
    expect(text).toContain('Dear Priya, thank you! I will join the UXPA meetup.');
  });

  it('keeps a reply cut off mid-stream, marked incomplete, and retries it', async () => {
    const offline = createOfflinePracticeCoach();
    let failNext = true;
    const flaky: PracticeCoach = {
      ...offline,
      async reply(input, options) {
        if (failNext) {
          failNext = false;
          options?.onDelta?.('Well, the short ');
          throw new Error('provider stream cut');
        }
        return offline.reply(input, options);
      },
    };
    const t = await setup({ practiceCoach: flaky });
    const session = await startSession(t.app);
    const { events } = await saySse(t.app, session.id, 'What do you enjoy most about the work?');
    expect(events.map((e) => e.name)).toEqual(['delta', 'error']);
    expect(events[1]!.event).toEqual({ type: 'error', error: { code: 'internal_error', message: 'Something went wrong on our side. Please try again.' } });
    const cut = PracticeSession.parse(await (await t.app.request(`/api/practice/sessions/${session.id}`)).json());
    expect(cut.turns.map((turn) => [turn.role, turn.content, turn.complete])).toEqual([
      ['user', 'What do you enjoy most about the work?', true],
      ['professional', 'Well, the short ', false],
    ]);
    const retried = await postJson(t.app, `/api/practice/sessions/${session.id}/retry`, {});
    expect(retried.status).toBe(200);
    const after = PracticeSession.parse(await (await t.app.request(`/api/practice/sessions/${session.id}`)).json());
    expect(after.turns.map((turn) => [turn.role, turn.complete])).toEqual([['user', true], ['professional', true]]);
    expect(card).toBeDefined();
    const again = await postJson(t.app, `/api/practice/sessions/${session.id}/retry`, {});
    expect(again.status).toBe(409);
  });
});

describe('/api/followup/critique', () => {
  it('passes every stock line the drafted note may add (the note page checks the draft the same way)', async () => {
    const t = await setup();
    const asksNew = async (line: string) => {
      const res = await postJson(t.app, '/api/followup/critique', { note: `Dear Ana,\n\nThank you for talking with me about your work. ${line}\n\nBest,\nSam` });
      return FollowupCritiqueResponse.parse(await res.json()).findings.find((f) => f.ruleId === 'follow-up.asks-nothing-new')!.passed === false;
    };
    for (const line of PADDING_LINES) expect(await asksNew(line), line).toBe(false);
    // The line the composer had, which the follow-up model reads as asking for more of their time.
    expect(await asksNew("I'd be glad to keep you posted on where I land.")).toBe(true);
  });

  it('checks a note against the follow-up rules with the session’s topics', async () => {
    const t = await setup();
    const session = await startSession(t.app);
    await say(t.app, session.id, 'Thanks for your time! What does a typical week look like for you?');
    const res = await postJson(t.app, '/api/followup/critique', {
      note: 'Dear Priya, thank you for your time. Hearing about your typical week helped. I will sign up for the UXPA meetup.',
      sessionId: session.id,
    });
    const body = FollowupCritiqueResponse.parse(await res.json());
    expect(body.topics).toEqual(['what a typical week looks like']);
    expect(body.findings.map((f) => [f.ruleId, f.passed])).toEqual([
      ['follow-up.thanks', true],
      ['follow-up.names-topics', true],
      ['follow-up.acts-on-advice', true],
      ['follow-up.asks-nothing-new', true],
      ['follow-up.no-empty-check-in', true],
    ]);
    expect(body.score).toBe(100);
  });

  it.each([
    [{ note: '' }, 400, 'empty_note'],
    [{ note: 'x'.repeat(10_001) }, 413, 'note_too_long'],
    [{ note: 'Thanks!', sessionId: 'nope' }, 404, 'session_not_found'],
    [{}, 400, 'invalid_request'],
  ])('rejects %#', async (body, status, code) => {
    const { app } = await setup();
    const res = await postJson(app, '/api/followup/critique', body);
    expect(res.status).toBe(status);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
  });
});

describe('per-session cost bounds', () => {
  it('refuses a message past the turn cap with 409 session_full, writing nothing', async () => {
    const t = await setup({ limits: { writesPerMinute: 1_000_000 } });
    const session = await startSession(t.app);
    for (let i = 0; i < MAX_SESSION_TURNS / 2; i++) await say(t.app, session.id, `What was week ${i} like?`);
    const before = await rows(t);
    const res = await postJson(t.app, `/api/practice/sessions/${session.id}/messages`, { content: 'One more?' });
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('session_full');
    expect(await rows(t)).toEqual(before);
    // The debrief still works on a full session.
    expect((await postJson(t.app, `/api/practice/sessions/${session.id}/end`, {})).status).toBe(200);
  });

  it('refuses a message that would take the transcript past its cap with 413 transcript_too_long', async () => {
    const t = await setup({ limits: { writesPerMinute: 1_000_000 } });
    const session = await startSession(t.app);
    const long = `${'I have been thinking about research operations and how teams grow into them '.repeat(50)}`.slice(0, MAX_MESSAGE_CHARS - 1);
    let res: Response | undefined;
    for (let i = 0; i < Math.ceil(MAX_TRANSCRIPT_CHARS / long.length) + 1; i++) {
      res = await postJson(t.app, `/api/practice/sessions/${session.id}/messages`, { content: long });
      if (res.status !== 200) break;
    }
    expect(res?.status).toBe(413);
    expect((await res!.json()).error.code).toBe('transcript_too_long');
  });

  it('refuses a message of more sentences than a message can hold (the "? ? ?" flood) with 413', async () => {
    const t = await setup();
    const session = await startSession(t.app);
    const res = await postJson(t.app, `/api/practice/sessions/${session.id}/messages`, { content: '? '.repeat(2_000) });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('message_too_many_sentences');
    expect(countSentences('? '.repeat(2_000))).toBeGreaterThan(MAX_MESSAGE_SENTENCES);
    expect(countSentences('Thanks for your time. How did you start?\nWhat do you enjoy')).toBe(3);
  });
});
