import type { PersonaCard } from '../../shared/contracts/practice.ts';
import { factIndex, lastFactIn } from '../../server/practice/retrieve.ts';
import { answersFor } from '../../server/practice/answers.ts';
import { bankFor } from '../../server/practice/persona-bank.ts';
import { contract } from '../../server/practice/voice.ts';
import { INTENT_TOPIC } from '../../shared/language/intents.ts';
import type { Intent } from '../../shared/contracts/practice.ts';

/**
 * Persona metrics computable without a model, over the professional's replies of one session (or
 * many): near-repeats against any earlier reply, the same fact given two values, a drift probe
 * (the same question early and late answered consistently), length-corrected vocabulary variety
 * (MATTR), the variety of openings across sessions, and the share of fallback replies.
 */

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? [];

/** The engine's honest "I don't know" bridges (server/practice/persona-engine.ts BRIDGES). */
export const FALLBACK = /\b(?:don['’]t know (?:much|enough)|can['’]t speak to that|rather not guess|outside (?:what I actually do|my work)|isn['’]t something I work on|not my area)\b/i;

export const isFallback = (reply: string): boolean => FALLBACK.test(reply);

function trigrams(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3).join(' '));
  return out;
}

/** Replies that repeat an earlier one: half their word trigrams already said in a single earlier reply. */
export function nearRepeats(replies: readonly string[], threshold = 0.5): Array<{ index: number; earlier: number; overlap: number }> {
  const grams = replies.map(trigrams);
  const found: Array<{ index: number; earlier: number; overlap: number }> = [];
  grams.forEach((g, i) => {
    if (g.size < 4) return;
    for (let j = 0; j < i; j++) {
      const shared = [...g].filter((x) => grams[j]!.has(x)).length;
      const overlap = shared / g.size;
      if (overlap >= threshold) {
        found.push({ index: i, earlier: j, overlap });
        return;
      }
    }
  });
  return found;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
};
const NUM = `(\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
const value = (n: string) => NUMBER_WORDS[n.toLowerCase()] ?? Number(n);

/** Claims a reply makes that have one true value: years in the field, team size, when they started. */
const CLAIMS: ReadonlyArray<[string, RegExp]> = [
  ['years in the field', new RegExp(`\\b(?:been (?:in|doing|working in) [^.]{0,50}? for (?:about |almost |nearly |over |roughly )?|about |almost )${NUM} years(?: in (?:the|this) field| now)?\\b`, 'gi')],
  ['team size', new RegExp(`\\bmy team (?:is|has|of) (?:about |around )?${NUM}\\b`, 'gi')],
];

const OPENINGS_NOT_ME = /\b(?:not (?:part of|involved in|the right person for) (?:hiring|openings)|(?:don['’]t|do not) (?:handle|do) hiring|no role in hiring|openings go through)\b/i;
const OPENINGS_ME = /\b(?:we(?:['’]re| are) hiring|I(?:['’]m| am) (?:on|part of) (?:the )?hiring|I hire\b|hiring when we have|I(?:['’]ll| will) pass (?:it|your resume|your name) (?:on|along))\b/i;

export interface Conflict {
  claim: string;
  values: string[];
}

/** The same fact given two values in one session, and openings stances that contradict. */
export function contradictions(replies: readonly string[]): Conflict[] {
  const out: Conflict[] = [];
  for (const [claim, pattern] of CLAIMS) {
    const values = new Set<number>();
    for (const reply of replies) for (const m of reply.matchAll(pattern)) values.add(value(m[1]!));
    if (values.size > 1) out.push({ claim, values: [...values].map(String) });
  }
  // "Back in 2014" and "in 2015 I started" for the same first role.
  const starts = new Set<number>();
  for (const reply of replies) for (const m of reply.matchAll(/\bI started (?:out )?as [^.]{3,80}?(?:back )?in ((?:19|20)\d{2})\b/g)) starts.add(Number(m[1]));
  if (starts.size > 1) out.push({ claim: 'when they started', values: [...starts].map(String) });
  if (replies.some((r) => OPENINGS_NOT_ME.test(r)) && replies.some((r) => OPENINGS_ME.test(r))) out.push({ claim: 'their part in hiring', values: ['not involved', 'involved'] });
  return out;
}

/** Moving-average type-token ratio over a window of words: vocabulary variety that does not fall with length. */
export function mattr(text: string, window = 50): number {
  const w = words(text);
  if (w.length === 0) return 0;
  if (w.length <= window) return new Set(w).size / w.length;
  const counts = new Map<string, number>();
  for (const x of w.slice(0, window)) counts.set(x, (counts.get(x) ?? 0) + 1);
  let sum = counts.size / window;
  let n = 1;
  for (let i = window; i < w.length; i++) {
    const out = w[i - window]!;
    const c = counts.get(out)! - 1;
    if (c === 0) counts.delete(out);
    else counts.set(out, c);
    counts.set(w[i]!, (counts.get(w[i]!) ?? 0) + 1);
    sum += counts.size / window;
    n++;
  }
  return sum / n;
}

/** A reply's opening: its first three words. */
export const opening = (reply: string): string => words(reply).slice(0, 3).join(' ');

/** Distinct openings over all openings: 1 when no two sessions (or replies) open the same way. */
export function openingVariety(replies: readonly string[]): number {
  if (replies.length === 0) return 1;
  return new Set(replies.map(opening)).size / replies.length;
}

/** The fact topics a reply speaks: what a drift probe compares. */
export function replyTopics(card: PersonaCard, reply: string): string[] {
  const index = factIndex(card);
  const topics = new Set<string>();
  index.facts.forEach((fact, i) => {
    if (reply.includes(index.voiced[i]!.slice(1, 60))) for (const t of fact.topics) topics.add(t);
  });
  const last = lastFactIn(index, reply);
  if (last) for (const t of last.topics) topics.add(t);
  // A direct answer (or one of its follow-ups) speaks its intent's topic.
  for (const [intent, answers] of Object.entries(answersFor(card) ?? {}) as Array<[Intent, Array<{ text: string; followUps: string[] }>]>) {
    const heard = (line: string) => reply.includes(contract(line, card.temperament).slice(0, 60)) || reply.includes(line.slice(0, 60));
    if (answers.some((a) => heard(a.text) || a.followUps.some(heard))) topics.add(INTENT_TOPIC[intent]);
  }
  // So does a question-bank entry (or one of its follow-ups).
  const heard = (line: string) => reply.includes(contract(line, card.temperament).slice(0, 60)) || reply.includes(line.slice(0, 60));
  for (const entry of bankFor(card)?.entries ?? []) if (heard(entry.text) || entry.followUps.some((f) => heard(f.text))) topics.add(INTENT_TOPIC[entry.intent]);
  return [...topics];
}

/** The same question asked twice: answered on the same topic, both real answers (or both honest bridges), no conflict between them. */
export function consistentAnswers(card: PersonaCard, first: string, second: string): { consistent: boolean; reason: string } {
  if (isFallback(first) !== isFallback(second)) return { consistent: false, reason: 'one answer is a fallback, the other is not' };
  const conflict = contradictions([first, second]);
  if (conflict.length > 0) return { consistent: false, reason: `${conflict[0]!.claim}: ${conflict[0]!.values.join(' vs ')}` };
  if (isFallback(first)) return { consistent: true, reason: 'both say honestly they do not know' };
  const a = replyTopics(card, first);
  const b = replyTopics(card, second);
  const shared = a.filter((t) => b.includes(t));
  return shared.length > 0 ? { consistent: true, reason: `both on ${shared.join(', ')}` } : { consistent: false, reason: `different topics: ${a.join('/') || '?'} vs ${b.join('/') || '?'}` };
}
