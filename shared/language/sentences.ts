import { runCheckers, type RuleVerdict } from '../rules/lint-core.ts';
import type { CheckContext, CheckResult, Evidence, Rule } from '../rules/rule.ts';
import { evidence, sentences } from '../rules/text.ts';
import type { FusedVerdict } from './fuse.ts';
import { addFor, type LanguageModel, type Prediction, type Thresholds } from './model.ts';
import { tokenize } from './features.ts';

/**
 * The fusion for texts judged sentence by sentence (outreach messages, follow-up notes): a model
 * reads each sentence's role, the rules judge the whole text, and the decision is made per rule:
 * - an "avoids" rule: a hit stays unless the model is sure every sentence it points at plays
 *   another role (then a low "consider" note); where the rule is silent, a sentence the model is
 *   sure plays that role becomes the finding, with the sentence as evidence;
 * - a "does" rule: the model credits a sentence the rule missed when it is very sure of its role
 *   (CREDIT, and only when what failed is the part missing), and withdraws a credit the rule gave
 *   only to sentences it is sure are asks the rules forbid (a job ask is not thanks).
 */

/** How sure the model must be to credit a "does" rule the rules failed: a credit hides advice, so the bar is high. */
export const CREDIT = 0.95;

export interface RoleRule {
  label: string;
  ruleId: string;
  kind: 'avoids' | 'does';
  /** What the finding says when the model alone raises it (avoids) or credits it (does). */
  message: string;
  suggestion?: string;
  /**
   * An "avoids" rule's umbrella head (e.g. `asks-for-more`: a job ask or extra labour): where the
   * model has an `add` threshold of its own for it, a sentence at or above it counts as this rule's
   * role when this is the likeliest of the rules sharing the umbrella.
   */
  umbrella?: string;
  /** A does rule the model may credit in this context (default: always). */
  creditable?: (context: CheckContext) => boolean;
}

/** The rule features of one sentence: an "avoids" rule it breaks, a "does" rule it meets. */
export function sentenceFeatures(rules: readonly Rule[], sentence: string, context: CheckContext = {}, skip: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (const v of runCheckers(rules, sentence, context)) {
    if (skip.has(v.rule.id)) continue;
    const kind = v.rule.kind ?? (v.rule.appliesTo === 'follow-up' && /asks-nothing-new|no-empty-check-in/.test(v.rule.id) ? 'avoids' : 'does');
    const hit = kind === 'avoids' ? !v.result.passed : v.result.passed;
    if (hit) out.push(`rule:${v.rule.id}`);
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
/**
 * The model reads at most this many sentences of a text (the rules still judge all of it): an
 * outreach message or a note is a few sentences, and a pasted 20,000-character wall of them must
 * not cost the model's reading of each (`npm run bench`, hostile shapes).
 */
export const MAX_SENTENCES_READ = 40;

/**
 * Nor does it read a "sentence" longer than this many words: the corpus's longest is under 60, and a
 * run-on of hundreds (one line with no punctuation) is outside anything it learned — its features
 * pile up and its probabilities mean nothing. The rules alone judge such a sentence.
 */
export const MAX_SENTENCE_WORDS = 120;

export function sentenceRoles(text: string, model: LanguageModel, features: (sentence: string) => string[]): SentenceRoles[] {
  const read = sentences(text)
    .slice(0, MAX_SENTENCES_READ)
    .filter((s) => tokenize(s.value).length <= MAX_SENTENCE_WORDS);
  return read.map((s) => {
    const prediction = model.predict(s.value, features(s.value));
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
 * The sentence that makes the model raise an "avoids" rule the rules left silent, and how sure it
 * is: one at or above the role's `add`, or at or above its umbrella's `add` while this role is the
 * likeliest of the umbrella's roles and not all but ruled out itself (`UMBRELLA_ROLE_FLOOR`). The surest such sentence; undefined when none.
 */
/** The least a role's own probability may be for its umbrella head to raise it (round 4: a purpose line read as a job ask at 0.06). */
export const UMBRELLA_ROLE_FLOOR = 0.1;

export function raisedBy(
  roles: readonly SentenceRoles[],
  role: RoleRule,
  roleRules: readonly RoleRule[],
  thresholds: Thresholds,
  /** Sentences a sibling rule (same umbrella) already fails: one sentence, one ask ("Are you hiring?" is not also extra labour). */
  taken: ReadonlySet<SentenceRoles> = new Set(),
): { sentence: SentenceRoles; p: number } | undefined {
  const umbrellaAdd = role.umbrella === undefined ? undefined : thresholds.labelAdd?.[role.umbrella];
  const siblings = roleRules.filter((r) => r.umbrella !== undefined && r.umbrella === role.umbrella && r.label !== role.label);
  let out: { sentence: SentenceRoles; p: number } | undefined;
  for (const r of roles) {
    if (role.umbrella !== undefined && taken.has(r)) continue;
    const own = r.probability(role.label);
    let p = own >= addFor(thresholds, role.label) ? own : -1;
    if (umbrellaAdd !== undefined) {
      const u = r.probability(role.umbrella!);
      // The role itself must not be all but ruled out: a sentence the umbrella head likes but no role
      // does ("I'd love to connect and learn more about the industry.") raises nothing.
      if (u >= umbrellaAdd && own >= UMBRELLA_ROLE_FLOOR && siblings.every((x) => own >= r.probability(x.label))) p = Math.max(p, u);
    }
    if (p >= 0 && (!out || p > out.p)) out = { sentence: r, p };
  }
  return out;
}

/** Every verdict of `rules` on `text`, fused with the sentence model when there is one (the rules alone otherwise). Rulebook order. */
export function fuseSentenceRoles(args: {
  text: string;
  context: CheckContext;
  rules: readonly Rule[];
  roleRules: readonly RoleRule[];
  model: LanguageModel | undefined;
  features: (sentence: string) => string[];
  verdicts?: readonly RuleVerdict[] | undefined;
}): FusedVerdict[] {
  const { text, context, roleRules, model } = args;
  const checked = args.verdicts ?? runCheckers(args.rules, text, context);
  if (!model) return checked.map((v) => ({ ...v, severity: v.rule.severity, origin: 'rule' }));
  const { doubt } = model.thresholds;
  const addOf = (label: string) => addFor(model.thresholds, label);
  const roles = sentenceRoles(text, model, args.features);
  const best = (label: string) => roles.reduce<SentenceRoles | undefined>((b, r) => (!b || r.probability(label) > b.probability(label) ? r : b), undefined);
  return checked.map((v): FusedVerdict => {
    const role = roleRules.find((r) => r.ruleId === v.rule.id);
    const keep: FusedVerdict = { ...v, severity: v.rule.severity, origin: 'rule' };
    if (!role) return keep;
    const top = best(role.label);
    const topP = top ? top.probability(role.label) : 0;
    const hit = sentencesHit(roles, v.result.evidence);
    if (role.kind === 'avoids') {
      if (!v.result.passed) {
        // Doubted only when the model is sure the sentence is neither this role nor, for a role under
        // an umbrella, any ask of it ("refer me or pass my resume to the hiring manager" is a job ask
        // and extra labour at once: the model sure of the umbrella does not make the rule's hit weak).
        const p = Math.max(0, ...hit.map((r) => Math.max(r.probability(role.label), role.umbrella === undefined ? 0 : r.probability(role.umbrella))));
        if (hit.length === 0 || p >= doubt) return { ...keep, probability: p };
        const result: CheckResult = { ...v.result, message: `Probably fine, but consider: ${lowerFirst(v.result.message)}` };
        return { rule: v.rule, result, severity: 'low', origin: 'consider', probability: p };
      }
      const taken = new Set(
        args.roleRules
          .filter((r) => r !== role && r.umbrella !== undefined && r.umbrella === role.umbrella)
          .flatMap((r) => checked.filter((x) => x.rule.id === r.ruleId && !x.result.passed).flatMap((x) => sentencesHit(roles, x.result.evidence))),
      );
      const raised = raisedBy(roles, role, args.roleRules, model.thresholds, taken);
      if (!raised) return { ...keep, probability: topP };
      const result: CheckResult = {
        passed: false,
        message: `${role.message} (the language model, ${percent(raised.p)} sure)`,
        ...(role.suggestion ? { suggestion: role.suggestion } : {}),
        evidence: [evidence(text, raised.sentence.start, raised.sentence.end)],
      };
      return { rule: v.rule, result, severity: v.rule.severity, origin: 'model', probability: raised.p };
    }
    // A "does" rule: credit where the model is sure, withdraw a credit it is sure is misplaced.
    const missing = v.rule.check?.('', context);
    if (v.result.passed) {
      const p = Math.max(0, ...hit.map((r) => r.probability(role.label)));
      // Withdrawn only when every sentence credited is, for the model, surely an ask the rules forbid
      // ("grateful if you could pass my name along" is a job ask, not thanks).
      const asks = roleRules.filter((r) => r.kind === 'avoids').map((r) => r.label);
      const allAsks = hit.length > 0 && hit.every((r) => asks.some((label) => r.probability(label) >= addOf(label)));
      if (hit.length === 0 || p >= doubt || topP >= addOf(role.label) || !allAsks || !missing || missing.passed) return { ...keep, probability: Math.max(p, topP) };
      const result: CheckResult = {
        ...missing,
        message: `${missing.message.replace(/\.$/, '')}: the sentence that seemed to do it plays another role (the language model, ${percent(1 - p)} sure).`,
        evidence: hit.map((r) => evidence(text, r.start, r.end)),
      };
      return { rule: v.rule, result, severity: v.rule.severity, origin: 'model', probability: p };
    }
    // Failed: credited only when the failure is the part missing (not, say, pressure) and the model is sure of a sentence.
    if (!missing || missing.passed || missing.message !== v.result.message || !top || topP < CREDIT || role.creditable?.(context) === false) return { ...keep, probability: topP };
    const result: CheckResult = { passed: true, message: `${role.message} (the language model, ${percent(topP)} sure)`, evidence: [evidence(text, top.start, top.end)] };
    return { rule: v.rule, result, severity: v.rule.severity, origin: 'model', probability: topP };
  });
}

