import { Link } from 'wouter';
import type { Today, TodayItemKind } from '../../../../../shared/contracts/today.ts';
import styles from '../contacts.module.css';

const VERBS: Record<TodayItemKind, string> = {
  'send-ask': 'Send the ask to',
  'follow-up': 'Follow up once with',
  'try-someone-else': 'Try someone else than',
  'prepare-agenda': 'Prepare the agenda for',
  'send-thanks': 'Send the thank-you to',
  'share-update': 'Share an update with',
};

/** The first page's Today panel: what is due with your contacts, at most three lines, and a link to the rest. */
export function TodaySummary({ today }: { today: Today | undefined }) {
  if (!today || today.items.length === 0) return null;
  const shown = today.items.slice(0, 3);
  return (
    <section className={styles.summary} aria-labelledby="today-summary-heading">
      <h2 id="today-summary-heading">Today with your contacts</h2>
      <ul>
        {shown.map((item) => (
          <li key={`${item.contactId}-${item.kind}`}>
            <Link href={`~/contacts/${encodeURIComponent(item.contactId)}`}>
              {VERBS[item.kind]} {item.contactName}
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href="~/contacts">{today.items.length > shown.length ? `All ${today.items.length} items, with reasons` : 'Open Contacts'}</Link>
      </p>
    </section>
  );
}
