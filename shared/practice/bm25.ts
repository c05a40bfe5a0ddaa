/**
 * A small BM25 scorer over short documents (a persona's facts). Hand-written so shared/ keeps to
 * zod only: tokens are lower-cased words with a light suffix stem, stop words dropped.
 */

/** Words that carry no subject: function words, question frames and conversational filler. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then so of to in on at by for with from as is are was were be been being am do does did done ' +
    'have has had having i me my mine we us our you your yours he him his she her they them their it its this that these those ' +
    'what which who whom whose when where why how there here about into over out up down off just very really also too can could ' +
    'would should will shall may might must not no yes any some all each more most much many such only own same than ' +
    "i'm i've i'd i'll you're you've it's that's don't didn't isn't wasn't can't won't let's tell say said like get got kind sort " +
    'thing things something anything one lot bit way well know think mean ' +
    // Conversational filler: "sorry, I'm curious, how does someone even…" asks about none of these.
    'sorry curious wondering even kinda lol basically honestly someone somebody anyone guess'
  ).split(' '),
);

/** "projects" → "project", "managing" → "manag", "managed" → "manag": enough to match a word's forms. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length > 5 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && /[^s]s$/.test(w)) w = w.slice(0, -1);
  if (w.length > 6 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 5 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 5 && w.endsWith('ly')) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []) {
    const word = raw.replace(/’/g, "'");
    if (STOP_WORDS.has(word) || word.length < 2) continue;
    out.push(stem(word));
  }
  return out;
}

export interface Bm25Index {
  /** Scores of every document for a query, in document order. */
  score(query: string | readonly string[]): number[];
  /** How many distinct query tokens each document contains. */
  matches(query: string | readonly string[]): number[];
  readonly size: number;
}

export function bm25Index(documents: readonly string[], { k1 = 1.2, b = 0.6 } = {}): Bm25Index {
  const docs = documents.map((d) => tokens(d));
  const avg = docs.reduce((sum, d) => sum + d.length, 0) / Math.max(1, docs.length);
  const df = new Map<string, number>();
  const tf = docs.map((d) => {
    const counts = new Map<string, number>();
    for (const t of d) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const t of counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    return counts;
  });
  const n = docs.length;
  const idf = (t: string) => {
    const f = df.get(t) ?? 0;
    return Math.log(1 + (n - f + 0.5) / (f + 0.5));
  };
  return {
    size: n,
    matches(query) {
      const q = [...new Set(typeof query === 'string' ? tokens(query) : query)];
      return tf.map((counts) => q.filter((t) => counts.has(t)).length);
    },
    score(query) {
      const q = [...new Set(typeof query === 'string' ? tokens(query) : query)];
      return tf.map((counts, i) => {
        const len = docs[i]!.length;
        let s = 0;
        for (const t of q) {
          const f = counts.get(t);
          if (!f) continue;
          s += idf(t) * ((f * (k1 + 1)) / (f + k1 * (1 - b + (b * len) / avg)));
        }
        return s;
      });
    },
  };
}
