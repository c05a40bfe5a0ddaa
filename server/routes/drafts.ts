import { Hono } from 'hono';
import { DRAFT_PAGE_DEFAULT, type DraftDetail, type DraftList, DraftListQuery } from '../../shared/contracts/outreach.ts';
import type { DraftStore } from '../db/draft-store.ts';
import { AppError } from '../errors.ts';

/**
 * `GET /api/drafts?limit=&cursor=` (pages, newest updated first; 86k drafts in one answer once took
 * 15 MB), `GET /api/drafts/:id` (versions oldest first) and `DELETE /api/drafts/:id` (204; the draft
 * with its versions and critiques, in one transaction).
 */
export function draftRoutes(store: DraftStore) {
  return new Hono()
    .get('/', async (c) => {
      const { limit = DRAFT_PAGE_DEFAULT, cursor } = DraftListQuery.parse(c.req.query());
      return c.json<DraftList>(await store.listDraftsPage({ limit, cursor }));
    })
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
