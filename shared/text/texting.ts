/**
 * Texting forms and their written-out words: the one table the register edits
 * (server/text/register.ts), the fresh draft's kept sentences (server/coach/fresh-draft.ts,
 * server/text/polish.ts) and the question rules' reading (shared/rules/question-text.ts) all use,
 * so a form written out in one place is written out in all of them. Pure, no imports: runs in the
 * browser too.
 *
 * Only the lowercase form counts, or a capitalised one where the word opens a sentence ("Abt", "Pls");
 * a form in capitals ("IDK", "BC", "ORG") or one that is also a name or a word in another case ("Ur",
 * "Ya", "Rn") is left alone: the forms in CASE_SENSITIVE count only in lowercase. Forms that depend on
 * the words around them ("r" between words, "ur" as "you're", "yrs" after a number) stay with their
 * user.
 */
export const TEXTING_WORDS: Readonly<Record<string, string>> = {
  u: 'you',
  ur: 'your',
  ya: 'you',
  im: "I'm",
  ive: "I've",
  idk: "I don't know",
  lmk: 'let me know',
  abt: 'about',
  ppl: 'people',
  tho: 'though',
  cuz: 'because',
  coz: 'because',
  bc: 'because',
  rn: 'right now',
  thx: 'thanks',
  thnx: 'thanks',
  tks: 'thanks',
  tysm: 'thank you so much',
  pls: 'please',
  plz: 'please',
  gonna: 'going to',
  wanna: 'want to',
  kinda: 'kind of',
  sorta: 'sort of',
  dont: "don't",
  cant: "can't",
  didnt: "didn't",
  doesnt: "doesn't",
  wat: 'what',
  wut: 'what',
  btw: 'by the way',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  mgmt: 'management',
  mgr: 'manager',
  govt: 'government',
  dept: 'department',
  convo: 'conversation',
  prolly: 'probably',
  smth: 'something',
  bcuz: 'because',
  org: 'organization',
};

/** Forms that count only in lowercase ("Ur" may be a name, "Rn" a title, "Ive" a name). */
const CASE_SENSITIVE: ReadonlySet<string> = new Set(['u', 'ur', 'ya', 'ive', 'rn', 'tho', 'wat', 'dept', 'org']);

/** Written-out words for the forms made with a slash: "w/" → "with", "w/o" → "without", "b/c" → "because". */
export const TEXTING_SLASHES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b[Ww]\/o(?=\s)/g, 'without'],
  [/\b[Ww]\/(?=\s)/g, 'with'],
  [/\b[Bb]\/c\b/g, 'because'],
];

/** The written-out words of `word` when it is a texting form as written (its case counts), else undefined. */
export function writtenOut(word: string): string | undefined {
  const lower = word.toLowerCase();
  // Own keys only: "constructor" is no texting form.
  const by = Object.hasOwn(TEXTING_WORDS, lower) ? TEXTING_WORDS[lower] : undefined;
  if (by === undefined) return undefined;
  if (word === lower) return by;
  if (CASE_SENSITIVE.has(lower) || word !== lower.charAt(0).toUpperCase() + lower.slice(1)) return undefined;
  return by.charAt(0).toUpperCase() + by.slice(1);
}

/** A word that may be a texting form: letters only, not inside a link, an address, a handle or a longer word. */
export const TEXTING_WORD = /(?<![\p{L}\p{N}'’@/.#_-])(\p{L}+)(?![\p{L}\p{N}'’@_/-]|\.\p{L})/gu;

/** `text` with every texting form (and slash form) written out; the rest as written. */
export function writeOutTexting(text: string): string {
  let out = text.replace(TEXTING_WORD, (w: string) => writtenOut(w) ?? w);
  for (const [re, by] of TEXTING_SLASHES) out = out.replace(re, (m) => (/^[A-Z]/.test(m) ? by.charAt(0).toUpperCase() + by.slice(1) : by));
  return out;
}
