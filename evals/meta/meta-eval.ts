import type { Rule } from '../../shared/rules/index.ts';
import type { LabelledExample } from './labelled-example.ts';

/** How many examples of each label a rule needs once it has any. */
export const MIN_EXAMPLES = 10;
/** A checker under this precision or recall fails the run. */
export const MIN_PRECISION_RECALL = 0.9;

/** A misjudged example, for the report. */
export interface MetaMiss {
  text: string;
  expect: 'pass' | 'fail';
  source: string;
  message: string;
}

export interface RuleMeta {
  ruleId: string;
  title: string;
  /**
   * `ok`; `below` (precision or recall under the bar); `too-few` (has examples, but fewer than
   * 10 of a label); `no-examples` (none yet: reported, not failed); `known-below` (below, and
   * recorded in `known-below.ts`: reported, not failed).
   */
  status: 'ok' | 'below' | 'known-below' | 'too-few' | 'no-examples';
  /** Why it is known to be below (from `known-below.ts`). */
  knownBelow?: string | undefined;
  shouldPass: number;
  shouldFail: number;
  /** Guide examples among them. */
  fromGuides: number;
  /** "Fail" is the positive class: the checker flags a violation. Null without examples. */
  precision: number | null;
  recall: number | null;
  misses: MetaMiss[];
}

export interface MetaResult {
  rules: RuleMeta[];
  passed: boolean;
  notes: string[];
}

/**
 * The meta-evaluation of the rulebook: every rule with a checker, run on its labelled examples.
 * Iterates over the rulebook (so question, conduct and follow-up rules join as they are written)
 * and looks the examples up by rule id.
 */
export function runMetaEval(
  rules: readonly Rule[],
  examples: readonly LabelledExample[],
  options: { notes?: readonly string[]; knownBelow?: Readonly<Record<string, string>> } = {},
): MetaResult {
  const notes = [...(options.notes ?? [])];
  const knownBelow = options.knownBelow ?? {};
  const results: RuleMeta[] = [];
  for (const rule of rules) {
    if (!rule.check) continue;
    const mine = examples.filter((e) => e.ruleId === rule.id);
    const ours = (expect: 'pass' | 'fail') => mine.filter((e) => e.expect === expect && e.source === 'infochat').length;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const misses: MetaMiss[] = [];
    for (const example of mine) {
      const result = rule.check(example.text, example.context ?? {});
      const flagged = !result.passed;
      const shouldFlag = example.expect === 'fail';
      if (flagged && shouldFlag) tp += 1;
      else if (flagged) fp += 1;
      else if (shouldFlag) fn += 1;
      if (flagged !== shouldFlag) misses.push({ text: example.text, expect: example.expect, source: example.source, message: result.message });
    }
    const shouldPass = mine.filter((e) => e.expect === 'pass').length;
    const shouldFail = mine.length - shouldPass;
    const precision = mine.length === 0 ? null : tp + fp === 0 ? (shouldFail === 0 ? 1 : 0) : tp / (tp + fp);
    const recall = mine.length === 0 ? null : shouldFail === 0 ? 1 : tp / (tp + fn);
    const status: RuleMeta['status'] =
      mine.length === 0
        ? 'no-examples'
        : ours('pass') < MIN_EXAMPLES || ours('fail') < MIN_EXAMPLES
          ? 'too-few'
          : (precision ?? 0) < MIN_PRECISION_RECALL || (recall ?? 0) < MIN_PRECISION_RECALL
            ? knownBelow[rule.id] !== undefined
              ? 'known-below'
              : 'below'
            : 'ok';
    if (status === 'ok' && knownBelow[rule.id] !== undefined) {
      notes.push(`${rule.id} now reaches ${MIN_PRECISION_RECALL}: delete its entry in evals/meta/known-below.ts`);
    }
    results.push({
      ruleId: rule.id,
      title: rule.title,
      status,
      ...(status === 'known-below' ? { knownBelow: knownBelow[rule.id] } : {}),
      shouldPass,
      shouldFail,
      fromGuides: mine.filter((e) => e.source !== 'infochat').length,
      precision,
      recall,
      misses,
    });
  }
  return { rules: results, passed: results.every((r) => r.status !== 'below' && r.status !== 'too-few'), notes };
}
