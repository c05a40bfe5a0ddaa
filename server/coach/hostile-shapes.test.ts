import { describe, expect, it } from 'vitest';
import { findDurations } from '../../shared/rules/outreach-rules.ts';
import { offlineOutreachCritique } from './offline-outreach.ts';

/** How many regex scans (`matchAll`) a piece of work starts: work counted, not timed. */
function scans(work: () => void): number {
  const original = String.prototype.matchAll;
  let n = 0;
  String.prototype.matchAll = function (this: string, pattern: RegExp) {
    n += 1;
    return original.call(this, pattern);
  } as typeof original;
  try {
    work();
  } finally {
    String.prototype.matchAll = original;
  }
  return n;
}

describe('hostile outreach shapes', () => {
  it('a sentence that names no minutes or hours is not scanned for durations', () => {
    expect(scans(() => expect(findDurations('?')).toEqual([]))).toBe(0);
    expect(findDurations('Could we talk for 20 minutes, or half an hour?').map((d) => d.minutes)).toEqual([20, 30]);
  });

  it('a draft of 10,000 one-character questions costs no more regex scans than a draft of 100', () => {
    const flood = scans(() => offlineOutreachCritique('? '.repeat(10_000), {}));
    const small = scans(() => offlineOutreachCritique('? '.repeat(100), {}));
    // Before: asked() ran findDurations (4 scans) for each of the 10,000 sentences.
    expect(flood).toBeLessThanOrEqual(small + 50);
  });
});

describe('question review', () => {
  it('lints each text once: a second look at the same questions costs almost no scans', async () => {
    const { reviewQuestion } = await import('../../shared/questions/review.ts');
    const questions = Array.from({ length: 20 }, (_, i) => `Are you hiring for role ${i}, and what is your salary?`);
    const context = { field: 'UX research', profile: 'Senior UX researcher at Lumen Health. '.repeat(200) };
    const first = scans(() => questions.forEach((q) => reviewQuestion(q, context)));
    const again = scans(() => questions.forEach((q) => reviewQuestion(q, context)));
    expect(again).toBeLessThan(first / 10);
  });
});

describe('a subtle job ask in a model rewrite', () => {
  const draft =
    "Hi Dana, I'm a third-year student at State U. Maria Lopez suggested I reach out. I'd love to learn how you moved into product management. Would you have 20 minutes next Tuesday or Thursday after 2 p.m.? Thank you, Sam";
  it.each([
    'Please keep me in mind if anything opens up on your team.',
    'Please bear me in mind for anything on your team.',
    'Keep me on your radar for roles.',
    'I would appreciate being kept in mind for openings.',
    'Do keep me posted about any openings.',
  ])('never survives: %s', async (ask) => {
    const { guardOutreachCritique } = await import('./guard-outreach.ts');
    const { lintOutreach } = await import('../../shared/rules/index.ts');
    const rewrite = `Hi Dana,\n\nI'm a third-year student at State U. Maria Lopez suggested I reach out. I'd love to learn how you moved into product management. Would you have 20 minutes next Tuesday or Thursday after 2 p.m.? ${ask}\n\nThank you,\nSam`;
    const guarded = guardOutreachCritique(draft, {}, { findings: [], strengths: [], rewrite, subject: null }, lintOutreach(draft));
    expect(guarded.body.rewrite).not.toContain(ask.slice(0, 12));
    expect(lintOutreach(draft + ' ' + ask).find((v) => v.rule.id === 'outreach.no-job-ask')?.result.passed).toBe(false);
  });
});

describe('work grows with the draft, not with its square', () => {
  it('suggested edits for a draft of many job asks: twice the sentences, about twice the regex work', async () => {
    const { regexWork } = await import('../../test/fixtures/work-meter.ts');
    const { suggestEdits } = await import('./suggested-edits.ts');
    const { lintOutreach } = await import('../../shared/rules/index.ts');
    const draftOf = (n: number) => 'Are you hiring? Keep me in mind if something opens up. '.repeat(n);
    const work = (n: number) => {
      const draft = draftOf(n);
      const verdicts = lintOutreach(draft);
      return regexWork(() => suggestEdits(draft, {}, verdicts)).execs;
    };
    const small = work(100);
    const large = work(200);
    // Before: each deleted sentence asked every other sentence whether it was a meeting ask (100 → 200 sentences: 4× the work).
    expect(large).toBeLessThan(2.3 * small);
  });
});

describe('question review against a long profile', () => {
  it('does not spell the profile into every cache key', async () => {
    const { reviewQuestion } = await import('../../shared/questions/review.ts');
    const profile = `Senior researcher at Lumen Health, writing about field studies. `.repeat(300);
    const context = { field: 'UX research', profile };
    const original = JSON.stringify;
    let chars = 0;
    JSON.stringify = ((...args: Parameters<typeof original>) => {
      const out = original(...args);
      chars += out?.length ?? 0;
      return out;
    }) as typeof original;
    try {
      for (let i = 0; i < 10; i++) reviewQuestion(`Are you hiring for role ${i}, and what is your salary?`, context);
    } finally {
      JSON.stringify = original;
    }
    // Before: every decision's cache key held the whole profile (hundreds of copies per review).
    expect(chars).toBeLessThan(2 * profile.length);
  });
});
