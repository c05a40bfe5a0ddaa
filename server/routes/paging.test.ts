import { describe, expect, it } from 'vitest';
import { LIST_PAGE_DEFAULT } from '../../shared/contracts/common.ts';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import { startSession } from '../../test/fixtures/practice-api.ts';
import { postJson, useTestApps } from '../../test/fixtures/test-app.ts';

const setup = useTestApps();
type App = Awaited<ReturnType<typeof setup>>['app'];

/** Every item of a paged list, following `Link: rel="next"` (array bodies) or `nextCursor`. */
async function everyPage(app: App, first: string, items: (body: any) => unknown[]): Promise<{ pages: number; all: unknown[]; firstSize: number }> {
  const all: unknown[] = [];
  let url: string | null = first;
  let pages = 0;
  let firstSize = 0;
  while (url) {
    const res = await app.request(url);
    expect(res.status).toBe(200);
    const body = await res.json();
    const page = items(body);
    if (pages === 0) firstSize = page.length;
    all.push(...page);
    pages += 1;
    const link = res.headers.get('link');
    url = link ? (/^<([^>]+)>; rel="next"$/.exec(link)?.[1] ?? null) : null;
    if (!Array.isArray(body) && body.nextCursor) expect(url).toContain(`cursor=${body.nextCursor}`);
  }
  return { pages, all, firstSize };
}

describe('every list is paged', () => {
  it('GET /api/personas: presets first, then described personas, a page at a time, each once', async () => {
    const t = await setup({ limits: { writesPerMinute: 1_000_000 } });
    const card = PRESET_PERSONAS[0]!.card;
    for (let i = 0; i < 60; i++) expect((await postJson(t.app, '/api/personas', { card: { ...card, name: `Person ${i}` } })).status).toBe(201);
    const { pages, all, firstSize } = await everyPage(t.app, '/api/personas', (b) => b);
    expect(firstSize).toBe(LIST_PAGE_DEFAULT);
    expect(pages).toBe(2);
    expect(all).toHaveLength(PRESET_PERSONAS.length + 60);
    expect(new Set(all.map((p: any) => p.id)).size).toBe(all.length);
    expect((await (await t.app.request('/api/personas?limit=3&cursor=6')).json()).map((p: any) => p.card.name)).toEqual([PRESET_PERSONAS[6]!.card.name, 'Person 0', 'Person 1']);
  });

  it('GET /api/practice/sessions: newest first, a page at a time', async () => {
    const t = await setup({ limits: { writesPerMinute: 1_000_000 } });
    for (let i = 0; i < 7; i++) await startSession(t.app);
    const { pages, all } = await everyPage(t.app, '/api/practice/sessions?limit=3', (b) => b);
    expect(pages).toBe(3);
    expect(new Set(all.map((s: any) => s.id)).size).toBe(7);
  });

  it('GET /api/agendas: a page and a nextCursor, like the drafts', async () => {
    const t = await setup({ limits: { writesPerMinute: 1_000_000 } });
    for (let i = 0; i < 5; i++) await postJson(t.app, '/api/agendas', { title: `Plan ${i}`, minutes: 20, questions: ['What does a typical week look like?'] });
    const first = await (await t.app.request('/api/agendas?limit=2')).json();
    expect(first.agendas).toHaveLength(2);
    expect(first.nextCursor).toBe('2');
    const { all } = await everyPage(t.app, '/api/agendas?limit=2', (b) => b.agendas);
    expect(all.map((a: any) => a.title)).toEqual(['Plan 4', 'Plan 3', 'Plan 2', 'Plan 1', 'Plan 0']);
  });

  it.each(['/api/personas?limit=0', '/api/personas?limit=201', '/api/agendas?cursor=abc', '/api/practice/sessions?limit=x'])('refuses %s with 400', async (url) => {
    const t = await setup();
    expect((await t.app.request(url)).status).toBe(400);
  });
});
