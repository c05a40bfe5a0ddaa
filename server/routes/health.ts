import { Hono } from 'hono';

/** `GET /api/health`: the process is up and answering. */
export function healthRoutes() {
  return new Hono().get('/', (c) => c.json({ ok: true as const }));
}
