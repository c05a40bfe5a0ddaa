import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { getSession } from '../api/get-session.ts';
import { ChatView } from './chat-view.tsx';
import { DebriefView } from './debrief-view.tsx';
import { cx } from '../styles.ts';

/** One stored session: the conversation while it is active, the debrief once it has ended. */
export function SessionView({
  id,
  onNew,
  onFound,
  onMissing,
}: {
  id: string;
  onNew: () => void;
  /** The session loaded: it exists. */
  onFound?: (id: string) => void;
  /** The server has no session with this id. */
  onMissing?: (id: string) => void;
}) {
  const session = useQuery({ queryKey: ['practice-session', id], queryFn: ({ signal }) => getSession(id, signal), retry: false });
  const found = session.data !== undefined;
  const missing = session.error !== null && 'status' in session.error && (session.error.status === 404 || session.error.status === 400);
  useEffect(() => {
    if (found) onFound?.(id);
    else if (missing) onMissing?.(id);
  }, [found, missing, id]);
  if (session.isPending) return <p className={cx('muted')}>Loading the conversation…</p>;
  if (session.error) {
    return (
      <div role="alert" className={cx('error')}>
        <p>
          {missing
            ? 'There is no conversation at this link: it may have been deleted (with its contact), or saved in another copy of infochat. Your past conversations are under History.'
            : session.error.message}
        </p>
        <button type="button" className={cx('button')} onClick={onNew}>
          Start a new conversation
        </button>
      </div>
    );
  }
  const data = session.data;
  return data.status === 'ended' && data.debrief ? (
    <DebriefView session={data} debrief={data.debrief} onNew={onNew} />
  ) : (
    <ChatView session={data} onNew={onNew} />
  );
}
