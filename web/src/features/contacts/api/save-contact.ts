import { Contact, type ContactInput, type ContactPatch } from '../../../../../shared/contracts/contacts.ts';
import { errorFromResponse, parseBody, send } from '../../../lib/api-client.ts';

async function write(path: string, method: 'POST' | 'PUT' | 'PATCH', body: unknown): Promise<Contact> {
  const response = await send(path, {
    method,
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await errorFromResponse(response);
  return parseBody(Contact, await response.json().catch(() => undefined), response.status);
}

/** `POST /api/contacts` without an id, `PUT /api/contacts/:id` with one. */
export function saveContact(input: ContactInput, id?: string): Promise<Contact> {
  return id ? write(`/api/contacts/${encodeURIComponent(id)}`, 'PUT', input) : write('/api/contacts', 'POST', input);
}

/** `PATCH /api/contacts/:id`: a board move, or one field. */
export function patchContact(id: string, patch: ContactPatch): Promise<Contact> {
  return write(`/api/contacts/${encodeURIComponent(id)}`, 'PATCH', patch);
}
