import { findQuestions, findSelfIntro, findThanks, sharedContentWords } from '../practice/signals.ts';
import type { Evidence } from '../rules/rule.ts';
import { tokenize } from './features.ts';
import { addFor, type LanguageModel, type Thresholds } from './model.ts';
import { modelFor } from './registry.ts';

/**
 * Practice turns: what a user's turn does (corpus/README.md "turns"), read by the turns model with
 * the rule-based classifier's verdicts as features, and the one decision of both: a kind the rules
 * find stays unless the model is sure it is wrong (below its `doubt` threshold); a kind the rules
 * miss is added when the model is sure (at or above `add`).
 */
export const TURN_KINDS = [
  'greeting',
  'thanks',
  'self-intro',
  'question',
  'follow-up',
  'job-ask',
  'personal-salary',
  'entry-salary',
  'profile-question',
  'extra-labour',
  'referral-ask',
  'name-drop',
  'injection',
  'role-swap',
  'ai-probe',
  'closing',
  'statement',
  'off-topic',
  'other-language',
] as const;
export type TurnKind = (typeof TURN_KINDS)[number];

/** Whole-turn features: each kind the rules found, and how many content words the turn shares with the last reply. */
export function turnFeatures(text: string, previousReply: string | undefined, ruleKinds: readonly string[]): string[] {
  const out = ruleKinds.map((k) => `rule:turn:${k}`);
  if (previousReply !== undefined) out.push(`overlap:${Math.min(3, sharedContentWords(previousReply, text).length)}`);
  return out;
}

export interface TurnKindScore {
  kind: TurnKind;
  probability: number;
}

/**
 * The turns model's reading of a turn: every kind with its calibrated probability, or undefined
 * when no turns model is loaded. `ruleKinds` are the rule-based classifier's kinds, if known.
 */
export function classifyTurnKinds(text: string, previousReply?: string, ruleKinds: readonly string[] = [], model: LanguageModel | undefined = modelFor('turns')): TurnKindScore[] | undefined {
  if (!model) return undefined;
  const prediction = model.predict(text, turnFeatures(text, previousReply, ruleKinds));
  return TURN_KINDS.map((kind) => {
    const i = model.labelIndex(kind);
    return { kind, probability: i < 0 ? 0 : prediction.scores[i]!.probability };
  });
}

/** The kinds of a turn, the rules' and the model's together; the rules' alone without a model. */
export function fuseTurnKinds<K extends string>(ruleKinds: readonly K[], text: string, previousReply?: string, model: LanguageModel | undefined = modelFor('turns'), thresholds = model?.thresholds): Array<K | TurnKind> {
  const scores = classifyTurnKinds(text, previousReply, ruleKinds, model);
  if (!scores || !thresholds) return [...ruleKinds];
  return fuseScores(ruleKinds, scores, thresholds, previousReply !== undefined, text);
}

/**
 * Kinds the rules keep whatever the model says: `question` (the corpus labels an informational
 * question `question` and a job ask `job-ask` alone, but the engine reads any question as one),
 * and the fallbacks `statement` and `off-topic`, which say the rules understood nothing else.
 */
const RULES_DECIDE: ReadonlySet<string> = new Set(['question', 'statement', 'off-topic']);
const FALLBACKS: ReadonlySet<string> = new Set(['statement', 'off-topic']);

/** The fewest words the model may read as a self-introduction the rules missed. */
const MIN_INTRO_WORDS = 4;

/**
 * Kinds the persona engine acts on (it deflects, stays in character, ends the conversation, answers
 * about pay or profile): the model adds one only at or above this, whatever its own threshold —
 * a kind added on a near coin flip misleads the engine ("I think clean energy interests me most"
 * is not a goodbye).
 */
export const ACTING_KINDS: ReadonlySet<string> = new Set(['job-ask', 'personal-salary', 'entry-salary', 'profile-question', 'extra-labour', 'referral-ask', 'name-drop', 'injection', 'role-swap', 'ai-probe', 'closing', 'other-language']);
export const ACTING_MIN_ADD = 0.7;

/** Kinds that are two readings of one ask for more than the conversation. */
const ASK_SIBLINGS: Readonly<Record<string, string>> = { 'job-ask': 'extra-labour', 'extra-labour': 'job-ask' };

/** The fusion itself, on probabilities already computed (the trainer tries thresholds with it). */
export function fuseScores<K extends string>(ruleKinds: readonly K[], scores: readonly TurnKindScore[], thresholds: Thresholds, afterAReply = true, text?: string, wordCount?: number): Array<K | TurnKind> {
  const rules = new Set<string>(ruleKinds);
  const p = new Map(scores.map((s) => [s.kind as string, s.probability]));
  const words = wordCount ?? (text === undefined ? Number.POSITIVE_INFINITY : tokenize(text).length);
  const fused: Array<K | TurnKind> = [];
  for (const kind of TURN_KINDS) {
    const probability = p.get(kind) ?? 0;
    // A job ask and extra labour are two readings of one ask ("Could you pass my résumé to your
    // hiring manager?"): the model sure of one does not withdraw the rules' reading of the other.
    const sibling = ASK_SIBLINGS[kind];
    const keep = rules.has(kind) && (RULES_DECIDE.has(kind) || probability >= thresholds.doubt || (sibling !== undefined && (p.get(sibling) ?? 0) >= addFor(thresholds, sibling)));
    // A follow-up builds on a reply: none before the first. An introduction says something about
    // the user: a greeting and a name ("Hi Priya!") address them, too short to introduce anyone.
    const add =
      !RULES_DECIDE.has(kind) &&
      probability >= Math.max(addFor(thresholds, kind), ACTING_KINDS.has(kind) ? ACTING_MIN_ADD : 0) &&
      (kind !== 'follow-up' || afterAReply) &&
      (kind !== 'self-intro' || words >= MIN_INTRO_WORDS);
    if (keep || add) fused.push(kind);
  }
  // Off the subject: the rules' patterns for it are few, so where nothing but a question or a
  // fallback was found, the model may say it when sure (at the bound of the kinds the engine acts
  // on). The engine still answers a question first; a remark off the subject gets its reply.
  const offTopic = p.get('off-topic') ?? 0;
  const saysOffTopic =
    !rules.has('off-topic') &&
    fused.every((k) => k === 'question' || FALLBACKS.has(k)) &&
    offTopic >= Math.max(addFor(thresholds, 'off-topic'), ACTING_MIN_ADD) &&
    offTopic > (p.get('statement') ?? 0);
  // A fallback says nothing else was understood: it goes when the model understood something.
  const understood = fused.some((k) => !FALLBACKS.has(k));
  const kept = understood ? fused.filter((k) => !FALLBACKS.has(k) || fused.every((x) => rules.has(x))) : fused;
  const out = saysOffTopic ? [...kept.filter((k) => !FALLBACKS.has(k)), 'off-topic' as const] : kept;
  // Their own pay wins over the entry range, as in the rules.
  const final = out.includes('personal-salary') ? out.filter((k) => k !== 'entry-salary') : out;
  return final.length > 0 ? final : [...ruleKinds];
}

/** How sure the turns model must be to count a turn the patterns miss as the user's background. */
const BACKGROUND = 0.9;

/**
 * Where a turn introduces the user: the rules' self-introduction spans, or — when they find none
 * and the turns model is sure the turn is a self-introduction ("I'm Sam, a second-year nursing
 * student thinking about critical care.") — the words that drove the model's score. The debrief's
 * background rule reads it (shared/rules/conduct-rules.ts).
 */
export function findBackground(text: string, model: LanguageModel | undefined = modelFor('turns')): Evidence[] {
  const byRules = findSelfIntro(text);
  if (byRules.length > 0 || !model) return byRules;
  // The rule kinds shared code can see (the full classifier is the server's), as the model's features.
  const kinds = [
    ...(/^\s*(?:hi|hello|hey|good (?:morning|afternoon|evening)|greetings|dear)\b/i.test(text) ? ['greeting'] : []),
    ...(findThanks(text).length > 0 ? ['thanks'] : []),
    ...(findQuestions(text).length > 0 ? ['question'] : []),
  ];
  const prediction = model.predict(text, turnFeatures(text, undefined, kinds));
  const label = model.labelIndex('self-intro');
  if (label < 0 || prediction.scores[label]!.probability < BACKGROUND) return [];
  const span = model.evidenceFor(prediction, label);
  if (!span) return [{ start: 0, end: text.length, quote: text }];
  const start = prediction.tokens[span[0]]!.start;
  const end = prediction.tokens[span[1]]!.end;
  return [{ start, end, quote: text.slice(start, end) }];
}
