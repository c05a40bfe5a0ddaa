import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { ContactBrief } from '../../../shared/contracts/contact-brief.ts';
import type { ContactLinkKind } from '../../../shared/contracts/contacts.ts';
import { ApiError } from '../lib/api-client.ts';
import { fetchContact, linkedContactId, linkToContact, markAskSent, unlinkContact } from '../lib/contact-link.ts';

interface ContactBannerProps {
  /** Which page: the link is kept per page. */
  page: 'outreach' | 'questions' | 'practice';
  /** Called once when the contact is loaded, to fill the page's fields. */
  onContact: (contact: ContactBrief) => void;
  /** The page's current work (a draft, agenda or session id), linked to the contact as soon as it exists. */
  link?: { kind: ContactLinkKind; targetId: string | undefined };
  /** Outreach: offer "Mark the ask as sent". */
  offerSent?: boolean;
}

/** "For Dana Whitehorse": the contact a job page was opened for, with its details filled in and the work linked. */
export function ContactBanner({ page, onContact, link, offerSent = false }: ContactBannerProps) {
  const [contactId, setContactId] = useState(() => linkedContactId(page));
  const client = useQueryClient();
  const contact = useQuery({
    queryKey: ['contacts', 'one', contactId ?? ''],
    queryFn: ({ signal }) => fetchContact(contactId ?? '', signal),
    enabled: contactId !== undefined,
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
  });
  const filled = useRef<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    if (!contact.data || filled.current === contact.data.id) return;
    filled.current = contact.data.id;
    onContact(contact.data);
  }, [contact.data, onContact]);

  // A contact that is gone stops the link rather than showing an error on every visit.
  useEffect(() => {
    if (contact.error instanceof ApiError && contact.error.status === 404) {
      unlinkContact(page);
      setContactId(undefined);
    }
  }, [contact.error, page]);

  const targetId = link?.targetId;
  const kind = link?.kind;
  useEffect(() => {
    if (!contactId || !kind || !targetId) return;
    linkToContact(contactId, kind, targetId)
      .then(() => client.invalidateQueries({ queryKey: ['contacts'] }))
      .catch(() => setStatus('Could not link this to the contact; it is still saved here.'));
  }, [contactId, kind, targetId, client]);

  if (!contactId || !contact.data) return null;
  const c = contact.data;
  const sent = c.events.some((e) => e.kind === 'sent');
  return (
    <div className="contact-banner" role="region" aria-label="Contact">
      <p>
        For <strong>{c.name}</strong>
        {c.role || c.organization ? `, ${[c.role, c.organization].filter(Boolean).join(' at ')}` : ''} ·{' '}
        <Link href={`~/contacts/${encodeURIComponent(c.id)}`}>Open in Contacts</Link>
      </p>
      <div className="contact-banner__actions">
        {offerSent && !sent ? (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() =>
              markAskSent(c.id)
                .then(() => {
                  setStatus(`Marked as sent: ${c.name} moved to Asked, and Today will remind you to follow up once.`);
                  return client.invalidateQueries({ queryKey: ['contacts'] });
                })
                .catch((error: unknown) => setStatus(error instanceof ApiError ? error.message : 'Could not mark it as sent.'))
            }
          >
            I sent it
          </button>
        ) : null}
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => {
            unlinkContact(page);
            setContactId(undefined);
          }}
        >
          Not for {c.name.split(' ')[0]}
        </button>
      </div>
      {status ? <p role="status">{status}</p> : null}
    </div>
  );
}
