import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * Who is asking, for per-client limits: the peer's IP address. Behind a reverse proxy every client
 * shares the proxy's address (the README says so). `app.request()` in tests has no socket: "local".
 */
export function clientKey(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}
