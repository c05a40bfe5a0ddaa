/**
 * The language layer's features: word 1-2-grams and character 3-5-grams of each word, hashed into
 * a fixed space (no vocabulary to ship), each remembering the word span it came from so a score can
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

/** Features of a text's words; `extra` are whole-text feature names (e.g. `rule:question.not-screening`). */
export function textFeatures(text: string, extra: readonly string[] = []): { tokens: Token[]; hits: FeatureHit[] } {
  const tokens = tokenize(text);
  const words: FeatureHit[] = [];
  const chars: FeatureHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
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
  for (const h of words) h.value = wScale;
  for (const h of chars) h.value = cScale;
  const hits = [...words, ...chars];
  for (const name of extra) hits.push({ bucket: hashFeature(name), value: 1, from: -1, to: -1 });
  return { tokens, hits };
}
