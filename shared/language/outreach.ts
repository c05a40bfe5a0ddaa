import type { RuleVerdict } from '../rules/lint-core.ts';
import { outreachRules } from '../rules/outreach-rules.ts';
import type { CheckContext } from '../rules/rule.ts';
import type { FusedVerdict } from './fuse.ts';
import type { LanguageModel } from './model.ts';
import { modelFor } from './registry.ts';
import { fuseSentenceRoles, type RoleRule, type SentenceRoles, sentenceFeatures, sentenceRoles } from './sentences.ts';
/**
 * Outreach: the role of each sentence (corpus/README.md), read by the outreach model, fused with
 * the outreach rules at the level of the message — the same decision as for questions:
 * - an "avoids" rule (job ask, extra labour, attachment): a hit stays unless the model is sure every
 *   sentence it points at plays another role (then a low "consider" note); where the rule is
 *   silent, a sentence the model is sure is that role becomes the finding, with the sentence as evidence;
 * - a "does" rule (connection, purpose, thanks): the model credits a sentence the rule missed when it
 *   is sure of its role, and withdraws a credit the rule gave to sentences it is sure play another
 *   role (e.g. "grateful if you could pass my name along" is a job ask, not thanks).
 */

export const OUTREACH_LABELS = ['greeting', 'who-you-are', 'connection', 'purpose', 'time-ask', 'proposed-times', 'format', 'thanks', 'no-pressure', 'job-ask', 'attachment', 'extra-labour', 'credentials', 'sign-off', 'other'] as const;

/** The model's heads: every role, and `asks-for-more` (a job ask or extra labour). */
export const OUTREACH_MODEL_LABELS = ['asks-for-more', ...OUTREACH_LABELS] as const;

export const OUTREACH_ROLE_RULES: readonly RoleRule[] = [
  {
    label: 'job-ask',
    ruleId: 'outreach.no-job-ask',
    kind: 'avoids',
    umbrella: 'asks-for-more',
    message: 'This sentence reads as asking for a job, a referral or an opening: that turns the message into a job request.',
    suggestion: 'Ask to learn instead, e.g. "I\'d love to hear how people usually move into this work." If they know of something, they will say so.',
  },
  {
    label: 'extra-labour',
    ruleId: 'outreach.no-extra-labour',
    kind: 'avoids',
    umbrella: 'asks-for-more',
    message: 'This sentence reads as asking them for more than one conversation (reviewing, introductions, postings, mentoring).',
    suggestion: 'Ask only for the conversation; if they offer more, accept then.',
  },
  {
    label: 'attachment',
    ruleId: 'outreach.no-attachments',
    kind: 'avoids',
    message: 'This sentence reads as attaching or offering your CV, résumé or portfolio.',
    suggestion: 'Leave the CV out; you can share your background in the conversation, or later if they ask.',
  },
  { label: 'connection', ruleId: 'outreach.connection', kind: 'does', message: 'You say how you are connected.' },
  { label: 'purpose', ruleId: 'outreach.specific-purpose', kind: 'does', message: 'You say what you want to learn.' },
  { label: 'thanks', ruleId: 'outreach.gracious', kind: 'does', message: 'You thank them.' },
];

const SKIPPED: ReadonlySet<string> = new Set(['outreach.brief', 'outreach.plans-ahead']);

/** The rule features of one sentence: an "avoids" rule it breaks, a "does" rule it meets. */
export function sentenceRuleFeatures(sentence: string, context: CheckContext = {}): string[] {
  return sentenceFeatures(outreachRules, sentence, context, SKIPPED);
}

/** Each sentence of a message with the outreach model's reading of it. */
export function outreachSentenceRoles(text: string, model: LanguageModel, context: CheckContext = {}): SentenceRoles[] {
  return sentenceRoles(text, model, (sentence) => sentenceRuleFeatures(sentence, context));
}

/**
 * The one decision on an outreach message: every outreach rule's verdict, fused with the outreach
 * model when it is loaded (the rules alone otherwise). Rulebook order.
 */
export function decideOutreach(text: string, context: CheckContext = {}, model: LanguageModel | undefined = modelFor('outreach'), verdicts?: readonly RuleVerdict[]): FusedVerdict[] {
  return fuseSentenceRoles({ text, context, rules: outreachRules, roleRules: OUTREACH_ROLE_RULES, model, features: (sentence) => sentenceRuleFeatures(sentence, context), verdicts });
}

export { actionable, toFusedFinding } from './fuse.ts';
