import type { EvidenceSpan } from '../../../../../shared/contracts/common.ts';

export interface Piece {
  text: string;
  marked: boolean;
}

/** The text cut at the given spans (merged where they overlap), for `<mark>`ing the words that break a rule. */
export function markedPieces(text: string, spans: readonly EvidenceSpan[]): Piece[] {
  const sorted = spans.filter((s) => s.end > s.start && s.end <= text.length).sort((a, b) => a.start - b.start);
  const pieces: Piece[] = [];
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    const last = pieces.at(-1);
    if (last?.marked && start === at) last.text += text.slice(start, span.end);
    else pieces.push({ text: text.slice(start, span.end), marked: true });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

/** `lines` with the one equal to `from` (first match) replaced by `to`. */
export function replaceLine(lines: readonly string[], from: string, to: string): string[] {
  const index = lines.findIndex((l) => l === from);
  return index < 0 ? [...lines, to] : lines.map((l, i) => (i === index ? to : l));
}
