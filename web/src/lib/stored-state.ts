import { useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { z } from 'zod';

/**
 * Unsent work kept in this browser: `useStoredState(key, schema, initial)` is `useState` whose value
 * is saved to localStorage (batched, flushed on pagehide) and read back on the next visit or reload.
 * Storage is user-editable and may come from an older build, so it is parsed, never trusted: what
 * does not parse is ignored and `initial` used instead.
 */
export function readStored<T>(key: string, schema: z.ZodType<T>): T | undefined {
  try {
    const raw = window.localStorage.getItem(key);
    if (raw === null) return undefined;
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeStored(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled (private mode): the page still works, it just won't survive a reload.
  }
}

export function useStoredState<T>(key: string, schema: z.ZodType<T>, initial: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => readStored(key, schema) ?? initial);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const flush = () => writeStored(key, value);
    const timer = window.setTimeout(flush, 250);
    window.addEventListener('pagehide', flush);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [key, value]);
  return [value, setValue];
}
