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

/** Every match of `pattern` as evidence. The pattern's flags are kept; `g` is added. */
export function findAll(text: string, pattern: RegExp): Evidence[] {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const global = new RegExp(pattern.source, flags);
  const found: Evidence[] = [];
  for (const match of text.matchAll(global)) {
    if (match[0].length === 0) continue;
    const start = match.index;
    found.push(evidence(text, start, start + match[0].length));
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
  const hits = patterns.flatMap((p) => findAll(text, p)).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Evidence[] = [];
  for (const hit of hits) {
    const last = merged.at(-1);
    if (last && hit.start < last.end) {
      if (hit.end > last.end) merged[merged.length - 1] = evidence(text, last.start, hit.end);
    } else merged.push(hit);
  }
  return merged;
}

const SENTENCE_END = /[.!?]+["'”’)]*(?=\s|$)/g;

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
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) spans.push({ start, end, value: text.slice(start, end) });
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let start = lineStart;
    for (const match of line.matchAll(SENTENCE_END)) {
      const end = lineStart + match.index + match[0].length;
      // "Dr. Lee", "e.g. this", "12 p.m. EST": an abbreviation followed by more of the sentence.
      const before = line.slice(0, match.index + match[0].length);
      // Known abbreviations, and dotted ones of any kind ("B.S.", "Ph.D.", "M.A.").
      if (/\b(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|vs|etc|approx|Inc|Ltd|Co)\.$|(?:\b[A-Za-z]{1,2}\.){2,}$/i.test(before)) {
        const rest = line.slice(match.index + match[0].length);
        if (/^\s+[a-z0-9(]/.test(rest) || /^\s+(?:EST|PST|CST|MST|ET|PT|CT|GMT|UTC)\b/.test(rest) || /(?:Dr|Mr|Mrs|Ms|Prof|St)\.$/.test(before)) continue;
      }
      push(start, end);
      start = end;
    }
    push(start, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return spans;
}

/** The sentence that contains `offset` (or the nearest before it). */
export function sentenceAt(text: string, offset: number): Span | undefined {
  let found: Span | undefined;
  for (const s of sentences(text)) {
    if (s.start <= offset) found = s;
    if (s.end > offset) break;
  }
  return found;
}

/** The sentence containing an evidence span, as evidence. */
export function sentenceEvidence(text: string, hit: Evidence): Evidence {
  const s = sentenceAt(text, hit.start);
  return s ? evidence(text, s.start, Math.max(s.end, hit.end)) : hit;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Words with offsets ("30-minute", "p.m." and "I'm" count as one). */
export function words(text: string): Span[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: m[0] }));
}

export function countWords(text: string): number {
  return words(text).length;
}

/** Collapses whitespace and trims; for comparing texts that differ only in layout. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
