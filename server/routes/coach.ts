import { Hono } from 'hono';
import type { ActiveCoach } from '../../shared/contracts/common.ts';
import type { OutreachCoach } from '../coach/coach.ts';

/** `GET /api/coach`: which coach answers (offline, or which model where), for the page's badge. */
export function coachRoutes(coach: OutreachCoach) {
  return new Hono().get('/', (c) => c.json<ActiveCoach>(coach.info));
}
