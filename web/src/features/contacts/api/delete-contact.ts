import { requestNoContent } from '../../../lib/api-client.ts';

/** `DELETE /api/contacts/:id`: the contact and everything linked to it. */
export function deleteContact(id: string): Promise<void> {
  return requestNoContent(`/api/contacts/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
