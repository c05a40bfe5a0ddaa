/**
 * One-pass rewrites of patterns that backtracked polynomially on long hostile texts (the ledger of
 * shared/rules/regex-safety.test.ts): each gives the same answer as the pattern it replaced (kept
 * beside it in linear-scans.test.ts, compared on texts built at random and on hostile shapes), in
 * time linear in the text. The patterns left here are ones recheck calls safe.
 */

/**
 * Every match of the alternation `regexes[0]|regexes[1]|…` (each global), as `matchAll` of the
 * one pattern would give them: at the leftmost position where any matches, the first that matches
 * there; the next search from its end. Each part is searched forward once (a match found ahead is
 * kept until the search passes it), so the whole costs what the parts cost. No empty matches.
 */
export function unionMatches(text: string, regexes: readonly RegExp[]): RegExpExecArray[] {
  const ahead: Array<RegExpExecArray | null | undefined> = regexes.map(() => undefined);
  const out: RegExpExecArray[] = [];
  let pos = 0;
  for (;;) {
    let best = -1;
    for (let k = 0; k < regexes.length; k++) {
      let m = ahead[k];
      if (m === undefined || (m !== null && m.index < pos)) {
        const re = regexes[k]!;
        re.lastIndex = pos;
        m = ahead[k] = re.exec(text);
      }
      if (m && (best < 0 || m.index < ahead[best]!.index)) best = k;
    }
    if (best < 0) return out;
    const m = ahead[best]!;
    out.push(m);
    pos = m.index + Math.max(1, m[0].length);
  }
}

/** The joins between the clauses of an introduction's sentence (the shapes of `/\s+[-–—]\s+(?=I\b|I['’])|,?\s+(?:and|but|so)\s+(?=…)|,\s+(?=…)|,\s+and\s+|(?<!\s)\s+and\s+(?=…)/g`). */
const INTRO_JOINS = [
  /(?<!\s)\s+[-–—]\s+(?=I\b|I['’])/g,
  /(?:,|(?<!\s))\s+(?:and|but|so)\s+(?=I\b|I['’]|would|wanted|hope|am\b|was\b|your\b|you\b|we\b|when\b)/g,
  /,\s+(?=(?:and\s+)?(?:I|would|could|can|your|you|we|when)\b)|,\s+and\s+/g,
  /(?<!\s)\s+and\s+(?=(?:Dr|Professor|Prof|Mr|Ms|Mrs|Mx)\.?\s|[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?(?:suggested|recommended|mentioned|said|told|referred|thought|gave))/g,
];

/**
 * Each join in `text`, as `matchAll` of the five-way pattern gave them. A match of the old pattern
 * never began inside a run of spaces (it would have matched at the run's start, left of it), so
 * each part starting with spaces starts where no space is before it: one try a run, not one a space.
 */
export const introJoins = (text: string): RegExpExecArray[] => unionMatches(text, INTRO_JOINS);

/**
 * Where a claim's first clause ends: the index of the first `/\s+(?:and how|and why|and what|and
 * that|which|because|so)\b|,/i` (its `split(…)[0]` is `text.slice(0, firstClauseBreak(text))`),
 * the text's length when none. The leftmost such run of spaces is the one before the first word
 * preceded by a space; found with one space, then walked back over the run.
 */
export function firstClauseBreak(text: string): number {
  const comma = text.indexOf(',');
  const word = /\s(?:and how|and why|and what|and that|which|because|so)\b/i.exec(comma < 0 ? text : text.slice(0, comma));
  if (!word) return comma < 0 ? text.length : comma;
  let start = word.index;
  while (start > 0 && /\s/.test(text[start - 1]!)) start--;
  return start;
}

/** "…for the past six years" at the end of a fact: `/\s+(?:for|over) …$|\s+since \d{4}$/i`, never begun inside a run of spaces (see `introJoins`). */
export const DURATION_AT_END = /(?<!\s)\s+(?:for|over) (?:the )?(?:past|last)? ?(?:\w+ )?(?:years?|months?|decades?)$|(?<!\s)\s+since \d{4}$/i;

/**
 * The topics of "minutes on X?" / "call on X?" / "chat on X?": each capture of
 * `/\b(?:minutes|call|chat) on ([^.?!\n]+?)\?/gi`. The lazy run could only end at the clause's first
 * stop, so it is the whole run, kept when that stop is a question mark; a later "on" in the same
 * run ends at the same stop, so one look a run.
 */
export function minutesOnTopics(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b(?:minutes|call|chat) on ([^.?!\n]+)/gi)) if (text[m.index + m[0].length] === '?') out.push(m[1]!);
  return out;
}

/**
 * "As a nurse educator," in a draft: `/\bAs (an? [^,.!?\n]+),/i.exec(text)`, its index, match and
 * capture. The run is greedy and ends at the clause's first stop: kept when the stop is a comma;
 * a later "As a" in the same run ends at the same stop, so one look a run.
 */
export function asRoleClause(text: string): RegExpExecArray | null {
  for (const m of text.matchAll(/\bAs (an? [^,.!?\n]+)/gi)) {
    if (text[m.index + m[0].length] !== ',') continue;
    const found = [`${m[0]},`, m[1]!] as unknown as RegExpExecArray;
    found.index = m.index;
    found.input = text;
    return found;
  }
  return null;
}

const STOP = /[.!?\n,]/g;
const BETWEEN = /\b(?:deciding|choosing|torn|weighing|trying to decide) between /gi;
const SEPARATORS = ['and', 'or', 'vs.', 'vs', 'versus'];

/**
 * "deciding between X and Y": the two captures of `/\b(?:deciding|choosing|torn|weighing|trying
 * to decide) between ([^.!?\n,]+?) (?:and|or|vs\.?|versus) ([^.!?\n,]+)/i.exec(text)`, or
 * undefined. X is the shortest start of the clause followed by a separator and a word of the
 * clause; when a clause has none, no later "deciding between" in it has one either, so the search
 * goes on at the clause's end.
 */
export function decidingBetween(text: string): [string, string] | undefined {
  const stopAt = (from: number) => {
    STOP.lastIndex = from;
    return STOP.exec(text)?.index ?? text.length;
  };
  BETWEEN.lastIndex = 0;
  for (let m = BETWEEN.exec(text); m; m = BETWEEN.exec(text)) {
    const b = m.index + m[0].length;
    const end = stopAt(b);
    for (let x = b + 1; x < end; x++) {
      if (text[x] !== ' ') continue;
      for (const sep of SEPARATORS) {
        const y = x + 1 + sep.length;
        if (text.slice(x + 1, y).toLowerCase() !== sep || text[y] !== ' ' || y + 1 >= text.length || /[.!?\n,]/.test(text[y + 1]!)) continue;
        return [text.slice(b, x), text.slice(y + 1, stopAt(y + 1))];
      }
    }
    BETWEEN.lastIndex = Math.max(end, BETWEEN.lastIndex);
  }
  return undefined;
}

/**
 * A stray topic phrase (`STRAY` in shapes.ts): the anchored alternatives, and the ones that were
 * `.*\b(?:website|…)\b.*`, `.*\b(?:lol|lmao|omg)\b.*` and `.*\p{Extended_Pictographic}.*` between
 * `^` and `$`: one line (no line break for `.` to stop at) holding the word or the pictograph.
 */
const STRAY_ANCHORED =
  /^(?:(?:about |almost |over |nearly |another )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)(?:\s+(?:or|to|-)\s+\d+)?\s+(?:years?|months?|weeks?|days?|hours?)(?:\s+and a half)?|(?:the |a |an |some |few |next |this |last )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|days?|weeks?|months?|mornings?|afternoons?|evenings?|weekends?|weekdays?|\d{1,2}(?:st|nd|rd|th)?|tomorrow|today|tonight)(?:\s+(?:and|or)\s+(?:\w+days?|mornings?|afternoons?|evenings?))*|(?:my|me|myself|i)\b.*|(?:pay|money|no money|salary|the debt|worth the debt))$/iu;
const STRAY_ANYWHERE = /\b(?:website|web ?site|page|profile|tiktok|instagram|post|posts|video|videos|article|lol|lmao|omg)\b|\p{Extended_Pictographic}/iu;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
export const isStrayPhrase = (text: string): boolean => STRAY_ANCHORED.test(text) || (!LINE_BREAK.test(text) && STRAY_ANYWHERE.test(text));

/**
 * A contact line of a closing (`CONTACT_LINE` in shapes.ts): a phone number, an address, a link,
 * a "Name | Title" line. The two shapes that backtracked, `\S+@\S+\.\w+` and
 * `\S+\.(?:com|…)(?:\/\S*)?` between `^` and `$`, are read as what they say: no space anywhere, and
 * an "@" after the first character with a "." after it two on that ends a run of word characters;
 * or a "." after the first character, then one of the endings, then the end or a "/".
 */
const CONTACT_ANCHORED = /^(?:[(+]?\d[\d ().-]{6,}\d|(?:https?:\/\/|www\.)\S+|linkedin\.com\S*|[\w .,'’-]{0,40}\|[\w .,'’|-]{0,60})$/i;
const DOMAIN_END = /(?<=\S)\.(?:com|io|net|org|ly|me|co|dev)(?=\/|$)/i;
export function isContactLine(line: string): boolean {
  if (CONTACT_ANCHORED.test(line)) return true;
  if (line.length === 0 || /\s/.test(line)) return false;
  const dot = line.lastIndexOf('.');
  const at = line.indexOf('@', 1);
  if (at >= 1 && dot >= at + 2 && /^\w+$/.test(line.slice(dot + 1))) return true;
  return DOMAIN_END.test(line);
}

/**
 * "why?", "how so?", "and why": `/^\s*(?:and|so|…)?[,!.\s]*(?:why|how|…)\s*\??\s*$/i` with its
 * overlapping runs of spaces merged (the same texts: `\s*W?P*` is `(?:\s*W)?P*` when P holds the
 * spaces, and `\s*\??\s*` is `(?:\s*\?)?\s*`).
 */
export const BARE_FOLLOW = /^(?:\s*(?:and|so|oh|wow|really|interesting|huh))?[,!.\s]*(?:why|how|how so|then what|what then|what happened|such as|like what|meaning)(?:\s*\?)?\s*$/i;

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** `[\w-]`, `[\w.+-]`. */
const isWordOrDash = (c: number) => isWordChar(c) || c === 45;
const isAddressChar = (c: number) => isWordOrDash(c) || c === 46 || c === 43;
const ENDINGS = ['com', 'io', 'net', 'org', 'ly', 'co', 'me', 'edu', 'dev', 'app', 'gov', 'us', 'ca', 'uk'];
/** Whether `word` (lower case ASCII) is at `at` in `text`, in any case (`/word/iy`). */
const wordAt = (text: string, at: number, word: string) => {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    const w = word.charCodeAt(k);
    if (c !== w && !(w >= 97 && w <= 122 && c === w - 32)) return false;
  }
  return true;
};
/** The length of `(?:com|io|…|uk)` at `at` (the first that matches, as the pattern tries them), or -1. */
const endingAt = (text: string, at: number) => {
  for (const e of ENDINGS) if (wordAt(text, at, e)) return e.length;
  return -1;
};
/** The length of `(?:https?:\/\/|www\.)` at `at`, or -1. */
const linkStartAt = (text: string, at: number) => (wordAt(text, at, 'https://') ? 8 : wordAt(text, at, 'http://') ? 7 : wordAt(text, at, 'www.') ? 4 : -1);
/** `[^\s<>"]*` from `at`: where it ends. */
const linkRunEnd = (text: string, at: number) => {
  let i = at;
  while (i < text.length && !/[\s<>"]/.test(text[i]!)) i++;
  return i;
};

/**
 * The spans of `/\b(?:https?:\/\/|www\.)[^\s<>"]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|io|net|org|ly|co|me|edu|dev|app|gov|us|ca|uk)(?:\/[^\s<>"]*)?/gi`
 * (links, addresses, bare domains), in one pass with tables read right to left. Where the
 * pattern retried from every character of a long run, each alternative here is decided at a
 * position from what is known about the run it is in:
 * - an address's `[\w.+-]+@` can only end at the end of its run of those characters, so the "@"
 *   must follow that run, and each "@"'s domain is read once;
 * - a bare domain's `[\w-]+(?:\.[\w-]+)*\.ending` ends, by the pattern's backtracking, at the
 *   last ".word" of the chain after the starting word whose word begins with an ending (a table
 *   by word ends), then an optional "/…" to the end of the run.
 */
/** What every match needs somewhere: a link's start, an "@", or a "." before an ending. */
const LINK_HINT = /https?:\/\/|www\.|@|\.(?:com|io|net|org|ly|co|me|edu|dev|app|gov|us|ca|uk)/i;
export function linkSpans(text: string): Array<[number, number]> {
  if (!LINK_HINT.test(text)) return [];
  const n = text.length;
  const code = (i: number) => (i >= 0 && i < n ? text.charCodeAt(i) : -1);
  const boundary = (p: number) => isWordChar(code(p - 1)) !== isWordChar(code(p));
  // End of the run of [\w-] (and of [\w.+-]) that holds each position.
  const wordEnd = new Int32Array(n + 1);
  const addressEnd = new Int32Array(n + 1);
  wordEnd[n] = addressEnd[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    const c = code(i);
    wordEnd[i] = isWordOrDash(c) ? (isWordOrDash(code(i + 1)) ? wordEnd[i + 1]! : i + 1) : i;
    addressEnd[i] = isAddressChar(c) ? (isAddressChar(code(i + 1)) ? addressEnd[i + 1]! : i + 1) : i;
  }
  // At the end e of a [\w-] run: the dot of the last ".word" of the chain after it whose word begins with an ending (-1: none).
  const lastEnding = new Int32Array(n + 1).fill(-1);
  for (let e = n; e >= 1; e--) {
    if (!isWordOrDash(code(e - 1)) || isWordOrDash(code(e))) continue;
    if (code(e) !== 46 || !isWordOrDash(code(e + 1))) continue;
    const after = lastEnding[wordEnd[e + 1]!]!;
    lastEnding[e] = after >= 0 ? after : endingAt(text, e + 1) > 0 ? e : -1;
  }
  const domainEnd = new Map<number, number>();
  /** `[\w-]+(?:\.[\w-]+)+` from `at`, greedy: its end, or -1. */
  const domain = (at: number) => {
    let end = domainEnd.get(at);
    if (end !== undefined) return end;
    end = -1;
    if (isWordOrDash(code(at))) {
      let e = wordEnd[at]!;
      while (code(e) === 46 && isWordOrDash(code(e + 1))) end = e = wordEnd[e + 1]!;
    }
    domainEnd.set(at, end);
    return end;
  };
  const out: Array<[number, number]> = [];
  for (let p = 0; p < n; ) {
    let end = -1;
    if (boundary(p)) {
      const c = code(p) | 32;
      // "http", "www" (in any case) begin with h or w.
      const lead = c === 104 || c === 119 ? linkStartAt(text, p) : -1;
      if (lead > 0) {
        const run = linkRunEnd(text, p + lead);
        if (run > p + lead) end = run;
      }
      if (end < 0 && isAddressChar(code(p))) {
        const a = addressEnd[p]!;
        if (code(a) === 64) end = domain(a + 1);
      }
      if (end < 0 && isWordOrDash(code(p))) {
        const dot = lastEnding[wordEnd[p]!]!;
        if (dot >= 0) {
          end = dot + 1 + endingAt(text, dot + 1);
          if (code(end) === 47) end = linkRunEnd(text, end);
        }
      }
    }
    if (end > p) {
      out.push([p, end]);
      p = end;
    } else p++;
  }
  return out;
}
