import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { DraftDetail, MAX_DRAFT_CHARS } from '../shared/contracts/outreach.ts';
import { GOOD_DRAFT } from '../test/fixtures/outreach-drafts.ts';
import { createTestApp, NO_ROWS, postJson } from '../test/fixtures/test-app.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let current: TestApp | undefined;
afterEach(() => {
  current?.close();
  current = undefined;
});

describe('text the API accepts', () => {
  it.each(['/api/outreach/critique', '/api/outreach/critique/stream'])('%s refuses a NUL byte with invalid_characters, writing nothing', async (path) => {
    current = await createTestApp();
    const res = await postJson(current.app, path, { draft: `Hi Jelisa,\u0000 would you have 20 minutes?` });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'invalid_characters',
        message: 'The draft contains a control character (U+0000) at position 11; only tab, newline and carriage return are accepted.',
      },
    });
    expect(await current.countRows()).toEqual(NO_ROWS);
  });

  it('refuses a control character in a context field too', async () => {
    current = await createTestApp();
    const res = await postJson(current.app, '/api/outreach/critique', { draft: GOOD_DRAFT, context: { organization: 'North\u0008wind' } });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_characters');
  });

  it('stores the draft exactly as accepted: reading it back gives the same string', async () => {
    current = await createTestApp();
    const text = `${GOOD_DRAFT}\r\n\tP.S. 😀 café e\u0301 中文 \u200B\u202Eend`;
    const res = await postJson(current.app, '/api/outreach/critique', { draft: text });
    expect(res.status).toBe(200);
    const { draftId } = (await res.json()) as { draftId: string };
    const detail = DraftDetail.parse(await (await current.app.request(`/api/drafts/${draftId}`)).json());
    expect(detail.versions[0]?.text).toBe(text);
  });

  it(`accepts ${MAX_DRAFT_CHARS.toLocaleString('en')} emoji (code points), though they are twice as many UTF-16 units`, async () => {
    current = await createTestApp();
    const res = await postJson(current.app, '/api/outreach/critique', { draft: `${'😀'.repeat(MAX_DRAFT_CHARS - 10)} Thank you` });
    expect(res.status).toBe(200);
  });

  it.each(['\u200B\u200B', '\uFEFF\n', '\u2060 \u00A0'])('calls an invisible draft %j empty_draft', async (draft) => {
    current = await createTestApp();
    const res = await postJson(current.app, '/api/outreach/critique', { draft });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'empty_draft', message: 'The draft is empty: paste the message you plan to send.' } });
    expect(await current.countRows()).toEqual(NO_ROWS);
  });
});

/**
 * Property, for every route that stores text and every text field it stores: what a client sends
 * is either refused (4xx; `invalid_characters` whenever it holds a control character) or read back
 * exactly as sent. One-line fields (names, titles, a persona's card, a practice message) keep the
 * documented trim of surrounding whitespace: what is read back is the sent text trimmed, nothing else.
 */
describe('every stored text field: stored equals sent, or the request is refused', () => {
  const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
  const piece = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom('\u0000', '\u0008', '\u001B', '\t', '\r\n', '\u200B', '\u202E', 'e\u0301', '😀', '\uFEFF', ' '),
  );
  const text = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));

  type Stored = { status: number; code?: string; stored?: string };
  interface Field {
    name: string;
    trimmed: boolean;
    /** Sends `value` in its field; reads back what was stored. */
    roundTrip: (t: TestApp, value: string) => Promise<Stored>;
  }
  const json = async (res: Response) => (await res.json()) as Record<string, any>;
  const refused = async (res: Response): Promise<Stored> => ({ status: res.status, code: (await json(res)).error?.code });
  const preset = async (t: TestApp) => (await json(await t.app.request('/api/personas/preset-ux-researcher'))).card;

  const FIELDS: Field[] = [
    {
      name: 'outreach draft',
      trimmed: false,
      roundTrip: async (t, value) => {
        const res = await postJson(t.app, '/api/outreach/critique', { draft: `Hi Dana, ${value}` });
        if (!res.ok) return refused(res);
        const detail = await json(await t.app.request(`/api/drafts/${(await json(res)).draftId}`));
        return { status: res.status, stored: detail.versions[0].text.slice('Hi Dana, '.length) };
      },
    },
    {
      name: 'agenda title',
      trimmed: true,
      roundTrip: async (t, value) => {
        const res = await postJson(t.app, '/api/agendas', { title: `Plan ${value}`, minutes: 20, questions: ['What does a typical week look like?'] });
        if (!res.ok) return refused(res);
        const { id } = await json(res);
        const detail = await json(await t.app.request(`/api/agendas/${id}`));
        const listed = (await json(await t.app.request('/api/agendas'))).agendas.find((a: { id: string }) => a.id === id);
        expect(listed.title).toBe(detail.title);
        return { status: res.status, stored: detail.title.slice('Plan '.length) };
      },
    },
    {
      name: 'agenda question',
      trimmed: true,
      roundTrip: async (t, value) => {
        const res = await postJson(t.app, '/api/agendas', { title: 'Plan', minutes: 30, order: 'as-given', questions: [`What ${value}`] });
        if (!res.ok) return refused(res);
        const detail = await json(await t.app.request(`/api/agendas/${(await json(res)).id}`));
        const item = detail.items.find((i: { text: string }) => i.text.startsWith('What'));
        return { status: res.status, stored: item.text.slice('What '.length) };
      },
    },
    {
      name: 'persona card field',
      trimmed: true,
      roundTrip: async (t, value) => {
        const res = await postJson(t.app, '/api/personas', { card: { ...(await preset(t)), name: `Ava ${value}` } });
        if (!res.ok) return refused(res);
        const stored = await json(await t.app.request(`/api/personas/${(await json(res)).id}`));
        return { status: res.status, stored: stored.card.name.slice('Ava '.length) };
      },
    },
    {
      name: 'practice message',
      trimmed: true,
      roundTrip: async (t, value) => {
        const session = await json(await postJson(t.app, '/api/practice/sessions', { personaId: 'preset-ux-researcher', minutes: 20 }));
        const res = await postJson(t.app, `/api/practice/sessions/${session.id}/messages`, { content: `Hello ${value}` });
        if (!res.ok) return refused(res);
        const stored = await json(await t.app.request(`/api/practice/sessions/${session.id}`));
        return { status: res.status, stored: stored.turns[0].content.slice('Hello '.length) };
      },
    },
    {
      name: 'practice note',
      trimmed: false,
      roundTrip: async (t, value) => {
        const session = await json(await postJson(t.app, '/api/practice/sessions', { personaId: 'preset-ux-researcher', minutes: 20 }));
        await postJson(t.app, `/api/practice/sessions/${session.id}/end`, {});
        const res = await postJson(t.app, `/api/practice/sessions/${session.id}/note`, { note: value });
        if (!res.ok) return refused(res);
        const stored = await json(await t.app.request(`/api/practice/sessions/${session.id}`));
        return { status: res.status, stored: stored.debrief.note };
      },
    },
    {
      name: 'question (review)',
      trimmed: true,
      roundTrip: async (t, value) => {
        const res = await postJson(t.app, '/api/questions/review', { questions: [`What ${value}`] });
        if (!res.ok) return refused(res);
        return { status: res.status, stored: (await json(res)).results[0].question.slice('What '.length) };
      },
    },
    {
      name: 'follow-up note (not stored: refused or answered)',
      trimmed: false,
      roundTrip: async (t, value) => {
        const res = await postJson(t.app, '/api/followup/critique', { note: `Thank you ${value}` });
        if (!res.ok) return refused(res);
        return { status: res.status, stored: value };
      },
    },
  ];

  it.each(FIELDS)('$name', async ({ roundTrip, trimmed }) => {
    current = await createTestApp({ limits: { writesPerMinute: 1_000_000 } });
    const t = current;
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        const answer = await roundTrip(t, value);
        if (CONTROL.test(value)) {
          expect(answer).toMatchObject({ status: 400, code: 'invalid_characters' });
          return;
        }
        if (answer.status >= 400) {
          expect(answer.status).toBeLessThan(500);
          return;
        }
        expect(answer.stored).toBe(trimmed ? value.trimEnd() : value);
      }),
      { numRuns: 40 },
    );
  });
});
