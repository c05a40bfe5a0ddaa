import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withRulesTable } from './rules-table.ts';

describe("the README's rules table", () => {
  it('matches the rulebook (run `npm run docs:rules` after changing a rule)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(withRulesTable(readme)).toBe(readme);
  });
});
