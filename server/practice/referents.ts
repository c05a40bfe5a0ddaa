import { tokens } from '../../shared/practice/bm25.ts';
import { unText } from './understand.ts';
import { firstClauseBreak } from '../text/linear-scans.ts';

/**
 * A follow-up that points at something the professional is supposed to have said ("you mentioned
 * the CRRT rollout", "the scanner timestamp thing you said", "about the budget part"): what it
 * claims they said, checked against everything they did say. When most of its words appear in no
 * earlier reply, the claim is unfounded and the professional says so gently before answering.
 */
const CLAIMS: readonly RegExp[] = [
  /\byou(?:['’]ve)? (?:mentioned|said|talked about|brought up|described|told me about|were saying)(?!\s+(?:is|was|are|were|sounds?|seems?)\b)\s+(?:earlier |before )?(?:that\s+)?([^.?!;:]{3,90})/i,
  /\b(?:the|that|this|your)\s+((?:[\w'’-]+\s+){0,5}?[\w'’-]+)\s+(?:thing |story |part |point |bit )?(?:that )?you (?:just )?(?:mentioned|said|described|talked about|brought up)\b/i,
  /\bthat(?:['’]?s| is| was) (?:so |really |such |a |an )*(?:real|true|interesting|lovely|great|fascinating|wild|funny|helpful|good)(?: story| point)? about ([^.?!;]{3,70})/i,
  /\b(?:about|on) the ((?:[\w'’-]+\s+){0,3}?[\w'’-]+) (?:part|thing|bit|point)\b/i,
  /\bthat ((?:[\w'’-]+\s+){0,3}?[\w'’-]+) (?:thing|story) (?:is|was|sounds|you)\b/i,
];

const FILLER = new Set(['actual', 'legally', 'anymore', 'actually', 'really', 'basically', 'something', 'thing', 'things', 'stuff', 'part', 'kind', 'sort', 'story', 'whole', 'first', 'earlier', 'before', 'when', 'where', 'most', 'much', 'more', 'like', 'just', 'also', 'about', 'your', 'yours', 'their', 'that', 'this', 'those', 'these', 'with', 'from', 'into', 'have', 'been', 'were', 'being', 'would', 'could', 'should', 'than', 'then', 'there', 'here', 'what', 'which', 'very', 'pretty', 'still', 'even']);

const SMALL = new Set(['the', 'and', 'you', 'your', 'was', 'are', 'for', 'with', 'used', 'who', 'that', 'did', 'had', 'has', 'how', 'why', 'what', 'not', 'but', 'our', 'all', 'one', 'two']);

/** The words of a claim that carry its content (four letters or more, no fillers), by a five-letter stem. */
function claimWords(claim: string): string[] {
  return [...new Set(tokens(claim).filter((w) => w.length >= 4 && !FILLER.has(w)).map((w) => w.slice(0, 5)))];
}

/** A card's knowledge as five-letter stems, built once per text (a handful of cards). */
const KNOWN = new Map<string, Set<string>>();
function stemsOf(text: string): Set<string> {
  let stems = KNOWN.get(text);
  if (!stems) {
    stems = new Set(tokens(text).map((w) => w.slice(0, 5)));
    if (KNOWN.size >= 32) KNOWN.delete(KNOWN.keys().next().value!);
    KNOWN.set(text, stems);
  }
  return stems;
}

/**
 * What the user says they said, if neither the earlier replies nor the card bear it out, in the
 * professional's words ("the CRRT rollout"). `known` is everything the professional could say (the
 * card's facts, the bank's answers): a follow-up that assumes something true of them ("you said you
 * try hard not to lead them", to a researcher whose card says so) builds on what they would say and
 * is never denied; only a claim foreign to the card is.
 */
export function unfoundedClaim(userText: string, previousReplies: readonly string[], known = ''): string | undefined {
  const text = unText(userText);
  const said = new Set(tokens(previousReplies.join(' ')).map((w) => w.slice(0, 5)));
  const knownStems = known ? stemsOf(known) : undefined;
  for (const re of CLAIMS) {
    const match = re.exec(text);
    if (!match) continue;
    // Up to the first clause break: "the community solar subscriptions and how difficult…" keeps its head.
    const claim = match[1]!.slice(0, firstClauseBreak(match[1]!)).trim();
    // "Session is basically a different job…": a claim about something they did name is a paraphrase
    // of what they said about it; only its subject is checked.
    const verb = /\s(?:is|are|was|were|has|have|had|can|could|would|will|does|do|did|makes?|takes?|comes?|goes?|means?)\s/i.exec(` ${claim} `);
    const subject = verb && verb.index > 0 ? claim.slice(0, verb.index - 1) : claim;
    const words = claimWords(claimWords(subject).length > 0 ? subject : claim);
    if (words.length === 0) continue;
    const found = words.filter((w) => said.has(w)).length;
    // A thing of several words is said as a phrase: "the eye-tracking lab" is not "tracking participants" and "a lab".
    const phrase = tokens(claim).filter((w) => w.length >= 3 && !FILLER.has(w) && !SMALL.has(w));
    const saidText = ` ${tokens(previousReplies.join(' ')).join(' ')} `;
    const pairs = phrase.slice(1).map((w, i) => `${phrase[i]} ${w}`);
    const noPhrase = pairs.length >= 2 && !pairs.some((pair) => saidText.includes(` ${pair} `));
    if (found / words.length >= 0.5 && !(noPhrase && found < words.length)) return undefined;
    // True of them, said or not: most of its words are the card's own.
    if (knownStems && words.every((w) => knownStems.has(w) || said.has(w))) return undefined;
    const spoken = claim
      .split(/\s+/)
      .slice(0, 10)
      .join(' ')
      .replace(/\byou(?:['’]re| are)\b/gi, "I'm")
      .replace(/\byour\b/gi, 'my')
      .replace(/\byou\b/gi, 'I')
      .replace(/\b(?:is|was) (?:so )?(?:interesting|real|true)$/i, '')
      .replace(/\bw\b/g, 'with')
      .trim();
    // "scanner timestamp" (from "the scanner timestamp thing you said") is said with its article.
    return /^(?:the|a|an|my|our|this|that|those|these|I|we|not)\b/i.test(spoken) || /\b\w+ing\b/.test(spoken.split(' ')[0] ?? '') || spoken.split(' ').length < 2 || /\s(?:is|are|was|were)\s/.test(spoken) ? spoken : `the ${spoken}`;
  }
  return undefined;
}

/** The gentle correction said before the answer: a thing ("the CRRT rollout") is not mentioned, a claim ("recruiting is half the battle") not said. */
export function unfoundedNote(claim: string, pick: (lines: readonly string[]) => string): string {
  const size = claim.split(/\s+/).length;
  // "not checking with the coalition partners first", "recruiting": an activity, talked about.
  if (/^(?:not\s+)?\w+ing\b/i.test(claim) && !/\s(?:is|are|was|were)\s/i.test(claim) && size <= 9) {
    return pick([`I don't think I talked about ${claim}, actually, but I can answer the question.`, `Hm, I don't think I talked about ${claim}. Still, happy to answer.`]);
  }
  if (size > 9) return pick([`I don't think I said that, actually, but I can answer the question.`, `Hm, I'm not sure I said that. Still, happy to answer.`]);
  const thing = /^(?:the|a|an|that|this|those|these|my|our)\b/i.test(claim) ? !/\s(?:is|are|was|were|has|have|had|can|could|would|will)\s/i.test(claim) : size <= 2;
  return !thing
    ? pick([`I don't think I said that ${claim}, actually, but I can answer the question.`, `Hm, I'm not sure I said that ${claim}. Still, happy to answer.`])
    : pick([`I don't think I mentioned ${claim}, actually, but I can answer the question.`, `Hm, I don't think ${claim} came up before. Still, happy to answer.`]);
}

/**
 * A premise that denies what the card says ("since HIPAA means you can't talk to actual patients…"
 * to a researcher whose facts say she talks to patients): the negated words, found together in one
 * sentence of a fact that says them without a negation. Returns that fact's id.
 */
const PREMISE_MARK = /\b(?:since|I (?:read|heard|think|assume|guess|imagine|figured|understand)(?: that)?|I['’]m (?:guessing|assuming)|isn['’]t it true|so basically|because)\b/i;
const NEGATED = /\b(?:can['’]?t|cannot|can not|don['’]?t|doesn['’]?t|didn['’]?t|isn['’]?t|aren['’]?t|won['’]?t|no longer|never|not)\s+((?:[\w'’-]+\s+){1,6}[\w'’-]+)/i;
const NEGATION = /\b(?:can['’]?t|cannot|don['’]?t|doesn['’]?t|didn['’]?t|isn['’]?t|aren['’]?t|won['’]?t|never|not|no)\b/i;

export function deniedFact(userText: string, facts: ReadonlyArray<{ id: string; text: string }>): string | undefined {
  const text = unText(userText);
  for (const sentence of text.split(/(?<=[.?!])\s+/)) {
    if (!PREMISE_MARK.test(sentence)) continue;
    const rest = sentence.slice(PREMISE_MARK.exec(sentence)!.index);
    const negated = NEGATED.exec(rest);
    // "Since I can't afford a bootcamp": the asker's own situation, not a premise about them.
    if (!negated || /\b(?:I|we|me)\s+$/i.test(rest.slice(0, negated.index))) continue;
    const words = claimWords(negated[1]!);
    if (words.length < 2) continue;
    for (const fact of facts) {
      for (const line of fact.text.split(/(?<=[.?!])\s+|[,;:]\s*|\s+but\s+/)) {
        if (NEGATION.test(line)) continue;
        const stems = new Set(tokens(line).map((w) => w.slice(0, 5)));
        if (words.filter((w) => stems.has(w)).length >= 2) return fact.id;
      }
    }
  }
  return undefined;
}
