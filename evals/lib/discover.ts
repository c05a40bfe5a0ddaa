import { globSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EvalShapeError, evalsOfModule } from './legacy.ts';
import type { AnyEval } from './types.ts';

/**
 * Every eval of the suite: each `*.eval.ts` file under `dir` (a new job's eval joins by being
 * there), every export that is an eval in either shape. Names must be unique: the baseline and
 * the cache key on them.
 */
export async function discoverEvals(dir: string): Promise<AnyEval[]> {
  const files = globSync('**/*.eval.ts', { cwd: dir, exclude: (name) => name === 'node_modules' }).sort();
  const evals: AnyEval[] = [];
  for (const file of files) {
    const exports = (await import(pathToFileURL(path.join(dir, file)).href)) as Record<string, unknown>;
    const found = evalsOfModule(exports);
    if (found.length === 0) throw new EvalShapeError(`${file} exports no eval ({ name, job, cases, setup, scorers, threshold } or { name, cases, scorers, threshold })`);
    evals.push(...found);
  }
  assertUniqueNames(evals);
  return evals;
}

export function assertUniqueNames(evals: readonly AnyEval[]): void {
  const seen = new Set<string>();
  for (const ev of evals) {
    if (seen.has(ev.name)) throw new EvalShapeError(`two evals are named "${ev.name}"`);
    seen.add(ev.name);
    const names = new Set<string>();
    for (const c of ev.cases) {
      if (names.has(c.name)) throw new EvalShapeError(`eval "${ev.name}" has two cases named "${c.name}"`);
      names.add(c.name);
    }
  }
}
