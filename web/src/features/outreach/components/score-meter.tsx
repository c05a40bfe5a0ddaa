import { cx } from '../styles.ts';
/** Words for a score band, so the number is never the only signal. */
export function scoreBand(score: number): { label: string; tone: 'good' | 'fair' | 'poor' } {
  if (score >= 90) return { label: 'Strong', tone: 'good' };
  if (score >= 65) return { label: 'Getting there', tone: 'fair' };
  return { label: 'Needs work', tone: 'poor' };
}

interface ScoreMeterProps {
  /** null: nothing to score yet. */
  score: number | null;
  /** e.g. "Live score" or "Critique score". */
  label: string;
  passed: number;
  total: number;
}

export function ScoreMeter({ score, label, passed, total }: ScoreMeterProps) {
  const band = score === null ? { label: 'Not started', tone: 'none' } : scoreBand(score);
  return (
    <div className={cx(`score score--${band.tone}`)}>
      <p className={cx('score__number')}>
        <span className={cx('score__label')}>{label}</span>
        <span className={cx('score__value')} data-testid="score-value">
          {score ?? '—'}
        </span>
        <span className={cx('score__max')}>/100</span>
      </p>
      <div className={cx('score__detail')}>
        <span className={cx('score__band')}>{band.label}</span>
        <span className={cx('score__count')}>{score === null ? `${total} rules to check` : `${passed} of ${total} rules met`}</span>
        <span className={cx('score__bar')} aria-hidden="true">
          <span className={cx('score__fill')} style={{ width: `${score ?? 0}%` }} />
        </span>
      </div>
    </div>
  );
}
