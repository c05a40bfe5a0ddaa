import type { OutreachContext, SuggestedEdit } from '../../shared/contracts/outreach.ts';
import { LINKEDIN_NOTE_LIMIT, LINKEDIN_PREMIUM_NOTE_LIMIT } from '../../shared/rules/outreach-rules.ts';
import { isMeetingAsk, type OutreachFacts } from '../text/facts.ts';
import { sentenceTexts, type TextSpan } from '../text/nlp.ts';
import { applyEdits } from '../../shared/text/edits.ts';
import { bracketSpans, lastJoinIndex, listItemAfterBreak, runEnd, runStart, trailingSpace } from '../../shared/text/scan.ts';
import { asksForMeeting, asksForMeetingMemo, closingStart, FAVOUR, formatClash, lostFacts, newShapes, outreachShapes, type ShapeReport, strayTopic } from '../text/shapes.ts';

/**
 * The law of suggested edits: an edit is offered only when it fixes a failing rule with high
 * confidence, is minimal and grammatical, and leaves the draft no worse. Readers found edited drafts
 * worse than the writer's own in 55% of cases (2026-12-07): slots pasted where the writer had said
 * the fact, topics made of stray words, "phone or video" on a phone call, the writer's times and
 * minutes changed, the sentence that carried the purpose deleted. So:
 *
 * - no edit holds a [placeholder] (a blank belongs in the fresh draft, where the writer fills it);
 * - no edit changes the writer's days, times or minutes (a rule that wants other times says so in its finding);
 * - no edit deletes words that carry a fact (name, who they are, the connection, the topic, the times);
 * - nothing is inserted into a phone script (a call is a dialogue; the edits only take out favours);
 * - the format offered never contradicts the writer's (in person, coffee, a call already on the phone);
 * - a LinkedIn note stays within its characters;
 * - the edited draft has no failure shape the draft did not have (two asks, a doubled clause, a
 *   sentence without a verb, a stray topic, two sentences glued); an edit that brings one is withdrawn;
 * - a favour (pay, a review, a referral, a job) goes: the whole sentence, or only its clause when the
 *   sentence also carries a fact; the message's only request becomes an ask about their work.
 */

/** The ask a phone script gets in place of a favour that was its only ask (no format: they are on the phone). */
const SPOKEN_ASK = /^Would you have (?:\d+ minutes|time for a short call) sometime to tell me about your work\?$/;
/** The spoken ask of a phone script: the writer's minutes, or "a short call" (never an invented number). */
export const spokenAsk = (minutes: number | undefined) => `Would you have ${minutes !== undefined ? `${minutes} minutes` : 'time for a short call'} sometime to tell me about your work?`;

/** Rules whose edits rewrite the writer's times or minutes, or guess at sentences to cut: never offered. */
export const NOT_OFFERED = new Set(['outreach.plans-ahead', 'outreach.introduces-self']);

/** The one cut of credentials offered: an aside in parentheses, taken whole (a sentence of them may be the writer's background). */
const CREDENTIAL_ASIDE = /^[ \t]*\([^()\n]*\)$/;

/** A meeting in person: "coffee", "stop by your office", "at the Starbucks on Walnut". */
const IN_PERSON = /\b(?:coffee|lunch|breakfast|in person|in-person|meet (?:you|up)\b|stop by|come by|swing by|drop by|visit|tour|your (?:office|shop|store|lab|studio|site|restaurant|kitchen|farm|yard|station|practice|clinic|salon)|meet (?:you )?(?:at|in)\b)/i;

/** A request to be called back, or the number to call: "call me back", "give me a ring", "you can reach me at". */
const CALLBACK = /\b(?:call (?:me |us )?back|(?:give|gimme) (?:me |us )?a (?:call|ring|buzz)(?: back)?|return (?:my|this|the) call|(?:reach|call) me (?:at|on)\b|my (?:number|cell|phone)(?: number)? is)\b/i;
/** The writer's name said on its own in a call ("It's Andy.", "This is Marisol again."). */
const NAME_AGAIN = /^(?:it['’]s|this is|again,? (?:it['’]s|this is)) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?: again)?[.!]?$/u;

/** The writer already offers to fit their time. */
const FLEXIBLE = /\b(?:any (?:hour|time|day)|whenever (?:works|suits|is|you(?:['’]re| are) free)|at your (?:earliest )?convenience|(?:I['’]m |I am )?flexible|work around|fit (?:your|around)|(?:that )?suits you|works (?:best )?for you|happy to (?:adjust|accommodate)|your schedule)\b/i;

export interface PolicyInput {
  draft: string;
  edits: SuggestedEdit[];
  facts: OutreachFacts;
  context: OutreachContext;
  sentences: TextSpan[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && a.end > b.start;

/** The facts a deletion must not touch. */
function factSpans(f: OutreachFacts): TextSpan[] {
  return [f.name, f.affiliation, f.connection, f.topic, f.minutes, ...f.times].filter((x): x is TextSpan => x !== undefined && x.end > x.start);
}

/** Whether one edit, on its own, obeys the law. */
function admissible(e: SuggestedEdit, p: PolicyInput): boolean {
  if (NOT_OFFERED.has(e.ruleId)) return false;
  if (e.ruleId === 'outreach.no-credentials-dump' && !(e.kind === 'delete' && CREDENTIAL_ASIDE.test(p.draft.slice(e.start, e.end)))) return false;
  if (e.kind === 'insert') {
    // A continuation (" for 20 minutes", " by phone or video") goes right after a word, never after a line break;
    // nothing is glued to the next word.
    const before = p.draft[e.start - 1] ?? '';
    const after = p.draft[e.start] ?? '';
    if (/^\s*[a-z,]/.test(e.text) && !/[\p{L}\p{N})]/u.test(before)) return false;
    if (!/\s$/.test(e.text) && /[\p{L}\p{N}]/u.test(after)) return false;
  }
  if (bracketSpans(e.text).length > 0) return false;
  const phone = p.facts.channel === 'phone-script';
  // A call is a dialogue: nothing is put into it but the dropping of a favour, or a favour that was the only
  // ask turned into the spoken ask for the conversation.
  if (phone && e.kind !== 'delete' && !(e.kind === 'replace' && SPOKEN_ASK.test(e.text))) return false;
  // A voicemail's request to be called back is its ask, never extra work (round 8 readers: "removed the only
  // request, leaving the number with no ask").
  if (phone && e.end > e.start && CALLBACK.test(p.draft.slice(e.start, e.end)) && !FAVOUR.test(p.draft.slice(e.start, e.end))) return false;
  // The writer's times and minutes stay theirs.
  const timeSpans = [...p.facts.times, ...(p.facts.minutes ? [p.facts.minutes] : [])];
  // (The grammar of "a 20 minutes call" → "a 20-minute call" keeps their minutes.)
  if (e.end > e.start && timeSpans.some((t) => overlaps(t, e)) && e.ruleId !== 'text.repeated-sentence' && e.ruleId !== 'text.grammar') return false;
  if (/\b(?:next few weeks|coming weeks)\b/i.test(e.text)) return false;
  // A deletion or replacement never takes the words that carry the writer's purpose, connection or who they are.
  if (e.end > e.start && e.ruleId !== 'text.repeated-sentence' && e.ruleId !== 'text.grammar') {
    const removed = p.draft.slice(e.start, e.end);
    const carried = factSpans(p.facts).filter((f) => overlaps(f, e) && !e.text.includes(f.text));
    if (carried.length > 0 && !(FAVOUR.test(removed) && carried.every((f) => f === p.facts.topic && FAVOUR.test(f.text)))) return false;
  }
  // The format never contradicts the writer's: "by phone or video" beside coffee or a visit.
  if (/\bphone or video\b/i.test(e.text) && (IN_PERSON.test(p.draft) || p.facts.format)) return false;
  // The writer already leaves the time to them ("at any hour that suits you", "whenever you're free"): no second offer, nor their offer reworded.
  if (e.ruleId === 'outreach.proposes-times' && FLEXIBLE.test(p.draft)) return false;
  // A numbered or bulleted list keeps its items and numbers: no edit starts after a list marker or takes one.
  if (e.end > e.start || e.kind === 'insert') {
    const lineStart = p.draft.lastIndexOf('\n', e.start - 1) + 1;
    if (/^\s*(?:\d{1,2}[.)]|[-•*])\s*$/.test(p.draft.slice(lineStart, e.start)) && lineStart < e.start) return false;
    const span = p.draft.slice(e.start, e.end);
    // A list item (`(?:^|\n)\s*(?:\d{1,2}[.)]|[-•*])\s`) or a number ending the span (`\d{1,2}[.)]\s*$`), read in one pass.
    if (listItemAfterBreak(span, { digits: 2, lineStart: true }) || /\d[.)]$/.test(span.trimEnd().slice(-2))) return false;
  }
  // Shortening guesses at what can go: only a favour, or a sentence said twice.
  if (e.ruleId === 'outreach.brief' && !(e.reason.includes('more than once') || FAVOUR.test(p.draft.slice(e.start, e.end)))) return false;
  if (e.ruleId === 'outreach.specific-purpose') {
    // A topic made of stray words ("Tuesdays and Thursdays", "myself") is no topic.
    if (strayTopic(e.text)) return false;
    // The vague words made specific ("pick your brain" → "learn about getting into sports writing"), or the
    // field the writer is moving into; otherwise the draft already says its topic and a second line repeats it.
    const vague = e.kind === 'replace' && /\b(?:pick (?:your|ur) brain|grab (?:a )?coffee|get coffee|network|connect)\b/i.test(p.draft.slice(e.start, e.end));
    if (!vague && !(p.facts.topicIsField || p.facts.topicIsPlace)) return false;
  }
  return true;
}

/** The facts an edit must keep: a topic read out of a favour ("anyone on the admissions committee at Duke") is not one. */
function keptFacts(p: PolicyInput): OutreachFacts {
  // A day inside a favour ("we could meet every week … on Sundays") was never offered for the meeting.
  // Nor a day in a favour's deadline ("the deadline is Monday, so anything by Sunday would be amazing").
  const inFavour = (x: TextSpan) => p.sentences.some((s) => overlaps(s, x) && (FAVOUR.test(s.text) || DEADLINE.test(s.text)));
  let facts = p.facts.times.some(inFavour) ? { ...p.facts, times: p.facts.times.filter((x) => !inFavour(x)) } : p.facts;
  // Nor an amount of time inside one ("maybe an hour on Zoom every week").
  if (facts.minutes && inFavour(facts.minutes)) facts = { ...facts, minutes: undefined };
  // A question about their pay or a favour asked of them: the role in it is theirs ("what you make as a senior manager at EY").
  const theirs = (x: TextSpan) => p.sentences.some((s) => overlaps(s, x) && FAVOUR.test(s.text) && /\?\s*$/.test(s.text) && /\byou(?:r)?\b/i.test(s.text));
  if (facts.affiliation && theirs(facts.affiliation)) facts = { ...facts, affiliation: undefined };
  // A fact that is the favour's own words ("I'm a hard worker" read as who they are) holds nothing.
  const pitched = (x: TextSpan) => p.sentences.some((s) => overlaps(s, x) && FAVOUR.test(p.draft.slice(Math.max(s.start, x.start - 12), Math.min(s.end, x.end + 12))));
  if (facts.affiliation && pitched(facts.affiliation)) facts = { ...facts, affiliation: undefined };
  if (facts.topic && theirs(facts.topic)) facts = { ...facts, topic: undefined };
  return keptTopic({ ...p, facts });
}

function keptTopic(p: PolicyInput): OutreachFacts {
  const t = p.facts.topic;
  if (!t) return p.facts;
  const s = p.sentences.find((x) => x.start <= t.start && t.start < x.end);
  // A topic read out of an offer to send something ("paste it into the referral portal") is not one either.
  if (s && ATTACHED.test(s.text) && /\b(?:send|sent|forward|attach|share|paste|include)\w*\b/i.test(s.text)) return { ...p.facts, topic: undefined };
  const m = s ? FAVOUR.exec(s.text) : null;
  if (!s || !m) return p.facts;
  // Only when no clause boundary stands between the favour and the topic ("I love marketing, and I want to work at your firm" keeps marketing).
  const a = Math.min(s.start + m.index, t.start);
  const b = Math.max(s.start + m.index + m[0].length, t.end);
  const between = p.draft.slice(a, b).replace(t.text, '').replace(m[0], '');
  return /,|;|\band\b|\bbut\b/.test(between) ? p.facts : { ...p.facts, topic: undefined };
}

/** Extra deletions: a sentence that only asks a favour (pay, a review, a referral) goes, with the sentence that leans on it. */
function favourDeletions(p: PolicyInput, taken: SuggestedEdit[]): SuggestedEdit[] {
  const out: SuggestedEdit[] = [];
  // A day inside a favour ("I can start Monday") was never offered for the meeting: it does not hold the sentence.
  const facts = factSpans(keptFacts(p));
  // The asks that stay: a meeting ask in the stock shapes or the writer's phrasing, that is no favour itself.
  const asks = p.sentences.filter((s) => (isMeetingAsk(s.text) || asksForMeeting(s.text)) && !FAVOUR.test(s.text));
  // No meeting ask at all: the last favour that is a request becomes one, so the message still asks.
  // A request said as the writer's wish to ask ("I want to ask if you can please check my application…") is one too.
  const requests = p.sentences.filter((s) => FAVOUR.test(s.text) && (/\?\s*$/.test(s.text) || /^(?:please|kindly|could|can|would|will)\b/i.test(s.text) || /^(?:so,? )?i (?:want(?:ed)? to|would like to|['’]d like to) ask (?:if|whether) you\b/i.test(s.text)));
  const lastRequest = asks.length === 0 && !taken.some((e) => e.kind !== 'delete' && isMeetingAsk(e.text)) ? requests.at(-1) : undefined;
  for (let i = 0; i < p.sentences.length; i++) {
    const s = p.sentences[i]!;
    if (!FAVOUR.test(s.text)) continue;
    if ([...taken, ...out].some((e) => overlaps(e, s) || (e.start === e.end && e.start > s.start && e.start < s.end))) continue;
    // A question about their pay or a favour asked of them: the facts in it are theirs ("what you make as a senior
    // manager at EY"), not the writer's; it goes whole unless it names the writer or the connection.
    const theirs = /\?\s*$/.test(s.text) && /\byou(?:r)?\b/i.test(s.text) && ![p.facts.name, p.facts.connection].some((f) => f && overlaps(f, s));
    if (facts.some((f) => overlaps(f, s)) && !theirs) {
      // The favour is a clause of a sentence that carries a fact: only that clause goes
      // ("I'd value 15 min on your path at CrowdStrike[, and would be grateful to be kept in mind if your team grows].").
      const m = FAVOUR.exec(s.text)!;
      // The clause opens at the last join before it: ", and", " but", " or", a dash, ", so", "; ".
      const before = s.text.slice(0, m.index);
      const joins = [lastJoinIndex(before), [...before.matchAll(/,\s+so\s+|;\s+/g)].at(-1)?.index].filter((x) => x !== undefined);
      const join = joins.length > 0 ? Math.max(...joins) : undefined;
      // The sentence's end before its stop and closing quotes (`[.!?]+["'”’)]*$`).
      const closers = runStart(s.text, (ch) => `"'”’)`.includes(ch));
      const stop = runStart(s.text, (ch) => '.!?'.includes(ch), closers);
      const end = s.start + (stop < closers ? stop : s.text.length);
      if (join !== undefined && !facts.some((f) => f.end > s.start + join && f.start < end)) {
        out.push({ id: `text.favour@${s.start + join}`, ruleId: 'text.favour', kind: 'delete', start: s.start + join, end, text: '', reason: 'Leave this favour out: ask only for the conversation.' });
      }
      continue;
    }
    // The only ask of the message becomes an ask about their work (a message still asks for something).
    if (lastRequest?.start === s.start) {
      if (facts.some((f) => overlaps(f, s)) && !theirs) continue;
      // The writer's minutes, never a number read out of a favour ("how much u making an hour").
      const own = keptFacts(p).minutes;
      const minutes = own && own.value <= 60 ? own.value : undefined;
      const text = p.facts.channel === 'phone-script' ? spokenAsk(minutes) : minutes !== undefined ? `Would you have ${minutes} minutes for a call about your work?` : 'Would you have time for a short call about your work?';
      out.push({ id: `text.favour@${s.start}`, ruleId: 'text.favour', kind: 'replace', start: s.start, end: s.end, text, reason: 'Ask for the conversation, not a favour.' });
      continue;
    }
    let end = s.end;
    while (end < p.draft.length && p.draft[end] === ' ') end++;
    out.push({ id: `text.favour@${s.start}`, ruleId: 'text.favour', kind: 'delete', start: s.start, end, text: '', reason: 'Leave this favour out: ask only for the conversation.' });
  }
  return out;
}

/** A deadline ("the deadline is Oct 1", "it's due Friday", "applications close on the 3rd"): said beside a favour, it is the favour's. */
const DEADLINE = /\b(?:deadlines?|due (?:date|on|by)|(?:is|are|it['’]s|its) due|clos(?:e|es|ing) on)\b/i;

/** What a deleted attachment or favour sentence talks about. */
const ATTACHED = /\b(?:r[eé]sum[eé]s?|cv|portfolio|transcripts?|reel|lookbook|cover letter|writing samples?|job (?:link|posting|description)|references|work samples?)(?!\w)/i;
/** A sentence that points at it: "send them to", "I'll send my résumé and the job link". */
const POINTS_AT = /\b(?:send|sent|forward|attach|share|pass)\w*\b[^.!?]{0,40}\b(?:them|it|those|these)\b/i;

/** A sentence that leans on a deleted one ("It's about 5,000 characters.", "…anyone else I should send them to.") goes with it. */
function leaning(p: PolicyInput, kept: SuggestedEdit[]): SuggestedEdit[] {
  const out: SuggestedEdit[] = [];
  const facts = factSpans(keptFacts(p));
  // What each sentence is, read once (not once for every edit weighed against it).
  let read: Array<{ s: TextSpan; skip: boolean; sends: boolean; points: boolean; attached: boolean }> | undefined;
  const sentences = () =>
    (read ??= p.sentences.map((s) => {
      const skip = isMeetingAsk(s.text) || facts.some((f) => overlaps(f, s));
      return { s, skip, sends: !skip && /\b(?:send|sent|forward|attach|share|include|link|below|attached|enclosed)\w*\b/i.test(s.text), points: !skip && POINTS_AT.test(s.text), attached: !skip && ATTACHED.test(s.text) };
    }));
  for (const e of kept) {
    const removed = p.draft.slice(e.start, e.end);
    const thing = ATTACHED.exec(removed)?.[0];
    // A favour replaced or deleted: the sentences that point at it or offer what it needed go too
    // ("I'll send my résumé and the job link right after you reply").
    if ((e.kind === 'delete' || (e.kind === 'replace' && e.ruleId !== 'outreach.gracious')) && (thing || FAVOUR.test(removed))) {
      const names = thing ? new RegExp(`\\b${thing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i') : undefined;
      for (const { s, skip, sends, points, attached } of sentences()) {
        if (skip || overlaps(s, e)) continue;
        if (!(points || (sends && ((names && names.test(s.text)) || attached)))) continue;
        if ([...kept, ...out].some((o) => overlaps(o, s))) continue;
        let end = s.end;
        while (end < p.draft.length && p.draft[end] === ' ') end++;
        out.push({ id: `${e.ruleId}@${s.start}`, ruleId: e.ruleId, kind: 'delete', start: s.start, end, text: '', reason: 'This sentence points at what was taken out.' });
      }
    }
    const next = p.sentences.find((s) => s.start >= e.end && p.draft.slice(e.end, s.start).trim() === '');
    // "…tell me what to fix? Like really tear it apart, I can take it!": a short sentence about the favour's "it" goes with it.
    const aboutIt = !!next && (e.kind === 'delete' || FAVOUR.test(removed)) && FAVOUR.test(removed) && /\b(?:it|them|that|below|above|here|links?)\b/i.test(next.text) && next.text.split(/\s+/).length <= 12 && !/\?\s*$/.test(next.text);
    // "…read over my cover letter? The deadline is Monday, so anything by Sunday would be amazing.": the favour's deadline goes with it.
    const itsDeadline = !!next && FAVOUR.test(removed) && DEADLINE.test(next.text);
    if (e.kind !== 'delete' && !aboutIt && !itsDeadline) continue;
    if (next && NAME_AGAIN.test(next.text.trim())) continue;
    if (!next || !(aboutIt || itsDeadline || /^(?:It|That|This|These|Those|They)(?:['’]s|['’]re|\s)/.test(next.text)) || isMeetingAsk(next.text) || asksForMeeting(next.text) || facts.some((f) => overlaps(f, next))) continue;
    if ([...kept, ...out].some((o) => overlaps(o, next))) continue;
    let end = next.end;
    while (end < p.draft.length && p.draft[end] === ' ') end++;
    out.push({ id: `${e.ruleId}@${next.start}`, ruleId: e.ruleId, kind: 'delete', start: next.start, end, text: '', reason: e.reason });
  }
  return out;
}

/** The channel's character limit for a note (none for other channels). */
function noteLimit(p: PolicyInput): number | undefined {
  if (p.facts.channel !== 'linkedin-note') return undefined;
  const len = [...p.draft.trim()].length;
  return len <= LINKEDIN_NOTE_LIMIT ? LINKEDIN_PREMIUM_NOTE_LIMIT : Math.max(len, LINKEDIN_PREMIUM_NOTE_LIMIT);
}

/** Whether a set of edits leaves the draft no worse: no new shape, no lost fact, within the note's length. */
/** What `noWorse` reads of the draft itself, read once per draft (it weighs up to twice MAX_CANDIDATE_EDITS sets of edits against it). */
interface DraftReading {
  facts: OutreachFacts;
  shapes: ShapeReport;
  formatClash: boolean;
  strayTopic: boolean;
  glued: number;
  asks: number;
  closing: number;
}
const readings = new WeakMap<PolicyInput, DraftReading>();

/** Two sentences glued together ("schedule.Thank you", "Spanish.I am"). */
const glued = (t: string) => (t.match(/[\p{Ll}\d)][.!?][\p{Lu}]/gu) ?? []).length;
/** The writer's own ask counts in their own phrasing ("request the honour of a 30-minute informational interview", "Let me know if you're around sometime"). */
// A favour asked for ("Would you be able to introduce me to Ray…?") is no meeting ask: the edits take it out.
const asks = (t: string) => sentenceTexts(t).filter((s) => isMeetingAsk(s) || asksForMeetingMemo(s) || OWN_ASK.test(s)).length;
/**
 * The writer's ask in words the rulebook's ask patterns miss, so an inserted ask would double it (round 7
 * readers: "Would you have 20 minutes to talk? I would very much appreciate 20 minutes of your time to talk",
 * "Would sometime in the next few weeks be possible? Would you have time for a short call?", "Maybe we can
 * talk 15 minutes … Would you have 15 minutes to talk?"): an offer to talk, a wish for minutes, "maybe we
 * can talk", "would sometime … be possible?". Round 8 readers, the same doubling: a wish for minutes with no
 * "I" before it ("…and would really value 20 minutes to hear…"), minutes the reader could spare ("if you
 * could possibly spare maybe 15 minutes"), "would be cool to chat", a calendar invite already sent. Round 7 readers,
 * after a favour was replaced: "I'd also welcome a short call" (a call wished for, no minutes), "I'd also be glad to
 * have a 15-minute call".
 */
export const OWN_ASK =
  /\b(?:happy|glad|free|available|down|open) to (?:chat|talk|hop on|jump on|meet|get on|grab|speak)\b|\bI(?:['’]d| would) (?:\w+ ){0,2}(?:appreciate|welcome|love|value)\b[^.!?\n]{0,30}\b(?:\d+|ten|fifteen|twenty|thirty) ?-?(?:minutes?|mins?)\b|\bmaybe we (?:can|could) (?:talk|chat|meet|speak)\b|\bwould (?:sometime|some time|a time|a call|a chat)\b[^.!?\n]{0,60}\bpossible\b|\bwould (?:really |so |very |truly |greatly )?(?:appreciate|welcome|love|value)\b[^.!?\n]{0,30}\b(?:\d+|ten|fifteen|twenty|thirty) ?-?(?:minutes?|mins?)\b|\b(?:could|can|would|might) (?:\w+ ){0,2}spare\b[^.!?\n]{0,20}\b(?:\d+|ten|fifteen|twenty|thirty|a few) ?-?(?:minutes?|mins?)\b|\bwould be (?:so |really |very )?(?:cool|great|nice|lovely|awesome|amazing|wonderful|helpful|good) to (?:chat|talk|meet|speak|connect|hop on)\b|\b(?:sent|send|sending) you (?:a |an )?(?:calendar |meeting |zoom |teams )?invit(?:e|ation)\b|\bI(?:['’]d| would) (?:\w+ ){0,2}(?:appreciate|welcome|love|value|enjoy) (?:a|an|the chance (?:for|of) a) (?:short |quick |brief |phone |video |informal )?(?:call|chat|conversation|coffee)\b|\b(?:happy|glad) to (?:have|do|set up|jump on|hop on|get on) (?:a|an) (?:[\w-]+ ){0,2}(?:call|chat|conversation)\b/i;

function reading(p: PolicyInput): DraftReading {
  let r = readings.get(p);
  if (!r) {
    const facts = keptFacts(p);
    r = {
      facts,
      shapes: outreachShapes(p.draft, p.draft, undefined, facts),
      formatClash: !!formatClash(p.draft, p.facts.channel),
      strayTopic: !!strayTopic(p.draft),
      glued: glued(p.draft),
      asks: asks(p.draft),
      closing: closingStart(p.draft),
    };
    readings.set(p, r);
  }
  return r;
}

function noWorse(p: PolicyInput, edits: SuggestedEdit[]): boolean {
  const out = applyEdits(p.draft, edits);
  const limit = noteLimit(p);
  if (limit !== undefined && [...out.trim()].length > limit) return false;
  const draft = reading(p);
  if (Object.keys(newShapes(p.draft, out, undefined, draft.facts, draft.shapes)).length > 0) return false;
  if (lostFacts(p.draft, out, draft.facts, edits).length > 0) return false;
  if (formatClash(out, p.facts.channel) && !draft.formatClash) return false;
  if (strayTopic(out) && !draft.strayTopic) return false;
  // Two sentences glued together that the draft did not have.
  if (glued(out) > draft.glued) return false;
  // Two asks where the draft had at most one.
  const n = asks(out);
  if (n > Math.max(1, draft.asks)) return false;
  // An ask the edits bring beside one the writer kept asks twice, however many the draft had.
  if (n > 1 && edits.some((e) => e.kind !== 'delete' && isMeetingAsk(e.text.trim().replace(/^[?.]\s*/, '')))) return false;
  // Nothing goes after the writer's sign-off ("tysm 💕\n-ava. Would you have…", "blessings!!\nCaleb Thank you…").
  const closing = draft.closing;
  if (closing < p.draft.trimEnd().length && edits.some((e) => e.kind !== 'delete' && e.start > closing)) return false;
  // An offer of times or a format with no ask to attach to reads as a non sequitur.
  const askLike = n > 0 || /\b(?:call|chat|talk|speak|meet|coffee|conversation|zoom|minutes?|mins?)\b/i.test(out);
  if (!askLike && edits.some((e) => e.kind === 'insert' && /^outreach\.(?:proposes-times|easy-format)$/.test(e.ruleId))) return false;
  return true;
}

/** How many candidate edits the law weighs for one draft (each is checked against the whole draft). */
export const MAX_CANDIDATE_EDITS = 12;

/** The edits the law allows, in text order: each admissible, and together no worse than the draft. */
/** Where the greeting that opens a message ends ("Hey Lisa, ", "Hi Ms. Grant, "): no deletion takes it. */
function greetingEnd(draft: string): number {
  const m = /^\s*(?:dear|hi+|hello|hey+|good (?:morning|afternoon|evening))\b(?:[^\n,!.?:]|\b(?:Mr|Ms|Mrs|Mx|Dr|Prof|Capt|Sgt|Lt|Rev)\.){0,40}[,!:]+[ \t]*/i.exec(draft);
  return m ? m[0].length : 0;
}

/** An edit that starts inside the greeting starts after it; a replacement then goes on from the comma in lower case. */
function keepGreeting(p: PolicyInput, e: SuggestedEdit): SuggestedEdit {
  const g = greetingEnd(p.draft);
  if (g === 0 || e.start >= g || e.end <= g || e.kind === 'insert') return e;
  const text = e.kind === 'replace' && /,[ \t]*$/.test(p.draft.slice(0, g)) ? e.text.replace(/^([A-Z])(?=[a-z])/, (c) => c.toLowerCase()) : e.text;
  return { ...e, start: g, text };
}

/** An edit that starts a greeting's line ("Hi, ⟨Would you…⟩") goes on from its comma in lower case: "Hi, would you…". */
function afterGreetingComma(p: PolicyInput, e: SuggestedEdit, final: SuggestedEdit[] = []): SuggestedEdit {
  let g = greetingEnd(p.draft);
  if (g === 0 || e.kind === 'delete' || !/,[ \t]*$/.test(p.draft.slice(0, g))) return e;
  // The sentences right after the greeting deleted: the edit after them is what follows the comma.
  for (let d = final.find((x) => x.kind === 'delete' && x.start === g); d; d = final.find((x) => x.kind === 'delete' && x.start === g)) g = d.end;
  if (e.start !== g) return e;
  const text = e.text.replace(/^([A-Z])(?=[a-z]+\b(?!['’]))/, (c) => c.toLowerCase());
  return text === e.text || /^I\b/.test(e.text) ? e : { ...e, text };
}

/** A sentence about a conversation: a call, a chat, a coffee, minutes of their time. */
const TALK = /\b(?:call|chat|talk|speak|meet|coffee|conversation|minutes?|mins?)\b/i;
/** "also", "first", "afterward", "too": the words that make a sentence an addition to the one before it. */
const ADDITION = /^also,?[ \t]|\balso\b|\bfirst(?=[ \t](?:if|before|so|to|and)\b|[,.!?])|\bafterwards?\b|\btoo(?=[,.!?])/gi;

/**
 * The writer's own ask, said as an addition to the favour before it ("I'd also welcome a short call",
 * "Happy to chat for 15 minutes first if…", "a quick call afterward"): with that favour taken out whole, the
 * word leans on nothing (round 7 and 8 readers: "'I'd also appreciate' now has nothing before it", "'first'
 * before what?"). The word goes; the rest of the writer's ask stays as they wrote it.
 */
function hangingAdditions(p: PolicyInput, edits: SuggestedEdit[]): SuggestedEdit[] {
  const out: SuggestedEdit[] = [];
  for (let i = 1; i < p.sentences.length; i++) {
    const s = p.sentences[i]!;
    const prev = p.sentences[i - 1]!;
    const prevStart = prev.start + runEnd(prev.text, (ch) => /\s/.test(ch));
    if (!edits.some((e) => e.kind === 'delete' && e.start <= prevStart && e.end >= prev.end)) continue;
    if (edits.some((e) => overlaps(e, s) || (e.kind === 'insert' && e.start > s.start && e.start < s.end))) continue;
    // The writer's own words about the conversation ("I'd also welcome a short call whenever is convenient").
    if (!(isMeetingAsk(s.text) || asksForMeeting(s.text) || OWN_ASK.test(s.text) || TALK.test(s.text))) continue;
    for (const m of s.text.matchAll(ADDITION)) {
      const start = s.start + m.index;
      if (m.index === 0 && /\s$/.test(m[0])) {
        // "Also happy to chat…" → "Happy to chat…".
        const next = s.text.charAt(m[0].length);
        out.push({ id: `text.favour@${start}`, ruleId: 'text.favour', kind: 'replace', start, end: start + m[0].length + 1, text: next.toUpperCase(), reason: 'Nothing comes before this any more: the request it added to was taken out.' });
      } else if (m.index > 0) {
        // With the space before the word (and the comma before ", too").
        let from = m.index - trailingSpace(s.text.slice(0, m.index));
        if (/^too$/i.test(m[0]) && s.text[from - 1] === ',') from--;
        out.push({ id: `text.favour@${s.start + from}`, ruleId: 'text.favour', kind: 'delete', start: s.start + from, end: start + m[0].length, text: '', reason: 'Nothing comes before this any more: the request it added to was taken out.' });
      }
    }
  }
  return out;
}

/**
 * A credential aside the edits take out leaves the fact it sat in with the words before it: "a senior in
 * Food Science at Purdue (GPA 3.9, …)" is who the writer is without the list, and the law keeps those words.
 */
function factsWithoutAsides(p: PolicyInput): PolicyInput {
  const asides = p.edits.filter((e) => e.ruleId === 'outreach.no-credentials-dump' && e.kind === 'delete' && CREDENTIAL_ASIDE.test(p.draft.slice(e.start, e.end)));
  if (asides.length === 0) return p;
  const trim = <T extends TextSpan | undefined>(f: T): T => {
    const a = f && asides.find((e) => f.start < e.start && e.end <= f.end);
    if (!f || !a) return f;
    const text = p.draft.slice(f.start, a.start).trimEnd();
    return { ...f, text, end: f.start + text.length };
  };
  const f = p.facts;
  return { ...p, facts: { ...f, name: trim(f.name), affiliation: trim(f.affiliation), connection: trim(f.connection), topic: trim(f.topic) } };
}

export function conservativeEdits(p0: PolicyInput): SuggestedEdit[] {
  const p = factsWithoutAsides(p0);
  const admitted = p.edits.filter((e) => admissible(e, p)).map((e) => afterGreetingComma(p, keepGreeting(p, e)));
  const withFavours = [...admitted, ...favourDeletions(p, admitted).map((e) => keepGreeting(p, e))];
  const all = [...withFavours, ...leaning(p, withFavours)].sort((a, b) => a.start - b.start);
  // Greedy: the deletions of favours first (they fix the worst faults), then the rest; an edit that makes the draft worse is withdrawn.
  // Then the edits that bring the ask, so an offer of times has an ask to follow.
  const rank = (e: SuggestedEdit) => (e.kind === 'delete' ? 0 : isMeetingAsk(e.text.trim().replace(/^[?.]\s*/, '')) ? 1 : 2);
  // Each candidate is tried against the whole draft, so their number is bounded (a real draft needs a handful):
  // a draft of two hundred job asks gets its first edits, and the fresh draft, not a quadratic wait.
  const order = [...all].sort((a, b) => rank(a) - rank(b) || a.start - b.start).slice(0, MAX_CANDIDATE_EDITS);
  const kept: SuggestedEdit[] = [];
  // A favour replaced by an ask beside the writer's own offer to talk ("Any openings on your team? Happy to
  // chat!") would ask twice: the favour is taken out instead (round 7 readers: doubled asks).
  const instead = new Map<SuggestedEdit, SuggestedEdit>();
  const tryEdit = (e: SuggestedEdit) => {
    if (noWorse(p, [...kept, e])) return kept.push(e);
    if (e.kind !== 'replace' || !isMeetingAsk(e.text.trim())) return;
    const cut: SuggestedEdit = { ...e, kind: 'delete', text: '' };
    if (noWorse(p, [...kept, cut])) {
      instead.set(e, cut);
      kept.push(cut);
    }
  };
  for (const e of order) tryEdit(e);
  // A second pass: an edit that was worse alone may be fine beside another (a résumé sentence and the
  // "send them to" that leans on it go together).
  for (const e of order) if (!kept.includes(e) && !instead.has(e)) tryEdit(e);
  const decided = all.map((e) => (kept.includes(e) ? e : instead.get(e))).filter((e): e is SuggestedEdit => e !== undefined);
  const final = [...decided, ...hangingAdditions(p, decided)].sort((a, b) => a.start - b.start);
  // Inserts stacked at one spot after a sentence left without its stop: only the first brings the stop.
  // Inserts stacked at one spot never run into each other ("…schedule.Thank you…").
  const stopped = new Set<number>();
  const lastAt = new Map<number, string>();
  return final.map((e0) => {
    const e = afterGreetingComma(p, e0, final);
    if (e.kind !== 'insert') return e;
    let text = e.text;
    // The words before the insert were deleted: the stop it brought for them goes too ("…lmk" gone → no ". Would you…").
    if (/^[?.]/.test(text) && final.some((d) => d.kind === 'delete' && d.end >= e.start - 1 && d.start < e.start && p.draft.slice(d.end, e.start).trim() === '')) {
      stopped.add(e.start);
      text = text.slice(1).replace(/^\s+/, final.some((d) => d.kind === 'delete' && d.start === 0) ? '' : ' ');
    }
    if (/^[?.]/.test(text)) {
      if (stopped.has(e.start)) text = text.slice(1);
      else stopped.add(e.start);
    }
    const prev = lastAt.get(e.start);
    if (prev !== undefined && !/\s$/.test(prev) && !/^[\s?.!,;:]/.test(text)) text = ` ${text}`;
    lastAt.set(e.start, text);
    return text === e.text ? e : { ...e, text };
  });
}

