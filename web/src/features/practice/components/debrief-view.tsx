import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { Debrief, PracticeSession } from '../../../../../shared/contracts/practice.ts';
import { CopyButton } from '../../../components/copy-button.tsx';
import { withGuideNames } from '../../../../../shared/guides.ts';
import { critiqueNote } from '../api/critique-note.ts';
import { saveNote } from '../api/save-note.ts';
import { cx } from '../styles.ts';

/** The scorecard (every conduct rule with the user's words), the thank-you note with a live check, export. */
export function DebriefView({ session, debrief, onNew }: { session: PracticeSession; debrief: Debrief; onNew: () => void }) {
  const [note, setNote] = useState(() => debrief.note ?? debrief.thankYouDraft);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Ending a long conversation leaves the page scrolled far down: start the debrief at its top.
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    headingRef.current?.scrollIntoView({ block: 'start' });
  }, [session.id]);
  // What to work on first, then what went well.
  const missed = debrief.items.filter((item) => !item.passed);
  const met = debrief.items.filter((item) => item.passed);
  const [checked, setChecked] = useState(note);
  useEffect(() => {
    const timer = setTimeout(() => setChecked(note), 300);
    return () => clearTimeout(timer);
  }, [note]);
  // The edited note is kept on the server with the debrief, so the export and a later visit have it.
  const save = useMutation({ mutationFn: (text: string) => saveNote(session.id, text) });
  const { mutate: saveText } = save;
  useEffect(() => {
    if (checked !== (debrief.note ?? debrief.thankYouDraft)) saveText(checked);
  }, [checked, debrief.note, debrief.thankYouDraft, saveText]);
  const check = useQuery({
    queryKey: ['followup-critique', session.id, checked],
    queryFn: ({ signal }) => critiqueNote(checked, session.id, signal),
    enabled: checked.trim() !== '',
    placeholderData: (previous) => previous,
  });

  return (
    <div className={cx('debrief')}>
      <section className={cx('scorecard')} aria-label="Debrief" data-testid="debrief">
        <h2 ref={headingRef} tabIndex={-1}>
          Debrief: your conversation with {session.persona.name}
        </h2>
        <p className={cx('debrief-summary')}>
          <span className={cx('score')} data-testid="debrief-score">
            {debrief.score}
          </span>
          <span className={cx('debrief-summary__of')}> / 100</span>{' '}
          <span data-testid="debrief-summary">
            {missed.length === 0
              ? `You met all ${met.length} conduct rules.`
              : `${missed.length} of ${debrief.items.length} conduct rules to work on; ${met.length} done well.`}
          </span>
        </p>
        {debrief.notice && <p className={cx('notice')}>{debrief.notice}</p>}
        {missed.length > 0 && <h3 className={cx('debrief-group')}>To work on</h3>}
        <DebriefItems items={missed} />
        {met.length > 0 && <h3 className={cx('debrief-group')}>Done well</h3>}
        <DebriefItems items={met} />
        {debrief.askerScores && debrief.askerScores.length > 0 && <AskerScores scores={debrief.askerScores} />}
        {debrief.remarks.length > 0 && (
          <>
            <h3>More from the coach</h3>
            <ul>
              {debrief.remarks.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section className={cx('note-editor')} aria-labelledby="note-heading">
        <h2 id="note-heading">Your thank-you note</h2>
        <p className={cx('muted')}>Drafted from your conversation; edit it and watch the checklist.</p>
        <label className={cx('visually-hidden')} htmlFor="thank-you-note">
          Thank-you note
        </label>
        <textarea
          id="thank-you-note"
          rows={Math.max(10, note.split('\n').length + 2)}
          value={note}
          onChange={(event) => setNote(event.target.value)}
        />
        <ul className={cx('note-checks')} data-testid="note-checks" aria-live="polite">
          {check.data?.findings.map((f) => (
            <li key={f.ruleId} className={cx(f.passed ? 'pass' : 'fail')} data-rule-id={f.ruleId} data-passed={String(f.passed)}>
              <span aria-hidden="true">{f.passed ? '✓' : '✗'}</span> {f.message}
              {!f.passed && f.suggestion && <span className={cx('muted')}> {f.suggestion}</span>}
            </li>
          ))}
        </ul>
        {check.error && <p className={cx('error')}>{check.error.message}</p>}
        {save.error && <p className={cx('error')}>{save.error.message}</p>}
        <p className={cx('muted')} aria-live="polite" data-testid="note-saved">
          {save.isPending ? 'Saving…' : save.isSuccess ? 'Saved.' : ''}
        </p>
        <div className={cx('actions')}>
          <CopyButton text={note} what="note" />
          <a className={cx('button button--secondary')} href={`/api/practice/sessions/${encodeURIComponent(session.id)}/markdown`} download>
            Export as Markdown
          </a>
          <button type="button" className={cx('button button--primary')} onClick={onNew}>
            Practice again
          </button>
        </div>
      </section>
    </div>
  );
}

function DebriefItems({ items }: { items: readonly Debrief['items'][number][] }) {
  if (items.length === 0) return null;
  return (
    <ul className={cx('debrief-items')}>
      {items.map((item) => (
        <li key={item.ruleId} className={cx(`debrief-item debrief-item--${item.passed ? 'pass' : 'fail'}`)} data-rule-id={item.ruleId}>
          <h4>
            <span aria-hidden="true">{item.passed ? '✓' : '✗'}</span> {item.title}
            <span className={cx('visually-hidden')}>{item.passed ? ' (passed)' : ' (missed)'}</span>
          </h4>
          {item.evidence.length > 0 && (
            <div className={cx('debrief-item__quotes')}>
              <p className={cx('debrief-item__said')}>From your conversation</p>
              {item.evidence.map((quote) => (
                <blockquote key={quote}>“{quote}”</blockquote>
              ))}
            </div>
          )}
          <p>{withGuideNames(item.advice)}</p>
        </li>
      ))}
    </ul>
  );
}

const VERDICT_LABEL = { good: 'Good', 'work-on': 'Work on', 'not-rated': 'Not rated' } as const;

/** How the user did as the one asking: talk share, agenda, follow-ups, open questions, time. */
function AskerScores({ scores }: { scores: NonNullable<Debrief['askerScores']> }) {
  return (
    <>
      <h3 className={cx('debrief-group')}>You as the asker</h3>
      <ul className={cx('asker-scores')} data-testid="asker-scores">
        {scores.map((score) => (
          <li key={score.id} className={cx(`asker-score asker-score--${score.verdict}`)} data-score-id={score.id} data-verdict={score.verdict}>
            <h4>
              {score.title}: {VERDICT_LABEL[score.verdict]}
            </h4>
            <p>{score.measure}</p>
            {score.evidence.length > 0 && (
              <div className={cx('asker-score__quotes')}>
                <p className={cx('asker-score__said')}>From your conversation</p>
                {score.evidence.map((quote) => (
                  <blockquote key={quote}>“{quote}”</blockquote>
                ))}
              </div>
            )}
            <p>{score.advice}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
