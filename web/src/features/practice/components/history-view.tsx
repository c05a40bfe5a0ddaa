import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Link } from 'wouter';
import { getSessions } from '../api/get-sessions.ts';
import { sessionPath } from '../utils/practice-path.ts';
import { cx } from '../styles.ts';

// The charting library is loaded only on this view, keeping it out of the first page's JavaScript.
const ScoreChart = lazy(() => import('./score-chart.tsx'));

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Past sessions with their scores, and the score over time; each opens at its own URL. */
export function HistoryView() {
  const sessions = useQuery({ queryKey: ['practice-sessions'], queryFn: ({ signal }) => getSessions(signal) });
  if (sessions.isPending) return <p className={cx('muted')}>Loading your sessions…</p>;
  if (sessions.error) return <p role="alert" className={cx('error')}>{sessions.error.message}</p>;
  const scored = sessions.data.filter((s) => s.score !== null).reverse();
  return (
    <section className={cx('practice-history')} aria-label="Past sessions">
      <h2>Your practice over time</h2>
      {scored.length > 0 ? (
        <Suspense fallback={<p className={cx('muted')}>Loading the chart…</p>}>
          <ScoreChart points={scored.map((s) => ({ at: s.endedAt ?? s.createdAt, score: s.score ?? 0 }))} />
        </Suspense>
      ) : (
        <p className={cx('muted')}>Finish a conversation to see your score here.</p>
      )}
      <ul className={cx('session-list')} data-testid="session-list">
        {sessions.data.map((s) => (
          <li key={s.id}>
            <Link href={sessionPath(s.id)}>
              {s.personaName}, {s.personaRole}
            </Link>{' '}
            <span className={cx('muted')}>
              {when.format(new Date(s.createdAt))} · {s.minutes} min · {Math.floor(s.turnCount / 2)}{' '}
              {Math.floor(s.turnCount / 2) === 1 ? 'exchange' : 'exchanges'} ·{' '}
              {s.score === null ? (s.status === 'active' ? 'in progress' : 'no score') : `score ${s.score}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
