/** Counts of one binary decision against its labels. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export const zeroCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

export function tally(c: Counts, truth: boolean, said: boolean): void {
  if (truth && said) c.tp++;
  else if (said) c.fp++;
  else if (truth) c.fn++;
  else c.tn++;
}

/** A proportion with its 95% Wilson score interval; null when there is nothing to measure. */
export interface Rate {
  value: number;
  low: number;
  high: number;
  k: number;
  n: number;
}

export function wilson(k: number, n: number, z = 1.96): Rate | null {
  if (n === 0) return null;
  const p = k / n;
  const denominator = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator;
  return { value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half), k, n };
}

/** Precision, recall (Wilson intervals) and F1 with an interval from the two intervals' ends (conservative). */
export function prf(c: Counts): { precision: Rate | null; recall: Rate | null; f1: Rate | null; specificity: Rate | null } {
  const precision = wilson(c.tp, c.tp + c.fp);
  const recall = wilson(c.tp, c.tp + c.fn);
  const specificity = wilson(c.tn, c.tn + c.fp);
  const f = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const f1 =
    precision && recall
      ? { value: f(precision.value, recall.value), low: f(precision.low, recall.low), high: f(precision.high, recall.high), k: c.tp, n: 2 * c.tp + c.fp + c.fn }
      : null;
  return { precision, recall, f1, specificity };
}

export const showRate = (r: Rate | null, digits = 1) =>
  r === null ? '—' : `${(100 * r.value).toFixed(digits)}% [${(100 * r.low).toFixed(digits)}–${(100 * r.high).toFixed(digits)}]`;
