/** The critique API as eval tools and scripts use it: `persist: false`, lenient context, `failedRuleIds`, `rulebookVersion`. */
import { afterEach, describe, expect, it } from 'vitest';
import { CritiqueResponse, CritiqueStreamEvent, DraftList, UnsavedCritique } from '../../shared/contracts/outreach.ts';
import { RULEBOOK_VERSION } from '../../shared/rules/rulebook-version.ts';
import { GOOD_CONTEXT, GOOD_DRAFT, JOB_ASK_DRAFT } from '../../test/fixtures/outreach-drafts.ts';
import { createTestApp, FAKE_CRITIQUE, fakeCoach, NO_ROWS, parseSse, postJson } from '../../test/fixtures/test-app.ts';
import { offlineOutreachCritique } from '../coach/offline-outreach.ts';

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

/** The fake coach's critique as an unsaved answer: the body, `failedRuleIds`, the rulebook, no ids. */
const FAKE_UNSAVED: UnsavedCritique = {
  ...FAKE_CRITIQUE.body,
  failedRuleIds: ['outreach.no-job-ask'],
  coach: { kind: 'model', model: 'fake-model', promptVersion: 'abc123' },
  notice: 'A fake coach answered.',
  rulebookVersion: RULEBOOK_VERSION,
  persisted: false,
};

async function critique(t: TestApp, body: unknown): Promise<CritiqueResponse> {
  const res = await postJson(t.app, CRITIQUE, body);
  expect(res.status).toBe(200);
  return CritiqueResponse.parse(await res.json());
}

describe('persist: false', () => {
  it('answers the critique with no ids and writes nothing', async () => {
    const coach = fakeCoach();
    const t = await setup({ coach });
    const body = await critique(t, { draft: GOOD_DRAFT, context: GOOD_CONTEXT, persist: false });

    expect(body).toEqual(FAKE_UNSAVED);
    expect(UnsavedCritique.parse(body)).toEqual(FAKE_UNSAVED);
    expect(coach.calls).toEqual([{ draft: GOOD_DRAFT, context: GOOD_CONTEXT }]);
    expect(await t.countRows()).toEqual(NO_ROWS);
    expect(DraftList.parse(await (await t.app.request('/api/drafts')).json())).toEqual({ drafts: [] });
  });

  it('gives the offline coach’s full critique, as a stored one would, call after call without touching history', async () => {
    const t = await setup();
    const offline = offlineOutreachCritique(JOB_ASK_DRAFT);
    const failed = offline.findings.filter((f) => !f.passed).map((f) => f.ruleId);
    for (let i = 0; i < 50; i++) {
      expect(await critique(t, { draft: JOB_ASK_DRAFT, persist: false })).toEqual({
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
    const stored = await critique(t, { draft: GOOD_DRAFT, persist: true });
    expect(stored).toMatchObject({ ...FAKE_UNSAVED, persisted: true });
    expect(stored.persisted && stored.draftId).toBe('00000000-0000-4000-8000-000000000001');
    expect((await critique(t, { draft: GOOD_DRAFT })).persisted).toBe(true);
    expect(await t.countRows()).toEqual({ drafts: 2, draftVersions: 2, critiques: 2 });
  });

  it('streams progress then the unsaved result, writing nothing', async () => {
    const coach = fakeCoach(undefined, [{ findings: 3, attempt: 1 }]);
    const t = await setup({ coach });
    const res = await postJson(t.app, STREAM, { draft: GOOD_DRAFT, persist: false });
    expect(res.status).toBe(200);
    const events = parseSse(await res.text()).map((event) => CritiqueStreamEvent.parse(event));

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

describe('lenient input for tools', () => {
  it('reads context: null as no context', async () => {
    const coach = fakeCoach();
    const t = await setup({ coach });
    await critique(t, { draft: GOOD_DRAFT, context: null, persist: false });
    expect(coach.calls).toEqual([{ draft: GOOD_DRAFT, context: {} }]);
  });

  it('reads null fields as not given', async () => {
    const coach = fakeCoach();
    const t = await setup({ coach });
    const context = { recipientName: null, recipientRole: null, organization: 'Northwind Bio', connection: null, channel: null, minutesRequested: null };
    await critique(t, { draft: GOOD_DRAFT, context, persist: false });
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
    await critique(t, { draft: GOOD_DRAFT, context: { minutesRequested: minutes }, persist: false });
    expect(coach.calls).toEqual([{ draft: GOOD_DRAFT, context: { minutesRequested: expected } }]);
  });

  it('stores a numeric-string minutes as a number', async () => {
    const t = await setup();
    const stored = await critique(t, { draft: GOOD_DRAFT, context: { ...GOOD_CONTEXT, minutesRequested: '20' } });
    if (!stored.persisted) throw new Error('expected a stored critique');
    const detail = await (await t.app.request(`/api/drafts/${stored.draftId}`)).json();
    expect(detail.versions[0].context).toEqual(GOOD_CONTEXT);
  });
});
