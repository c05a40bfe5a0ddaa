import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { replaceBrackets, runStart } from '../../shared/text/scan.ts';
import { TextCache } from '../../shared/text/text-cache.ts';
import { linkSpans } from './linear-scans.ts';

/**
 * The text layer: sentences, tokens with part of speech and lemma, noun phrases, and the
 * completeness check every filled template passes before anyone sees it. Built on wink-nlp with
 * its lite English model (see docs/decisions/007-text-layer-wink-nlp.md for why not compromise).
 * Server only: the model is about a megabyte gzipped, too much for the browser bundle.
 */

const nlp = winkNLP(model);
const its = nlp.its;
/** The same model splitting sentences only (no tags, lemmas or entities): what `sentenceTexts` reads, a few times cheaper. */
const splitter = winkNLP(model, ['sbd']);

export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

export interface Token extends TextSpan {
  /** Universal POS tag: NOUN, PROPN, VERB, AUX, ADJ, ADV, ADP, DET, PRON, CCONJ, SCONJ, PART, NUM, PUNCT, SYM, INTJ, X. */
  pos: string;
  lemma: string;
  /** Entity type when the token is part of one (DATE, TIME, DURATION, …). */
  entity?: string;
}

export interface Sentence extends TextSpan {
  tokens: Token[];
}

export interface Analysis {
  sentences: Sentence[];
  tokens: Token[];
  entities: Array<TextSpan & { type: string }>;
}

/** Words wink tags as nouns that are verbs in our sentences (a question's main verb). */
const VERB_FIXES = new Set(['fit', 'matter', 'work', 'look', 'leave', 'handle', 'decide', 'choose', 'learn', 'wish', 'manage']);

/** Tokens with their character offsets in `text`, sentence by sentence. Pure; deterministic. */
/** Links and addresses with their stops hidden (same length), so "behance.net/kait" or "bit.ly/ek" never ends a sentence. */
export function maskLinks(text: string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of linkSpans(text)) {
    const m = text.slice(start, end);
    const trail = m.slice(runStart(m, (ch) => '.,!?;:)]'.includes(ch)));
    const body = m.slice(0, m.length - trail.length);
    out += text.slice(at, start) + body.replace(/[.?!]/g, '_') + trail;
    at = end;
  }
  return at === 0 ? text : out + text.slice(at);
}

/**
 * The last analyses, by text: one request asks for the same text's analysis many times (the
 * completeness check, the verb check, the failure shapes, the noun phrases of each candidate), and
 * the starter bank's and the templates' texts recur across requests. Bounded by entries and by
 * characters; an analysis is frozen, so a caller can never change what the next one reads.
 */
const CACHE_ENTRIES = 2_000;
const CACHE_CHARS = 400_000;
const ANALYSIS_CACHE = new TextCache<Analysis>(CACHE_ENTRIES, CACHE_CHARS, true);

export function analyse(original: string): Analysis {
  const hit = ANALYSIS_CACHE.get(original);
  if (hit) return hit;
  const made = freezeAnalysis(analyseUncached(original));
  ANALYSIS_CACHE.set(original, made);
  return made;
}

function freezeAnalysis(a: Analysis): Analysis {
  for (const t of a.tokens) Object.freeze(t);
  for (const s of a.sentences) {
    Object.freeze(s.tokens);
    Object.freeze(s);
  }
  for (const e of a.entities) Object.freeze(e);
  Object.freeze(a.tokens);
  Object.freeze(a.sentences);
  Object.freeze(a.entities);
  return Object.freeze(a);
}

/** Texts read by wink so far, tagged (`analyse`) or only split (`sentenceTexts`): tests read it to see which path a check took. */
export const textLayerReads = { tagged: 0, split: 0 };

function analyseUncached(original: string, engine = nlp): Analysis {
  const text = maskLinks(original);
  const doc = engine.readDoc(text);
  const tagged = engine === nlp;
  textLayerReads[tagged ? 'tagged' : 'split'] += 1;
  const values = doc.tokens().out() as string[];
  const pos = tagged ? (doc.tokens().out(its.pos) as string[]) : [];
  const lemmas = tagged ? (doc.tokens().out(its.lemma as never) as string[]) : [];
  const tokens: Token[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const found = text.indexOf(value, at);
    const start = found >= 0 ? found : at;
    const end = start + value.length;
    at = end;
    let tag = pos[i] ?? 'X';
    // "How many balls fit in a bus?": a noun right after a plural noun and before a preposition is the verb.
    if (tag === 'NOUN' && VERB_FIXES.has(value.toLowerCase()) && i > 0 && (pos[i - 1] === 'NOUN' || pos[i - 1] === 'PRON') && /^(?:ADP|ADV|ADJ|PUNCT|DET)$/.test(pos[i + 1] ?? 'PUNCT'))
      tag = 'VERB';
    tokens.push({ text: original.slice(start, end), start, end, pos: tag, lemma: (lemmas[i] ?? value).toLowerCase() });
  }
  const entities: Analysis['entities'] = [];
  if (tagged) doc.entities().each((e: { out: (f: unknown) => unknown }) => {
    const [first, last] = e.out(its.span) as unknown as [number, number];
    const a = tokens[first];
    const b = tokens[last];
    if (!a || !b) return;
    const type = e.out(its.type) as string;
    entities.push({ text: original.slice(a.start, b.end), start: a.start, end: b.end, type });
    for (let k = first; k <= last; k++) tokens[k]!.entity = type;
  });
  const sentences: Sentence[] = [];
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    const a = tokens[first];
    const b = tokens[last];
    if (!a || !b) return;
    // A sentence never runs over a paragraph break ("…I'm free 😊\n\nblessings!!"): it ends at the break.
    let from = first;
    for (let k = first + 1; k <= last; k++) {
      if (/\n[ \t]*\n/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) {
        sentences.push({ text: original.slice(tokens[from]!.start, tokens[k - 1]!.end), start: tokens[from]!.start, end: tokens[k - 1]!.end, tokens: tokens.slice(from, k) });
        from = k;
      }
    }
    const f = tokens[from]!;
    // Never the line breaks after it (a token wink reads differently, an emoji, can leave them inside).
    const body = original.slice(f.start, b.end).trimEnd();
    sentences.push({ text: body, start: f.start, end: f.start + body.length, tokens: tokens.slice(from, last + 1) });
  });
  // A stop that ends an abbreviation, not a sentence: "at 2:00 p.m., Wednesday at 10", "the D.C. Public Defender Service".
  for (let i = sentences.length - 2; i >= 0; i--) {
    const a = sentences[i]!;
    const b = sentences[i + 1]!;
    const gap = text.slice(a.end, b.start);
    if (/\n/.test(gap)) continue;
    const clock = /[ap]\.m\.$/i.test(a.text) && /^[,;:\p{Ll}\d(]/u.test(b.text);
    const initials = /(?:^|\s)(?:[A-Z]\.){2,}$/.test(a.text) && /^[A-Z][\p{L}-]+/u.test(b.text) && !/^(?:I|We|My|The|This|That|It|He|She|They|You|Our|Your|But|And|So|If|Thank|Thanks|Please|Would|Could|Can|Best|Also|Any|Let)/.test(b.text);
    if (!clock && !initials) continue;
    sentences.splice(i, 2, { text: original.slice(a.start, b.end), start: a.start, end: b.end, tokens: [...a.tokens, ...b.tokens] });
  }
  return { sentences, tokens, entities };
}

/**
 * The sentences of a text, as `analyse(text).sentences` gives their text, without tagging the
 * tokens: for callers that only split (the thank-you note reads every turn of a transcript
 * sentence by sentence). Kept by text like `analyse`, bounded the same way.
 */
export function sentenceTexts(original: string): readonly string[] {
  const hit = ANALYSIS_CACHE.peek(original) ?? SENTENCE_CACHE.get(original);
  if (hit) return Array.isArray(hit) ? hit : (hit as Analysis).sentences.map((s) => s.text);
  const made = Object.freeze(splitNear(original) ?? splitWhole(original));
  rememberBase(original, made);
  SENTENCE_CACHE.set(original, made);
  return made;
}
const SENTENCE_CACHE = new TextCache<readonly string[]>(CACHE_ENTRIES, CACHE_CHARS);

/** Counts of `sentenceTexts` misses split whole and split near a text split before (tests read it). */
export const sentenceSplits = { whole: 0, near: 0 };

function splitWhole(original: string): string[] {
  sentenceSplits.whole += 1;
  return analyseUncached(original, splitter).sentences.map((s) => s.text);
}

/**
 * A long text that differs from one split a moment ago only in a stretch (the edit policy splits
 * the draft, then each candidate set of edits applied to it: the same 5,000 characters with a few
 * words changed) is split near it: the earlier text's sentences before and after the changed
 * stretch are kept, and only the stretch is split again, widened to whole sentences of the earlier
 * text and `NEAR_MARGIN` more on each side, so what the splitter reads around each seam is the
 * same words it read before. `server/text/sentence-near.test.ts` holds it equal to the whole split
 * over the eval's drafts and random texts with random edits.
 */
const NEAR_MIN_CHARS = 400;
const NEAR_MARGIN = 2;
const NEAR_BASES = 4;
interface SplitBase {
  text: string;
  sentences: readonly string[];
  /** Each sentence's start and end in `text` (sentences are slices of it, in order). */
  starts: number[];
  ends: number[];
}
const bases: SplitBase[] = [];

function splitBase(text: string, sentences: readonly string[]): SplitBase | undefined {
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const s of sentences) {
    const i = text.indexOf(s, at);
    if (i < 0) return undefined;
    starts.push(i);
    ends.push(i + s.length);
    at = i + s.length;
  }
  return { text, sentences, starts, ends };
}

function rememberBase(text: string, sentences: readonly string[]): void {
  if (text.length < NEAR_MIN_CHARS) return;
  const base = splitBase(text, sentences);
  if (!base) return;
  bases.push(base);
  if (bases.length > NEAR_BASES) bases.shift();
}

function splitNear(text: string): string[] | undefined {
  if (text.length < NEAR_MIN_CHARS) return undefined;
  // The earlier text that shares most with this one (the fewest characters to split again).
  let best: SplitBase | undefined;
  let shared = 0;
  for (const base of bases) {
    const same = sharedEnds(base.text, text);
    if (same > shared) [best, shared] = [base, same];
  }
  return best && splitFrom(best, text);
}

/** The length of the common start plus the common end of two texts (never overlapping). */
function sharedEnds(old: string, text: string): number {
  const most = Math.min(old.length, text.length);
  let p = 0;
  while (p < most && old.charCodeAt(p) === text.charCodeAt(p)) p++;
  let q = 0;
  while (q < most - p && old.charCodeAt(old.length - 1 - q) === text.charCodeAt(text.length - 1 - q)) q++;
  return p + q;
}

/** `text`'s sentences from `base`'s: only the changed stretch, widened, is split again; `undefined` when most of the text changed. */
function splitFrom(base: SplitBase, text: string): string[] | undefined {
  const old = base.text;
  const most = Math.min(old.length, text.length);
  let p = 0;
  while (p < most && old.charCodeAt(p) === text.charCodeAt(p)) p++;
  let q = 0;
  while (q < most - p && old.charCodeAt(old.length - 1 - q) === text.charCodeAt(text.length - 1 - q)) q++;
  // Worth it only when most of the text is the same.
  if (p + q < most / 2) return undefined;
  const n = base.sentences.length;
  const changedEnd = old.length - q;
  // The first sentence that reaches the change, and the last that starts at or before its end.
  let first = 0;
  while (first < n && base.ends[first]! < p) first++;
  let last = n - 1;
  while (last >= 0 && base.starts[last]! > changedEnd) last--;
  first -= NEAR_MARGIN;
  last += NEAR_MARGIN;
  // Each seam is the most ordinary of boundaries: a sentence ended by its stop, one space, a capital.
  const clean = (i: number) =>
    old.charCodeAt(base.ends[i]!) === 32 && base.ends[i]! + 1 === base.starts[i + 1]! && /[.!?]$/.test(base.sentences[i]!) && /^[A-Z]/.test(base.sentences[i + 1]!);
  while (first > 0 && !clean(first - 1)) first--;
  while (last < n - 1 && !clean(last)) last++;
  // At either end of the text, the whole end is split again (leading or trailing space included).
  const from = first <= 0 ? 0 : base.starts[first]!;
  const to = last >= n - 1 ? old.length : base.ends[last]!;
  if (from > p || to < changedEnd) return undefined;
  const delta = text.length - old.length;
  sentenceSplits.near += 1;
  const middle = analyseUncached(text.slice(from, to + delta), splitter).sentences.map((s) => s.text);
  return [...base.sentences.slice(0, Math.max(0, first)), ...middle, ...base.sentences.slice(Math.min(n, last + 1))];
}

/** For the equivalence test: `text` split near `base` (no cache read or written), and split whole. */
export function splitNearAndWhole(base: string, text: string): { near: string[] | undefined; whole: string[] } {
  const b = splitBase(base, splitWhole(base));
  return { near: b ? splitFrom(b, text) : undefined, whole: splitWhole(text) };
}

const NP_HEAD = /^(?:NOUN|PROPN)$/;
const NP_MOD = /^(?:DET|ADJ|NUM|NOUN|PROPN)$/;

/**
 * Noun phrases: a run of determiners, adjectives and nouns ending on a noun, with "of"/"in"
 * + another noun phrase attached ("the future of urban water management").
 */
export function nounPhrases(text: string): TextSpan[] {
  const { tokens } = analyse(text);
  const out: TextSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!NP_MOD.test(tokens[i]!.pos) && !(tokens[i]!.pos === 'PRON' && /^(?:your|my|their|our|his|her|its)$/i.test(tokens[i]!.text))) {
      i++;
      continue;
    }
    let j = i;
    let lastHead = -1;
    while (j < tokens.length && (NP_MOD.test(tokens[j]!.pos) || (j === i && tokens[j]!.pos === 'PRON') || (tokens[j]!.text === '-' && lastHead >= 0))) {
      if (NP_HEAD.test(tokens[j]!.pos)) lastHead = j;
      j++;
      // "of" / "in" + a following noun phrase.
      if (lastHead === j - 1 && /^(?:of|in|for)$/i.test(tokens[j]?.text ?? '') && tokens[j + 1] && NP_MOD.test(tokens[j + 1]!.pos)) j++;
    }
    if (lastHead >= 0) out.push({ text: text.slice(tokens[i]!.start, tokens[lastHead]!.end), start: tokens[i]!.start, end: tokens[lastHead]!.end });
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Whether the sentence has a finite verb (or an imperative): "Thanks so much." and "Your move to X." do not. */
export function hasVerb(sentence: string): boolean {
  const { tokens } = analyse(sentence);
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  if (words.length === 0) return false;
  if (/\b(?:I|you|we|they|he|she|it|that|there|what|who)['’](?:m|re|ve|d|s|ll)\b/i.test(sentence)) return true;
  // Formulas a careful writer sends without a verb.
  if (/^(?:thanks?|thank you|many thanks|best|regards|cheers|hi|hello|dear|sincerely|happy to|glad to|looking forward|hope to)\b/i.test(sentence.trim()) && words.length <= 14) return true;
  return tokens.some((t, i) => {
    if (t.pos === 'AUX') return true;
    if (t.pos !== 'VERB') return false;
    // A gerund or participle alone ("studying water policy") is no finite verb; "to work" is not either.
    if (/ing$/i.test(t.text) || tokens[i - 1]?.text.toLowerCase() === 'to') return false;
    return true;
  });
}

/** What a sentence must not end on or hold: the marks of a clause pasted without its grammar. */
const DANGLING_END =
  /\b(?:and|or|but|if so|also|as well as|the|a|an|your|my|which|because|and why|or why|while)\s*[.?!]?$|\b(?:to|of|in|on|at|for|with|from|by|about|that|so|when)\s*[.!]?$/i;
const LEFTOVERS = /\b(?:and why|or why|if so|and also|and what you learned)\b(?=\s*(?:[,?.!]|have|has|is|are|was|were|do|does|did)\b)|\b(\w+) \1\b|\[|\]|\s[,;]\s*[.?!]|,\s*[?.!]/i;

export interface Completeness {
  complete: boolean;
  problems: string[];
}

/**
 * A filled template is a full sentence: a verb, a capital, an end mark, no dangling "and" /
 * "if so" / "also", no "and why" left from a cut clause, no doubled word, no bracket.
 */
export function checkComplete(sentence: string, { allowPlaceholder = false } = {}): Completeness {
  const s = sentence.trim();
  const problems: string[] = [];
  if (!/^["'“(]?[\p{Lu}\d]/u.test(s)) problems.push('does not start with a capital');
  if (!/[.?!]["'”’)]*$/.test(s)) problems.push('has no end mark');
  if (DANGLING_END.test(s)) problems.push('ends on a dangling word');
  const leftover = LEFTOVERS.exec(allowPlaceholder ? replaceBrackets(s, 'X') : s);
  if (leftover && !/^(?:had had|that that)$/i.test(leftover[0])) problems.push(`holds "${leftover[0].trim()}"`);
  // "to" + a past form: "What led you to never worked abroad?"
  const toks = analyse(s).tokens;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.text.toLowerCase() !== 'to') continue;
    let j = i + 1;
    while (toks[j] && /^(?:never|not|always|also|really)$/i.test(toks[j]!.text)) j++;
    const v = toks[j];
    if (v && v.pos === 'VERB' && /ed$/i.test(v.text) && v.lemma !== v.text.toLowerCase()) problems.push(`"to ${v.text}"`);
  }
  const dup = duplicatedClause(s);
  if (dup) problems.push(`repeats "${dup}"`);
  if (!hasVerb(allowPlaceholder ? replaceBrackets(s, 'it') : s)) problems.push('has no verb');
  return { complete: problems.length === 0, problems };
}

export function sentencesOf(text: string): TextSpan[] {
  return analyse(text).sentences.map(({ text: t, start, end }) => ({ text: t, start, end }));
}

/** The base form of a verb ("left" → "leave", "moved" → "move"). */
export function lemmaOf(word: string): string {
  const { tokens } = analyse(word);
  return tokens[0]?.lemma ?? word.toLowerCase();
}

const PAST: Record<string, string> = {
  be: 'was', have: 'had', do: 'did', go: 'went', get: 'got', make: 'made', take: 'took', come: 'came', leave: 'left', find: 'found',
  choose: 'chose', become: 'became', begin: 'began', break: 'broke', build: 'built', know: 'knew', learn: 'learned', mean: 'meant',
  see: 'saw', think: 'thought', teach: 'taught', feel: 'felt', give: 'gave', grow: 'grew', hear: 'heard', keep: 'kept', lead: 'led',
  run: 'ran', say: 'said', spend: 'spent', stand: 'stood', write: 'wrote', land: 'landed', stop: 'stopped', plan: 'planned',
};

/** The simple past of a base verb ("leave" → "left", "move" → "moved", "study" → "studied"). */
export function pastOf(base: string): string {
  const b = base.toLowerCase();
  if (PAST[b]) return PAST[b];
  if (/e$/.test(b)) return `${b}d`;
  if (/[^aeiou]y$/.test(b)) return `${b.slice(0, -1)}ied`;
  return `${b}ed`;
}

const PERSON_2_TO_1: Record<string, string> = { you: 'I', your: 'my', yours: 'mine', yourself: 'myself', "you're": "I'm", "you've": "I've", "you'd": "I'd", are: 'am', were: 'was' };
const PERSON_1_TO_2: Record<string, string> = { i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself', "i'm": "you're", "i've": "you've", "i'd": "you'd", am: 'are', was: 'were' };

/** Swap grammatical person in a clause: "you" ↔ "I", keeping the verb agreeing ("you are" → "I am"). */
export function swapPerson(clause: string, to: 'first' | 'second'): string {
  const table = to === 'first' ? PERSON_2_TO_1 : PERSON_1_TO_2;
  const words = clause.split(/(\s+)/);
  let subjectSwapped = false;
  return words
    .map((w, i) => {
      const bare = w.replace(/[’]/g, "'").replace(/[^\p{L}']/gu, '');
      const key = bare.toLowerCase();
      const repl = table[key];
      if (!repl) return w;
      // Verbs only change right after the swapped subject.
      if (/^(?:are|were|am|was)$/.test(key)) {
        const prev = words[i - 2]?.toLowerCase().replace(/[^\p{L}']/gu, '');
        if (!prev || !subjectSwapped || !/^(?:you|i)$/.test(prev)) return w;
      }
      if (/^(?:you|i)$/.test(key)) subjectSwapped = true;
      // "you" as an object becomes "me".
      const r = to === 'first' && key === 'you' && i > 0 && /^(?:to|with|for|at|from|about|help|told|asked|gave)$/i.test(words[i - 2] ?? '') ? 'me' : repl;
      const cased = /^\p{Lu}/u.test(bare) && i === 0 ? r.charAt(0).toUpperCase() + r.slice(1) : r === 'I' || r.startsWith("I'") ? r : r;
      return w.replace(bare, cased);
    })
    .join('');
}

export interface ClauseTransform {
  /** The question, rewritten. */
  text: string;
  /** Which transform applied. */
  kind: 'why-to-how-decide' | 'what-would-to-what-did' | 'greatest-to-most' | 'none';
}

/**
 * Clause transforms of person and tense that turn a judging question into an informational one,
 * keeping the writer's own verb and object:
 * "Why did you leave consulting?" → "How did you decide to leave consulting?",
 * "Why do you work in policy?" → "What drew you to work in policy?",
 * "Why should I choose nursing?" → "What made you choose nursing?".
 * Only applies when the clause has a verb the tagger confirms; otherwise `kind: 'none'`.
 */
export function transformWhy(question: string): ClauseTransform {
  const q = question.trim().replace(/\s+/g, ' ');
  const m = /^why (did|do|does|would|should) (you|i|people|someone) (\w+)\b(.*?)[?.!]*$/i.exec(q);
  if (!m) return { text: q, kind: 'none' };
  const aux = m[1]!.toLowerCase();
  const subject = m[2]!.toLowerCase();
  const verb = m[3]!;
  const rest = m[4]!.replace(/(?:,|(?<![\s,]))\s*\b(?:and why|or why|if so)\b.*$/i, '').replace(/(?<![,;:])[,;:]+$/, '').trim();
  const { tokens } = analyse(`${subject === 'i' ? 'You' : 'They'} ${verb} ${rest}`.trim());
  if (!tokens[1] || !/^(?:VERB|AUX)$/.test(tokens[1].pos)) return { text: q, kind: 'none' };
  const base = tokens[1].lemma;
  // "Why should I…?" asks about the asker: the rest speaks of them as "you". Otherwise it stays as written.
  const object = (subject === 'i' ? swapPerson(rest, 'second') : rest).trim();
  const tail = object ? ` ${object}` : '';
  if (aux === 'did') return { text: `How did you decide to ${base}${tail}?`, kind: 'why-to-how-decide' };
  if (aux === 'should') return { text: `What led you to ${base}${tail}?`, kind: 'why-to-how-decide' };
  return { text: `What drew you to ${base}${tail}?`, kind: 'why-to-how-decide' };
}

const STOP = new Set(['the', 'a', 'an', 'to', 'of', 'in', 'on', 'at', 'for', 'and', 'or', 'is', 'are', 'was', 'it', 'that', 'this', 'with', 'your', 'my', 'i', 'be', 'do', 'did', 'what', 'how', 'about', 'me']);

/**
 * A clause said twice in one sentence: "what you learned … and what you learned", "coffee … coffee".
 * Two words in a row that come back later in the sentence, one of them a content word.
 */
export function duplicatedClause(sentence: string): string | undefined {
  const w = sentence.toLowerCase().replace(/[’]/g, "'").match(/[\p{L}\d']+/gu) ?? [];
  const seen = new Map<string, number>();
  for (let i = 0; i + 1 < w.length; i++) {
    const a = w[i]!;
    const b = w[i + 1]!;
    if (STOP.has(a) || STOP.has(b)) continue;
    // A clock time's pieces ("2:00 p.m. … 4:00 p.m.") are not a clause said twice.
    if (/^\d+$/.test(a) && /^(?:a|p|am|pm|\d+)$/.test(b) || /^[ap]$/.test(a) && b === 'm') continue;
    const key = `${a} ${b}`;
    const prev = seen.get(key);
    if (prev !== undefined && i - prev >= 2) return key;
    if (prev === undefined) seen.set(key, i);
  }
  // The same meeting asked twice: "coffee, or coffee".
  const asks = w.filter((x) => /^(?:coffee|call|chat|zoom|lunch)$/.test(x));
  return asks.find((x, i) => asks.indexOf(x) !== i);
}
