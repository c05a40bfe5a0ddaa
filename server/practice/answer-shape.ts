import type { Temperament } from '../../shared/contracts/practice.ts';
import type { BankEntry } from '../../shared/practice/bank.ts';
import { contentHead, holdsHead, subjectWords } from './content-head.ts';
import { contentWords } from './word-vectors.ts';

/**
 * The shape of an answer once its entry is chosen: what a reader checks is whether the point they
 * asked is said, and said first. Three mechanisms, none tied to a bank's wording:
 *
 * - a part of a two-part turn that points back ("What did you take away from that one?", "is that
 *   true?") is not a question of its own: it is read with the words before it;
 * - inside an entry, the sentence that holds the question's subject leads when the opening does not
 *   (sentence-level match on the question's content words), and the reply stays short;
 * - an entry whose text misses the question's head while one of its follow-ups holds it says that
 *   follow-up too (the specific point the entry's writer put one step later).
 */

/** A piece ending in one of these is not a sentence's end: "St. Brigid", "Dr. Oyelaran", "8 a.m. Then". */
const ABBREVIATION = /(?:^|\s|\()(?:St|Dr|Mr|Mrs|Ms|Mx|Prof|Jr|Sr|Sen|Rep|Gov|vs|etc|approx|No|Mt|Ft|Inc|Co|Ltd|e\.g|i\.e|a\.m|p\.m|[A-Z](?:\.[A-Z])*)\.$/;

/** The sentences of an entry, split where a sentence ends (never after "St.", "Dr.", "a.m." or an initial). */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/)) {
    const last = out.at(-1);
    if (last !== undefined && ABBREVIATION.test(last)) out[out.length - 1] = `${last} ${piece}`;
    else out.push(piece);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

/** An opening shorter than this is a direct answer ("Not strictly.", "Growing."): it stays first. */
const SHORT_OPENING = 40;

/** A sentence that leans on the one before it ("That part…", "It was…", "So…", "I also…"): never moved to the front. */
const LEANS_BACK = /^(?:(?:I|we|you) (?:also|too)\b|that|this|these|those|it|its|it['’]s|they|them|their|there|then|so|but|and|also|or|which|he|she|his|her|same|still|even|both|plus|after that|because|too)\b/i;

/** A word that points at something said before: "that one", "it", "those". */
const POINTER = /\b(?:that|this|it|those|these|them|there)\b/i;

/**
 * Whether a question points back at the words before it instead of asking something of its own:
 * a pointer ("that", "it") and at most two subject words ("What did you take away from that one?",
 * "Is that true?", "How did that play out?").
 */
export function pointsBack(part: string, names: ReadonlySet<string> = new Set()): boolean {
  return POINTER.test(part) && subjectWords(part, names).length <= 2;
}

/** A part that names a thing of the last reply with a demonstrative: "Is that caseload something you're trying to bring down?". */
export function namesLastReply(part: string, lastReply: string): boolean {
  const said = new Set(contentWords(lastReply));
  for (const m of part.matchAll(/\b(?:that|this|those|these)\s+([\p{L}'’-]+)/giu)) if (holdsHead([m[1]!.toLowerCase()], said)) return true;
  return false;
}

/** Question subject words held by a sentence (the word or a form of it: the same first five letters). */
function held(subjects: readonly string[], words: ReadonlySet<string>): number {
  let n = 0;
  for (const s of subjects) if (holdsHead([s], words)) n++;
  return n;
}

/** An answer is kept to this many sentences once the point leads. */
export const MAX_SENTENCES = 4;

/**
 * A sentence moved to the front starts this far into the entry or later, so the entry's opening
 * (its first 120 characters, which is how the engine knows an entry was said, as written or with
 * the persona's contractions) stays whole in the reply: the entry is never said twice, and a
 * follow-up still goes on from it.
 */
export const KEEP_OPENING = 140;

/**
 * The entry's text with the sentence that answers the question first: when the opening sentence
 * holds none of the question's subject words and a later one that stands on its own holds its head
 * (or two subject words), that one leads, the rest follow in order, and the whole is kept to
 * MAX_SENTENCES (a sentence dropped is one after the point that holds nothing asked). Otherwise the
 * text as written.
 */
export function leadWithPoint(text: string, question: string, names: ReadonlySet<string> = new Set()): string {
  const sentences = sentencesOf(text);
  if (sentences.length < 2) return text;
  const subjects = subjectWords(question, names);
  if (subjects.length === 0) return text;
  const head = contentHead(question, names);
  if (head.length === 0) return text;
  const words = sentences.map((s) => new Set(contentWords(s)));
  const scores = words.map((w) => held(subjects, w));
  // An opening that holds something asked, or a short direct one ("Not strictly.", "Growing."), stays first.
  if (scores[0]! > 0 || sentences[0]!.length < SHORT_OPENING) return text;
  const starts = sentences.map((x) => text.indexOf(x));
  let lead = -1;
  for (let i = 1; i < sentences.length; i++) {
    if (LEANS_BACK.test(sentences[i]!) || starts[i]! < KEEP_OPENING) continue;
    // The point: the question's head and another of its subject words.
    const strong = holdsHead(head, words[i]!) && scores[i]! >= 2;
    if (strong && (lead < 0 || scores[i]! > scores[lead]!)) lead = i;
  }
  if (lead < 0) return text;
  // The point moves with the sentences that lean on it ("Then a master's…", "It took…").
  let end = lead + 1;
  while (end < sentences.length && LEANS_BACK.test(sentences[end]!)) end++;
  const block = sentences.slice(lead, end);
  const rest = sentences.filter((_, i) => i < lead || i >= end);
  // Short: the point, then what followed it in the entry; sentences that hold nothing asked go first when over.
  const kept = [...block, ...rest];
  // Never a sentence of the opening: only those after it are dropped.
  const opening = new Set(sentences.filter((_, i) => starts[i]! < KEEP_OPENING));
  while (kept.length > MAX_SENTENCES) {
    const drop = kept.findLastIndex((x, i) => i >= block.length && !opening.has(x) && held(subjects, new Set(contentWords(x))) === 0);
    const last = kept.findLastIndex((x, i) => i >= block.length && !opening.has(x));
    if (last < 0) break;
    kept.splice(drop >= 0 ? drop : last, 1);
  }
  return kept.join(' ');
}

/**
 * The follow-up of an entry that holds the question's head when the entry's own text does not
 * (index), among those not yet said; undefined when the text holds it or no follow-up does.
 */
export function pointFollowUp(entry: BankEntry, question: string, names: ReadonlySet<string>, unsaid: (index: number) => boolean): number | undefined {
  // The question's rarest subject word: the point itself, not a word the persona says all day ("advisor").
  const head = contentHead(question, names).slice(0, 1);
  if (head.length === 0) return undefined;
  if (holdsHead(head, new Set(contentWords(entry.text)))) return undefined;
  const subjects = subjectWords(question, names);
  let best: { i: number; n: number } | undefined;
  entry.followUps.forEach((f, i) => {
    if (!unsaid(i)) return;
    const words = new Set(contentWords(f.text));
    if (!holdsHead(head, words)) return;
    const n = held(subjects, words);
    if (!best || n > best.n) best = { i, n };
  });
  return best?.i;
}

/**
 * An honest short line for the part of a two-part question the bank has no answer for, by
 * temperament: said after the part that is answered, never a guess at the other.
 */
export const OTHER_PART: Record<Temperament, readonly string[]> = {
  warm: ["The other half of your question I honestly can't speak to well, so I won't guess.", "On your second question, I'd only be guessing, so I'll leave that one to someone closer to it."],
  busy: ["Your other question: I don't know enough to say.", "The second part I can't answer well."],
  reserved: ["I can't speak well to the other part of your question.", "On the other part, I'd rather not guess."],
};

/** Whether a part asks something of its own the answer does not touch: subject words, none of them in the answer. */
export function asksBeyond(part: string, answer: string, names: ReadonlySet<string> = new Set()): boolean {
  if (pointsBack(part, names)) return false;
  const subjects = subjectWords(part, names);
  if (subjects.length < 2) return false;
  return held(subjects, new Set(contentWords(answer))) === 0;
}
