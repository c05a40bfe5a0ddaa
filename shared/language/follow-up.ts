import type { RuleVerdict } from '../rules/lint-core.ts';
import { followUpRules } from '../rules/follow-up-rules.ts';
import type { CheckContext } from '../rules/rule.ts';
import type { FusedVerdict } from './fuse.ts';
import type { LanguageModel } from './model.ts';
import { modelFor } from './registry.ts';
import { fuseSentenceRoles, type RoleRule, sentenceFeatures } from './sentences.ts';

/**
 * Follow-up and thank-you notes: the role of each sentence (corpus/README.md "follow-up"), fused
 * with the follow-up rules the way outreach messages are (shared/language/sentences.ts).
 */
export const FOLLOW_UP_LABELS = ['greeting', 'thanks', 'names-topic', 'acts-on-advice', 'new-ask', 'empty-check-in', 'update', 'sign-off', 'other'] as const;

export const FOLLOW_UP_ROLE_RULES: readonly RoleRule[] = [
  { label: 'thanks', ruleId: 'follow-up.thanks', kind: 'does', message: 'The note thanks them.' },
  // With the conversation's topics known, the rule checks the note names them: the model does not stand in.
  { label: 'names-topic', ruleId: 'follow-up.names-topics', kind: 'does', message: 'The note refers to what they told you.', creditable: (context) => (context.topics ?? []).length === 0 },
  { label: 'acts-on-advice', ruleId: 'follow-up.acts-on-advice', kind: 'does', message: 'The note says how you are acting on their advice.' },
  {
    label: 'new-ask',
    ruleId: 'follow-up.asks-nothing-new',
    kind: 'avoids',
    message: 'This sentence reads as asking them for something new.',
    suggestion: 'Keep the note to thanks and what you did with their advice; if they offered something, accept it — but ask for nothing new.',
  },
  {
    label: 'empty-check-in',
    ruleId: 'follow-up.no-empty-check-in',
    kind: 'avoids',
    message: 'This sentence reads as a content-free check-in.',
    suggestion: 'Replace the check-in with something that matters to them: what you did with their advice, or a conversation with someone they suggested.',
  },
];

/** The rule features of one sentence of a note. */
export function followUpSentenceFeatures(sentence: string, context: CheckContext = {}): string[] {
  return sentenceFeatures(followUpRules, sentence, context);
}

/** The one decision on a note: every follow-up rule's verdict, fused with the follow-up model when loaded. */
export function decideFollowUp(note: string, context: CheckContext = {}, model: LanguageModel | undefined = modelFor('follow-up'), verdicts?: readonly RuleVerdict[]): FusedVerdict[] {
  return fuseSentenceRoles({ text: note, context, rules: followUpRules, roleRules: FOLLOW_UP_ROLE_RULES, model, features: (s) => followUpSentenceFeatures(s, context), verdicts });
}
