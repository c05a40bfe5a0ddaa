import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseAst } from 'rolldown/parseAst';

/**
 * Every regular expression of the rulebook and the language layer, collected mechanically so a
 * pattern added later is covered without being listed anywhere:
 * - every regex literal in the source files of `DIRS` (read with a parser, not by eye);
 * - every RegExp those modules construct while they load (`new RegExp(...)`, `rx(...)` helpers
 *   building patterns from strings), recorded by a stand-in `RegExp` constructor whose caller is
 *   in one of `DIRS` (the libraries' own patterns, e.g. wink-nlp's, are not ours to fix).
 * Patterns built per call from user text (escaped names) are not seen; they are escaped literals.
 */
export const REGEX_DIRS = ['shared/rules', 'shared/language', 'shared/practice', 'shared/questions', 'shared/text', 'server/text', 'server/coach', 'server/practice'] as const;

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface FoundPattern {
  source: string;
  /** Without `g` and `y`: they change where a match starts, not how long it can take. */
  flags: string;
  /** Where it was found: `file:line` for a literal, the file that built it otherwise. */
  where: string;
}

export const patternKey = (p: Pick<FoundPattern, 'source' | 'flags'>) => `/${p.source}/${p.flags}`;
const searchFlags = (flags: string) => flags.replace(/[gyd]/g, '');

export function sourceFiles(dirs: readonly string[] = REGEX_DIRS): string[] {
  return dirs
    .flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true }).map((f) => join(dir, String(f))))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.fixtures.ts'))
    .sort();
}

/** Every regex literal in the files. */
export function literalPatterns(files: readonly string[] = sourceFiles()): FoundPattern[] {
  const out: FoundPattern[] = [];
  for (const file of files) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(walk);
      const n = node as { type?: string; regex?: { pattern: string; flags: string }; start?: number };
      if (n.type === 'Literal' && n.regex) out.push({ source: n.regex.pattern, flags: searchFlags(n.regex.flags), where: `${file}:${lineOf(n.start ?? 0)}` });
      for (const value of Object.values(n)) walk(value);
    };
    walk(parseAst(text, { lang: 'ts' }));
  }
  return out;
}

/** Every RegExp the files' modules construct while loading (call before anything imports them). */
export async function constructedPatterns(files: readonly string[] = sourceFiles(), dirs: readonly string[] = REGEX_DIRS): Promise<FoundPattern[]> {
  const Native = RegExp;
  const out: FoundPattern[] = [];
  const here = fileURLToPath(import.meta.url);
  const record = (made: RegExp) => {
    // The first frame outside this file is the caller.
    const caller = (new Error().stack ?? '').split('\n').slice(1).find((line) => !line.includes(here) && !line.includes('(native)') && !line.includes('<anonymous>'));
    const path = caller?.match(/(?:file:\/\/)?(\/[^():]+\.ts)/)?.[1];
    const dir = path ? dirs.find((d) => relative(ROOT, path).startsWith(`${d}/`)) : undefined;
    if (path && dir) out.push({ source: made.source, flags: searchFlags(made.flags), where: relative(ROOT, path) });
    return made;
  };
  globalThis.RegExp = new Proxy(Native, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  });
  try {
    for (const file of files) await import(pathToFileURL(join(ROOT, file)).href);
  } finally {
    globalThis.RegExp = Native;
  }
  return out;
}

/** Literal and constructed, one entry per distinct pattern (the first place it was found). */
export async function allPatterns(): Promise<FoundPattern[]> {
  const files = sourceFiles();
  const constructed = await constructedPatterns(files);
  const byKey = new Map<string, FoundPattern>();
  for (const p of [...literalPatterns(files), ...constructed]) if (!byKey.has(patternKey(p))) byKey.set(patternKey(p), p);
  return [...byKey.values()];
}
