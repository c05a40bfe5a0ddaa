import { useCallback, useState } from 'react';

const KEY = 'infochat.practice.session.v1';
const AGENDA_KEY = 'infochat.practice.agenda.v1';

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Private mode or a full quota: the session still works, it just will not resume after a reload.
  }
}

/** The session being held, remembered across reloads so the conversation resumes where it was. */
export function useStoredSessionId(): [string | null, (id: string | null) => void] {
  const [id, setId] = useState<string | null>(() => read(KEY));
  const set = useCallback((next: string | null) => {
    write(KEY, next);
    setId(next);
  }, []);
  return [id, set];
}

/** The user's agenda (their prepared questions), kept beside the chat. */
export function useStoredAgenda(): [string, (agenda: string) => void] {
  const [agenda, setAgenda] = useState<string>(() => read(AGENDA_KEY) ?? '');
  const set = useCallback((next: string) => {
    write(AGENDA_KEY, next);
    setAgenda(next);
  }, []);
  return [agenda, set];
}
