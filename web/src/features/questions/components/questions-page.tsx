import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { z } from 'zod';
import { useLocation, useSearch } from 'wouter';
import type { ContactBrief } from '../../../../../shared/contracts/contact-brief.ts';
import { ContactBanner } from '../../../components/contact-banner.tsx';
import type { QuestionContext } from '../../../../../shared/contracts/questions.ts';
import { splitQuestionList } from '../../../../../shared/rules/question-text.ts';
import { useReview } from '../hooks/use-questions-api.ts';
import { reviewLimits } from '../utils/limits.ts';
import { replaceLine } from '../utils/spans.ts';
import { AgendaBuilder } from './agenda-builder.tsx';
import { BankPanel } from './bank-panel.tsx';
import { LiveCheck } from './live-check.tsx';
import { ReviewResults } from './review-results.tsx';
import { cx } from '../styles.ts';
import { PageIntro } from '../../../components/page-intro.tsx';
import { useStoredState } from '../../../lib/stored-state.ts';

/** The list and who it is for, kept in this browser until the next visit (unsent work survives a reload). */
const QUESTIONS_KEY = 'infochat.questions.list.v1';
const CONTEXT_KEY = 'infochat.questions.context.v1';
const EXAMPLE_QUESTIONS = [
  'How did you move from field organizing into program leadership?',
  'What does a typical week look like for a program director at Green Futures Alliance?',
  'Which skills matter most for someone starting out in sustainability nonprofits?',
  'Are there any openings on your team I could apply for?',
  'Who else would you suggest I talk to?',
].join('\n');
const EXAMPLE_CONTEXT: QuestionContext = { field: 'sustainability nonprofits', role: 'Program Director', organization: 'Green Futures Alliance' };
const StoredContext = z.object({ field: z.string().optional(), role: z.string().optional(), organization: z.string().optional(), profile: z.string().optional() });

/** The Questions page: paste, check live, review, accept rephrasings, add from the bank, plan the agenda. */
export function QuestionsPage() {
  const [text, setText] = useStoredState(QUESTIONS_KEY, z.string(), '');
  const [context, setContext] = useStoredState<QuestionContext>(CONTEXT_KEY, StoredContext, {});
  // Open at first when something was kept in it, so what was typed is in view after a reload.
  const [contextOpenAtFirst] = useState(() => Object.values(context).some((v) => Boolean(v?.trim())));
  const review = useReview();
  // `/questions?example=1` (the first-run steps): questions for Jelena Okafor, one of them a job ask to see rephrased.
  const wantsExample = new URLSearchParams(useSearch()).has('example');
  const [, navigate] = useLocation();
  useEffect(() => {
    if (!wantsExample) return;
    setText(EXAMPLE_QUESTIONS);
    setContext(EXAMPLE_CONTEXT);
    navigate('~/questions', { replace: true });
  }, [wantsExample]);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const questions = useMemo(() => splitQuestionList(text), [text]);
  const limits = reviewLimits(questions, context.profile ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  const setField = (key: keyof QuestionContext, value: string) => setContext((c) => ({ ...c, [key]: value }));
  const [agendaId, setAgendaId] = useState<string | undefined>(undefined);
  // Opened from a contact: who they are and their pasted profile fill the context (the profile check uses it).
  const fillFromContact = useCallback(
    (contact: ContactBrief) =>
      setContext((c) =>
        c.profile?.trim() || c.organization?.trim()
          ? c
          : {
              ...(contact.field ? { field: contact.field } : {}),
              ...(contact.role ? { role: contact.role } : {}),
              ...(contact.organization ? { organization: contact.organization } : {}),
              ...(contact.profile ? { profile: contact.profile } : {}),
            },
      ),
    [],
  );

  const submit = () => {
    if (review.isPending) return;
    if (questions.length === 0) return setProblem('Paste or type at least one question, one per line.');
    if (limits.problem) return setProblem(limits.problem);
    setProblem(null);
    review.mutate({ questions, context }, { onSuccess: () => resultsRef.current?.focus() });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  const replace = (question: string, next: string) => setText((t) => replaceLine(splitQuestionList(t), question, next).join('\n'));
  const add = (next: string) => setText((t) => (t.trim() ? `${t.replace(/\s+$/, '')}\n${next}` : next));

  return (
    <div className={cx('page questions')}>
      <PageIntro page="questions" />
      <ContactBanner page="questions" onContact={fillFromContact} link={{ kind: 'agenda', targetId: agendaId }} />
      <div className={cx('q-grid')}>
        <section className={cx('card q-input')} aria-labelledby="questions-heading" onKeyDown={onKeyDown}>
          <h2 id="questions-heading">Your questions</h2>
          <label className={cx('field')}>
            <span className={cx('field__label')}>One per line (a numbered or bulleted list works too)</span>
            <textarea
              data-testid="questions-input"
              rows={9}
              value={text}
              onChange={(e) => setText(e.target.value)}
              placeholder={'What does a typical week look like for you?\nHow did you get started in this field?'}
            />
            <span className={cx('field__hint')} data-testid="questions-count">
              <span className={limits.over.count ? cx('field__error') : undefined}>{limits.count}</span>
              {limits.longest && (
                <>
                  {' · '}
                  <span className={limits.over.longest ? cx('field__error') : undefined}>{limits.longest}</span>
                </>
              )}
            </span>
          </label>
          <details className={cx('q-context')} open={contextOpenAtFirst}>
            <summary>Who you will talk to (optional)</summary>
            <div className={cx('context__grid')}>
              {(['field', 'role', 'organization'] as const).map((key) => (
                <label key={key} className={cx('field')}>
                  <span className={cx('field__label')}>{key === 'field' ? 'Field' : key === 'role' ? 'Their role' : 'Organization'}</span>
                  <input value={context[key] ?? ''} onChange={(e) => setField(key, e.target.value)} maxLength={160} />
                </label>
              ))}
            </div>
            <label className={cx('field')}>
              <span className={cx('field__label')}>Their profile or bio (paste from LinkedIn or their website)</span>
              <textarea data-testid="profile-input" rows={4} value={context.profile ?? ''} onChange={(e) => setField('profile', e.target.value)} />
              <span className={cx('field__hint')}>
                Questions it already answers are flagged, with the line that answers them.
                {limits.profile && (
                  <>
                    {' '}
                    <span className={limits.over.profile ? cx('field__error') : undefined} data-testid="profile-count">
                      {limits.profile}
                    </span>
                  </>
                )}
              </span>
            </label>
          </details>
          <div className={cx('actions')}>
            <button type="button" className={cx('button button--primary')} onClick={submit} aria-disabled={review.isPending}>
              {review.isPending ? 'Reviewing…' : 'Review questions'}
            </button>
            <span className={cx('actions__hint muted')}>Ctrl+Enter</span>
          </div>
          {(problem ?? review.error?.message) && (
            <p className={cx('inline-error')} role="alert">
              {problem ?? review.error?.message}
            </p>
          )}
          <h3 className={cx('q-live__heading')}>Live check</h3>
          <LiveCheck questions={questions} context={context} />
        </section>

        <section className={cx('q-review')} aria-labelledby="review-heading">
          <h2 id="review-heading" ref={resultsRef} tabIndex={-1}>
            Review
          </h2>
          {review.data?.notice && <p className={cx('notice')}>{review.data.notice}</p>}
          {review.data ? (
            <ReviewResults key={review.data.reviewId ?? review.data.createdAt} results={review.data.results} onReplace={replace} inList={(q) => questions.includes(q)} />
          ) : (
            <p className={cx('muted')}>Press “Review questions” for a verdict on each one, with a rephrasing where it needs one.</p>
          )}
        </section>
      </div>
      <div className={cx('q-grid')}>
        <BankPanel onAdd={add} inList={(q) => questions.includes(q)} />
        <AgendaBuilder questions={questions} context={context} onReplace={replace} onSaved={setAgendaId} />
      </div>
    </div>
  );
}
