/**
 * The language layer's features: word 1-2-grams, character 3-5-grams of each word, and (where a
 * model asks for them) stems with stem pairs a few words apart, hashed into a fixed space (no vocabulary to ship), each remembering the word span it came from so a score can
 * be traced back to the words that drove it. Pure, no I/O: the trainer, the server and the browser
 * compute the same features.
 */

/** Bits of the hashed feature space (2^20 buckets). */
export const HASH_BITS = 20;
const HASH_MASK = (1 << HASH_BITS) - 1;

/** FNV-1a, 32 bits, over UTF-16 code units, masked to the feature space. */
export function hashFeature(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & HASH_MASK;
}

/** A word of the text with its span in the original. */
export interface Token {
  /** Lower case, curly apostrophes made straight. */
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ norm: m[0].toLowerCase().replaceAll('’', "'"), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * One occurrence of a hashed feature: its bucket, its value and the token range it covers
 * (`from`..`to` inclusive; -1 for a feature of the whole text, such as a rule's verdict).
 */
export interface FeatureHit {
  bucket: number;
  value: number;
  from: number;
  to: number;
}

/**
 * A crude stem (no dictionary): a few English inflections cut off, so "hiring", "hires" and
 * "hired" share "hir", "openings" and "opening" share "open". Words of 4 letters or fewer stay.
 */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ["'s", 'ings', 'ing', 'edly', 'ed', 'ies', 'es', 's', 'ly']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) return word.slice(0, -suffix.length);
  }
  return word;
}

/** How far apart (in words) two stems of a skip pair may be: "keep me in mind" pairs keep…mind. */
const SKIP_SPAN = 3;

/**
 * Features of a text's words, in groups that each weigh the same whatever the length: words
 * (1-2-grams), characters (3-5-grams of each word), and, for a model whose artifact asks for
 * `stems`, stems (each word's stem, and pairs of stems two or three words apart, which carry a
 * phrase across the words slipped inside it: "pass my CV along", "keep me in mind", "if anything
 * opens up"); `extra` are whole-text feature names (e.g. `rule:question.not-screening`). */
/** Feature groups a model uses beyond words and characters (recorded in its artifact). */
export const FEATURE_GROUPS = ['stems'] as const;
export type FeatureGroup = (typeof FEATURE_GROUPS)[number];

export function textFeatures(text: string, extra: readonly string[] = [], groups: readonly FeatureGroup[] = []): { tokens: Token[]; hits: FeatureHit[] } {
  const withStems = groups.includes('stems');
  const tokens = tokenize(text);
  const words: FeatureHit[] = [];
  const chars: FeatureHit[] = [];
  const stems: FeatureHit[] = [];
  const stemmed = withStems ? tokens.map((t) => stem(t.norm)) : [];
  for (let i = 0; i < tokens.length; i++) {
    if (withStems) stems.push({ bucket: hashFeature(`s:${stemmed[i]}`), value: 1, from: i, to: i });
    for (let d = 2; withStems && d <= SKIP_SPAN && i - d >= 0; d++) stems.push({ bucket: hashFeature(`k:${stemmed[i - d]} ${stemmed[i]}`), value: 1, from: i - d, to: i });
    const w = tokens[i]!.norm;
    words.push({ bucket: hashFeature(`w:${w}`), value: 1, from: i, to: i });
    const previous = i === 0 ? '<s>' : tokens[i - 1]!.norm;
    words.push({ bucket: hashFeature(`b:${previous} ${w}`), value: 1, from: i === 0 ? i : i - 1, to: i });
    const padded = `<${w}>`;
    for (let n = 3; n <= 5; n++) {
      for (let s = 0; s + n <= padded.length; s++) chars.push({ bucket: hashFeature(`c:${padded.slice(s, s + n)}`), value: 1, from: i, to: i });
    }
  }
  if (tokens.length > 0) words.push({ bucket: hashFeature(`b:${tokens[tokens.length - 1]!.norm} </s>`), value: 1, from: tokens.length - 1, to: tokens.length - 1 });
  // Each group weighs the same whatever the length: values scaled to unit norm per group.
  const wScale = words.length > 0 ? 1 / Math.sqrt(words.length) : 0;
  const cScale = chars.length > 0 ? 1 / Math.sqrt(chars.length) : 0;
  const sScale = stems.length > 0 ? 1 / Math.sqrt(stems.length) : 0;
  for (const h of words) h.value = wScale;
  for (const h of chars) h.value = cScale;
  for (const h of stems) h.value = sScale;
  const hits = [...words, ...chars, ...stems];
  for (const name of extra) hits.push({ bucket: hashFeature(name), value: 1, from: -1, to: -1 });
  return { tokens, hits };
}
