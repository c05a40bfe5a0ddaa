import type { Fact, FactStance, FactTopic, PersonaCard, Temperament } from '../../shared/contracts/practice.ts';
import { bm25Index, type Bm25Index, tokens } from '../../shared/practice/bm25.ts';
import { cardFacts } from '../../shared/practice/facts.ts';
import type { Understanding } from './understand.ts';
import { contract } from './voice.ts';

/**
 * Retrieval over a persona's facts: BM25 on the fact's words (its text, topics, people and
 * follow-ups) plus the topics, kind of answer and stance the turn asks for, minus what has been
 * said. A fact "fits" when it shares a topic with the question or enough rare words with it; when
 * none fits, the engine says so honestly instead of answering something else.
 */

export interface FactIndex {
  facts: readonly Fact[];
  /** Each fact as the persona says it (contractions applied): what is looked for in past replies. */
  voiced: readonly string[];
  /** Each fact's follow-up lines as said. */
  voicedFollowUps: ReadonlyArray<readonly string[]>;
  /** Per fact: a boundary it keeps, a number it gives (tested once, not per question). */
  boundary: readonly boolean[];
  /** Per boundary fact, the words of the sentence that keeps it ("I don't share my personal views on specific candidates"). */
  boundaryTerms: ReadonlyArray<ReadonlySet<string>>;
  numberish: readonly boolean[];
  /** Each fact's word trigrams as said, built on first use. */
  factTrigrams: Map<string, Set<string>>;
  /** Word trigrams of a reply, by its text (for near-repeats), built once per reply. */
  replyTrigrams: Map<string, Set<string>>;
  /** The facts found in a reply, by the reply's text: each earlier reply is scanned once per session. */
  replyFacts: Map<string, readonly string[]>;
  bm25: Bm25Index;
}

/**
 * Facts that would commit the persona to a view on openings or hiring. The persona's stance is
 * fixed (not the person for openings), so these are never offered: no "hiring when we have a line"
 * at turn 8 after "not the right person for openings" at turn 2.
 */
export const OPENINGS = /\b(?:we(?:['’]re| are) hiring|hiring (?:for|now|when|manager)|open (?:roles?|positions?|reqs?)|openings?|job postings?|headcount|I(?:['’]m| am) (?:on|part of) (?:the )?hiring|(?:I|we) hire\b|I hired|interview(?:ed|ing)? candidates)\b/i;

const BOUNDARY = /\b(?:do(?: not|n['’]t) (?:talk about|discuss|get into|go into|share)|won['’]t (?:go into|discuss|get into)|off[- ]limits|keep (?:that|it|those) (?:private|to myself|confidential)|confidential)\b/i;

const NUMBERISH = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|dozen|hundred|half)\b/i;

/** A sentence that asks the user a question: "What's got you interested in research?". */
/**
 * A fact that asks the user something: its last sentence ends in "?" and says "you" or "your"
 * (`/\b(?:you|your)\b[^.!?]*\?\s*$/i`, read from the end in one pass).
 */
export function asksUser(text: string): boolean {
  const body = text.trimEnd();
  if (!body.endsWith('?')) return false;
  const q = body.length - 1;
  const from = Math.max(body.lastIndexOf('.', q - 1), body.lastIndexOf('!', q - 1), body.lastIndexOf('?', q - 1)) + 1;
  return /\b(?:you|your)\b/i.test(body.slice(from, q));
}

const cache = new Map<string, FactIndex>();

export function factIndex(card: PersonaCard): FactIndex {
  const key = `${card.name}|${card.role}|${card.temperament}|${card.facts?.length ?? 0}|${card.facts?.[0]?.id ?? ''}|${card.typicalWeek[0] ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  // A line that asks the user something ("What have you built so far?") is the persona's curiosity, never an answer.
  const facts = cardFacts(card).filter((f) => !OPENINGS.test(f.text) && !/^ask-?back\b/.test(f.id) && !asksUser(f.text));
  const index: FactIndex = {
    facts,
    voiced: facts.map((f) => contract(standalone(f.text), card.temperament)),
    voicedFollowUps: facts.map((f) => (f.followUps ?? []).map((l) => contract(standalone(l), card.temperament))),
    replyFacts: new Map(),
    replyTrigrams: new Map(),
    boundary: facts.map((f) => BOUNDARY.test(f.text)),
    boundaryTerms: facts.map((f) => new Set(tokens(f.text.split(/(?<=[.!?])\s+/).filter((s) => BOUNDARY.test(s)).join(' ')))),
    numberish: facts.map((f) => NUMBERISH.test(f.text)),
    factTrigrams: new Map(),
    bm25: bm25Index(facts.map((f) => `${f.text} ${f.text} ${f.topics.join(' ').replace(/-/g, ' ')} ${f.people.join(' ')} ${(f.followUps ?? []).join(' ')}`)),
  };
  if (cache.size > 64) cache.delete(cache.keys().next().value!);
  cache.set(key, index);
  return index;
}

/** A fact written as a continuation ("And knowing trucks…") as it is said on its own. */
export function standalone(text: string): string {
  const stripped = text.replace(/^(?:And|But|So|Also),? (?=\S)/, '');
  return stripped === text ? text : stripped.charAt(0).toUpperCase() + stripped.slice(1);
}

/** The facts said in earlier replies, by id. */
export function saidFacts(index: FactIndex, replies: readonly string[]): Set<string> {
  const said = new Set<string>();
  for (const reply of replies) {
    let ids = index.replyFacts.get(reply);
    if (!ids) {
      ids = index.facts.filter((_, i) => reply.includes(index.voiced[i]!.slice(1, 80))).map((f) => f.id);
      if (index.replyFacts.size > 2000) index.replyFacts.clear();
      index.replyFacts.set(reply, ids);
    }
    for (const id of ids) said.add(id);
  }
  return said;
}

/** The fact the reply spoke last (its follow-ups continue it), if any. */
export function lastFactIn(index: FactIndex, reply: string | undefined): Fact | undefined {
  if (!reply) return undefined;
  let best: { fact: Fact; at: number } | undefined;
  index.facts.forEach((f, i) => {
    // A fact, or one of its follow-up lines: "what happened next?" after a follow-up still continues that fact.
    for (const said of [index.voiced[i]!, ...index.voicedFollowUps[i]!]) {
      const at = reply.lastIndexOf(said.slice(1, 80));
      if (at >= 0 && (!best || at > best.at)) best = { fact: f, at };
    }
  });
  return best?.fact;
}

export interface Ranked {
  fact: Fact;
  score: number;
  lexical: number;
  /** Distinct question words the fact contains. */
  matched: number;
  /** Distinct content words in the question. */
  asked: number;
  topical: boolean;
}

const QUESTION_FRAME = /\bhow (?:long|many|much|often|big|far|soon)\b|\bwhat kind(?: of)?\b|\bwhat sort(?: of)?\b|\bwhat (?:part|parts) of\b|\bactually\b|\breally\b|\b(?:tell|walk) me (?:about|through)\b/gi;

const TIME_ORDER: Record<Fact['time'], number> = { early: 0, mid: 1, recent: 2, now: 3, general: 4 };

export const opposite = (asked: FactStance, fact: FactStance) =>
  (asked === 'likes' && (fact === 'dislikes' || fact === 'hard')) || ((asked === 'dislikes' || asked === 'hard') && fact === 'likes');

/** Lexical score at which a fact answers a question it shares no topic with. */
export const LEXICAL_FIT = 3.2;

export function rank(index: FactIndex, u: Understanding, said: ReadonlySet<string>, extraQuery = ''): Ranked[] {
  // The frame of a question is not its subject: "how long is orientation" is about orientation, not "long".
  const questionTokens = tokens(u.query.replace(QUESTION_FRAME, ' '));
  const queryTokens = extraQuery ? [...questionTokens, ...tokens(extraQuery)] : questionTokens;
  const lexical = index.bm25.score(queryTokens);
  const matched = index.bm25.matches(questionTokens);
  const asked = new Set(questionTokens).size;
  const atTheStart = /\b(?:in the first place|originally|at first|to begin with|in the beginning|at the very start)\b/i.test(u.query);
  const wantsEarly = /\b(?:first|start(?:ed)?|early|began|originally|back then)\b/i.test(u.query);
  const wantsNow = /\b(?:now|these days|currently|right now|rn|at the moment|today)\b/i.test(u.query);
  // A question in the present ("how are the hours?") is about their job now, not the agency years.
  const past = /\b(?:was|were|did|had|used to|back then|early|first|before|when you (?:started|began|were)|start(?:ed)?|began|ago|looking back|career)\b/i.test(u.query);
  const transition = u.asks.includes('transition');
  // "How'd you end up in logistics software?": a question that names a step of the story is answered
  // by that step (its words), not by the next untold one.
  const namesStep = u.topics[0] === 'path' && index.facts.some((f, i) => f.topics.includes('path') && matched[i]! >= 2 && lexical[i]! >= LEXICAL_FIT);
  const out: Ranked[] = [];
  index.facts.forEach((fact, i) => {
    if (said.has(fact.id)) return;
    let score = lexical[i]!;
    let topical = false;
    u.topics.forEach((topic, rankOfTopic) => {
      if (fact.topics.includes(topic)) {
        score += rankOfTopic === 0 ? 3 : 1.5;
        topical = true;
      }
    });
    if (u.asks.some((a) => a !== 'general' && fact.asks.includes(a))) score += 0.8;
    if (u.stance) {
      if (fact.stance === u.stance) score += 2;
      else if (opposite(u.stance, fact.stance)) score -= 6;
    }
    if (u.asksRole && fact.id === 'card-role') score += 6;
    // What a fact is mainly about: its first topic.
    if (u.topics[0] && fact.topics[0] === u.topics[0]) score += 1.5;
    if (u.asks.includes('number') && index.numberish[i]) score += 2;
    if (wantsEarly && fact.time === 'early') score += 1;
    // "What drew you to it in the first place?": the beginning of the story, whatever words it shares with later steps.
    if (atTheStart && fact.topics.includes('path')) score += fact.time === 'early' ? 4 : fact.time === 'general' ? 0 : -1;
    if (wantsNow) score += fact.time === 'now' ? 3 : fact.time === 'general' ? 0 : fact.time === 'recent' ? -0.5 : -2;
    else if (!past && u.topics[0] !== 'path' && (fact.time === 'early' || fact.time === 'mid')) score -= 1.5;
    // "What's your tech stack?": a question about them takes their own (dated) facts over general remarks.
    if (u.aboutThem && fact.time === 'general' && u.topics[0] && !GENERAL_ASPECTS.includes(u.topics[0])) score -= 0.75;
    // "Why did you leave the bank?": a fact that tells a move, on the words of the question.
    if (transition && fact.asks.includes('transition')) score += 3;
    // A career is told in order: the earliest untold step of the path first.
    // (A move asked about is found by its words, not by the order of the story.)
    if (u.topics[0] === 'path' && fact.topics.includes('path') && !transition && !namesStep) score += (4 - TIME_ORDER[fact.time]) * 0.6;
    // A career story is told in order, whatever words the question shares with a later step (unless it names one).
    if (u.topics[0] === 'path' && u.asks.includes('path') && fact.topics.includes('path') && !namesStep) score += (4 - TIME_ORDER[fact.time]) * 3 - lexical[i]! + i * -0.001;
    // A question with a topic is answered on that topic; a stray shared word does not win.
    // (Without a framed aspect, a topic word alone, "your organization", is a hint, not a verdict.)
    if (u.topics.length > 0 && !topical && (u.aspect || matched[i]! < 2)) score = matched[i]! < 2 ? score - 3 : score * 0.5 - 1;
    // A boundary the persona keeps ("I don't share my views on candidates") answers only a question aimed at it:
    // one that names what the boundary sentence names, not one that shares words with the fact's other sentences
    // ("does meeting legislators who disagree change anything?" is not about candidates).
    // Never offered then: a boundary said unasked reads as a non sequitur (blind r8).
    if (index.boundary[i] && !questionTokens.some((t) => index.boundaryTerms[i]!.has(t))) return;
    if (index.boundary[i] && matched[i]! < 3) {
      score -= 6;
      topical = false;
    }
    // A generic topic ("what do you think about…", "who…") alone does not make a fact an answer.
    if (topical && !u.topics.some((t) => !GENERIC_TOPICS.includes(t) && fact.topics.includes(t)) && matched[i]! === 0) topical = false;
    out.push({ fact, score, lexical: lexical[i]!, matched: matched[i]!, asked, topical });
  });
  return out.sort((a, b) => b.score - a.score);
}

const GENERIC_TOPICS: readonly FactTopic[] = ['opinions', 'people'];
/** Aspects whose answers are general remarks by nature (advice, skills, the outlook). */
const GENERAL_ASPECTS: readonly FactTopic[] = ['advice', 'skills', 'getting-started', 'training', 'outlook', 'opinions', 'referrals', 'reading', 'associations', 'salary-range'];
const RECOMMENDATIONS: readonly FactTopic[] = ['associations', 'reading', 'referrals'];

/** The best fact that answers the question, if any. */
export function bestFit(ranked: readonly Ranked[], u: Understanding): Ranked | undefined {
  return ranked.find((r) => fits(r, u));
}

/** Whether a ranked fact answers the question (not just the best of a bad lot). */
export function fits(r: Ranked | undefined, u: Understanding): r is Ranked {
  if (!r) return false;
  if (u.stance && opposite(u.stance, r.fact.stance)) return false;
  if (r.topical) return r.score >= 2.5;
  // Recommendations (groups to join, things to read) answer only a question about them.
  if (r.fact.topics.every((t) => RECOMMENDATIONS.includes(t))) return false;
  // Without a topic, the fact must share most of the question's words: "the best pizza place near
  // your office" shares two words with a line about the office, and is still not about it.
  // A long question with a strong match on its distinctive words ("the new approach for ETAs… how do you test it") fits on a third of them.
  const long = r.lexical >= 2 * LEXICAL_FIT && r.asked >= 6;
  return r.lexical >= LEXICAL_FIT && r.matched >= (long ? Math.max(2, Math.min(3, Math.ceil(r.asked * 0.3))) : Math.max(2, Math.ceil(r.asked * 0.5)));
}

/**
 * A weaker fit, for a question about their own work ("how do you know your teaching works?"): on
 * the question's topic at all, rather than "not my area".
 */
export function looseFit(r: Ranked, u: Understanding): boolean {
  if (u.stance && opposite(u.stance, r.fact.stance)) return false;
  if (r.fact.topics.every((t) => RECOMMENDATIONS.includes(t))) return false;
  // On a specific topic of the question: shared words alone are chance ("the best pizza place near your office").
  return r.topical && r.score >= 1;
}

/** What the persona can talk about, for an honest "I don't know that, but I can tell you about…". */
export function knownAreas(index: FactIndex, said: ReadonlySet<string>): FactTopic[] {
  const counts = new Map<FactTopic, number>();
  for (const f of index.facts) if (!said.has(f.id)) for (const t of f.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([t]) => t);
}

export function sentenceCount(temperament: Temperament): number {
  return temperament === 'warm' ? 3 : temperament === 'busy' ? 2 : 2;
}

/** Word trigrams of a text, lower-cased. */
export function trigramSet(text: string): Set<string> {
  const w = text.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3).join(' '));
  return out;
}

/** The trigram sets of earlier replies, each built once and kept with the index. */
export function replyTrigrams(index: FactIndex, replies: readonly string[]): Set<string>[] {
  return replies.map((reply) => {
    let grams = index.replyTrigrams.get(reply);
    if (!grams) {
      grams = trigramSet(reply);
      if (index.replyTrigrams.size > 2000) index.replyTrigrams.clear();
      index.replyTrigrams.set(reply, grams);
    }
    return grams;
  });
}
