import { z } from 'zod';
import { FEATURE_GROUPS, type FeatureHit, HASH_BITS, textFeatures, type Token } from './features.ts';

/**
 * A trained language model as shipped: one-vs-rest logistic regression over hashed features
 * (`features.ts`), weights quantised to int8 per label, with Platt calibration fitted on
 * cross-validation folds. The JSON artifact is written by `npm run train` and read here; nothing
 * is downloaded at run time.
 */

export const MODEL_FORMAT = 'infochat-language-model';

export const LanguageModelArtifact = z.object({
  format: z.literal(MODEL_FORMAT),
  version: z.literal(1),
  kind: z.string().min(1),
  /** sha256 of the corpus files (and extra labelled sources) it was trained on. */
  corpusHash: z.string().regex(/^[0-9a-f]{64}$/),
  labels: z.array(z.string().min(1)).min(1),
  hashBits: z.literal(HASH_BITS),
  /** Feature groups beyond words and characters (features.ts); absent: none. */
  features: z.array(z.enum(FEATURE_GROUPS)).optional(),
  rows: z.number().int().nonnegative(),
  /** Base64 of the kept buckets, ascending, as unsigned LEB128 deltas. */
  buckets: z.string(),
  /** Base64 of int8 weights, `rows × labels`, row-major. */
  weights: z.string(),
  scales: z.array(z.number().finite()),
  bias: z.array(z.number().finite()),
  /** Per label `[a, b]`: p = 1 / (1 + exp(-(a·score + b))). */
  calibration: z.array(z.tuple([z.number().finite(), z.number().finite()])),
  /** Probabilities the fusion reads: `add` (the model alone raises a finding), `doubt` (below it, a rule's hit is weak). */
  thresholds: z.object({
    add: z.number().min(0).max(1),
    doubt: z.number().min(0).max(1),
    /** Per label, an `add` threshold of its own (chosen by cross-validation); absent labels use `add`. */
    labelAdd: z.record(z.string(), z.number().min(0).max(1)).optional(),
    /** Turns: the `add` of a specific ask made as a question (shared/language/turns.ts `ASKED_KINDS`), chosen by cross-validation. */
    asked: z.number().min(0).max(1).optional(),
    /** Turns: how sure the model must be of a remark off the subject the rules did not find, chosen by cross-validation. */
    offRemark: z.number().min(0).max(1).optional(),
    /** Turns: how sure the model must be of a question the patterns did not find, chosen by cross-validation. */
    unmarked: z.number().min(0).max(1).optional(),
  }),
  trainedOn: z.record(z.string(), z.union([z.number(), z.string()])),
});
export type LanguageModelArtifact = z.infer<typeof LanguageModelArtifact>;

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function encodeDeltas(sorted: readonly number[]): Uint8Array {
  const out: number[] = [];
  let previous = 0;
  for (const value of sorted) {
    let delta = value - previous;
    previous = value;
    do {
      let byte = delta & 0x7f;
      delta >>>= 7;
      if (delta !== 0) byte |= 0x80;
      out.push(byte);
    } while (delta !== 0);
  }
  return Uint8Array.from(out);
}

function decodeDeltas(bytes: Uint8Array, count: number): number[] {
  const out: number[] = [];
  let previous = 0;
  let i = 0;
  while (out.length < count) {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (i >= bytes.length) throw new Error('buckets end early');
      const byte = bytes[i++]!;
      value |= (byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) break;
      shift += 7;
    }
    previous += value;
    out.push(previous);
  }
  if (i !== bytes.length) throw new Error('buckets have trailing bytes');
  return out;
}

/** What the model says about one label of one text. */
export interface LabelScore {
  label: string;
  /** Calibrated probability. */
  probability: number;
  /** Raw linear score. */
  score: number;
}

export interface Prediction {
  tokens: Token[];
  hits: FeatureHit[];
  scores: LabelScore[];
}

/** The fusion's thresholds: `add` and `doubt`, and optionally an `add` of its own per label. */
export interface Thresholds {
  add: number;
  doubt: number;
  labelAdd?: Readonly<Record<string, number>> | undefined;
  /** Turns: the `add` of a specific ask made as a question (shared/language/turns.ts `ASKED_KINDS`). */
  asked?: number | undefined;
  /** Turns: how sure the model must be of a remark off the subject the rules did not find. */
  offRemark?: number | undefined;
  /** Turns: how sure the model must be of a question the patterns did not find. */
  unmarked?: number | undefined;
}

/** The `add` threshold of one label: its own if it has one, the model's otherwise. */
export function addFor(thresholds: Thresholds, label: string): number {
  return thresholds.labelAdd?.[label] ?? thresholds.add;
}

/** Thrown for an artifact that does not parse or does not decode. */
export class ModelArtifactError extends Error {
  override name = 'ModelArtifactError';
}

export class LanguageModel {
  readonly kind: string;
  readonly labels: readonly string[];
  readonly thresholds: Thresholds;
  readonly corpusHash: string;
  private readonly rowOf: Map<number, number>;
  private readonly weights: Float32Array;
  readonly artifact: LanguageModelArtifact;

  private constructor(artifact: LanguageModelArtifact) {
    this.artifact = artifact;
    const L = artifact.labels.length;
    if (artifact.scales.length !== L || artifact.bias.length !== L || artifact.calibration.length !== L) {
      throw new ModelArtifactError('scales, bias and calibration must have one entry per label');
    }
    let bytes: Uint8Array;
    let buckets: number[];
    try {
      bytes = fromBase64(artifact.weights);
      buckets = decodeDeltas(fromBase64(artifact.buckets), artifact.rows);
    } catch (error) {
      throw new ModelArtifactError(`weights or buckets do not decode (${error instanceof Error ? error.message : String(error)})`);
    }
    if (bytes.length !== artifact.rows * L) throw new ModelArtifactError(`expected ${artifact.rows * L} weights, found ${bytes.length}`);
    const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    this.weights = new Float32Array(signed.length);
    for (let r = 0; r < artifact.rows; r++) for (let l = 0; l < L; l++) this.weights[r * L + l] = signed[r * L + l]! * artifact.scales[l]!;
    this.rowOf = new Map(buckets.map((b, i) => [b, i]));
    this.kind = artifact.kind;
    this.labels = artifact.labels;
    this.thresholds = artifact.thresholds;
    this.corpusHash = artifact.corpusHash;
  }

  /** Parses and decodes an artifact (the JSON value); throws `ModelArtifactError` naming what is wrong. */
  static fromArtifact(value: unknown): LanguageModel {
    const parsed = LanguageModelArtifact.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ModelArtifactError(`not a language model artifact (${issue ? `${issue.path.join('.') || 'root'}: ${issue.message}` : 'invalid'})`);
    }
    return new LanguageModel(parsed.data);
  }

  /** Index of a label, or -1. */
  labelIndex(label: string): number {
    return this.labels.indexOf(label);
  }

  /** Raw scores of every label for hashed features. */
  rawScores(hits: readonly FeatureHit[]): Float64Array {
    const L = this.labels.length;
    const out = Float64Array.from(this.artifact.bias);
    for (const h of hits) {
      const row = this.rowOf.get(h.bucket);
      if (row === undefined) continue;
      const base = row * L;
      for (let l = 0; l < L; l++) out[l]! += this.weights[base + l]! * h.value;
    }
    return out;
  }

  calibrate(label: number, score: number): number {
    const [a, b] = this.artifact.calibration[label]!;
    return 1 / (1 + Math.exp(-(a * score + b)));
  }

  predict(text: string, extra: readonly string[] = []): Prediction {
    const { tokens, hits } = textFeatures(text, extra, this.artifact.features);
    const raw = this.rawScores(hits);
    const scores = this.labels.map((label, l) => ({ label, score: raw[l]!, probability: this.calibrate(l, raw[l]!) }));
    return { tokens, hits, scores };
  }

  /**
   * The words that drove a label's score up: each token's share of the positive contributions of
   * the features covering it, and the run of tokens around the strongest one that carries most of
   * it. Returns token indices `[from, to]`, or null when no word pushed the score up.
   */
  evidenceFor(prediction: Pick<Prediction, 'tokens' | 'hits'>, label: number): [number, number] | null {
    const L = this.labels.length;
    const weightOfToken = new Float64Array(prediction.tokens.length);
    for (const h of prediction.hits) {
      if (h.from < 0) continue;
      const row = this.rowOf.get(h.bucket);
      if (row === undefined) continue;
      const c = this.weights[row * L + label]! * h.value;
      const span = h.to - h.from + 1;
      for (let t = h.from; t <= h.to; t++) weightOfToken[t]! += c / span;
    }
    let best = -1;
    for (let t = 0; t < weightOfToken.length; t++) if (weightOfToken[t]! > 0 && (best < 0 || weightOfToken[t]! > weightOfToken[best]!)) best = t;
    if (best < 0) return null;
    const floor = weightOfToken[best]! * 0.3;
    let from = best;
    let to = best;
    while (from > 0 && weightOfToken[from - 1]! >= floor) from--;
    while (to < weightOfToken.length - 1 && weightOfToken[to + 1]! >= floor) to++;
    return [from, to];
  }
}
