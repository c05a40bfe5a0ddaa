import { afterEach, describe, expect, it } from 'vitest';
import { ErrorBody } from '../../shared/contracts/common.ts';
import {
  CritiqueResponse,
  CritiqueStreamEvent,
  DraftDetail,
  DraftList,
  MAX_DRAFT_CHARS,
  StoredCritique,
  UnsavedCritique,
} from '../../shared/contracts/outreach.ts';
import { RULEBOOK_VERSION } from '../../shared/rules/rulebook-version.ts';
import {
  FAKE_CRITIQUE,
  createTestApp,
  fakeCoach,
  NO_ROWS,
  parseSse,
  parseSseEvents,
  postJson,
} from '../../test/fixtures/test-app.ts';
import { GOOD_CONTEXT, GOOD_DRAFT, JOB_ASK_DRAFT, REVISED_DRAFT } from '../../test/fixtures/outreach-drafts.ts';
import { offlineOutreachCritique } from '../coach/offline-outreach.ts';
import { INTERNAL_ERROR_MESSAGE } from '../errors.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let current: TestApp | undefined;
async function setup(overrides: Parameters<typeof createTestApp>[0] = {}): Promise<TestApp> {
  current = await createTestApp(overrides);
  return current;
}
afterEach(() => {
  current?.close();
  current = undefined;
});

const CRITIQUE = '/api/outreach/critique';
const STREAM = '/api/outreach/critique/stream';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
/** What a stored answer adds to the fake coach's critique besides its ids. */
const FAKE_STORED = { persisted: true, failedRuleIds: ['outreach.no-job-ask'], rulebookVersion: RULEBOOK_VERSION } as const;

async function critique(t: TestApp, body: unknown) {
  const res = await postJson(t.app, CRITIQUE, body);
  expect(res.status).toBe(200);
  return StoredCritique.parse(await res.json());
}

describe('POST /api/outreach/critique', () => {
  it('critiques with the offline coach and stores a new draft', async () => {
    const t = await setup();
    const body = await critique(t, { draft: GOOD_DRAFT, context: GOOD_CONTEXT });

    const offline = offlineOutreachCritique(GOOD_DRAFT, GOOD_CONTEXT);
    expect(body).toEqual({
      ...offline,
      failedRuleIds: offline.findings.filter((f) => !f.passed).map((f) => f.ruleId),
      coach: { kind: 'offline' },
      persisted: true,
      rulebookVersion: RULEBOOK_VERSION,
      draftId: id(1),
      versionId: id(2),
      version: 1,
      critiqueId: id(3),
      createdAt: '2026-11-22T10:00:00.000Z',
    });
    expect(await t.countRows()).toEqual({ drafts: 1, draftVersions: 1, critiques: 1 });
  });

  it('answers and stores everything the coach said, as the API contract has it', async () => {
    const coach = fakeCoach();
    const t = await setup({ coach });
    const body = await critique(t, { draft: GOOD_DRAFT, context: GOOD_CONTEXT });

    expect(body).toEqual({
      ...FAKE_CRITIQUE.body,
      ...FAKE_STORED,
      coach: { kind: 'model', model: 'fake-model', promptVersion: 'abc123' },
      notice: 'A fake coach answered.',
      draftId: id(1),
      versionId: id(2),
      version: 1,
      critiqueId: id(3),
      createdAt: '2026-11-22T10:00:00.000Z',
    });
    expect(coach.calls).toEqual([{ draft: GOOD_DRAFT, context: GOOD_CONTEXT }]);

    // What was stored reads back as exactly what was answered.
    const detail = DraftDetail.parse(await (await t.app.request(`/api/drafts/${body.draftId}`)).json());
    expect(detail.versions[0]?.critique).toEqual(body);

    const [row] = await t.db.query.critiques.findMany();
    expect(row).toMatchObject({ latencyMs: 42, inputTokens: 1200, outputTokens: 340, model: 'fake-model', promptVersion: 'abc123' });
  });

  it('titles a draft after its recipient, else after its first line', async () => {
    const t = await setup();
    await critique(t, { draft: GOOD_DRAFT, context: { recipientName: 'Jelisa' } });
    await critique(t, { draft: `  \n${JOB_ASK_DRAFT}\nSecond line` });
    const list = await (await t.app.request('/api/drafts')).json();
    expect(list.drafts.map((d: { title: string }) => d.title)).toEqual([
      'Dear hiring manager, please find my resume attached. Are…',
      'To Jelisa',
    ]);
  });

  it('treats blank context fields as not given', async () => {
    const coach = fakeCoach();
    const t = await setup({ coach });
    await critique(t, { draft: GOOD_DRAFT, context: { recipientName: '   ', organization: 'Northwind Bio' } });
    expect(coach.calls[0]?.context).toEqual({ organization: 'Northwind Bio' });
  });

  describe('versions', () => {
    it('adds a version 2 when the same draft is critiqued with new text', async () => {
      const t = await setup();
      const first = await critique(t, { draft: GOOD_DRAFT, context: GOOD_CONTEXT });
      const second = await critique(t, { draft: REVISED_DRAFT, context: GOOD_CONTEXT, draftId: first.draftId });

      expect(second).toMatchObject({ draftId: first.draftId, version: 2 });
      expect(second.versionId).not.toBe(first.versionId);
      expect(await t.countRows()).toEqual({ drafts: 1, draftVersions: 2, critiques: 2 });
    });

    it('adds a version when only the context changed', async () => {
      const t = await setup();
      const first = await critique(t, { draft: GOOD_DRAFT, context: GOOD_CONTEXT });
      const second = await critique(t, {
        draft: GOOD_DRAFT,
        context: { ...GOOD_CONTEXT, minutesRequested: 15 },
        draftId: first.draftId,
      });
      expect(second.version).toBe(2);
    });

    it('reuses the latest version for an identical resubmission, with a new critique', async () => {
      const t = await setup();
      const first = await critique(t, { draft: GOOD_DRAFT, context: GOOD_CONTEXT });
      // Same context, keys in another order.
      const reordered = Object.fromEntries(Object.entries(GOOD_CONTEXT).reverse());
      const again = await critique(t, { draft: GOOD_DRAFT, context: reordered, draftId: first.draftId });

      expect(again).toMatchObject({ draftId: first.draftId, versionId: first.versionId, version: 1 });
      expect(again.critiqueId).not.toBe(first.critiqueId);
      expect(await t.countRows()).toEqual({ drafts: 1, draftVersions: 1, critiques: 2 });
    });

    it('numbers concurrent versions of one draft without gaps or clashes, while reads go on', async () => {
      const t = await setup();
      const first = await critique(t, { draft: GOOD_DRAFT });
      const [a, b, c, list] = await Promise.all([
        postJson(t.app, CRITIQUE, { draft: `${GOOD_DRAFT} A`, draftId: first.draftId }),
        postJson(t.app, CRITIQUE, { draft: `${GOOD_DRAFT} B`, draftId: first.draftId }),
        postJson(t.app, STREAM, { draft: `${GOOD_DRAFT} C`, draftId: first.draftId }),
        t.app.request('/api/drafts'),
      ]);
      expect([a.status, b.status, c.status, list.status]).toEqual([200, 200, 200, 200]);
      await c.text();
      const detail = DraftDetail.parse(await (await t.app.request(`/api/drafts/${first.draftId}`)).json());
      expect(detail.versions.map((v) => v.version)).toEqual([1, 2, 3, 4]);
      expect(detail.versions.every((v) => v.critique !== null)).toBe(true);
    });

    it(`accepts a draft of exactly ${MAX_DRAFT_CHARS.toLocaleString('en-US')} characters, the limit`, async () => {
      const t = await setup();
      const draft = `${GOOD_DRAFT} ${'I would love to hear how you got started. '.repeat(40)}`.slice(0, MAX_DRAFT_CHARS);
      expect([...draft].length).toBe(MAX_DRAFT_CHARS);
      const res = await postJson(t.app, CRITIQUE, { draft, persist: false });
      expect(res.status).toBe(200);
    });

    it('starts a new draft for the same text without draftId', async () => {
      const t = await setup();
      const first = await critique(t, { draft: GOOD_DRAFT });
      const second = await critique(t, { draft: GOOD_DRAFT });
      expect(second.draftId).not.toBe(first.draftId);
      expect(await t.countRows()).toEqual({ drafts: 2, draftVersions: 2, critiques: 2 });
    });
  });

  describe('rejects bad requests, writing nothing and never calling the coach', () => {
    const cases: Array<[string, string | object, number, ErrorBody]> = [
      ['an empty draft', { draft: '' }, 400, { error: { code: 'empty_draft', message: 'The draft is empty: paste the message you plan to send.' } }],
      ['a whitespace-only draft', { draft: ' \n\t  ' }, 400, { error: { code: 'empty_draft', message: 'The draft is empty: paste the message you plan to send.' } }],
      [
        'a draft one character over the limit',
        { draft: 'a'.repeat(MAX_DRAFT_CHARS + 1) },
        413,
        { error: { code: 'draft_too_long', message: `The draft has ${(MAX_DRAFT_CHARS + 1).toLocaleString('en-US')} characters (Unicode code points); the limit is ${MAX_DRAFT_CHARS.toLocaleString('en-US')}.` } },
      ],
      ['malformed JSON', '{"draft": "Hi', 400, { error: { code: 'invalid_json', message: 'The request body is not valid JSON.' } }],
      ['an empty body', '', 400, { error: { code: 'invalid_json', message: 'The request body is not valid JSON.' } }],
      ['a missing draft', { context: {} }, 400, { error: { code: 'invalid_request', message: 'draft: required' } }],
      ['a draft that is not a string', { draft: 5 }, 400, { error: { code: 'invalid_request', message: 'draft: expected string, received number' } }],
      ['a JSON array', [], 400, { error: { code: 'invalid_request', message: 'body: expected object, received array' } }],
      [
        'an unknown channel',
        { draft: GOOD_DRAFT, context: { channel: 'fax' } },
        400,
        { error: { code: 'invalid_request', message: 'context.channel: expected one of "email"|"linkedin"|"phone"' } },
      ],
      [
        'minutes as words',
        { draft: GOOD_DRAFT, context: { minutesRequested: 'twenty' } },
        400,
        { error: { code: 'invalid_request', message: 'context.minutesRequested: expected a whole number of minutes, e.g. 20 or "20"' } },
      ],
      [
        'minutes as a fraction in a string',
        { draft: GOOD_DRAFT, context: { minutesRequested: '20.5' } },
        400,
        { error: { code: 'invalid_request', message: 'context.minutesRequested: expected a whole number of minutes, e.g. 20 or "20"' } },
      ],
      [
        'minutes out of range in a string',
        { draft: GOOD_DRAFT, context: { minutesRequested: '2' } },
        400,
        { error: { code: 'invalid_request', message: 'context.minutesRequested: Too small: expected number to be >=5' } },
      ],
      [
        'a context that is a string',
        { draft: GOOD_DRAFT, context: 'email' },
        400,
        { error: { code: 'invalid_request', message: 'context: expected object, received string' } },
      ],
      [
        'persist: false with a draftId',
        { draft: GOOD_DRAFT, persist: false, draftId: id(1) },
        400,
        { error: { code: 'invalid_request', message: 'draftId: a draftId adds a stored version, so it cannot go with persist: false' } },
      ],
      [
        'persist as a string',
        { draft: GOOD_DRAFT, persist: 'no' },
        400,
        { error: { code: 'invalid_request', message: 'persist: expected boolean, received string' } },
      ],
      [
        'several bad fields',
        { draft: 5, context: { channel: 'fax' } },
        400,
        {
          error: {
            code: 'invalid_request',
            message: 'draft: expected string, received number; context.channel: expected one of "email"|"linkedin"|"phone"',
          },
        },
      ],
      ['a draftId that is not a UUID', { draft: GOOD_DRAFT, draftId: 'abc' }, 400, { error: { code: 'invalid_request', message: 'draftId: Invalid UUID' } }],
      ['an unknown draftId', { draft: GOOD_DRAFT, draftId: id(999) }, 404, { error: { code: 'draft_not_found', message: 'No draft with this id.' } }],
    ];

    for (const endpoint of [CRITIQUE, STREAM]) {
      it.each(cases)(`${endpoint}: %s`, async (_name, body, status, expected) => {
        const coach = fakeCoach();
        const t = await setup({ coach });
        const res = await postJson(t.app, endpoint, body);

        expect(res.status).toBe(status);
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
        expect(ErrorBody.parse(await res.json())).toEqual(expected);
        expect(await t.countRows()).toEqual(NO_ROWS);
        expect(coach.calls).toEqual([]);
      });
    }

    it('refuses a body over 1 MB before parsing it', async () => {
      const t = await setup();
      const res = await postJson(t.app, CRITIQUE, { draft: 'a'.repeat(1024 * 1024) });
      expect(res.status).toBe(413);
      expect(await res.json()).toEqual({
        error: { code: 'payload_too_large', message: 'The request body is larger than 1 MB.' },
      });
      expect(await t.countRows()).toEqual(NO_ROWS);
    });

    it('refuses a body over 1 MB by its Content-Length', async () => {
      const t = await setup();
      const res = await t.app.request(CRITIQUE, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(2 * 1024 * 1024) },
        body: '{}',
      });
      expect(res.status).toBe(413);
      expect(await res.json()).toEqual({
        error: { code: 'payload_too_large', message: 'The request body is larger than 1 MB.' },
      });
    });

    it('keeps existing rows untouched when a version for a known draft is rejected', async () => {
      const t = await setup();
      const first = await critique(t, { draft: GOOD_DRAFT });
      const res = await postJson(t.app, CRITIQUE, { draft: '   ', draftId: first.draftId });
      expect(res.status).toBe(400);
      expect(await t.countRows()).toEqual({ drafts: 1, draftVersions: 1, critiques: 1 });
    });
  });

  it('answers an unexpected coach failure with a generic 500, logs its cause without the draft, and writes nothing', async () => {
    const coach = fakeCoach(() => {
      throw new Error('provider exploded', { cause: new Error('socket hang up') });
    });
    const t = await setup({ coach });
    const res = await postJson(t.app, CRITIQUE, { draft: GOOD_DRAFT });

    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: { code: 'internal_error', message: INTERNAL_ERROR_MESSAGE } });
    expect(await t.countRows()).toEqual(NO_ROWS);
    expect(t.logger.errors).toEqual([
      {
        message: 'Unhandled error on POST /api/outreach/critique',
        error: {
          name: 'Error',
          message: 'provider exploded',
          stack: expect.stringContaining('provider exploded'),
          cause: { name: 'Error', message: 'socket hang up', stack: expect.any(String) },
        },
      },
    ]);
  });

  it('writes nothing when storing fails halfway (one transaction), and logs no draft text', async () => {
    // A NULL score passes every check up to SQLite: the critique insert fails after the draft and version inserts.
    const broken = { ...FAKE_CRITIQUE, body: { ...FAKE_CRITIQUE.body, score: null as unknown as number } };
    const t = await setup({ coach: fakeCoach(() => broken) });
    const res = await postJson(t.app, CRITIQUE, { draft: GOOD_DRAFT, context: GOOD_CONTEXT });

    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: { code: 'internal_error', message: INTERNAL_ERROR_MESSAGE } });
    expect(await t.countRows()).toEqual(NO_ROWS);
    expect(JSON.stringify(t.logger.errors)).toMatch(/NOT NULL constraint failed: critiques\.score/);
    expect(JSON.stringify(t.logger.errors)).not.toMatch(/Jelisa|Priya/);
  });

  it('does not leave a new version behind when storing it fails', async () => {
    let call = 0;
    const t = await setup({
      coach: fakeCoach(() =>
        call++ === 0 ? FAKE_CRITIQUE : { ...FAKE_CRITIQUE, body: { ...FAKE_CRITIQUE.body, score: null as unknown as number } },
      ),
    });
    const first = await critique(t, { draft: GOOD_DRAFT });
    const res = await postJson(t.app, CRITIQUE, { draft: REVISED_DRAFT, draftId: first.draftId });
    expect(res.status).toBe(500);
    expect(await t.countRows()).toEqual({ drafts: 1, draftVersions: 1, critiques: 1 });
    const list = await (await t.app.request('/api/drafts')).json();
    expect(list.drafts[0].updatedAt).toBe(first.createdAt);
  });
});

// The critique API as eval tools and scripts use it: persist: false, lenient context, failedRuleIds, rulebookVersion.

/** The fake coach's critique as an unsaved answer: the body, `failedRuleIds`, the rulebook, no ids. */
const FAKE_UNSAVED: UnsavedCritique = {
  ...FAKE_CRITIQUE.body,
  failedRuleIds: ['outreach.no-job-ask'],
  coach: { kind: 'model', model: 'fake-model', promptVersion: 'abc123' },
  notice: 'A fake coach answered.',
  rulebookVersion: RULEBOOK_VERSION,
  persisted: false,
};

/** Any 200 answer, stored or not, parsed by the response contract. */
async function answer(t: TestApp, body: unknown): Promise<CritiqueResponse> {
  const res = await postJson(t.app, CRITIQUE, body);
  expect(res.status).toBe(200);
  return CritiqueResponse.parse(await res.json());
}

describe('for tools: persist: false', () => {
  it('answers the critique with no ids and writes nothing', async () => {
    const coach = fakeCoach();
    const t = await setup({ coach });
    const body = await answer(t, { draft: GOOD_DRAFT, context: GOOD_CONTEXT, persist: false });

    expect(body).toEqual(FAKE_UNSAVED);
    expect(UnsavedCritique.parse(body)).toEqual(FAKE_UNSAVED);
    expect(coach.calls).toEqual([{ draft: GOOD_DRAFT, context: GOOD_CONTEXT }]);
    expect(await t.countRows()).toEqual(NO_ROWS);
    expect(DraftList.parse(await (await t.app.request('/api/drafts')).json())).toEqual({ drafts: [], nextCursor: null });
  });

  it('gives the offline coach’s full critique, as a stored one would, call after call without touching history', async () => {
    const t = await setup();
    const offline = offlineOutreachCritique(JOB_ASK_DRAFT);
    const failed = offline.findings.filter((f) => !f.passed).map((f) => f.ruleId);
    for (let i = 0; i < 50; i++) {
      expect(await answer(t, { draft: JOB_ASK_DRAFT, persist: false })).toEqual({
        ...offline,
        failedRuleIds: failed,
        coach: { kind: 'offline' },
        rulebookVersion: RULEBOOK_VERSION,
        persisted: false,
      });
    }
    expect(failed).toEqual(expect.arrayContaining(['outreach.no-job-ask', 'outreach.no-attachments']));
    expect(await t.countRows()).toEqual(NO_ROWS);
  });

  it('persist: true (and omitted) stores, with the same body plus ids', async () => {
    const t = await setup({ coach: fakeCoach() });
    const stored = await answer(t, { draft: GOOD_DRAFT, persist: true });
    expect(stored).toMatchObject({ ...FAKE_UNSAVED, persisted: true });
    expect(stored.persisted && stored.draftId).toBe('00000000-0000-4000-8000-000000000001');
    expect((await answer(t, { draft: GOOD_DRAFT })).persisted).toBe(true);
    expect(await t.countRows()).toEqual({ drafts: 2, draftVersions: 2, critiques: 2 });
  });

  it('streams progress then the unsaved result, writing nothing', async () => {
    const coach = fakeCoach(undefined, [{ findings: 3, attempt: 1 }]);
    const t = await setup({ coach });
    const res = await postJson(t.app, STREAM, { draft: GOOD_DRAFT, persist: false });
    expect(res.status).toBe(200);
    const events = (await parseSse(await res.text())).map((event) => CritiqueStreamEvent.parse(event));

    expect(events).toEqual([
      { type: 'progress', findings: 3, attempt: 1 },
      { type: 'result', critique: FAKE_UNSAVED },
    ]);
    expect(await t.countRows()).toEqual(NO_ROWS);
  });
});

describe('the unsaved answer’s contract', () => {
  it('refuses any id, so a client can rely on their absence', () => {
    for (const id of ['draftId', 'versionId', 'version', 'critiqueId', 'createdAt']) {
      expect(UnsavedCritique.safeParse({ ...FAKE_UNSAVED, [id]: 'x' }).success).toBe(false);
      expect(CritiqueResponse.safeParse({ ...FAKE_UNSAVED, [id]: 'x' }).success).toBe(false);
    }
    // A stored answer without its ids is not valid either.
    expect(CritiqueResponse.safeParse({ ...FAKE_UNSAVED, persisted: true }).success).toBe(false);
  });
});

describe('for tools: lenient input', () => {
  it('reads context: null as no context', async () => {
    const coach = fakeCoach();
    const t = await setup({ coach });
    await answer(t, { draft: GOOD_DRAFT, context: null, persist: false });
    expect(coach.calls).toEqual([{ draft: GOOD_DRAFT, context: {} }]);
  });

  it('reads null fields as not given', async () => {
    const coach = fakeCoach();
    const t = await setup({ coach });
    const context = { recipientName: null, recipientRole: null, organization: 'Northwind Bio', connection: null, channel: null, minutesRequested: null };
    await answer(t, { draft: GOOD_DRAFT, context, persist: false });
    expect(coach.calls).toEqual([{ draft: GOOD_DRAFT, context: { organization: 'Northwind Bio' } }]);
  });

  it.each([
    ['"20"', '20', 20],
    ['" 15 "', ' 15 ', 15],
    ['"240"', '240', 240],
    ['20', 20, 20],
  ])('accepts minutesRequested %s as the number %i', async (_name, minutes, expected) => {
    const coach = fakeCoach();
    const t = await setup({ coach });
    await answer(t, { draft: GOOD_DRAFT, context: { minutesRequested: minutes }, persist: false });
    expect(coach.calls).toEqual([{ draft: GOOD_DRAFT, context: { minutesRequested: expected } }]);
  });

  it('stores a numeric-string minutes as a number', async () => {
    const t = await setup();
    const stored = await answer(t, { draft: GOOD_DRAFT, context: { ...GOOD_CONTEXT, minutesRequested: '20' } });
    if (!stored.persisted) throw new Error('expected a stored critique');
    const detail = await (await t.app.request(`/api/drafts/${stored.draftId}`)).json();
    expect(detail.versions[0].context).toEqual(GOOD_CONTEXT);
  });
});

describe('POST /api/outreach/critique/stream', () => {
  async function stream(t: TestApp, body: unknown) {
    const res = await postJson(t.app, STREAM, body);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    const text = await res.text();
    expect(text).toMatch(/^event: /);
    const events = await parseSseEvents(text);
    // Each event is named after its type, so a client can tell them apart without parsing.
    for (const { event, data } of events) expect(event).toBe((data as { type: string }).type);
    return events.map(({ data }) => CritiqueStreamEvent.parse(data));
  }

  it('sends the coach’s progress with the rewrite as deltas (a retry starts again at 0), then the stored result', async () => {
    const coach = fakeCoach(undefined, [
      { findings: 2, attempt: 1 },
      { findings: 5, rewrite: 'Hi Jel', attempt: 1 },
      { findings: 6, rewrite: 'Hi Jelisa,', attempt: 1 },
      { findings: 7, rewrite: 'Hi Jelisa,', attempt: 1 },
      { findings: 0, attempt: 2 },
      { findings: 1, rewrite: 'Hi Je', attempt: 2 },
    ]);
    const t = await setup({ coach });
    const events = await stream(t, { draft: GOOD_DRAFT, context: GOOD_CONTEXT });

    expect(events).toEqual([
      { type: 'progress', findings: 2, attempt: 1 },
      { type: 'progress', findings: 5, rewriteDelta: { at: 0, text: 'Hi Jel' }, attempt: 1 },
      { type: 'progress', findings: 6, rewriteDelta: { at: 6, text: 'isa,' }, attempt: 1 },
      { type: 'progress', findings: 7, attempt: 1 },
      { type: 'progress', findings: 0, attempt: 2 },
      { type: 'progress', findings: 1, rewriteDelta: { at: 0, text: 'Hi Je' }, attempt: 2 },
      {
        type: 'result',
        critique: {
          ...FAKE_CRITIQUE.body,
          ...FAKE_STORED,
          coach: { kind: 'model', model: 'fake-model', promptVersion: 'abc123' },
          notice: 'A fake coach answered.',
          draftId: id(1),
          versionId: id(2),
          version: 1,
          critiqueId: id(3),
          createdAt: '2026-11-22T10:00:00.000Z',
        },
      },
    ]);
    expect(await t.countRows()).toEqual({ drafts: 1, draftVersions: 1, critiques: 1 });
  });

  it('streams just the result with the offline coach, and versions like the plain endpoint', async () => {
    const t = await setup();
    const [first] = await stream(t, { draft: GOOD_DRAFT });
    if (first?.type !== 'result') throw new Error('expected a result');
    if (!first.critique.persisted) throw new Error('expected a stored critique');
    const events = await stream(t, { draft: REVISED_DRAFT, draftId: first.critique.draftId });
    expect(events.map((e) => e.type)).toEqual(['result']);
    expect(events[0]).toMatchObject({ type: 'result', critique: { draftId: first.critique.draftId, version: 2 } });
  });

  it('ends with one generic error event when the coach fails, writing nothing', async () => {
    const coach = fakeCoach(() => {
      throw new TypeError('Cannot read properties of undefined (reading "choices")');
    }, [{ findings: 1, attempt: 1 }]);
    const t = await setup({ coach });
    const events = await stream(t, { draft: GOOD_DRAFT });

    expect(events).toEqual([
      { type: 'progress', findings: 1, attempt: 1 },
      { type: 'error', error: { code: 'internal_error', message: INTERNAL_ERROR_MESSAGE } },
    ]);
    expect(await t.countRows()).toEqual(NO_ROWS);
    expect(t.logger.errors.map((e) => e.message)).toEqual(['Unhandled error on POST /api/outreach/critique/stream']);
  });
});
