import { useEffect, useRef, useState } from 'react';
import type { QuestionFinding, QuestionResult } from '../../../../../shared/contracts/questions.ts';
import { guideName, withGuideNames } from '../../../../../shared/guides.ts';
import { getRule } from '../../../../../shared/rules/index.ts';
import { markedPieces } from '../utils/spans.ts';
import { cx } from '../styles.ts';

interface ReviewResultsProps {
  results: readonly QuestionResult[];
  /** Puts `text` in the list in place of `question`. */
  onReplace: (question: string, text: string) => void;
  /** Whether a reviewed question is still in the list (the agenda's rephrasings or an edit may have replaced it). */
  inList: (question: string) => boolean;
}

/** One card per reviewed question: verdict, the words that break a rule, why, and what to ask instead. */
export function ReviewResults({ results, onReplace, inList }: ReviewResultsProps) {
  return (
    <ol className={cx('q-results')} data-testid="review-results">
      {results.map((result, i) => (
        <ResultCard key={`${i}:${result.question}`} result={result} onReplace={onReplace} gone={!inList(result.question)} />
      ))}
    </ol>
  );
}

function ResultCard({ result, onReplace, gone }: { result: QuestionResult; onReplace: ReviewResultsProps['onReplace']; gone: boolean }) {
  const [chosen, setState] = useState<'open' | 'accepted' | 'kept' | 'editing'>('open');
  // A question changed in the list since this review (an agenda took its rephrasing, or it was
  // edited): its Accept would replace nothing, so the card says so instead of offering it.
  const state = chosen === 'accepted' ? chosen : gone ? 'gone' : chosen;
  const [draft, setDraft] = useState(result.rephrased ?? result.question);
  const failed = result.findings.filter((f) => !f.passed);
  const blocking = failed.filter((f) => f.severity !== 'low');
  const spans = blocking.flatMap((f) => (f.evidence ? [f.evidence] : []));
  const informational = result.verdict === 'informational';

  // Accept, Keep, Use this and Cancel remove the button that was pressed: focus moves on to the
  // next question still waiting for a decision, or to this card's outcome, never to <body>.
  const card = useRef<HTMLLIElement>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<'next' | 'edit' | null>(null);
  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (target === 'edit') editButton.current?.focus();
    if (target !== 'next') return;
    let next = card.current?.nextElementSibling;
    while (next) {
      const action = next.querySelector<HTMLElement>('[data-action="accept"]');
      if (action) return action.focus();
      next = next.nextElementSibling;
    }
    outcome.current?.focus();
  }, [state]);

  const decide = (next: 'accepted' | 'kept') => {
    focusAfter.current = 'next';
    setState(next);
  };
  const use = (text: string) => {
    onReplace(result.question, text);
    decide('accepted');
  };

  return (
    <li ref={card} className={cx(`card q-result q-result--${result.verdict}`)} data-testid="review-result" data-verdict={result.verdict}>
      <div className={cx('q-result__head')}>
        <span className={cx(`tag ${informational ? 'tag--good' : 'tag--poor'}`)}>{informational ? 'Fits an informational interview' : 'Rephrase'}</span>
        {/* The category is the asked question's: for one to rephrase it belongs to the rephrasing, shown there. */}
        {informational && <span className={cx('tag tag--muted')}>{result.category.replace(/-/g, ' ')}</span>}
      </div>
      <p className={cx('q-result__question')}>
        {markedPieces(result.question, spans).map((piece, i) =>
          piece.marked ? (
            <mark key={i} className={cx('q-mark')}>
              {piece.text}
            </mark>
          ) : (
            <span key={i}>{piece.text}</span>
          ),
        )}
      </p>
      <p className={cx('q-result__explanation')}>{withGuideNames(result.explanation)}</p>
      {failed.length > 0 && (
        <details className={cx('q-result__why')}>
          <summary>Why ({failed.map((f) => getRule(f.ruleId)?.title ?? f.ruleId).join(', ')})</summary>
          <ul>
            {failed.map((f) => (
              <Why key={f.ruleId} finding={f} />
            ))}
          </ul>
        </details>
      )}
      {result.rephrased !== null && state === 'open' && (
        <div className={cx('q-result__suggestion')}>
          <p className={cx('q-result__label')}>
            Ask instead <span className={cx('tag tag--muted')}>{result.category.replace(/-/g, ' ')}</span>
          </p>
          <p className={cx('q-result__rephrased')} data-testid="rephrased">
            {result.rephrased}
          </p>
          <div className={cx('actions')}>
            <button type="button" className={cx('button button--primary button--small')} data-action="accept" onClick={() => use(result.rephrased ?? result.question)}>
              Accept
            </button>
            <button type="button" className={cx('button button--secondary button--small')} data-action="edit" ref={editButton} onClick={() => setState('editing')}>
              Edit
            </button>
            <button type="button" className={cx('button button--quiet button--small')} data-action="keep" onClick={() => decide('kept')}>
              Keep original
            </button>
          </div>
        </div>
      )}
      {state === 'editing' && (
        <form
          className={cx('q-result__edit')}
          onSubmit={(event) => {
            event.preventDefault();
            if (draft.trim()) use(draft.trim());
          }}
        >
          <label className={cx('field')}>
            <span className={cx('field__label')}>Your version</span>
            <input value={draft} onChange={(e) => setDraft(e.target.value)} autoFocus />
          </label>
          <div className={cx('actions')}>
            <button type="submit" className={cx('button button--primary button--small')}>
              Use my version
            </button>
            <button
              type="button"
              className={cx('button button--quiet button--small')}
              onClick={() => {
                focusAfter.current = 'edit';
                setState('open');
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
      {state === 'accepted' && (
        <p className={cx('met')} ref={outcome} tabIndex={-1}>
          In your list.
        </p>
      )}
      {state === 'gone' && (
        <p className={cx('muted')} data-testid="review-gone">
          No longer in your list as written: it was changed since this review. Press “Review questions” to review the list as it is now.
        </p>
      )}
      {state === 'kept' && (
        <p className={cx('muted')} ref={outcome} tabIndex={-1}>
          Kept as you wrote it.
        </p>
      )}
      {result.alternatives.length > 0 && state !== 'accepted' && state !== 'gone' && (
        <div className={cx('q-result__alternatives')}>
          <p className={cx('q-result__label')}>Or</p>
          <ul>
            {result.alternatives.map((alternative) => (
              <li key={alternative}>
                <span>{alternative}</span>{' '}
                <button type="button" className={cx('link-button')} onClick={() => use(alternative)}>
                  Use this
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

function Why({ finding }: { finding: QuestionFinding }) {
  const rule = getRule(finding.ruleId);
  return (
    <li className={cx(`q-why q-why--${finding.severity}`)}>
      <strong>{rule?.title ?? finding.ruleId}</strong> <span className={cx('rule__severity')}>{finding.severity}</span>
      <p>{withGuideNames(finding.message)}</p>
      {finding.profileEvidence && <p className={cx('muted')}>Their profile already says: “{finding.profileEvidence.quote}”</p>}
      {finding.suggestion && <p>{withGuideNames(finding.suggestion)}</p>}
      {rule?.sources.map((s) => (
        <p key={s.guide} className={cx('citation')}>
          “{s.quote}” — {guideName(s.guide)}
        </p>
      ))}
    </li>
  );
}
