// One-vs-rest logistic regression over sparse hashed features, trained by seeded SGD with AdaGrad
// steps and L2, then quantised into the shipped artifact; Platt scaling fitted on out-of-fold scores.
import type { FeatureHit } from '../../shared/language/features.ts';
import { encodeDeltas, type LanguageModelArtifact, MODEL_FORMAT, type Thresholds, toBase64 } from '../../shared/language/model.ts';
import { type FeatureGroup, HASH_BITS } from '../../shared/language/features.ts';

/** A deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** An example as the trainer sees it: feature rows and values (duplicates summed), and one 0/1 target per label. */
export interface Example {
  rows: Int32Array;
  values: Float64Array;
  targets: Uint8Array;
}

/** The kept buckets: those seen in at least `minCount` examples (rarer ones cannot generalise). */
export function vocabulary(hitsOf: ReadonlyArray<readonly FeatureHit[]>, minCount = 2): number[] {
  const count = new Map<number, number>();
  for (const hits of hitsOf) for (const b of new Set(hits.map((h) => h.bucket))) count.set(b, (count.get(b) ?? 0) + 1);
  return [...count].filter(([, c]) => c >= minCount).map(([b]) => b).sort((a, b) => a - b);
}

export function toExample(hits: readonly FeatureHit[], rowOf: ReadonlyMap<number, number>, targets: readonly boolean[]): Example {
  const sum = new Map<number, number>();
  for (const h of hits) {
    const row = rowOf.get(h.bucket);
    if (row !== undefined) sum.set(row, (sum.get(row) ?? 0) + h.value);
  }
  const rows = [...sum.keys()].sort((a, b) => a - b);
  return { rows: Int32Array.from(rows), values: Float64Array.from(rows.map((r) => sum.get(r)!)), targets: Uint8Array.from(targets.map((t) => (t ? 1 : 0))) };
}

export interface TrainOptions {
  labels: number;
  rows: number;
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
  /** The smallest |gradient| of a label on an example that still updates its weights (0: every one). */
  skip?: number;
}

export interface Weights {
  w: Float64Array;
  bias: Float64Array;
}

const sigmoid = (s: number) => (s >= 0 ? 1 / (1 + Math.exp(-s)) : Math.exp(s) / (1 + Math.exp(s)));

export function train(examples: readonly Example[], o: TrainOptions): Weights {
  const L = o.labels;
  const w = new Float64Array(o.rows * L);
  const g2 = new Float64Array(o.rows * L).fill(1e-6);
  const bias = new Float64Array(L);
  const bg2 = new Float64Array(L).fill(1e-6);
  // Prior log-odds as the starting bias.
  for (let l = 0; l < L; l++) {
    const pos = examples.reduce((n, e) => n + e.targets[l]!, 0);
    bias[l] = Math.log((pos + 1) / (examples.length - pos + 1));
  }
  const random = rng(o.seed);
  const order = examples.map((_, i) => i);
  // Labels are independent (one-vs-rest): all of an example's label scores are summed in one pass
  // over its rows (weights are row-major, so the labels of a row sit together), in the same order
  // per label as one label at a time would, so the result is the same, only faster.
  const s = new Float64Array(L);
  const g = new Float64Array(L);
  const live = new Int32Array(L);
  const skip = o.skip ?? 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const i of shuffled(order, random)) {
      const e = examples[i]!;
      s.set(bias);
      for (let k = 0; k < e.rows.length; k++) {
        const base = e.rows[k]! * L;
        const v = e.values[k]!;
        for (let l = 0; l < L; l++) s[l]! += w[base + l]! * v;
      }
      // With `skip`, a label the example already scores right by a wide margin (|gradient| below it)
      // is not updated on it: a tiny step, and its L2 shrink, left out (most labels, after a few epochs).
      let active = 0;
      for (let l = 0; l < L; l++) {
        g[l] = sigmoid(s[l]!) - e.targets[l]!;
        if (Math.abs(g[l]!) >= skip) live[active++] = l;
      }
      for (let k = 0; k < e.rows.length; k++) {
        const base = e.rows[k]! * L;
        const v = e.values[k]!;
        for (let a = 0; a < active; a++) {
          const l = live[a]!;
          const idx = base + l;
          const grad = g[l]! * v + o.l2 * w[idx]!;
          g2[idx]! += grad * grad;
          w[idx]! -= (o.rate * grad) / Math.sqrt(g2[idx]!);
        }
      }
      for (let l = 0; l < L; l++) {
        bg2[l]! += g[l]! * g[l]!;
        bias[l]! -= (o.rate * g[l]!) / Math.sqrt(bg2[l]!);
      }
    }
  }
  return { w, bias };
}

/** An example's raw score for each of `L` labels under `weights` (before calibration). */
export function rawScores(weights: Weights, e: Example, L: number): Float64Array<ArrayBuffer> {
  const out = new Float64Array(L);
  for (let l = 0; l < L; l++) {
    let s = weights.bias[l]!;
    for (let k = 0; k < e.rows.length; k++) s += weights.w[e.rows[k]! * L + l]! * e.values[k]!;
    out[l] = s;
  }
  return out;
}

/** Platt scaling: `[a, b]` minimising log loss of σ(a·s + b) on (score, target) pairs, Newton steps, Platt's smoothed targets. */
export function platt(scores: readonly number[], targets: readonly number[]): [number, number] {
  const pos = targets.filter((t) => t === 1).length;
  const neg = targets.length - pos;
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
  const y = targets.map((t) => (t === 1 ? hi : lo));
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < scores.length; i++) {
      const p = sigmoid(a * scores[i]! + b);
      const d = p - y[i]!;
      const h = p * (1 - p);
      ga += d * scores[i]!;
      gb += d;
      haa += h * scores[i]! * scores[i]!;
      hab += h * scores[i]!;
      hbb += h;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) break;
  }
  return [round(a, 6), round(b, 6)];
}

export const round = (x: number, digits: number) => Number(x.toFixed(digits));

/**
 * The artifact: rows whose every label weight quantises to 0 are dropped; the rest are int8 per
 * label (scale = max |w| / 127).
 */
export function toArtifact(args: {
  kind: string;
  labels: readonly string[];
  buckets: readonly number[];
  weights: Weights;
  calibration: Array<[number, number]>;
  thresholds: Thresholds;
  corpusHash: string;
  features?: readonly FeatureGroup[];
  trainedOn: Record<string, number | string>;
}): LanguageModelArtifact {
  const L = args.labels.length;
  const { w, bias } = args.weights;
  const scales: number[] = [];
  for (let l = 0; l < L; l++) {
    let max = 0;
    for (let r = 0; r < args.buckets.length; r++) max = Math.max(max, Math.abs(w[r * L + l]!));
    scales.push(max === 0 ? 1 : round(max / 127, 8));
  }
  const keptBuckets: number[] = [];
  const bytes: number[] = [];
  for (let r = 0; r < args.buckets.length; r++) {
    const q = Array.from({ length: L }, (_, l) => Math.max(-127, Math.min(127, Math.round(w[r * L + l]! / scales[l]!))));
    if (q.every((x) => x === 0)) continue;
    keptBuckets.push(args.buckets[r]!);
    for (const x of q) bytes.push(x & 0xff);
  }
  return {
    format: MODEL_FORMAT,
    version: 1,
    kind: args.kind,
    corpusHash: args.corpusHash,
    labels: [...args.labels],
    hashBits: HASH_BITS,
    ...(args.features?.length ? { features: [...args.features] } : {}),
    rows: keptBuckets.length,
    buckets: toBase64(encodeDeltas(keptBuckets)),
    weights: toBase64(Uint8Array.from(bytes)),
    scales,
    bias: [...bias].map((b) => round(b, 6)),
    calibration: args.calibration,
    thresholds: args.thresholds,
    trainedOn: args.trainedOn,
  };
}
