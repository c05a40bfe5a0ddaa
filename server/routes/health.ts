import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { ActiveCoach } from '../../shared/contracts/common.ts';
import type { Database } from '../db/client.ts';

/** The one path a load balancer may probe without the token: it reveals nothing but "up". */
export const PUBLIC_HEALTH_PATH = '/api/health';

/**
 * `GET /api/health`: public liveness, `{ "ok": true }` and nothing else. `GET /api/health/details`
 * (behind the token like every other route): uptime, the coach kind, whether the database answers.
 */
export function healthRoutes(deps: { db?: Database | undefined; coach?: { info: ActiveCoach } | undefined; started?: number } = {}) {
  const started = deps.started ?? Date.now();
  return new Hono()
    .get('/', (c) => c.json({ ok: true as const }))
    .get('/details', async (c) => {
      let database: 'ok' | 'unreachable' = 'ok';
      try {
        await deps.db?.run(sql`select 1`);
      } catch {
        database = 'unreachable';
      }
      return c.json({ ok: database === 'ok', uptimeSeconds: Math.round((Date.now() - started) / 1000), coach: deps.coach?.info.kind ?? 'offline', database });
    });
}
