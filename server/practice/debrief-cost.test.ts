import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import { followUpsMemo } from '../../shared/practice/signals.ts';
import type { TranscriptTurn } from '../../shared/practice/transcript.ts';
import { randomTexts } from '../../test/fixtures/random-texts.ts';
import { CLEAN_CONVERSATION, script } from '../../test/fixtures/practice-conversations.ts';
import { analyse, sentenceTexts } from '../text/nlp.ts';
import { classifyTurn, topicsAsked } from './classify-turn.ts';
import { coachHint, offlineDebrief } from './debrief.ts';
import { lazyConductVerdicts } from './lazy-verdicts.ts';

/**
 * The debrief and the hint read a whole transcript (up to the session's caps) on every request:
 * each turn's analysis is found once and reused, never redone per rule (README → Performance,
 * "round three"). These tests hold the reuse, and that each cheaper path answers what the one it
 * replaced did.
 */

const card = PRESET_PERSONAS.find((p) => p.id === 'preset-ux-researcher')!.card;

/** The stored transcripts of the writing evals: real conversations, every kind of turn. */
const TRANSCRIPTS: TranscriptTurn[][] = [
  'evals/writing/transcripts.jsonl',
  'evals/writing/readers-r2-2026-12-07/inputs/transcripts.jsonl',
  'evals/writing/readers-r3-2026-12-07/inputs/transcripts.jsonl',
  'evals/writing/readers-r4-2026-12-07/inputs/transcripts.jsonl',
].flatMap((file) =>
  readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { turns: Array<{ role: 'user' | 'professional'; content: string }> }).turns.map((t, i) => ({ ...t, elapsedMinutes: i }))),
);
const TURN_TEXTS = TRANSCRIPTS.flat().map((t) => t.content);
const RANDOM = randomTexts(
  ['What is your week like? ', 'Dr. Lee said so. ', 'I met Ms. Park at 3 p.m. today. ', 'Tell me more', ' about the U.S. grants', '!\n\n', 'How did you start?', '\n', 'bit.ly/x. ', 'Thanks! ', '😊 ', 'e.g. this', ' and that.'],
  300,
  15,
);

/** The clean conversation with every turn made new (the memos have never seen it). */
let round = 0;
const freshTurns = () => {
  round += 1;
  return script(CLEAN_CONVERSATION).map((t) => ({ ...t, content: `${t.content} (round ${round})` }));
};

/** (answer, question) pairs the conduct rules and the asker's scores both read: a user turn right after a professional one. */
const pairs = (turns: readonly TranscriptTurn[]) => turns.filter((t, i) => t.role === 'user' && turns[i - 1]?.role === 'professional').length;

describe('the debrief reads each turn once', () => {
  it("finds each answer–question pair's follow-ups once in a debrief, and none again in the next one", () => {
    const turns = freshTurns();
    const before = { ...followUpsMemo.stats };
    const first = offlineDebrief({ card, minutes: 20, turns });
    expect(followUpsMemo.stats.misses - before.misses).toBe(pairs(turns));
    // The asker's scores read the pairs the conduct rules read first (those with a question).
    expect(followUpsMemo.stats.hits - before.hits).toBeGreaterThan(0);
    const again = { ...followUpsMemo.stats };
    expect(offlineDebrief({ card, minutes: 20, turns })).toEqual(first);
    coachHint({ card, minutes: 20, turns });
    expect(followUpsMemo.stats.misses).toBe(again.misses);
  });

  it('answers the same debrief whether its analyses are new or remembered', () => {
    const turns = freshTurns();
    const cold = offlineDebrief({ card, minutes: 20, turns });
    expect(offlineDebrief({ card, minutes: 20, turns })).toEqual(cold);
  });
});

describe('the hint runs the rules it reads, in turn', () => {
  it('stops at a job ask without reading the follow-ups of any answer', () => {
    const turns = freshTurns();
    const i = turns.findIndex((t, k) => k > 2 && t.role === 'user');
    turns[i] = { ...turns[i]!, content: `${turns[i]!.content} Are you hiring right now?` };
    const before = followUpsMemo.stats.misses;
    expect(coachHint({ card, minutes: 20, turns }).ruleId).toBe('conduct.no-job-ask');
    expect(followUpsMemo.stats.misses).toBe(before);
  });

  it('runs a rule once however often the hint asks about it, and reads the rules in the order the hint does', () => {
    const verdicts = lazyConductVerdicts({ minutes: 20, turns: freshTurns() });
    expect(verdicts.verdict('conduct.no-job-ask')).toBe(verdicts.verdict('conduct.no-job-ask'));
    verdicts.verdict('conduct.asks-referrals');
    expect(verdicts.ran()).toEqual(['conduct.no-job-ask', 'conduct.asks-referrals']);
    expect(verdicts.rule('conduct.follow-up-questions')?.sources.length).toBeGreaterThan(0);
  });
});

describe('the cheaper paths answer what the ones they replaced did', () => {
  it("a turn's topics without the turn-kind model are classifyTurn's", () => {
    for (const text of [...TURN_TEXTS, ...RANDOM]) expect(topicsAsked(text), text).toEqual(classifyTurn(text, undefined).topics);
  });

  it("the sentence split without tagging is analyse's, on every stored turn and random texts", () => {
    for (const text of [...TURN_TEXTS, ...RANDOM]) {
      const masked = text.replace(/\b(Dr|Mr|Ms|Mrs|Prof|St|Lt|Capt|Rev|Sgt|Fr|Jr|Sr)\. (?=[A-Z])/g, '$1\u2024 ');
      for (const t of [text, masked, `${text} (v2)`]) expect([...sentenceTexts(t)], t).toEqual(analyse(t).sentences.map((s) => s.text));
    }
  });
});
