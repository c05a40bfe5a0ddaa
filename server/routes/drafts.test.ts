import { afterEach, describe, expect, it } from 'vitest';
import { DraftDetail, DraftList } from '../../shared/contracts/outreach.ts';
import { GOOD_CONTEXT, GOOD_DRAFT, JOB_ASK_DRAFT, REVISED_DRAFT } from '../../test/fixtures/outreach-drafts.ts';
import { createTestApp, FAKE_CRITIQUE, fakeCoach, NO_ROWS, postJson } from '../../test/fixtures/test-app.ts';
import { RULEBOOK_VERSION } from '../../shared/rules/rulebook-version.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let current: TestApp | undefined;
afterEach(() => {
  current?.close();
  current = undefined;
});

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = (second: number) => `2026-11-22T10:00:${String(second).padStart(2, '0')}.000Z`;

/** Scores 72, 50, 90 in turn, so each critique is recognisable. */
function scoringCoach(...scores: number[]) {
  let call = 0;
  return fakeCoach(() => ({ ...FAKE_CRITIQUE, body: { ...FAKE_CRITIQUE.body, score: scores[call++] ?? 0 } }));
}

async function post(t: TestApp, body: unknown) {
  const res = await postJson(t.app, '/api/outreach/critique', body);
  expect(res.status).toBe(200);
  return (await res.json()) as { draftId: string };
}

describe('GET /api/drafts', () => {
  it('is empty at first', async () => {
    current = await createTestApp();
    const res = await current.app.request('/api/drafts');
    expect(res.status).toBe(200);
    expect(DraftList.parse(await res.json())).toEqual({ drafts: [], nextCursor: null });
  });

  it('lists drafts newest updated first, with version count and latest score', async () => {
    current = await createTestApp({ coach: scoringCoach(72, 50, 90) });
    const t = current;
    const first = await post(t, { draft: GOOD_DRAFT, context: GOOD_CONTEXT }); // ids 1-3, at 0s
    await post(t, { draft: JOB_ASK_DRAFT }); // ids 4-6, at 1s
    await post(t, { draft: REVISED_DRAFT, context: GOOD_CONTEXT, draftId: first.draftId }); // ids 7-8, at 2s

    const list = DraftList.parse(await (await t.app.request('/api/drafts')).json());
    expect(list).toEqual({
      drafts: [
        { id: id(1), title: 'To Jelisa', createdAt: at(0), updatedAt: at(2), versionCount: 2, latestScore: 90 },
        {
          id: id(4),
          title: 'Dear hiring manager, please find my resume attached. Are…',
          createdAt: at(1),
          updatedAt: at(1),
          versionCount: 1,
          latestScore: 50,
        },
      ],
      nextCursor: null,
    });
  });
});

describe('GET /api/drafts pages', () => {
  async function withDrafts(n: number) {
    current = await createTestApp();
    for (let i = 0; i < n; i++) await post(current, { draft: `Draft number ${i}: would you have 20 minutes for a call?` });
    return current;
  }
  const page = async (t: TestApp, query: string) => {
    const res = await t.app.request(`/api/drafts${query}`);
    expect(res.status).toBe(200);
    return DraftList.parse(await res.json());
  };

  it('walks every draft once, newest first, with limit and cursor', async () => {
    const t = await withDrafts(7);
    const seen: string[] = [];
    let cursor: string | null = null;
    const sizes: number[] = [];
    do {
      const result: DraftList = await page(t, `?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      sizes.push(result.drafts.length);
      seen.push(...result.drafts.map((d) => d.title));
      cursor = result.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([3, 3, 1]);
    expect(seen).toEqual([6, 5, 4, 3, 2, 1, 0].map((i) => `Draft number ${i}: would you have 20 minutes for a call?`));
  });

  it('ends with nextCursor null when the page is exactly the rest', async () => {
    const t = await withDrafts(2);
    expect((await page(t, '?limit=2')).nextCursor).toBeNull();
    expect((await page(t, '?limit=1')).nextCursor).not.toBeNull();
  });

  it('defaults to 50 a page', async () => {
    const t = await withDrafts(51);
    const first = await page(t, '');
    expect(first.drafts).toHaveLength(50);
    expect((await page(t, `?cursor=${first.nextCursor}`)).drafts).toHaveLength(1);
  });

  it.each([
    ['?limit=0', 'limit: expected a whole number from 1 to 200'],
    ['?limit=201', 'limit: expected a whole number from 1 to 200'],
    ['?limit=ten', 'limit: expected a whole number from 1 to 200'],
    ['?cursor=garbage', 'cursor: not a cursor this server gave out (use nextCursor from the previous page)'],
    [`?cursor=${Buffer.from('["x"]').toString('base64url')}`, 'cursor: not a cursor this server gave out (use nextCursor from the previous page)'],
  ])('refuses %s with 400', async (query, message) => {
    current = await createTestApp();
    const res = await current.app.request(`/api/drafts${query}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'invalid_request', message } });
  });
});

describe('GET /api/drafts/:id', () => {
  it('returns every version oldest first, each with its latest critique', async () => {
    current = await createTestApp({ coach: scoringCoach(72, 60, 90) });
    const t = current;
    const first = await post(t, { draft: GOOD_DRAFT, context: GOOD_CONTEXT }); // draft 1, version 2, critique 3 at 0s
    await post(t, { draft: GOOD_DRAFT, context: GOOD_CONTEXT, draftId: first.draftId }); // same version, critique 4 at 1s
    await post(t, { draft: REVISED_DRAFT, draftId: first.draftId }); // version 5, critique 6 at 2s

    const res = await t.app.request(`/api/drafts/${first.draftId}`);
    expect(res.status).toBe(200);
    const critique = (score: number, versionId: string, version: number, critiqueId: string, createdAt: string) => ({
      ...FAKE_CRITIQUE.body,
      score,
      failedRuleIds: ['outreach.no-job-ask'],
      rulebookVersion: RULEBOOK_VERSION,
      persisted: true,
      coach: { kind: 'model', model: 'fake-model', promptVersion: 'abc123' },
      notice: 'A fake coach answered.',
      draftId: id(1),
      versionId,
      version,
      critiqueId,
      createdAt,
    });
    expect(DraftDetail.parse(await res.json())).toEqual({
      id: id(1),
      title: 'To Jelisa',
      createdAt: at(0),
      updatedAt: at(2),
      versionCount: 2,
      latestScore: 90,
      versions: [
        {
          id: id(2),
          version: 1,
          text: GOOD_DRAFT,
          context: GOOD_CONTEXT,
          createdAt: at(0),
          critique: critique(60, id(2), 1, id(4), at(1)),
        },
        {
          id: id(5),
          version: 2,
          text: REVISED_DRAFT,
          context: {},
          createdAt: at(2),
          critique: critique(90, id(5), 2, id(6), at(2)),
        },
      ],
    });
  });

  it.each([id(999), 'not-a-uuid'])('answers 404 for unknown id %s', async (unknown) => {
    current = await createTestApp();
    const res = await current.app.request(`/api/drafts/${unknown}`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'draft_not_found', message: 'No draft with this id.' } });
  });
});

describe('DELETE /api/drafts/:id', () => {
  const remove = (t: TestApp, draftId: string) => t.app.request(`/api/drafts/${draftId}`, { method: 'DELETE' });

  it('answers 204 with no body and removes the draft, its versions and their critiques', async () => {
    current = await createTestApp();
    const t = current;
    const first = await post(t, { draft: GOOD_DRAFT, context: GOOD_CONTEXT });
    await post(t, { draft: GOOD_DRAFT, context: GOOD_CONTEXT, draftId: first.draftId }); // a second critique of version 1
    await post(t, { draft: REVISED_DRAFT, draftId: first.draftId }); // version 2
    const other = await post(t, { draft: JOB_ASK_DRAFT });
    expect(await t.countRows()).toEqual({ drafts: 2, draftVersions: 3, critiques: 4 });

    const res = await remove(t, first.draftId);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');

    // Only the other draft is left, whole.
    expect(await t.countRows()).toEqual({ drafts: 1, draftVersions: 1, critiques: 1 });
    expect(DraftList.parse(await (await t.app.request('/api/drafts')).json()).drafts.map((d) => d.id)).toEqual([other.draftId]);
    expect((await t.app.request(`/api/drafts/${first.draftId}`)).status).toBe(404);
  });

  it('answers 404 the second time, and a new critique cannot continue the deleted draft', async () => {
    current = await createTestApp();
    const t = current;
    const { draftId } = await post(t, { draft: GOOD_DRAFT });
    expect((await remove(t, draftId)).status).toBe(204);

    const again = await remove(t, draftId);
    expect(again.status).toBe(404);
    expect(await again.json()).toEqual({ error: { code: 'draft_not_found', message: 'No draft with this id.' } });
    const continued = await postJson(t.app, '/api/outreach/critique', { draft: REVISED_DRAFT, draftId });
    expect(continued.status).toBe(404);
    expect(await t.countRows()).toEqual(NO_ROWS);
  });

  it.each([id(999), 'not-a-uuid'])('answers 404 for unknown id %s and deletes nothing', async (unknown) => {
    current = await createTestApp();
    const t = current;
    await post(t, { draft: GOOD_DRAFT });
    const res = await remove(t, unknown);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'draft_not_found', message: 'No draft with this id.' } });
    expect(await t.countRows()).toEqual({ drafts: 1, draftVersions: 1, critiques: 1 });
  });

  it('removes nothing when the delete fails halfway (one transaction)', async () => {
    current = await createTestApp();
    const t = current;
    const { draftId } = await post(t, { draft: GOOD_DRAFT });
    // A trigger makes the last statement of the delete (the draft row) fail after the children went.
    await t.db.$client.execute(
      "CREATE TRIGGER refuse_draft_delete BEFORE DELETE ON drafts BEGIN SELECT RAISE(ABORT, 'refused'); END",
    );
    const res = await remove(t, draftId);
    expect(res.status).toBe(500);
    expect(await t.countRows()).toEqual({ drafts: 1, draftVersions: 1, critiques: 1 });
  });
});
