import { useQuery } from '@tanstack/react-query';
import { getToday } from '../api/get-today.ts';

/** The query key every contacts write invalidates (`['contacts', …]`), Today's own part of it. */
export const TODAY_KEY = ['contacts', 'today'] as const;

/** `GET /api/today` for the browser's time zone, refreshed every 15 minutes. Small on purpose: the app shell uses it on every page. */
export function useToday() {
  return useQuery({ queryKey: TODAY_KEY, queryFn: ({ signal }) => getToday(signal), refetchInterval: 15 * 60_000 });
}
