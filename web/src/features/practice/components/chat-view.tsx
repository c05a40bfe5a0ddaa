import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { type CoachHint, MAX_MESSAGE_CHARS, type PracticeSession, type Turn } from '../../../../../shared/contracts/practice.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { endSession } from '../api/end-session.ts';
import { getHint } from '../api/get-hint.ts';
import { sendMessage } from '../api/send-message.ts';
import { readSavedAgenda, savedAgendaKeys } from '../api/get-saved-agendas.ts';
import { useSessionAgenda, useStoredHints, useStoredWrappedUp } from '../hooks/use-stored-session.ts';
import { agendaLines, agendaQuestions, isAsked } from '../utils/agenda-checklist.ts';
import { guideNames } from '../../../../../shared/guides.ts';
import { formatClock } from '../utils/clock.ts';
import { PersonaCardAside } from './persona-card-aside.tsx';
import { cx } from '../styles.ts';

interface Streaming {
  user: string;
  reply: string;
}

/** The conversation: transcript, streaming reply, clock, hints aside, the persona's card at hand. */
export function ChatView({ session, onNew }: { session: PracticeSession; onNew: () => void }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState('');
  const [streaming, setStreaming] = useState<Streaming | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [hints, addHint] = useStoredHints(session.id);
  // The newest hint stays by the message box until the user sends their next message; then it moves aside.
  const [noteOpen, setNoteOpen] = useState(false);
  // The professional said goodbye (the time is up, or the user closed): what is left is the debrief.
  const [wrappedUp, markWrappedUp] = useStoredWrappedUp(session.id);
  const agendaQuestionList = useAgendaQuestions(session);
  const userMessages = session.turns.filter((turn) => turn.role === 'user').map((turn) => turn.content);
  const transcriptRef = useRef<HTMLOListElement>(null);
  const composerRef = useRef<HTMLFormElement>(null);
  const messageRef = useRef<HTMLTextAreaElement>(null);
  const coachNoteRef = useRef<HTMLElement>(null);
  const key = ['practice-session', session.id];
  const first = session.persona.name.replace(/^(?:Dr|Mr|Ms|Mrs)\.?\s+/, '').split(' ')[0];

  // The newest message in sight: the transcript scrolls inside its box (desktop), and the page
  // keeps the composer on screen (phone, where the transcript is as tall as its messages).
  useEffect(() => {
    const transcript = transcriptRef.current;
    if (transcript) transcript.scrollTop = transcript.scrollHeight;
    composerRef.current?.scrollIntoView({ block: 'nearest' });
  }, [session.turns.length, streaming?.reply, streaming?.user]);

  // A new hint lands above the message box; on a phone the page would otherwise keep it out of sight.
  const newestHint = hints[0];
  const asideHints = noteOpen ? hints.slice(1) : hints;
  useEffect(() => {
    if (!newestHint) return;
    coachNoteRef.current?.scrollIntoView({ block: 'nearest' });
    composerRef.current?.scrollIntoView({ block: 'nearest' });
  }, [newestHint]);

  // Ready to type as soon as the conversation is on screen (after Start, or when resuming).
  useEffect(() => {
    messageRef.current?.focus({ preventScroll: true });
  }, [session.id]);

  const hint = useMutation<CoachHint, ApiError>({
    mutationFn: () => getHint(session.id),
    onSuccess: (h) => {
      addHint(h);
      setNoteOpen(true);
    },
  });
  const end = useMutation<unknown, ApiError>({
    mutationFn: () => endSession(session.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: key });
      void queryClient.invalidateQueries({ queryKey: ['practice-sessions'] });
    },
  });

  async function talk(content: string | null) {
    setError(null);
    setNoteOpen(false);
    setStreaming({ user: content ?? '', reply: '' });
    try {
      const answer = await sendMessage(
        session.id,
        content,
        (text) => setStreaming((s) => (s ? { ...s, reply: s.reply + text } : s)),
        undefined,
        () => setStreaming((s) => (s ? { ...s, reply: '' } : s)),
      );
      setNotice(answer.notice ?? null);
      if (answer.wrappedUp) markWrappedUp();
      queryClient.setQueryData<PracticeSession>(key, (old) => {
        if (!old) return old;
        // A retry replaces the cut-off reply; a message adds the question and its reply.
        const kept: Turn[] = content === null ? old.turns.slice(0, -1) : [...old.turns, answer.userTurn];
        return { ...old, turns: [...kept, answer.reply], elapsedMinutes: answer.elapsedMinutes };
      });
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The reply failed. Try again.');
      if (content !== null) setDraft(content);
      void queryClient.invalidateQueries({ queryKey: key });
    } finally {
      setStreaming(null);
    }
  }

  function submit() {
    const content = draft.trim();
    if (!content || streaming) return;
    if (content === '/coach') {
      setDraft('');
      askHint();
      return;
    }
    if (content.length > MAX_MESSAGE_CHARS) {
      setError(`Keep it under ${MAX_MESSAGE_CHARS.toLocaleString()} characters — say it in a few sentences.`);
      return;
    }
    setDraft('');
    // Sent with the Send button (which empties and disables with the box): the cursor goes back to
    // the box for the next message rather than to <body>.
    messageRef.current?.focus({ preventScroll: true });
    void talk(content);
  }

  /** One hint at a time; the Hint button keeps focus while it comes (it is aria-disabled, never disabled). */
  function askHint() {
    if (!hint.isPending) hint.mutate();
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  const last = session.turns.at(-1);
  const canRetry = !streaming && last?.role === 'professional' && !last.complete;
  const over = !streaming && (wrappedUp || (session.turns.length > 0 && session.elapsedMinutes >= session.minutes));
  const remaining = session.minutes - session.elapsedMinutes;

  return (
    <div className={cx('practice-chat')}>
      <section className={cx('chat')} aria-label={`Conversation with ${session.persona.name}`}>
        <header className={cx('chat__head')}>
          <div>
            <h2>
              {session.persona.name} <span className={cx('muted')}>· {session.persona.role}</span>
            </h2>
          </div>
          <p className={cx(`clock${remaining <= 3 ? ' clock--late' : ''}`)} data-testid="clock" aria-live="polite">
            <ClockIcon /> <span className={cx('visually-hidden')}>Time used: </span>
            {formatClock(session.elapsedMinutes)} of {formatClock(session.minutes)}
            <span className={cx('clock__unit')}> min</span>
          </p>
        </header>
        <ol className={cx('transcript')} data-testid="transcript" ref={transcriptRef} tabIndex={0} aria-label="Transcript">
          {session.turns.length === 0 && !streaming && (
            <li className={cx('transcript__empty muted')}>Say hello — {first} is waiting. Tip: open by thanking them for their time.</li>
          )}
          {session.turns.map((turn, index) => (
            <li key={`${index}-${turn.at}`} className={cx(`bubble bubble--${turn.role}${turn.complete ? '' : ' bubble--cut'}`)} data-role={turn.role}>
              <span className={cx('bubble__who')}>{turn.role === 'user' ? 'You' : first}</span>
              <p>{turn.content || '…'}</p>
              {!turn.complete && <span className={cx('bubble__cut')}>Cut off</span>}
            </li>
          ))}
          {streaming && (
            <>
              {streaming.user && (
                <li className={cx('bubble bubble--user')} data-role="user">
                  <span className={cx('bubble__who')}>You</span>
                  <p>{streaming.user}</p>
                </li>
              )}
              <li className={cx('bubble bubble--professional')} data-role="professional" aria-busy="true">
                <span className={cx('bubble__who')}>{first}</span>
                {streaming.reply ? <p>{streaming.reply}</p> : <p className={cx('typing')} aria-label={`${first} is typing`}><span /><span /><span /></p>}
              </li>
            </>
          )}
        </ol>
        {notice && <p className={cx('notice')}>{notice}</p>}
        {error && <p role="alert" className={cx('error')}>{error}</p>}
        {over && (
          <p className={cx('notice')} role="status" data-testid="time-up">
            {wrappedUp
              ? `${first} has wrapped up. End the conversation to get your debrief and a thank-you note.`
              : `That is the ${session.minutes} minutes you asked for: thank ${first} and end the conversation to get your debrief.`}
          </p>
        )}
        {canRetry && (
          <button type="button" className={cx('button button--secondary')} onClick={() => void talk(null)}>
            Retry reply
          </button>
        )}
        <div aria-live="polite">
          {newestHint && noteOpen && (
            <aside ref={coachNoteRef} className={cx('coach-note hint')} aria-label="Coach hint" data-testid="coach-note" data-rule-id={newestHint.ruleId ?? ''}>
              <p className={cx('coach-note__who')}>Coach · only you see this</p>
              <p>{newestHint.hint}</p>
              <HintSources sources={newestHint.sources} />
            </aside>
          )}
        </div>
        <form
          ref={composerRef}
          className={cx('composer')}
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <label className={cx('visually-hidden')} htmlFor="practice-message">
            Your message
          </label>
          <textarea
            id="practice-message"
            ref={messageRef}
            rows={3}
            value={draft}
            placeholder="Type your message — Enter to send, Shift+Enter for a new line, /coach for a hint"
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <div className={cx('composer__actions')}>
            <button type="submit" className={cx('button button--primary')} disabled={!draft.trim() || streaming !== null}>
              Send
            </button>
            <button type="button" className={cx('button button--secondary')} onClick={askHint} aria-disabled={hint.isPending || undefined}>
              {hint.isPending ? 'Getting a hint…' : 'Hint'}
            </button>
            <button
              type="button"
              className={cx(`button ${over ? 'button--primary' : 'button--quiet'}`)}
              onClick={() => {
                // Ending is for good: before the time is up or they have wrapped up, ask first.
                const early = `End the conversation with ${first} now, at ${formatClock(session.elapsedMinutes)} of ${formatClock(session.minutes)} minutes? You can’t add to it afterwards; the debrief rates what you said so far.`;
                if (!over && !window.confirm(early)) return;
                end.mutate();
              }}
              disabled={end.isPending || streaming !== null}
            >
              {end.isPending ? 'Ending…' : 'End conversation'}
            </button>
          </div>
        </form>
        {end.error && <p role="alert" className={cx('error')}>{end.error.message}</p>}
      </section>
      <aside className={cx('practice-aside')}>
        <section className={cx('coach-aside')} aria-label="Coach" data-testid="coach-aside">
          <h2>Coach</h2>
          <p className={cx('muted')}>
            Stuck? Press Hint (or type /coach): advice from the guides, out of {first}’s hearing. The newest appears above your
            message box.
          </p>
          {hint.error && <p className={cx('error')}>{hint.error.message}</p>}
          {asideHints.length > 0 && (
            <>
              <h3 className={cx('coach-aside__earlier')}>Earlier hints</h3>
              <ul>
                {asideHints.map((h, i) => (
                  <li key={`${asideHints.length - i}-${h.hint}`} className={cx('hint')} data-rule-id={h.ruleId ?? ''}>
                    {h.hint}
                    <HintSources sources={h.sources} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        {agendaQuestionList.length > 0 && (
          <details className={cx('agenda')} open data-testid="agenda-checklist">
            <summary>Your agenda</summary>
            <p className={cx('muted agenda__tip')}>Click a question to put it in your message box.</p>
            <ol className={cx('agenda__questions')}>
              {agendaQuestionList.map((question, index) => {
                const asked = isAsked(question, userMessages);
                return (
                  <li key={`${index}-${question}`} data-asked={asked}>
                    <button
                      type="button"
                      className={cx('agenda__question')}
                      onClick={() => {
                        setDraft(question);
                        messageRef.current?.focus();
                      }}
                    >
                      <span className={cx('agenda__mark')} aria-hidden="true">
                        {asked ? '✓' : '○'}
                      </span>
                      {question}
                      {asked && <span className={cx('visually-hidden')}> (asked)</span>}
                    </button>
                  </li>
                );
              })}
            </ol>
          </details>
        )}
        <PersonaCardAside card={session.persona} />
        <button type="button" className={cx('link-button')} onClick={onNew}>
          Leave this conversation and start another
        </button>
      </aside>
    </div>
  );
}

/**
 * The questions to keep at hand: the agenda as the user left it on the setup form (kept in this
 * browser), else the saved agenda the session was started from (another browser, or none typed).
 */
function useAgendaQuestions(session: PracticeSession): string[] {
  const typed = useSessionAgenda(session.id);
  const agendaId = typed.trim() ? null : session.agendaId;
  const saved = useQuery({
    queryKey: savedAgendaKeys.one(agendaId ?? ''),
    queryFn: ({ signal }) => readSavedAgenda(agendaId ?? '', signal),
    enabled: agendaId !== null,
    retry: false,
  });
  if (typed.trim()) return agendaLines(typed);
  return saved.data ? agendaQuestions(saved.data) : [];
}

function HintSources({ sources }: { sources: readonly string[] }) {
  if (sources.length === 0) return null;
  return <span className={cx('hint__source')}> From {guideNames(sources).join('; ')}.</span>;
}

/** Drawn, not an emoji: the stopwatch emoji is missing from many fonts. */
function ClockIcon() {
  return (
    <svg className={cx('clock__icon')} viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <circle cx="8" cy="9" r="6" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <path d="M8 5.5V9l2.2 1.6M6.5 1.5h3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}
