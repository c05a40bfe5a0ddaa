import { contentWords, nearestOf, wordRank } from './word-vectors.ts';

/**
 * What a question is about, in its own words: its content head. A reply chosen on a side word (a
 * number, a place, the organization's name, "thirty" in "everyone looks about thirty") is a non
 * sequitur, so a match that does not hold the head never carries a reply alone.
 */

const NUMBER_WORDS = /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|half|first|second|third)$/;

/** Words that say nothing about which thing is asked (the job, people, time in general). */
const HEAD_FILLER = new Set([
  'field', 'job', 'jobs', 'work', 'working', 'role', 'career', 'people', 'person', 'folks', 'guys', 'stuff', 'part', 'parts', 'day', 'week', 'time',
  'question', 'honest', 'honestly', 'real', 'really', 'talk', 'lot', 'idea', 'mean', 'means', 'feel', 'sounds', 'tbh', 'lol', 'totally', 'nobody',
  'themselves', 'usually', 'actually', 'exactly', 'maybe', 'kind', 'sort', 'thing', 'things', 'someone', 'somebody', 'anyone', 'everyone', 'everybody',
  'like', 'pls', 'please', 'ok', 'okay', 'yeah', 'sorry', 'thanks', 'wondering', 'curious', 'tell', 'know', 'think', 'want', 'need', 'look', 'looks',
  'ever', 'still', 'much', 'many', 'good', 'bad', 'big', 'small', 'new', 'old', 'different', 'important', 'hard', 'easy', 'normal', 'typical', 'typically',
  'particular', 'kinds', 'type', 'types', 'specific', 'certain', 'ur', 'u', 'ppl', 'im', 'dont', 'whats', 'hows', 'thats', 'example', 'remember', 'describe', 'explain', 'share', 'walk', 'give', 'come', 'get', 'go',
]);

/** The question's first sentence that asks (ends with "?"), else the whole text. */
function askingPart(text: string): string {
  const sentences = text.split(/(?<=[?.!])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
  return sentences.find((s) => s.endsWith('?')) ?? text;
}

/** Proper names in a text: capitalised words that do not open a sentence ("at Northgate", "at Lumen Health"). */
function properNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const sentence of text.split(/(?<=[?.!:;])\s+|\n+/)) {
    const words = sentence.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
    words.forEach((w, i) => {
      if (i > 0 && /^\p{Lu}\p{Ll}/u.test(w) && w !== 'I') out.add(w.toLowerCase());
    });
  }
  return out;
}

/**
 * The question's content head: the two rarest content words of its asking sentence, never a number,
 * a proper name (of the text or in `names`: the card's organization and people) or a filler word.
 * Empty when the question has none (a bare "how so?").
 */
export function contentHead(text: string, names: ReadonlySet<string> = new Set()): string[] {
  return subjectWords(askingPart(text), names)
    .sort((a, b) => wordRank(b) - wordRank(a))
    .slice(0, 2);
}

/** A text's content words that can be a subject: no number, proper name (of the text or in `names`) or filler. */
export function subjectWords(text: string, names: ReadonlySet<string> = new Set()): string[] {
  const proper = properNames(text);
  return [...new Set(contentWords(text))].filter(
    (w) => !HEAD_FILLER.has(w) && !NUMBER_WORDS.test(w) && !proper.has(w) && !names.has(w) && w.length >= 3 && !/^(?:what|how|who|why|when|where|which|does|did|can|could|would|should)$/.test(w),
  );
}

/** A match on the words around the question holds it when it shares this many of the turn's subject words. */
const AROUND_SHARED = 2;

/**
 * Whether an entry's words answer the turn and not a side word of it: they hold the question's
 * head, or share at least two subject words with the whole turn ("You started on a weatherization
 * crew. What was that like?" is about the crew). A number, a place or the organization never counts.
 */
export function holdsTurn(text: string, names: ReadonlySet<string>, words: ReadonlySet<string>): boolean {
  if (holdsHead(contentHead(text, names), words)) return true;
  let shared = 0;
  for (const w of subjectWords(text, names)) if (holdsHead([w], words) && ++shared >= AROUND_SHARED) return true;
  return false;
}

/** A card's own names (its person, organization, the people on it) in lower case: never a head. */
export function cardNames(text: string): Set<string> {
  return new Set((text.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []).map((w) => w.toLowerCase()));
}

/** A word of the set is the head or the same word in another form: its stem (five letters) or a vector this near. */
const SAME_WORD = 0.8;

/** Whether a text's words hold one of the heads. True when there is no head to hold. */
export function holdsHead(heads: readonly string[], words: ReadonlySet<string>): boolean {
  if (heads.length === 0) return true;
  return heads.some((h) => {
    if (words.has(h)) return true;
    const stem = h.slice(0, 5);
    if (h.length >= 5) for (const w of words) if (w.length >= 5 && w.startsWith(stem)) return true;
    return nearestOf(h, words) >= SAME_WORD;
  });
}
