import type { ActiveCoach } from '../../../../../shared/contracts/common.ts';
import { useRemote, type RemoteState } from '../../../lib/use-remote.ts';
import { getActiveCoach } from '../api/get-active-coach.ts';

export function useActiveCoach(): RemoteState<ActiveCoach> {
  return useRemote('coach', getActiveCoach);
}
