import { useCallback, useEffect, useState, type SetStateAction } from 'react';
import { z } from 'zod';
import { StoredCritique } from '../../../../../shared/contracts/outreach.ts';
import { EMPTY_FIELDS, type ContextFields } from '../utils/context-fields.ts';

/** What is in the editor. */
export interface Workspace {
  draft: string;
  fields: ContextFields;
  /** The stored draft the next critique adds a version to; undefined starts a new draft. */
  draftId: string | undefined;
}

/** The last full critique and the exact text it was about. */
export interface CritiqueSnapshot {
  critique: StoredCritique;
  draft: string;
}

export interface WorkspaceState {
  workspace: Workspace;
  result: CritiqueSnapshot | undefined;
}

export const EMPTY_STATE: WorkspaceState = {
  workspace: { draft: '', fields: EMPTY_FIELDS, draftId: undefined },
  result: undefined,
};

/**
 * One editor per URL: `/outreach` edits a new, unsaved draft; `/outreach/drafts/:id` edits that
 * stored draft. Each keeps its own text in localStorage, so back and forward switch between them
 * and a reload keeps each as it was. (The new-draft key is the one older builds used.)
 */
const NEW_DRAFT_KEY = 'infochat.outreach.workspace.v1';
const storageKey = (draftId: string | undefined) => (draftId === undefined ? NEW_DRAFT_KEY : `infochat.outreach.draft.v1.${draftId}`);

// Storage is user-editable and may come from an older build: parse it, never trust it.
const StoredWorkspace = z.object({
  draft: z.string(),
  fields: z.object({
    recipientName: z.string(),
    recipientRole: z.string(),
    organization: z.string(),
    connection: z.string(),
    channel: z.enum(['email', 'linkedin', 'phone']),
    minutesRequested: z.string(),
  }),
  draftId: z.string().optional(),
});
const StoredResult = z.object({ critique: StoredCritique, draft: z.string() });

/** The stored editor for `draftId`, or undefined when this browser has none. */
export function loadWorkspace(draftId: string | undefined): WorkspaceState | undefined {
  try {
    const raw = window.localStorage.getItem(storageKey(draftId));
    if (!raw) return undefined;
    const stored = z.object({ workspace: z.unknown(), result: z.unknown().optional() }).safeParse(JSON.parse(raw));
    if (!stored.success) return undefined;
    const workspace = StoredWorkspace.safeParse(stored.data.workspace);
    if (!workspace.success) return undefined;
    // A critique from an older build's contract is dropped; the text never is.
    const result = StoredResult.safeParse(stored.data.result);
    return { workspace: { ...workspace.data, draftId }, result: result.success ? result.data : undefined };
  } catch {
    return undefined;
  }
}

export function saveWorkspace(draftId: string | undefined, state: WorkspaceState): void {
  try {
    window.localStorage.setItem(storageKey(draftId), JSON.stringify(state));
  } catch {
    // Storage full or disabled (private mode): the editor still works, it just won't survive a reload.
  }
}

export function forgetWorkspace(draftId: string): void {
  try {
    window.localStorage.removeItem(storageKey(draftId));
  } catch {
    // Nothing to forget when storage is off.
  }
}

interface Entry {
  draftId: string | undefined;
  /** undefined: a stored draft this browser has not opened yet; the page fills it from the server. */
  state: WorkspaceState | undefined;
}

const loadEntry = (draftId: string | undefined): Entry => ({
  draftId,
  state: loadWorkspace(draftId) ?? (draftId === undefined ? EMPTY_STATE : undefined),
});

/**
 * The editor of the draft at the current URL, autosaved. `setStateFor(draftId, …)` updates another
 * draft's editor (e.g. a critique that finishes after the user moved on) without touching this one.
 */
export function useWorkspace(draftId: string | undefined) {
  const [entry, setEntry] = useState<Entry>(() => loadEntry(draftId));
  let current = entry;
  if (entry.draftId !== draftId) {
    // The URL moved to another draft: keep what was typed in the last one, then show this one's.
    if (entry.state) saveWorkspace(entry.draftId, entry.state);
    current = loadEntry(draftId);
    setEntry(current);
  }

  useEffect(() => {
    const { state } = current;
    if (!state) return;
    // A short delay batches keystrokes; the pagehide flush covers closing mid-delay.
    const flush = () => saveWorkspace(current.draftId, state);
    const timer = window.setTimeout(flush, 250);
    window.addEventListener('pagehide', flush);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', flush);
    };
  }, [current]);

  const setStateFor = useCallback((target: string | undefined, update: SetStateAction<WorkspaceState>) => {
    const apply = (previous: WorkspaceState | undefined) =>
      typeof update === 'function' ? update(previous ?? { ...EMPTY_STATE, workspace: { ...EMPTY_STATE.workspace, draftId: target } }) : update;
    setEntry((e) => {
      if (e.draftId === target) return { draftId: target, state: apply(e.state) };
      saveWorkspace(target, apply(loadWorkspace(target)));
      return e;
    });
  }, []);

  const setState = useCallback(
    (update: SetStateAction<WorkspaceState>) => setStateFor(draftId, update),
    [draftId, setStateFor],
  );

  /** Drops a draft's editor (the draft was deleted), so nothing writes it back. */
  const forget = useCallback((target: string) => {
    forgetWorkspace(target);
    setEntry((e) => (e.draftId === target ? { draftId: target, state: undefined } : e));
  }, []);

  return { state: current.state, setState, setStateFor, forget };
}
