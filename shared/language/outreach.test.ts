import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreWith } from '../rules/lint-core.ts';
import { outreachRules } from '../rules/outreach-rules.ts';
import { runCheckers } from '../rules/lint-core.ts';
import { LanguageModel } from './model.ts';
import { actionable, decideOutreach, OUTREACH_ROLE_RULES, outreachSentenceRoles as sentenceRoles, toFusedFinding } from './outreach.ts';
import { raisedBy, type SentenceRoles } from './sentences.ts';

const model = LanguageModel.fromArtifact(JSON.parse(readFileSync(new URL('./models/outreach.json', import.meta.url), 'utf8')));
const verdict = (text: string, id: string) => decideOutreach(text, {}, model).find((v) => v.rule.id === id)!;

describe('outreach: sentence roles and the rules together', () => {
  it('without a model, is the rules alone', () => {
    const text = 'Hi Dana, could we talk for 20 minutes? Thanks!';
    expect(decideOutreach(text, {}, undefined).map((v) => [v.rule.id, v.result.passed, v.origin])).toEqual(
      runCheckers(outreachRules, text, {}).map((v) => [v.rule.id, v.result.passed, 'rule']),
    );
  });

  it('reads each sentence with its span', () => {
    const text = 'Hi Dana, I am a nursing student. Could we talk for 20 minutes next week?';
    const roles = sentenceRoles(text, model);
    expect(roles.length).toBeGreaterThanOrEqual(2);
    for (const r of roles) expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it('does not credit "thanks, no pressure" to the job-ask sentence (the issue)', () => {
    const text =
      "Hi Dana, I'm a second-year accounting student at Ohio State and found you through the alumni network. I'd love to learn how you moved from audit to forensic accounting. Would you have 20 minutes for a call next week? I would be so grateful if you could pass my name along to your hiring team, no pressure of course.";
    expect(runCheckers(outreachRules, text, {}).find((v) => v.rule.id === 'outreach.gracious')!.result.passed).toBe(true);
    const gracious = verdict(text, 'outreach.gracious');
    expect(gracious).toMatchObject({ origin: 'model', result: { passed: false } });
    expect(gracious.result.evidence?.[0]?.quote).toMatch(/pass my name along/);
    expect(verdict(text, 'outreach.no-job-ask').result.passed).toBe(false);
  });

  it('the umbrella head raises a role only when the role itself is not all but ruled out', () => {
    const job = OUTREACH_ROLE_RULES.find((r) => r.label === 'job-ask')!;
    const one = (p: Record<string, number>): SentenceRoles => ({ start: 0, end: 1, text: 'x', prediction: { tokens: [], hits: [], scores: [] }, probability: (l) => p[l] ?? 0 });
    const thresholds = { add: 0.5, doubt: 0.3, labelAdd: { 'asks-for-more': 0.6 } };
    // "I'd love to connect and learn more about the industry.": the umbrella likes it, no role does.
    expect(raisedBy([one({ 'asks-for-more': 0.89, 'job-ask': 0.06, 'extra-labour': 0.01 })], job, OUTREACH_ROLE_RULES, thresholds)).toBeUndefined();
    // "Are you hiring?": the umbrella is sure, the job ask the likelier of its two roles.
    expect(raisedBy([one({ 'asks-for-more': 0.92, 'job-ask': 0.37, 'extra-labour': 0.36 })], job, OUTREACH_ROLE_RULES, thresholds)?.p).toBe(0.92);
  });

  it('raises a finding the rules miss, with the sentence as evidence and the rule as citation', () => {
    const text = "Hi Mr. Park, I'm finishing a design degree and admire your studio's work. I'd be glad to send my CV if that helps. Could we talk for 15 minutes?";
    const v = verdict(text, 'outreach.no-attachments');
    expect(v.result.passed).toBe(false);
    const finding = toFusedFinding(v);
    expect(finding.sources.length).toBeGreaterThan(0);
    expect(finding.evidence?.quote).toMatch(/send my CV/);
  });

  it('a "consider" note is not a verdict for the rewrite, and caps no score', () => {
    const consider = { ...verdict('Thanks!', 'outreach.no-job-ask'), severity: 'low' as const, origin: 'consider' as const, result: { passed: false, message: 'x' } };
    expect(actionable([consider])[0]!.result.passed).toBe(true);
    const jobAsk = outreachRules.find((r) => r.id === 'outreach.no-job-ask')!;
    const get = (id: string) => outreachRules.find((r) => r.id === id);
    expect(scoreWith([{ ruleId: jobAsk.id, passed: false, severity: 'high' }], get)).toBeLessThanOrEqual(45);
    expect(scoreWith([{ ruleId: jobAsk.id, passed: false, severity: 'low' }], get)).toBe(94);
  });

  it('per-label thresholds: a role\'s own `add`, or its umbrella\'s when it is the likeliest of the umbrella\'s roles', () => {
    const sentence = (p: Record<string, number>): SentenceRoles => ({ start: 0, end: 1, text: 'x', prediction: { tokens: [], scores: [] } as never, probability: (l) => p[l] ?? 0 });
    const jobAsk = OUTREACH_ROLE_RULES.find((r) => r.label === 'job-ask')!;
    const labour = OUTREACH_ROLE_RULES.find((r) => r.label === 'extra-labour')!;
    const s = sentence({ 'asks-for-more': 0.8, 'job-ask': 0.45, 'extra-labour': 0.3 });
    // No umbrella threshold: the role's own (the shared `add`, or its own).
    expect(raisedBy([s], jobAsk, OUTREACH_ROLE_RULES, { add: 0.5, doubt: 0.1 })).toBeUndefined();
    expect(raisedBy([s], jobAsk, OUTREACH_ROLE_RULES, { add: 0.5, doubt: 0.1, labelAdd: { 'job-ask': 0.4 } })).toMatchObject({ p: 0.45 });
    // The umbrella: the job ask (the likelier role) is raised, extra labour is not.
    const t = { add: 0.5, doubt: 0.1, labelAdd: { 'asks-for-more': 0.7 } };
    expect(raisedBy([s], jobAsk, OUTREACH_ROLE_RULES, t)).toMatchObject({ sentence: s, p: 0.8 });
    expect(raisedBy([s], labour, OUTREACH_ROLE_RULES, t)).toBeUndefined();
    expect(raisedBy([sentence({ 'asks-for-more': 0.6, 'job-ask': 0.45 })], jobAsk, OUTREACH_ROLE_RULES, t)).toBeUndefined();
  });

  it('leaves a run-on "sentence" far longer than any it learned to the rules alone', () => {
    const text = `hi ${'i would like to learn about your work and your team and how you got there '.repeat(50)}thanks`;
    expect(sentenceRoles(text, model)).toEqual([]);
    expect(decideOutreach(text, {}, model).map((v) => [v.rule.id, v.result.passed])).toEqual(runCheckers(outreachRules, text, {}).map((v) => [v.rule.id, v.result.passed]));
  });

  it('catches job asks slipped in indirectly, and keeps scheduling and thanks lines (the shipped model)', () => {
    for (const ask of ['If anything opens up on your team, I hope you will think of me.', 'Would you be comfortable passing my CV along to your recruiter?']) {
      expect(verdict(`Hi Dana, I am a nursing student. ${ask} Thanks!`, 'outreach.no-job-ask').result.passed, ask).toBe(false);
    }
    for (const fine of ['Let me know when works.', 'Thanks either way, and no pressure at all.', "I'm not looking for a job, just hoping to learn how you moved into policy."]) {
      const text = `Hi Dana, I am a nursing student. Could we talk for 20 minutes next week? ${fine}`;
      expect(verdict(text, 'outreach.no-job-ask').result.passed, fine).toBe(true);
      expect(verdict(text, 'outreach.no-extra-labour').result.passed, fine).toBe(true);
    }
  });
});
