import type { PersonaCard, Temperament } from '../../shared/contracts/practice.ts';

/**
 * How the persona sounds: contractions as people speak, numbers that agree ("1 minute"), and stock
 * phrases of their own (drawn from the temperament's pool by the card, so each persona keeps the
 * same handful across a session and across sessions).
 */

const FULL: ReadonlyArray<[RegExp, string]> = [
  // Never at the end of a clause: "how confident I am, and…" stays whole.
  [/\bI am\b(?!\s*(?:[.,;:!?—–)]|$))/g, "I'm"],
  [/\bI would\b(?!\s*(?:[.,;:!?—–)]|$))/g, "I'd"],
  [/\bI will\b(?!\s*(?:[.,;:!?—–)]|$))/g, "I'll"],
  [/\bI have (been|had|got|done|seen|learned|learnt|worked|spent|never|always|found|met|heard|told|given|said|made|taken|become|come|gone|run|covered|tried|watched|noticed|started|moved|kept|managed|used|written|built|led|hired|loved|enjoyed|also)\b/g, "I've $1"],
  // Not stressed: "where we are in a round", "who you are" stay whole.
  [/(?<!\b(?:where|what|who|how|whoever|wherever|whatever)\s+)\b(we|they|you) are\b(?!\s*(?:[.,;:!?—–)]|$))/gi, "$1're"],
  [/\b(we|they|you) have (been|had|got|done|seen|learned|never|always|found|made|taken|heard)\b/gi, "$1've $2"],
  [/\b(it|that|there|what|here|he|she|who) is\b(?!\s*(?:[.,;:!?—–)]|$))/gi, "$1's"],
  [/\blet us\b/gi, "let's"],
  [/\bit has been\b/gi, "it's been"],
];
const NEGATIONS: ReadonlyArray<[RegExp, string]> = [
  [/\bcan ?not\b/gi, "can't"],
  [/\bwill not\b/gi, "won't"],
  [/\b(do|does|did|is|are|was|were|has|have|had|would|could|should|must|need) not\b/gi, "$1n't"],
];

const memo = new Map<string, string>();

/** Contracts a text as the persona speaks it; memoised, since the same lines are voiced every turn. */
export function contract(text: string, temperament: Temperament): string {
  const key = `${temperament}\u0000${text}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const out = contractUncached(text, temperament);
  if (memo.size > 20_000) memo.clear();
  memo.set(key, out);
  return out;
}

function contractUncached(text: string, temperament: Temperament): string {
  const rules = temperament === 'reserved' ? [...NEGATIONS, FULL[0]!] : [...NEGATIONS, ...FULL];
  let out = text;
  for (const [pattern, replacement] of rules) {
    out = out.replace(pattern, (match: string, ...groups: unknown[]) => {
      const captured = groups.slice(0, -2).filter((g): g is string => typeof g === 'string');
      const result = replacement.replace(/\$(\d)/g, (_, n: string) => captured[Number(n) - 1] ?? '');
      // "Let us" → "Let's", "It has been" → "It's been": the capital stays.
      return /^[A-Z]/.test(match) && /^[a-z]/.test(result) ? result.charAt(0).toUpperCase() + result.slice(1) : result;
    });
  }
  return out;
}

/** "1 minutes" never: the unit agrees with the number. */
export function count(n: number, unit: string): string {
  return `${n} ${n === 1 ? unit : `${unit}s`}`;
}

/** Fixes any "1 minutes", "1 years" a template or line produced. */
export function agreeNumbers(text: string): string {
  return text.replace(/\b(?<![\d.,])1 (minute|year|hour|day|week|month|person|thing)s\b/g, '1 $1');
}

/** A stable small number from a card: the persona's own choices among phrase pools. */
export function cardHash(card: Pick<PersonaCard, 'name' | 'role'>): number {
  let h = 2166136261;
  for (const ch of `${card.name}|${card.role}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h >>> 0;
}

/** The persona's own `n` phrases from a pool: the same for every session with this card. */
export function ownPhrases<T>(card: Pick<PersonaCard, 'name' | 'role'>, pool: readonly T[], n: number): T[] {
  if (pool.length <= n) return [...pool];
  const h = cardHash(card);
  const start = h % pool.length;
  const step = [1, 3, 5, 7].find((s) => pool.length % s !== 0 || s === 1) ?? 1;
  const out: T[] = [];
  for (let i = 0; out.length < n && i < pool.length * 2; i++) {
    const item = pool[(start + i * step) % pool.length]!;
    if (!out.includes(item)) out.push(item);
  }
  return out;
}
