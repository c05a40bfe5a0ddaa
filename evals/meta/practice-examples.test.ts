import { describe, expect, it } from 'vitest';
import { parseTranscript, renderTranscript } from '../../shared/practice/transcript.ts';
import { rulebook, rulesFor } from '../../shared/rules/index.ts';
import { conductExamples, talk } from './conduct-examples.ts';
import { followUpExamples } from './follow-up-examples.ts';
import { labelledExamples } from './index.ts';
import { MIN_EXAMPLES, runMetaEval } from './meta-eval.ts';
import { practiceGuideExamples } from './practice-guide-examples.ts';
import { GUIDES_ABSENT_REASON, guidesPresent } from '../../test/guides.ts';

describe('conduct and follow-up examples', () => {
  it.each([
    ['conduct', conductExamples],
    ['follow-up', followUpExamples],
  ] as const)(`give every %s rule at least ${MIN_EXAMPLES} of each label, registered in the meta-evaluation`, (target, examples) => {
    for (const rule of rulesFor(target)) {
      const mine = examples.filter((e) => e.ruleId === rule.id);
      expect({ rule: rule.id, pass: mine.filter((e) => e.expect === 'pass').length >= MIN_EXAMPLES, fail: mine.filter((e) => e.expect === 'fail').length >= MIN_EXAMPLES }).toEqual({ rule: rule.id, pass: true, fail: true });
    }
    for (const example of examples) expect(labelledExamples).toContain(example);
  });

  it('are conversations in the transcript form the conduct checkers read, starting with the user', () => {
    for (const { text } of conductExamples) {
      const turns = parseTranscript(text);
      expect(turns.length).toBeGreaterThan(0);
      expect(renderTranscript(turns)).toBe(text);
    }
    expect(talk(1, 'Hi, thanks.', 'P: Hello.', '@7.5 Bye!')).toBe('[user 1.0] Hi, thanks.\n[professional 2.0] Hello.\n[user 7.5] Bye!');
  });

  it('keep every conduct and follow-up checker at or above the bar (no known-below entry for these families)', () => {
    const families = rulebook.filter((r) => r.appliesTo === 'conduct' || r.appliesTo === 'follow-up');
    const result = runMetaEval(families, [...conductExamples, ...followUpExamples]);
    expect(result.rules.filter((r) => r.status !== 'ok').map((r) => ({ rule: r.ruleId, precision: r.precision, recall: r.recall, misses: r.misses.map((m) => m.text) }))).toEqual([]);
  });

  it.skipIf(!guidesPresent)(`agree with the guides' own questions, check-in and ask (${guidesPresent ? 'guides present' : GUIDES_ABSENT_REASON})`, () => {
    const { examples, note } = practiceGuideExamples();
    expect(note).toBeUndefined();
    expect(examples.length).toBeGreaterThan(60);
    const wrong = examples.filter((e) => {
      const rule = rulebook.find((r) => r.id === e.ruleId);
      return rule?.check?.(e.text, {}).passed !== (e.expect === 'pass');
    });
    expect(wrong.map((e) => `${e.ruleId}: ${e.text.split('\n')[2] ?? e.text}`)).toEqual([]);
  });
});
