import { findPreset } from '../../shared/practice/presets.ts';
import type { Score } from '../lib/types.ts';
import { consistentAnswers, contradictions, isFallback, nearRepeats } from './persona-metrics.ts';
import { questionTurns } from './persona-report.ts';
import type { ConversationScorer } from './scorers.ts';
import type { StudentCase } from './students.ts';

/** Scorers of the persona eval (issue 14): each over one scripted student's conversation. */

const replies = (output: { exchanges: ReadonlyArray<{ reply: string }> }) => output.exchanges.map((e) => e.reply);

export const noNearRepeat: ConversationScorer = {
  name: 'no-near-repeat',
  description: 'no reply repeats half of an earlier one',
  score: ({ output }): Score => {
    const found = nearRepeats(replies(output));
    return found.length === 0 ? { score: 1, reason: 'no near-repeat' } : { score: 0, reason: `turn ${found[0]!.index} repeats turn ${found[0]!.earlier}` };
  },
};

export const noContradiction: ConversationScorer = {
  name: 'no-contradiction',
  description: 'no fact given two values, no openings stance that flips',
  score: ({ output }): Score => {
    const found = contradictions(replies(output));
    return found.length === 0 ? { score: 1, reason: 'consistent' } : { score: 0, reason: `${found[0]!.claim}: ${found[0]!.values.join(' vs ')}` };
  },
};

export const rarelyFallsBack: ConversationScorer = {
  name: 'rarely-falls-back',
  description: 'at most one honest "I don’t know" bridge per conversation',
  score: ({ input, output }): Score => {
    const session = { case: input as StudentCase, seed: input.seed, users: input.turns.map((t) => t.user), replies: replies(output) };
    const fallbacks = questionTurns(session).filter((i) => isFallback(session.replies[i] ?? ''));
    return fallbacks.length <= 1 ? { score: 1, reason: `${fallbacks.length} fallback(s)` } : { score: 0, reason: `${fallbacks.length} fallbacks, e.g. after "${input.turns[fallbacks[0]!]!.user.slice(0, 60)}"` };
  },
};

export const driftConsistent: ConversationScorer = {
  name: 'drift-consistent',
  description: 'the same question early and late is answered consistently',
  score: ({ input, output }): Score => {
    const drift = (input as StudentCase).drift;
    if (!drift) return { score: 1, reason: 'no drift probe in this conversation' };
    const all = replies(output);
    const verdict = consistentAnswers(findPreset(input.presetId)!.card, all[drift[0]] ?? '', all[drift[1]] ?? '');
    return { score: verdict.consistent ? 1 : 0, reason: verdict.reason };
  },
};
