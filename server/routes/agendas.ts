import { type Context, Hono } from 'hono';
import { type Agenda, AgendaInput, type AgendaList } from '../../shared/contracts/questions.ts';
import { agendaMarkdown, planAgenda } from '../../shared/questions/agenda.ts';
import type { AgendaStore } from '../db/agenda-store.ts';
import { AppError } from '../errors.ts';
import { readJson } from './read-json.ts';
import { ListQuery } from '../../shared/contracts/common.ts';
import { nextCursor, pageOf } from '../db/page.ts';
import { linkNext } from '../http/link-next.ts';

const notFound = () => new AppError('agenda_not_found', 404, 'No agenda with this id.');

/** A file name from the title: `agenda-chat-with-dana.md`. */
export function markdownFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `agenda${slug ? `-${slug}` : ''}.md`;
}

/** `/api/agendas`: create (sensible order by default), list, read, replace (the user's order by default), delete, Markdown. */
export function agendaRoutes(store: AgendaStore) {
  async function found(c: Context): Promise<Agenda> {
    const agenda = await store.get(c.req.param('id') ?? '');
    if (!agenda) throw notFound();
    return agenda;
  }

  return new Hono()
    .post('/', async (c) => {
      const input = await readJson(c, AgendaInput);
      return c.json<Agenda>(await store.create(planAgenda({ ...input, order: input.order ?? 'sensible' })), 201);
    })
    .get('/', async (c) => {
      const page = pageOf(ListQuery.parse(c.req.query()));
      const paged = await store.list(page);
      linkNext(c, page, paged);
      return c.json<AgendaList>({ agendas: paged.items, nextCursor: nextCursor(page, paged) });
    })
    .get('/:id', async (c) => c.json<Agenda>(await found(c)))
    .put('/:id', async (c) => {
      const input = await readJson(c, AgendaInput);
      const updated = await store.update(c.req.param('id'), planAgenda({ ...input, order: input.order ?? 'as-given' }));
      if (!updated) throw notFound();
      return c.json<Agenda>(updated);
    })
    .delete('/:id', async (c) => {
      if (!(await store.remove(c.req.param('id')))) throw notFound();
      return c.body(null, 204);
    })
    .get('/:id/markdown', async (c) => {
      const agenda = await found(c);
      c.header('Content-Type', 'text/markdown; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="${markdownFileName(agenda.title)}"`);
      return c.body(agendaMarkdown(agenda));
    });
}
