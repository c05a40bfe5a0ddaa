import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rulebook } from '../../shared/rules/index.ts';

/** UK spellings a US reader trips over; the interface uses US spelling throughout. */
const UK = /\b(practis(e|ed|es|ing)|labour\w*|organis(e|ed|es|ing|ation\w*)|colour\w*|behaviour\w*|favour\w*|recognis\w*|programme\w*|centre\w*|honour\w*|apologis\w*|summaris\w*|personalis\w*|prioritis\w*|realis(e|ed|es|ing)|travell\w*|cancell(ed|ing)|judgement|whilst|amongst|enrol|learnt|spelt)\b/i;

const SRC = fileURLToPath(new URL('.', import.meta.url));
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

describe('US spelling in the interface', () => {
  it('in every component of the page', () => {
    const found = filesUnder(SRC)
      .filter((file) => file.endsWith('.tsx') && !file.endsWith('.test.tsx'))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => (UK.test(line) ? [`${path.basename(file)}:${i + 1}: ${UK.exec(line)?.[0]}`] : [])),
      );
    expect(found).toEqual([]);
  });

  it('in every rule title the checklists show', () => {
    expect(rulebook.filter((rule) => UK.test(rule.title)).map((rule) => rule.title)).toEqual([]);
  });
});
