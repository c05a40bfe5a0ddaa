import { useState } from 'react';
import type { ActiveCoach } from '../../../../../shared/contracts/common.ts';
import { useStoredSessionId } from '../hooks/use-stored-session.ts';
import '../practice.css';
import { HistoryView } from './history-view.tsx';
import { SessionView } from './session-view.tsx';
import { SetupView } from './setup-view.tsx';

type Tab = 'practice' | 'history';

/**
 * Practice: pick a professional, hold the conversation, get a debrief and a thank-you note.
 * The session id is remembered, so a reload resumes the conversation. Server state goes through
 * react-query (the app's QueryClientProvider).
 */
export function PracticePage({ coach }: { coach?: ActiveCoach | undefined }) {
  const [tab, setTab] = useState<Tab>('practice');
  const [sessionId, setSessionId] = useStoredSessionId();

  return (
    <div className="page practice">
      <h1 tabIndex={-1}>Practice</h1>
      <p className="lede">
        Hold a mock informational interview: infochat plays the professional, you ask the questions. Afterwards you get a debrief
        against the guides and a thank-you note to send.
      </p>
      <div className="practice-tabs" role="tablist" aria-label="Practice views">
        {(['practice', 'history'] as const).map((t) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} className="practice-tab" onClick={() => setTab(t)}>
            {t === 'practice' ? 'Conversation' : 'History'}
          </button>
        ))}
      </div>
      {tab === 'history' ? (
        <HistoryView
          onOpen={(id) => {
            setSessionId(id);
            setTab('practice');
          }}
        />
      ) : sessionId ? (
        <SessionView id={sessionId} onNew={() => setSessionId(null)} />
      ) : (
        <SetupView onStarted={setSessionId} coach={coach} />
      )}
    </div>
  );
}
