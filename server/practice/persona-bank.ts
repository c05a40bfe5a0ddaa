import { uncharged } from '../middleware/cpu-budget.ts';
import { fileURLToPath } from 'node:url';
import type { Intent, PersonaCard } from '../../shared/contracts/practice.ts';
import { BankFile, type BankEntry, type BankFollowUp } from '../../shared/practice/bank.ts';
import { tokens } from '../../shared/practice/bm25.ts';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import { loadPresetFiles } from './preset-files.ts';
import { commonDirection, contentWords, DIMENSIONS, textVector, withoutCommon } from './word-vectors.ts';
import { contentHead, subjectWords } from './content-head.ts';

/**
 * The presets' question banks (`shared/practice/cards/bank/<preset-id>.json`, contract in
 * shared/practice/bank.ts), read and validated when this module loads, so a broken bank stops the
 * server at start-up with one line naming the file, never mid-chat; and the retrieval over them.
 *
 * Retrieval is TF-IDF cosine (smoothed idf, log tf, L2-normalised) on two channels fused: word
 * features (stemmed content words and their bigrams) and character 4-grams of every word (stop
 * words included, so "what about you?" and texting spellings still match). An entry's score is its
 * best ask, plus a weaker share of its text, plus the intent model's probability of its intent as a
 * prior. Deterministic: ties keep the file's order. Everything is built once per bank, on first use.
 */
export const BANK_DIR = fileURLToPath(new URL('../../shared/practice/cards/bank/', import.meta.url));

export class BankFileError extends Error {
  override name = 'BankFileError';
}

/** Every bank in `dir`, validated: preset id → entries. Throws one line naming the first bad file. */
export function loadBanks(dir = BANK_DIR): Map<string, readonly BankEntry[]> {
  const files = loadPresetFiles(dir, 'bank', BankFile, (message) => new BankFileError(message));
  return new Map([...files].map(([id, file]) => [id, file.entries]));
}

export const PRESET_BANKS: ReadonlyMap<string, readonly BankEntry[]> = loadBanks();

// ---------------------------------------------------------------------------------------------
// Features and vectors

type Vector = Map<string, number>;

/** Lower case, curly quotes straight, texting shorthands spelled out, everything but letters and digits a space. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\bu\b/g, 'you')
    .replace(/\bur\b/g, 'your')
    .replace(/\br\b/g, 'are')
    .replace(/\bw\/(?=\s)/g, 'with')
    .replace(/\bya\b/g, 'you')
    .replace(/\bthx\b/g, 'thanks')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/**
 * What kind of answer a question wants, which stop words would lose: "how long" is a duration,
 * "how many" a number, "why" a reason, "you" the professional themselves ("how long did it take
 * you?" is not "how long does it take?").
 */
const ASKED_FOR: ReadonlyArray<readonly [string, RegExp]> = [
  ['q:long', /\bhow (?:long|soon|quickly|fast)\b|\bhow many (?:years|months|weeks|days|hours)\b/],
  ['q:many', /\bhow (?:many|much|big|large|often)\b/],
  ['q:why', /\bwhy\b|\bhow come\b|\bwhat (?:made|makes|drew|draws|led) you\b/],
  ['q:when', /\bwhen\b|\bwhat time\b/],
  ['q:who', /\bwho\b/],
  ['q:where', /\bwhere\b/],
  ['q:you', /\b(?:you|your|yourself|yours)\b/],
];

/** Word features: content stems, the bigrams of consecutive content stems, and what kind of answer is asked for. */
function wordFeatures(text: string): string[] {
  const n = normalize(text);
  const t = tokens(n);
  const out = t.map((w) => `w:${w}`);
  for (let i = 1; i < t.length; i++) out.push(`b:${t[i - 1]}_${t[i]}`);
  for (const [feature, re] of ASKED_FOR) if (re.test(n)) out.push(feature);
  return out;
}

/** Character 4-grams inside each word padded with spaces (every word, stop words too). */
function charFeatures(text: string): string[] {
  const out: string[] = [];
  for (const word of normalize(text).replace(/'/g, '').split(' ')) {
    if (!word) continue;
    const padded = ` ${word} `;
    if (padded.length <= 4) out.push(padded);
    else for (let i = 0; i + 4 <= padded.length; i++) out.push(padded.slice(i, i + 4));
  }
  return out;
}

function counts(features: readonly string[]): Map<string, number> {
  const c = new Map<string, number>();
  for (const f of features) c.set(f, (c.get(f) ?? 0) + 1);
  return c;
}

interface Channel {
  idf: (feature: string) => number;
  /** Whether any document has the feature. */
  known: (feature: string) => boolean;
  vector: (features: readonly string[]) => Vector;
}

function channel(documents: readonly (readonly string[])[]): Channel {
  const df = new Map<string, number>();
  for (const doc of documents) for (const f of new Set(doc)) df.set(f, (df.get(f) ?? 0) + 1);
  const n = documents.length;
  // Unseen features weigh as the rarest seen ones: they still lower the cosine of a query that has them.
  const idf = (f: string) => Math.log((1 + n) / (1 + (df.get(f) ?? 0))) + 1;
  const vector = (features: readonly string[]) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [f, c] of counts(features)) {
      const w = (1 + Math.log(c)) * idf(f);
      v.set(f, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [f, w] of v) v.set(f, w / norm);
    return v;
  };
  return { idf, known: (f: string) => df.has(f), vector };
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [f, w] of small) {
    const o = large.get(f);
    if (o !== undefined) s += w * o;
  }
  return s;
}

/** The two channels' weights in a match (words carry meaning; character grams carry spelling and form). */
const WORD_WEIGHT = 0.6;
const CHAR_WEIGHT = 0.4;
/** A follow-up ask whose words are all in the question scores this much (a full cosine match scores 1). */
const COVERED_WEIGHT = 0.6;
/** An entry's text counts for this share of a match (its asks are how people ask it). */
const TEXT_WEIGHT = 0.25;
/** The intent model's probability of an entry's intent adds this much to its score. */
export const PRIOR_WEIGHT = 0.15;
/**
 * The third similarity, by meaning: the cosine of the SIF-weighted word vectors of the query and an
 * ask (server/practice/word-vectors.ts), above a floor (unrelated short texts still score about
 * 0.3), adds this much per unit to an entry's score (not to its ask's lexical match, which the
 * engine's floors read; never to a correction, which answers a belief stated in words). Chosen on the used question sets and the bank's
 * held-out asks (evals/practice/bank-match-check.ts).
 */
export const VECTOR_WEIGHT = 0.5;
export const VECTOR_FLOOR = 0.5;

/** From this lexical match of its best ask, an entry's words decide alone. */
const WORDS_DECIDE = 0.4;

/**
 * Coverage of the question's content words: an entry loses this much per unit of the question's
 * IDF-weighted content (its words the bank knows) that its asks hold less of than the best-covering entry's asks.
 * A single shared generic word ("hardest" in "what's the hardest bug you ever had to fix?") then
 * cannot carry a match against an entry that holds the subject ("bug", "fix"). Chosen on the
 * retrieval labels (evals/practice/retrieval-labels/, both sets; dev measures, not blind).
 */
export const COVER_WEIGHT = 0.1;
/**
 * An entry whose asks and text hold neither word of the question's content head
 * (server/practice/content-head.ts: its two rarest subject words, or a form of one: the same first five letters)
 * loses this much. Chosen with COVER_WEIGHT on the same labels.
 */
export const HEAD_WEIGHT = 0.05;
/**
 * Coverage and head count only when some entry holds at least this share of the question's content:
 * a question the bank barely touches ("the best pizza place near your office") is not re-ranked on
 * the one word an entry happens to mention ("pizza" at a tenant meeting).
 */
export const COVER_FLOOR = 0.3;

/**
 * The words around the question (the turn's context sentences: "My prof said nonprofits can't lobby.")
 * are a weak prior: an entry's best-ask match to them, times this, orders entries (never their
 * score, which the engine's bars read). Chosen on the retrieval labels (both sets; dev, not blind):
 * top-1 71.6% → 73.2% (used), 83.3% → 84.5% (r8) at 0.4.
 */
export const CONTEXT_WEIGHT = 0.4;

export interface BankOptions {
  vectorWeight?: number;
  vectorFloor?: number;
  /** The entry text's share of a match (default TEXT_WEIGHT). */
  textWeight?: number;
  /** The intent prior's weight (default PRIOR_WEIGHT). */
  priorWeight?: number;
  /** From this lexical match the words decide alone (default WORDS_DECIDE). */
  wordsDecide?: number;
  /** The weight of the question's content coverage (default COVER_WEIGHT). */
  coverWeight?: number;
  /** What an entry loses for not holding the question's content head (default HEAD_WEIGHT). */
  headWeight?: number;
  /** The weight of the words around the question in the order (default CONTEXT_WEIGHT). */
  contextWeight?: number;
}

interface Doc {
  words: Vector;
  chars: Vector;
}

/** One feature's postings: the documents that have it and its weight in each. */
interface Posting {
  docs: Int32Array;
  weights: Float64Array;
}

export interface ScoredEntry {
  entry: BankEntry;
  index: number;
  /** The fused score: best ask, a share of the text, the intent prior. */
  score: number;
  /** The best ask's similarity alone (0–1), by words and characters (the vectors count in the score only). */
  ask: number;
  /** The best ask's vector cosine alone (−1–1; 0 when the query has no known content word). */
  meaning: number;
  /** The IDF-weighted share of the question's content words (those the bank knows) the entry holds (0–1; 1 without any). */
  cover: number;
  /** The best ask's match to the words around the question (0 without them): orders entries, never counts in `score`. */
  around: number;
}

export interface BankIndex {
  readonly entries: readonly BankEntry[];
  /** Every entry scored for the query, best first (ties in file order); `context`, the words around it, as a weak prior on the order. */
  search(query: string, prior?: ReadonlyMap<Intent, number>, context?: string): ScoredEntry[];
  /** How well the query matches each follow-up of an entry (best ask, 0–1), in the entry's order. */
  followUpScores(entryIndex: number, query: string): number[];
  /** How well a query matches a text (0–1), in the bank's weighting: for checks outside the bank's asks. */
  similarity(query: string, text: string): number;
}

export function bankIndex(
  entries: readonly BankEntry[],
  { vectorWeight = VECTOR_WEIGHT, vectorFloor = VECTOR_FLOOR, textWeight = TEXT_WEIGHT, priorWeight = PRIOR_WEIGHT, wordsDecide = WORDS_DECIDE, coverWeight = COVER_WEIGHT, headWeight = HEAD_WEIGHT, contextWeight = CONTEXT_WEIGHT }: BankOptions = {},
): BankIndex {
  const askTexts: string[] = [];
  const askOwner: number[] = [];
  entries.forEach((e, i) => {
    for (const a of e.asks) {
      askTexts.push(a);
      askOwner.push(i);
    }
  });
  const fuAsks = entries.map((e) => e.followUps.map((f: BankFollowUp) => f.asks));
  // The statistics come from everything people may say to the bank: entry asks, follow-up asks, texts.
  const allTexts = [...askTexts, ...fuAsks.flat(2), ...entries.map((e) => e.text)];
  const words = channel(allTexts.map(wordFeatures));
  const chars = channel(allTexts.map(charFeatures));
  const doc = (text: string): Doc => ({ words: words.vector(wordFeatures(text)), chars: chars.vector(charFeatures(text)) });
  // A query of function words only ("what about you?", "how so?") is matched on its characters alone.
  const sim = (q: Doc, d: Doc) => (q.words.size === 0 || d.words.size === 0 ? cosine(q.chars, d.chars) : WORD_WEIGHT * cosine(q.words, d.words) + CHAR_WEIGHT * cosine(q.chars, d.chars));
  const askDocs = askTexts.map(doc);
  const rawAskVectors = vectorWeight > 0 ? askTexts.map((a) => textVector(a)) : [];
  // Every question shares a direction ("you", "work", "what"): without it, the cosine is about the subject.
  const common = commonDirection(rawAskVectors);
  const askVectors = rawAskVectors.map((v) => withoutCommon(v, common));
  /** What the vectors add to a match of this cosine. */
  const byMeaning = (c: number) => (c > vectorFloor ? vectorWeight * (c - vectorFloor) : 0);
  const textDocs = entries.map((e) => doc(e.text));
  let fuDocs: Doc[][][] | undefined;
  // Inverted indexes (feature → documents and weights): a query costs the postings of its own features.
  // Each feature's postings as two typed arrays (documents, weights): a query walks flat memory, not tuples.
  const postings = (docs: readonly Doc[], channel: 'words' | 'chars') => {
    const lists = new Map<string, { docs: number[]; weights: number[] }>();
    docs.forEach((d, i) => {
      for (const [f, w] of d[channel]) {
        let list = lists.get(f);
        if (!list) lists.set(f, (list = { docs: [], weights: [] }));
        list.docs.push(i);
        list.weights.push(w);
      }
    });
    const out = new Map<string, Posting>();
    for (const [f, list] of lists) out.set(f, { docs: Int32Array.from(list.docs), weights: Float64Array.from(list.weights) });
    return out;
  };
  const askWords = postings(askDocs, 'words');
  const askChars = postings(askDocs, 'chars');
  const textWords = postings(textDocs, 'words');
  const textChars = postings(textDocs, 'chars');
  const accumulate = (into: Float64Array, query: Vector, lists: Map<string, Posting>) => {
    for (const [f, qw] of query) {
      const list = lists.get(f);
      if (!list) continue;
      const { docs: ids, weights } = list;
      for (let k = 0; k < ids.length; k++) into[ids[k]!]! += qw * weights[k]!;
    }
  };
  const dots = (q: Doc, words: Map<string, Posting>, chars: Map<string, Posting>, docs: readonly Doc[]) => {
    const w = new Float64Array(docs.length);
    const c = new Float64Array(docs.length);
    accumulate(w, q.words, words);
    accumulate(c, q.chars, chars);
    // The same fusion as sim(): a side without word features is matched on characters alone.
    const flags = hasWords.get(docs)!;
    const out = new Float64Array(docs.length);
    const noWords = q.words.size === 0;
    for (let i = 0; i < docs.length; i++) out[i] = noWords || flags[i] === 0 ? c[i]! : WORD_WEIGHT * w[i]! + CHAR_WEIGHT * c[i]!;
    return out;
  };
  // Whether each document has word features, and every ask's meaning vector in one flat matrix (zeros when unknown).
  const hasWords = new Map<readonly Doc[], Uint8Array>([
    [askDocs, Uint8Array.from(askDocs, (d) => (d.words.size > 0 ? 1 : 0))],
    [textDocs, Uint8Array.from(textDocs, (d) => (d.words.size > 0 ? 1 : 0))],
  ]);
  const askMatrix = new Float32Array(askVectors.length * DIMENSIONS);
  askVectors.forEach((v, i) => v && askMatrix.set(v, i * DIMENSIONS));
  // Each entry's content terms (stems) in all it can be asked or says: asks, text, follow-up asks.
  const entryTerms = entries.map((e) => new Set(tokens(normalize(e.asks.join(' ')))));
  // Each entry's content words (asks and text) as said, for the question's head: the word or its form (stem).
  const entryWords = entries.map((e) => new Set(contentWords(e.asks.join(' '))));
  const entryStems = entryWords.map((w) => new Set([...w].filter((x) => x.length >= 5).map((x) => x.slice(0, 5))));
  /** Per entry, 1 when it holds a word of the query's content head (the word, or one with its first five letters), else 0; cached by query. */
  const headCache = new Map<string, Uint8Array>();
  const headHeld = (query: string): Uint8Array => {
    let out = headCache.get(query);
    if (out) return out;
    const heads = contentHead(query);
    out = Uint8Array.from(entries, (_, i) => (heads.length === 0 || heads.some((h) => entryWords[i]!.has(h) || (h.length >= 5 && entryStems[i]!.has(h.slice(0, 5)))) ? 1 : 0));
    if (headCache.size > 500) headCache.clear();
    headCache.set(query, out);
    return out;
  };
  /** Per entry, the IDF-weighted share of the query's known content terms it holds. */
  const coverCache = new Map<string, Float64Array>();
  const coverage = (query: string): Float64Array => {
    const cached = coverCache.get(query);
    if (cached) return cached;
    if (coverCache.size > 500) coverCache.clear();
    const out = new Float64Array(entries.length).fill(1);
    coverCache.set(query, out);
    // The question's subject words only: a filler ("field", "job", "get") is not what it asks about.
    const terms = [...new Set(tokens(normalize(subjectWords(query).join(' '))))].filter((t) => words.known(`w:${t}`));
    if (terms.length === 0) return out;
    const weights = terms.map((t) => words.idf(`w:${t}`));
    const total = weights.reduce((a, w) => a + w, 0);
    entryTerms.forEach((have, i) => {
      let held = 0;
      terms.forEach((t, k) => {
        if (have.has(t)) held += weights[k]!;
      });
      out[i] = held / total;
    });
    return out;
  };

  return {
    entries,
    search(query, prior, context) {
      const q = doc(query);
      // The words around the question: each entry's best ask's match to them.
      const around = new Float64Array(entries.length);
      if (context && context.trim() && contextWeight > 0) {
        const c = dots(doc(context), askWords, askChars, askDocs);
        for (let i = 0; i < c.length; i++) if (c[i]! > around[askOwner[i]!]!) around[askOwner[i]!] = c[i]!;
      }
      const qv = vectorWeight > 0 ? withoutCommon(textVector(query), common) : undefined;
      const best = new Float64Array(entries.length);
      const meaning = new Float64Array(entries.length);
      const lexical = dots(q, askWords, askChars, askDocs);
      for (let i = 0; i < lexical.length; i++) {
        const owner = askOwner[i]!;
        let c = 0;
        if (qv) for (let d = 0, at = i * DIMENSIONS; d < DIMENSIONS; d++) c += qv[d]! * askMatrix[at + d]!;
        if (c > meaning[owner]!) meaning[owner] = c;
        if (lexical[i]! > best[owner]!) best[owner] = lexical[i]!;
      }
      const text = dots(q, textWords, textChars, textDocs);
      const cover = coverWeight > 0 ? coverage(query) : new Float64Array(entries.length).fill(1);
      const held = headWeight > 0 ? headHeld(query) : undefined;
      let bestCover = 0;
      for (const c of cover) if (c > bestCover) bestCover = c;
      const out = entries.map((entry, index) => {
        const ask = best[index]!;
        // Corrections answer a belief stated in words: meaning alone never ranks one.
        // A paraphrase the words miss ("distrustful" ~ "trust"): the vectors count where the ask's words are weak,
        // and never reorder entries the words already tell apart.
        const bonus = entry.kind === 'correction' ? 0 : byMeaning(meaning[index]!) * Math.max(0, 1 - ask / wordsDecide);
        // Less of the question's content than the best-covering entry holds: a side word is not the subject.
        const uncovered = bestCover < COVER_FLOOR ? 0 : coverWeight * (bestCover - cover[index]!) + (held ? headWeight * (1 - held[index]!) : 0);
        const score = ask + textWeight * text[index]! + priorWeight * (prior?.get(entry.intent) ?? 0) + bonus - uncovered;
        return { entry, index, score, ask, meaning: meaning[index]!, cover: cover[index]!, around: around[index]! };
      });
      const order = (r: ScoredEntry) => r.score + contextWeight * r.around;
      return out.sort((a, b) => order(b) - order(a) || a.index - b.index);
    },
    followUpScores(entryIndex, query) {
      fuDocs ??= fuAsks.map((list) => list.map((asks) => asks.map(doc)));
      const q = doc(query);
      const short = normalize(query).split(' ').length <= 6;
      // Right after an answer, a follow-up ask said whole inside the question counts ("what about you" in
      // "how long did it take you?"): its word features covered, a content word among them or the question short.
      const covered = (d: Doc) => {
        if (d.words.size === 0) return 0;
        let have = 0;
        let all = 0;
        let content = false;
        for (const [f, w] of d.words) {
          all += w;
          if (q.words.has(f)) {
            have += w;
            if (!f.startsWith('q:')) content = true;
          }
        }
        return content || short ? (COVERED_WEIGHT * have) / all : 0;
      };
      return (fuDocs[entryIndex] ?? []).map((docs) => Math.max(0, ...docs.map((d) => Math.max(sim(q, d), covered(d)))));
    },
    similarity(query, text) {
      return sim(doc(query), doc(text));
    },
  };
}

const INDEXES = new Map<string, BankIndex>();

/** A preset's bank index, built on first use. */
export function presetBank(presetId: string): BankIndex | undefined {
  const entries = PRESET_BANKS.get(presetId);
  if (!entries) return undefined;
  let index = INDEXES.get(presetId);
  if (!index) {
    // Built once for the process and shared by every later request: charged to no client.
    index = uncharged(() => bankIndex(entries));
    INDEXES.set(presetId, index);
  }
  return index;
}

/** The presets whose bank index is built (for the start-up warm-up's tests and log). */
export const builtPresetBanks = (): string[] => [...INDEXES.keys()];

export interface WarmUpHooks {
  /** Called as each preset's index is built (its follow-up documents too), with the preset's id. */
  onBuilt?: (presetId: string) => void;
  /** Called with the next step before it runs: by default a macrotask (setImmediate), so requests are served between presets. */
  yieldTo?: (step: () => void) => void;
  /** Stops the warm-up between presets (the server shutting down); the promise then resolves with what is built. */
  signal?: AbortSignal;
}

/**
 * Builds every preset's bank index in the background, one preset a macrotask, so a user's first
 * practice reply finds its index ready instead of waiting for it (server/main.ts calls this once
 * the server listens). Outside any request, so charged to nobody, like `uncharged`; a preset a
 * request needs first is built by that request, as before, and skipped here. Resolves when all are built.
 */
export function warmPresetBanks({ onBuilt, yieldTo = (step) => void setImmediate(step), signal }: WarmUpHooks = {}): Promise<void> {
  const ids = [...PRESET_BANKS.keys()];
  return new Promise((resolve, reject) => {
    const next = () => {
      const id = ids.shift();
      if (id === undefined || signal?.aborted) return resolve();
      try {
        const fresh = !INDEXES.has(id);
        const index = presetBank(id)!;
        // The follow-up documents are built on the first follow-up too: built here, the query's own cost is all a reply pays.
        if (fresh && index.entries.length > 0) index.followUpScores(0, '');
        onBuilt?.(id);
      } catch (error) {
        return reject(error);
      }
      yieldTo(next);
    };
    yieldTo(next);
  });
}

/** A card is a preset's when it is that preset's card as shipped; an edited or pasted card has no bank. */
const cardKey = (card: Pick<PersonaCard, 'name' | 'role' | 'organization'>) => `${card.name}\n${card.role}\n${card.organization}`;
const PRESET_BY_CARD = new Map(PRESET_PERSONAS.map((p) => [cardKey(p.card), p.id] as const));

/** The question bank for a card: its preset's, or undefined. */
export function bankFor(card: PersonaCard): BankIndex | undefined {
  const id = PRESET_BY_CARD.get(cardKey(card));
  return id ? presetBank(id) : undefined;
}

/** Which term a word is in the bank's own tokenizer (for tests and reports). */
export const bankTokens = (text: string) => tokens(normalize(text));
