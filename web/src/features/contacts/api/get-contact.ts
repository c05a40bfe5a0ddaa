import { ContactDetail } from '../../../../../shared/contracts/contacts.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `GET /api/contacts/:id`: the contact with its log and links. */
export function getContact(id: string, signal?: AbortSignal): Promise<ContactDetail> {
  return requestJson(`/api/contacts/${encodeURIComponent(id)}`, ContactDetail, { signal });
}
