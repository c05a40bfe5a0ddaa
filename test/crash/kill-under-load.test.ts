import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../server/db/client.ts';
import { outputMatch } from '../fixtures/child-output.ts';

// The real server on a file database, killed with SIGKILL while clients are writing, N times, and
// restarted on the same file: every critique whose 200 reached a client must still be there.
const MAIN = fileURLToPath(new URL('../../server/main.ts', import.meta.url));
const ROUNDS = 5;
const CLIENTS = 8;

const dir = mkdtempSync(join(tmpdir(), 'infochat-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function startServer() {
  const child = spawn(process.execPath, [MAIN], {
    cwd: dir,
    // Limits off: eight clients on one address write far beyond one person's rate.
    env: { PATH: process.env['PATH'] ?? '', PORT: '0', DATABASE_URL: 'file:./infochat.db', INFOCHAT_WRITES_PER_MINUTE: '1000000', INFOCHAT_CPU_MS_PER_MINUTE: '60000000' },
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  // The startup line as it arrives (no timer a busy machine could outrun; the test's timeout bounds it).
  const url = outputMatch(child, /listening on (http:\/\/[^ ]+)/, () => stdout).then((m) => m[1]!);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { child, url, exited };
}

describe('SIGKILL under load', () => {
  it(`loses no answered critique over ${ROUNDS} kills`, async () => {
    const answered = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      const server = startServer();
      const url = await server.url;
      let stop = false;
      const client = async (n: number) => {
        for (let i = 0; !stop; i++) {
          try {
            const res = await fetch(`${url}/api/outreach/critique`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ draft: `Round ${round}, client ${n}, try ${i}: hi Jelisa, would you have 20 minutes for a call?` }),
            });
            if (res.status === 200) answered.add(((await res.json()) as { critiqueId: string }).critiqueId);
            else await res.arrayBuffer();
          } catch {
            // The server died mid-request: no 200 reached us, so nothing is owed.
          }
        }
      };
      const before = answered.size;
      const clients = Array.from({ length: CLIENTS }, (_, n) => client(n));
      // Killed once this round has answered some critiques (however slow the machine), at a random moment after.
      await vi.waitFor(() => expect(answered.size - before).toBeGreaterThanOrEqual(6), { timeout: 60_000, interval: 10 });
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
      server.child.kill('SIGKILL');
      await server.exited;
      stop = true;
      await Promise.all(clients);
    }

    expect(answered.size).toBeGreaterThan(ROUNDS * 5);
    // A restart recovers the file (WAL replay); then every answered critique is there.
    const last = startServer();
    await last.url;
    last.child.kill('SIGTERM');
    await last.exited;
    const db = await openDatabase(`file:${join(dir, 'infochat.db')}`);
    const rows = await db.$client.execute('SELECT id FROM critiques');
    const stored = new Set(rows.rows.map((row) => String(row['id'])));
    const missing = [...answered].filter((critiqueId) => !stored.has(critiqueId));
    expect(missing).toEqual([]);
    expect((await db.$client.execute('PRAGMA integrity_check')).rows[0]?.[0]).toBe('ok');
    db.$client.close();
  }, 300_000);
});
