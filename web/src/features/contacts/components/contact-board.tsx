import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { CONTACT_STAGES, type Contact, type ContactStage, STAGE_LABELS } from '../../../../../shared/contracts/contacts.ts';
import { neighbourStage } from '../utils/board.ts';
import styles from '../contacts.module.css';

interface ContactBoardProps {
  contacts: readonly Contact[];
  selectedId: string | undefined;
  onOpen: (id: string) => void;
  onMove: (contact: Contact, stage: ContactStage) => void;
}

const DRAG_TYPE = 'application/x-infochat-contact';

/**
 * One column per stage. A card moves by drag and drop, or by keyboard: Alt+← / Alt+→ on a focused
 * card, or its "Move to" menu. Moves are announced in a live region.
 */
export function ContactBoard({ contacts, selectedId, onOpen, onMove }: ContactBoardProps) {
  const [over, setOver] = useState<ContactStage | null>(null);
  const [announcement, setAnnouncement] = useState('');

  function move(contact: Contact, stage: ContactStage) {
    if (stage === contact.stage) return;
    onMove(contact, stage);
    setAnnouncement(`${contact.name} moved to ${STAGE_LABELS[stage]}.`);
  }

  function onCardKey(event: KeyboardEvent<HTMLButtonElement>, contact: Contact) {
    if (!event.altKey || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    event.preventDefault();
    move(contact, neighbourStage(contact.stage, event.key === 'ArrowLeft' ? -1 : 1));
  }

  function onDrop(event: DragEvent<HTMLElement>, stage: ContactStage) {
    event.preventDefault();
    setOver(null);
    const id = event.dataTransfer.getData(DRAG_TYPE);
    const contact = contacts.find((c) => c.id === id);
    if (contact) move(contact, stage);
  }

  return (
    <>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {/* Only with a card to move; the menu comes first, as dragging does not work on a phone's touch screen. */}
      {contacts.length > 0 ? (
        <p className={styles.boardHint} data-testid="board-hint">
          Move a card with its stage menu, drag it to another column, or focus it and press Alt+← or Alt+→.
        </p>
      ) : null}
      {/* Focusable, so a keyboard can scroll it to the stages off screen (the closed ones, or any with no card to tab to). */}
      <div className={styles.board} role="region" aria-label="Stages" tabIndex={0}>
        {CONTACT_STAGES.map((stage) => {
          const inStage = contacts.filter((c) => c.stage === stage);
          return (
            <section
              key={stage}
              className={`${styles.column} ${over === stage ? styles.columnOver : ''}`}
              aria-labelledby={`column-${stage}`}
              data-stage={stage}
              onDragOver={(event) => {
                if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
                event.preventDefault();
                setOver(stage);
              }}
              onDragLeave={() => setOver((current) => (current === stage ? null : current))}
              onDrop={(event) => onDrop(event, stage)}
            >
              <h3 id={`column-${stage}`} className={styles.columnTitle}>
                {STAGE_LABELS[stage]} <span className={styles.count}>{inStage.length}</span>
              </h3>
              <ul className={styles.cards}>
                {inStage.map((contact) => (
                  <li
                    key={contact.id}
                    className={`${styles.card} ${contact.id === selectedId ? styles.cardSelected : ''}`}
                    draggable
                    onDragStart={(event) => {
                      event.dataTransfer.setData(DRAG_TYPE, contact.id);
                      event.dataTransfer.effectAllowed = 'move';
                    }}
                  >
                    <button
                      type="button"
                      className={styles.cardButton}
                      data-contact-open={contact.id}
                      onClick={() => onOpen(contact.id)}
                      onKeyDown={(event) => onCardKey(event, contact)}
                      aria-describedby={`card-meta-${contact.id}`}
                    >
                      {contact.name}
                    </button>
                    <p id={`card-meta-${contact.id}`} className={styles.cardMeta}>
                      {[contact.role, contact.organization].filter(Boolean).join(' · ') || 'No role yet'}
                      {contact.priority === 1 ? ' · high priority' : ''}
                      {contact.doNotContact ? ' · do not contact' : ''}
                    </p>
                    <label className={styles.moveLabel}>
                      <span className="visually-hidden">Move {contact.name} to</span>
                      <select value={contact.stage} onChange={(event) => move(contact, event.target.value as ContactStage)} className={styles.moveSelect}>
                        {CONTACT_STAGES.map((s) => (
                          <option key={s} value={s}>
                            {STAGE_LABELS[s]}
                          </option>
                        ))}
                      </select>
                    </label>
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </>
  );
}

/** The same contacts as a table, for scanning and on a phone. */
export function ContactTable({ contacts, onOpen }: { contacts: readonly Contact[]; onOpen: (id: string) => void }) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">Contacts</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Organization</th>
            <th scope="col">Stage</th>
            <th scope="col">Priority</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((contact) => (
            <tr key={contact.id}>
              <th scope="row">
                <button type="button" className={styles.linkButton} data-contact-open={contact.id} onClick={() => onOpen(contact.id)}>
                  {contact.name}
                </button>
              </th>
              <td>{contact.role ?? '—'}</td>
              <td>{contact.organization ?? '—'}</td>
              <td>{STAGE_LABELS[contact.stage]}</td>
              <td>{contact.priority}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
