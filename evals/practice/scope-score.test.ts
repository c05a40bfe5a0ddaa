import { describe, expect, it } from 'vitest';
import { scopeReport } from './scope-score.ts';
import { SCOPE_CASES } from './scope-cases.ts';

/**
 * Our own scope set (not blind; tuned on): before the fix the offline persona passed 39 of 66, after
 * it 63. The floor keeps what was won; premises, two-part questions, closings and greetings all pass.
 */
describe('scope cases', () => {
  it('covers the five failure classes across all seven presets, 60+ questions', () => {
    expect(SCOPE_CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(SCOPE_CASES.map((c) => c.preset)).size).toBe(7);
  });

  it('answers its own job, corrects premises, answers both parts, and says goodbye', () => {
    const { results, ok, byClass } = scopeReport();
    const failed = results.filter((r) => !r.ok).map((r) => `${r.c.cls} ${r.c.text} (${r.why}): ${r.reply}`);
    expect(ok, failed.join('\n')).toBeGreaterThanOrEqual(62);
    for (const cls of ['own-job', 'premise', 'two-part', 'closing', 'greeting']) {
      const e = byClass.get(cls)!;
      expect(e.ok, `${cls}\n${failed.join('\n')}`).toBe(e.n);
    }
  });
});
