import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { type CoachHint, MAX_MESSAGE_CHARS, type PracticeSession, type Turn } from '../../../../../shared/contracts/practice.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { endSession } from '../api/end-session.ts';
import { getHint } from '../api/get-hint.ts';
import { sendMessage } from '../api/send-message.ts';
import { useStoredAgenda } from '../hooks/use-stored-session.ts';
import { formatClock } from '../utils/clock.ts';
import { PersonaCardAside } from './persona-card-aside.tsx';

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
  const [hints, setHints] = useState<CoachHint[]>([]);
  const [agenda] = useStoredAgenda();
  const endRef = useRef<HTMLDivElement>(null);
  const key = ['practice-session', session.id];
  const first = session.persona.name.replace(/^(?:Dr|Mr|Ms|Mrs)\.?\s+/, '').split(' ')[0];

  useEffect(() => {
    // In braces: recent Chromium returns a promise from scrollIntoView, which React would take for a cleanup.
    endRef.current?.scrollIntoView({ block: 'end' });
  }, [session.turns.length, streaming?.reply]);

  const hint = useMutation<CoachHint, ApiError>({
    mutationFn: () => getHint(session.id),
    onSuccess: (h) => setHints((all) => [h, ...all]),
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
      hint.mutate();
      return;
    }
    if (content.length > MAX_MESSAGE_CHARS) {
      setError(`Keep it under ${MAX_MESSAGE_CHARS.toLocaleString()} characters — say it in a few sentences.`);
      return;
    }
    setDraft('');
    void talk(content);
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  const last = session.turns.at(-1);
  const canRetry = !streaming && last?.role === 'professional' && !last.complete;
  const remaining = session.minutes - session.elapsedMinutes;

  return (
    <div className="practice-chat">
      <section className="chat" aria-label={`Conversation with ${session.persona.name}`}>
        <header className="chat__head">
          <div>
            <h2>
              {session.persona.name} <span className="muted">· {session.persona.role}</span>
            </h2>
          </div>
          <p className={`clock${remaining <= 3 ? ' clock--late' : ''}`} data-testid="clock" aria-live="polite">
            <span aria-hidden="true">⏱</span> {formatClock(session.elapsedMinutes)} of {formatClock(session.minutes)}
          </p>
        </header>
        <ol className="transcript" data-testid="transcript">
          {session.turns.length === 0 && !streaming && (
            <li className="transcript__empty muted">Say hello — {first} is waiting. Tip: open by thanking them for their time.</li>
          )}
          {session.turns.map((turn, index) => (
            <li key={`${index}-${turn.at}`} className={`bubble bubble--${turn.role}${turn.complete ? '' : ' bubble--cut'}`} data-role={turn.role}>
              <span className="bubble__who">{turn.role === 'user' ? 'You' : first}</span>
              <p>{turn.content || '…'}</p>
              {!turn.complete && <span className="bubble__cut">Cut off</span>}
            </li>
          ))}
          {streaming && (
            <>
              {streaming.user && (
                <li className="bubble bubble--user" data-role="user">
                  <span className="bubble__who">You</span>
                  <p>{streaming.user}</p>
                </li>
              )}
              <li className="bubble bubble--professional" data-role="professional" aria-busy="true">
                <span className="bubble__who">{first}</span>
                {streaming.reply ? <p>{streaming.reply}</p> : <p className="typing" aria-label={`${first} is typing`}><span /><span /><span /></p>}
              </li>
            </>
          )}
        </ol>
        <div ref={endRef} />
        {notice && <p className="notice">{notice}</p>}
        {error && <p role="alert" className="error">{error}</p>}
        {canRetry && (
          <button type="button" className="button button--secondary" onClick={() => void talk(null)}>
            Retry reply
          </button>
        )}
        <form
          className="composer"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <label className="visually-hidden" htmlFor="practice-message">
            Your message
          </label>
          <textarea
            id="practice-message"
            rows={3}
            value={draft}
            placeholder="Type your message — Enter to send, Shift+Enter for a new line, /coach for a hint"
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <div className="composer__actions">
            <button type="submit" className="button button--primary" disabled={!draft.trim() || streaming !== null}>
              Send
            </button>
            <button type="button" className="button button--secondary" onClick={() => hint.mutate()} disabled={hint.isPending}>
              Hint
            </button>
            <button type="button" className="button button--quiet" onClick={() => end.mutate()} disabled={end.isPending || streaming !== null}>
              {end.isPending ? 'Ending…' : 'End conversation'}
            </button>
          </div>
        </form>
        {end.error && <p role="alert" className="error">{end.error.message}</p>}
      </section>
      <aside className="practice-aside">
        <section className="coach-aside" aria-label="Coach" data-testid="coach-aside">
          <h2>Coach</h2>
          <p className="muted">Hints come from the guides, out of {first}’s hearing.</p>
          {hint.error && <p className="error">{hint.error.message}</p>}
          <ul>
            {hints.map((h, i) => (
              <li key={`${i}-${h.hint}`} className="hint" data-rule-id={h.ruleId ?? ''}>
                {h.hint}
                {h.sources.length > 0 && <span className="hint__source"> ({h.sources.join(', ')})</span>}
              </li>
            ))}
          </ul>
        </section>
        {agenda.trim() && (
          <details className="agenda" open>
            <summary>Your agenda</summary>
            <ul>
              {agenda.split('\n').filter((l) => l.trim()).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
        )}
        <PersonaCardAside card={session.persona} />
        <button type="button" className="link-button" onClick={onNew}>
          Leave this conversation and start another
        </button>
      </aside>
    </div>
  );
}
