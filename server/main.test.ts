import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

// The real entry point as a child process: only the environment given here (no inherited API
// key), run from an empty folder (no .env), offline coach, no network beyond localhost.
function start(env: Record<string, string>) {
  const cwd = mkdtempSync(join(tmpdir(), 'infochat-main-'));
  const child = spawn(process.execPath, [MAIN], { cwd, env: { PATH: process.env['PATH'] ?? '', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, cwd, exited, output: () => ({ stdout, stderr }) };
}

async function waitFor(check: () => string | undefined, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = check();
    if (found) return found;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('server/main.ts', () => {
  const started: Array<{ child: ChildProcess; cwd: string }> = [];
  afterEach(() => {
    for (const { child, cwd } of started.splice(0)) {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('prints every configuration problem and exits 1, with no stack trace', async () => {
    const run = start({ PORT: 'eighty', OPENAI_BASE_URL: 'http://localhost:11434/v1', OPENAI_API_KEY: 'sk-do-not-print' });
    started.push(run);
    expect(await run.exited).toBe(1);
    expect(run.output()).toEqual({
      stdout: '',
      stderr:
        'Invalid configuration (see .env.example):\n' +
        '  - PORT: must be a whole number from 0 to 65535 (0 picks any free port)\n' +
        '  - INFOCHAT_MODEL: required when OPENAI_BASE_URL is set, because a local server has no default model (e.g. INFOCHAT_MODEL=llama3.2)\n',
    });
  });

  it('listens on a free port with PORT=0, answers, and shuts down on SIGTERM', async () => {
    const run = start({ PORT: '0', DATABASE_URL: 'file:./nested/infochat.db' });
    started.push(run);
    const url = await waitFor(() => /infochat listening on (http:\/\/127\.0\.0\.1:\d+) \(coach: offline\)/.exec(run.output().stdout)?.[1]);

    const health = await fetch(`${url}/api/health`);
    expect(await health.json()).toEqual({ ok: true });
    const critique = await fetch(`${url}/api/outreach/critique`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ draft: 'Hi Jelisa, would you have 20 minutes for a call?' }),
    });
    expect(critique.status).toBe(200);

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output().stdout).toMatch(/infochat: SIGTERM, shutting down\n$/);
    expect(run.output().stderr).toBe('');
  });
});
