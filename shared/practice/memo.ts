import type { Evidence } from '../rules/rule.ts';

/**
 * A bounded memo of a text detector: the same text gives the same spans, found once. One debrief
 * or hint asks the same detector about the same turn several times (the conduct rules, the
 * follow-up check of each question, the asker's scores, the note), and the next hint asks again
 * about every turn already stored; each asks the memo instead. The spans are frozen (callers only
 * read them), and the oldest text is dropped first past `size` entries or `maxChars` characters of
 * keys, so memory stays bounded whatever a client sends.
 */
export function memoSpans<A extends unknown[]>(
  size: number,
  key: (...args: A) => string,
  find: (...args: A) => Evidence[],
  maxChars = MEMO_CHARS,
): ((...args: A) => Evidence[]) & { readonly stats: MemoStats } {
  const known = new Map<string, readonly Evidence[]>();
  const stats = { hits: 0, misses: 0 };
  let chars = 0;
  const memo = (...args: A): Evidence[] => {
    const k = key(...args);
    const hit = known.get(k);
    if (hit) {
      stats.hits += 1;
      return hit as Evidence[];
    }
    stats.misses += 1;
    const found = find(...args);
    for (const e of found) Object.freeze(e);
    Object.freeze(found);
    if (k.length > maxChars / 4) return found;
    known.set(k, found);
    chars += k.length;
    for (const [old] of known) {
      if (known.size <= size && chars <= maxChars) break;
      known.delete(old);
      chars -= old.length;
    }
    return found;
  };
  return Object.assign(memo, { stats });
}

/** Characters of keys one memo keeps at most (a few long sessions' turns); a longer text is found, not kept. */
const MEMO_CHARS = 400_000;

/** How often a memo answered from what it kept (tests read this to see the memo is used). */
export interface MemoStats {
  hits: number;
  misses: number;
}
