import type { QuestionContext, QuestionFinding, QuestionResult } from '../contracts/questions.ts';
import { decideQuestion } from '../language/questions.ts';
import type { FusedVerdict } from '../language/fuse.ts';
import { toFinding, type RuleVerdict } from '../rules/lint.ts';
import { bankQuestions } from './bank.ts';
import { categorize } from './category.ts';
import { passesReview, rephrasings, safeQuestion, tidy, toCheckContext } from './rephrase.ts';

/**
 * The offline review of one question: the rules decide the verdict, the offline rephrasing
 * suggests the informational version and up to two alternatives. Pure and deterministic, so the
 * server, the eval and (if it wants) the page agree on every answer.
 */

/** A finding in the API's shape: the question span as `evidence`, the profile span apart; a fused verdict's severity (a "consider" note is low). */
export function toQuestionFinding(verdict: RuleVerdict | FusedVerdict): QuestionFinding {
  const inQuestion = (verdict.result.evidence ?? []).filter((e) => e.in !== 'profile');
  const inProfile = (verdict.result.evidence ?? []).find((e) => e.in === 'profile');
  const base = toFinding({ rule: verdict.rule, result: { ...verdict.result, evidence: inQuestion } });
  const finding = 'severity' in verdict ? { ...base, severity: verdict.severity } : base;
  return inProfile ? { ...finding, profileEvidence: { start: inProfile.start, end: inProfile.end, quote: inProfile.quote, in: 'profile' } } : finding;
}

export function isBlocking(finding: Pick<QuestionFinding, 'passed' | 'severity'>): boolean {
  return !finding.passed && finding.severity !== 'low';
}

/** Every question rule's finding on `question`, rulebook order: the rules and the questions model together (`decideQuestion`). */
export function questionFindings(question: string, context: QuestionContext = {}): QuestionFinding[] {
  return decideQuestion(question, toCheckContext(context)).map(toQuestionFinding);
}

/** What to say about a question, in one or two sentences. */
export function explain(findings: readonly QuestionFinding[]): string {
  const blocking = findings.filter(isBlocking);
  const low = findings.filter((f) => !f.passed && f.severity === 'low');
  if (blocking.length > 0) return [blocking[0]!.message, blocking[0]!.suggestion].filter(Boolean).join(' ');
  if (low.length > 0) return `Fits an informational interview. ${low[0]!.message} ${low[0]!.suggestion ?? ''}`.trim();
  return 'Fits an informational interview.';
}

/** Up to two informational alternatives: more rewrites of the question, then a bank question of its category. */
function alternativesFor(question: string, rephrased: string | null, context: QuestionContext): string[] {
  const ctx = toCheckContext(context);
  const more = rephrased === null ? [] : rephrasings(question, context, 3).filter((r) => r !== rephrased);
  const category = categorize(rephrased ?? question);
  const fromBank = bankQuestions.filter((b) => b.category === category).map((b) => b.text);
  const seen = new Set([tidy(question), ...(rephrased ? [rephrased] : [])]);
  const out: string[] = [];
  for (const candidate of [...more, ...fromBank]) {
    if (out.length >= 2) break;
    if (seen.has(candidate) || !passesReview(candidate, ctx)) continue;
    seen.add(candidate);
    out.push(candidate);
  }
  return out;
}

export function reviewQuestion(question: string, context: QuestionContext = {}): QuestionResult {
  const findings = questionFindings(question, context);
  const blocking = findings.some(isBlocking);
  const ctx = toCheckContext(context);
  const rephrased = blocking ? (rephrasings(question, context, 1)[0] ?? safeQuestion(ctx)) : null;
  return {
    question,
    verdict: blocking ? 'rephrase' : 'informational',
    ruleIds: findings.filter((f) => !f.passed).map((f) => f.ruleId),
    findings,
    explanation: explain(findings),
    rephrased,
    alternatives: alternativesFor(question, rephrased, context),
    category: categorize(rephrased ?? question),
  };
}
