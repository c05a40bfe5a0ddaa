/**
 * URLs of the outreach page, absolute (`~`) so they work from inside its nested router and from
 * anywhere else: `/outreach` edits a new draft, `/outreach/drafts/:id` a stored one.
 */
export const NEW_DRAFT_PATH = '~/outreach';

export function draftPath(id: string): string {
  return `~/outreach/drafts/${encodeURIComponent(id)}`;
}
