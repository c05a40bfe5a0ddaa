import { contentWords } from './word-vectors.ts';

/**
 * Whether a turn continues the last reply or asks something of its own. A continuation has no
 * subject beyond what was just said: "how so?", "tell me more", "how long did that take?", "and
 * the bank?", "you mentioned the rollout — how did it go?". A question with its own topic ("Can you
 * give me an example of a technical decision…", "Is there an incident you remember?") is a new
 * question, for retrieval, however it was phrased; going on with the last answer there re-says it.
 */

/** Bare requests for more: nothing of their own to match. */
const BARE = /^(?:(?:oh|ok(?:ay)?|wow|really|interesting|hm+|huh|and|so|but|yes|yeah|right)[,.!\s]+)*(?:(?:can|could|would) you (?:please )?)?(?:how so|like what|why|why not|how come|meaning|such as|for example|for instance|(?:give (?:me )?)?(?:an? )?examples?|any examples?|in what way|what do you mean|what did you mean|go on|say more|tell me more|(?:tell me |say )?more(?: about| on) (?:that|it|this|them)|elaborate|expand on that|and then|then what|what happened(?: next| then| after(?:wards)?)?|really|how|what else|how did (?:that|it) (?:go|feel|turn out|work out|end)|what was that like)\b[^?.!]{0,40}[\s?!.]*$/i;

/** The user points back at something said: "you mentioned…", "going back to…", "earlier you said…". */
const POINTER = /\b(?:you (?:just )?(?:mentioned|said|talked about|brought up|described)|earlier you|going back to|back to (?:the|what|your)|about (?:the|that) \w+ you mentioned)\b/i;

/** "And the bank?", "what about nights?": a short turn that swaps one thing into the last answer. */
const SWAP = /^(?:and|but|so)?\s*(?:what about|how about|and)\s+[^?]{1,30}\??$/i; // read on trimmed text

/** A word pointing at what was just said. */
const ANAPHORA = /\b(?:it|that|this|those|these|them|they|there|then|such)\b/i;

/** Words that are no subject of their own (asking words, time, size, feeling). */
const NOT_A_SUBJECT = new Set([
  'long', 'take', 'took', 'much', 'many', 'often', 'usually', 'typically', 'feel', 'felt', 'like', 'work', 'worked', 'happen', 'happened', 'go', 'went',
  'time', 'hard', 'easy', 'hardest', 'part', 'parts', 'really', 'actually', 'mean', 'exactly', 'kind', 'sort', 'thing', 'things', 'still', 'ever', 'get',
  'got', 'make', 'made', 'change', 'changed', 'learn', 'learned', 'end', 'ended', 'turn', 'turned', 'decide', 'decided', 'handle', 'deal', 'dealt',
  'example', 'examples', 'else', 'more', 'why', 'pls', 'please', 'lol', 'ok', 'okay', 'yeah', 'wow', 'interesting', 'cool', 'sounds', 'seems', 'sorry',
  'people', 'someone', 'anyone', 'way', 'ways', 'day', 'days', 'week', 'weeks', 'year', 'years', 'month', 'months', 'ago', 'now', 'today', 'back',
  'first', 'next', 'last', 'same', 'different', 'big', 'small', 'good', 'bad', 'best', 'worst', 'doing', 'done', 'know', 'think', 'thought', 'say', 'said',
]);

/** Words the turn brings of its own: content words not in the last reply (nor another form of one). */
export function ownWords(text: string, lastReply: string): string[] {
  const said = new Set(contentWords(lastReply));
  const stems = new Set([...said].filter((w) => w.length >= 5).map((w) => w.slice(0, 5)));
  return [...new Set(contentWords(text))].filter((w) => w.length >= 3 && !NOT_A_SUBJECT.has(w) && !said.has(w) && !(w.length >= 5 && stems.has(w.slice(0, 5))));
}

/** Longest continuation with words of its own, in words. */
const SHORT = 14;

export function isContinuation(text: string, lastReply: string | undefined): boolean {
  if (!lastReply) return false;
  const t = text.trim();
  if (BARE.test(t) || SWAP.test(t)) return true;
  if (POINTER.test(t)) return true;
  const words = t.split(/\s+/).length;
  if (words > SHORT) return false;
  // Anaphoric and nothing of its own beyond one word ("how long did that take?", "was that hard for the new grads?").
  return ANAPHORA.test(t) && ownWords(t, lastReply).length <= 1;
}
