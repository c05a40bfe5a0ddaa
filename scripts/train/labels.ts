import { opensWithGreeting } from '../../shared/language/turns.ts';

// One labelling convention for practice turns (corpus/README.md "turns"), applied to every turns
// corpus file and to the used blind batches.
//
// Round 4 made a follow-up question `follow-up` + `question` (the writers had split 161 / 52).
// Round 6 turned it round: every blind writer since round 3 (batches 5–10, 90 follow-ups) labels a
// follow-up question `follow-up` alone, and an answer in another language `other-language` alone,
// as every writer labels a job ask `job-ask` alone. The engine still reads any question as
// `question` beside its kind (the rules find it, whatever the labels say); the trainer's measure
// (scripts/train/kinds.ts `asLabelled`) translates the engine's kinds into these terms.

/** Kinds labelled alone, without `question`, when the turn asks something (kinds.ts measures them so). */
export const ALONE = ['job-ask', 'personal-salary', 'entry-salary', 'profile-question', 'extra-labour', 'referral-ask', 'name-drop', 'ai-probe', 'role-swap', 'off-topic', 'follow-up', 'other-language'] as const;

/** A turn that asks something: a question mark, or a clause opened by a question word ("how come", "wait what do u mean"). */
const ASKS = /\?|(?:^|[.!,;:—–-]\s*)(?:(?:ok(?:ay)?|oh+|ooh+|wait|so|and|interesting|hm+|huh|ah+|right|really|wow|sorry)\b[\s,.!]*)*(?:how|what|why|which|who|where|when|whats|hows|do|does|did|is|are|was|were|can|could|would|will|should|have|has)\b/i;

export function asksSomething(text: string): boolean {
  return ASKS.test(text.trim());
}

/**
 * A follow-up is `follow-up` (with any specific kind, thanks or introduction it also is), never
 * `question` or `statement` beside it; a turn in another language is `other-language`, never
 * `question` or `statement` beside it; a turn that opens with a greeting word is also `greeting`.
 */
export function normaliseTurnLabels(text: string, labels: readonly string[]): string[] {
  let out = [...labels];
  if (out.includes('follow-up') || out.includes('other-language')) out = out.filter((l) => l !== 'statement' && l !== 'question');
  // A turn that opens with a greeting word greets (391 of the 426 such turns, corpus and batches 1–10, said so).
  if (!out.includes('greeting') && opensWithGreeting(text)) out = ['greeting', ...out.filter((l) => l !== 'statement')];
  return out;
}

// The pattern is the engine's own (shared/language/turns.ts): the decision greets where the labels do.
export { opensWithGreeting } from '../../shared/language/turns.ts';
