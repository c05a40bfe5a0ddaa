import { Hono } from 'hono';
import {
  CreatePersonaRequest,
  GeneratePersonaRequest,
  type Persona,
  type PersonaList,
} from '../../shared/contracts/practice.ts';
import type { PracticeStore } from '../db/practice-store.ts';
import { AppError } from '../errors.ts';
import type { PracticeCoach } from '../practice/practice-coach.ts';
import { limitPracticeBody } from './practice.ts';
import { readJson } from './read-json.ts';
import { ListQuery } from '../../shared/contracts/common.ts';
import { pageOf } from '../db/page.ts';
import { linkNext } from '../http/link-next.ts';

/** `/api/personas`: presets and the personas users described; a model can generate one. */
export function personaRoutes({ store, coach }: { store: PracticeStore; coach: PracticeCoach }) {
  return new Hono()
    .use('*', limitPracticeBody)
    .get('/', async (c) => {
      const page = pageOf(ListQuery.parse(c.req.query()));
      const paged = await store.listPersonas(page);
      linkNext(c, page, paged);
      return c.json<PersonaList>(paged.items);
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
    .get('/:id', async (c) => {
      const persona = await store.getPersona(c.req.param('id'));
      if (!persona) throw new AppError('persona_not_found', 404, 'No persona with this id.');
      return c.json<Persona>(persona);
    });
}
