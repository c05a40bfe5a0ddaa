import type { Evidence } from './rule.ts';

/** A piece of a text with its offsets: `text.slice(start, end) === value`. */
export interface Span {
  start: number;
  end: number;
  value: string;
}

export function evidence(text: string, start: number, end: number): Evidence {
  return { start, end, quote: text.slice(start, end) };
}

/** Each checker's pattern compiled once with `g` (the checkers run on every keystroke). */
const globalVersions = new WeakMap<RegExp, RegExp>();

/** Every match of `pattern` as evidence. The pattern's flags are kept; `g` is added. */
export function findAll(text: string, pattern: RegExp): Evidence[] {
  let global = globalVersions.get(pattern);
  if (!global) {
    global = pattern.global ? pattern : new RegExp(pattern, `${pattern.flags}g`);
    globalVersions.set(pattern, global);
  }
  // What `text.matchAll(global)` gave, without its copy of the pattern on every call (the checkers
  // run a few hundred patterns per text, and the copy cost more than most searches): the same exec
  // loop on the one global pattern, from its lastIndex as matchAll's copy began, an empty match
  // stepping one code unit (one code point with u or v). The last, failed exec leaves lastIndex at 0,
  // ready for the next call (a caller's own global pattern too, where matchAll left it untouched).
  const found: Evidence[] = [];
  for (let m; (m = global.exec(text)); ) {
    if (m[0]) found.push(evidence(text, m.index, global.lastIndex));
    else global.lastIndex += (global.unicode || global.unicodeSets) && text.codePointAt(global.lastIndex)! > 0xffff ? 2 : 1;
  }
  return found;
}

/** The first match among `patterns`, earliest in the text. */
export function findFirst(text: string, patterns: readonly RegExp[]): Evidence | undefined {
  let best: Evidence | undefined;
  for (const pattern of patterns) {
    const [hit] = findAll(text, pattern);
    if (hit && (!best || hit.start < best.start)) best = hit;
  }
  return best;
}

/** Every match of every pattern, in text order, overlapping spans merged. */
export function findEvery(text: string, patterns: readonly RegExp[]): Evidence[] {
  return mergeSpans(text, patterns.flatMap((p) => findAll(text, p)));
}

/** Spans in text order, overlapping ones merged. */
function mergeSpans(text: string, spans: Evidence[]): Evidence[] {
  const hits = spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Evidence[] = [];
  for (const hit of hits) {
    const last = merged.at(-1);
    if (last && hit.start < last.end) {
      if (hit.end > last.end) merged[merged.length - 1] = evidence(text, last.start, hit.end);
    } else merged.push(hit);
  }
  return merged;
}

const SENTENCE_END = /(?<![.!?])[.!?]+["'”’)]*(?=\s|$)/g;
/** Known abbreviations, and dotted ones of any kind ("B.S.", "Ph.D.", "M.A."), ending a stretch of text. */
const ABBREVIATION_END = /\b(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|vs|etc|approx|Inc|Ltd|Co)\.$|(?:\b[A-Za-z]{1,2}\.){2,}$/i;
const TITLE_END = /(?:Dr|Mr|Mrs|Ms|Prof|St)\.$/;
/** An abbreviation is at most a dozen characters: only that much before a full stop is examined (keeps the split linear). */
const ABBREVIATION_WINDOW = 16;

/** `\s` by character code: ASCII without a regex (the split trims every span it finds), the rest by `\s` itself. */
const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(String.fromCharCode(code)));

/** An ASCII letter: its code with the lower-case bit set is one of a–z. */
const isLetter = (code: number): boolean => ((code | 32) - 97) >>> 0 < 26;

/**
 * Sentences with offsets. A line break always ends a sentence (greetings, sign-offs and bullet
 * lines stand alone in messages); within a line, `.`, `!` or `?` followed by a space does.
 */
export function sentences(text: string): readonly Span[] {
  // Every checker asks for the sentences of the same text: keep the last answer.
  if (text === lastSentences.text) return lastSentences.spans;
  const spans = splitSentences(text);
  lastSentences = { text, spans };
  return spans;
}
let lastSentences: { text: string; spans: readonly Span[] } = { text: '', spans: [] };

function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const push = (start: number, end: number) => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) spans.push({ start, end, value: text.slice(start, end) });
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let start = lineStart;
    for (const match of line.matchAll(SENTENCE_END)) {
      const stop = match.index + match[0].length;
      const end = lineStart + stop;
      // "Dr. Lee", "e.g. this", "12 p.m. EST": an abbreviation followed by more of the sentence.
      // Only a full stop right after a letter can end an abbreviation (most sentence ends are not).
      const last = line.charCodeAt(match.index - 1);
      const before = match[0] === '.' && isLetter(last) ? line.slice(Math.max(0, stop - ABBREVIATION_WINDOW), stop) : '';
      if (before !== '' && ABBREVIATION_END.test(before)) {
        const rest = line.slice(stop, stop + 8);
        if (/^\s+(?:[a-z0-9(]|(?:EST|PST|CST|MST|ET|PT|CT|GMT|UTC)\b)/.test(rest) || TITLE_END.test(before)) continue;
      }
      push(start, end);
      start = end;
    }
    push(start, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return spans;
}

/** The sentence that contains `offset` (or the nearest before it). Binary search: checkers call it per hit. */
export function sentenceAt(text: string, offset: number): Span | undefined {
  const all = sentences(text);
  let lo = 0;
  let hi = all.length - 1;
  let found: Span | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = all[mid]!;
    if (s.start <= offset) {
      found = s;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The sentence containing an evidence span, as evidence. */
export function sentenceEvidence(text: string, hit: Evidence): Evidence {
  const s = sentenceAt(text, hit.start);
  return s ? evidence(text, s.start, Math.max(s.end, hit.end)) : hit;
}

/** The sentences holding the hits, each once, in text order: what the rewrite drops and the editor highlights. */
export function sentencesOf(text: string, hits: readonly Evidence[]): Evidence[] {
  const seen = new Set<number>();
  const out: Evidence[] = [];
  for (const hit of hits) {
    const s = sentenceEvidence(text, hit);
    if (!seen.has(s.start)) {
      seen.add(s.start);
      out.push(s);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// Negation: "I'm not asking about jobs", "no résumé attached", "I haven't attached my CV".

/** Words that turn the rest of their clause around. */
const NEGATION_CUE = /\b(?:not|never|no|without|neither|nor|nothing|none|rather than|instead of)\b|n['’]t\b/gi;
/**
 * Cues that do not deny what follows: a doubt ("I'm not sure whether you're hiring" still asks)
 * or emphasis ("I'd love nothing more than to join your team", "I can't wait to", "not only").
 */
const NOT_A_DENIAL_AFTER_CUE = /^\s*(?:sure|certain|know|knowing|wondering|clear|more|better|only|just|wait|help but|be (?:more|happier)|(?:would|could) (?:make|please|mean))\b/i;
/** Where a clause starts over: punctuation, or a contrasting conjunction. */
const CLAUSE_START = /[,;:–—()]|\b(?:but|though|although|however|yet|and|so|or)\b/gi;
/** How far back a negation reaches: a clause's opening words, not the whole sentence. */
const NEGATION_REACH = 48;

/**
 * Whether the words right before `offset`, in the same clause, deny what follows:
 * "I'm not asking about jobs", "no CV attached", "without attaching my résumé".
 */
export function isNegated(text: string, offset: number): boolean {
  const sentence = sentenceAt(text, offset);
  const from = Math.max(sentence && sentence.end > offset ? sentence.start : 0, offset - NEGATION_REACH);
  let clause = text.slice(from, offset);
  let cut = 0;
  for (const m of clause.matchAll(CLAUSE_START)) cut = m.index + m[0].length;
  clause = clause.slice(cut);
  for (const m of clause.matchAll(NEGATION_CUE)) {
    // What follows the cue, into the match itself: "can't | wait to join".
    const after = from + cut + m.index + m[0].length;
    if (!NOT_A_DENIAL_AFTER_CUE.test(text.slice(after, Math.max(after, offset) + 16))) return true;
  }
  return false;
}

/**
 * Every match of every pattern that the writer does not deny, merged, in text order. Each match
 * is judged before merging: "I'm not asking for a job, but do you have openings?" keeps the second.
 */
export function findAffirmed(text: string, patterns: readonly RegExp[]): Evidence[] {
  return mergeSpans(text, patterns.flatMap((p) => findAll(text, p)).filter((hit) => !isNegated(text, hit.start)));
}


const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Words with offsets ("30-minute", "p.m." and "I'm" count as one). */
export function words(text: string): Span[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: m[0] }));
}

/** How many words `words()` would find, without building them (the rewrite counts every sentence). */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

/** Collapses whitespace and trims; for comparing texts that differ only in layout. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A quote of at most `max` characters that ends on a whole word: "…happy to work around your…",
 * never "…happy to work aroun…". Whitespace is collapsed; a shortened quote ends with "…" and
 * without the comma or dash it was cut after. One word longer than `max` is cut where it must be.
 */
export function shortenQuote(text: string, max: number): string {
  const flat = normalizeSpace(text);
  if ([...flat].length <= max) return flat;
  const room = [...flat].slice(0, max - 1).join('');
  // Cut mid-word: go back to the last space (the next character is not a space, or the word goes on).
  const atWordEnd = /\s/.test(flat.charAt(room.length));
  const lastSpace = room.search(/\s\S*$/);
  const head = atWordEnd || lastSpace <= 0 ? room : room.slice(0, lastSpace);
  return `${head.replace(/(?<![\s,;:—–-])[\s,;:—–-]+$/, '')}…`;
}

/**
 * Evidence spans indexed for "which of them touch this span?" in logarithmic time, so a pass over
 * every sentence of a long draft against every flagged span stays linear.
 */
export class SpanIndex {
  private readonly hits: Evidence[];
  /** `maxEnd[i]`: the furthest end among `hits[0..i]`, to stop a backwards scan early. */
  private readonly maxEnd: number[];

  constructor(hits: readonly Evidence[]) {
    this.hits = [...hits].sort((a, b) => a.start - b.start);
    let max = -1;
    this.maxEnd = this.hits.map((h) => (max = Math.max(max, h.end)));
  }

  /** Every span that overlaps `span`, earliest first. */
  overlapping(span: { start: number; end: number }): Evidence[] {
    const found: Evidence[] = [];
    this.scan(span, (hit) => {
      found.push(hit);
    });
    return found.reverse();
  }

  /** The earliest span that overlaps `span`, if any. */
  first(span: { start: number; end: number }): Evidence | undefined {
    let earliest: Evidence | undefined;
    this.scan(span, (hit) => {
      earliest = hit;
    });
    return earliest;
  }

  overlaps(span: { start: number; end: number }): boolean {
    let any = false;
    this.scan(span, () => {
      any = true;
      return true;
    });
    return any;
  }

  /** Visits the overlapping spans, latest first; `visit` returns true to stop. */
  private scan(span: { start: number; end: number }, visit: (hit: Evidence) => boolean | void): void {
    let lo = 0;
    let hi = this.hits.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.hits[mid]!.start < span.end) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = last; i >= 0 && this.maxEnd[i]! > span.start; i--) {
      if (this.hits[i]!.end > span.start && visit(this.hits[i]!) === true) return;
    }
  }
}
