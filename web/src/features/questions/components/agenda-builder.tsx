import { type DragEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { Agenda, QuestionContext, QuestionResult } from '../../../../../shared/contracts/questions.ts';
import { suggestedAgendaTitle } from '../utils/agenda-title.ts';
import { MAX_AGENDA_MINUTES, MIN_AGENDA_MINUTES } from '../../../../../shared/contracts/questions.ts';
import { agendaMarkdown } from '../../../../../shared/questions/agenda.ts';
import { reviewQuestion } from '../../../../../shared/questions/review.ts';
import { getRule } from '../../../../../shared/rules/index.ts';
import { copyText } from '../../../lib/clipboard.ts';
import { agendaMarkdownUrl } from '../api/get-agenda.ts';
import { useAgenda, useAgendas, useDeleteAgenda, useSaveAgenda } from '../hooks/use-questions-api.ts';
import { cx } from '../styles.ts';

interface AgendaBuilderProps {
  /** The questions in the list now (accepted rephrasings included). */
  questions: readonly string[];
  /** Who the user will talk to: a question their profile answers is flagged too. */
  context?: QuestionContext;
  /** Puts `text` in the list in place of `question` (a rephrasing taken before building). */
  onReplace?: (question: string, text: string) => void;
  /** A new agenda was saved (the page links it to the contact it was opened for). */
  onSaved?: ((id: string) => void) | undefined;
}

type FlagChoice = 'rephrase' | 'leave-out' | 'keep';
interface Flagged {
  result: QuestionResult;
  choice: FlagChoice;
}

/** Plans, saves, reorders and exports an agenda for the time asked for; lists the saved ones. */
export function AgendaBuilder({ questions, context = {}, onReplace, onSaved }: AgendaBuilderProps) {
  // null until the user types a title: the suggested one (from who they will talk to) shows meanwhile.
  const [typedTitle, setTitle] = useState<string | null>(null);
  const suggestedTitle = suggestedAgendaTitle(context);
  const title = typedTitle ?? suggestedTitle;
  const [minutes, setMinutes] = useState(20);
  const [openId, setOpenId] = useState<string | null>(null);
  const save = useSaveAgenda();
  const agenda = useAgenda(openId).data;
  const minutesOk = Number.isInteger(minutes) && minutes >= MIN_AGENDA_MINUTES && minutes <= MAX_AGENDA_MINUTES;

  // Questions the rules flag (a job ask, their own salary…) are named before they enter an agenda,
  // each with its rephrasing: use it (the default), leave the question out, or keep it as written.
  const [flagged, setFlagged] = useState<Flagged[] | null>(null);
  const flaggedHeading = useRef<HTMLHeadingElement>(null);
  const flaggedOpen = flagged !== null;
  const buildButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The panel's buttons go with it: focus moves to the panel, then back to Build or to the agenda.
  const focusAfterPanel = useRef<'build' | 'agenda'>('build');
  const wasOpen = useRef(false);
  useEffect(() => {
    if (flaggedOpen) flaggedHeading.current?.focus();
    else if (wasOpen.current) (focusAfterPanel.current === 'agenda' ? heading.current : buildButton.current)?.focus();
    wasOpen.current = flaggedOpen;
  }, [flaggedOpen]);

  const save_ = (list: string[]) =>
    save.mutate(
      { input: { title: title.trim() || suggestedTitle, minutes, questions: list } },
      {
        onSuccess: (a) => {
          setOpenId(a.id);
          onSaved?.(a.id);
        },
      },
    );

  const build = () => {
    if (!minutesOk || questions.length === 0) return;
    const needWork = questions.map((q) => reviewQuestion(q, context)).filter((r) => r.verdict !== 'informational');
    if (needWork.length > 0) return setFlagged(needWork.map((result) => ({ result, choice: result.rephrased ? 'rephrase' : 'leave-out' })));
    save_([...questions]);
  };

  const buildWithChoices = () => {
    if (!flagged) return;
    const byQuestion = new Map(flagged.map((f) => [f.result.question, f]));
    const list: string[] = [];
    for (const q of questions) {
      const f = byQuestion.get(q);
      if (!f || f.choice === 'keep') list.push(q);
      else if (f.choice === 'rephrase' && f.result.rephrased) {
        list.push(f.result.rephrased);
        onReplace?.(q, f.result.rephrased);
      }
    }
    focusAfterPanel.current = 'agenda';
    setFlagged(null);
    if (list.length > 0) save_(list);
  };

  const reorder = (next: string[]) => {
    if (!agenda) return;
    save.mutate({ id: agenda.id, input: { title: agenda.title, minutes: agenda.minutes, questions: next, order: 'as-given' } });
  };

  return (
    <section className={cx('card q-agenda')} aria-labelledby="agenda-heading" data-testid="agenda-builder">
      <h2 id="agenda-heading" ref={heading} tabIndex={-1}>
        Agenda
      </h2>
      <p className={cx('card__sub')}>Opening thanks and a short background, your questions in order, then “Who else should I talk to?” and thanks.</p>
      <div className={cx('q-agenda__form')}>
        <label className={cx('field')}>
          <span className={cx('field__label')}>Title</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} />
        </label>
        <fieldset className={cx('field q-agenda__minutes')}>
          <legend className={cx('field__label')}>Time they gave you</legend>
          <div className={cx('segmented')}>
            {[15, 20, 30].map((m) => (
              <button key={m} type="button" aria-pressed={minutes === m} className={cx('button button--secondary button--small')} onClick={() => setMinutes(m)}>
                {m} min
              </button>
            ))}
            <label>
              <span className={cx('visually-hidden')}>Minutes</span>
              <input
                type="number"
                min={MIN_AGENDA_MINUTES}
                max={MAX_AGENDA_MINUTES}
                value={minutes}
                aria-label="Minutes"
                onChange={(e) => setMinutes(Number(e.target.value))}
                className={cx('q-agenda__minutes-input')}
              />
            </label>
          </div>
          {!minutesOk && <span className={cx('field__error')}>Between {MIN_AGENDA_MINUTES} and {MAX_AGENDA_MINUTES} minutes.</span>}
        </fieldset>
        <button type="button" ref={buildButton} className={cx('button button--primary')} onClick={build} aria-disabled={!minutesOk || questions.length === 0}>
          Build agenda from {questions.length} question{questions.length === 1 ? '' : 's'}
        </button>
      </div>
      {flagged && (
        <div className={cx('q-flagged')} data-testid="flagged-questions">
          <h3 ref={flaggedHeading} tabIndex={-1}>
            {flagged.length === 1 ? '1 question' : `${flagged.length} questions`} would turn the conversation into a job interview
          </h3>
          <p className={cx('muted')}>Choose what goes in the agenda for each; the rephrasing is chosen unless you say otherwise.</p>
          {flagged.map((f, i) => (
            <fieldset key={f.result.question} className={cx('q-flagged__item')} data-testid="flagged-question">
              <legend>
                “{f.result.question}”{' '}
                <span className={cx('q-flagged__why')}>
                  {f.result.findings
                    .filter((x) => !x.passed && x.severity !== 'low')
                    .map((x) => getRule(x.ruleId)?.title ?? x.ruleId)
                    .join(' · ')}
                </span>
              </legend>
              {(['rephrase', 'leave-out', 'keep'] as const)
                .filter((choice) => choice !== 'rephrase' || f.result.rephrased)
                .map((choice) => (
                  <label key={choice} className={cx('q-flagged__choice')}>
                    <input
                      type="radio"
                      name={`flagged-${i}`}
                      checked={f.choice === choice}
                      onChange={() => setFlagged((all) => all?.map((x, j) => (j === i ? { ...x, choice } : x)) ?? null)}
                    />
                    {choice === 'rephrase' ? <span>Ask instead: “{f.result.rephrased}”</span> : choice === 'leave-out' ? <span>Leave it out</span> : <span>Keep it as written</span>}
                  </label>
                ))}
            </fieldset>
          ))}
          <div className={cx('actions')}>
            <button type="button" className={cx('button button--primary')} onClick={buildWithChoices}>
              Build agenda
            </button>
            <button type="button" className={cx('button button--quiet')} onClick={() => {
                focusAfterPanel.current = 'build';
                setFlagged(null);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      {save.error && <p className={cx('inline-error')} role="alert">{save.error.message}</p>}
      {agenda && !flagged && <AgendaView agenda={agenda} onReorder={reorder} />}
      <SavedAgendas openId={openId} onOpen={setOpenId} />
    </section>
  );
}

function AgendaView({ agenda, onReorder }: { agenda: Agenda; onReorder: (questions: string[]) => void }) {
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (copied === 'idle') return;
    const t = window.setTimeout(() => setCopied('idle'), 2500);
    return () => window.clearTimeout(t);
  }, [copied]);

  const asked = agenda.items.filter((i) => i.kind === 'question').map((i) => i.text);
  // The user's own referral question ("Who else do you think I should talk to?") sits in the
  // referral slot; it goes back with every change so their words are never swapped for the stock ones.
  const referral = agenda.items.filter((i) => i.kind === 'referral').map((i) => i.text);
  const list = useRef<HTMLOListElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const [removed, setRemoved] = useState<{ text: string; previous: string[] } | null>(null);
  // After a move the moved question keeps focus (its row is rebuilt from the saved agenda).
  const [focusText, setFocusText] = useState<{ text: string; control: 'row' | 'up' | 'down' } | null>(null);
  useEffect(() => {
    if (!focusText) return;
    const row = [...(list.current?.querySelectorAll<HTMLLIElement>('[data-testid="agenda-question"]') ?? [])].find((li) => li.dataset.text === focusText.text);
    if (!row) return;
    const target = focusText.control === 'row' ? row : row.querySelector<HTMLElement>(`[data-move="${focusText.control}"]`);
    (target ?? row).focus();
    setFocusText(null);
  }, [agenda, focusText]);
  useEffect(() => {
    if (removed) undoButton.current?.focus();
  }, [removed]);

  const change = (next: string[]) => onReorder([...next, ...referral]);
  const move = (from: number, to: number, control: 'row' | 'up' | 'down' = 'row') => {
    if (to < 0 || to >= asked.length || from === to) return;
    const next = [...asked];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    setFocusText({ text: item!, control });
    change(next);
  };
  const remove = (at: number) => {
    const text = asked[at];
    if (text === undefined) return;
    setRemoved({ text, previous: asked });
    change(asked.filter((_, i) => i !== at));
  };
  const undo = () => {
    if (!removed) return;
    setFocusText({ text: removed.text, control: 'row' });
    change(removed.previous);
    setRemoved(null);
  };
  const span = Math.max(agenda.totalMinutes, agenda.minutes);
  let questionIndex = -1;

  return (
    <div className={cx('q-agenda__view')} data-testid="agenda">
      <h3>{agenda.title}</h3>
      <div className={cx('q-timebar')} role="img" aria-label={`${agenda.totalMinutes} of ${agenda.minutes} minutes planned`}>
        {agenda.items.map((item, i) => (
          <span key={i} className={cx(`q-timebar__seg q-timebar__seg--${item.kind}`)} style={{ width: `${(100 * item.minutes) / span}%` }} />
        ))}
        <span className={cx('q-timebar__limit')} style={{ left: `${(100 * agenda.minutes) / span}%` }} />
      </div>
      <p className={cx(agenda.fits ? 'met' : 'notice')} data-testid="agenda-fit">
        {agenda.fits ? `Planned ${agenda.totalMinutes} of ${agenda.minutes} minutes.` : agenda.warning}
      </p>
      {removed && (
        <p className={cx('undo q-agenda__undo')} role="status">
          <span>Removed “{removed.text}”.</span>{' '}
          <button type="button" ref={undoButton} className={cx('button button--secondary button--small')} onClick={undo}>
            Undo
          </button>
        </p>
      )}
      <ol className={cx('q-agenda__items')} ref={list}>
        {agenda.items.map((item, i) => {
          if (item.kind !== 'question') {
            return (
              <li key={i} className={cx(`q-agenda__item q-agenda__item--${item.kind}`)}>
                <span className={cx('q-agenda__text')}>{item.text}</span> <span className={cx('muted')}>{item.minutes} min</span>
              </li>
            );
          }
          questionIndex++;
          const at = questionIndex;
          const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
            if (!event.altKey) return;
            if (event.key === 'ArrowUp') move(at, at - 1);
            else if (event.key === 'ArrowDown') move(at, at + 1);
            else return;
            event.preventDefault();
          };
          return (
            <li
              key={item.text}
              data-text={item.text}
              className={cx('q-agenda__item q-agenda__item--question')}
              draggable
              tabIndex={0}
              data-testid="agenda-question"
              aria-label={`${item.text} (${item.minutes} minutes). Alt+Up or Alt+Down to move.`}
              onKeyDown={onKeyDown}
              onDragStart={(e: DragEvent<HTMLLIElement>) => {
                setDragFrom(at);
                e.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                if (dragFrom !== null) move(dragFrom, at);
                setDragFrom(null);
              }}
            >
              <span className={cx('q-agenda__grip')} aria-hidden="true">
                ⋮⋮
              </span>
              <span className={cx('q-agenda__text')}>{item.text}</span> <span className={cx('muted')}>{item.minutes} min</span>
              <span className={cx('q-agenda__moves')}>
                {/* aria-disabled, not disabled: a button that becomes disabled drops focus to <body>. */}
                <button type="button" className={cx('link-button')} data-move="up" aria-label={`Move up: ${item.text}`} onClick={() => move(at, at - 1, 'up')} aria-disabled={at === 0}>
                  ↑
                </button>
                <button
                  type="button"
                  className={cx('link-button')}
                  data-move="down"
                  aria-label={`Move down: ${item.text}`}
                  onClick={() => move(at, at + 1, 'down')}
                  aria-disabled={at === asked.length - 1}
                >
                  ↓
                </button>
                <button type="button" className={cx('link-button')} data-action="remove" aria-label={`Remove: ${item.text}`} onClick={() => remove(at)}>
                  Remove
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <div className={cx('actions')}>
        <button type="button" className={cx('button button--secondary')} onClick={async () => setCopied((await copyText(agendaMarkdown(agenda))) ? 'copied' : 'failed')}>
          Copy as Markdown
        </button>
        <a className={cx('button button--secondary')} href={agendaMarkdownUrl(agenda.id)} download data-testid="download-markdown">
          Download Markdown
        </a>
        <a className={cx('button button--secondary')} href={`/practice?agenda=${encodeURIComponent(agenda.id)}`}>
          Practice with this agenda
        </a>
        <span role="status">{copied === 'copied' ? 'Copied' : copied === 'failed' ? 'Could not copy — use Download instead' : ''}</span>
      </div>
    </div>
  );
}

const SAVED_AT = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

function SavedAgendas({ openId, onOpen }: { openId: string | null; onOpen: (id: string | null) => void }) {
  const agendas = useAgendas();
  const remove = useDeleteAgenda();
  const list = agendas.data?.agendas ?? [];
  if (list.length === 0) return null;
  return (
    <div className={cx('q-saved')} data-testid="saved-agendas">
      <h3 id="saved-agendas-heading" tabIndex={-1}>
        Saved agendas
      </h3>
      <ul>
        {list.map((a) => (
          <li key={a.id} aria-current={a.id === openId ? 'true' : undefined}>
            <button type="button" className={cx('link-button')} onClick={() => onOpen(a.id)}>
              {a.title}
            </button>{' '}
            <span className={cx('muted')}>
              {a.questionCount} questions · {a.minutes} min{a.fits ? '' : ' · over time'} · saved{' '}
              {/* Agendas for no one in particular share a title: when each was saved tells them apart. */}
              <time dateTime={a.updatedAt}>{SAVED_AT.format(new Date(a.updatedAt))}</time>
            </span>{' '}
            <button
              type="button"
              className={cx('link-button')}
              aria-label={`Delete ${a.title}`}
              onClick={() => {
                // Deleting cannot be undone (and every agenda is "My informational interview" until renamed): ask first.
                if (!window.confirm(`Delete the saved agenda “${a.title}” (${a.questionCount} questions, ${a.minutes} min)? This cannot be undone.`)) return;
                remove.mutate(a.id, {
                  onSuccess: () => {
                    if (a.id === openId) onOpen(null);
                    // The row (and its button) is gone: focus the list's heading, or the agenda's if the list went too.
                    document.getElementById(list.length > 1 ? 'saved-agendas-heading' : 'agenda-heading')?.focus();
                  },
                });
              }}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
