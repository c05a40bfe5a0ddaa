import { useQuery } from '@tanstack/react-query';
import { getActiveCoach } from '../api/get-active-coach.ts';

/** The coach the server runs; it only changes with a server restart, so it is read once per visit. */
export function useActiveCoach() {
  return useQuery({ queryKey: ['coach'], queryFn: ({ signal }) => getActiveCoach(signal), staleTime: Infinity });
}
