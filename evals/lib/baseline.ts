import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { RuleMeta } from '../meta/meta-eval.ts';
import type { CaseResult, SuiteResult } from './run-evals.ts';

/**
 * The baseline: the results a maintainer blessed (`--bless`), committed as `evals/baseline.json`.
 * One section per coach (the offline coach and each model differ), so blessing a model run never
 * overwrites the offline baseline. Every later run is compared case by case against its coach's
 * section: what got worse, what got better, what is new.
 */
const CaseRecord = z.object({ passRate: z.number(), scores: z.record(z.string(), z.number()) });
const RuleRecord = z.object({ precision: z.number().nullable(), recall: z.number().nullable() });
const Section = z.object({
  blessedAt: z.string(),
  cases: z.record(z.string(), CaseRecord),
  rules: z.record(z.string(), RuleRecord),
});
export const BaselineFile = z.object({ version: z.literal(1), coaches: z.record(z.string(), Section) });
export type BaselineFile = z.infer<typeof BaselineFile>;
export type BaselineSection = z.infer<typeof Section>;
type CaseRecord = z.infer<typeof CaseRecord>;

export interface CaseChange {
  id: string;
  eval: string;
  case: string;
  before: CaseRecord;
  after: CaseRecord;
  /** Scorers whose mean moved, with both values. */
  scorers: Array<{ scorer: string; before: number | null; after: number | null }>;
}

export interface RuleChange {
  ruleId: string;
  before: { precision: number | null; recall: number | null };
  after: { precision: number | null; recall: number | null };
}

export interface BaselineDiff {
  coach: string;
  /** False when the baseline has no section for this coach: nothing to compare. */
  hasBaseline: boolean;
  blessedAt?: string | undefined;
  regressions: CaseChange[];
  improvements: CaseChange[];
  added: string[];
  /** Only reported for a full run (no --filter). */
  removed: string[];
  ruleRegressions: RuleChange[];
  ruleImprovements: RuleChange[];
}

const EPSILON = 1e-9;

/** A case's record: its pass rate and each scorer's mean over its scored runs. */
export function caseRecord(result: CaseResult): CaseRecord {
  const sums = new Map<string, { total: number; n: number }>();
  for (const run of result.runs) {
    for (const s of run.scores) {
      if (s.skipped || s.score === undefined) continue;
      const acc = sums.get(s.scorer) ?? { total: 0, n: 0 };
      acc.total += s.score;
      acc.n += 1;
      sums.set(s.scorer, acc);
    }
  }
  const scores: Record<string, number> = {};
  for (const [scorer, { total, n }] of [...sums].sort(([a], [b]) => a.localeCompare(b))) scores[scorer] = round(total / n);
  return { passRate: round(result.passRate), scores };
}

const round = (n: number) => Math.round(n * 10_000) / 10_000;

export function sectionOf(suite: SuiteResult, meta: readonly RuleMeta[], blessedAt: string): BaselineSection {
  const cases: Record<string, CaseRecord> = {};
  for (const c of suite.evals.flatMap((e) => e.cases)) cases[c.id] = caseRecord(c);
  const rules: BaselineSection['rules'] = {};
  for (const r of meta) if (r.status !== 'no-examples') rules[r.ruleId] = { precision: r.precision, recall: r.recall };
  return { blessedAt, cases, rules };
}

export function readBaseline(file: string): BaselineFile {
  if (!existsSync(file)) return { version: 1, coaches: {} };
  return BaselineFile.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/**
 * Records this run as the coach's baseline. A filtered run only replaces the cases it ran; a full
 * run replaces the whole section (cases that no longer exist drop out).
 */
export function bless(previous: BaselineFile, coach: string, section: BaselineSection, partial: boolean): BaselineFile {
  const old = previous.coaches[coach];
  const next: BaselineSection = partial && old ? { blessedAt: section.blessedAt, cases: { ...old.cases, ...section.cases }, rules: { ...old.rules, ...section.rules } } : section;
  return { version: 1, coaches: { ...previous.coaches, [coach]: next } };
}

export function writeBaseline(file: string, baseline: BaselineFile): void {
  writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
}

/** Compares this run with the coach's baseline, case by case and rule by rule. */
export function diffBaseline(baseline: BaselineFile, coach: string, current: BaselineSection, partial: boolean): BaselineDiff {
  const old = baseline.coaches[coach];
  const empty: BaselineDiff = { coach, hasBaseline: false, regressions: [], improvements: [], added: [], removed: [], ruleRegressions: [], ruleImprovements: [] };
  if (!old) return empty;
  const diff: BaselineDiff = { ...empty, hasBaseline: true, blessedAt: old.blessedAt };
  for (const [id, after] of Object.entries(current.cases)) {
    const before = old.cases[id];
    if (!before) {
      diff.added.push(id);
      continue;
    }
    const names = [...new Set([...Object.keys(before.scores), ...Object.keys(after.scores)])].sort();
    const scorers = names
      .map((scorer) => ({ scorer, before: before.scores[scorer] ?? null, after: after.scores[scorer] ?? null }))
      .filter((s) => s.before === null || s.after === null || Math.abs(s.before - s.after) > EPSILON);
    // Only scorers measured both times decide; one that was skipped (offline judge) just is listed.
    const down = after.passRate < before.passRate - EPSILON || scorers.some((s) => s.before !== null && s.after !== null && s.after < s.before);
    const up = after.passRate > before.passRate + EPSILON || scorers.some((s) => s.before !== null && s.after !== null && s.after > s.before);
    const [evalName = id, ...rest] = id.split('/');
    const change = { id, eval: evalName, case: rest.join('/'), before, after, scorers };
    if (down) diff.regressions.push(change);
    else if (up) diff.improvements.push(change);
  }
  if (!partial) diff.removed = Object.keys(old.cases).filter((id) => !(id in current.cases));
  for (const [ruleId, after] of Object.entries(current.rules)) {
    const before = old.rules[ruleId];
    if (!before) continue;
    const delta = (a: number | null, b: number | null) => (a ?? 0) - (b ?? 0);
    const dp = delta(after.precision, before.precision);
    const dr = delta(after.recall, before.recall);
    if (dp < -EPSILON || dr < -EPSILON) diff.ruleRegressions.push({ ruleId, before, after });
    else if (dp > EPSILON || dr > EPSILON) diff.ruleImprovements.push({ ruleId, before, after });
  }
  return diff;
}
