import { Hono } from 'hono';
import {
  CreatePersonaRequest,
  GeneratePersonaRequest,
  type Persona,
  type PersonaList,
} from '../../shared/contracts/practice.ts';
import type { PracticeStore } from '../db/practice-store.ts';
import { AppError } from '../errors.ts';
import { chargedSection } from '../middleware/cpu-budget.ts';
import type { PracticeCoach } from '../practice/practice-coach.ts';
import { limitPracticeBody } from './practice.ts';
import { readJson } from './read-json.ts';
import { ListQuery } from '../../shared/contracts/common.ts';
import { type Page, pageOf } from '../db/page.ts';
import { linkNext } from '../http/link-next.ts';

/** `/api/personas`: presets and the personas users described; a model can generate one; a described one can be deleted. */
export function personaRoutes({ store, coach }: { store: PracticeStore; coach: PracticeCoach }) {
  const pages = personaPageCache(store);
  return new Hono()
    .use('*', limitPracticeBody)
    .get('/', async (c) => {
      const page = pageOf(ListQuery.parse(c.req.query()));
      const { body, more } = await pages.get(page);
      linkNext(c, page, { items: new Array<unknown>(body.count), more });
      c.header('content-type', 'application/json');
      return c.body(body.json);
    })
    .post('/', async (c) => {
      const { card } = await readJson(c, CreatePersonaRequest);
      return c.json<Persona>(await store.createPersona(card), 201);
    })
    .post('/generate', async (c) => {
      const { description } = await readJson(c, GeneratePersonaRequest);
      if (!coach.generatePersona) {
        throw new AppError(
          'model_required',
          409,
          'Generating a persona needs a model, and the offline coach is running. Pick a preset or describe the professional in the form.',
        );
      }
      const card = await coach.generatePersona(description, { signal: c.req.raw.signal });
      return c.json<Persona>(await store.createPersona(card), 201);
    })
    .delete('/:id', async (c) => {
      const outcome = await store.removePersona(c.req.param('id'));
      if (outcome === 'preset') {
        throw new AppError(
          'persona_preset',
          409,
          'This is one of the preset professionals, which come with infochat and cannot be deleted. Only professionals you described can be.',
        );
      }
      if (outcome === 'not-found') throw new AppError('persona_not_found', 404, 'No persona with this id.');
      return c.body(null, 204);
    })
    .get('/:id', async (c) => {
      const persona = await store.getPersona(c.req.param('id'));
      if (!persona) throw new AppError('persona_not_found', 404, 'No persona with this id.');
      return c.json<Persona>(persona);
    });
}

/** Pages kept serialised; a client that varies `?cursor=` makes at most this many. */
const PERSONA_PAGES_KEPT = 64;

/**
 * `GET /api/personas` pages, serialised once per state of the list: a page is read and turned into
 * JSON again only after a persona was created, and a page full and followed by more not even then
 * (the list grows at its end, `PracticeStore.personaChanges`). So a list request costs the event
 * loop a map lookup and a copy, however many clients ask and however many personas are stored;
 * at most `PERSONA_PAGES_KEPT` pages (of at most 200 personas) are kept, the least recently used
 * dropped first.
 */
export function personaPageCache(store: PracticeStore) {
  const kept = new Map<string, { version: number; body: { json: string; count: number }; more: boolean; settled: boolean }>();
  return {
    async get(page: Page) {
      const key = `${page.offset}:${page.limit}`;
      const { version, reordered } = store.personaChanges();
      const hit = kept.get(key);
      if (hit && (hit.version === version || (hit.settled && hit.version >= reordered))) {
        kept.delete(key);
        kept.set(key, hit);
        return hit;
      }
      const paged = await store.listPersonas(page);
      const entry = {
        version,
        // Serialising up to 200 cards is the request's own work: charged to its client in full.
        body: { json: chargedSection(() => JSON.stringify(paged.items satisfies PersonaList)), count: paged.items.length },
        more: paged.more,
        settled: paged.more && paged.items.length === page.limit,
      };
      kept.delete(key);
      kept.set(key, entry);
      if (kept.size > PERSONA_PAGES_KEPT) kept.delete(kept.keys().next().value!);
      return entry;
    },
  };
}
