import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewQuestion } from '../../shared/questions/review.ts';
import { questionCases } from './cases.ts';
import { caught, keepsTheNouns, kept, rephrasingPassesReview, verdictAgreesWithRules } from './scorers.ts';

const JOB = questionCases.find((c) => c.expected === 'rephrase')!;
const INFO = questionCases.find((c) => c.expected === 'informational')!;

describe('question eval data', () => {
  it('has at least 150 job-style and 150 informational questions, each named once', () => {
    expect(questionCases.filter((c) => c.expected === 'rephrase').length).toBeGreaterThanOrEqual(150);
    expect(questionCases.filter((c) => c.expected === 'informational').length).toBeGreaterThanOrEqual(150);
    expect(new Set(questionCases.map((c) => c.name)).size).toBe(questionCases.length);
  });

  it('property: over the whole eval set, however it is typed, a rephrasing reviewed again is "informational"', () => {
    const typed = fc.tuple(
      fc.constantFrom(...questionCases),
      fc.constantFrom((q: string) => q, (q: string) => q.replace(/[?.!]+$/, ''), (q: string) => `  ${q}  `, (q: string) => q.charAt(0).toLowerCase() + q.slice(1), (q: string) => q.replace(/'/g, '’')),
    );
    fc.assert(
      fc.property(typed, ([c, type]) => {
        const result = reviewQuestion(type(c.question), c.context ?? {});
        expect(result.verdict === 'informational').toBe(result.rephrased === null);
        if (result.rephrased !== null) expect(reviewQuestion(result.rephrased, c.context ?? {}).verdict, result.rephrased).toBe('informational');
        for (const alt of result.alternatives) expect(reviewQuestion(alt, c.context ?? {}).verdict, alt).toBe('informational');
      }),
      { numRuns: 1500 },
    );
  });
});

describe('question scorers', () => {
  const rephrased = (over: Partial<ReturnType<typeof reviewQuestion>> = {}) => ({ ...reviewQuestion(JOB.question), ...over });

  it('caught: 1 for a caught job-style question, 0 for a missed one, skipped for an informational one', () => {
    expect(caught.score({ input: JOB, output: rephrased() })).toMatchObject({ score: 1 });
    expect(caught.score({ input: JOB, output: rephrased({ verdict: 'informational' }) })).toMatchObject({ score: 0 });
    expect(caught.score({ input: INFO, output: reviewQuestion(INFO.question) })).toEqual({ skipped: 'an informational question' });
  });

  it('kept: 0 when an informational question is flagged', () => {
    expect(kept.score({ input: INFO, output: reviewQuestion(INFO.question) })).toMatchObject({ score: 1 });
    expect(kept.score({ input: INFO, output: { ...reviewQuestion(INFO.question), verdict: 'rephrase', ruleIds: ['x'] } })).toMatchObject({ score: 0 });
  });

  it('rephrasing-passes-review: 0 when the rephrasing or an alternative still breaks a rule', () => {
    expect(rephrasingPassesReview.score({ input: JOB, output: rephrased() })).toMatchObject({ score: 1 });
    expect(rephrasingPassesReview.score({ input: JOB, output: rephrased({ rephrased: 'Are you hiring?' }) })).toMatchObject({ score: 0 });
    expect(rephrasingPassesReview.score({ input: JOB, output: rephrased({ alternatives: ['How much do you make?'] }) })).toMatchObject({ score: 0 });
  });

  it('keeps-the-nouns: the share of names and nouns kept', () => {
    const input = { name: 'x', question: 'Why did you leave your position at Toxic Labs?', expected: 'rephrase' as const };
    const output = reviewQuestion(input.question);
    expect(keepsTheNouns.score({ input, output })).toEqual({ score: 1, reason: 'kept 3 of position, toxic, lab' });
    expect(keepsTheNouns.score({ input, output: { ...output, rephrased: 'How did you decide to move on?' } })).toMatchObject({ score: 0 });
  });

  it('verdict-agrees-with-rules: 0 when the verdict contradicts the checkers', () => {
    expect(verdictAgreesWithRules.score({ input: JOB, output: rephrased({ verdict: 'informational', rephrased: null }) })).toMatchObject({ score: 0 });
    expect(verdictAgreesWithRules.score({ input: JOB, output: rephrased() })).toMatchObject({ score: 1 });
  });
});
