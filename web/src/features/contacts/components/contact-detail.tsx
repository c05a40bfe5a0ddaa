import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import {
  CONTACT_EVENT_KINDS,
  type ContactDetail as ContactDetailData,
  type ContactEventInput,
  type ContactEventKind,
  EVENT_LABELS,
  STAGE_LABELS,
} from '../../../../../shared/contracts/contacts.ts';
import { guideNames } from '../../../../../shared/guides.ts';
import { lint } from '../../../../../shared/rules/lint.ts';
import { browserTimeZone } from '../api/get-today.ts';
import { forContact } from '../utils/board.ts';
import styles from '../contacts.module.css';

interface ContactDetailProps {
  contact: ContactDetailData;
  busy: boolean;
  error: string | undefined;
  onLog: (event: ContactEventInput) => void;
  onEdit: () => void;
  onDelete: () => void;
  onClose: () => void;
}

/** Time zones offered for a chat: the browser's first, then common ones; any IANA name can be typed. */
const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'Europe/London', 'Europe/Berlin', 'Asia/Kolkata', 'Asia/Tokyo', 'Australia/Sydney', 'UTC'];

const LOGGABLE: readonly ContactEventKind[] = CONTACT_EVENT_KINDS.filter((k) => k !== 'thanked' && k !== 'update-sent');

function when(iso: string): string {
  return new Date(iso).toLocaleString('en-US', { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });
}

/** One contact: who they are, the log, what to do next in each page, and the thank-you or update note checked live. */
export function ContactDetail({ contact, busy, error, onLog, onEdit, onDelete, onClose }: ContactDetailProps) {
  const id = useId();
  const [kind, setKind] = useState<ContactEventKind>(contact.stage === 'to-ask' ? 'sent' : 'replied');
  const [start, setStart] = useState('');
  const [zone, setZone] = useState(browserTimeZone());
  const [minutes, setMinutes] = useState(20);
  const [place, setPlace] = useState('');
  const [remark, setRemark] = useState('');
  const noteKind: 'thanked' | 'update-sent' = contact.stage === 'thanked' || contact.stage === 'keeping-in-touch' ? 'update-sent' : 'thanked';
  const [note, setNote] = useState('');
  // Once the thank-you is marked sent, the box starts over for the update.
  useEffect(() => setNote(''), [noteKind]);
  const [checked, setChecked] = useState(note);
  useEffect(() => {
    const timer = setTimeout(() => setChecked(note), 250);
    return () => clearTimeout(timer);
  }, [note]);
  const verdicts = useMemo(() => (checked.trim() ? lint('follow-up', checked, {}) : []), [checked]);
  const scheduled = contact.events.some((e) => e.kind === 'scheduled' && e.meeting);

  function log(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const input: ContactEventInput =
      kind === 'scheduled'
        ? { kind, meeting: { start, timeZone: zone, minutes, ...(place.trim() ? { place } : {}) }, ...(remark.trim() ? { text: remark } : {}) }
        : { kind, ...(remark.trim() ? { text: remark } : {}) };
    onLog(input);
    setRemark('');
  }

  return (
    <section className={styles.detail} aria-labelledby={`${id}-name`}>
      <div className={styles.detailHead}>
        <div>
          <h2 id={`${id}-name`}>{contact.name}</h2>
          <p className="muted">
            {[contact.role, contact.organization, contact.field].filter(Boolean).join(' · ') || 'No role yet'} · {STAGE_LABELS[contact.stage]}
          </p>
          {contact.connection ? <p className={styles.small}>Connection: {contact.connection}</p> : null}
        </div>
        <div className={styles.detailHeadActions}>
          <button type="button" className="button button--secondary button--small" onClick={onEdit}>
            Edit
          </button>
          <button type="button" className="button button--quiet button--small" onClick={onClose}>
            Close
          </button>
        </div>
      </div>

      <nav aria-label={`Work with ${contact.name}`} className={styles.jobs}>
        <Link className="button button--primary button--small" href={forContact('/outreach', contact.id)}>
          Draft the ask
        </Link>
        <Link className="button button--secondary button--small" href={forContact('/questions', contact.id)}>
          Prepare questions
        </Link>
        <Link className="button button--secondary button--small" href={forContact('/practice', contact.id)}>
          Practice with {contact.name.split(' ')[0]}
        </Link>
        {scheduled ? (
          <a className="button button--secondary button--small" href={`/api/contacts/${encodeURIComponent(contact.id)}/ics`} download>
            Calendar event (.ics)
          </a>
        ) : null}
      </nav>

      <h3>What happened</h3>
      {contact.events.length === 0 ? <p className="muted">Nothing logged yet.</p> : null}
      <ol className={styles.log}>
        {contact.events.map((e) => (
          <li key={e.id}>
            <strong>{EVENT_LABELS[e.kind]}</strong> · {when(e.at)}
            {e.meeting ? ` · chat on ${e.meeting.start.replace('T', ' at ')} (${e.meeting.timeZone}), ${e.meeting.minutes} min${e.meeting.place ? `, ${e.meeting.place}` : ''}` : ''}
            {e.text ? <p className={styles.logText}>{e.text}</p> : null}
          </li>
        ))}
      </ol>

      <form className={styles.logForm} onSubmit={log} aria-label="Log what happened">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-kind`}>
            Log
          </label>
          <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as ContactEventKind)}>
            {LOGGABLE.map((k) => (
              <option key={k} value={k}>
                {EVENT_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        {kind === 'scheduled' ? (
          <>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-start`}>
                Date and time
              </label>
              <input id={`${id}-start`} type="datetime-local" required value={start} onChange={(event) => setStart(event.target.value.slice(0, 16))} />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-zone`}>
                Time zone
              </label>
              <input id={`${id}-zone`} type="text" list={`${id}-zones`} required value={zone} onChange={(event) => setZone(event.target.value)} />
              <datalist id={`${id}-zones`}>
                {[browserTimeZone(), ...ZONES.filter((z) => z !== browserTimeZone())].map((z) => (
                  <option key={z} value={z} />
                ))}
              </datalist>
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-minutes`}>
                Minutes
              </label>
              <input id={`${id}-minutes`} type="number" min={5} max={240} value={minutes} onChange={(event) => setMinutes(Number(event.target.value))} />
            </div>
            <div className="field">
              <label className="field__label" htmlFor={`${id}-place`}>
                Where
              </label>
              <input id={`${id}-place`} type="text" placeholder="Phone, video link, a café" value={place} onChange={(event) => setPlace(event.target.value)} />
            </div>
          </>
        ) : null}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-remark`}>
            Remark (optional)
          </label>
          <input id={`${id}-remark`} type="text" value={remark} onChange={(event) => setRemark(event.target.value)} />
        </div>
        {/* aria-disabled, not disabled: a button that becomes disabled while saving drops keyboard focus to <body>. */}
        <button type="submit" className="button button--secondary" aria-disabled={busy || undefined}>
          Log it
        </button>
      </form>

      <section className={styles.note} aria-labelledby={`${id}-note`}>
        <h3 id={`${id}-note`}>{noteKind === 'thanked' ? 'Thank-you note' : 'Update on their advice'}</h3>
        <p className={styles.small}>
          Write it here, send it yourself, then mark it sent. infochat never sends anything. It is checked as you type against the guides' follow-up advice.
        </p>
        <label className="visually-hidden" htmlFor={`${id}-note-text`}>
          {noteKind === 'thanked' ? 'Thank-you note' : 'Update'}
        </label>
        <textarea id={`${id}-note-text`} rows={6} value={note} onChange={(event) => setNote(event.target.value)} />
        {verdicts.length > 0 ? (
          <ul className={styles.checklist} aria-label="Note check">
            {verdicts.map(({ rule, result }) => (
              <li key={rule.id} className={result.passed ? styles.pass : styles.fail}>
                <span aria-hidden="true">{result.passed ? '✓' : '!'}</span> <strong>{rule.title}</strong>
                {result.passed ? null : <span>: {result.suggestion ?? result.message}</span>}
                <span className={styles.cite}> — {guideNames(rule.sources.map((s) => s.guide)).join('; ')}</span>
              </li>
            ))}
          </ul>
        ) : null}
        <button type="button" className="button button--secondary" aria-disabled={busy || note.trim() === '' || undefined}
          onClick={() => {
            if (!busy && note.trim() !== '') onLog({ kind: noteKind, text: note });
          }}
        >
          {noteKind === 'thanked' ? 'Mark thank-you sent' : 'Mark update sent'}
        </button>
      </section>

      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}

      <div className={styles.danger}>
        <button type="button" className="button button--quiet button--small" onClick={onDelete}>
          Delete {contact.name} and everything linked
        </button>
      </div>
    </section>
  );
}
