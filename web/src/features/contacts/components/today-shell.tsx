import { useToday } from '../hooks/use-today.ts';
import { TodaySummary } from './today-summary.tsx';

/**
 * What the app shell shows of Today: a count beside the Contacts link on every page, and on the first
 * page the Today panel. It imports only Today's small contract and query, not the contacts page.
 */
export function TodayBadge() {
  const due = useToday().data?.items.length ?? 0;
  if (due === 0) return null;
  return (
    <span className="nav-badge">
      <span aria-hidden="true">{due}</span>
      <span className="visually-hidden">, {due} due today</span>
    </span>
  );
}

export function TodayPanelOnFirstPage() {
  const today = useToday().data;
  if (!today || today.items.length === 0) return null;
  return (
    <div className="page">
      <TodaySummary today={today} />
    </div>
  );
}
