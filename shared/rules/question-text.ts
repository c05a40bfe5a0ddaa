import type { Evidence } from './rule.ts';
import { evidence, findEvery, words } from './text.ts';
import { TEXTING_SLASHES, TEXTING_WORD, writtenOut } from '../text/texting.ts';

/**
 * The text toolkit of the question rules (beside `text.ts`, which the outreach rules use): a
 * pasted list split into questions, proper nouns told from ordinary words, yes/no questions,
 * and the nouns a rephrasing must keep.
 */

/** Both apostrophes people paste: `'` and `’`. */
export const APOS = "['’]";

/** `1.`, `1)`, `(1)`, `Q1:`, `-`, `*`, `•`, `–`, `>` at the start of a pasted line. */
const LIST_MARKER = /^\s*(?:(?:[-*•·–—>▪◦‣]|\(?\d{1,3}[.):]|\(?[a-z][.)]|q\d{1,3}[.):]?)\s+)+/i;

/** A pasted line without its bullet or number. */
export function stripListMarker(line: string): string {
  return line.replace(LIST_MARKER, '').trim();
}

/**
 * The questions in a pasted block: one per line, bullets and numbers removed, blank lines
 * dropped. A line that wraps (no `?` yet, next line starts in lower case) is joined to the next.
 */
export function splitQuestionList(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = stripListMarker(raw);
    if (line === '') continue;
    const last = out.at(-1);
    if (last !== undefined && !/[?.!:]$/.test(last) && /^[a-z]/.test(line) && !LIST_MARKER.test(raw)) {
      out[out.length - 1] = `${last} ${line}`;
    } else out.push(line);
  }
  return out;
}

/** True when the word at `start` begins the text or a sentence (so its capital says nothing). */
export function startsSentence(text: string, start: number): boolean {
  const before = text.slice(0, start).trimEnd();
  return before === '' || /[.?!:;"“(]$/.test(before);
}

/** A capitalised word in mid-sentence: a name ("Toxic Labs"), not the word's ordinary sense. */
export function isProperNounAt(text: string, start: number): boolean {
  const ch = text[start] ?? '';
  return ch !== ch.toLowerCase() && !startsSentence(text, start);
}

/** Every match of `patterns`, merged, except those that begin on a proper noun ("Toxic Labs"). */
export function findOrdinary(text: string, patterns: readonly RegExp[]): Evidence[] {
  return findEvery(text, patterns).filter((hit) => {
    const word = /\p{L}/u.exec(hit.quote);
    return !word || !isProperNounAt(text, hit.start + word.index);
  });
}

const AUXILIARY =
  /^(?:do|does|did|is|are|was|were|am|have|has|had|will|would|can|could|should|shall|may|might|must)(?:n['’]t)?\b/i;
const WH_WORD = /\b(?:what|how|which|where|when|who|whom|whose|why)\b/i;

/** Starts with an auxiliary and asks no wh-question anywhere: can be answered with yes or no. */
export function isYesNoQuestion(question: string): boolean {
  const trimmed = question.trim();
  return AUXILIARY.test(trimmed) && !WH_WORD.test(trimmed);
}

/** Function words and the words every question about work uses: none of them is what a question is about. */
const STOP = new Set(
  (
    "a an the and or but nor of to in on at for with from by as into onto about over under after before than then so if " +
    'is are was were be been being am do does did done doing have has had having will would can could should shall may might must ' +
    "i me my mine myself you your yours yourself we us our they them their he him his she her it its this that these those " +
    'what how which where when who whom whose why there here any some all each every other others another such ' +
    'not no yes very really just also more most much many few lot lots kind sort bit little way ways thing things ' +
    "i'm you're it's that's what's there's don't doesn't didn't can't won't i've you've i'd you'd " +
    'tell ask know think get got like please mind maybe perhaps ever still even only own well ' +
    'now right yet already directly currently today soon later honestly exactly anyway actually basically generally usually typically ' +
    'someone anyone something anything everything somebody anybody willing say said go going come'
  ).split(' '),
);

export function isStopWord(word: string): boolean {
  return STOP.has(word.toLowerCase().replace(/’/g, "'"));
}

/** Lower-cased, apostrophes unified, a plural or possessive `s` dropped: "Books" ≈ "book", "Acme's" ≈ "acme". */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '').replace(/(?<![.'])[.']+$/, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** Words after which a noun phrase starts: determiners, possessives and prepositions. */
const NP_START = new Set(
  'a an the your my our their his her its this that these those any some every each another other in at on of for with about from into to by as like between during after before over under across through within without'.split(
    ' ',
  ),
);

/** Verbs that commonly follow a noun phrase in a question ("if a role opens"): not its head. */
const PHRASE_ENDING_VERB =
  /^(?:opens?|opened|comes?|happens?|works?|looks?|pays?|makes?|needs?|goes|gets|takes|seems|starts|posts|tends?|uses?|says|thinks?|feels?|do|does|did|fail(?:s|ed)?|succeed(?:s|ed)?|grows?|changes?|ends?|matters?|hiring|recruiting|[a-z]+(?:ful|ous|ive|less|able|ible))$/i;

/**
 * The words a rephrasing must keep: names (capitalised in mid-sentence) and the head noun of each
 * noun phrase ("your position" → position, "at the museum" → museum), except inside the spans that
 * broke a rule ("Why did you leave" goes; "Toxic Labs" and "books" stay).
 */
export function keyNouns(question: string, broken: readonly Evidence[] = []): string[] {
  const inside = (w: { start: number; end: number }) => broken.some((b) => !b.in && w.start < b.end && w.end > b.start);
  const all = words(question);
  const picked: Array<{ start: number; end: number; value: string }> = [];
  for (let i = 0; i < all.length; i++) {
    const w = all[i]!;
    if (isProperNounAt(question, w.start) && !isStopWord(w.value)) picked.push(w);
    if (!NP_START.has(w.value.toLowerCase())) continue;
    // The phrase runs over content words; its last one is the head.
    let j = i + 1;
    while (j < all.length && j <= i + 4 && !isStopWord(all[j]!.value) && !NP_START.has(all[j]!.value.toLowerCase()) && !PHRASE_ENDING_VERB.test(all[j]!.value)) {
      if (/[?,.;:!]/.test(question.slice(all[j]!.end, all[j]!.end + 1))) {
        j++;
        break;
      }
      j++;
    }
    if (j > i + 1) picked.push(all[j - 1]!);
  }
  const out: string[] = [];
  for (const w of picked.sort((a, b) => a.start - b.start)) {
    if (inside(w)) continue;
    const s = stem(w.value);
    if (s.length < 3 || /^\d+$/.test(s) || out.includes(s)) continue;
    out.push(s);
  }
  return out;
}

/** The share of `nouns` (stemmed) found in `text`: 1 when there is nothing to keep. */
export function shareKept(nouns: readonly string[], text: string): number {
  if (nouns.length === 0) return 1;
  const present = new Set(words(text).map((w) => stem(w.value)));
  return nouns.filter((n) => present.has(n)).length / nouns.length;
}

/** The line of `text` around a span, trimmed, as evidence (for a pasted profile). */
export function lineEvidence(text: string, start: number, end: number): Evidence {
  let s = text.lastIndexOf('\n', start - 1) + 1;
  let e = text.indexOf('\n', end);
  if (e < 0) e = text.length;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return evidence(text, s, e);
}

/**
 * Texting and apostrophe-less spellings, read as their full forms before the checkers look: "is ur
 * team hiring rn", "whats your salary", "why did u quit". Lower-case only where the short form is
 * also a name or a word ("R", "UR", "Id"), and "r" only before a pronoun ("r u hiring").
 */
/** The texting forms the question rules write out (see INFORMAL). */
const QUESTION_FORMS: ReadonlySet<string> = new Set(['u', 'ur', 'ya', 'rn', 'pls', 'plz', 'bc', 'cuz', 'coz', 'abt', 'ppl', 'wat', 'wut', 'wanna', 'gonna', 'kinda', 'sorta', 'mgr', 'dept', 'org', 'im', 'ive']);
const INFORMAL: ReadonlyArray<readonly [RegExp, string | ((form: string) => string | undefined)]> = [
  // The one texting table (shared/text/texting.ts), the forms the question model was trained on: the rules'
  // verdicts are its features, so a form more here changes them (retrain with `npm run train` to widen).
  [TEXTING_WORD, (form) => (QUESTION_FORMS.has(form.toLowerCase()) ? writtenOut(form) : undefined)],
  TEXTING_SLASHES.find(([, by]) => by === 'with')!,
  [/\br(?= (?:u|you|ya|they|there|we|your|ur)\b)/g, 'are'],
  [/(?<=\d ?)yrs?\b/gi, 'years'],
  [/\byr(?![.'’-]?\w)/g, 'your'],
  [/\b(what|how|who|where|when|that|there)s\b/gi, "$1's"],
  [/\b(do|does|did|is|are|was|were|have|has|had|would|could|should|ca|wo)nt\b/gi, "$1n't"],
  [/\b(why|how|what|where|who)['’]d(?= you\b)/gi, '$1 did'],
  [/\b(you|they)(re|ve|ll)\b/gi, "$1'$2"],
];

/** A text with informal spellings expanded, and the way back from its offsets to the original's. */
export interface ExpandedText {
  text: string;
  /** The original span behind `[start, end)` of the expanded text. */
  original(start: number, end: number): { start: number; end: number };
}

let lastExpanded: { input: string; output: ExpandedText } | undefined;

/**
 * The question as the checkers read it: informal spellings expanded, offsets kept (see `INFORMAL`).
 * Every question rule reads the same question in turn, so the last expansion is kept.
 */
export function expandInformal(text: string): ExpandedText {
  if (lastExpanded?.input === text) return lastExpanded.output;
  const output = expandUncached(text);
  lastExpanded = { input: text, output };
  return output;
}

function expandUncached(text: string): ExpandedText {
  const edits: Array<{ start: number; end: number; value: string }> = [];
  for (const [pattern, replacement] of INFORMAL) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (edits.some((e) => start < e.end && end > e.start)) continue;
      const written = typeof replacement === 'string' ? replacement.replace(/\$(\d)/g, (_all, n: string) => m[Number(n)] ?? '') : replacement(m[0]);
      if (written === undefined) continue;
      let value = written;
      if (/^[A-Z]/.test(m[0]) && !/^[A-Z]/.test(value)) value = value.charAt(0).toUpperCase() + value.slice(1);
      edits.push({ start, end, value });
    }
  }
  if (edits.length === 0) return { text, original: (start, end) => ({ start, end }) };
  edits.sort((a, b) => a.start - b.start);
  // origin[i]: the original span behind character i of the expanded text.
  const origin: Array<{ start: number; end: number }> = [];
  let out = '';
  let at = 0;
  for (const e of edits) {
    for (; at < e.start; at++) {
      out += text[at];
      origin.push({ start: at, end: at + 1 });
    }
    for (const ch of e.value) {
      out += ch;
      origin.push({ start: e.start, end: e.end });
    }
    at = e.end;
  }
  for (; at < text.length; at++) {
    out += text[at];
    origin.push({ start: at, end: at + 1 });
  }
  return {
    text: out,
    original: (start, end) => {
      if (start >= end) {
        const p = origin[start]?.start ?? text.length;
        return { start: p, end: p };
      }
      return { start: origin[start]?.start ?? text.length, end: origin[end - 1]?.end ?? text.length };
    },
  };
}

/** Evidence found in the expanded text, pointed back at the original's words. */
export function evidenceInOriginal(original: string, expanded: ExpandedText, found: readonly Evidence[]): Evidence[] {
  return found.map((hit) => {
    const { start, end } = expanded.original(hit.start, hit.end);
    return { ...evidence(original, start, end), ...(hit.in ? { in: hit.in } : {}) };
  });
}

/**
 * Structural signals (beside the per-phrasing patterns of the rules): the shape of a request aimed
 * at them whose object is the user — "you" + a verb of producing, sending, arranging or backing +
 * "me"/"my"/"for me". The verb lists are kinds of action, not phrasings of one question.
 */
const ADDRESSED = "\\b(?:can|could|would|will|may) you (?:please |possibly |maybe |kindly |ever |be able to |be willing to |mind )?";
const PRODUCE_FOR_ME = "(?:put together|make|write|draft|compile|create|build|prepare|design|draw up|pull together|find|get|arrange|organi[sz]e|book|schedule)";
const SEND_ME = "(?:send|email|forward|mail|pass|give|share|lend|show)";
const BACK_ME = "(?:hire|recommend|refer|consider|back|support|endorse|sponsor|sign off on|vouch for|approve|nominate|shortlist|fast-track)";

/**
 * The structural patterns, each compiled once (they were built on every call, twice a checked
 * question, so `findAll` compiled a global copy of each every time), in the order they are tried.
 */
const USER_BENEFIT: ReadonlyArray<readonly ['labour' | 'job', RegExp]> = [
  // "Can you put together a reading list for me", "could you find me a mentor".
  ['labour', new RegExp(`${ADDRESSED}${PRODUCE_FOR_ME}\\b(?: me\\b| (?:[\\w'’-]+ ){1,5}for me\\b)`, 'i')],
  // "Can you send me the slides", "would you give me your notes" (not advice, an example or a sense).
  ['labour', new RegExp(`${ADDRESSED}${SEND_ME} me (?!(?:some |any |your |a |an |the )?(?:advice|sense|idea|example|overview|picture|tips?|insight|feel|bit|little|quick|brief|rough|general)\\b)(?:the|your|some|any|a|an|copies|links?)\\b`, 'i')],
  // "Would you hire me", "can you recommend me for the role", "back my application".
  ['job', new RegExp(`\\b(?:you|your [\\w-]+) (?:(?:would|could|will|might|can) )?(?:ever |possibly |consider |be willing to )?${BACK_ME} (?:me(?= (?:for|as|if|when|internally|at|to (?:your|the|HR|a hiring))\\b|\\s*[?.!]*$)|my (?:application|candidacy|resume|résumé|cv))`, 'i')],
  // "set up a call between me and your recruiter", "help me find a mentor", "spare an hour".
  ['labour', /\b(?:set up|arrange|schedule|book|organi[sz]e) (?:a |an )?(?:call|meeting|chat|coffee|intro(?:duction)?)\b[^?]{0,30}\b(?:me|my)\b|\bhelp me (?:find|land|meet|reach|contact|connect|secure|set up)\b|\bspare (?:an? |some |a few |half an |\d+ )?(?:hours?|minutes|time|afternoon|morning|day|evening)\b|\b(?:go|look|read|run) (?:over|through) my\b|\bas my (?:supervisor|mentor|reference|referee|sponsor|advisor|adviser|coach|manager)\b/i],
  // "open to someone like me", "an offer after I shadow you".
  ['job', /\b(?:open|available) to (?:someone|people|a person|students?|grads?) like me\b|\bI (?:could|can|might|would) [^?]{0,40}\b(?:get|receive|land) (?:an? )?(?:offer|interview|job|position|role)\b/i],
];

/** Requests whose beneficiary is the user: evidence spans, labelled by what they ask for. */
export function userBenefitRequests(text: string): Array<{ kind: 'labour' | 'job'; hit: Evidence }> {
  const out: Array<{ kind: 'labour' | 'job'; hit: Evidence }> = [];
  for (const [kind, pattern] of USER_BENEFIT) for (const hit of findEvery(text, [pattern])) out.push({ kind, hit });
  return out;
}

/**
 * A pasted profile (up to 20,000 characters) read once per review instead of once per checked
 * question and per candidate rephrasing: whether it says anything, and each search over it
 * (a name, a pattern) remembered. Lookups give exactly what a fresh scan would.
 */
export interface PreparedProfile {
  text: string;
  /** `text.indexOf(needle)`, remembered. */
  indexOf(needle: string): number;
  /** The first match of `pattern` (non-global) in the profile, remembered per pattern. */
  firstMatch(pattern: RegExp): { index: number; length: number } | undefined;
}

let lastPrepared: PreparedProfile | undefined;

/** The profile prepared for lookups, or undefined when it is missing or blank; the last one is kept, so a review prepares it once. */
export function prepareProfile(profile: string | undefined): PreparedProfile | undefined {
  if (!profile) return undefined;
  if (lastPrepared?.text === profile) return lastPrepared;
  if (profile.trim() === '') return undefined;
  const found = new Map<string, number>();
  const matched = new Map<RegExp, { index: number; length: number } | undefined>();
  const prepared: PreparedProfile = {
    text: profile,
    indexOf(needle) {
      let at = found.get(needle);
      if (at === undefined) found.set(needle, (at = profile.indexOf(needle)));
      return at;
    },
    firstMatch(pattern) {
      if (!matched.has(pattern)) {
        const m = pattern.exec(profile);
        matched.set(pattern, m ? { index: m.index, length: m[0].length } : undefined);
      }
      return matched.get(pattern);
    },
  };
  lastPrepared = prepared;
  return prepared;
}
