import { afterEach, describe, expect, it } from 'vitest';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { createPracticeStore, type PracticeStore } from '../db/practice-store.ts';
import { sequentialIds, steppingClock } from '../../test/fixtures/test-app.ts';
import { personaPageCache } from './personas.ts';

const card = PRESET_PERSONAS[0]!.card;
let db: Database | undefined;
afterEach(() => db?.$client.close());

/** A real store whose list reads are counted. */
async function countingStore(clock = steppingClock()): Promise<PracticeStore & { reads: number }> {
  db = await openDatabase(':memory:');
  const store = createPracticeStore(db, clock, sequentialIds());
  const counted = Object.assign(Object.create(store) as PracticeStore, { reads: 0 });
  counted.listPersonas = (page) => ((counted.reads += 1), store.listPersonas(page));
  return counted;
}

const P = PRESET_PERSONAS.length;

describe('GET /api/personas pages, serialised once per state of the list', () => {
  it('reads and serialises a page once until a persona is created; the cached page equals a fresh read', async () => {
    const store = await countingStore();
    const pages = personaPageCache(store);
    const page = { offset: 0, limit: 50 };
    const first = await pages.get(page);
    for (let i = 0; i < 10; i++) expect(await pages.get(page)).toBe(first);
    expect(store.reads).toBe(1);
    await store.createPersona({ ...card, name: 'Dana' });
    const second = await pages.get(page);
    expect(store.reads).toBe(2);
    expect(second.body.count).toBe(P + 1);
    expect(JSON.parse(second.body.json)).toEqual((await store.listPersonas(page)).items);
  });

  it('keeps a full page followed by more while personas are appended after it, and its `more` stays true', async () => {
    const store = await countingStore();
    const pages = personaPageCache(store);
    for (let i = 0; i < 6; i++) await store.createPersona({ ...card, name: `Person ${i}` });
    const full = { offset: 0, limit: P + 2 };
    const settled = await pages.get(full);
    expect(settled.more).toBe(true);
    const reads = store.reads;
    for (let i = 6; i < 20; i++) {
      await store.createPersona({ ...card, name: `Person ${i}` });
      expect(await pages.get(full)).toBe(settled);
    }
    expect(store.reads).toBe(reads);
    expect(JSON.parse(settled.body.json)).toEqual((await store.listPersonas(full)).items);
    // The last page, not full, is read again after each new persona.
    const tail = { offset: P + 18, limit: 50 };
    expect((await pages.get(tail)).body.count).toBe(2);
    await store.createPersona({ ...card, name: 'Person 20' });
    expect((await pages.get(tail)).body.count).toBe(3);
  });

  it('reads a full page again when a persona sorts before the last one (a clock that went back)', async () => {
    const times = ['2026-11-22T10:00:00.000Z', '2026-11-22T10:00:01.000Z', '2026-11-22T10:00:02.000Z', '2026-11-22T09:00:00.000Z'];
    let i = 0;
    const store = await countingStore(() => new Date(times[i++]!));
    const pages = personaPageCache(store);
    for (let n = 0; n < 3; n++) await store.createPersona({ ...card, name: `In order ${n}` });
    const full = { offset: P, limit: 2 };
    const before = await pages.get(full);
    expect(JSON.parse(before.body.json).map((p: { card: { name: string } }) => p.card.name)).toEqual(['In order 0', 'In order 1']);
    await store.createPersona({ ...card, name: 'Earlier' });
    const after = await pages.get(full);
    expect(JSON.parse(after.body.json).map((p: { card: { name: string } }) => p.card.name)).toEqual(['Earlier', 'In order 0']);
  });

  it('keeps at most 64 pages, however a client varies the cursor', async () => {
    const store = await countingStore();
    const pages = personaPageCache(store);
    for (let offset = 0; offset < 200; offset++) await pages.get({ offset, limit: 1 });
    const reads = store.reads;
    await pages.get({ offset: 0, limit: 1 });
    expect(store.reads).toBe(reads + 1);
    await pages.get({ offset: 199, limit: 1 });
    expect(store.reads).toBe(reads + 1);
  });
});
