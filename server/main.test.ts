import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { outputMatch } from '../test/fixtures/child-output.ts';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

// The real entry point as a child process: only the environment given here (no inherited API
// key), run from an empty folder (no .env), offline coach, no network beyond localhost.
function start(env: Record<string, string>, prepare?: (cwd: string) => void) {
  const cwd = mkdtempSync(join(tmpdir(), 'infochat-main-'));
  prepare?.(cwd);
  const child = spawn(process.execPath, [MAIN], { cwd, env: { PATH: process.env['PATH'] ?? '', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, cwd, exited, output: () => ({ stdout, stderr }) };
}

/** The first capture of `pattern` in the child's stdout, as it arrives (`outputMatch`: no polling, no deadline of its own). */
const waitForOutput = (run: ReturnType<typeof start>, pattern: RegExp) => outputMatch(run.child, pattern, () => run.output().stdout).then((m) => m[1] ?? m[0]);

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

  it('fails at startup in one line naming the language model that is missing or corrupt', async () => {
    const missing = start({ PORT: '0', INFOCHAT_LANGUAGE_MODELS: './models' });
    started.push(missing);
    expect(await missing.exited).toBe(1);
    expect(missing.output()).toEqual({ stdout: '', stderr: 'infochat: language model models/questions.json: missing (run npm run train)\n' });

    const corrupt = start({ PORT: '0', INFOCHAT_LANGUAGE_MODELS: './models' }, (cwd) => {
      mkdirSync(join(cwd, 'models'));
      writeFileSync(join(cwd, 'models', 'questions.json'), '{"format":"infochat-language-model"');
    });
    started.push(corrupt);
    expect(await corrupt.exited).toBe(1);
    expect(corrupt.output()).toEqual({ stdout: '', stderr: 'infochat: language model models/questions.json: corrupt (not JSON)\n' });
  });

  it('listens on a free port with PORT=0, answers, and shuts down on SIGTERM', async () => {
    const run = start({ PORT: '0', DATABASE_URL: 'file:./nested/infochat.db' });
    started.push(run);
    const url = await waitForOutput(run, /infochat listening on (http:\/\/127\.0\.0\.1:\d+) \(coach: offline\)/);

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

  // Its own test, with a longer timeout than the file's (a test deadline, not a timed assertion):
  // seven indexes built on a loaded machine take a while.
  it('builds every preset question bank in the background once listening and idle, before any practice reply asks for one', async () => {
    const run = start({ PORT: '0' });
    started.push(run);
    expect(await waitForOutput(run, /infochat: practice question banks ready \((\d+) presets\)/)).toBe('7');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output().stderr).toBe('');
  }, 90_000);

  const listening = (run: ReturnType<typeof start>) => waitForOutput(run, /infochat listening on (http:\/\/[^ ]+:\d+) /);

  // Each case: the whole of stderr is one line naming the variable and what to do; exit 1 (a hang
  // fails the test by its timeout, not by a timed assertion a busy machine could outrun).
  it.each([
    [
      'a folder that cannot be created (no hang)',
      { DATABASE_URL: 'file:/proc/nope/x.db' },
      'infochat: DATABASE_URL: cannot create the database folder /proc/nope: no such file or directory\n',
    ],
    [
      'an unreachable libsql server (no SQL dump)',
      { DATABASE_URL: 'http://127.0.0.1:1' },
      /^infochat: DATABASE_URL: cannot reach the libsql server at http:\/\/127\.0\.0\.1:1: .+\n$/,
    ],
    [
      'a non-loopback HOST without a token',
      { HOST: '0.0.0.0' },
      'Invalid configuration (see .env.example):\n  - INFOCHAT_TOKEN: required because HOST=0.0.0.0 lets other machines connect; set a long random token (openssl rand -hex 24), or HOST=127.0.0.1 for this machine only\n',
    ],
    [
      'credentials in the base URL',
      { OPENAI_BASE_URL: 'http://me:secret-pw@localhost:11434/v1', INFOCHAT_MODEL: 'llama3.2' },
      'Invalid configuration (see .env.example):\n  - OPENAI_BASE_URL: must not contain a user name or password (user:pass@); put the key in OPENAI_API_KEY instead\n',
    ],
  ])('refuses to start with %s, in words', async (_, env, stderr) => {
    const run = start({ PORT: '0', ...env });
    started.push(run);
    expect(await run.exited).toBe(1);
    expect(run.output().stdout).toBe('');
    if (typeof stderr === 'string') expect(run.output().stderr).toBe(stderr);
    else expect(run.output().stderr).toMatch(stderr);
  });

  it('starts from a copy of .env.example with only the key filled in, and with an exported empty OPENAI_BASE_URL', async () => {
    const example = readFileSync(fileURLToPath(new URL('../.env.example', import.meta.url)), 'utf8');
    const run = start({ PORT: '0', OPENAI_BASE_URL: '' }, (cwd) => {
      writeFileSync(join(cwd, '.env'), example.replace(/^OPENAI_API_KEY=$/m, 'OPENAI_API_KEY=sk-test-not-real').replace(/^PORT=.*$/m, 'PORT=0'));
    });
    started.push(run);
    await waitForOutput(run, /coach: model gpt-4\.1-mini via openai/);
    expect(run.output().stderr).toBe('');
    expect(run.output().stdout).not.toContain('sk-test-not-real');
  });

  it('beyond loopback, serves the API only with the token, and refuses foreign Host names', async () => {
    const token = 'team-token-0123456789abcdef';
    const run = start({ PORT: '0', HOST: '0.0.0.0', INFOCHAT_TOKEN: token, INFOCHAT_ALLOWED_HOSTS: 'infochat.lan' });
    started.push(run);
    const url = (await listening(run)).replace('0.0.0.0', '127.0.0.1');
    expect(run.output().stdout).toContain('token required');
    expect((await fetch(`${url}/api/drafts`)).status).toBe(401);
    expect((await fetch(`${url}/api/drafts`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    const port = new URL(url).port;
    const raw = (host: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(`GET /api/health HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer ${token}\r\nConnection: close\r\n\r\n`);
        });
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk.toString()));
        socket.on('end', () => resolve(answer.split('\r\n')[0] ?? ''));
        socket.on('error', reject);
      });
    expect(await raw('evil.example')).toBe('HTTP/1.1 403 Forbidden');
    expect(await raw(`infochat.lan:${port}`)).toBe('HTTP/1.1 200 OK');
    expect(run.output().stdout).not.toContain(token);
  });

  it('answers a body announced over 1 MB with 413 at once and closes the connection, without waiting for the body', async () => {
    const run = start({ PORT: '0' });
    started.push(run);
    const url = new URL(await listening(run));
    // Answered before the body could ever arrive (it never does): waiting for it would take the
    // whole-request deadline (30 s), past this test's timeout, so no timed assertion is needed.
    const result = await new Promise<{ head: string; closed: boolean }>((resolve, reject) => {
      let answer = '';
      const socket = connect(Number(url.port), '127.0.0.1', () => {
        socket.write(
          `POST /api/outreach/critique HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${50 * 1024 * 1024}\r\n\r\n{"draft":"`,
        );
        // The rest of the body never comes.
      });
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('close', () => resolve({ head: answer.split('\r\n\r\n')[0] ?? '', closed: true }));
      socket.on('error', reject);
    });
    expect(result.head).toMatch(/^HTTP\/1\.1 413 Payload Too Large\r\n/);
    expect(result.head.toLowerCase()).toContain('connection: close');
  });

  it('logs nothing as an error when clients disconnect mid-request, and answers a malformed Host in words', async () => {
    const run = start({ PORT: '0' });
    started.push(run);
    const url = new URL(await listening(run));
    for (let i = 0; i < 5; i++) {
      await new Promise<void>((resolve) => {
        const socket = connect(Number(url.port), '127.0.0.1', () => {
          socket.write('POST /api/outreach/critique HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"draft":"Hi');
          setTimeout(() => {
            socket.destroy();
            resolve();
          }, 100);
        });
      });
    }
    const health = await fetch(`${url.origin}/api/health`);
    expect(health.status).toBe(200);
    // A Host that is not a host never reaches the app: the adapter still answers with the error body.
    const malformed = await new Promise<string>((resolve, reject) => {
      let answer = '';
      const socket = connect(Number(url.port), '127.0.0.1', () => socket.write('GET /api/health HTTP/1.1\r\nHost: a b\r\n\r\n'));
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('close', () => resolve(answer));
      socket.on('error', reject);
    });
    expect(malformed).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(malformed.slice(malformed.indexOf('\r\n\r\n') + 4)).toBe(
      JSON.stringify({ error: { code: 'invalid_request', message: 'The request could not be read (its Host header or URL is malformed).' } }),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(run.output().stderr).toBe('');
  });

  it('closes connections beyond INFOCHAT_MAX_CONNECTIONS at once, and serves again when they go', async () => {
    const run = start({ PORT: '0', INFOCHAT_MAX_CONNECTIONS: '4' });
    started.push(run);
    const url = new URL(await listening(run));
    // Ten idle sockets that send nothing: four are kept, the rest closed by the server. Waited for
    // as events (the sixth close), not with a timer a busy machine could outrun.
    let closes = 0;
    let sixClosed: () => void = () => {};
    const six = new Promise<void>((resolve) => (sixClosed = resolve));
    const sockets = await Promise.all(
      Array.from({ length: 10 }, () => new Promise<import('node:net').Socket>((resolve) => {
        const socket = connect(Number(url.port), '127.0.0.1', () => resolve(socket));
        socket.on('close', () => {
          closes += 1;
          if (closes === 6) sixClosed();
        });
        socket.on('error', () => undefined);
      })),
    );
    await six;
    // The four kept are still open (the first-byte deadline, 3 s, is far off).
    expect(sockets.filter((socket) => !socket.destroyed && socket.readyState === 'open')).toHaveLength(4);
    for (const socket of sockets) socket.destroy();
    // Serves again once the server has seen them go: retried until then, as a client would.
    await vi.waitFor(async () => expect((await fetch(`${url.origin}/api/health`)).status).toBe(200), { timeout: 10_000, interval: 50 });
    expect((await fetch(`${url.origin}/api/health`)).status).toBe(200);
  });
});
