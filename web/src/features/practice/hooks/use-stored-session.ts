import { useCallback, useState } from 'react';
import { z } from 'zod';
import { CoachHint } from '../../../../../shared/contracts/practice.ts';

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

/** The agenda being prepared on the setup form (their questions, one a line), kept while they choose. */
export function useStoredAgenda(): [string, (agenda: string) => void] {
  const [agenda, setAgenda] = useState<string>(() => read(AGENDA_KEY) ?? '');
  const set = useCallback((next: string) => {
    write(AGENDA_KEY, next);
    setAgenda(next);
  }, []);
  return [agenda, set];
}

const sessionAgendaKey = (sessionId: string) => `infochat.practice.session-agenda.${sessionId}.v1`;

/** Remembers the agenda a conversation started with (as the user left it in the box), beside that conversation. */
export function rememberSessionAgenda(sessionId: string, agenda: string) {
  if (agenda.trim()) write(sessionAgendaKey(sessionId), agenda);
}

/** The agenda this conversation started with, as typed or loaded on the setup form ('' when none was kept here). */
export function useSessionAgenda(sessionId: string): string {
  const [agenda] = useState<string>(() => read(sessionAgendaKey(sessionId)) ?? '');
  return agenda;
}

const StoredHints = z.array(CoachHint);
const hintsKey = (sessionId: string) => `infochat.practice.hints.${sessionId}.v1`;

function readHints(sessionId: string): CoachHint[] {
  try {
    const parsed = StoredHints.safeParse(JSON.parse(read(hintsKey(sessionId)) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/**
 * The coach's hints for one conversation, newest first. The server does not store hints, so they are
 * kept in this browser under the session's id and come back after a reload.
 */
export function useStoredHints(sessionId: string): [CoachHint[], (hint: CoachHint) => void] {
  const [hints, setHints] = useState<CoachHint[]>(() => readHints(sessionId));
  const add = useCallback(
    (hint: CoachHint) => {
      setHints((all) => {
        const next = [hint, ...all];
        write(hintsKey(sessionId), JSON.stringify(next));
        return next;
      });
    },
    [sessionId],
  );
  return [hints, add];
}

const wrappedKey = (sessionId: string) => `infochat.practice.wrapped-up.${sessionId}.v1`;

/**
 * Whether the professional has wrapped this conversation up (the time is spent, or the user said
 * goodbye). The server does not store it, so it is kept here and survives a reload: a resumed
 * wrapped-up conversation still makes End conversation the main button.
 */
export function useStoredWrappedUp(sessionId: string): [boolean, () => void] {
  const [wrapped, setWrapped] = useState<boolean>(() => read(wrappedKey(sessionId)) === 'true');
  const mark = useCallback(() => {
    write(wrappedKey(sessionId), 'true');
    setWrapped(true);
  }, [sessionId]);
  return [wrapped, mark];
}
