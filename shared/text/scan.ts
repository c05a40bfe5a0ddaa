/**
 * Linear-time string helpers for the shapes a regular expression can only find by backtracking:
 * a run at the end of the text (`[.!]+$`, `\s*$`), the last line (`,.*$`), the first bracket pair
 * (`\[[^\]]*\]`). Each one says the pattern it stands for and gives the same answer, in one pass.
 * Pure, no imports: runs in the browser and the server.
 */

/** JavaScript's `\s` (what `trim()` removes), for one character. */
export const isSpace = (ch: string | undefined): boolean => ch !== undefined && ch !== '' && ch.trim() === '';

/** A line terminator: what `.` never matches. */
export const isLineBreak = (ch: string | undefined): boolean => ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';

/** Where the run of characters passing `test` that ends at `end` starts (`end` when there is none). */
export function runStart(text: string, test: (ch: string) => boolean, end = text.length): number {
  let i = end;
  while (i > 0 && test(text[i - 1]!)) i--;
  return i;
}

/** Where the run of characters passing `test` that starts at `from` ends. */
export function runEnd(text: string, test: (ch: string) => boolean, from = 0): number {
  let i = from;
  while (i < text.length && test(text[i]!)) i++;
  return i;
}

/** The characters of `chars` at the end of `text` removed: `text.replace(/[<chars>]*$/, '')`. */
export function stripEnd(text: string, chars: string): string {
  return text.slice(0, runStart(text, (ch) => chars.includes(ch)));
}

/** The length of the whitespace at the end: `/\s*$/.exec(text)[0].length`. */
export const trailingSpace = (text: string): number => text.length - text.trimEnd().length;

/** Where the last line starts: after the last line terminator (`.*$` can only match there). */
export function lastLineStart(text: string): number {
  return runStart(text, (ch) => !isLineBreak(ch));
}

/** ASCII letters lowered, nothing else: how a non-unicode `i` pattern compares ASCII words. */
export const asciiLower = (text: string): string => text.replace(/[A-Z]+/g, (m) => m.toLowerCase());

/**
 * The bracket pairs `/\[[^\]]*\]/g` finds (`multiline` false: `/\[[^\]\n]+\]/g`, no line break and
 * at least one character inside), as `[start, end)` spans, left to right.
 */
export function bracketSpans(text: string, { multiline = true } = {}): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  while (from < text.length) {
    const open = text.indexOf('[', from);
    if (open < 0) break;
    if (multiline) {
      const close = text.indexOf(']', open + 1);
      if (close < 0) break;
      out.push([open, close + 1]);
      from = close + 1;
      continue;
    }
    let k = open + 1;
    while (k < text.length && text[k] !== ']' && text[k] !== '\n') k++;
    if (k >= text.length) break;
    if (text[k] === ']' && k > open + 1) {
      out.push([open, k + 1]);
      from = k + 1;
    } else from = text[k] === '\n' ? k + 1 : open + 1;
  }
  return out;
}

/**
 * The first aside in parentheses with the space before it: `/\s*\([^)]{0,max}\)/.exec(text)` as
 * `{ index, end }` (the first "(" whose next ")" is at most `max` characters on).
 */
export function parenAside(text: string, max = Number.POSITIVE_INFINITY): { index: number; end: number } | undefined {
  let close = -1;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    if (close < open) close = text.indexOf(')', open + 1);
    if (close < 0) return undefined;
    if (close - open - 1 <= max) return { index: runStart(text, isSpace, open), end: close + 1 };
  }
  return undefined;
}

/**
 * Whether a list item starts after a line break: `/\n\s*(?:\d+[.)]|[-•*])\s/.test(text)` (`digits`:
 * how many digits a number may have, `\d{1,2}` for 2; `lineStart`: the text's start counts as a line break, `(?:^|\n)`).
 */
export function listItemAfterBreak(text: string, { digits = Number.POSITIVE_INFINITY, lineStart = false } = {}): boolean {
  let i = 0;
  while (i <= text.length) {
    const from = i;
    const end = runEnd(text, isSpace, from);
    const broken = (lineStart && from === 0) || text.slice(from, end).includes('\n');
    if (broken && end < text.length && listMarkerAt(text, end, digits)) return true;
    i = end === from ? end + 1 : end;
    if (end === text.length) break;
  }
  return false;
}

/** A list marker at `at`: a number and "." or ")", or a bullet, then a space. */
function listMarkerAt(text: string, at: number, digits: number): boolean {
  if ('-•*'.includes(text[at]!)) return isSpace(text[at + 1]);
  const end = runEnd(text, (ch) => ch >= '0' && ch <= '9', at);
  return end > at && end - at <= digits && (text[end] === '.' || text[end] === ')') && isSpace(text[end + 1]);
}

/** The code points at the end of `text` that pass `test` removed (a pair of surrogates is one code point). */
export function stripEndPoints(text: string, test: (point: string) => boolean): string {
  let i = text.length;
  while (i > 0) {
    const low = text.charCodeAt(i - 1);
    const pair = i > 1 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
    const point = text.slice(pair ? i - 2 : i - 1, i);
    if (!test(point)) break;
    i -= point.length;
  }
  return text.slice(0, i);
}

/**
 * Where the last of the joins `/,?\s+(?:and|but|or|—|–)\s+/g` finds starts ("…, and ", " — "), or
 * undefined: the same matches, left to right, each run of spaces read once.
 */
export function lastJoinIndex(text: string): number | undefined {
  let last: number | undefined;
  let from = 0;
  for (let r = 0; r < text.length; ) {
    if (!isSpace(text[r])) {
      r++;
      continue;
    }
    const k = runEnd(text, isSpace, r);
    const word = ['and', 'but', 'or', '—', '–'].find((w) => text.startsWith(w, k) && isSpace(text[k + w.length]));
    if (!word) {
      r = k;
      continue;
    }
    const start = Math.max(r, from);
    if (start < k) {
      last = start > 0 && text[start - 1] === ',' && start - 1 >= from ? start - 1 : start;
      from = runEnd(text, isSpace, k + word.length);
      r = from;
    } else r = k;
  }
  return last;
}

/**
 * Where a trailing word from `words` (lower case, ASCII; a phrase may hold single spaces) starts
 * with the spaces before it: `/\s+(?:w1|w2|…)$/i` as the index of its match, or undefined.
 */
export function trailingWordAt(text: string, words: readonly string[]): number | undefined {
  let at: number | undefined;
  for (const w of words) {
    const start = text.length - w.length;
    if (start < 1 || !isSpace(text[start - 1]) || asciiLower(text.slice(start)) !== w) continue;
    const from = runStart(text, isSpace, start);
    if (at === undefined || from < at) at = from;
  }
  return at;
}

/** `text.replace(/\s+(?:w1|w2|…)$/i, '')`. */
export function stripTrailingWord(text: string, words: readonly string[]): string {
  const at = trailingWordAt(text, words);
  return at === undefined ? text : text.slice(0, at);
}

/** `text.replace(/\s+\S+$/, '')`: the last word and the spaces before it. */
export function stripLastWord(text: string): string {
  const word = runStart(text, (ch) => !isSpace(ch));
  if (word === text.length) return text;
  const space = runStart(text, isSpace, word);
  return space < word ? text.slice(0, space) : text;
}

/** `text.replace(/\[[^\]]*\]/g, by)`. */
export function replaceBrackets(text: string, by: string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of bracketSpans(text)) {
    out += text.slice(at, start) + by;
    at = end;
  }
  return out + text.slice(at);
}

/** `text.replace(/\s*\([^)]*\)/g, '')`: every aside in parentheses and the spaces before it. */
export function removeAsides(text: string): string {
  let out = '';
  let at = 0;
  let close = -1;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', Math.max(open + 1, at))) {
    if (close < open) close = text.indexOf(')', open + 1);
    if (close < 0) break;
    const start = Math.max(at, runStart(text, isSpace, open));
    out += text.slice(at, start);
    at = close + 1;
  }
  return out + text.slice(at);
}

/** `text.replace(/\.(?:\s.*)?$/, '')`: from the first stop that ends the text or is followed by a space and the rest of the last line. */
export function cutAtFinalStop(text: string): string {
  const lastLine = lastLineStart(text);
  for (let d = text.indexOf('.', Math.max(0, lastLine - 2)); d >= 0; d = text.indexOf('.', d + 1)) {
    if (d === text.length - 1 || (isSpace(text[d + 1]) && d + 2 >= lastLine)) return text.slice(0, d);
  }
  return text;
}

/** `/^how you would choose between (.+) and (.+)$/.exec(text)` as its two groups. */
export function choiceBetween(text: string, lead = 'how you would choose between '): [string, string] | undefined {
  if (!text.startsWith(lead)) return undefined;
  const rest = text.slice(lead.length);
  if (lastLineStart(rest) !== 0) return undefined;
  const i = rest.lastIndexOf(' and ', rest.length - 6);
  return i >= 1 ? [rest.slice(0, i), rest.slice(i + 5)] : undefined;
}

/** `text.replace(/[<chars>].*$/, '')`: from the first of `chars` on the last line. */
export function cutAtLastLine(text: string, chars: string): string {
  for (let i = lastLineStart(text); i < text.length; i++) if (chars.includes(text[i]!)) return text.slice(0, i);
  return text;
}

/** `text.replace(/\s*\(.*\)$/, '')` (and `/(?<!\s)\s*\(.*\)$/`, the same match): a closing aside in parentheses on the last line. */
export function withoutClosingAside(text: string): string {
  if (!text.endsWith(')')) return text;
  const open = text.indexOf('(', lastLineStart(text));
  return open >= 0 && open < text.length - 1 ? text.slice(0, runStart(text, isSpace, open)) : text;
}

/** `text.replace(/\s*(?:,|\band\b|\bbut\b|\bso\b)\s*$/i, '')`: a comma or a joining word left at the end, with the spaces around it. */
export function withoutTrailingJoin(text: string): string {
  const end = text.trimEnd().length;
  let at: number | undefined;
  if (text[end - 1] === ',') at = end - 1;
  else {
    for (const w of ['and', 'but', 'so']) {
      const start = end - w.length;
      if (start >= 0 && asciiLower(text.slice(start, end)) === w && !/\w/.test(text[start - 1] ?? '')) at = start;
    }
  }
  return at === undefined ? text : text.slice(0, runStart(text, isSpace, at));
}
