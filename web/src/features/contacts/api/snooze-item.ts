import { Contact, type Snooze } from '../../../../../shared/contracts/contacts.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `POST /api/contacts/:id/snooze`: hide one Today item until a day. */
export function snoozeItem(id: string, snooze: Snooze): Promise<Contact> {
  return requestJson(`/api/contacts/${encodeURIComponent(id)}/snooze`, Contact, { method: 'POST', body: snooze });
}
