import type { DraftDetail, DraftList } from '../../../../../shared/contracts/outreach.ts';
import { useRemote, type RemoteState } from '../../../lib/use-remote.ts';
import { getDraft } from '../api/get-draft.ts';
import { getDrafts } from '../api/get-drafts.ts';

/** The draft list; bump `revision` to load it again (after a critique, or on "Refresh"). */
export function useDrafts(revision: number): RemoteState<DraftList> {
  return useRemote(`drafts:${revision}`, getDrafts);
}

/** One draft's versions, or nothing while `id` is null. */
export function useDraft(id: string | null, revision: number): RemoteState<DraftDetail> {
  return useRemote(id === null ? null : `draft:${id}:${revision}`, (signal) => getDraft(id ?? '', signal));
}
