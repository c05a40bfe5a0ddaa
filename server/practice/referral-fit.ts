import type { PersonaCard } from '../../shared/contracts/practice.ts';
import { findReferralAsk } from '../../shared/practice/signals.ts';
import { tokens } from '../../shared/practice/bm25.ts';
import { withoutClosingAside } from '../../shared/text/scan.ts';
import { cosine, textVector } from './word-vectors.ts';
import { unText } from './understand.ts';

/**
 * Who to send the user to: the kind of person they asked for is matched against what each referral's
 * role and why say about them, and when nobody on the list is that kind of person, the professional
 * says so plainly before offering the closest.
 *
 * A match is a kind of person both sides name (someone new in the job, someone who changed careers,
 * someone on the professional's own team) or a word of the ask in the referral's role; a word found
 * only in the why, or one whose neighbour says another thing ("electric co-op" against "solar
 * installation co-op"), is a weak match that never counts as a fit on its own.
 */

export type Referral = PersonaCard['referrals'][number];

/** Asks for someone to talk to in words the turn detector misses. */
const MORE_ASKS: readonly RegExp[] = [
  /\b(?:do you (?:happen to )?know|know of|is there|are there|any chance you know)\s+(?:(?:maybe|perhaps|possibly)\s+)?(?:any|other|another|an?|some|any other)\s+(?:[\w-]+\s+){0,2}?(?:people|folks|person|colleagues?|nurses?|engineers?|advisors?|advisers?|researchers?|organizers?|designers?|[a-z]+(?:ers|ors|ists|ians))\b(?!\s+(?:need|use|think))/i,
  /\bI(?:['’]d| would) (?:like|love) to (?:talk|speak|chat|connect|meet) (?:with|to) (?:someone|somebody|a|an|other|people)\b/i,
  /\b(?:anyone|anybody|someone|somebody) else\b[^?.!]{0,60}\b(?:talk|speak|sit down|chat|reach out|meet|contact)\b/i,
  /\b(?:is there|are there) (?:an?|any) [\w-]+ (?:on|at|in) your (?:team|staff|office|unit|department)\b/i,
  /\byou (?:think|would say|['’]d say) I (?:should|ought to|could|might) (?:talk|speak|sit down|chat|reach out|meet|contact)\b/i,
];

/** Whether the turn asks who else to talk to. */
export function asksForReferral(text: string): boolean {
  const plain = unText(text);
  return findReferralAsk(plain).length > 0 || MORE_ASKS.some((re) => re.test(plain));
}

/** The permission asked for with it: "can I say you sent me", "ok to mention your name". */
export const MAY_MENTION = /\b(?:(?:say|said|mention(?:ed|ing)?|tell (?:them|him|her))\b[^.?!]{0,25}\b(?:you|your name)\b|(?:use|drop|mention|say) (?:your|ur) name|(?:you|u) (?:sent|recommended|referred|pointed) me|pointed me (?:their|his|her) way)/i;

/** Kinds of person an ask can name, each with how a referral's role and why say it. */
const KINDS: ReadonlyArray<{ asked: RegExp; theirs: RegExp }> = [
  // New in the job.
  {
    asked: /\b(?:just (?:started|starting|graduated|hired|got (?:hired|in))|newer|new (?:grads?|graduates?|hires?|nurses?|engineers?|advisors?|researchers?|ones?)|junior|early[- ]career|(?:a|one|two|couple of|few) (?:years?|months?) (?:or (?:so|two) )?(?:in|into)|(?:a )?few months|first[- ]year|recent(?:ly)? (?:grads?|graduates?|hired|started)|entry[- ]level|starting out|fresh out)\b/i,
    theirs: /\b(?:(?:a|one|two) years? (?:in|into|out)|about a year|(?:eighteen|\w+) months (?:out|in)|second year|first years?|hired last year|years? out of (?:school|college)|junior|entry role|a year ago)\b/i,
  },
  // Changed careers.
  {
    asked: /\b(?:chang(?:ed|ing) (?:careers?|fields?|from)|switch(?:ed|ing)|came (?:in )?from|moved (?:over )?(?:from|into)|career[- ]changers?|transition(?:ed|ing)?|second career|from another (?:field|career)|later in life|also (?:changed|switched|came)|like me)\b/i,
    theirs: /\b(?:before switching|before moving|switched|former|ex-|moved over|after (?:\w+ ){1,3}years? in|changing careers|went from|before (?:he|she|they) (?:switched|moved))\b/i,
  },
];

/** The professional's own team or organization: "an advisor on your staff", "someone at your company". */
const SAME_PLACE = /\b(?:on your (?:team|staff|unit)|at your (?:office|company|organi[sz]ation|org|hospital|unit|school|university|agency)|your (?:colleagues?|coworkers?|co-workers?|team(?:mates)?)|works? with you|in your (?:office|department|unit|team))\b/i;

const FILLER = new Set(['company', 'companies', 'group', 'groups', 'organization', 'organisation', 'office', 'team', 'firm', 'place', 'point', 'anyone', 'someone', 'somebody', 'anybody', 'people', 'person', 'folks', 'talk', 'speak', 'else', 'think', 'maybe', 'could', 'would', 'should', 'like', 'trying', 'good', 'know', 'tell', 'really', 'went', 'made', 'same', 'other', 'side', 'field', 'work', 'working', 'works', 'doing', 'especially', 'specifically', 'perhaps', 'also', 'mind', 'okay', 'name', 'mention', 'recommend', 'recommended', 'sent', 'said', 'suggest', 'suggested', 'contact', 'reach', 'chat', 'questions', 'bother', 'staff', 'colleague', 'colleagues', 'since', 'about', 'with', 'from', 'that', 'they', 'them', 'their', 'there', 'your', 'have', 'into', 'just', 'only', 'year', 'years', 'different', 'perspectives', 'couple', 'teacher', 'below', 'sit', 'down', 'compare', 'two', 'happy', 'glad', 'comfortable', 'ought', 'next', 'anybody', 'nonprofit', 'nonprofits', 'glad', 'comfortable', 'reach', 'own']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const stem = (w: string) => w.replace(/(?:ations?|ing|ers?|ed|es|s)$/, '');

export interface Fit {
  person: Referral;
  /** A kind of person both name, or a word of the ask in their role. */
  fits: boolean;
  score: number;
  near: number;
}

/** The ask split into the kinds of person it offers as choices: "someone at the chamber, or somebody on the attraction side". */
export function describedKinds(text: string): string[] {
  // Spaces made single first: the split then has no runs of spaces to backtrack over.
  const plain = unText(text).replace(MAY_MENTION, ' ').split(/\s+/).join(' ');
  const parts = plain.split(/[?]|,? or (?:(?:maybe|perhaps|even) )?(?=(?:someone|somebody|anyone|anybody|an?|some|people|folks|other|another|with|at|on|in)\b)/i).map((p) => p.trim()).filter((p) => tokens(p).length > 0);
  return parts.length > 0 ? parts : [plain];
}

/** The words of an ask that say which person: not the field's own, not the asking. */
function askedWords(card: PersonaCard, text: string): string[] {
  const own = new Set((`${card.field} ${card.role}`.toLowerCase().match(/[a-z0-9][a-z0-9'-]*/g) ?? []).map(stem));
  const raw = text.toLowerCase().match(/[a-z0-9][a-z0-9'-]*/g) ?? [];
  return [...new Set(raw.filter((w) => w.length >= 4 && tokens(w).length > 0 && !FILLER.has(w) && !own.has(stem(w))))];
}

/** The word before `word` in `text` (lower case), when it is a content word. */
function modifierOf(text: string, word: string): string | undefined {
  const words = text.toLowerCase().split(/[^a-z0-9'-]+/).filter(Boolean);
  const at = words.findIndex((w) => stem(w) === stem(word));
  const before = at > 0 ? words[at - 1] : undefined;
  return before && before.length >= 4 && !FILLER.has(before) && !/^(?:with|from|into|that|this|more|most|some|very|their|your)$/.test(before) ? before : undefined;
}

/** The asked word that follows `word` directly in the ask (the one `word` modifies), if any. */
function headFollows(text: string, word: string, asked: readonly string[]): string | undefined {
  const words = text.toLowerCase().split(/[^a-z0-9'-]+/).filter(Boolean);
  const at = words.findIndex((w) => w === word);
  const next = at >= 0 ? words[at + 1] : undefined;
  return next !== undefined && asked.includes(next) ? next : undefined;
}

/** How well one referral fits one kind of person asked for. */
export function fitOf(card: PersonaCard, described: string, person: Referral): Fit {
  const org = withoutClosingAside(card.organization).split(/\s+/).slice(0, 2).join(' ').toLowerCase();
  let score = 0;
  let strong = false;
  for (const kind of KINDS) {
    if (kind.asked.test(described) && kind.theirs.test(`${person.role} ${person.why}`)) {
      score += 2;
      strong = true;
    }
  }
  if (SAME_PLACE.test(described) && person.role.toLowerCase().includes(org)) {
    score += 1;
    strong = true;
  }
  const wordsOf = (t: string) => new Set((t.toLowerCase().match(/[a-z0-9][a-z0-9'-]*/g) ?? []).map(stem));
  const role = wordsOf(person.role);
  const why = wordsOf(person.why);
  const theirText = `${person.role}. ${person.why}`;
  const asked = askedWords(card, described);
  for (const w of asked) {
    const s = stem(w);
    if (!role.has(s) && !why.has(s)) continue;
    // "electric co-ops" is not "a solar installation co-op": a modifier each side, and different.
    const mine = modifierOf(described, w);
    const theirs = modifierOf(theirText, w);
    if (mine && theirs && stem(mine) !== stem(theirs)) continue;
    // "legal tech" is not "outside of tech": the ask's modifier, missing on their side, makes it a weak match.
    const unqualified = mine !== undefined && theirs === undefined && !role.has(stem(mine)) && !why.has(stem(mine)) ? 0.4 : 1;
    // "a labor and delivery nurse" is not "the labor side": their word is half of a pair the ask does not name.
    const root = escape(w.slice(0, Math.max(4, w.length - 2)));
    const pair = new RegExp(`\\b${root}\\w*\\s+and\\s+([a-z]{4,})|\\b([a-z]{4,})\\s+and\\s+${root}`, 'i').exec(theirText);
    const other = pair ? (pair[1] ?? pair[2])! : undefined;
    if (other && !described.toLowerCase().includes(other.toLowerCase())) continue;
    // A word that only modifies the next one asked ("student veterans") says less than the one it modifies.
    const head = headFollows(described, w, asked);
    const weight = (role.has(s) ? 1 : 0.6) * (head && !role.has(stem(head)) && !why.has(stem(head)) ? 0.4 : 1) * unqualified;
    score += weight;
    if (weight >= 0.6) strong = true;
  }
  const near = cosine(textVector(described), textVector(`${person.role} ${person.why}`));
  return { person, fits: strong, score, near };
}

export interface Choice {
  /** People who fit, best first (one per kind asked for, at most two). */
  fitting: Referral[];
  /** Nobody fits one of the kinds asked for (or the only one). */
  missing: boolean;
  /** The two closest people when nobody fits. */
  closest: Referral[];
}

/** Who on the list fits the kinds of person asked for. */
export function chooseReferrals(card: PersonaCard, text: string, available: readonly Referral[]): Choice {
  const kinds = describedKinds(text).filter((k) => askedWords(card, k).length > 0 || KINDS.some((x) => x.asked.test(k)) || SAME_PLACE.test(k));
  if (kinds.length === 0 || available.length === 0) return { fitting: [], missing: false, closest: [] };
  const fitting: Referral[] = [];
  let missing = false;
  for (const kind of kinds) {
    const ranked = available.map((p) => fitOf(card, kind, p)).sort((a, b) => b.score - a.score || b.near - a.near);
    const best = ranked.find((r) => r.fits && !fitting.includes(r.person));
    if (best) fitting.push(best.person);
    else if (!ranked.some((r) => r.fits)) missing = true;
  }
  const all = kinds.join(' ');
  const closest = fitting.length === 0 ? [...available].sort((a, b) => fitOf(card, all, b).near - fitOf(card, all, a).near).slice(0, 2) : [];
  return { fitting: fitting.slice(0, 2), missing, closest };
}
