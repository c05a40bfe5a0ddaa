import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/fixtures/test-app.ts';
import { acceptedEncoding } from './web-assets.ts';

const ENTRY = `console.log(${JSON.stringify('entry '.repeat(400))});`;

describe('the web app over the wire', () => {
  let webDir = '';
  beforeAll(() => {
    webDir = mkdtempSync(join(tmpdir(), 'infochat-web-assets-'));
    mkdirSync(join(webDir, 'assets'));
    mkdirSync(join(webDir, '.vite'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/index-abc.js"></script></head><body><div id="root"></div></body></html>');
    writeFileSync(join(webDir, 'assets/index-abc.js'), ENTRY);
    writeFileSync(join(webDir, 'assets/index-abc.js.br'), brotliCompressSync(ENTRY));
    writeFileSync(join(webDir, 'assets/index-abc.js.gz'), gzipSync(ENTRY));
    writeFileSync(join(webDir, 'assets/small.js'), 'export {};');
    writeFileSync(
      join(webDir, '.vite/manifest.json'),
      JSON.stringify({
        'index.html': { file: 'assets/index-abc.js', isEntry: true },
        _shared: { file: 'assets/shared-1.js' },
        'src/features/questions/components/questions-page.tsx': { file: 'assets/questions-page-q1.js', css: ['assets/questions-page-q1.css'], imports: ['index.html', '_shared'] },
        'src/features/outreach/components/outreach-page.tsx': { file: 'assets/outreach-page-o1.js' },
      }),
    );
  });
  afterAll(() => rmSync(webDir, { recursive: true, force: true }));

  it('sends the brotli or gzip twin the browser accepts, cached for good, and the raw file otherwise', async () => {
    const { app } = await createTestApp({ webDir });
    const br = await app.request('/assets/index-abc.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(br.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(ENTRY);

    const gz = await app.request('/assets/index-abc.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(ENTRY);

    const raw = await app.request('/assets/index-abc.js', { headers: { 'Accept-Encoding': 'identity' } });
    expect(raw.headers.get('content-encoding')).toBeNull();
    expect(await raw.text()).toBe(ENTRY);
    // A file with no twin (under 1 KB at build time) is served as it is.
    const small = await app.request('/assets/small.js', { headers: { 'Accept-Encoding': 'br' } });
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.text()).toBe('export {};');
  });

  it("gives each page's shell a modulepreload of that page's chunk, its imports and its CSS, compressed and revalidated", async () => {
    const { app } = await createTestApp({ webDir });
    const res = await app.request('/questions/agendas/1', { headers: { 'Accept-Encoding': 'br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    const html = brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString();
    expect(html).toContain('<link rel="modulepreload" href="/assets/questions-page-q1.js">');
    expect(html).toContain('<link rel="modulepreload" href="/assets/shared-1.js">');
    expect(html).toContain('<link rel="preload" as="style" href="/assets/questions-page-q1.css">');
    expect(html).not.toContain('modulepreload" href="/assets/index-abc.js');
    const home = await (await app.request('/', { headers: { 'Accept-Encoding': 'identity' } })).text();
    expect(home).toContain('<link rel="modulepreload" href="/assets/outreach-page-o1.js">');
    // An unknown page still gets the shell (the app says "Page not found"), with nothing to preload.
    const unknown = await (await app.request('/nowhere')).text();
    expect(unknown).toContain('<div id="root">');
    expect(unknown).not.toContain('modulepreload');
  });

  it('never answers for the API', async () => {
    const { app } = await createTestApp({ webDir });
    const res = await app.request('/api/nothing-here', { headers: { 'Accept-Encoding': 'br' } });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/json/);
  });

  it('reads Accept-Encoding with q-values', () => {
    expect(acceptedEncoding('gzip, deflate, br')).toBe('br');
    expect(acceptedEncoding('br;q=0, gzip')).toBe('gzip');
    expect(acceptedEncoding('identity')).toBeNull();
    expect(acceptedEncoding(undefined)).toBeNull();
    expect(acceptedEncoding('*')).toBe('br');
  });
});
