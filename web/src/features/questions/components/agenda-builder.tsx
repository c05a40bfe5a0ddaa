import { type DragEvent, type KeyboardEvent, useEffect, useState } from 'react';
import type { Agenda } from '../../../../../shared/contracts/questions.ts';
import { MAX_AGENDA_MINUTES, MIN_AGENDA_MINUTES } from '../../../../../shared/contracts/questions.ts';
import { agendaMarkdown } from '../../../../../shared/questions/agenda.ts';
import { copyText } from '../../../lib/clipboard.ts';
import { agendaMarkdownUrl } from '../api/get-agenda.ts';
import { useAgenda, useAgendas, useDeleteAgenda, useSaveAgenda } from '../hooks/use-questions-api.ts';
import { cx } from '../styles.ts';

interface AgendaBuilderProps {
  /** The questions in the list now (accepted rephrasings included). */
  questions: readonly string[];
}

/** Plans, saves, reorders and exports an agenda for the time asked for; lists the saved ones. */
export function AgendaBuilder({ questions }: AgendaBuilderProps) {
  const [title, setTitle] = useState('My informational interview');
  const [minutes, setMinutes] = useState(20);
  const [openId, setOpenId] = useState<string | null>(null);
  const save = useSaveAgenda();
  const agenda = useAgenda(openId).data;
  const minutesOk = Number.isInteger(minutes) && minutes >= MIN_AGENDA_MINUTES && minutes <= MAX_AGENDA_MINUTES;

  const build = () => {
    if (!minutesOk || questions.length === 0) return;
    save.mutate({ input: { title: title.trim() || 'My informational interview', minutes, questions: [...questions] } }, { onSuccess: (a) => setOpenId(a.id) });
  };

  const reorder = (next: string[]) => {
    if (!agenda) return;
    save.mutate({ id: agenda.id, input: { title: agenda.title, minutes: agenda.minutes, questions: next, order: 'as-given' } });
  };

  return (
    <section className={cx('card q-agenda')} aria-labelledby="agenda-heading" data-testid="agenda-builder">
      <h2 id="agenda-heading">Agenda</h2>
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
        <button type="button" className={cx('button button--primary')} onClick={build} aria-disabled={!minutesOk || questions.length === 0}>
          Build agenda from {questions.length} question{questions.length === 1 ? '' : 's'}
        </button>
      </div>
      {save.error && <p className={cx('inline-error')} role="alert">{save.error.message}</p>}
      {agenda && <AgendaView agenda={agenda} onReorder={reorder} />}
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
  const move = (from: number, to: number) => {
    if (to < 0 || to >= asked.length || from === to) return;
    const next = [...asked];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    onReorder(next);
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
      <ol className={cx('q-agenda__items')}>
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
              key={`${i}:${item.text}`}
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
                <button type="button" className={cx('link-button')} aria-label={`Move up: ${item.text}`} onClick={() => move(at, at - 1)} disabled={at === 0}>
                  ↑
                </button>
                <button type="button" className={cx('link-button')} aria-label={`Move down: ${item.text}`} onClick={() => move(at, at + 1)} disabled={at === asked.length - 1}>
                  ↓
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

function SavedAgendas({ openId, onOpen }: { openId: string | null; onOpen: (id: string | null) => void }) {
  const agendas = useAgendas();
  const remove = useDeleteAgenda();
  const list = agendas.data?.agendas ?? [];
  if (list.length === 0) return null;
  return (
    <div className={cx('q-saved')} data-testid="saved-agendas">
      <h3>Saved agendas</h3>
      <ul>
        {list.map((a) => (
          <li key={a.id} aria-current={a.id === openId ? 'true' : undefined}>
            <button type="button" className={cx('link-button')} onClick={() => onOpen(a.id)}>
              {a.title}
            </button>{' '}
            <span className={cx('muted')}>
              {a.questionCount} questions · {a.minutes} min{a.fits ? '' : ' · over time'}
            </span>{' '}
            <button
              type="button"
              className={cx('link-button')}
              aria-label={`Delete ${a.title}`}
              onClick={() => remove.mutate(a.id, { onSuccess: () => (a.id === openId ? onOpen(null) : undefined) })}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
