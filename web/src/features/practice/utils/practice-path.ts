/**
 * URLs of the practice page, absolute (`~`) so they work from inside its nested router:
 * `/practice` picks a professional (or returns to the conversation in progress),
 * `/practice/sessions/:id` is one conversation or its debrief, `/practice/history` the past ones.
 */
export const PRACTICE_PATH = '~/practice';
export const HISTORY_PATH = '~/practice/history';

export function sessionPath(id: string): string {
  return `~/practice/sessions/${encodeURIComponent(id)}`;
}
