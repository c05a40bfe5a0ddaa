import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';

export interface ConnectionGuardOptions {
  /** Open connections at once (`INFOCHAT_MAX_CONNECTIONS`). */
  maxConnections: number;
  /** Open connections one address may hold (`INFOCHAT_CONNECTIONS_PER_ADDRESS`); more are closed at once. */
  perAddress: number;
  /** A connection that sends no byte within this is closed (well under the headers and body deadlines). */
  firstByteMs: number;
  /** In token mode: does this request carry the token? A connection that has sent one is kept when the server is full. */
  isAuthenticated?: ((request: IncomingMessage) => boolean) | undefined;
}

export interface ConnectionGuard {
  /** Open connections now, by address. */
  readonly open: ReadonlyMap<string, number>;
  /** Call from the request listener: marks the connection as signed in when its request is. */
  sawRequest(request: IncomingMessage): void;
  /**
   * Runs `work` in a later macrotask when no connection is open and none has opened or closed for
   * `quietMs` (checked right before it runs): for the process's own long synchronous work (the bank
   * indexes built after start-up), so that it never holds up a connection that is already open (one
   * accepted while it runs is read, and its deadlines start, only after it), and waits out a burst
   * of requests instead of slowing each of them.
   */
  whenIdle(work: () => void, quietMs?: number): void;
}

/**
 * Connection exhaustion, handled at the socket: one address cannot hold more than `perAddress`
 * connections; a connection that sends nothing is closed after `firstByteMs`; and when the server
 * is full, a new connection takes the place of the oldest one that never carried the token (in
 * token mode), so half-sent requests from someone without the token cannot lock out the team.
 * Node's own `maxConnections` is left unset: this guard enforces the total itself.
 */
export function guardConnections(server: Server, options: ConnectionGuardOptions): ConnectionGuard {
  const byAddress = new Map<string, number>();
  /** Open sockets in arrival order, with whether they have carried the token. */
  const sockets = new Map<Socket, { authenticated: boolean }>();
  /** Work waiting for no connection to be open. */
  const waiting: Array<() => void> = [];
  /** When a connection last opened or closed (performance.now()). */
  let lastChange = performance.now();

  server.on('connection', (socket: Socket) => {
    lastChange = performance.now();
    const address = socket.remoteAddress ?? 'unknown';
    const mine = (byAddress.get(address) ?? 0) + 1;
    if (mine > options.perAddress) {
      socket.destroy();
      return;
    }
    if (sockets.size >= options.maxConnections) {
      // Full: the oldest anonymous connection goes (in token mode); without one to drop, the newcomer does.
      let victim: Socket | undefined;
      if (options.isAuthenticated) {
        for (const [open, state] of sockets) {
          if (!state.authenticated) {
            victim = open;
            break;
          }
        }
      }
      if (!victim) {
        socket.destroy();
        return;
      }
      victim.destroy();
    }
    byAddress.set(address, mine);
    sockets.set(socket, { authenticated: false });
    // Decided after the loop's next read of the sockets (setImmediate runs after the poll phase): when
    // the loop was busy past the deadline (a long synchronous task), the timer fires before the bytes
    // that came meanwhile are read, and a connection that did send in time must not be closed for it.
    let spoke = false;
    const silent = setTimeout(() => setImmediate(() => spoke || socket.destroy()), options.firstByteMs);
    silent.unref();
    socket.once('data', () => {
      spoke = true;
      clearTimeout(silent);
    });
    socket.once('close', () => {
      clearTimeout(silent);
      sockets.delete(socket);
      const left = (byAddress.get(address) ?? 1) - 1;
      if (left <= 0) byAddress.delete(address);
      else byAddress.set(address, left);
      lastChange = performance.now();
      if (sockets.size === 0) for (const attempt of waiting.splice(0)) setImmediate(attempt);
    });
  });

  return {
    open: byAddress,
    sawRequest(request) {
      const state = sockets.get(request.socket);
      if (state && !state.authenticated && options.isAuthenticated?.(request)) state.authenticated = true;
    },
    whenIdle(work, quietMs = 0) {
      const attempt = () => {
        if (sockets.size > 0) return void waiting.push(attempt);
        const quietFor = performance.now() - lastChange;
        if (quietFor < quietMs) return void setTimeout(attempt, quietMs - quietFor).unref();
        work();
      };
      setImmediate(attempt);
    },
  };
}
