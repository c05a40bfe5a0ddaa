import { z } from 'zod';
import { Contact, ContactEvent, type ContactEventInput } from '../../../../../shared/contracts/contacts.ts';
import { requestJson } from '../../../lib/api-client.ts';

const Logged = z.object({ event: ContactEvent, contact: Contact });

/** `POST /api/contacts/:id/events`: what happened (infochat never sends anything itself). */
export function logEvent(id: string, event: ContactEventInput): Promise<z.infer<typeof Logged>> {
  return requestJson(`/api/contacts/${encodeURIComponent(id)}/events`, Logged, { method: 'POST', body: event });
}
