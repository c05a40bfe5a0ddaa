/**
 * The kill test: the real server (server/main.ts) on a database file, a conversation through the
 * API, then SIGKILL while a message is in flight, a restart on the same file, and every completed
 * turn still there. No reply is ever half-saved as complete.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type MessageResponse, PracticeSession } from '../shared/contracts/practice.ts';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'infochat-kill-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Starts the server on the shared database file; resolves with its URL once it listens. */
function serve(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [MAIN], {
    cwd: dir,
    env: { PATH: process.env['PATH'] ?? '', PORT: '0', DATABASE_URL: `file:${join(dir, 'kill.db')}` },
  });
  children.push(child);
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL in 15 s:\n${out}`)), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (http:\/\/[\d.:]+)/.exec(out)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    });
  });
}

const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('practice survives kill -9', () => {
  it('keeps every completed turn after the server is SIGKILLed mid-conversation and restarted', async () => {
    const first = await serve();
    const created = PracticeSession.parse(await (await post(`${first.url}/api/practice/sessions`, { personaId: 'preset-software-engineer', minutes: 30 })).json());
    const messages = [
      'Hi Tomás, thanks so much for making the time!',
      "I'm a physics student who writes simulation code. What does a normal week look like for you?",
      'What do you enjoy most about it?',
      'And what is hard about the work?',
      'How do people usually get started?',
    ];
    const answered: MessageResponse[] = [];
    for (const content of messages) {
      const res = await post(`${first.url}/api/practice/sessions/${created.id}/messages`, { content });
      answered.push((await res.json()) as MessageResponse);
    }
    // One more message in flight, and the process killed without warning.
    const inFlight = post(`${first.url}/api/practice/sessions/${created.id}/messages`, { content: 'Which skills matter most?' }).catch(() => undefined);
    const exited = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGKILL');
    await Promise.all([inFlight, exited]);

    const second = await serve();
    const after = PracticeSession.parse(await (await fetch(`${second.url}/api/practice/sessions/${created.id}`)).json());
    const completed = answered.flatMap((a) => [a.userTurn, a.reply]);
    expect(after.turns.slice(0, completed.length)).toEqual(completed);
    // Whatever the kill interrupted is at most the last question and a reply that is either whole or marked cut off.
    const rest = after.turns.slice(completed.length);
    expect(rest.length).toBeLessThanOrEqual(2);
    if (rest[0]) expect(rest[0]).toMatchObject({ role: 'user', content: 'Which skills matter most?', complete: true });
    // The conversation carries on after the restart.
    const next = await post(`${second.url}/api/practice/sessions/${created.id}/messages`, { content: 'Who else should I talk to?' });
    expect(next.status).toBe(200);
    second.child.kill('SIGTERM');
  }, 60_000);
});
