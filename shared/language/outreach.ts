import { toFinding } from '../rules/lint-core.ts';
import { runCheckers, type RuleVerdict } from '../rules/lint-core.ts';
import { outreachRules } from '../rules/outreach-rules.ts';
import type { CheckContext, CheckResult, Evidence } from '../rules/rule.ts';
import { evidence, sentences } from '../rules/text.ts';
import type { Finding } from '../contracts/common.ts';
import type { FusedVerdict } from './fuse.ts';
import type { LanguageModel, Prediction } from './model.ts';
import { modelFor } from './registry.ts';

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

interface RoleRule {
  label: string;
  ruleId: string;
  kind: 'avoids' | 'does';
  /** What the finding says when the model alone raises it (avoids) or credits it (does). */
  message: string;
  suggestion?: string;
}

export const OUTREACH_ROLE_RULES: readonly RoleRule[] = [
  {
    label: 'job-ask',
    ruleId: 'outreach.no-job-ask',
    kind: 'avoids',
    message: 'This sentence reads as asking for a job, a referral or an opening: that turns the message into a job request.',
    suggestion: 'Ask to learn instead, e.g. "I\'d love to hear how people usually move into this work." If they know of something, they will say so.',
  },
  {
    label: 'extra-labour',
    ruleId: 'outreach.no-extra-labour',
    kind: 'avoids',
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

/** The rule features of one sentence: an "avoids" rule it breaks, a "does" rule it meets. */
export function sentenceRuleFeatures(sentence: string, context: CheckContext = {}): string[] {
  const out: string[] = [];
  for (const v of runCheckers(outreachRules, sentence, context)) {
    if (v.rule.id === 'outreach.brief' || v.rule.id === 'outreach.plans-ahead') continue;
    const broken = v.rule.kind === 'avoids' ? !v.result.passed : v.result.passed;
    if (broken) out.push(`rule:${v.rule.id}`);
  }
  return out;
}

export interface SentenceRoles {
  start: number;
  end: number;
  text: string;
  prediction: Prediction;
  probability: (label: string) => number;
}

/** Each sentence of a message with the model's reading of it. */
export function sentenceRoles(text: string, model: LanguageModel, context: CheckContext = {}): SentenceRoles[] {
  return sentences(text).map((s) => {
    const prediction = model.predict(s.value, sentenceRuleFeatures(s.value, context));
    return {
      start: s.start,
      end: s.end,
      text: s.value,
      prediction,
      probability: (label: string) => {
        const i = model.labelIndex(label);
        return i < 0 ? 0 : prediction.scores[i]!.probability;
      },
    };
  });
}

const lowerFirst = (t: string) => (t.length > 0 ? t[0]!.toLowerCase() + t.slice(1) : t);
const percent = (p: number) => `${Math.round(p * 100)}%`;

function sentencesHit(roles: readonly SentenceRoles[], found: readonly Evidence[] | undefined): SentenceRoles[] {
  return roles.filter((r) => (found ?? []).some((e) => e.in !== 'profile' && e.start < r.end && e.end > r.start));
}

/**
 * The one decision on an outreach message: every outreach rule's verdict, fused with the outreach
 * model when it is loaded (the rules alone otherwise). Rulebook order.
 */
export function decideOutreach(text: string, context: CheckContext = {}, model: LanguageModel | undefined = modelFor('outreach'), verdicts?: readonly RuleVerdict[]): FusedVerdict[] {
  const checked = verdicts ?? runCheckers(outreachRules, text, context);
  if (!model) return checked.map((v) => ({ ...v, severity: v.rule.severity, origin: 'rule' }));
  const { add, doubt } = model.thresholds;
  const roles = sentenceRoles(text, model, context);
  const best = (label: string) => roles.reduce<SentenceRoles | undefined>((b, r) => (!b || r.probability(label) > b.probability(label) ? r : b), undefined);
  return checked.map((v): FusedVerdict => {
    const role = OUTREACH_ROLE_RULES.find((r) => r.ruleId === v.rule.id);
    const keep: FusedVerdict = { ...v, severity: v.rule.severity, origin: 'rule' };
    if (!role) return keep;
    const top = best(role.label);
    const topP = top ? top.probability(role.label) : 0;
    const hit = sentencesHit(roles, v.result.evidence);
    if (role.kind === 'avoids') {
      if (!v.result.passed) {
        const p = Math.max(0, ...hit.map((r) => r.probability(role.label)));
        if (hit.length === 0 || p >= doubt) return { ...keep, probability: p };
        const result: CheckResult = { ...v.result, message: `Probably fine, but consider: ${lowerFirst(v.result.message)}` };
        return { rule: v.rule, result, severity: 'low', origin: 'consider', probability: p };
      }
      if (!top || topP < add) return { ...keep, probability: topP };
      const result: CheckResult = {
        passed: false,
        message: `${role.message} (the language model, ${percent(topP)} sure)`,
        ...(role.suggestion ? { suggestion: role.suggestion } : {}),
        evidence: [evidence(text, top.start, top.end)],
      };
      return { rule: v.rule, result, severity: v.rule.severity, origin: 'model', probability: topP };
    }
    // A "does" rule: credit where the model is sure, withdraw a credit it is sure is misplaced.
    const missing = v.rule.check?.('', context);
    if (v.result.passed) {
      const p = Math.max(0, ...hit.map((r) => r.probability(role.label)));
      if (hit.length === 0 || p >= doubt || topP >= add || !missing || missing.passed) return { ...keep, probability: Math.max(p, topP) };
      const result: CheckResult = {
        ...missing,
        message: `${missing.message.replace(/\.$/, '')}: the sentence that seemed to do it plays another role (the language model, ${percent(1 - p)} sure).`,
        evidence: hit.map((r) => evidence(text, r.start, r.end)),
      };
      return { rule: v.rule, result, severity: v.rule.severity, origin: 'model', probability: p };
    }
    // Failed: credited only when the failure is the part missing (not, say, pressure) and the model is sure of a sentence.
    if (!missing || missing.passed || missing.message !== v.result.message || !top || topP < add) return { ...keep, probability: topP };
    const result: CheckResult = { passed: true, message: `${role.message} (the language model, ${percent(topP)} sure)`, evidence: [evidence(text, top.start, top.end)] };
    return { rule: v.rule, result, severity: v.rule.severity, origin: 'model', probability: topP };
  });
}

/** A fused verdict in the API's shape: a "consider" note carries its low severity. */
export function toFusedFinding(v: FusedVerdict): Finding {
  return { ...toFinding(v), severity: v.severity };
}

/** The verdicts a rewrite should act on: a "consider" note is not a verdict. */
export function actionable(verdicts: readonly FusedVerdict[]): RuleVerdict[] {
  return verdicts.map((v) => (v.origin === 'consider' ? { rule: v.rule, result: { ...v.result, passed: true } } : v));
}
