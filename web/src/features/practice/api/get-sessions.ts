import { SessionList } from '../../../../../shared/contracts/practice.ts';
import { getAllPages } from '../../../lib/all-pages.ts';

/** `GET /api/practice/sessions`, every page: history, newest first, with scores. */
export function getSessions(signal?: AbortSignal): Promise<SessionList> {
  return getAllPages('/api/practice/sessions', SessionList, signal);
}
