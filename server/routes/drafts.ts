import { Hono } from 'hono';
import type { DraftDetail, DraftList } from '../../shared/contracts/outreach.ts';
import type { DraftStore } from '../db/draft-store.ts';
import { AppError } from '../errors.ts';

/**
 * `GET /api/drafts` (newest updated first), `GET /api/drafts/:id` (versions oldest first) and
 * `DELETE /api/drafts/:id` (204; the draft with its versions and critiques, in one transaction).
 */
export function draftRoutes(store: DraftStore) {
  return new Hono()
    .get('/', async (c) => c.json<DraftList>({ drafts: await store.listDrafts() }))
    .get('/:id', async (c) => {
      const draft = await store.getDraft(c.req.param('id'));
      if (!draft) throw new AppError('draft_not_found', 404, 'No draft with this id.');
      return c.json<DraftDetail>(draft);
    })
    .delete('/:id', async (c) => {
      if (!(await store.deleteDraft(c.req.param('id')))) throw new AppError('draft_not_found', 404, 'No draft with this id.');
      return c.body(null, 204);
    });
}
