import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { CONTACT_CHANNELS, type Contact, type ContactChannel, type ContactInput } from '../../../../../shared/contracts/contacts.ts';
import styles from '../contacts.module.css';

const CHANNEL_LABELS: Record<ContactChannel, string> = { email: 'Email', linkedin: 'LinkedIn', phone: 'Phone', other: 'Other' };

interface ContactFormProps {
  initial?: Contact | undefined;
  busy: boolean;
  error: string | undefined;
  onSubmit: (input: ContactInput) => void;
  onCancel: () => void;
}

const text = (value: string | null | undefined) => value ?? '';
/** A blank optional field is not sent (the server stores it as empty). */
const optional = (value: string) => (value.trim() === '' ? undefined : value);

/** Add or edit a contact: every field the planner and the job pages use. */
export function ContactForm({ initial, busy, error, onSubmit, onCancel }: ContactFormProps) {
  const id = useId();
  // Opening the form (Add a contact, Edit) puts the cursor in its first field.
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => nameRef.current?.focus(), []);
  const [fields, setFields] = useState({
    name: text(initial?.name),
    role: text(initial?.role),
    organization: text(initial?.organization),
    field: text(initial?.field),
    connection: text(initial?.connection),
    channel: (initial?.channel ?? 'email') as ContactChannel,
    email: text(initial?.email),
    linkedinUrl: text(initial?.linkedinUrl),
    profile: text(initial?.profile),
    priority: initial?.priority ?? 2,
    notes: text(initial?.notes),
    doNotContact: initial?.doNotContact ?? false,
    actedOnAdvice: initial?.actedOnAdvice ?? false,
  });
  const set = <K extends keyof typeof fields>(key: K, value: (typeof fields)[K]) => setFields((f) => ({ ...f, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    onSubmit({
      name: fields.name,
      role: optional(fields.role),
      organization: optional(fields.organization),
      field: optional(fields.field),
      connection: optional(fields.connection),
      channel: fields.channel,
      email: optional(fields.email),
      linkedinUrl: optional(fields.linkedinUrl),
      profile: optional(fields.profile),
      priority: fields.priority,
      notes: optional(fields.notes),
      doNotContact: fields.doNotContact,
      actedOnAdvice: fields.actedOnAdvice,
    });
  }

  const input = (key: 'name' | 'role' | 'organization' | 'field' | 'connection' | 'email' | 'linkedinUrl', label: string, extra: { type?: string; required?: boolean; hint?: string } = {}) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${key}`}>
        {label}
      </label>
      <input
        id={`${id}-${key}`}
        ref={key === 'name' ? nameRef : undefined}
        className="input"
        type={extra.type ?? 'text'}
        required={extra.required}
        value={fields[key]}
        onChange={(event) => set(key, event.target.value)}
        autoComplete="off"
      />
      {extra.hint ? <p className="field__hint">{extra.hint}</p> : null}
    </div>
  );

  return (
    <form className={styles.form} onSubmit={submit} aria-label={initial ? `Edit ${initial.name}` : 'Add a contact'}>
      <div className={styles.formGrid}>
        {input('name', 'Name', { required: true })}
        {input('role', 'Role')}
        {input('organization', 'Organization')}
        {input('field', 'Field')}
        {input('connection', 'How you are connected', { hint: 'An alum of your school, met at a fair, referred by…' })}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-channel`}>
            Channel
          </label>
          <select id={`${id}-channel`} className="input" value={fields.channel} onChange={(event) => set('channel', event.target.value as ContactChannel)}>
            {CONTACT_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
        {input('email', 'Email', { type: 'email' })}
        {input('linkedinUrl', 'LinkedIn URL', { type: 'url' })}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-priority`}>
            Priority
          </label>
          <select id={`${id}-priority`} className="input" value={fields.priority} onChange={(event) => set('priority', Number(event.target.value))}>
            <option value={1}>1 — high</option>
            <option value={2}>2 — normal</option>
            <option value={3}>3 — low</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-profile`}>
          Their profile or bio
        </label>
        <textarea id={`${id}-profile`} className="input" rows={4} value={fields.profile} onChange={(event) => set('profile', event.target.value)} />
        <p className="field__hint">Pasted from LinkedIn or their website: Questions checks what it already answers, and Practice drafts a persona from it.</p>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-notes`}>
          Notes
        </label>
        <textarea id={`${id}-notes`} className="input" rows={2} value={fields.notes} onChange={(event) => set('notes', event.target.value)} />
      </div>
      <div className={styles.checks}>
        <label>
          <input type="checkbox" checked={fields.actedOnAdvice} onChange={(event) => set('actedOnAdvice', event.target.checked)} /> I acted on their advice (reminds you to share an update)
        </label>
        <label>
          <input type="checkbox" checked={fields.doNotContact} onChange={(event) => set('doNotContact', event.target.checked)} /> Do not contact (no more reminders)
        </label>
      </div>
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className={styles.formActions}>
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {busy ? 'Saving…' : initial ? 'Save contact' : 'Add contact'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
