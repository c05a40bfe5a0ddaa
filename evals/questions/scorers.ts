import type { QuestionResult } from '../../shared/contracts/questions.ts';
import { passesReview, toCheckContext } from '../../shared/questions/rephrase.ts';
import { isBlocking, questionFindings } from '../../shared/questions/review.ts';
import { keyNouns, shareKept } from '../../shared/rules/question-text.ts';
import type { QuestionCase } from './cases.ts';
import { similar } from '../../server/text/question-rephrase.ts';
import { questionShapes } from '../../server/text/shapes.ts';

/**
 * Scorers of the questions eval: small named pure functions from (case, answer) to a score 0..1
 * with a reason, or `skipped` when the case says nothing about them (a kept question has no
 * rephrasing to judge). They judge every coach, offline or model, by the product's own rulebook.
 */
export type ScorerOutcome = { score: number; reason: string } | { skipped: string };
export interface QuestionScorer {
  name: string;
  description: string;
  score(args: { input: QuestionCase; output: QuestionResult }): ScorerOutcome;
}

const yes = (reason: string): ScorerOutcome => ({ score: 1, reason });
const no = (reason: string): ScorerOutcome => ({ score: 0, reason });

export const caught: QuestionScorer = {
  name: 'caught',
  description: 'job-style questions get the verdict "rephrase"',
  score: ({ input, output }) => {
    if (input.expected !== 'rephrase') return { skipped: 'an informational question' };
    return output.verdict === 'rephrase' ? yes(`caught (${output.ruleIds.join(', ')})`) : no(`kept a ${input.mistake ?? 'job-style'} question`);
  },
};

export const kept: QuestionScorer = {
  name: 'kept',
  description: 'informational questions get the verdict "informational"',
  score: ({ input, output }) => {
    if (input.expected !== 'informational') return { skipped: 'a job-style question' };
    return output.verdict === 'informational' ? yes('kept') : no(`flagged by ${output.ruleIds.join(', ')}`);
  },
};

export const rephrasingPassesReview: QuestionScorer = {
  name: 'rephrasing-passes-review',
  description: 'the rephrasing and every alternative, reviewed again, are informational',
  score: ({ input, output }) => {
    if (output.rephrased === null) return { skipped: 'nothing rephrased' };
    const ctx = toCheckContext(input.context);
    const failing = [output.rephrased, ...output.alternatives].filter((q) => !passesReview(q, ctx));
    return failing.length === 0 ? yes('every suggestion passes review') : no(`still breaks a rule: ${failing.join(' | ')}`);
  },
};

export const keepsTheNouns: QuestionScorer = {
  name: 'keeps-the-nouns',
  description: "share of the question's names and nouns (outside the words that broke a rule) the rephrasing keeps",
  score: ({ input, output }) => {
    if (output.rephrased === null) return { skipped: 'nothing rephrased' };
    const blocking = questionFindings(input.question, input.context).filter(isBlocking);
    // A job ask becomes a question about the work, not about the opening, the CV or the boss (issue 13).
    if (blocking.some((f) => f.ruleId === 'question.not-job-seeking')) return { skipped: 'a job ask: the rephrasing asks about the work instead' };
    const broken = blocking.flatMap((f) => (f.evidence ? [f.evidence] : []));
    const nouns = keyNouns(input.question, broken);
    const share = shareKept(nouns, output.rephrased);
    return { score: share, reason: nouns.length === 0 ? 'no nouns to keep' : `kept ${Math.round(share * nouns.length)} of ${nouns.join(', ')}` };
  },
};

export const verdictAgreesWithRules: QuestionScorer = {
  name: 'verdict-agrees-with-rules',
  description: '"informational" ⇔ no high or medium rule fails on the question ⇔ no rephrasing',
  score: ({ input, output }) => {
    const blocking = questionFindings(input.question, input.context).some(isBlocking);
    const agrees = (output.verdict === 'informational') === !blocking && (output.rephrased === null) === !blocking;
    return agrees ? yes('verdict, rules and rephrasing agree') : no(`verdict ${output.verdict} with ${blocking ? 'a' : 'no'} failed rule`);
  },
};

/** The failure shapes of issue 13 (a clause said twice, "and why" left over, no verb, an unfinished sentence) in any suggestion. */
export const noFailureShape: QuestionScorer = {
  name: 'no-failure-shape',
  description: 'the rephrasing and the alternatives are complete questions with no failure shape',
  score: ({ output }) => {
    const all = [...(output.rephrased ? [output.rephrased] : []), ...output.alternatives];
    if (all.length === 0) return { skipped: 'nothing suggested' };
    const bad = all.map((q) => [q, questionShapes(q)] as const).filter(([, s]) => Object.keys(s).length > 0);
    return bad.length === 0 ? yes('every suggestion reads as a full question') : no(bad.map(([q, s]) => `${q} (${Object.keys(s).join(', ')})`).join(' | '));
  },
};

/** Alternatives differ from the rephrasing and from each other (not the same question reworded by a word). */
export const alternativesDiffer: QuestionScorer = {
  name: 'alternatives-differ',
  description: 'the alternatives differ from the rephrasing and from each other',
  score: ({ output }) => {
    const all = [...(output.rephrased ? [output.rephrased] : []), ...output.alternatives];
    if (all.length < 2) return { skipped: 'one suggestion' };
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) if (similar(all[i]!, all[j]!)) return no(`"${all[i]}" ~ "${all[j]}"`);
    return yes('all different');
  },
};

export const questionScorers: QuestionScorer[] = [caught, kept, rephrasingPassesReview, keepsTheNouns, verdictAgreesWithRules, noFailureShape, alternativesDiffer];
