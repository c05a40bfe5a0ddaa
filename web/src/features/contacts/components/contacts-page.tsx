import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useLocation, useRoute } from 'wouter';
import type { Contact, ContactStage, TodayItem } from '../../../../../shared/contracts/contacts.ts';
import { PageIntro } from '../../../components/page-intro.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import {
  useContact,
  useContacts,
  useDeleteContact,
  useImportContacts,
  useLogEvent,
  useMoveContact,
  useSaveContact,
  useSnooze,
  useToday,
} from '../hooks/use-contacts-api.ts';
import { ContactBoard, ContactTable } from './contact-board.tsx';
import { ContactDetail } from './contact-detail.tsx';
import { ContactForm } from './contact-form.tsx';
import { TodayPanel } from './today-panel.tsx';
import styles from '../contacts.module.css';

const message = (error: unknown) => (error instanceof ApiError ? error.message : error ? 'Something went wrong. Try again.' : undefined);
const VIEW_KEY = 'infochat.contacts.view';

/**
 * The Contacts page (`/contacts`, one contact at `/contacts/:id`): Today's list, the board by stage
 * (or a table), add and import, and one contact with its log, its notes and links to each page.
 */
export function ContactsPage() {
  const [, params] = useRoute<{ id: string }>('/:id');
  const selectedId = params?.id;
  const [, navigate] = useLocation();
  const contacts = useContacts();
  const today = useToday();
  const selected = useContact(selectedId);
  const save = useSaveContact();
  const move = useMoveContact();
  const remove = useDeleteContact();
  const log = useLogEvent();
  const snooze = useSnooze();
  const importer = useImportContacts();
  const [view, setView] = useState<'board' | 'table'>(() => (localStorage.getItem(VIEW_KEY) === 'table' ? 'table' : 'board'));
  const [form, setForm] = useState<'add' | 'edit' | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [pageNote, setPageNote] = useState<string | null>(null);
  const detailRef = useRef<HTMLDivElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => localStorage.setItem(VIEW_KEY, view), [view]);
  useEffect(() => {
    if (selectedId) detailRef.current?.focus();
  }, [selectedId]);

  const open = (id: string) => {
    setForm(null);
    navigate(`/${id}`);
  };
  const onMove = (contact: Contact, stage: ContactStage) => move.mutate({ id: contact.id, patch: { stage } });
  const onSnooze = (item: TodayItem, until: string) => snooze.mutate({ id: item.contactId, snooze: { item: item.kind, until } });

  async function onImport(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setPageNote(null);
    const csv = await file.text();
    importer.mutate(
      { csv, skipInvalid },
      {
        onSuccess: (result) =>
          setPageNote(
            `Imported ${result.imported} ${result.imported === 1 ? 'contact' : 'contacts'}.` +
              (result.skipped.length ? ` Skipped ${result.skipped.length}: ${result.skipped.slice(0, 5).map((s) => `line ${s.line} (${s.message})`).join('; ')}${result.skipped.length > 5 ? '…' : ''}` : ''),
          ),
      },
    );
  }

  const list = contacts.data ?? [];
  return (
    <div className={`page ${styles.page}`}>
      <PageIntro page="contacts" />

      <TodayPanel today={today.data} loading={today.isPending} onOpen={open} onSnooze={onSnooze} />

      <div className={styles.toolbar}>
        <div role="group" aria-label="View" className={styles.segmented}>
          <button type="button" aria-pressed={view === 'board'} onClick={() => setView('board')}>
            Board
          </button>
          <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')}>
            Table
          </button>
        </div>
        <button ref={addButtonRef} type="button" className="button button--primary" onClick={() => setForm(form === 'add' ? null : 'add')} aria-expanded={form === 'add'}>
          Add a contact
        </button>
        <label className={`button button--secondary ${styles.fileButton}`}>
          Import CSV
          <input type="file" accept=".csv,text/csv" className="visually-hidden" onChange={(event) => void onImport(event)} />
        </label>
        <label className={styles.inlineCheck}>
          <input type="checkbox" checked={skipInvalid} onChange={(event) => setSkipInvalid(event.target.checked)} /> Skip invalid rows
        </label>
        <span className={styles.exports}>
          Export:{' '}
          <a href="/api/export?format=csv" download>
            CSV
          </a>{' '}
          ·{' '}
          <a href="/api/export?format=json" download>
            JSON
          </a>
        </span>
      </div>
      {importer.isError || pageNote ? (
        <p role="status" className={importer.isError ? 'field__error' : styles.small}>
          {message(importer.error) ?? pageNote}
        </p>
      ) : null}

      {form === 'add' ? (
        <ContactForm
          busy={save.isPending}
          error={message(save.error)}
          onCancel={() => {
            // The form goes away: focus returns to the button that opened it, not to <body>.
            setForm(null);
            addButtonRef.current?.focus();
          }}
          onSubmit={(input) => save.mutate({ input }, { onSuccess: (created) => open(created.id) })}
        />
      ) : null}

      {contacts.isError ? <p className="field__error">{message(contacts.error)}</p> : null}
      {contacts.isSuccess && list.length === 0 ? (
        <p className={styles.empty}>No contacts yet. Add the first person you would like to learn from, or import your LinkedIn connections (Settings → Data privacy → Get a copy of your data → Connections).</p>
      ) : null}

      <div className={styles.layout}>
        <div className={styles.main}>{view === 'board' ? <ContactBoard contacts={list} selectedId={selectedId} onOpen={open} onMove={onMove} /> : <ContactTable contacts={list} onOpen={open} />}</div>
        {selectedId ? (
          <div className={styles.side} ref={detailRef} tabIndex={-1}>
            {selected.isError ? (
              // A link to a contact that is gone (deleted, or from another browser's database): say so and what to do.
              <div role="alert" data-testid="contact-missing">
                <p className="field__error">{message(selected.error)}</p>
                {selected.error instanceof ApiError && selected.error.status === 404 ? (
                  <p className={styles.small}>It may have been deleted. Choose someone on the board, or add a contact.</p>
                ) : null}
                <button type="button" className="button button--secondary button--small" onClick={() => navigate('/')}>
                  Close
                </button>
              </div>
            ) : null}
            {selected.data && form === 'edit' ? (
              <ContactForm
                initial={selected.data}
                busy={save.isPending}
                error={message(save.error)}
                onCancel={() => {
                  // Back to the contact's details (the Edit button is gone with the form's arrival).
                  setForm(null);
                  detailRef.current?.focus();
                }}
                onSubmit={(input) =>
                  save.mutate(
                    { input, id: selected.data.id },
                    {
                      onSuccess: () => {
                        setForm(null);
                        detailRef.current?.focus();
                      },
                    },
                  )
                }
              />
            ) : null}
            {selected.data && form !== 'edit' ? (
              <ContactDetail
                key={selected.data.id}
                contact={selected.data}
                busy={log.isPending}
                error={message(log.error ?? remove.error)}
                onLog={(event) => log.mutate({ id: selected.data.id, event })}
                onEdit={() => setForm('edit')}
                onClose={() => {
                  // The panel goes away: focus returns to the contact's card (board or table), not to <body>.
                  const id = selected.data.id;
                  navigate('/');
                  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-contact-open="${CSS.escape(id)}"]`)?.focus());
                }}
                onDelete={() => {
                  if (window.confirm(`Delete ${selected.data.name}, their log, and the drafts, agendas and practice sessions linked to them?`)) {
                    const name = selected.data.name;
                    remove.mutate(selected.data.id, {
                      onSuccess: () => {
                        // Say it is done, and give focus to the page's first action rather than to <body>.
                        setPageNote(`Deleted ${name} and everything linked to them.`);
                        navigate('/');
                        addButtonRef.current?.focus();
                      },
                    });
                  }
                }}
              />
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
