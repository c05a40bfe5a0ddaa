import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

/**
 * The built web app over the wire, small and early:
 * - a file with a `.br` / `.gz` twin written at build time (vite.config.ts) goes out compressed when
 *   the browser accepts it (`Content-Encoding`, `Vary: Accept-Encoding`); others fall through to serveStatic;
 * - a page's shell (`/questions`, `/practice/sessions/…`) is its first-paint HTML (pages/<page>.html,
 *   written at build time; index.html otherwise) with a `modulepreload` of that
 *   page's own chunk (and its CSS), from Vite's manifest, so it loads beside the entry instead of after
 *   it runs; compressed too.
 * Caching stays where it is (app.ts): hashed `assets/` immutable, the rest revalidated.
 * Never touches `/api`.
 */
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
};

type Encoding = 'br' | 'gzip';

/** The best encoding the request accepts (q=0 refuses one). */
export function acceptedEncoding(header: string | undefined): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : null;
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  css?: string[];
  imports?: string[];
}

/** `<link>`s for a page's chunk, the chunks it imports, and its CSS, from Vite's manifest. */
function preloadLinks(manifest: Record<string, ManifestChunk>, page: string): string {
  const entry = manifest[`src/features/${page}/components/${page}-page.tsx`];
  if (!entry) return '';
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (chunk: ManifestChunk | undefined) => {
    // The entry is in index.html already.
    if (!chunk || chunk.isEntry || scripts.has(chunk.file)) return;
    scripts.add(chunk.file);
    for (const css of chunk.css ?? []) styles.add(css);
    for (const key of chunk.imports ?? []) visit(manifest[key]);
  };
  visit(entry);
  return [
    ...[...styles].map((file) => `<link rel="preload" as="style" href="/${file}">`),
    ...[...scripts].map((file) => `<link rel="modulepreload" href="/${file}">`),
  ].join('');
}

interface Body {
  raw: Buffer;
  br: Buffer;
  gzip: Buffer;
}

export function webAssets(webDir: string): MiddlewareHandler {
  const root = path.resolve(webDir);
  const manifestPath = path.join(root, '.vite/manifest.json');
  const shells = new Map<string, Body>();

  const shellFor = (page: string): Body | undefined => {
    const cached = shells.get(page);
    if (cached) return cached;
    // pages/<page>.html has the page's header and heading already in it (vite.config.ts); else index.html.
    const prerendered = path.join(root, 'pages', `${page}.html`);
    const indexPath = existsSync(prerendered) ? prerendered : path.join(root, 'index.html');
    if (!existsSync(indexPath)) return undefined;
    const manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>) : {};
    const html = readFileSync(indexPath, 'utf8').replace('</head>', `${preloadLinks(manifest, page)}</head>`);
    const raw = Buffer.from(html);
    const body = {
      raw,
      br: brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
      gzip: gzipSync(raw, { level: 9 }),
    };
    shells.set(page, body);
    return body;
  };

  return async (c, next) => {
    const method = c.req.method;
    const rawPath = c.req.path;
    if ((method !== 'GET' && method !== 'HEAD') || rawPath.startsWith('/api/') || rawPath === '/api') return next();
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(rawPath);
    } catch {
      return next();
    }
    // Decided on the path as sent, as app.ts's shell fallback does (an encoded `..%2f` is a file, refused there).
    const isFile = /\.[^/]+$/.test(rawPath) || urlPath.split('/').includes('..');
    const encoding = acceptedEncoding(c.req.header('accept-encoding'));

    if (!isFile || urlPath === '/index.html') {
      // The page's first path segment names its feature (`/` is the outreach page's address).
      const page = urlPath.split('/')[1] || 'outreach';
      const shell = shellFor(/^[a-z-]+$/.test(page) ? page : 'outreach');
      if (!shell) return next();
      c.header('Content-Type', TYPES['.html']);
      c.header('Vary', 'Accept-Encoding');
      if (encoding) c.header('Content-Encoding', encoding);
      const body = new Uint8Array(encoding ? shell[encoding] : shell.raw);
      return method === 'HEAD' ? c.body(null) : c.body(body);
    }

    const type = TYPES[path.extname(urlPath)];
    if (!type || !encoding) return next();
    const file = path.resolve(root, `.${urlPath}`);
    if (!file.startsWith(`${root}${path.sep}`)) return next();
    const twin = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
    if (!existsSync(twin) || !statSync(twin).isFile()) return next();
    c.header('Content-Type', type);
    c.header('Content-Encoding', encoding);
    c.header('Vary', 'Accept-Encoding');
    return method === 'HEAD' ? c.body(null) : c.body(new Uint8Array(readFileSync(twin)));
  };
}
