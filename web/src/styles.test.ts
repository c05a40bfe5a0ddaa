import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classNamesFor } from './lib/class-names.ts';

const SRC = fileURLToPath(new URL('.', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

describe('styles cannot leak from one page to another', () => {
  const featureCss = filesUnder(path.join(SRC, 'features')).filter((file) => file.endsWith('.css'));

  it('every feature stylesheet is a CSS module', () => {
    expect(featureCss.length).toBeGreaterThan(0);
    expect(featureCss.filter((file) => !file.endsWith('.module.css'))).toEqual([]);
  });

  it('no feature imports a global stylesheet of its own', () => {
    const sideEffectImports = filesUnder(path.join(SRC, 'features'))
      .filter((file) => file.endsWith('.tsx') || file.endsWith('.ts'))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^import '(\.[^']*\.css)';/gm)].map((m) => `${path.basename(file)}: ${m[1]}`));
    expect(sideEffectImports).toEqual([]);
  });

  it('cx gives a module class its unique name and keeps shared names as they are', () => {
    const cx = classNamesFor({ score: 'score_a1b2', 'score--good': 'score--good_c3' });
    expect(cx('score score--good', false, 'button', undefined)).toBe('score_a1b2 score score--good_c3 score--good button');
  });
});
