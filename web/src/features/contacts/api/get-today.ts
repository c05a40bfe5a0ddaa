import { Today } from '../../../../../shared/contracts/today.ts';
import { requestJson } from '../../../lib/api-client.ts';

/** The browser's own time zone: Today is computed on the user's calendar. */
export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** `GET /api/today?tz=`: what is due, with reasons. */
export function getToday(signal?: AbortSignal): Promise<Today> {
  return requestJson(`/api/today?tz=${encodeURIComponent(browserTimeZone())}`, Today, { signal });
}
