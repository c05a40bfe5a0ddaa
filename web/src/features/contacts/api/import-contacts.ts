import { ContactImportResult } from '../../../../../shared/contracts/contacts.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** `POST /api/contacts/import`: all rows or none, unless `skipInvalid`. */
export function importContacts(csv: string, skipInvalid: boolean): Promise<ContactImportResult> {
  return requestJson('/api/contacts/import', ContactImportResult, { method: 'POST', body: { csv, skipInvalid } });
}
