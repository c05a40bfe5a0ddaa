/**
 * Register clean-up of a draft, as spans: texting shorthand written out ("u" → "you", "ur" → "your",
 * "lmk" → "let me know"), the pronoun "i" capitalised, chat noise dropped ("lol", "haha"), runs of
 * "!!!" or "??" made one, a sentence begun in lowercase given its capital. Each fix is one small span,
 * so the outreach page offers each as its own edit (blind readers, round 6: an edited draft that kept
 * "ngl", "lol", "ur", "ppl" read as "unchanged slang with a formal line tacked on").
 *
 * Never inside a link, an e-mail address, a handle or a [placeholder]; the writer's words otherwise stay.
 */

import { TEXTING_SLASHES, TEXTING_WORDS } from '../../shared/text/texting.ts';

export interface RegisterFix {
  start: number;
  end: number;
  text: string;
  /** What the fix does, for the edit's reason. */
  what: 'shorthand' | 'pronoun' | 'noise' | 'punctuation' | 'capital';
}

/** Texting forms and their written-out words: the one table (shared/text/texting.ts), and "r" between words. */
const SHORTHAND: Readonly<Record<string, string>> = { ...TEXTING_WORDS, r: 'are' };
const WORD = /(?<![\p{L}\p{N}'’@/.#_-])([a-z]+)(?![\p{L}\p{N}'’@_-]|\.[a-z])/gu;
/** Chat noise, with the spaces before it (or after it, at the start of a line) and a comma it carries. */
const NOISE = /(?<![ \t])[ \t]+(?:lol|lmao|haha+|hehe|ngl)\b,?|(?<=^|\n|[.!?][ \t])(?:lol|lmao|haha+|hehe|ngl)\b,?[ \t]*/gimu;
const LOWER_I = /(?<![\p{L}\p{N}'’@/.-])i(?=(?:['’](?:m|d|ve|ll))?(?![\p{L}\p{N}.-]))/gu;
/** The first letter of a sentence, of the message or of a line, in lowercase. */
const SENTENCE_START = /(^|[.!?]["'”’]?[ \t]+|\n[ \t]*(?:[-–—~][ \t]*)?)(\p{Ll})(?=[\p{L}'’ ])/gu;
/** Where each sentence start's letter stands. */
const sentenceStarts = (draft: string) => [...draft.matchAll(SENTENCE_START)].map((m) => ({ index: m.index + m[1]!.length, letter: m[2]! }));
/** A stop that ends an abbreviation, not a sentence ("U.S. expo", "Dr. lee", "e.g. data"). */
const ABBREVIATION = /^(?:(?:\p{L}\.){2,}|(?:Mr|Ms|Mrs|Mx|Dr|Prof|St|vs|etc|approx|incl|dept|no|vol|fig)\.)$/iu;
/** Whether the word before `at` is an abbreviation. */
const afterAbbreviation = (draft: string, at: number) => ABBREVIATION.test(draft.slice(Math.max(0, at - 16), at).trimEnd().split(/\s/).at(-1) ?? '');
/** After "ur", the words that make it "you're" (a state or a verb in -ing), not "your". */
const YOURE_NEXT = /^\s+(?:down|free|around|busy|open|interested|able|not|so|too|still|probably|always|really|available|comfortable|ok|okay|cool|fine|welcome|willing|up|right|the best|amazing|awesome|great|a\b|an\b|\p{L}+ing\b)/iu;
/** Spans the fixes never touch: links, e-mail addresses, handles, [placeholders]. */
const UNTOUCHABLE_WORD = /^(?:https?:\/\/|www\.)|@|\.(?:com|org|net|io|co|edu|gov|me|dev|app)\b/i;
const PLACEHOLDER = /\[[^[\]\n]*\]/g;
function untouchable(draft: string): Array<{ start: number; end: number }> {
  const words = [...draft.matchAll(/\S+/g)].filter((m) => UNTOUCHABLE_WORD.test(m[0]));
  return [...words, ...draft.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function registerFixes(draft: string): RegisterFix[] {
  const off = untouchable(draft);
  const free = (s: number, e: number) => !off.some((o) => s < o.end && e > o.start);
  const out: RegisterFix[] = [];
  const add = (f: RegisterFix) => {
    if (f.end > f.start && free(f.start, f.end) && !out.some((o) => f.start < o.end && f.end > o.start)) out.push(f);
  };
  for (const m of draft.matchAll(NOISE)) {
    // "fun lol." → "fun."; "lol i'm…" at a line's start → "i'm…".
    add({ start: m.index, end: m.index + m[0].length, text: '', what: 'noise' });
  }
  for (const m of draft.matchAll(LOWER_I)) add({ start: m.index, end: m.index + 1, text: 'I', what: 'pronoun' });
  const starts = sentenceStarts(draft).filter((m) => !afterAbbreviation(draft, m.index));
  const startsAt = new Set(starts.map((m) => m.index));
  // The word after chat noise that opened a sentence opens it now ("!! ngl ur flash…" → "! Your flash…").
  for (const f of out) if (f.what === 'noise' && (f.start === 0 || /[.!?\n][ \t]*$/.test(draft.slice(0, f.start)))) startsAt.add(f.end + /^[ \t]*/.exec(draft.slice(f.end))![0].length);
  for (const m of draft.matchAll(WORD)) {
    const w = m[1]!;
    // "hiii", "heyy": the greeting written once.
    // "ur down to chat", "ur doing": "you're"; "ur flash", "ur work": "your".
    const youre = w === 'ur' && YOURE_NEXT.test(draft.slice(m.index + 2));
    const short = youre ? "you're" : (Object.hasOwn(SHORTHAND, w) ? SHORTHAND[w] : undefined) ?? (/^hi{3,}$/.test(w) ? 'hi' : /^hey{2,}$/.test(w) ? 'hey' : undefined);
    // At a sentence's start the written-out words take the capital ("u did…" → "You did…").
    const by = short && startsAt.has(m.index) ? short.charAt(0).toUpperCase() + short.slice(1) : short;
    if (!by) continue;
    // "r" is a word only between words ("r u free", "r they hiring"); "u" likewise never a list letter "(u)".
    if (w === 'r' && !/^\s+\p{L}/u.test(draft.slice(m.index + 1))) continue;
    add({ start: m.index, end: m.index + m[0].length, text: by, what: 'shorthand' });
  }
  for (const [re, by] of TEXTING_SLASHES) for (const m of draft.matchAll(re)) add({ start: m.index, end: m.index + m[0].length, text: startsAt.has(m.index) ? by.charAt(0).toUpperCase() + by.slice(1) : by, what: 'shorthand' });
  for (const m of draft.matchAll(/([!?])\1+|[!?]{3,}/g)) add({ start: m.index, end: m.index + m[0].length, text: m[0].includes('?') ? '?' : '!', what: 'punctuation' });
  // A sentence (or the message, or a line) begun in lowercase: its first letter as a capital.
  for (const m of starts) {
    // Not a shorthand the fixes above write out whole (their text carries its own case).
    if (out.some((o) => o.start === m.index)) continue;
    add({ start: m.index, end: m.index + 1, text: m.letter.toUpperCase(), what: 'capital' });
  }
  for (const at of startsAt) {
    const ch = draft.charAt(at);
    if (/\p{Ll}/u.test(ch) && /[\p{L}'’ ]/u.test(draft.charAt(at + 1)) && !out.some((o) => o.start === at)) add({ start: at, end: at + 1, text: ch.toUpperCase(), what: 'capital' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The draft with every register fix applied (for measuring and for tests). */
export function withRegisterFixed(draft: string): string {
  let t = draft;
  for (const f of [...registerFixes(draft)].reverse()) t = t.slice(0, f.start) + f.text + t.slice(f.end);
  return t;
}
