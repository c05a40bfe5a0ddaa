import { ContactBrief } from '../../../shared/contracts/contact-brief.ts';
import type { ContactLinkKind } from '../../../shared/contracts/contacts.ts';
import { requestJson } from './api-client.ts';
import { z } from 'zod';

/**
 * A job page opened from a contact (`/outreach?contact=<id>`) works for that contact until the user
 * stops it: the id is kept per page for this browser tab, so it survives the page's own navigation.
 */
const storageKey = (page: string) => `infochat.contact.${page}`;

export function linkedContactId(page: string): string | undefined {
  const fromUrl = new URLSearchParams(window.location.search).get('contact');
  if (fromUrl) {
    sessionStorage.setItem(storageKey(page), fromUrl);
    return fromUrl;
  }
  return sessionStorage.getItem(storageKey(page)) ?? undefined;
}

export function unlinkContact(page: string): void {
  sessionStorage.removeItem(storageKey(page));
}

export function fetchContact(id: string, signal?: AbortSignal): Promise<ContactBrief> {
  return requestJson(`/api/contacts/${encodeURIComponent(id)}`, ContactBrief, { signal });
}

/** Links a draft, agenda or practice session to the contact (idempotent on the server). */
export async function linkToContact(contactId: string, kind: ContactLinkKind, targetId: string): Promise<void> {
  await requestJson(`/api/contacts/${encodeURIComponent(contactId)}/links`, z.unknown(), { method: 'POST', body: { kind, targetId } });
}

/** Logs that the ask went out: the contact moves to "asked", and Today plans the follow-up. */
export async function markAskSent(contactId: string): Promise<void> {
  await requestJson(`/api/contacts/${encodeURIComponent(contactId)}/events`, z.unknown(), { method: 'POST', body: { kind: 'sent' } });
}

