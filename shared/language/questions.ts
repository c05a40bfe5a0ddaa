import { runCheckers, type RuleVerdict } from '../rules/lint-core.ts';
import { questionRules } from '../rules/question-rules.ts';
import type { CheckContext } from '../rules/rule.ts';
import { failedRuleFeatures, type FusedVerdict, fuseVerdicts, type ModelCategory } from './fuse.ts';
import { modelFor } from './registry.ts';

/**
 * Questions: the corpus labels (corpus/README.md), the rule that speaks for each, and the one
 * decision of the question rules and the questions model together.
 */

/** Every label of a question in the corpus. `informational` is the absence of the others. */
export const QUESTION_LABELS = ['informational', 'job-seeking', 'screening', 'justification-demand', 'negative-framing', 'profile-fact', 'personal-salary', 'extra-labour'] as const;
export type QuestionLabel = (typeof QUESTION_LABELS)[number];

/** The model's heads: each job-style category, and `job-style` (any of them). */
export const QUESTION_MODEL_LABELS = ['job-style', 'job-seeking', 'screening', 'justification-demand', 'negative-framing', 'profile-fact', 'personal-salary', 'extra-labour'] as const;

export const QUESTION_CATEGORIES: readonly ModelCategory[] = [
  {
    label: 'job-seeking',
    ruleId: 'question.not-job-seeking',
    message: 'The question reads as a request for a job, an opening or a referral.',
    suggestion: 'Ask how people get into the work instead, e.g. "What skills or experiences would make someone competitive for this kind of role?"',
  },
  {
    label: 'screening',
    ruleId: 'question.not-screening',
    message: 'This reads like a question an employer asks a candidate.',
    suggestion: 'Ask about their work and field instead, e.g. "What skills do you think are most important to being successful in this field?"',
  },
  {
    label: 'justification-demand',
    ruleId: 'question.no-justification-demand',
    message: 'The question reads as a demand that they justify a choice.',
    suggestion: 'Ask how they decided or what led them there, e.g. "How did you decide it was time to take the next step?"',
  },
  {
    label: 'negative-framing',
    ruleId: 'question.positive-framing',
    message: 'The question reads as negatively framed: it invites criticism of their work, employer or past.',
    suggestion: 'Ask about challenges or what they would change, e.g. "What are some of the challenges and frustrations in the work you do?"',
  },
  {
    label: 'profile-fact',
    ruleId: 'question.not-on-profile',
    message: 'The question reads as asking a plain fact their profile or CV already shows.',
    suggestion: 'Read it there, then ask what they made of it, e.g. "What did you enjoy most about your work as a lab manager, and what did you find challenging?"',
  },
  {
    label: 'personal-salary',
    ruleId: 'question.no-personal-salary',
    message: 'The question reads as asking about their own pay.',
    suggestion: 'Ask about the field instead, e.g. "Can you help me understand the salary range someone entering this field might expect?"',
  },
  {
    label: 'extra-labour',
    ruleId: 'question.no-extra-labour',
    message: 'The question reads as asking them for work beyond the conversation.',
    suggestion: 'Ask what they know instead, e.g. "What makes a résumé stand out in this field?", and close with "Who else should I talk to?"',
  },
];

/** The rule features the questions model reads: every question rule's verdict. */
export const QUESTION_RULE_IDS: readonly string[] = questionRules.map((r) => r.id);

/** The features a question's rules contribute: one per failed rule. */
export function questionRuleFeatures(question: string, context: CheckContext = {}): string[] {
  return failedRuleFeatures(runCheckers(questionRules, question, context));
}

/**
 * The last decisions, by context and question: a live check re-decides every line on each
 * keystroke, and only one line changed. Pure inputs, so a hit is the same answer; the loaded
 * model is part of the entry.
 */
const CACHE_SIZE = 512;
const cache = new Map<string, { model: unknown; verdicts: FusedVerdict[] }>();

/**
 * A short key for a context: its fields, with a long profile stood for by a number (the same
 * profile text gets the same number). Building the key is then as cheap as the question: a review
 * decides each question many times against the same 20,000-character profile, and spelling the
 * profile into every key cost more than the decision itself.
 */
const PROFILE_IDS_KEPT = 64;
const profileIds = new Map<string, number>();
let nextProfileId = 0;
export function contextKey(context: CheckContext): string {
  const { profile, ...rest } = context;
  if (profile === undefined) return JSON.stringify(rest);
  let id = profileIds.get(profile);
  if (id === undefined) {
    id = nextProfileId++;
    profileIds.set(profile, id);
    if (profileIds.size > PROFILE_IDS_KEPT) profileIds.delete(profileIds.keys().next().value!);
  }
  return `${JSON.stringify(rest)}\u0001${id}`;
}

/**
 * The one decision on a question: every question rule's verdict, fused with the questions model
 * when it is loaded (the rules alone otherwise). Rulebook order. Treat the result as read-only.
 */
export function decideQuestion(question: string, context: CheckContext = {}, verdicts?: readonly RuleVerdict[]): FusedVerdict[] {
  const model = modelFor('questions');
  const key = verdicts ? undefined : `${contextKey(context)}\u0000${question}`;
  const hit = key === undefined ? undefined : cache.get(key);
  if (hit && hit.model === model) return hit.verdicts;
  const checked = verdicts ?? runCheckers(questionRules, question, context);
  const decided = fuseVerdicts(question, checked, model, QUESTION_CATEGORIES, { anyLabel: 'job-style' });
  if (key !== undefined) {
    cache.delete(key);
    cache.set(key, { model, verdicts: decided });
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  }
  return decided;
}

/** The blocking verdicts of the decision: failed, not low. */
export function blockingQuestionVerdicts(question: string, context: CheckContext = {}): FusedVerdict[] {
  return decideQuestion(question, context).filter((v) => !v.result.passed && v.severity !== 'low');
}
