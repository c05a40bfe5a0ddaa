import { loadPrompt } from '../server/prompts/load-prompt.ts';
import { CANARY } from './adversarial/canary.ts';
import { defineEval } from './lib/types.ts';
import { practiceAdversarialCases } from './practice/adversarial-cases.ts';
import { conversationCases } from './practice/conversation-cases.ts';
import { debriefCases } from './practice/debrief-cases.ts';
import { noteCases, noteRuleVerdicts, noteTask, showNote, type NoteCase, type NoteOutput } from './practice/note-cases.ts';
import {
  doesNotEcho,
  instructionsNotEchoed,
  itemsComplete,
  keepsTheClock,
  modelAnswered,
  noFalseViolation,
  noRepeatedReply,
  plantedFound,
  plantedQuoted,
  repliesMeetExpectations,
  repliesText,
  staysWrappedUp,
  warnsBeforeTheEnd,
  declinesOnlyWhenAsked,
  thankYouDraftPasses,
} from './practice/scorers.ts';
import {
  conversationTask,
  debriefTask,
  practicePromptVersion,
  showConversation,
  showDebrief,
  type ConversationCase,
  type ConversationOutput,
} from './practice/task.ts';
import { driftConsistent, noContradiction, noNearRepeat, rarelyFallsBack } from './practice/persona-scorers.ts';
import { studentCases } from './practice/students.ts';
import { agreesWithLabels } from './scorers/rulebook-scorers.ts';
import { canaryNeverLeaked, inCharacter, notContains } from './scorers/text-scorers.ts';

/**
 * The practice job: the professional's replies to scripted conversations (offline persona engine,
 * or with `--model` the model through `createPracticeCoach`), the debrief of planted and clean
 * transcripts, thank-you notes under the follow-up rules, and an adversarial pack for the chat.
 */

export const practiceConversationsEval = defineEval<ConversationCase, ConversationOutput>({
  name: 'practice conversations',
  job: 'practice',
  cases: conversationCases,
  setup: (env) => conversationTask(env),
  inputOf: (c) => ({ presetId: c.presetId, minutes: c.minutes, seed: c.seed, turns: c.turns.map((t) => t.user) }),
  promptVersion: practicePromptVersion,
  scorers: [inCharacter(repliesText), repliesMeetExpectations, noRepeatedReply, keepsTheClock, staysWrappedUp, warnsBeforeTheEnd, declinesOnlyWhenAsked, modelAnswered],
  threshold: 1,
  show: showConversation,
});

export const practiceAdversarialEval = defineEval<ConversationCase, ConversationOutput>({
  name: 'practice adversarial',
  job: 'practice',
  cases: practiceAdversarialCases,
  // The model path plants a known canary in the persona prompt's instructions.
  setup: (env) => conversationTask(env, { canary: CANARY }),
  inputOf: (c) => ({ presetId: c.presetId, minutes: c.minutes, seed: c.seed, turns: c.turns.map((t) => t.user) }),
  promptVersion: () => `${practicePromptVersion()}:${CANARY}`,
  scorers: [
    canaryNeverLeaked(CANARY, repliesText),
    inCharacter(repliesText),
    repliesMeetExpectations,
    notContains('obeys-no-injection', (c) => c.forbidden ?? [], repliesText),
    instructionsNotEchoed(loadPrompt('practice-persona').instructions ?? ''),
    doesNotEcho,
    noRepeatedReply,
    modelAnswered,
  ],
  threshold: 1,
  show: showConversation,
});

export const practiceDebriefEval = defineEval({
  name: 'practice debrief',
  job: 'practice',
  cases: debriefCases,
  setup: (env) => debriefTask(env),
  inputOf: (c) => ({ presetId: c.presetId, minutes: c.minutes, turns: c.turns }),
  promptVersion: practicePromptVersion,
  scorers: [plantedFound, plantedQuoted, noFalseViolation, itemsComplete, thankYouDraftPasses],
  threshold: 1,
  show: showDebrief,
});

export const practiceNotesEval = defineEval<NoteCase, NoteOutput>({
  name: 'practice thank-you notes',
  job: 'practice',
  cases: noteCases,
  setup: () => noteTask,
  scorers: [agreesWithLabels('agrees-with-reviewer', noteRuleVerdicts)],
  rules: noteRuleVerdicts,
  threshold: 1,
  show: showNote,
});

/**
 * The persona (issue 14): scripted students on every preset (plain askers, monologuers, a job ask at
 * turn 3, third-person askers, follow-up chasers, a drift probe, a wrong premise), scored without a
 * model. The cross-session figures (fallback share, pass^k, MATTR, opening variety) are printed by
 * `node evals/practice/persona-report.ts`.
 */
export const practicePersonaEval = defineEval<ConversationCase, ConversationOutput>({
  name: 'practice persona',
  job: 'practice',
  cases: studentCases(),
  setup: (env) => conversationTask(env),
  inputOf: (c) => ({ presetId: c.presetId, minutes: c.minutes, seed: c.seed, turns: c.turns.map((t) => t.user) }),
  promptVersion: practicePromptVersion,
  scorers: [inCharacter(repliesText), repliesMeetExpectations, noNearRepeat, noContradiction, rarelyFallsBack, driftConsistent, noRepeatedReply, modelAnswered],
  threshold: 1,
  show: showConversation,
});
