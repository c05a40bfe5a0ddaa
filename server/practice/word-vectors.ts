import { uncharged } from '../middleware/cpu-budget.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { STOP_WORDS } from '../../shared/practice/bm25.ts';

/**
 * Word vectors for matching paraphrases ("distrustful" ~ "trust", "pushback" ~ "resistance"), read
 * once on first use from the artifact in ./word-vectors/ (built by scripts/build-word-vectors.ts; its
 * README names the source and licence). Server-only: the browser bundle never imports this module.
 *
 * A text's vector is the SIF-weighted mean of its content words' unit vectors (Arora et al. 2017:
 * weight a / (a + p(w)), p(w) estimated from the word's frequency rank by Zipf's law), normalised;
 * similarity is the cosine of two such vectors. Words not in the list are skipped (a plural or an
 * -ing form falls back to its stem when that is listed).
 */

const DIR = fileURLToPath(new URL('./word-vectors/', import.meta.url));
export const DIMENSIONS = 100;
/** SIF smoothing: a word as frequent as rank 1 / (a · ln(1.78 N)) weighs a half. */
const SIF_A = 3e-4;
/** The source's vocabulary size, for the Zipf estimate of a word's probability from its rank. */
const SOURCE_VOCABULARY = 341_479;

/** Words that carry no subject: BM25's stop words (function words, question frames, filler) and a little more chat. */
const STOP = new Set([...STOP_WORDS, ...'ok okay yeah hi hey thanks thank actually pretty maybe ever gonna wanna go going'.split(' ')]);

interface Table {
  index: Map<string, number>;
  bytes: Int8Array;
  /** Per word: 1 / |v| (the int8 vector's length), and its SIF weight. */
  inverseNorm: Float32Array;
  weight: Float32Array;
}

let table: Table | undefined;

function load(): Table {
  if (table) return table;
  // Read once for the process and shared by every later request: charged to no client.
  return uncharged(readTable);
}

function readTable(): Table {
  const words = readFileSync(`${DIR}words.txt`, 'utf8').split('\n').filter(Boolean);
  const buffer = readFileSync(`${DIR}vectors.i8`);
  const bytes = new Int8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (bytes.length !== words.length * DIMENSIONS) throw new Error(`word vectors: ${bytes.length} bytes for ${words.length} words`);
  const index = new Map<string, number>();
  const inverseNorm = new Float32Array(words.length);
  const weight = new Float32Array(words.length);
  const zipf = Math.log(1.78 * SOURCE_VOCABULARY);
  words.forEach((w, i) => {
    index.set(w, i);
    let s = 0;
    for (let d = 0; d < DIMENSIONS; d++) s += bytes[i * DIMENSIONS + d]! ** 2;
    inverseNorm[i] = 1 / (Math.sqrt(s) || 1);
    const p = 1 / ((i + 1) * zipf);
    weight[i] = SIF_A / (SIF_A + p);
  });
  table = { index, bytes, inverseNorm, weight };
  return table;
}

/** A word as listed: itself, else a light stem ("farmers" → "farmer", "onboarding" → "onboard"). */
function lookup(t: Table, word: string): number | undefined {
  const direct = t.index.get(word);
  if (direct !== undefined) return direct;
  for (const form of [word.replace(/'s$/, ''), word.replace(/s$/, ''), word.replace(/ing$/, ''), word.replace(/ed$/, ''), word.replace(/ies$/, 'y')]) {
    if (form !== word && form.length >= 3) {
      const i = t.index.get(form);
      if (i !== undefined) return i;
    }
  }
  return undefined;
}

/** The content words of a text, lower-cased, as looked up. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z][a-z'-]*[a-z]|[a-z]/g) ?? []).filter((w) => !STOP.has(w) && w.length >= 2);
}

/** A text's SIF-weighted mean vector, unit length; undefined when none of its content words is known. */
export function textVector(text: string, extraStop?: ReadonlySet<string>): Float32Array | undefined {
  const t = load();
  const out = new Float32Array(DIMENSIONS);
  let any = false;
  for (const word of contentWords(text)) {
    if (extraStop?.has(word)) continue;
    const i = lookup(t, word);
    if (i === undefined) continue;
    const scale = t.weight[i]! * t.inverseNorm[i]!;
    const base = i * DIMENSIONS;
    for (let d = 0; d < DIMENSIONS; d++) out[d]! += t.bytes[base + d]! * scale;
    any = true;
  }
  return any ? toUnit(out) : undefined;
}

/** The vector scaled to unit length, in place (a zero vector stays zero). */
function toUnit(out: Float32Array): Float32Array {
  let s = 0;
  for (let d = 0; d < DIMENSIONS; d++) s += out[d]! ** 2;
  const n = Math.sqrt(s) || 1;
  for (let d = 0; d < DIMENSIONS; d++) out[d]! /= n;
  return out;
}

/** The cosine of two unit vectors (0 when either is missing). */
export function cosine(a: Float32Array | undefined, b: Float32Array | undefined): number {
  if (!a || !b) return 0;
  let s = 0;
  for (let d = 0; d < DIMENSIONS; d++) s += a[d]! * b[d]!;
  return s;
}

/** A word's unit vector (its listed form or a light stem), undefined when unknown. */
export function wordVector(word: string): Float32Array | undefined {
  const key = word.toLowerCase();
  if (WORDS.has(key)) return WORDS.get(key) ?? undefined;
  const t = load();
  const i = lookup(t, key);
  let out: Float32Array | null = null;
  if (i !== undefined) {
    out = new Float32Array(DIMENSIONS);
    for (let d = 0; d < DIMENSIONS; d++) out[d] = t.bytes[i * DIMENSIONS + d]! * t.inverseNorm[i]!;
  }
  // Bounded: the cards' words and the questions' (cleared whole when full).
  if (WORDS.size > 20_000) WORDS.clear();
  WORDS.set(key, out);
  return out ?? undefined;
}
const WORDS = new Map<string, Float32Array | null>();

/** A word's frequency rank in the list (higher: rarer); -1 when unknown. */
export function wordRank(word: string): number {
  const t = load();
  return lookup(t, word.toLowerCase()) ?? -1;
}

/** The similarity of two words' vectors (0 when either is unknown). */
export function wordSimilarity(a: string, b: string): number {
  return cosine(textVector(a), textVector(b));
}

/**
 * SIF's second step: the direction common to a set of texts (their mean, as the first principal
 * component's stand-in), which every text of a kind shares ("what", "you", "work" in every question).
 */
export function commonDirection(vectors: ReadonlyArray<Float32Array | undefined>): Float32Array | undefined {
  const out = new Float32Array(DIMENSIONS);
  let any = false;
  for (const v of vectors) {
    if (!v) continue;
    any = true;
    for (let d = 0; d < DIMENSIONS; d++) out[d]! += v[d]!;
  }
  return any ? toUnit(out) : undefined;
}

/** A vector without its share of the common direction, unit length again. */
export function withoutCommon(v: Float32Array | undefined, common: Float32Array | undefined): Float32Array | undefined {
  if (!v || !common) return v;
  const dot = cosine(v, common);
  const out = new Float32Array(DIMENSIONS);
  let s = 0;
  for (let d = 0; d < DIMENSIONS; d++) {
    out[d] = v[d]! - dot * common[d]!;
    s += out[d]! ** 2;
  }
  const n = Math.sqrt(s);
  if (n < 1e-6) return undefined;
  for (let d = 0; d < DIMENSIONS; d++) out[d]! /= n;
  return out;
}

/** How near a set of words comes to a word: its nearest word's cosine (1 for the word itself, 0 when unknown). */
export function nearestOf(word: string, words: Iterable<string>): number {
  const v = wordVector(word);
  let best = 0;
  for (const w of words) {
    if (w === word) return 1;
    if (!v) continue;
    const c = cosine(v, wordVector(w));
    if (c > best) best = c;
  }
  return best;
}
