import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { getSessions } from '../api/get-sessions.ts';

// The charting library is loaded only on this view, keeping it out of the first page's JavaScript.
const ScoreChart = lazy(() => import('./score-chart.tsx'));

/** Past sessions with their scores, and the score over time. */
export function HistoryView({ onOpen }: { onOpen: (id: string) => void }) {
  const sessions = useQuery({ queryKey: ['practice-sessions'], queryFn: ({ signal }) => getSessions(signal) });
  if (sessions.isPending) return <p className="muted">Loading your sessions…</p>;
  if (sessions.error) return <p role="alert" className="error">{sessions.error.message}</p>;
  const scored = sessions.data.filter((s) => s.score !== null).reverse();
  return (
    <section className="practice-history" aria-label="Past sessions">
      <h2>Your practice over time</h2>
      {scored.length > 0 ? (
        <Suspense fallback={<p className="muted">Loading the chart…</p>}>
          <ScoreChart points={scored.map((s) => ({ at: s.endedAt ?? s.createdAt, score: s.score ?? 0 }))} />
        </Suspense>
      ) : (
        <p className="muted">Finish a conversation to see your score here.</p>
      )}
      <ul className="session-list" data-testid="session-list">
        {sessions.data.map((s) => (
          <li key={s.id}>
            <button type="button" className="link-button" onClick={() => onOpen(s.id)}>
              {s.personaName}, {s.personaRole}
            </button>{' '}
            <span className="muted">
              {new Date(s.createdAt).toLocaleString()} · {s.minutes} min · {s.turnCount} turns ·{' '}
              {s.score === null ? (s.status === 'active' ? 'in progress' : 'no score') : `score ${s.score}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
