import { useEffect, useState } from 'react';
import { z } from 'zod';
import { CritiqueResponse } from '../../../../../shared/contracts/outreach.ts';
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
  critique: CritiqueResponse;
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

const STORAGE_KEY = 'infochat.outreach.workspace.v1';

// Storage is user-editable and may come from an older build: parse it, never trust it.
const Stored = z.object({
  workspace: z.object({
    draft: z.string(),
    fields: z.object({
      recipientName: z.string(),
      recipientRole: z.string(),
      organization: z.string(),
      connection: z.string(),
      channel: z.enum(['email', 'linkedin']),
      minutesRequested: z.string(),
    }),
    draftId: z.string().optional(),
  }),
  result: z.object({ critique: CritiqueResponse, draft: z.string() }).optional(),
});

function load(): WorkspaceState {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    if (!raw) return EMPTY_STATE;
    const parsed = Stored.safeParse(JSON.parse(raw));
    if (!parsed.success) return EMPTY_STATE;
    return {
      workspace: { ...parsed.data.workspace, draftId: parsed.data.workspace.draftId },
      result: parsed.data.result,
    };
  } catch {
    return EMPTY_STATE;
  }
}

function save(state: WorkspaceState): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Storage full or disabled (private mode): the editor still works, it just won't survive a reload.
  }
}

/** The editor's text, context and last critique, autosaved to localStorage so a reload loses nothing. */
export function useWorkspace() {
  const [state, setState] = useState<WorkspaceState>(load);

  useEffect(() => {
    // A short delay batches keystrokes; the pagehide flush below covers closing mid-delay.
    const timer = window.setTimeout(() => save(state), 250);
    const flush = () => save(state);
    window.addEventListener('pagehide', flush);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', flush);
    };
  }, [state]);

  return [state, setState] as const;
}
