import { createServer, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { once } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { carriesToken } from '../middleware/token-auth.ts';
import { type ConnectionGuardOptions, guardConnections } from './connection-guard.ts';

const TOKEN = 'a-long-team-token-0123';
let server: Server | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  if (server) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
  }
});

async function start(options: Partial<ConnectionGuardOptions> = {}) {
  const s = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    guard.sawRequest(req);
    res.end('ok');
  });
  const guard = guardConnections(s, { maxConnections: 100, perAddress: 100, firstByteMs: 60_000, ...options });
  server = s;
  s.listen(0, '127.0.0.1');
  await once(s, 'listening');
  return { port: (s.address() as AddressInfo).port, guard };
}

/** A raw connection, open (its connect event awaited). */
async function open(port: number): Promise<Socket> {
  const socket = connect(port, '127.0.0.1');
  socket.on('error', () => {});
  sockets.push(socket);
  await once(socket, 'connect');
  return socket;
}

const closed = (socket: Socket) => (socket.destroyed || socket.readyState === 'closed' ? Promise.resolve() : once(socket, 'close').then(() => undefined));

/** Sends a whole request on a kept-alive socket and waits for its answer. */
async function request(socket: Socket, headers = ''): Promise<string> {
  socket.write(`GET / HTTP/1.1\r\nHost: localhost\r\n${headers}\r\n`);
  const [chunk] = await once(socket, 'data');
  return String(chunk);
}

describe('connection guard', () => {
  it('closes connections past the per-address cap at once; the address can connect again when one closes', async () => {
    const { port, guard } = await start({ perAddress: 3 });
    const kept = [await open(port), await open(port), await open(port)];
    const extra = await open(port);
    await closed(extra);
    expect(await request(kept[0]!)).toMatch(/200 OK/);
    kept[1]!.destroy();
    await vi.waitFor(() => expect(guard.open.get('127.0.0.1')).toBe(2));
    const again = await open(port);
    expect(await request(again)).toMatch(/200 OK/);
  });

  it('closes a connection that sends no byte within the first-byte deadline', async () => {
    const { port } = await start({ firstByteMs: 50 });
    const silent = await open(port);
    const talking = await open(port);
    expect(await request(talking)).toMatch(/200 OK/);
    await closed(silent);
    expect(silent.destroyed || silent.readyState === 'closed').toBe(true);
    expect(talking.destroyed).toBe(false);
  });

  it('keeps a connection whose first bytes came while the event loop was busy past the deadline', async () => {
    const { port, guard } = await start({ firstByteMs: 30 });
    const socket = await open(port);
    await vi.waitFor(() => expect(guard.open.get('127.0.0.1')).toBe(1));
    socket.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
    // A long synchronous task in a macrotask (as a bank index built at start-up, one a setImmediate):
    // when it ends the deadline has passed, and the next turn of the loop runs the expired timers
    // before it reads the bytes that came meanwhile.
    await new Promise<void>((resolve) =>
      setImmediate(() => {
        const until = Date.now() + 150;
        while (Date.now() < until);
        resolve();
      }),
    );
    const [chunk] = await once(socket, 'data');
    expect(String(chunk)).toMatch(/200 OK/);
  });

  it('runs work waiting for idleness only once no connection is open', async () => {
    const { port, guard } = await start();
    const socket = await open(port);
    await vi.waitFor(() => expect(guard.open.get('127.0.0.1')).toBe(1));
    let ran = 0;
    guard.whenIdle(() => ran++);
    expect(await request(socket)).toMatch(/200 OK/);
    // Turns of the loop go by with the connection open: the work waits.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(ran).toBe(0);
    socket.destroy();
    await vi.waitFor(() => expect(ran).toBe(1));
    // With a quiet period: not while a connection is open, then once none has come or gone for it.
    const other = await open(port);
    await vi.waitFor(() => expect(guard.open.get('127.0.0.1')).toBe(1));
    guard.whenIdle(() => ran++, 20);
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(ran).toBe(1);
    other.destroy();
    await vi.waitFor(() => expect(ran).toBe(2));
  });

  it('when full in token mode, drops the oldest connection that never carried the token, never a signed-in one', async () => {
    const { port } = await start({ maxConnections: 3, isAuthenticated: (req) => carriesToken(TOKEN, req.headers.authorization, req.headers.cookie) });
    const signedIn = await open(port);
    expect(await request(signedIn, `Authorization: Bearer ${TOKEN}\r\n`)).toMatch(/200 OK/);
    const anonymous = await open(port);
    const halfSent = await open(port);
    halfSent.write('GET / HTTP/1.1\r\nHost: loc');
    const newcomer = await open(port);
    await closed(anonymous);
    expect(signedIn.destroyed).toBe(false);
    expect(await request(signedIn, `Authorization: Bearer ${TOKEN}\r\n`)).toMatch(/200 OK/);
    expect(await request(newcomer)).toMatch(/200 OK/);
  });
});
