/**
 * A pure function of one text, remembered by that text (bounded: emptied when full). The edit
 * policy checks up to 24 candidate sets of edits against a whole draft, and each candidate keeps
 * nearly every sentence of the draft as it was: a per-sentence answer is worked out once and read
 * back for the others. Only for functions whose answer depends on the text alone and is immutable
 * (a string, a boolean, undefined).
 */
export function memoByText<T extends string | boolean | number | undefined>(fn: (text: string) => T, max = 4_096): ((text: string) => T) & { size: () => number } {
  const known = new Map<string, T>();
  const memo = (text: string): T => {
    if (known.has(text)) return known.get(text) as T;
    const value = fn(text);
    if (known.size >= max) known.clear();
    known.set(text, value);
    return value;
  };
  return Object.assign(memo, { size: () => known.size });
}
