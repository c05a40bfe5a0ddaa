import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ActiveCoach } from '../shared/contracts/common.ts';
import { createTestApp, fakeCoach } from '../test/fixtures/test-app.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let current: TestApp | undefined;
async function setup(overrides: Parameters<typeof createTestApp>[0] = {}) {
  current = await createTestApp(overrides);
  return current;
}
afterEach(() => {
  current?.close();
  current = undefined;
});

describe('GET /api/health', () => {
  it('says the server is up', async () => {
    const { app } = await setup();
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});

describe('GET /api/coach', () => {
  it('names the offline coach', async () => {
    const { app } = await setup();
    expect(ActiveCoach.parse(await (await app.request('/api/coach')).json())).toEqual({ kind: 'offline' });
  });

  it('names the model and where it runs', async () => {
    const { app } = await setup({ coach: fakeCoach() });
    expect(ActiveCoach.parse(await (await app.request('/api/coach')).json())).toEqual({
      kind: 'model',
      model: 'fake-model',
      provider: 'openai-compatible',
      host: 'localhost:11434',
    });
  });
});

describe('unknown API routes', () => {
  it.each([
    ['GET', '/api/nope'],
    ['GET', '/api'],
    ['POST', '/api/drafts/x/y'],
  ])('%s %s answers JSON 404', async (method, path) => {
    const { app } = await setup();
    const res = await app.request(path, { method });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: `Nothing here: ${method} ${path}` } });
  });

  it.each([
    ['POST', '/api/health', 'GET, HEAD', 'GET or HEAD'],
    ['GET', '/api/outreach/critique', 'POST', 'POST'],
    ['DELETE', '/api/outreach/critique/stream', 'POST', 'POST'],
    ['PUT', '/api/drafts', 'GET, HEAD', 'GET or HEAD'],
    ['PATCH', '/api/coach', 'GET, HEAD', 'GET or HEAD'],
  ])('%s %s answers 405 with Allow: %s, read from the registered routes', async (method, path, allow, words) => {
    const { app } = await setup();
    const res = await app.request(path, { method, headers: { 'content-type': 'application/json' }, body: method === 'GET' ? null : '{}' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    expect(await res.json()).toEqual({ error: { code: 'method_not_allowed', message: `${method} is not allowed here; use ${words}.` } });
  });
});

describe('web app', () => {
  let webDir: string;
  const INDEX = '<!doctype html><title>infochat</title><div id="root"></div>';

  beforeAll(() => {
    webDir = mkdtempSync(join(tmpdir(), 'infochat-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), INDEX);
    writeFileSync(join(webDir, 'assets', 'app-1a2b3c.js'), 'console.log("app")');
    writeFileSync(join(webDir, 'favicon.svg'), '<svg/>');
  });
  afterAll(() => rmSync(webDir, { recursive: true, force: true }));

  it('serves index.html at /', async () => {
    const { app } = await setup({ webDir });
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toBe(INDEX);
  });

  it('serves files, caching hashed assets for good', async () => {
    const { app } = await setup({ webDir });
    const res = await app.request('/assets/app-1a2b3c.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await res.text()).toBe('console.log("app")');
    expect((await app.request('/favicon.svg')).headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });

  it.each(['/outreach', '/questions', '/practice', '/outreach/some/deep/link'])(
    'answers the client-side route %s with index.html',
    async (path) => {
      const { app } = await setup({ webDir });
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(INDEX);
    },
  );

  it('answers a missing file with 404, not index.html', async () => {
    const { app } = await setup({ webDir });
    const res = await app.request('/assets/missing.js');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'Nothing here: GET /assets/missing.js' } });
  });

  it.each(['/api/nope', '/api'])('keeps the unknown API route %s a JSON 404', async (path) => {
    const { app } = await setup({ webDir });
    const res = await app.request(path);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: `Nothing here: GET ${path}` } });
  });

  it('refuses paths that climb out of the folder', async () => {
    const { app } = await setup({ webDir });
    const res = await app.request('/..%2f..%2fetc%2fpasswd');
    expect(res.status).toBe(404);
  });

  it('serves only the API when the folder does not exist', async () => {
    const { app } = await setup({ webDir: join(webDir, 'not-built') });
    expect((await app.request('/outreach')).status).toBe(404);
    expect((await app.request('/api/health')).status).toBe(200);
  });
});
