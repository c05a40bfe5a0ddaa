import { runCheckers, type RuleVerdict } from '../rules/lint-core.ts';
import { questionRules } from '../rules/question-rules.ts';
import type { CheckContext } from '../rules/rule.ts';
import { failedRuleFeatures, type FusedVerdict, fuseVerdicts, type ModelCategory } from './fuse.ts';
import { modelFor } from './registry.ts';
import { TextCache } from '../text/text-cache.ts';

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
 * What each question rule reads of the context, as a key: every rule but `question.not-on-profile`
 * reads the question alone (`server/language/question-decision.test.ts` holds every other rule to that on random
 * contexts, so a rule that starts reading one fails it until it is listed here). The profile rule
 * is keyed by the profile, stood for by a number (below).
 */
export const CONTEXT_READERS: Readonly<Record<string, (context: CheckContext) => string>> = {
  'question.not-on-profile': (context) => profileKey(context.profile),
};

/**
 * A short key for a profile: the same profile text gets the same number. A review decides each
 * question many times against the same 20,000-character profile, and spelling the profile into
 * every key cost more than the decision itself.
 */
const PROFILE_IDS_KEPT = 64;
const profileIds = new Map<string, number>();
let nextProfileId = 0;
function profileKey(profile: string | undefined): string {
  if (profile === undefined) return '';
  let id = profileIds.get(profile);
  if (id === undefined) {
    id = nextProfileId++;
    profileIds.set(profile, id);
    if (profileIds.size > PROFILE_IDS_KEPT) profileIds.delete(profileIds.keys().next().value!);
  }
  return String(id);
}

/**
 * The decision is cached in two layers, each keyed by what it reads, so a review's templates, bank
 * questions and rephrasings (the same texts in every request) are decided once across requests,
 * whatever the profile:
 * - the verdicts of the rules that read the question alone, by the question (`contextFree`); a
 *   context-reading rule's, by the question and what it reads (`contextRead`);
 * - the fused decision, by the question and the context-reading rules' verdicts (what the model
 *   and the fusion read besides the question): a new profile re-checks only `not-on-profile`,
 *   against the profile's index (`prepareProfile`), and re-fuses only when its verdict differs.
 * Keyed by the question first (its hash is computed once per string, not once per spelled key), then
 * by what the rest reads (16 kept a question). Bounded by texts and characters of keys
 * (`TextCache`); pure inputs, so a hit is the same answer;
 * the loaded model is part of the entry.
 */
const contextFree = new TextCache<RuleVerdict[]>(1_024, 400_000, true);
const contextRead = new TextCache<Map<string, RuleVerdict>>(1_024, 400_000, true);
const fusedCache = new TextCache<Map<string, { model: unknown; verdicts: FusedVerdict[] }>>(1_024, 400_000, true);

/** Every question rule's verdict on `question`, rulebook order: the context-free ones from the cache. */
function checkQuestion(question: string, context: CheckContext): RuleVerdict[] {
  let free = contextFree.get(question);
  if (!free) {
    free = runCheckers(questionRules.filter((r) => !CONTEXT_READERS[r.id]), question);
    contextFree.set(question, free);
  }
  const out: RuleVerdict[] = [];
  let i = 0;
  for (const rule of questionRules) {
    if (!rule.check) continue;
    const reads = CONTEXT_READERS[rule.id];
    if (!reads) {
      out.push(free[i++]!);
      continue;
    }
    // A context-reading rule: once per question and what it reads (a review asks again for each candidate's alternatives).
    let byRead = contextRead.get(question);
    if (!byRead) contextRead.set(question, (byRead = new Map()));
    const key = `${rule.id}\u0000${reads(context)}`;
    let verdict = byRead.get(key);
    if (!verdict) {
      if (byRead.size >= 16) byRead.delete(byRead.keys().next().value!);
      byRead.set(key, (verdict = { rule, result: rule.check(question, context) }));
    }
    out.push(verdict);
  }
  return out;
}

/**
 * The one decision on a question: every question rule's verdict, fused with the questions model
 * when it is loaded (the rules alone otherwise). Rulebook order. Treat the result as read-only.
 */
export function decideQuestion(question: string, context: CheckContext = {}, verdicts?: readonly RuleVerdict[]): FusedVerdict[] {
  const model = modelFor('questions');
  if (verdicts) return fuseVerdicts(question, verdicts, model, QUESTION_CATEGORIES, { anyLabel: 'job-style' });
  const checked = checkQuestion(question, context);
  // The fusion reads the question and the verdicts: the context-free ones are the question's, the
  // others' results are spelled into the key (each spelled once: the verdicts come from a cache).
  let byVerdicts = fusedCache.get(question);
  if (!byVerdicts) fusedCache.set(question, (byVerdicts = new Map()));
  const key = checked.filter((v) => CONTEXT_READERS[v.rule.id]).map(spelled).join('\u0000');
  const hit = byVerdicts.get(key);
  if (hit && hit.model === model) return hit.verdicts;
  const decided = fuseVerdicts(question, checked, model, QUESTION_CATEGORIES, { anyLabel: 'job-style' });
  if (byVerdicts.size >= 16) byVerdicts.delete(byVerdicts.keys().next().value!);
  byVerdicts.set(key, { model, verdicts: decided });
  return decided;
}

/** A verdict's result as a key, remembered per result object. */
const spellings = new WeakMap<object, string>();
function spelled(verdict: RuleVerdict): string {
  let text = spellings.get(verdict.result);
  if (text === undefined) spellings.set(verdict.result, (text = JSON.stringify(verdict.result)));
  return text;
}

/**
 * The decision as it was made before the two cache layers (every rule on the whole context, then
 * the fusion), uncached: the reference `server/language/question-decision.test.ts` holds `decideQuestion` equal to.
 */
export function decideQuestionUncached(question: string, context: CheckContext = {}): FusedVerdict[] {
  return fuseVerdicts(question, runCheckers(questionRules, question, context), modelFor('questions'), QUESTION_CATEGORIES, { anyLabel: 'job-style' });
}

/** The blocking verdicts of the decision: failed, not low. */
export function blockingQuestionVerdicts(question: string, context: CheckContext = {}): FusedVerdict[] {
  return decideQuestion(question, context).filter((v) => !v.result.passed && v.severity !== 'low');
}
