import { describe, expect, it } from 'vitest';
import { rulebook, rulesFor, type Rule } from '../../shared/rules/index.ts';
import { guidesPresent, GUIDES_ABSENT_REASON } from '../../test/guides.ts';
import { guideExamples } from './guide-examples.ts';
import { labelledExamples } from './index.ts';
import type { LabelledExample } from './labelled-example.ts';
import { MIN_EXAMPLES, runMetaEval } from './meta-eval.ts';

/** A checker that fails any text containing "bad". */
const rule: Rule = { id: 't.no-bad', appliesTo: 'outreach', severity: 'low', title: 'No bad', text: 'x', sources: [], check: (text) => ({ passed: !text.includes('bad'), message: 'm' }) };
const ex = (text: string, expect: 'pass' | 'fail', source = 'infochat'): LabelledExample => ({ ruleId: rule.id, text, expect, source });
const tenEach = [...Array.from({ length: 10 }, (_, i) => ex(`good ${i}`, 'pass')), ...Array.from({ length: 10 }, (_, i) => ex(`bad ${i}`, 'fail'))];

describe('runMetaEval', () => {
  it('computes precision and recall with "fail" as the positive class, listing every misjudged example', () => {
    const examples = [...tenEach, ex('not bad at all', 'pass'), ex('not too bad', 'pass'), ex('terrible', 'fail')];
    const [result] = runMetaEval([rule], examples).rules;
    expect(result).toEqual({
      ruleId: 't.no-bad', title: 'No bad', status: 'below', shouldPass: 12, shouldFail: 11, fromGuides: 0,
      precision: 10 / 12, recall: 10 / 11,
      misses: [
        { text: 'not bad at all', expect: 'pass', source: 'infochat', message: 'm' },
        { text: 'not too bad', expect: 'pass', source: 'infochat', message: 'm' },
        { text: 'terrible', expect: 'fail', source: 'infochat', message: 'm' },
      ],
    });
    expect(runMetaEval([rule], examples).passed).toBe(false);
    expect(runMetaEval([rule], tenEach).rules[0]).toMatchObject({ status: 'ok', precision: 1, recall: 1 });
  });

  it('reports a rule with no examples without failing, and fails one with fewer than 10 of a label', () => {
    expect(runMetaEval([rule], [])).toEqual({ rules: [{ ruleId: 't.no-bad', title: 'No bad', status: 'no-examples', shouldPass: 0, shouldFail: 0, fromGuides: 0, precision: null, recall: null, misses: [] }], passed: true, notes: [] });
    const nine = tenEach.slice(1);
    expect(runMetaEval([rule], nine)).toMatchObject({ rules: [{ status: 'too-few' }], passed: false });
    // Guide examples come on top: they do not make up for our own.
    expect(runMetaEval([rule], [...nine, ex('good guide', 'pass', 'guide.txt')]).rules[0]?.status).toBe('too-few');
  });

  it('reports a recorded checker as known below without failing, and says when the entry is stale', () => {
    const below = [...tenEach, ex('terrible', 'fail'), ex('awful', 'fail')];
    expect(runMetaEval([rule], below, { knownBelow: { 't.no-bad': 'misses terrible' } })).toMatchObject({ rules: [{ status: 'known-below', knownBelow: 'misses terrible' }], passed: true });
    expect(runMetaEval([rule], tenEach, { knownBelow: { 't.no-bad': 'old' } }).notes).toEqual(['t.no-bad now reaches 0.9: delete its entry in evals/meta/known-below.ts']);
  });
});

describe('the labelled examples', () => {
  it(`give every outreach rule at least ${MIN_EXAMPLES} examples that pass and ${MIN_EXAMPLES} that fail, written by us`, () => {
    for (const r of rulesFor('outreach')) {
      const ours = labelledExamples.filter((e) => e.ruleId === r.id && e.source === 'infochat');
      expect({ rule: r.id, pass: ours.filter((e) => e.expect === 'pass').length >= MIN_EXAMPLES, fail: ours.filter((e) => e.expect === 'fail').length >= MIN_EXAMPLES }).toEqual({ rule: r.id, pass: true, fail: true });
    }
  });

  it('name only rules that exist, and never repeat a text for the same rule', () => {
    const ids = new Set(rulebook.map((r) => r.id));
    expect(labelledExamples.filter((e) => !ids.has(e.ruleId))).toEqual([]);
    const seen = new Set<string>();
    const repeated = labelledExamples.filter((e) => {
      const key = `${e.ruleId}\n${e.text}\n${JSON.stringify(e.context ?? {})}`;
      const dup = seen.has(key);
      seen.add(key);
      return dup;
    });
    expect(repeated).toEqual([]);
  });

  it.skipIf(!guidesPresent)(`add the guides' sample note as a passing example of every outreach rule (${guidesPresent ? 'guides present' : GUIDES_ABSENT_REASON})`, () => {
    const { examples, note } = guideExamples();
    expect(note).toBeUndefined();
    expect(examples.map((e) => [e.ruleId, e.expect])).toEqual(rulesFor('outreach').map((r) => [r.id, 'pass']));
    expect(examples[0]?.text.startsWith('Dear Jelisa')).toBe(true);
  });
});
