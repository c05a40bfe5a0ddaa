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

/** Question words and auxiliaries that open a question ("how so", "is it…", "do u…"). */
const WH = new Set(['how', 'what', 'why', 'which', 'who', 'where', 'when', 'whats', "what's", 'hows', "how's", 'whos', "who's", 'whom', 'whose']);
const AUX = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'would', 'will', 'should', 'have', 'has', 'had', 'may', 'might', 'am', 'isnt', "isn't", 'dont', "don't", 'didnt', "didn't", 'r', 'u']);
/** Words that open a turn building on what was just said: "so…", "wait…", "and then?", "ok but…". */
const OPENERS = new Set(['so', 'wait', 'and', 'but', 'ok', 'okay', 'oh', 'then', 'really', 'hmm', 'hm', 'huh', 'ah', 'right', 'also', 'sorry', 'interesting', 'wow']);
const SECOND = new Set(['you', 'your', "you're", 'youre', 'yours', 'yourself', 'u', 'ur', "you've", "you'd", "you'll", 'ya', 'yall']);
const FIRST = new Set(['i', "i'm", 'im', 'my', 'me', "i've", 'ive', "i'd", "i'll", 'myself', 'mine']);
/** Pointing back at the last reply: "you mentioned", "when you say", "that part", quoted words. */
const BACK = /\b(?:you|u)\s+(?:just\s+)?(?:mentioned|said|say|were saying|talked about|meant|brought up|described)\b|\bwhat (?:do|did) (?:you|u) mean\b|\b(?:that|those|these|this) (?:part|thing|one|ones|bit|program|course|role|step|kind)\b|\bsay more\b|\bmore about (?:that|it|this|those)\b|\bfor example\b|\b(?:like|such as) what\b|(?:^|\s)['‘"“][^'’"”\n]{2,40}['’"”](?!\p{L})/iu;
/** Stems of words about work and study: a turn with none is more likely small talk ("do you like cricket?"). */
const WORK = new Set(
  (
    'job work career field role compan firm industr team boss manag office client patient customer degre school colleg major cours ' +
    'certif licen exam train apprentic intern hir salar pay wage shift project skill experienc resum cv interview profession busines ' +
    'stud student class program clinic hospital lab employ position promot contract freelanc portfolio mentor network week day ' +
    'colleagu staff startup agenc practic trade union coworker supervisor senior junior entry graduat masters phd bootcamp'
  ).split(' '),
);
const isWorkWord = (w: string) => WORK.has(w) || [...WORK].some((p) => p.length >= 4 && w.startsWith(p));

/** A bare pronoun pointing back ("is it hard?", "how did that happen", "why those?"). */
const PRONOUN = /\b(?:that|those|it|they|them|there|then)\b/i;

/**
 * Whole-turn features: each kind the rules found, how many content words the turn shares with the
 * last reply, and the turn's shape (length, how it opens and ends, who it is about, whether it
 * points back at the last reply): what tells a follow-up from a fresh question, a short remark
 * from a question and a remark about the weather from an answer. Text only apart from the
 * overlap, so they read the same whatever reply came before.
 */
export function turnFeatures(text: string, previousReply: string | undefined, ruleKinds: readonly string[]): string[] {
  const out = ruleKinds.map((k) => `rule:turn:${k}`);
  if (previousReply !== undefined) out.push(`overlap:${Math.min(3, sharedContentWords(previousReply, text).length)}`);
  const words = tokenize(text).map((t) => t.norm);
  const n = words.length;
  out.push(`shape:len:${n <= 1 ? 1 : n <= 3 ? 3 : n <= 6 ? 6 : n <= 12 ? 12 : n <= 25 ? 25 : 'long'}`);
  const trimmed = text.trim();
  if (trimmed.endsWith('?')) out.push('shape:ends-?');
  else if (trimmed.includes('?')) out.push('shape:has-?');
  const first = words[0];
  if (first !== undefined) {
    if (WH.has(first)) out.push('shape:opens-wh');
    else if (AUX.has(first)) out.push('shape:opens-aux');
    else if (OPENERS.has(first)) {
      out.push('shape:opens-back');
      // "so how…", "wait what…", "and did…": a question right after a word that links it to the reply.
      const second = words[1];
      if (second !== undefined && (WH.has(second) || AUX.has(second))) out.push('shape:opens-back-ask');
    }
  }
  if (words.some((w) => SECOND.has(w))) out.push('shape:you');
  if (words.some((w) => FIRST.has(w))) out.push('shape:i');
  const work = words.filter(isWorkWord).length;
  out.push(`shape:work:${Math.min(2, work)}`);
  if (BACK.test(text)) out.push('shape:points-back');
  else if (n <= 8 && PRONOUN.test(text)) out.push('shape:short-pronoun');
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

/**
 * How sure the model must be that a short turn the rules call off the subject is a plain remark
 * ("Makes sense." 0.96, "Ok." 0.74; "Blue." 0.54 stays off the subject): the bound of the kinds the
 * engine acts on.
 */
const STATEMENT_OVER_SHORT = 0.7;

/**
 * How sure the model must be of a question the patterns did not find: its cross-validated
 * `unmarked` threshold (0.7 without one), never below a coin flip.
 */
const QUESTION_UNMARKED = 0.7;
export const QUESTION_UNMARKED_MIN = 0.5;
/** The least `add` for a question off the subject. */
const OFF_TOPIC_QUESTION_MIN_ADD = 0.5;
/**
 * The least `add` for a remark off the subject the rules did not find: the model's cross-validated
 * `offRemark` (`ACTING_MIN_ADD` without one), never below a coin flip.
 */
export const OFF_TOPIC_REMARK_MIN_ADD = 0.5;

/** Kinds that are two readings of one ask for more than the conversation. */
const ASK_SIBLINGS: Readonly<Record<string, string>> = { 'job-ask': 'extra-labour', 'extra-labour': 'job-ask' };

/** Whether the rules found, or the model is sure of, a kind other than a question or a fallback. */
function understoodElse(rules: ReadonlySet<string>, p: ReadonlyMap<string, number>, thresholds: Thresholds, words: number): boolean {
  return TURN_KINDS.some(
    (k) =>
      !RULES_DECIDE.has(k) &&
      (rules.has(k) || ((p.get(k) ?? 0) >= addBound(k, rules, p, thresholds) && (k !== 'self-intro' || words >= MIN_INTRO_WORDS) && k !== 'follow-up')),
  );
}

/**
 * The specific asks a question can make ("how long u been doing this" asks their profile, "what do
 * new grads usually get" the entry range, "Can you be the recruiter now?" to swap roles).
 */
export const ASKED_KINDS: ReadonlySet<string> = new Set(['job-ask', 'personal-salary', 'entry-salary', 'profile-question', 'extra-labour', 'referral-ask', 'ai-probe', 'role-swap']);
/**
 * The least `asked` threshold, whatever cross-validation prefers: above a coin flip with a margin.
 * At 0.5, "What are your shifts like these days?" (pay 0.53, a question 0.53) was read as asking
 * their pay and "How do you work with city staff?" (0.55) their profile (evals/practice scope cases).
 */
export const ASKED_MIN_ADD = 0.6;

/**
 * How sure the model must be to add a kind the rules missed: the kind's own `add`, at least
 * `ACTING_MIN_ADD` for a kind the engine acts on — except a specific ask made as a question (the
 * rules found the question) that the model rates above a plain question: there the
 * cross-validated `asked` threshold. A remark stays at the acting bound ("I think clean energy
 * interests me most" is no goodbye); a question the model reads as informational stays a question.
 */
function addBound(kind: string, rules: ReadonlySet<string>, p: ReadonlyMap<string, number>, thresholds: Thresholds): number {
  const own = Math.max(addFor(thresholds, kind), ACTING_KINDS.has(kind) ? ACTING_MIN_ADD : 0);
  if (thresholds.asked === undefined || !ASKED_KINDS.has(kind) || !rules.has('question')) return own;
  const probability = p.get(kind) ?? 0;
  return probability > (p.get('question') ?? 0) ? Math.min(own, Math.max(ASKED_MIN_ADD, thresholds.asked)) : own;
}

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
    // The rules' "off the subject" goes where they (or the model) found what else the turn does and
    // the model is sure it is not off the subject: "Hi, I'm Trey, I played D2 baseball…" introduces
    // someone, whatever the sports words say.
    const decided = RULES_DECIDE.has(kind) && !(kind === 'off-topic' && probability < thresholds.doubt && understoodElse(rules, p, thresholds, words));
    const keep = rules.has(kind) && (decided || probability >= thresholds.doubt || (sibling !== undefined && (p.get(sibling) ?? 0) >= addFor(thresholds, sibling)));
    // A follow-up builds on a reply: none before the first. An introduction says something about
    // the user: a greeting and a name ("Hi Priya!") address them, too short to introduce anyone.
    const add =
      !RULES_DECIDE.has(kind) &&
      probability >= addBound(kind, rules, p, thresholds) &&
      (kind !== 'follow-up' || afterAReply) &&
      (kind !== 'self-intro' || words >= MIN_INTRO_WORDS);
    if (keep || add) fused.push(kind);
  }
  const statement = p.get('statement') ?? 0;
  const offTopic = p.get('off-topic') ?? 0;
  // A question the patterns miss (no mark, no opening they know: "do u need a masters for this",
  // "is AI gonna change design jobs in like 5 years"): where they understood nothing else, the
  // model may read it as a question when sure, and surer than of a remark.
  const question = p.get('question') ?? 0;
  if (!rules.has('question') && fused.every((k) => FALLBACKS.has(k)) && question >= Math.max(QUESTION_UNMARKED_MIN, thresholds.unmarked ?? QUESTION_UNMARKED) && question > statement && question > offTopic) fused.push('question');
  // Off the subject: the rules' patterns for it are few, so where nothing but a question or a
  // fallback was found, the model may say it when sure: a remark at its cross-validated bound (the
  // engine steers back to the field; at least a coin flip), a question at the kind's own threshold (the
  // engine answers a question first whatever its subject).
  const asked = fused.includes('question' as K | TurnKind);
  const saysOffTopic =
    !rules.has('off-topic') &&
    fused.every((k) => k === 'question' || FALLBACKS.has(k)) &&
    offTopic >= Math.max(addFor(thresholds, 'off-topic'), asked ? OFF_TOPIC_QUESTION_MIN_ADD : Math.max(OFF_TOPIC_REMARK_MIN_ADD, thresholds.offRemark ?? ACTING_MIN_ADD)) &&
    offTopic > statement;
  // The other way round: the rules call any short turn they do not understand off the subject
  // ("Got it.", "Makes sense.", "ok cool"); where the model is sure it is a plain remark, and surer
  // than of off the subject, it is a statement (the engine reacts to it and goes on, instead of
  // steering back to the field).
  const saysStatement = !saysOffTopic && rules.has('off-topic') && fused.every((k) => FALLBACKS.has(k)) && statement >= STATEMENT_OVER_SHORT && statement > offTopic;
  // A fallback says nothing else was understood: it goes when the model understood something.
  const understood = fused.some((k) => !FALLBACKS.has(k));
  const kept = understood ? fused.filter((k) => !FALLBACKS.has(k) || fused.every((x) => rules.has(x))) : fused;
  const out = saysOffTopic ? [...kept.filter((k) => !FALLBACKS.has(k)), 'off-topic' as const] : saysStatement ? ['statement' as const] : kept;
  // Their own pay wins over the entry range, as in the rules.
  const final = out.includes('personal-salary') ? out.filter((k) => k !== 'entry-salary') : out;
  return greets(final.length > 0 ? final : [...ruleKinds], text);
}

/**
 * "hi", "heyy", "hiii", "yo", "good morning", "Morning!", "g'day", "hola"… as the turn's first
 * word(s): the turn greets (the corpus's convention, as the blind writers label: 391 of the 426 such
 * turns in the corpus and batches 1–10; scripts/train/labels.ts).
 */
const GREETS = /^\s*(?:h+i+|he+y+|hello+|hiya|yo|howdy|g'?day|good (?:morning|afternoon|evening|day)|(?:morning|afternoon|evening)(?=\s*[!,.]|\s*$)|greetings|hola|bonjour|kia ora|namaste|hallo|ciao)\b/i;

export function opensWithGreeting(text: string): boolean {
  return GREETS.test(text);
}

/**
 * A check of the line or the moment after a greeting ("Hello! Can you hear me okay?", "hi, is now
 * still a good time?"): part of the greeting, as the writers label it, not a question to answer.
 */
const CONNECTION_CHECK = /\b(?:can|could|do)\s+(?:you|u)\s+(?:hear|see)\s+(?:me|us)\b|\bis\s+(?:now|this|it)\s+(?:still\s+)?(?:a\s+)?(?:good|ok|okay|fine)\s+time\b|\bam\s+i\s+(?:coming\s+through|audible)\b/i;

/**
 * The labels' conventions on a fused decision: a turn that opens with a greeting word greets (no
 * plain `statement` beside it), and after a greeting a check of the line alone is no question.
 */
function greets<K extends string>(kinds: Array<K | TurnKind>, text: string | undefined): Array<K | TurnKind> {
  if (text === undefined || !opensWithGreeting(text)) return kinds;
  let out = kinds.includes('greeting' as K | TurnKind) ? kinds : (['greeting', ...kinds.filter((k) => k !== 'statement')] as Array<K | TurnKind>);
  if (out.includes('question' as K | TurnKind) && out.every((k) => k === 'greeting' || k === 'question') && CONNECTION_CHECK.test(text)) {
    // Every question in it is the check: "Hello! Can you hear me? What do you do all day?" keeps its question.
    const marked = text.split(/(?<=\?)/).filter((part) => part.includes('?'));
    if ((marked.length > 0 ? marked : [text]).every((q) => CONNECTION_CHECK.test(q))) out = out.filter((k) => k !== 'question');
  }
  return out.length > 0 ? out : kinds;
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
