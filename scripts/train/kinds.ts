// What each kind's model learns: its heads, the 0/1 target of each head for a unit, the rule
// features of a text, and how the fused decision and the rules alone label a text (for the
// cross-validated report).
import type { FusedVerdict, ModelCategory } from '../../shared/language/fuse.ts';
import { fuseVerdicts } from '../../shared/language/fuse.ts';
import { addFor, type LanguageModel, type Prediction, type Thresholds } from '../../shared/language/model.ts';
import { QUESTION_CATEGORIES, QUESTION_MODEL_LABELS } from '../../shared/language/questions.ts';
import type { LanguageKind } from '../../shared/language/registry.ts';
import { runCheckers, type RuleVerdict } from '../../shared/rules/lint-core.ts';
import { questionRules } from '../../shared/rules/question-rules.ts';
import { outreachRules } from '../../shared/rules/outreach-rules.ts';
import { OUTREACH_LABELS, OUTREACH_MODEL_LABELS, OUTREACH_ROLE_RULES, sentenceRuleFeatures } from '../../shared/language/outreach.ts';
import type { Unit } from './corpus.ts';
import { ALONE } from './labels.ts';
import { followUpRules } from '../../shared/rules/follow-up-rules.ts';
import { FOLLOW_UP_LABELS, FOLLOW_UP_ROLE_RULES, followUpSentenceFeatures } from '../../shared/language/follow-up.ts';
import { ruleTurnClass } from '../../server/practice/classify-turn.ts';
import { ACTING_KINDS, ACTING_MIN_ADD, ASKED_MIN_ADD, fuseScores, OFF_TOPIC_REMARK_MIN_ADD, QUESTION_UNMARKED_MIN, fuseTurnKinds, TURN_KINDS, turnFeatures } from '../../shared/language/turns.ts';
import { raisedBy, type SentenceRoles } from '../../shared/language/sentences.ts';
import { type FeatureGroup, tokenize } from '../../shared/language/features.ts';

/** A prediction computed once, and thresholds to try, while the trainer chooses them. */
export interface Tuning {
  prediction: Prediction;
  thresholds: Thresholds;
}

export interface KindSpec {
  kind: LanguageKind;
  heads: readonly string[];
  targets(unit: Unit): boolean[];
  /** Whatever the text's features need from outside the text (rule verdicts), computed once per unit. */
  prepare(unit: Unit): { verdicts: RuleVerdict[]; extra: string[] };
  /** The labels (heads) the decision gives: the rules alone when `model` is undefined. */
  decide(unit: Unit, prepared: { verdicts: RuleVerdict[]; extra: string[] }, model: LanguageModel | undefined, tuning?: Tuning): Set<string>;
  /** The head whose verdict is the kind's headline (job-style for questions). */
  headline: string;
  /** The share of the headline's negatives the thresholds must keep (cross-validated). */
  minKept: number;
  /** The smallest `add` threshold to try (a kind added on a coin flip misleads the engine). */
  minAdd?: number;
  /** Labels that get an `add` threshold of their own, chosen by cross-validation after the shared one. */
  labelAdd?: readonly string[];
  /** The smallest per-label `add` to try. */
  minLabelAdd?: number;
  /** The smallest per-label `add` to try for one label, if it differs from `minLabelAdd`. */
  labelAddFloor?: (label: string) => number;
  /** Candidate `asked` thresholds (turns: a specific ask made as a question), tried after the per-label ones; none kept unless one scores better. */
  asked?: readonly number[];
  /** Candidate `offRemark` thresholds (turns: a remark off the subject the rules missed), tried after `asked`. */
  offRemark?: readonly number[];
  /** Candidate `unmarked` thresholds (turns: a question the patterns missed), tried after `offRemark`. */
  unmarked?: readonly number[];
  /** Feature groups beyond words and characters (shared/language/features.ts). */
  features?: readonly FeatureGroup[];
  /** The trainer's `skip` (scripts/train/logreg.ts): labels scored right by a margin are not updated. */
  skip?: number;
  /** What the thresholds maximise on the cross-validated decisions, if not the headline's caught + kept. */
  objective?: (counts: Record<string, { tp: number; fp: number; fn: number; tn: number }>) => number;
}

function fusedLabels(verdicts: readonly FusedVerdict[], categories: readonly ModelCategory[]): Set<string> {
  const out = new Set<string>();
  for (const v of verdicts) {
    if (v.result.passed || v.severity === 'low') continue;
    const c = categories.find((x) => x.ruleId === v.rule.id);
    if (c) out.add(c.label);
  }
  return out;
}

export const questionsSpec: KindSpec = {
  kind: 'questions',
  heads: QUESTION_MODEL_LABELS,
  // Stems and stem pairs a few words apart (round 8): a job ask spelled with its words apart or
  // inflected ("is your team taking on any new grads", "openings on ur team", "hiring grads this
  // spring") shares "team…tak", "open…team", "hir…grad" with the corpus's asks; words and characters
  // alone needed the exact bigram. Cross-validated job-style caught 93.4% → 95.4% at the same bound.
  features: ['stems'],
  headline: 'job-style',
  // Informational questions kept, cross-validated, at the least. Round 8 raised it from 0.965: with
  // stems, 0.965 chose add 0.7 and kept 96.8% cross-validated, and the frozen batches (a disclosed
  // re-scoring, evals/blind/README.md) lost four to five points of specificity on two of them, below
  // their floors; 0.97 chooses add 0.8 (kept 97.3% cross-validated). 0.975 chose add 0.9 (caught 91.1%).
  minKept: 0.97,
  targets: (unit) => QUESTION_MODEL_LABELS.map((h) => (h === 'job-style' ? !unit.labels.includes('informational') : unit.labels.includes(h))),
  prepare(unit) {
    const verdicts = runCheckers(questionRules, unit.text, {});
    return { verdicts, extra: verdicts.filter((v) => !v.result.passed).map((v) => `rule:${v.rule.id}`) };
  },
  decide(unit, { verdicts }, model, tuning) {
    const labels = fusedLabels(fuseVerdicts(unit.text, verdicts, model, QUESTION_CATEGORIES, { anyLabel: 'job-style', ...tuning }), QUESTION_CATEGORIES);
    if (labels.size > 0) labels.add('job-style');
    return labels;
  },
};

/** Sentence-level labels the outreach rules give one sentence alone (what the CV report compares against). */
const OUTREACH_RULE_LABEL: Record<string, [label: string, when: 'fails' | 'passes']> = {
  'outreach.no-job-ask': ['job-ask', 'fails'],
  'outreach.no-extra-labour': ['extra-labour', 'fails'],
  'outreach.no-attachments': ['attachment', 'fails'],
  'outreach.no-credentials-dump': ['credentials', 'fails'],
  'outreach.connection': ['connection', 'passes'],
  'outreach.specific-purpose': ['purpose', 'passes'],
  'outreach.introduces-self': ['who-you-are', 'passes'],
  'outreach.time-ask': ['time-ask', 'passes'],
  'outreach.proposes-times': ['proposed-times', 'passes'],
  'outreach.easy-format': ['format', 'passes'],
};

export const outreachSpec: KindSpec = {
  kind: 'outreach',
  heads: OUTREACH_MODEL_LABELS,
  // Stems and stem pairs carry a phrase across the words slipped inside it ("pass my CV along").
  features: ['stems'],
  skip: 0.01,
  headline: 'asks-for-more',
  // Per good sentence, at most 1% false alarms (cross-validated; the bound is 2%, the margin
  // is for the gap between training data and fresh text). Round 1 held 0.4% and caught 68%
  // (cross-validated), 72% blind: far too strict. Round 2 held 1.5% and measured 2.6% on its blind
  // batch 4 (README): a gap of about a point, so round 3 holds 1%, with more varied data to pay for it.
  minKept: 0.99,
  // The umbrella first: the model's own head for "a job ask or extra labour" reads better than either role alone.
  labelAdd: ['asks-for-more', 'job-ask', 'extra-labour'],
  // The model alone raises a finding only when it rates the role more likely than not: below 0.5 a
  // short, plain line ("Could we have a call?") sits on a coin flip between roles. The shared `add`
  // too: a role with no `add` of its own uses it (round 4's larger corpus chose 0.4 without this
  // bound, and "Could we have a call?" became extra labour in a draft).
  minLabelAdd: 0.5,
  minAdd: 0.5,
  targets: (unit) => OUTREACH_MODEL_LABELS.map((h) => (h === 'asks-for-more' ? unit.labels.includes('job-ask') || unit.labels.includes('extra-labour') : unit.labels.includes(h))),
  prepare(unit) {
    const verdicts = runCheckers(outreachRules, unit.text, {});
    return { verdicts, extra: sentenceRuleFeatures(unit.text) };
  },
  decide(_unit, { verdicts, extra }, model, tuning) {
    const rules = new Set<string>();
    for (const v of verdicts) {
      const m = OUTREACH_RULE_LABEL[v.rule.id];
      if (m && (m[1] === 'fails' ? !v.result.passed : v.result.passed)) rules.add(m[0]);
    }
    if (rules.has('job-ask') || rules.has('extra-labour')) rules.add('asks-for-more');
    if (!model) return rules;
    const prediction = tuning?.prediction ?? model.predict(_unit.text, extra);
    const thresholds = tuning?.thresholds ?? model.thresholds;
    const fused = new Set<string>();
    // The product's decision (shared/language/sentences.ts), on this one sentence.
    const one: SentenceRoles = { start: 0, end: _unit.text.length, text: _unit.text, prediction, probability: (l) => prediction.scores[model.labelIndex(l)]?.probability ?? 0 };
    OUTREACH_LABELS.forEach((label) => {
      const p = one.probability(label);
      const role = OUTREACH_ROLE_RULES.find((r) => r.label === label);
      if (!role) {
        if (p >= 0.5) fused.add(label);
      } else if (role.kind === 'avoids' ? (rules.has(label) && Math.max(p, role.umbrella === undefined ? 0 : one.probability(role.umbrella)) >= thresholds.doubt) || raisedBy([one], role, OUTREACH_ROLE_RULES, thresholds, new Set(OUTREACH_ROLE_RULES.some((r) => r !== role && r.umbrella !== undefined && r.umbrella === role.umbrella && rules.has(r.label)) ? [one] : [])) : (rules.has(label) && p >= thresholds.doubt) || p >= addFor(thresholds, label)) fused.add(label);
    });
    if (fused.has('job-ask') || fused.has('extra-labour')) fused.add('asks-for-more');
    return fused;
  },
};

/**
 * What a professional might have just said, for the turns that have no `previous` in the corpus:
 * in a conversation every turn but the first follows a reply, so the model must not learn that a
 * reply is there only for follow-ups. Written here; chosen by a hash of the turn (deterministic).
 */
const REPLIES = [
  'Most of my week goes to client meetings and writing up what we agreed.',
  'I started out in a small firm, then moved to the city office after three years.',
  'Honestly the hardest part is the paperwork that comes with every case.',
  'We are seeing a lot more automation in scheduling and billing these days.',
  'I would say communication matters more than any technical skill.',
  'The team is small, about eight of us, and we sit together most days.',
  'I got into this through a summer placement during my degree.',
  'Our busiest season is spring, when the grants come due.',
  'I read the trade newsletter every week and go to the regional meetup.',
  'What surprised me most was how much of the job is teaching other people.',
  'Entry-level roles usually ask for a certificate and some volunteer hours.',
  'I enjoy the problem solving, and seeing a project through to the end.',
];

function previousOf(unit: Unit): string {
  if (unit.previous) return unit.previous;
  let h = 0;
  for (let i = 0; i < unit.text.length; i++) h = (Math.imul(h, 31) + unit.text.charCodeAt(i)) | 0;
  return REPLIES[Math.abs(h) % REPLIES.length]!;
}

/**
 * The engine's kinds in the corpus's terms, for measuring: the engine marks any question
 * `question` beside its kind ("Are you hiring?" is a question and a job ask), the corpus labels
 * it by its kind alone (scripts/train/labels.ts: the specific asks, a question off the subject, a
 * follow-up, a turn in another language). Translation only; the engine keeps both.
 */
function asLabelled(kinds: readonly string[]): Set<string> {
  const out = new Set(kinds);
  if (ALONE.some((k) => out.has(k))) out.delete('question');
  // A follow-up remark is a follow-up, not a statement; so is a remark in another language.
  if (out.has('follow-up') || out.has('other-language')) out.delete('statement');
  return out;
}

/**
 * Self-introductions caught, cross-validated, at the least (issue 12's target is 95% on fresh
 * batches): F2 alone chose 94.9% once batches 11–13 joined the corpus (round 6b), for precision.
 */
const INTRO_MIN_CAUGHT = 0.95;

/** The smallest `add` the trainer may choose for a follow-up the rules missed. */
const FOLLOW_UP_MIN_ADD = 0.6;

export const turnsSpec: KindSpec = {
  kind: 'turns',
  heads: TURN_KINDS,
  features: ['stems'],
  skip: 0.01,
  headline: 'self-intro',
  minKept: 0.98,
  minAdd: 0.7,
  labelAdd: TURN_KINDS.filter((k) => k !== 'question' && k !== 'statement'),
  minLabelAdd: 0.3,
  // A follow-up sends the engine on from its last answer instead of answering the question afresh
  // ("Does the effort pay off in the end?" after a salary answer was read as one at 0.51): not on a coin flip.
  labelAddFloor: (kind) => (ACTING_KINDS.has(kind) ? ACTING_MIN_ADD : kind === 'follow-up' ? FOLLOW_UP_MIN_ADD : 0.3),
  // A specific ask made as a question, rated above a plain question: from its least bound up to the acting bound.
  asked: [ASKED_MIN_ADD, 0.65],
  offRemark: [OFF_TOPIC_REMARK_MIN_ADD, 0.55, 0.6, 0.65],
  unmarked: [QUESTION_UNMARKED_MIN, 0.55, 0.6, 0.65],
  targets: (unit) => TURN_KINDS.map((k) => unit.labels.includes(k)),
  prepare(unit) {
    const previous = previousOf(unit);
    const kinds = ruleTurnClass(unit.text, previous).intents;
    // The rule kinds ride along as pseudo-verdicts for decide().
    return { verdicts: [], extra: turnFeatures(unit.text, previous, kinds), ruleKinds: kinds, previous, words: tokenize(unit.text).length };
  },
  decide(unit, prepared, model, tuning) {
    const { ruleKinds, previous, words } = prepared as unknown as { ruleKinds: string[]; previous: string; words: number };
    if (!model) return asLabelled(ruleKinds);
    if (!tuning) return asLabelled(fuseTurnKinds(ruleKinds, unit.text, previous, model));
    const scores = TURN_KINDS.map((kind) => ({ kind, probability: tuning.prediction.scores[model.labelIndex(kind)]!.probability }));
    return asLabelled(fuseScores(ruleKinds, scores, tuning.thresholds, true, unit.text, words));
  },
  // Macro-F1, except self-introductions weigh recall twice (F2): a missed introduction is what the
  // user notices ("you never said who you are"), an extra one costs a word of acknowledgement; but
  // other turns read as introductions stay under 2% (minKept), and at least 95% of introductions are caught.
  objective: (counts) => {
    const f = Object.entries(counts).map(([kind, c]) => {
      const b2 = kind === 'self-intro' ? 4 : 1;
      return c.tp === 0 ? 0 : ((1 + b2) * c.tp) / ((1 + b2) * c.tp + b2 * c.fn + c.fp);
    });
    const intro = counts['self-intro']!;
    const kept = intro.tn / Math.max(1, intro.tn + intro.fp);
    const caught = intro.tp / Math.max(1, intro.tp + intro.fn);
    return f.reduce((a, b) => a + b, 0) / f.length - (kept < turnsSpec.minKept ? 1 : 0) - (caught < INTRO_MIN_CAUGHT ? 1 : 0);
  },
};

/** Follow-up sentences: the rules' reading of one sentence alone (for the CV report). */
const FOLLOW_UP_RULE_LABEL: Record<string, [label: string, when: 'fails' | 'passes']> = {
  'follow-up.thanks': ['thanks', 'passes'],
  'follow-up.names-topics': ['names-topic', 'passes'],
  'follow-up.acts-on-advice': ['acts-on-advice', 'passes'],
  'follow-up.asks-nothing-new': ['new-ask', 'fails'],
  'follow-up.no-empty-check-in': ['empty-check-in', 'fails'],
};
const FOLLOW_UP_HEADS = ['asks-or-empty', ...FOLLOW_UP_LABELS] as const;

export const followUpSpec: KindSpec = {
  kind: 'follow-up',
  heads: FOLLOW_UP_HEADS,
  headline: 'asks-or-empty',
  minKept: 0.99,
  targets: (unit) => FOLLOW_UP_HEADS.map((h) => (h === 'asks-or-empty' ? unit.labels.includes('new-ask') || unit.labels.includes('empty-check-in') : unit.labels.includes(h))),
  prepare(unit) {
    const verdicts = runCheckers(followUpRules, unit.text, {});
    return { verdicts, extra: followUpSentenceFeatures(unit.text) };
  },
  decide(unit, { verdicts, extra }, model, tuning) {
    const rules = new Set<string>();
    for (const v of verdicts) {
      const m = FOLLOW_UP_RULE_LABEL[v.rule.id];
      if (m && (m[1] === 'fails' ? !v.result.passed : v.result.passed)) rules.add(m[0]);
    }
    if (rules.has('new-ask') || rules.has('empty-check-in')) rules.add('asks-or-empty');
    if (!model) return rules;
    const prediction = tuning?.prediction ?? model.predict(unit.text, extra);
    const { add, doubt } = tuning?.thresholds ?? model.thresholds;
    const fused = new Set<string>();
    FOLLOW_UP_LABELS.forEach((label) => {
      const p = prediction.scores[model.labelIndex(label)]!.probability;
      const ruled = FOLLOW_UP_ROLE_RULES.some((r) => r.label === label);
      if (ruled ? (rules.has(label) && p >= doubt) || p >= add : p >= 0.5) fused.add(label);
    });
    if (fused.has('new-ask') || fused.has('empty-check-in')) fused.add('asks-or-empty');
    return fused;
  },
};

export const SPECS: Partial<Record<LanguageKind, KindSpec>> = { questions: questionsSpec, outreach: outreachSpec, turns: turnsSpec, 'follow-up': followUpSpec };
