/**
 * The words of a kept sentence as a careful sender writes them: texting shorthand written out, a lowercase
 * "i" capitalised, a sentence without its subject given one ("Saw your talk" → "I saw your talk"), brand
 * names capitalised, a list's bullet dropped. Used where the fresh draft keeps the writer's own clauses.
 */

import { writeOutTexting } from '../../shared/text/texting.ts';

/** Texting shorthand (the one table, shared/text/texting.ts) and lowercase forms a careful sender writes out: "i" → "I", "u" → "you", "zoom" → "Zoom". */
const SHORTHAND: Array<[RegExp, string | ((...args: string[]) => string)]> = [
  [/^(?:[-•*–]|\d+[.)])\s+/, ''],
  [/\bi(?=['’](?:m|d|ve|ll)\b|\s|$)/g, 'I'],
  [/\b[Ii]m\b/g, "I'm"],
  [/\b[Ii]ve\b/g, "I've"],
  [/\b[Ii]d (?=(?:love|like|be|appreciate|welcome|value)\b)/g, "I'd "],
  [/\b(s)o{3,}\b/gi, '$1o'],
  [/\blike (?=(?:\d+|a few|twenty|thirty|fifteen) ?-?(?:min|minutes?)\b)/gi, ''],
  [/!{2,}/g, '!'],
  // What a dropped sentence leaves hanging, and "whenever" where the rewrite says the times itself.
  [/,? (?:if that helps|if that would help|if it helps|whenever|anytime|any time)(?=[.!?]*$)/i, ''],
  // A sentence without its subject: "Would love to chat" → "I'd love to chat", "Saw your talk" → "I saw your talk".
  [/^(?:would love|love) to\b/i, "I'd love to"],
  [/^(?:would like|want) to\b/i, "I'd like to"],
  [/^hoping to\b/i, "I'm hoping to"],
  [/^(saw|noticed|read|came across|found|heard|watched|met|wanted|hope|loved|enjoyed)\b(?= \w)/i, (_: string, verb: string) => `I ${verb.toLowerCase()}`],
  [/\?{2,}/g, '?'],
  [/\bzoom\b/g, 'Zoom'],
  [/\blinkedin\b/gi, 'LinkedIn'],
  [/\bgoogle meet\b/gi, 'Google Meet'],
];

export function polishWords(text: string): string {
  return SHORTHAND.reduce((out, [pattern, by]) => out.replace(pattern, by as (...args: string[]) => string), writeOutTexting(text));
}

