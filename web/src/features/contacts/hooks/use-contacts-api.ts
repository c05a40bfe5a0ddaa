import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ContactEventInput, ContactInput, ContactPatch, Snooze } from '../../../../../shared/contracts/contacts.ts';
import { deleteContact } from '../api/delete-contact.ts';
import { getContact } from '../api/get-contact.ts';
import { getAllContacts } from '../api/get-contacts.ts';
import { importContacts } from '../api/import-contacts.ts';
import { logEvent } from '../api/log-event.ts';
import { patchContact, saveContact } from '../api/save-contact.ts';
import { snoozeItem } from '../api/snooze-item.ts';

/** Server state of the Contacts page, through react-query: one hook per operation. */
export const contactKeys = {
  all: ['contacts'] as const,
  list: ['contacts', 'list'] as const,
  one: (id: string) => ['contacts', 'one', id] as const,
};

export function useContacts() {
  return useQuery({ queryKey: contactKeys.list, queryFn: ({ signal }) => getAllContacts(signal) });
}

export function useContact(id: string | undefined) {
  return useQuery({ queryKey: contactKeys.one(id ?? ''), queryFn: ({ signal }) => getContact(id ?? '', signal), enabled: id !== undefined });
}

export { useToday } from './use-today.ts';

/** Every write changes the board and Today: both are fetched again. */
function useWrite<Args, Result>(mutationFn: (args: Args) => Promise<Result>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => void client.invalidateQueries({ queryKey: contactKeys.all }) });
}

export const useSaveContact = () => useWrite(({ input, id }: { input: ContactInput; id?: string | undefined }) => saveContact(input, id));
export const useMoveContact = () => useWrite(({ id, patch }: { id: string; patch: ContactPatch }) => patchContact(id, patch));
export const useDeleteContact = () => useWrite((id: string) => deleteContact(id));
export const useLogEvent = () => useWrite(({ id, event }: { id: string; event: ContactEventInput }) => logEvent(id, event));
export const useSnooze = () => useWrite(({ id, snooze }: { id: string; snooze: Snooze }) => snoozeItem(id, snooze));
export const useImportContacts = () => useWrite(({ csv, skipInvalid }: { csv: string; skipInvalid: boolean }) => importContacts(csv, skipInvalid));
