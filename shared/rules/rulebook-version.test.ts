import { describe, expect, it } from 'vitest';
import type { Rule } from './rule.ts';
import { rulebook } from './rulebook.ts';
import { MODEL_HASHES } from '../language/models/manifest.ts';
import { fnv1a64, RULEBOOK_VERSION, rulebookVersionOf, withModels } from './rulebook-version.ts';

const RULE_A: Rule = {
  id: 'outreach.a',
  appliesTo: 'outreach',
  severity: 'high',
  title: 'A',
  text: 'Do A.',
  sources: [{ guide: '000_guide.txt', quote: 'do A' }],
};
const RULE_B: Rule = { ...RULE_A, id: 'outreach.b', title: 'B', text: 'Do B.' };

describe('fnv1a64', () => {
  it('matches the published FNV-1a 64-bit test vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('hashes the UTF-8 bytes, so non-ASCII text hashes as it does everywhere', () => {
    expect(fnv1a64('é')).toBe(fnv1a64('\u00e9'));
    expect(fnv1a64('é')).not.toBe(fnv1a64('e'));
  });
});

describe('rulebookVersionOf', () => {
  it('is 16 hex digits and the same for the same rules in any order', () => {
    expect(rulebookVersionOf([RULE_A, RULE_B])).toMatch(/^[0-9a-f]{16}$/);
    expect(rulebookVersionOf([RULE_B, RULE_A])).toBe(rulebookVersionOf([RULE_A, RULE_B]));
  });

  it('changes when a rule’s id, target, severity, text or sources change', () => {
    const base = rulebookVersionOf([RULE_A]);
    const variants: Rule[] = [
      { ...RULE_A, id: 'outreach.a2' },
      { ...RULE_A, appliesTo: 'question' },
      { ...RULE_A, severity: 'low' },
      { ...RULE_A, text: 'Do A, briefly.' },
      { ...RULE_A, sources: [{ guide: '001_guide.txt', quote: 'do A' }] },
      { ...RULE_A, sources: [{ guide: '000_guide.txt', quote: 'do A now' }] },
      { ...RULE_A, sources: [] },
    ];
    for (const variant of variants) expect(rulebookVersionOf([variant])).not.toBe(base);
    expect(rulebookVersionOf([RULE_A, RULE_B])).not.toBe(base);
  });

  it('ignores titles and checkers (labels and code, not what the rule demands)', () => {
    const base = rulebookVersionOf([RULE_A]);
    expect(rulebookVersionOf([{ ...RULE_A, title: 'Another label' }])).toBe(base);
    expect(rulebookVersionOf([{ ...RULE_A, check: () => ({ passed: true, message: 'ok' }) }])).toBe(base);
  });

  it('is the version of the whole rulebook with its language models', () => {
    expect(RULEBOOK_VERSION).toBe(withModels(rulebookVersionOf(rulebook), MODEL_HASHES));
  });

  it('changes when a model artifact changes, and is the rules alone without models', () => {
    const rules = rulebookVersionOf(rulebook);
    expect(withModels(rules, {})).toBe(rules);
    expect(withModels(rules, { questions: 'a' })).not.toBe(withModels(rules, { questions: 'b' }));
    expect(withModels(rules, { questions: 'a', turns: 'b' })).toBe(withModels(rules, { turns: 'b', questions: 'a' }));
  });
});
