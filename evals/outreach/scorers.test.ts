import { describe, expect, it } from 'vitest';
import { offlineOutreachCritique } from '../../server/coach/offline-outreach.ts';
import { agreesWithReviewer, fitsChannel, neverPassesACheckerFailure, rewriteFixes, rewriteKeepsHighRules, rewriteSendable, type ScorerInput } from './scorers.ts';

const DRAFT = "Hi Tom, I'm a software engineer. Are you hiring? I've attached my CV.";

function input(overrides: Partial<ScorerInput> = {}): ScorerInput {
  const context = overrides.context ?? {};
  return { draft: DRAFT, context, failed: [], critique: offlineOutreachCritique(DRAFT, context), ...overrides };
}

describe('outreach scorers', () => {
  it('catch a critique that passes what a checker failed', () => {
    const honest = input();
    const lenient = input({ critique: { ...honest.critique, findings: honest.critique.findings.map((f) => ({ ...f, passed: true })) } });
    expect(neverPassesACheckerFailure.score(honest)).toBe(1);
    expect(neverPassesACheckerFailure.score(lenient)).toBe(0);
  });

  it('measure agreement with the reviewer rule by rule', () => {
    const critique = offlineOutreachCritique(DRAFT);
    const failed = critique.findings.filter((f) => !f.passed).map((f) => f.ruleId);
    expect(agreesWithReviewer.score(input({ failed }))).toBe(1);
    expect(agreesWithReviewer.score(input({ failed: failed.slice(1) }))).toBeCloseTo(12 / 13);
  });

  it('score a rewrite by what it fixes and what it still breaks', () => {
    expect(rewriteFixes.score(input())).toBe(1);
    expect(rewriteKeepsHighRules.score(input())).toBe(1);
    const lazy = input({ critique: { ...input().critique, rewrite: DRAFT, freshDraft: undefined } });
    // Only what waits on the writer (a connection, a time amount the draft never gave) is not held against it.
    expect(rewriteFixes.score(lazy)).toBeLessThan(0.5);
    expect(rewriteKeepsHighRules.score(lazy)).toBe(0);
    // The page offers the edited draft and the fresh draft: the better of the two is judged.
    const fresh = input().critique.freshDraft ?? { channel: 'email' as const, template: 'email-1', text: input().critique.rewrite!, placeholders: [] };
    const withFresh = input({ critique: { ...input().critique, rewrite: DRAFT, freshDraft: fresh } });
    expect(rewriteFixes.score(withFresh)).toBe(rewriteFixes.score(input({ critique: { ...input().critique, rewrite: fresh.text, freshDraft: undefined } })));
  });

  it('hold a LinkedIn rewrite to 200 characters', () => {
    const linkedin = input({ context: { channel: 'linkedin' } });
    expect(fitsChannel.score(linkedin)).toBe(1);
    expect(fitsChannel.score({ ...linkedin, critique: { ...linkedin.critique, rewrite: 'x'.repeat(201), freshDraft: undefined } })).toBe(0);
  });

  it('judge a rewrite sendable: one ask, sign-off last, within the limit, never worse', () => {
    const draft = "Hi Tom,\n\nI'm a nurse and a fellow Tufts alum. I'd love to learn how you moved into informatics. Would you have 20 minutes for a call? I'm free Tuesday after 2 p.m. Thank you!\n\nBest,\nLee";
    const base = input({ draft, critique: offlineOutreachCritique(draft) });
    const sending = (rewrite: string) => rewriteSendable.score({ ...base, critique: { ...base.critique, rewrite } });
    expect(sending(draft)).toBe(1);
    expect(sending(draft.replace('Thank you!', 'Or could we meet for coffee? Thank you!'))).toBe(0.75);
    expect(sending(`${draft}\n\nP.S. Thanks again for considering it.`)).toBe(0.75);
    expect(sending(draft.replace("I'm a nurse and a fellow Tufts alum. ", ''))).toBe(0.75);
    expect(sending(draft.replace('Thank you!', 'Really. '.repeat(130)))).toBeLessThanOrEqual(0.5);
  });
});
