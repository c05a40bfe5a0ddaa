/**
 * Never the same thing twice: one test every reply of a session passes. Two texts say the same
 * thing when, once digits and number words, punctuation and contractions are set aside, most of
 * one's content-word pairs are in the other ("$85,000 to $120,000" and "eighty-five to a hundred
 * and twenty thousand dollars" are one range; "To become a registered nurse you need an ADN or a
 * BSN, then the NCLEX" and "The routes are an ADN or a BSN, then the NCLEX" are one answer).
 */

const NUMBER_WORDS = new Set(
  ('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen ' +
    'twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion dozen half').split(' '),
);

const STOP = new Set(
  ('a an the and or but if then so of to in on at by for with from as into onto about over under than that this these those it its ' +
    'is are was were be been being am do does did done have has had having will would can could should may might must shall ' +
    'i me my mine we us our you your he him his she her they them their there here what which who whom whose when where why how ' +
    'not no yes all any some each every more most much many very really just also too only even still quite pretty lot lots ' +
    'one ones thing things way get got make made go went say said well like okay ok oh yeah sure right hm mm um uh honestly actually').split(' '),
);

const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bcan['’]t\b/g, 'can not'],
  [/\bwon['’]t\b/g, 'will not'],
  [/n['’]t\b/g, ' not'],
  [/['’]re\b/g, ' are'],
  [/['’]ve\b/g, ' have'],
  [/['’]ll\b/g, ' will'],
  [/['’]m\b/g, ' am'],
  [/['’]d\b/g, ' would'],
  [/['’]s\b/g, ''],
];

/** The words of a text with contractions written out, every number (digits or words) one token "#", punctuation gone. */
export function repeatWords(text: string): string[] {
  let t = text.toLowerCase();
  for (const [from, to] of CONTRACTIONS) t = t.replace(from, to);
  t = t.replace(/[$€£]?\d[\d,.]*(?:k\b|%)?/g, ' # ');
  const words = t.match(/[a-z#]+/g) ?? [];
  const out: string[] = [];
  for (const w of words) {
    const n = NUMBER_WORDS.has(w) || w === '#' ? '#' : w;
    // "eighty-five to a hundred and twenty thousand" is one number: a run of number words is one token.
    if (n === '#' && out.at(-1) === '#') continue;
    if (n !== '#' && (w === 'and' || w === 'a') && out.at(-1) === '#') continue;
    out.push(n);
  }
  return out;
}

/** The content words (and numbers) of a text, in order. */
export function repeatContent(text: string): string[] {
  return repeatWords(text).filter((w) => w === '#' || (w.length > 1 && !STOP.has(w)));
}

function pairs(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

export interface RepeatKey {
  words: Set<string>;
  pairs: Set<string>;
}

const KEYS = new Map<string, RepeatKey>();
const KEYS_MAX = 20_000;

export function repeatKey(text: string): RepeatKey {
  let key = KEYS.get(text);
  if (!key) {
    const content = repeatContent(text);
    key = { words: new Set(content), pairs: pairs(content) };
    if (KEYS.size >= KEYS_MAX) KEYS.clear();
    KEYS.set(text, key);
  }
  return key;
}

/** Share of a candidate's content pairs found in one earlier text from which it says the same thing again. */
export const REPEAT_PAIRS = 0.5;
/** …and, for a short candidate, the share of its content words. */
export const REPEAT_WORDS = 0.8;
/** Fewer content pairs than this: too short to judge (a "Sure." or a name). */
const MIN_PAIRS = 3;

/** How much of `candidate` is already in `earlier` (0–1): the share of its content pairs, or of its words when short. */
export function repeatShare(candidate: string | RepeatKey, earlier: string | RepeatKey): number {
  const c = typeof candidate === 'string' ? repeatKey(candidate) : candidate;
  const e = typeof earlier === 'string' ? repeatKey(earlier) : earlier;
  if (c.pairs.size < MIN_PAIRS) return 0;
  let shared = 0;
  for (const p of c.pairs) if (e.pairs.has(p)) shared++;
  const pairShare = shared / c.pairs.size;
  if (c.words.size > 8) return pairShare;
  let words = 0;
  for (const w of c.words) if (e.words.has(w)) words++;
  return Math.max(pairShare, (words / c.words.size) * (REPEAT_PAIRS / REPEAT_WORDS));
}

/** Whether `candidate` says again what one of `earlier` said (see the module note). */
export function repeatsEarlier(candidate: string, earlier: readonly string[]): boolean {
  const c = repeatKey(candidate);
  return earlier.some((e) => repeatShare(c, e) >= REPEAT_PAIRS);
}

/** "Can you say that again?", "repeat that", "what was the name again?": the user asks to hear it again. */
export const ASKS_TO_REPEAT = /\b(?:say (?:that|it|this) again|repeat (?:that|it|this|yourself)|(?:one|once) more time|(?:come again|sorry,? what)\??$|(?:the|that) (?:name|number|title|range) again|what was (?:that|it|the \w+) again)\b/i;
