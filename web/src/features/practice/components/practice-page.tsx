import { useEffect, useState } from 'react';
import { ContactBanner } from '../../../components/contact-banner.tsx';
import { Link, Redirect, Route, Switch, useLocation, useRoute, useSearch } from 'wouter';
import type { ActiveCoach } from '../../../../../shared/contracts/common.ts';
import { useStoredSessionId } from '../hooks/use-stored-session.ts';
import '../practice.css';
import { HISTORY_PATH, PRACTICE_PATH, sessionPath } from '../utils/practice-path.ts';
import { HistoryView } from './history-view.tsx';
import { SessionView } from './session-view.tsx';
import { SetupView } from './setup-view.tsx';

/**
 * Practice: pick a professional, hold the conversation, get a debrief and a thank-you note.
 * Each conversation has its own URL (`/practice/sessions/:id`), so back, forward and reload keep
 * the place; the one in progress is also remembered, so `/practice` leads back to it. Server state
 * goes through react-query (the app's QueryClientProvider).
 */
export function PracticePage({ coach }: { coach?: ActiveCoach | undefined }) {
  const [sessionId, setSessionId] = useStoredSessionId();
  const [, navigate] = useLocation();
  const [onHistory] = useRoute('/history');
  // `/practice?agenda=<id>` (from the Questions page) asks for a new conversation with that agenda loaded.
  const search = new URLSearchParams(useSearch());
  const agendaToLoad = search.get('agenda');
  // `/practice?contact=<id>` (from Contacts) starts a conversation for that contact; the one started is linked to them.
  const forContact = search.get('contact');
  const [startedId, setStartedId] = useState<string | undefined>(undefined);

  const startNew = () => {
    setSessionId(null);
    navigate(PRACTICE_PATH);
  };

  return (
    <div className="page practice">
      <h1 tabIndex={-1}>Practice</h1>
      <p className="lede">
        Hold a mock informational interview: infochat plays the professional, you ask the questions. Afterwards you get a debrief
        against the guides and a thank-you note to send.
      </p>
      <ContactBanner page="practice" onContact={noop} link={{ kind: 'practice', targetId: startedId }} />
      <nav className="practice-tabs" aria-label="Practice views">
        <Link href={sessionId ? sessionPath(sessionId) : PRACTICE_PATH} className="practice-tab" aria-current={onHistory ? undefined : 'page'}>
          Conversation
        </Link>
        <Link href={HISTORY_PATH} className="practice-tab" aria-current={onHistory ? 'page' : undefined}>
          History
        </Link>
      </nav>
      <Switch>
        <Route path="/history">
          <HistoryView />
        </Route>
        <Route path="/sessions/:id">
          {({ id }) => <RememberedSession key={id} id={id} remember={setSessionId} onNew={startNew} />}
        </Route>
        <Route path="/">
          {sessionId && !agendaToLoad && !forContact ? (
            <Redirect to={sessionPath(sessionId)} replace />
          ) : (
            <SetupView
              key={agendaToLoad ?? ''}
              coach={coach}
              initialAgendaId={agendaToLoad}
              onStarted={(id) => {
                setSessionId(id);
                setStartedId(id);
                // Replace: back from the new conversation must not land on `/practice`, which leads straight back to it.
                navigate(sessionPath(id), { replace: true });
              }}
            />
          )}
        </Route>
        <Route>
          <Redirect to={PRACTICE_PATH} replace />
        </Route>
      </Switch>
    </div>
  );
}

const noop = () => undefined;

/** The conversation at this URL becomes the one `/practice` returns to. */
function RememberedSession({ id, remember, onNew }: { id: string; remember: (id: string) => void; onNew: () => void }) {
  useEffect(() => remember(id), [id, remember]);
  return <SessionView id={id} onNew={onNew} />;
}
