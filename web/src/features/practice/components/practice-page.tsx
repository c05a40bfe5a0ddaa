import { useCallback, useState } from 'react';
import type { ContactBrief } from '../../../../../shared/contracts/contact-brief.ts';
import type { PersonaCard } from '../../../../../shared/contracts/practice.ts';
import { draftCardFromProfile } from '../../../../../shared/practice/profile-draft.ts';
import { ContactBanner } from '../../../components/contact-banner.tsx';
import { Link, Redirect, Route, Switch, useLocation, useRoute, useSearch } from 'wouter';
import type { ActiveCoach } from '../../../../../shared/contracts/common.ts';
import { useStoredSessionId } from '../hooks/use-stored-session.ts';
import { HISTORY_PATH, PRACTICE_PATH, sessionPath } from '../utils/practice-path.ts';
import { HistoryView } from './history-view.tsx';
import { SessionView } from './session-view.tsx';
import { SetupView } from './setup-view.tsx';
import { cx } from '../styles.ts';
import { PageIntro } from '../../../components/page-intro.tsx';

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
  // `/practice?example=1` (the first-run steps): a new conversation set up with the worked example.
  const example = search.has('example');
  // Their pasted profile drafts the professional to practice with (roles, dates, education), in the editor.
  const [contactCard, setContactCard] = useState<PersonaCard | null>(null);
  const onContact = useCallback((contact: ContactBrief) => {
    if (contact.profile?.trim()) setContactCard(draftCardFromProfile(contact.profile).card);
  }, []);

  const startNew = () => {
    setSessionId(null);
    navigate(PRACTICE_PATH);
  };

  return (
    <div className={cx('page practice')}>
      <PageIntro page="practice" />
      <ContactBanner page="practice" onContact={onContact} link={{ kind: 'practice', targetId: startedId }} />
      <nav className={cx('practice-tabs')} aria-label="Practice views">
        <Link href={sessionId ? sessionPath(sessionId) : PRACTICE_PATH} className={cx('practice-tab')} aria-current={onHistory ? undefined : 'page'}>
          Conversation
        </Link>
        <Link href={HISTORY_PATH} className={cx('practice-tab')} aria-current={onHistory ? 'page' : undefined}>
          History
        </Link>
      </nav>
      <Switch>
        <Route path="/history">
          <HistoryView />
        </Route>
        <Route path="/sessions/:id">
          {({ id }) => (
            <SessionView
              key={id}
              id={id}
              onNew={startNew}
              // Only a conversation that exists becomes the one `/practice` returns to; a bad link
              // that was remembered (a database reset) is forgotten, so `/practice` is not stuck on it.
              onFound={setSessionId}
              onMissing={(missing) => (missing === sessionId ? setSessionId(null) : undefined)}
            />
          )}
        </Route>
        <Route path="/">
          {sessionId && !agendaToLoad && !forContact && !example ? (
            <Redirect to={sessionPath(sessionId)} replace />
          ) : (
            <SetupView
              key={`${agendaToLoad ?? ''}${example ? ':example' : ''}`}
              example={example}
              coach={coach}
              initialAgendaId={agendaToLoad}
              initialCard={forContact ? contactCard : null}
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

