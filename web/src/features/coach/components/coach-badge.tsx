import type { ActiveCoach } from '../../../../../shared/contracts/common.ts';

/** "Offline coach" or "Model: gpt-4.1-mini via openai-compatible (localhost:11434)". */
export function describeCoach(coach: ActiveCoach): string {
  if (coach.kind === 'offline') return 'Offline coach';
  const via = coach.provider ? ` via ${coach.provider}` : '';
  const host = coach.host ? ` (${coach.host})` : '';
  return `Model: ${coach.model ?? 'unknown model'}${via}${host}`;
}

/** Loading, loaded or failed: the shape of a query's result. */
interface CoachState {
  data: ActiveCoach | undefined;
  error: Error | null;
}

export function CoachBadge({ state }: { state: CoachState }) {
  const { data, error } = state;
  let label = 'Checking coach…';
  let kind = 'pending';
  let title = 'Asking the server which coach is active';
  if (data) {
    label = describeCoach(data);
    kind = data.kind;
    title =
      data.kind === 'offline'
        ? 'Critiques come from the built-in rulebook; nothing leaves this machine.'
        : 'Critiques come from a language model, checked against the rulebook.';
  } else if (error) {
    label = 'Coach unavailable';
    kind = 'error';
    title = error.message;
  }
  return (
    <p className={`coach-badge coach-badge--${kind}`} title={title} data-testid="coach-badge">
      <span className="coach-badge__dot" aria-hidden="true" />
      <span className="visually-hidden">Active coach: </span>
      {label}
    </p>
  );
}
