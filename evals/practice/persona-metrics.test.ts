import { describe, expect, it } from 'vitest';
import { findPreset } from '../../shared/practice/presets.ts';
import { consistentAnswers, contradictions, isFallback, mattr, nearRepeats, openingVariety } from './persona-metrics.ts';
import { judge, personaReport, play } from './persona-report.ts';
import { studentCases } from './students.ts';

describe('persona metrics', () => {
  it('finds a near-repeat against any earlier reply, not only the last', () => {
    const a = 'Mondays are planning with the product manager and the designer, and we agree on one question.';
    expect(nearRepeats([a, 'Something else entirely about recruiting people.', `Honestly, ${a}`])).toEqual([{ index: 2, earlier: 0, overlap: expect.any(Number) }]);
    expect(nearRepeats(['One answer about the week.', 'A different answer about the team.'])).toEqual([]);
  });

  it('finds the same fact given two values, and an openings stance that flips', () => {
    expect(contradictions(["I've been in UX research for about 8 years.", "I've been doing research for about eleven years now."])).toEqual([{ claim: 'years in the field', values: ['8', '11'] }]);
    expect(contradictions(["I've been in UX research for about 8 years.", 'About eight years now.'])).toEqual([]);
    expect(contradictions(["I'm not the right person for openings.", "We're hiring when we have a line."]).map((c) => c.claim)).toEqual(['their part in hiring']);
  });

  it('measures vocabulary variety independent of length, and opening variety', () => {
    const varied = 'the quick brown fox jumps over a lazy dog while seven wizards quietly judge boxing matches near old towers';
    expect(mattr(varied.repeat(1))).toBeGreaterThan(mattr('the the the the cat cat the the the'));
    expect(mattr(`${varied} `.repeat(10))).toBeGreaterThan(0.3);
    expect(openingVariety(['Good question. I think A', 'Good question. I think B'])).toBe(0.5);
  });

  it('hears the engine’s honest bridges as fallbacks, and real answers as not', () => {
    expect(isFallback("Honestly, I don't know enough about that to give you a good answer.")).toBe(true);
    expect(isFallback('Mondays are planning.')).toBe(false);
  });

  it('checks a drift probe: the same question answered on the same topic both times', () => {
    const card = findPreset('preset-ux-researcher')!.card;
    const c = studentCases().find((s) => s.presetId === 'preset-ux-researcher' && s.kind === 'drift')!;
    const session = play(c);
    expect(consistentAnswers(card, session.replies[c.drift![0]]!, session.replies[c.drift![1]]!).consistent).toBe(true);
    expect(judge(session).problems).toEqual([]);
  });
});

describe('the persona targets of issue 14, offline', () => {
  const report = personaReport(3);

  it('plays at least 40 scripted conversations over several seeds', () => {
    expect(report.conversations).toBeGreaterThanOrEqual(40);
    expect(report.sessions).toBeGreaterThanOrEqual(100);
  });

  it('contradicts itself in no session, and falls back on at most 5% of questions', () => {
    expect(report.contradictionSessions).toBe(0);
    expect(report.fallbackShare).toBeLessThanOrEqual(0.05);
  });

  it('recognises at least 95% of self-introductions', () => {
    expect(report.selfIntrosRecognised).toBeGreaterThanOrEqual(0.95);
  });

  it('passes every scripted student on every seed (pass^k), with a drift probe always consistent', () => {
    expect(report.failures).toEqual([]);
    expect(report.driftConsistent).toBe(1);
  });
});

describe('twenty fresh questions on every preset', () => {
  it('fall back on at most 5% of replies, with no near-repeat', async () => {
    const { FRESH_QUESTIONS } = await import('./fresh-questions.ts');
    const { PRESET_PERSONAS } = await import('../../shared/practice/presets.ts');
    const { composeReply } = await import('../../server/practice/persona-engine.ts');
    let fallbacks = 0;
    let total = 0;
    for (const { card } of PRESET_PERSONAS) {
      const history: Array<{ role: 'user' | 'professional'; content: string; elapsedMinutes: number }> = [];
      const replies: string[] = [];
      for (const userText of ['Hi, thanks for making time!', ...FRESH_QUESTIONS]) {
        const r = composeReply({ card, seed: 4242, minutes: 60, history, userText });
        history.push({ role: 'user', content: userText, elapsedMinutes: r.userElapsedMinutes }, { role: 'professional', content: r.text, elapsedMinutes: r.elapsedMinutes });
        replies.push(r.text);
      }
      fallbacks += replies.slice(1).filter(isFallback).length;
      total += replies.length - 1;
      expect(nearRepeats(replies), card.name).toEqual([]);
    }
    expect(fallbacks / total).toBeLessThanOrEqual(0.05);
  });
});
