import { ContactList } from '../../../../../shared/contracts/contacts.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `GET /api/contacts`: every page, newest updated first (a person keeps 10–40 in play; the board shows them all). */
export async function getAllContacts(signal?: AbortSignal): Promise<ContactList['contacts']> {
  const all: ContactList['contacts'] = [];
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `?limit=500&cursor=${encodeURIComponent(cursor)}` : '?limit=500';
    const page: ContactList = await requestJson(`/api/contacts${query}`, ContactList, { signal });
    all.push(...page.contacts);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}
