import type { Today, TodayItem, TodayItemKind } from '../../../../../shared/contracts/contacts.ts';
import { localDatePlus, spokenDay } from '../utils/board.ts';
import styles from '../contacts.module.css';

const KIND_LABELS: Record<TodayItemKind, string> = {
  'send-ask': 'Send the ask',
  'follow-up': 'Follow up once',
  'try-someone-else': 'Try someone else',
  'prepare-agenda': 'Prepare the agenda',
  'send-thanks': 'Send the thank-you',
  'share-update': 'Share an update',
};

interface TodayPanelProps {
  today: Today | undefined;
  loading: boolean;
  onOpen: (contactId: string) => void;
  onSnooze: (item: TodayItem, until: string) => void;
}

/** What is due, each with its reason; overdue items say so. infochat never sends anything itself. */
export function TodayPanel({ today, loading, onOpen, onSnooze }: TodayPanelProps) {
  return (
    <section className={styles.today} aria-labelledby="today-heading">
      <h2 id="today-heading">Today{today ? <span className={styles.todayDate}> · {spokenDay(today.date)}</span> : null}</h2>
      {loading && !today ? <p className="muted">Loading…</p> : null}
      {today && today.items.length === 0 ? <p className="muted">Nothing is due today.</p> : null}
      {today && today.items.length > 0 ? (
        <ul className={styles.todayList}>
          {today.items.map((item) => (
            <li key={`${item.contactId}-${item.kind}`} className={styles.todayItem}>
              <div>
                <p className={styles.todayTitle}>
                  <strong>{KIND_LABELS[item.kind]}</strong>: {item.contactName}
                  {item.organization ? `, ${item.organization}` : ''}
                  {item.due < today.date ? <span className={styles.overdue}> · due {spokenDay(item.due)}</span> : null}
                </p>
                <p className={styles.todayReason}>{item.reason}</p>
              </div>
              <div className={styles.todayActions}>
                <button type="button" className="button button--secondary button--small" onClick={() => onOpen(item.contactId)}>
                  Open<span className="visually-hidden"> {item.contactName}</span>
                </button>
                <button type="button" className="button button--quiet button--small" onClick={() => onSnooze(item, localDatePlus(1))}>
                  Snooze a day<span className="visually-hidden">: {KIND_LABELS[item.kind]}, {item.contactName}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {today && today.upcoming.length > 0 ? (
        <details className={styles.upcoming}>
          <summary>Coming up ({today.upcoming.length})</summary>
          <ul>
            {today.upcoming.map((item) => (
              <li key={`${item.contactId}-${item.kind}`}>
                {spokenDay(item.due)}: {KIND_LABELS[item.kind]}, {item.contactName}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
