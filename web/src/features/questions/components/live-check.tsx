import { useDeferredValue, useMemo } from 'react';
import type { QuestionContext } from '../../../../../shared/contracts/questions.ts';
import { decideQuestion } from '../../../../../shared/language/questions.ts';
import { toCheckContext } from '../../../../../shared/questions/rephrase.ts';
import { useQuestionsModel } from '../use-questions-model.ts';
import { cx } from '../styles.ts';

/** Which lines need work, as the user types: the rules and the questions model in the browser, no server. */
export function LiveCheck({ questions, context }: { questions: readonly string[]; context: QuestionContext }) {
  const deferred = useDeferredValue(questions);
  const ctx = useMemo(() => toCheckContext(context), [context]);
  const modelReady = useQuestionsModel();
  const lines = useMemo(
    () =>
      deferred.map((question) => {
        const failed = decideQuestion(question, ctx).filter((v) => !v.result.passed);
        const blocking = failed.some((v) => v.severity !== 'low');
        return { question, failed, status: blocking ? 'needs-work' : failed.length > 0 ? 'advice' : 'ok' };
      }),
    // The model's arrival changes the decision.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [deferred, ctx, modelReady],
  );
  if (lines.length === 0) return <p className={cx('muted live__empty')}>Your questions will be checked here as you type.</p>;
  const needWork = lines.filter((l) => l.status === 'needs-work').length;
  return (
    <div data-testid="live-check">
      <p className={cx('q-live__summary')} role="status">
        {needWork === 0 ? `All ${lines.length} fit an informational interview.` : `${needWork} of ${lines.length} need work.`}
      </p>
      <ul className={cx('q-live')}>
        {lines.map((line, i) => (
          <li key={i} className={cx(`q-live__line q-live__line--${line.status}`)} data-status={line.status}>
            <span className={cx('q-live__icon')} aria-hidden="true">
              {line.status === 'needs-work' ? '✗' : line.status === 'advice' ? '•' : '✓'}
            </span>
            <span className={cx('visually-hidden')}>{line.status === 'needs-work' ? 'Needs work: ' : line.status === 'advice' ? 'Could be better: ' : 'Fits: '}</span>
            <span className={cx('q-live__text')}>{line.question}</span>
            {line.failed.length > 0 && <span className={cx('q-live__rules')}>{line.failed.map((v) => v.rule.title).join(' · ')}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
