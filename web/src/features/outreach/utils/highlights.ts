import type { ChecklistItem } from './checklist-items.ts';

export interface HighlightSegment {
  text: string;
  /** Rules whose evidence covers this piece of text (empty: plain text). */
  ruleIds: string[];
  /** At least one covering rule failed. */
  failed: boolean;
}

interface Span {
  start: number;
  end: number;
  ruleId: string;
  passed: boolean;
}

const WORD = /[\p{L}\p{N}'’]/u;

/** A span widened to whole words: a highlight never ends inside a word ("…and the E|PA"). */
export function wholeWords(text: string, start: number, end: number): { start: number; end: number } {
  while (start > 0 && WORD.test(text[start - 1] ?? '') && WORD.test(text[start] ?? '')) start--;
  while (end < text.length && WORD.test(text[end - 1] ?? '') && WORD.test(text[end] ?? '')) end++;
  return { start, end };
}

/**
 * Cuts `text` into runs covered by the same set of evidence spans. Spans that do not match the
 * text (stale or out of range) are dropped rather than drawn in the wrong place.
 */
export function highlightSegments(text: string, items: readonly ChecklistItem[]): HighlightSegment[] {
  const spans: Span[] = [];
  for (const item of items) {
    for (const evidence of item.evidence) {
      const { start, end } = evidence;
      if (start < 0 || end > text.length || end <= start) continue;
      if (text.slice(start, end) !== evidence.quote) continue;
      spans.push({ ...wholeWords(text, start, end), ruleId: item.ruleId, passed: item.passed });
    }
  }
  const cuts = new Set<number>([0, text.length]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: HighlightSegment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? 0;
    if (to <= from) continue;
    const covering = spans.filter((span) => span.start <= from && span.end >= to);
    segments.push({
      text: text.slice(from, to),
      ruleIds: covering.map((span) => span.ruleId),
      failed: covering.some((span) => !span.passed),
    });
  }
  return segments;
}
