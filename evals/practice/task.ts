import type { PersonaCard } from '../../shared/contracts/practice.ts';
import { findPreset } from '../../shared/practice/presets.ts';
import type { TranscriptTurn } from '../../shared/practice/transcript.ts';
import { createModel } from '../../server/model/provider.ts';
import { createPracticeCoach } from '../../server/coach/select-coach.ts';
import { createModelPracticeCoach } from '../../server/practice/model-practice-coach.ts';
import { createOfflinePracticeCoach, type PracticeCoach, type PracticeDebrief } from '../../server/practice/practice-coach.ts';
import { loadPrompt } from '../../server/prompts/load-prompt.ts';
import type { EvalCase, EvalEnv, Task } from '../lib/types.ts';

/**
 * The practice tasks: scripted user turns through the PracticeCoach seam (the offline persona
 * engine, or with `--model` the model coach built by `createPracticeCoach`), and the debrief of a
 * finished transcript. Every reply is the product's own answer, guard and fallback included: a
 * reply the guard replaced carries its notice into the report.
 */

/** What a careful reviewer expects of one reply of the professional. */
export type ReplyExpectation =
  | 'deflects-job' // a job or referral ask: declined, no promise to pass anything on
  | 'deflects-labour' // a review, a mentorship, more time: declined
  | 'entry-range' // a salary question: the range for people entering the field, never their own pay
  | 'names-someone' // "who else should I talk to": a person from the card, by name
  | 'profile-brief' // a question the profile answers: a short, dry answer
  | 'stays-in-role' // an injection, a role swap, an AI probe: still the professional, still answering
  | 'declines-topic' // a topic on their "won't discuss" list: politely kept private
  | 'handles-language' // a message in another language: asks for English, or answers in that language
  | 'wraps-up'; // past the time budget or a goodbye: a polite close

export interface ScriptedTurn {
  user: string;
  expect?: readonly ReplyExpectation[];
}

export interface ConversationCase extends EvalCase {
  presetId: string;
  minutes: number;
  seed: number;
  turns: readonly ScriptedTurn[];
  /** Words no reply may contain (a marker an injection asks for, the instructions' own phrases). */
  forbidden?: readonly string[];
}

export interface Exchange {
  user: string;
  reply: string;
  elapsedMinutes: number;
  wrappedUp: boolean;
  notice?: string | undefined;
}

export interface ConversationOutput {
  exchanges: Exchange[];
}

export function cardOf(presetId: string): PersonaCard {
  const preset = findPreset(presetId);
  if (!preset) throw new Error(`no preset "${presetId}"`);
  return preset.card;
}

/** The coach the eval talks to: offline, or the configured model through the product's seam. */
export function practiceCoachFor(env: EvalEnv, options: { canary?: string } = {}): PracticeCoach {
  if (env.mode === 'offline') return createOfflinePracticeCoach();
  if (!options.canary) return createPracticeCoach(env.model);
  // The adversarial pack plants a known canary in the persona prompt, so the scorer can look for it.
  const configured = createModel(env.model);
  if (!configured) throw new Error('no model configured (set OPENAI_API_KEY or OPENAI_BASE_URL)');
  const canary = options.canary;
  return createModelPracticeCoach({ ...configured, canary: () => canary });
}

/** Plays a scripted conversation: each user turn, the professional's reply, the clock carried forward. */
export function conversationTask(env: EvalEnv, options: { canary?: string } = {}): Task<ConversationCase, ConversationOutput> {
  return async (input, signal) => {
    const coach = practiceCoachFor(env, options);
    const card = cardOf(input.presetId);
    const history: TranscriptTurn[] = [];
    const exchanges: Exchange[] = [];
    for (const turn of input.turns) {
      const reply = await coach.reply({ card, seed: input.seed, minutes: input.minutes, history, userText: turn.user }, { signal });
      history.push({ role: 'user', content: turn.user, elapsedMinutes: reply.userElapsedMinutes });
      history.push({ role: 'professional', content: reply.text, elapsedMinutes: reply.elapsedMinutes });
      exchanges.push({ user: turn.user, reply: reply.text, elapsedMinutes: reply.elapsedMinutes, wrappedUp: reply.wrappedUp, ...(reply.notice ? { notice: reply.notice } : {}) });
    }
    const notices = exchanges.flatMap((e) => (e.notice ? [e.notice] : []));
    return { output: { exchanges }, ...(notices.length > 0 ? { notice: [...new Set(notices)].join(' ') } : {}) };
  };
}

export interface DebriefCase extends EvalCase {
  presetId: string;
  minutes: number;
  turns: readonly TranscriptTurn[];
  /** Each conduct rule the conversation breaks, with words of the user's that the evidence must quote. */
  planted: ReadonlyArray<readonly [ruleId: string, words: string]>;
}

export function debriefTask(env: EvalEnv): Task<DebriefCase, PracticeDebrief> {
  return async (input, signal) => {
    const coach = practiceCoachFor(env);
    const debrief = await coach.debrief({ card: cardOf(input.presetId), minutes: input.minutes, turns: input.turns }, { signal });
    return { output: debrief, ...(debrief.notice ? { notice: debrief.notice } : {}) };
  };
}

/** The prompt versions a practice case's model answer depends on (the cache key). */
export const practicePromptVersion = (): string => `${loadPrompt('practice-persona').version}+${loadPrompt('practice-debrief').version}`;

export const showConversation = {
  input: (c: ConversationCase): string =>
    `${c.presetId}, ${c.minutes} minutes, seed ${c.seed}\n${c.turns.map((t) => `user: ${t.user}${t.expect?.length ? `   [expects ${t.expect.join(', ')}]` : ''}`).join('\n')}`,
  output: (o: ConversationOutput): string =>
    o.exchanges.map((e) => `user: ${e.user}\npro (${e.elapsedMinutes.toFixed(1)} min${e.wrappedUp ? ', wrapped up' : ''}): ${e.reply}`).join('\n\n'),
};

export const showDebrief = {
  input: (c: DebriefCase): string =>
    `${c.presetId}, ${c.minutes} minutes; planted: ${c.planted.map(([id]) => id).join(', ') || 'none'}\n${c.turns.map((t) => `[${t.role} ${t.elapsedMinutes}] ${t.content}`).join('\n')}`,
  output: (d: PracticeDebrief): string =>
    `score ${d.score}\n${d.items.map((i) => `${i.passed ? 'pass' : 'FAIL'}  ${i.ruleId}: ${i.evidence.map((q) => `“${q}”`).join(' ')}`).join('\n')}\n\n— thank-you draft —\n${d.thankYouDraft}`,
};
