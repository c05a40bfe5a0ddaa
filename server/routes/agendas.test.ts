import { afterEach, describe, expect, it } from 'vitest';
import { Agenda, AgendaList } from '../../shared/contracts/questions.ts';
import { CLOSING_TEXT, OPENING_TEXT } from '../../shared/questions/agenda.ts';
import { countQuestionRows } from '../../test/fixtures/question-rows.ts';
import { createTestApp, postJson } from '../../test/fixtures/test-app.ts';
import { markdownFileName } from './agendas.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let current: TestApp | undefined;
afterEach(() => {
  current?.close();
  current = undefined;
});

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = (second: number) => `2026-11-22T10:00:${String(second).padStart(2, '0')}.000Z`;
const put = (t: TestApp, path: string, body: unknown) =>
  t.app.request(path, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

const INPUT = {
  title: 'Chat with Dana',
  minutes: 20,
  questions: ['What trends do you see in UX research?', 'How did you get your start in UX research?'],
};

describe('/api/agendas', () => {
  it('creates an agenda in a sensible order, lists it, reads it, replaces it in the given order, deletes it', async () => {
    current = await createTestApp();
    const t = current;
    const created = await postJson(t.app, '/api/agendas', INPUT);
    expect(created.status).toBe(201);
    const agenda = Agenda.parse(await created.json());
    expect(agenda).toEqual({
      id: id(1),
      title: 'Chat with Dana',
      minutes: 20,
      items: [
        { kind: 'opening', text: OPENING_TEXT, minutes: 2 },
        { kind: 'question', text: 'How did you get your start in UX research?', minutes: 2, category: 'career-path' },
        { kind: 'question', text: 'What trends do you see in UX research?', minutes: 2, category: 'industry-trends' },
        { kind: 'referral', text: 'Who else should I talk to?', minutes: 1, category: 'referrals' },
        { kind: 'closing', text: CLOSING_TEXT, minutes: 1 },
      ],
      totalMinutes: 8,
      fits: true,
      warning: null,
      createdAt: at(0),
      updatedAt: at(0),
    });

    expect(AgendaList.parse(await (await t.app.request('/api/agendas')).json())).toEqual({
      agendas: [{ id: id(1), title: 'Chat with Dana', minutes: 20, questionCount: 2, fits: true, updatedAt: at(0) }],
      nextCursor: null,
    });
    expect(await (await t.app.request(`/api/agendas/${id(1)}`)).json()).toEqual(agenda);

    const replaced = await put(t, `/api/agendas/${id(1)}`, { ...INPUT, title: 'Dana, take two', minutes: 5 });
    expect(replaced.status).toBe(200);
    const updated = Agenda.parse(await replaced.json());
    expect(updated.items.map((i) => i.text).slice(1, 3)).toEqual(INPUT.questions);
    expect(updated).toMatchObject({ title: 'Dana, take two', fits: false, createdAt: at(0), updatedAt: at(1) });
    expect(updated.warning).toMatch(/^This agenda needs about 7 minutes, 2 more than the 5/);

    const deleted = await t.app.request(`/api/agendas/${id(1)}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(await countQuestionRows(t.db)).toEqual({ questionReviews: 0, agendas: 0 });
  });

  it('downloads the agenda as a Markdown file', async () => {
    current = await createTestApp();
    await postJson(current.app, '/api/agendas', INPUT);
    const res = await current.app.request(`/api/agendas/${id(1)}/markdown`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="agenda-chat-with-dana.md"');
    const text = await res.text();
    expect(text.startsWith('# Chat with Dana\n\n20 minutes · planned 8 minutes\n')).toBe(true);
    expect(text).toContain('`2:00` How did you get your start in UX research? _(2 min)_');
  });

  it.each([
    ['GET', `/api/agendas/${'0'.repeat(8)}`],
    ['GET', '/api/agendas/nope/markdown'],
    ['DELETE', '/api/agendas/nope'],
  ])('answers 404 agenda_not_found for %s %s', async (method, path) => {
    current = await createTestApp();
    const res = await current.app.request(path, { method });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'agenda_not_found', message: 'No agenda with this id.' } });
  });

  it('answers 404 for a PUT to an unknown id, and writes nothing', async () => {
    current = await createTestApp();
    const res = await put(current, '/api/agendas/nope', INPUT);
    expect(res.status).toBe(404);
    expect(await countQuestionRows(current.db)).toEqual({ questionReviews: 0, agendas: 0 });
  });

  it.each([
    ['minutes under 5', { ...INPUT, minutes: 4 }, /^minutes:/],
    ['minutes over 60', { ...INPUT, minutes: 61 }, /^minutes:/],
    ['no title', { ...INPUT, title: '  ' }, /^title:/],
    ['a blank question', { ...INPUT, questions: ['  '] }, /^questions\.0:/],
    ['a non-string question', { ...INPUT, questions: [7] }, /^questions\.0:/],
  ])('rejects %s with 400 naming the field, writing nothing', async (_name, body, message) => {
    current = await createTestApp();
    const res = await postJson(current.app, '/api/agendas', body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'invalid_request', message: expect.stringMatching(message) } });
    expect(await countQuestionRows(current.db)).toEqual({ questionReviews: 0, agendas: 0 });
  });

  it('names the Markdown file after the title', () => {
    expect(markdownFileName('Chat with Dana — 20 min!')).toBe('agenda-chat-with-dana-20-min.md');
    expect(markdownFileName('¿¡')).toBe('agenda.md');
  });
});
