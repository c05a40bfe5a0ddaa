/**
 * A conversation as one text, so the conduct rules keep the rulebook's checker shape
 * (`check(text, context)`) and their evidence spans point into it. One turn a line:
 *
 *   [user 0.4] Hi Priya, thank you so much for making time today.
 *   [professional 1.3] Of course, happy to. Where would you like to start?
 *
 * The number is the simulated minute at which the turn ended. Line breaks inside a turn become
 * spaces, so a quote is the user's words with their layout flattened.
 */

export type Speaker = 'user' | 'professional';

export interface TranscriptTurn {
  role: Speaker;
  content: string;
  elapsedMinutes: number;
}

/** A turn found in a transcript text, with where its words are. */
export interface ParsedTurn extends TranscriptTurn {
  index: number;
  /** Offset of `content` in the transcript text. */
  start: number;
  end: number;
}

const TURN_LINE = /^\[(user|professional) (\d+(?:\.\d+)?)\] (.*)$/gm;

export function renderTranscript(turns: readonly TranscriptTurn[]): string {
  return turns
    .map((turn) => `[${turn.role} ${round1(turn.elapsedMinutes)}] ${turn.content.replace(/\s+/g, ' ').trim()}`)
    .join('\n');
}

export function parseTranscript(text: string): ParsedTurn[] {
  const turns: ParsedTurn[] = [];
  for (const match of text.matchAll(TURN_LINE)) {
    const content = match[3] ?? '';
    const start = match.index + match[0].length - content.length;
    turns.push({
      index: turns.length,
      role: match[1] as Speaker,
      elapsedMinutes: Number(match[2]),
      content,
      start,
      end: start + content.length,
    });
  }
  return turns;
}

export function round1(n: number): string {
  return (Math.round(n * 10) / 10).toFixed(1);
}

/** Average conversational speaking pace, used for the simulated clock and the three-minute intro. */
export const WORDS_PER_MINUTE = 150;

export function speakingMinutes(text: string): number {
  const words = text.trim() === '' ? 0 : text.trim().split(/\s+/).length;
  return words / WORDS_PER_MINUTE;
}
