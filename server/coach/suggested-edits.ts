import type { OutreachContext, SuggestedEdit } from '../../shared/contracts/outreach.ts';
import { findDurations, graciousParts, MAX_ASK_MINUTES } from '../../shared/rules/outreach-rules.ts';
import type { RuleVerdict } from '../../shared/rules/index.ts';
import { extractFacts, type Fact, isMeetingAsk, maskPlaceholders, type OutreachFacts } from '../text/facts.ts';
import { analyse, checkComplete, hasVerb, sentenceTexts, type TextSpan } from '../text/nlp.ts';
import { closingStart, FAVOUR, topicReadsWhole } from '../text/shapes.ts';
import { applyEdits } from '../../shared/text/edits.ts';
import { asciiLower, isSpace, listItemAfterBreak, parenAside, runEnd, runStart, stripEnd, trailingSpace } from '../../shared/text/scan.ts';
import { conservativeEdits, NOT_OFFERED, OWN_ASK, spokenAsk } from './edit-policy.ts';
import { type RegisterFix, registerFixes } from '../text/register.ts';
import { favourPurpose } from './fresh-draft.ts';

/**
 * (a) Suggested edits, in place: each failing rule offers one minimal edit of the writer's draft —
 * insert a sentence at the right spot, replace a phrase, or delete one — and nothing else changes.
 * Edits never overlap, so each can be accepted on its own and accepting all of them gives the
 * edited draft (`applyEdits`).
 */

const TOPIC_BLANK = '[what you want to learn from them, e.g. how they got into their field]';

const DELETES_SENTENCE = new Set(['outreach.no-attachments', 'outreach.no-job-ask', 'outreach.no-extra-labour']);

export { applyEdits };

interface Ctx {
  draft: string;
  masked: string;
  sentences: TextSpan[];
  facts: OutreachFacts;
  context: OutreachContext;
  /** The writer's own time amount (their words or the page's choice); none: the ask says "a short call", never an invented number. */
  minutes: number | undefined;
  timeAskFailed: boolean;
  /** More edits a builder made for the same rule (each on its own words). */
  extra: SuggestedEdit[];
  /** A deletion already put a whole ask in the message. */
  askProvided: boolean;
  /** Where that ask stands (a purpose goes before it). */
  askAt?: number;
  /** Spans a passing rule relies on: no edit deletes them. */
  relied: Array<{ start: number; end: number }>;
  /** The draft is written in a texting or casual register: what an edit adds is said the same way. */
  casual: boolean;
}

/** Texting and chat cues: "u", "im", "lol", "lmk", "thx", "!!", an emoji, sentences begun in lowercase. */
const CASUAL_CUE = /(?:^|[\s(])(?:u|ur|im|ive|idk|lol|lmk|thx|ty|tysm|pls|plz|rn|tbh|btw|haha\w*|gonna|wanna|tryna|yo|hiii+|hey+)(?=[\s,.!?)]|$)|!!|\p{Extended_Pictographic}/imu;
/** The pronoun "i" in lowercase: "i'm", "i work", "can i call". */
const LOWER_I = /(?:^|[\s(])i(?:['’]m|['’]d|['’]ve|['’]ll)?\s/mu;
export function isCasual(draft: string): boolean {
  const starts = draft.split(/[.!?\n]/).map((piece) => piece.trimStart().charAt(0)).filter((ch) => /\p{L}/u.test(ch));
  const lower = starts.filter((x) => /\p{Ll}/u.test(x)).length;
  return CASUAL_CUE.test(draft) || LOWER_I.test(draft) || (starts.length >= 2 && lower * 2 >= starts.length);
}

/** "a 20 minutes video call", "a 15 minutes chat": minutes used as an adjective, written as the plural. */
const MINUTES_AS_ADJECTIVE = /\b(an? )((\d{1,2}|fifteen|twenty|thirty) minutes)(?= (?:(?:video|phone|zoom|quick|short|brief|informational|online) )?(?:call|chat|meeting|conversation|coffee|interview)\b)/gi;

/** The writer already thanked in their own words ("thx", "ty", "thanks man", "appreciate it"). */
const OWN_THANKS = /\b(?:thx|ty|tysm|thank u|thanks|thank you|appreciate (?:it|you|this|your))\b/i;
/** Thanks in the writer's own language in the closing ("Muchas gracias,", "Merci,", "Danke"), on its own line or after the last stop ("…is great. Gracias, Lucía"): a stock English thanks beside it doubles it. */
const OTHER_THANKS = /(?:^|\n|(?<=[.!?])[ \t])[ \t]*(?:(?:muchas |mil )?gracias|merci(?: beaucoup)?|danke(?: sch[öo]n)?|grazie(?: mille)?|obrigad[oa]|dank je(?: wel)?|tack(?: så mycket)?|dziękuję|teşekkürler|asante(?: sana)?|arigato|dhanyavaad|salamat|terima kasih|cảm ơn|ngā mihi|shukran)\b[^\n]{0,30}$/imu;

/** An offer to talk the writer made in their own words ("Also happy to chat for 20 min any Tue/Wed!", "down to hop on a call"): their ask. */
const OFFER_TO_TALK = /\b(?:happy|glad|free|available|down|open) to (?:chat|talk|hop on|jump on|meet|get on|grab|speak)\b|\blet me know if you(?:['’]re| are) (?:around|free|open|up) (?:for|to)\b|\bI(?:['’]d| would) only need (?:about |around )?\w+(?:-\w+)? minutes\b|\b(?:take|buy|treat) you (?:to|for) (?:a )?(?:coffee|lunch)\b|\b\w+(?:-\w+)? minutes (?:on the phone|by phone|of your time)[^.!?\n]{0,40}\bwould be (?:great|amazing|wonderful|helpful)\b/i;

/** A sentence span with the space after it (so deleting it leaves no hole). */
function withTrailingSpace(draft: string, s: { start: number; end: number }): { start: number; end: number } {
  // A sentence that opens a paragraph goes without the line break before it (the paragraph break stays).
  let start = s.start;
  while (start < s.end && /\s/.test(draft[start]!)) start++;
  let end = s.end;
  while (end < draft.length && draft[end] === ' ') end++;
  return { start, end };
}

function sentenceAt(c: Ctx, offset: number): TextSpan | undefined {
  return c.sentences.find((s) => s.start <= offset && offset < s.end);
}

/**
 * Where the body starts: after the greeting ("Hi Dana," "Good afternoon Mr. Whitcombe." on its own
 * line or before the first sentence). A greeting that runs on into the message with no stop ("hiii do
 * u have time…") has no place after it: then the body starts after the first sentence.
 */
function afterGreeting(c: Ctx): number {
  const m = /^\s*(?:dear|hi+|hello|hey+|good (?:morning|afternoon|evening)|greetings)\b[^\n,!.?:]{0,40}(?:[,!.:]+[ \t]*(?:\n\s*)?|[ \t]*\n\s*)/i.exec(c.draft);
  if (m) return m[0].length;
  if (/^\s*(?:dear|hi+|hello|hey+|good (?:morning|afternoon|evening)|greetings)\b/i.test(c.draft)) return c.sentences[0]?.end ?? 0;
  return 0;
}

/** Where the closing starts ("Thanks,\nJordan", "Best regards"): an insertion before the sign-off goes here. */
function beforeSignoff(c: Ctx): number {
  const at = signoffAt(c);
  // "…Would also love to catch up. Thanks!!\n\n- Nikhil": what is added goes above the thanks too.
  const thanks = /(?:^|(?<=[.!?]\s+))(?:thanks|thank you|thx|tysm|ty|cheers|many thanks|blessings|xo+)\b[^.!?\n]{0,30}[.!]*\s*$/i.exec(c.draft.slice(0, at));
  return thanks && thanks.index > 0 ? thanks.index : at;
}

function signoffAt(c: Ctx): number {
  // A one-paragraph note signed with the name after its last stop ("…would love a critique! Sofia"): the name is the sign-off.
  const name = c.facts.name;
  const signed = name && c.draft.slice(name.end).trim() === '' && /[.!?)]\s+$/.test(c.draft.slice(0, name.start)) ? name.start : c.draft.length;
  return Math.min(stockSignoffAt(c), closingStart(c.draft), signed);
}

/** The end of the paragraph `at` stands in (before the sign-off): a sentence inserted there never splits the writer's paragraph. */
function paragraphEnd(c: Ctx, at: number): number {
  const limit = beforeSignoff(c);
  const brk = c.draft.slice(at).search(/\n[ \t]*\n/);
  const end = brk < 0 ? limit : Math.min(at + brk, limit);
  let e = end;
  while (e > at && /\s/.test(c.draft[e - 1]!)) e--;
  return e;
}

const BLANK_LINE = /^[ \t]*$/;
/** The last line of a sign-off: a name of up to three words, a dash before it allowed ("- Imani", "bri"). */
const ANY_NAME_LINE = /^[ \t]*(?:[-–—~][ \t]*)?\p{L}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*){0,2}$/u;
const CAPITAL_NAME_LINE = /^[ \t]*(?:[-–—~][ \t]*)?[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’.-]+){0,2}$/u;
const SHORT_NAME_LINE = /^[ \t]*(?:[-–—~][ \t]*)?\p{L}[\p{L}'’-]{0,15}$/u;

/** A closing line above the name: up to 25 characters without a stop, ending in a comma or "!" ("Ngā mihi,", "V/r,"). */
function closingLine(line: string): boolean {
  const body = line.slice(0, runStart(line, (ch) => ch === ' ' || ch === '\t'));
  if (!/[,!]$/.test(body) || /[.!?]/.test(body.slice(0, -1))) return false;
  const words = body.slice(0, -1);
  const lead = runEnd(words, (ch) => ch === ' ' || ch === '\t');
  return words.length - lead >= 1 ? words.length - lead <= 25 : words.length >= 1;
}

/**
 * The text up to its last non-space character, as lines (split at "\n"), with where each starts;
 * `breakAbove(i)`: where a pattern `\n(?:[ \t]*\n)*` before line `i` starts (the line break above
 * the blank lines over it, the first line itself never taken as blank).
 */
function lastLines(text: string) {
  const lines = text.trimEnd().split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const l of lines) {
    starts.push(at);
    at += l.length + 1;
  }
  const breakAbove = (i: number) => {
    let b = i - 1;
    while (b > 0 && BLANK_LINE.test(lines[b]!)) b--;
    return starts[b + 1]! - 1;
  };
  return { lines, starts, breakAbove };
}

/**
 * Whether the text ends in a link: its last run of non-space characters holds "http(s)://", "www."
 * or a domain with a path ("itch.io/frogjump"): `/(?:https?:\/\/|www\.|\b[\w-]+\.(?:com|io|…)\/)\S*$/i`.
 */
export function endsInLink(text: string): boolean {
  const word = text.slice(runStart(text, (ch) => !isSpace(ch)));
  const lower = asciiLower(word);
  if (lower.includes('http://') || lower.includes('https://') || lower.includes('www.')) return true;
  for (const m of word.matchAll(/\.(?:com|io|net|org|ly|co|me|dev|app)\//gi)) {
    // The name before the dot: letters, digits, "_" or "-", one of them a word character (where `\b` can stand).
    const from = runStart(word, (ch) => /[\w-]/.test(ch), m.index);
    if (/\w/.test(word.slice(from, m.index))) return true;
  }
  return false;
}

const THANKS_WORDS = ['thx', 'thanks', 'thank you', 'ty', 'cheers', 'many thanks'];

/** Where a thanks after a space ends the text, "!" or "." and spaces after it allowed (`(?<=\s)(?:thx|thanks|…)[!.]*\s*$`, case aside). */
export function inlineThanks(text: string): number | undefined {
  const core = stripEnd(text.trimEnd(), '!.');
  const end = asciiLower(core.slice(-12));
  let at: number | undefined;
  for (const w of THANKS_WORDS) {
    const start = core.length - w.length;
    if (end.endsWith(w) && isSpace(core[start - 1]) && (at === undefined || start < at)) at = start;
  }
  return at;
}

/**
 * Where a sign-off with a name on the last line starts, line by line from the end (a pattern
 * anchored at the end would backtrack over every blank line): a short closing line ending in a
 * comma above the name ("Ngā mihi,\nAroha", "Merci,\nCeline", "V/r,\nJosh"), else the name alone
 * ("…\n\nSam Whitaker", "…\n- Imani", "…\n\nbri"). The line break above it and the blank lines.
 */
export function nameSignoffAt(text: string): number | undefined {
  const tail = lastLines(text);
  const last = tail.lines.length - 1;
  if (last >= 1 && ANY_NAME_LINE.test(tail.lines[last]!)) {
    let above = last - 1;
    while (above >= 0 && BLANK_LINE.test(tail.lines[above]!)) above--;
    if (above >= 1 && closingLine(tail.lines[above]!)) return tail.breakAbove(above);
  }
  if (last >= 1 && CAPITAL_NAME_LINE.test(tail.lines[last]!)) return tail.breakAbove(last);
  if (last >= 2 && BLANK_LINE.test(tail.lines[last - 1]!) && SHORT_NAME_LINE.test(tail.lines[last]!)) return tail.starts[last - 1]! - 1;
  return undefined;
}

function stockSignoffAt(c: Ctx): number {
  const m = /\n(?<!\n\s*?\n)\s*(?:best|best wishes|(?:best|kind|warm|warmest|many) regards|regards|warmly|sincerely|yours|thanks|thx|ty|thank you|many thanks|cheers|all the best|gratefully|with gratitude|respectfully|take care|talk soon)\b[^\n]{0,30}(?:\n[^\n]{0,60})?\s*$/i.exec(c.draft);
  if (m) return m.index;
  // A sign-off with something pasted under it (a CV, a "---" block): the last closing line with its comma and the name below.
  const above = [...c.draft.matchAll(/\n[ \t]*(?:best|best wishes|(?:best|kind|warm|warmest|many) regards|regards|warmly|sincerely|yours(?: sincerely| truly)?|thanks|thank you|many thanks|cheers|all the best|gratefully|with gratitude|respectfully|take care|talk soon),[ \t]*\n[ \t]*[\p{Lu}][\p{L}'’.-]+(?: [\p{Lu}][\p{L}'’.-]+){0,2}[ \t]*\n/giu)].at(-1);
  if (above && /\S/.test(c.draft.slice(above.index + above[0].length))) return above.index;
  const byLines = nameSignoffAt(c.draft);
  if (byLines !== undefined) return byLines;
  // A signature on the last line of a one-paragraph note: "…Totally fine if not. - Imani".
  const dashed = /\s[-–—~][ \t]*[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’.-]+)?\s*$/u.exec(c.draft);
  if (dashed) return dashed.index;
  // A thanks at the end of a one-paragraph note: "…sometime? thx", "…Thank you!".
  const inline = inlineThanks(c.draft);
  return inline ?? c.draft.trimEnd().length;
}

function edit(ruleId: string, kind: SuggestedEdit['kind'], start: number, end: number, text: string, reason: string): SuggestedEdit {
  return { id: `${ruleId}@${start}`, ruleId, kind, start, end, text, reason };
}

/**
 * Insert a sentence at `at`: with the spacing of the text around it, and never inside a word (a spot
 * that would split one moves to the word's end, then past its sentence's punctuation).
 */
function insertSentence(c: Ctx, ruleId: string, spot: number, sentence: string, reason: string): SuggestedEdit {
  // Nothing goes under the sign-off ("Best,\nJordan", "- Imani").
  let at = Math.min(spot, beforeSignoff(c));
  while (at > 0 && at < c.draft.length && /[\p{L}\p{N}'’-]/u.test(c.draft[at - 1] ?? '') && /[\p{L}\p{N}'’-]/u.test(c.draft[at] ?? '')) at++;
  while (at < c.draft.length && /[.!?,;:)]/.test(c.draft[at] ?? '') && /[\p{L}\p{N}]/u.test(c.draft[at - 1] ?? '')) at++;
  const before = c.draft.slice(0, at);
  const after = c.draft.slice(at);
  // A sentence after one the writer left without its stop: the stop first ("…coffee tomorrow? I'm happy…").
  const open = /[\p{L}\p{N})]$/u.test(before) && !/[:;]-?[()DPp]$/.test(before) && /^[A-Z]/.test(sentence) ? (/(?:^|[.!?]\s+)(?:can|could|would|will|do|does|are|is|may|might|should|shall|r|u)\b[^.!?]*$/i.test(before) ? '?' : '.') : '';
  // Never glued to a link ("itch.io/frogjump. Would you…" reads as a broken address): a new line instead.
  const link = endsInLink(before);
  const lead = link ? '\n' : open + (before === '' || /\s$/.test(before) ? '' : ' ');
  const trail = after === '' || /^\s/.test(after) ? '' : ' ';
  return edit(ruleId, 'insert', at, at, `${lead}${sentence}${trail}`, reason);
}

/**
 * The asides in parentheses that list credentials (round 7 and 8 readers: "kept the credential dump
 * '(GPA 3.94, Dean's List every semester, …)', which reads like a job application", "the credential list
 * '(valedictorian, 4.0, …)' distracts from a good ask"): three items or more, split at commas and
 * semicolons, two of them credentials the rule found (or one, in a list of four or more). With the space
 * before it, so "a senior in Food Science at Purdue (…)." reads "a senior in Food Science at Purdue.".
 */
export function credentialAsides(draft: string, hits: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let open = draft.indexOf('('); open >= 0; open = draft.indexOf('(', open + 1)) {
    const close = draft.indexOf(')', open + 1);
    if (close < 0) break;
    const inner = draft.slice(open + 1, close);
    if (inner.includes('(') || inner.includes('\n') || inner.length > 300) continue;
    const items = inner.split(/[,;]/).filter((x) => x.trim() !== '').length;
    const inside = hits.filter((h) => h.start > open && h.end <= close).length;
    if (items >= 3 && (inside >= 2 || (items >= 4 && inside >= 1))) out.push({ start: open - trailingSpace(draft.slice(0, open)), end: close + 1 });
    open = close;
  }
  return out;
}

/** A whole ask where the draft has none: after the sentence that says what they want to learn, else before the times or the sign-off. */
function askSpot(c: Ctx): number {
  const purpose = c.facts.topic ? sentenceAt(c, c.facts.topic.start) : undefined;
  const handOff = c.sentences.find((s) => /\b(?:let me know|free|available|schedule)\b/i.test(s.text));
  // Not between a sentence and the one that leans on it ("…you work at NASA. That is so cool.").
  let after = purpose;
  while (after) {
    const next = c.sentences.find((x) => x.start >= after!.end && c.draft.slice(after!.end, x.start).trim() === '');
    // Nor before the connection when it follows the purpose ("…academia. I've read your work on…"): the ask closes the paragraph.
    const leans = /^(?:That|This|It|Which|Such)\b/.test(next?.text ?? '');
    const connects = !!next && !!c.facts.connection && c.facts.connection.start < next.end && c.facts.connection.end > next.start && !/\n\s*\n/.test(c.draft.slice(after!.end, next.start));
    if (!next || !(leans || connects)) break;
    after = next;
  }
  // Never mid-paragraph ("…to meet? Anyway, I saw…"): the ask closes the paragraph the purpose is in.
  return after ? paragraphEnd(c, after.end) : handOff ? handOff.start : beforeSignoff(c);
}

function insertAsk(c: Ctx, ruleId: string): SuggestedEdit {
  const at = askSpot(c);
  return insertSentence(c, ruleId, at, fullAsk(c), 'Ask for one short, easy conversation.');
}

/** The writer offered to meet in person: the ask keeps that, never "phone or video". */
const IN_PERSON_ASK = /\b(?:coffee|lunch|in person|in-person|meet (?:you|up)|stop by|come by|swing by|drop by|visit|your (?:office|shop|store|lab|studio|site|restaurant|kitchen|farm|clinic|salon))\b/i;

/** "Would you have 20 minutes for a coffee?": the writer's format when they named one; their minutes, or "a short …" when they gave none. */
function fullAsk(c: Ctx): string {
  const f = c.facts.format?.text.toLowerCase();
  const time = c.minutes !== undefined ? `${c.minutes} minutes` : undefined;
  if (!f && IN_PERSON_ASK.test(c.masked)) return time ? `Would you have ${time} to meet?` : 'Would you have time to meet briefly?';
  // No format the writer did not name: readers read "phone or video" as invented.
  const format = !f ? undefined : /coffee/.test(f) ? 'coffee' : /zoom|video|google meet|teams/.test(f) ? 'video call' : /phone/.test(f) ? 'phone call' : undefined;
  if (!time) return format ? `Would you have time for a short ${format}?` : 'Would you have time for a short call?';
  return format ? `Would you have ${time} for ${format === 'coffee' ? 'a coffee' : `a ${format}`}?` : `Would you have ${time} to talk?`;
}

/** The ask about their work that takes the place of a job ask or a favour: the writer's minutes, or "a short call". */
export function workAsk(minutes: number | undefined, channel: string | undefined): string {
  if (channel === 'phone-script') return spokenAsk(minutes);
  return minutes !== undefined ? `Would you have ${minutes} minutes for a call about your work?` : 'Would you have time for a short call about your work?';
}

function theAsk(c: Ctx): TextSpan | undefined {
  // The writer's ask in the words the policy counts as one (OWN_ASK): an ask put beside it would ask twice.
  return c.facts.ask ?? c.sentences.find((s) => isMeetingAsk(s.text)) ?? c.sentences.find((s) => (OFFER_TO_TALK.test(s.text) || OWN_ASK.test(s.text)) && !/\bwork around your schedule\b/i.test(s.text));
}

/** A line an edit adds, in the draft's register: a texting draft gets the short, plain form. */
const TIMES_LINE = (c: Ctx) => (c.casual ? 'Happy to work around your schedule.' : "I'm happy to work around your schedule.");
const THANKS = (c: Ctx) => (c.casual ? 'Thanks!' : 'Thank you for considering it.');

const BUILDERS: Record<string, (c: Ctx, v: RuleVerdict) => SuggestedEdit | undefined> = {
  'outreach.introduces-self': (c) =>
    insertSentence(c, 'outreach.introduces-self', afterGreeting(c), "I'm [who you are in one line, e.g. a third-year student at State U exploring water policy].", 'Say who you are in one line.'),
  'outreach.connection': (c) => {
    const known = c.context.connection?.trim();
    const line = known ? (/\b(?:I|we|me)\b/i.test(known) ? `${stripEnd(known, '.!')}.` : `I'm reaching out through ${stripEnd(known, '.!')}.`) : '[How you found them or who suggested you write, e.g. "Maria Lopez suggested I reach out."]';
    const introBlank = c.facts.placeholders.find((p) => placeholderKind(p.text) === 'intro');
    const introAt = c.facts.affiliation?.start ?? introBlank?.start;
    const intro = introAt !== undefined ? sentenceAt(c, introAt) : undefined;
    return insertSentence(c, 'outreach.connection', intro ? intro.end : afterGreeting(c), line, 'Say how you are connected or how you found them.');
  },
  'outreach.specific-purpose': (c, v) => {
    const vague = v.result.evidence?.[0];
    const found = c.facts.topic ? (c.facts.topicIsPlace ? `your work at ${c.facts.topic.text}` : c.facts.topicIsField ? `your work in ${c.facts.topic.text}` : c.facts.topic.text) : undefined;
    // Only a topic that reads whole goes into an inserted sentence: never "learn about jumping", "learn about a moment".
    const known = found && topicReadsWhole(found) ? found : undefined;
    const line = known ? `I'd love to learn ${/^(?:how|what|why|whether|which)\b/i.test(known) ? '' : 'about '}${known}.` : `I'd love to learn about ${TOPIC_BLANK}.`;
    const s = vague ? sentenceAt(c, vague.start) : undefined;
    const holdsOther = s && [c.facts.affiliation, c.facts.connection, c.facts.name].some((f) => f && f.start < s.end && f.end > s.start);
    if (s && vague && holdsOther) {
      // "I'm a marketing coordinator and would love to pick your brain sometime." → only the vague words change.
      const m = /\b(?:pick your brain|chat|talk|connect|learn more|hear more|network|get coffee|grab coffee|meet)\b[^.!?]*/i.exec(c.draft.slice(vague.start, s.end));
      if (m) {
        const at = vague.start + m.index;
        return edit('outreach.specific-purpose', 'replace', at, at + runStart(m[0], (ch) => isSpace(ch) || '.!?'.includes(ch)), line.replace(/^I'd love to /, '').replace(/\.$/, ''), 'Name what you want to learn from them.');
      }
    }
    if (s && !holdsOther && !(c.facts.ask && s.start === c.facts.ask.start)) return edit('outreach.specific-purpose', 'replace', s.start, s.end, line, 'Name what you want to learn from them.');
    const ask = theAsk(c);
    // No ask yet: the purpose goes where the inserted ask will stand, just before it.
    const askStart = ask?.start ?? c.askAt ?? (c.timeAskFailed ? askSpot(c) : undefined);
    return insertSentence(c, 'outreach.specific-purpose', askStart !== undefined ? Math.max(askStart, afterGreeting(c)) : beforeSignoff(c), line, 'Name what you want to learn from them.');
  },
  'outreach.time-ask': (c, v) => {
    if (c.askProvided) return undefined;
    if (!theAsk(c)) return insertAsk(c, 'outreach.time-ask');
    const ask = theAsk(c);
    // "coffee sometime?": a fragment takes no more words; the whole ask is written out.
    if (ask && !hasVerb(ask.text)) return edit('outreach.time-ask', 'replace', ask.start, ask.end, fullAsk(c), 'Ask for one short, easy conversation.');
    const hit = v.result.evidence?.[0];
    // "the whole day", "all day" with the spaces before it (found without them: a run of spaces is scanned once).
    const day = /\b(?:for )?(?:the|a) (?:whole|entire|full) day\b|\ball day\b/i.exec(c.draft);
    const long = findDurations(c.masked).find((d) => d.minutes > MAX_ASK_MINUTES);
    // The writer named no time amount: no number is put in their mouth (readers: an invented "20 minutes").
    // A day or an hour and a half asked for: the ask that holds it becomes a short one, in plain words.
    if (c.minutes === undefined) {
      const at = day?.index ?? long?.evidence.start;
      const s = at !== undefined ? sentenceAt(c, at) : undefined;
      return s ? edit('outreach.time-ask', 'replace', s.start, s.end, fullAsk(c), 'Ask for one short, easy conversation.') : undefined;
    }
    const minutes = `${c.minutes} minutes`;
    if (day) return edit('outreach.time-ask', 'replace', runStart(c.draft, isSpace, day.index), day.index + day[0].length, ` for ${minutes}`, `Ask for ${minutes}, not a day.`);
    if (long) return edit('outreach.time-ask', 'replace', long.evidence.start, long.evidence.end, /minute$|[\s-]long$/i.test(long.evidence.quote) ? `${c.minutes}-minute` : minutes, `Ask for ${minutes}: an informational interview is 15–30.`);
    if (hit && /\b(?:a few|a couple of|some|a little of your|a bit of your)\s+(?:minutes|moments|time)\b/i.test(hit.quote)) {
      const m = /\b(?:a few|a couple of|some|a little of your|a bit of your)\s+(?:minutes|moments|time)\b/i.exec(c.draft.slice(hit.start, hit.end))!;
      return edit('outreach.time-ask', 'replace', hit.start + m.index, hit.start + m.index + m[0].length, minutes, `Say how much time: ${minutes}.`);
    }
    if (ask) {
      // "a quick chat" → "a quick 20-minute chat".
      const noun = /\b(?:a|an)\s+((?:quick|short|brief|informal|informational)\s+)?(call|chat|conversation|coffee chat|phone call|video call|zoom call|meeting)\b/i.exec(ask.text);
      if (noun) {
        const at = ask.start + noun.index;
        const article = noun[0].slice(0, noun[0].indexOf(' '));
        return edit('outreach.time-ask', 'replace', at, at + article.length + 1 + (noun[1]?.length ?? 0), `a ${noun[1] ?? ''}${c.minutes}-minute `, `Say how much time: ${minutes}.`);
      }
      // No " for 20 minutes" bolted onto the end of the writer's own ask ("…what you do for 20 minutes!",
      // "…if you're open to it :) for 20 minutes"): their ask stands as they wrote it.
    }
    return undefined;
  },
  'outreach.proposes-times': (c, v) => {
    const line = TIMES_LINE(c);
    const handOff = v.result.evidence?.[0];
    if (handOff) {
      const s = sentenceAt(c, handOff.start);
      if (s && !(c.facts.ask && s.start === c.facts.ask.start)) return edit('outreach.proposes-times', 'replace', s.start, s.end, line, 'Offer to fit their schedule (or name two or three times) instead of leaving it all to them.');
    }
    const ask = theAsk(c);
    // Only where the ask closes its paragraph: never between the ask and the sentence that goes on from it
    // ("…some evening? Or I could swing by…", a list of questions).
    const rest = ask ? c.draft.slice(ask.end, paragraphEnd(c, ask.end)).trim() : '';
    if (/^(?:or|and|but|also|either|instead|otherwise|if not|alternatively|\d+[.)]|[-•*])(?:\s|,)/i.test(rest) || /^[^.!?]*\?/.test(rest) || listItemAfterBreak(c.draft.slice(ask?.end ?? 0))) return undefined;
    return insertSentence(c, 'outreach.proposes-times', ask ? ask.end : beforeSignoff(c), line, 'Offer to fit their schedule, or name two or three times.');
  },
  'outreach.easy-format': (c, v) => {
    if (c.askProvided) return undefined;
    const ask = theAsk(c);
    if (ask && !hasVerb(ask.text) && c.timeAskFailed) return undefined;
    // No ask at all: the time-ask rule's edit inserts one with the format in it, unless that rule passed.
    if (!ask) return c.timeAskFailed ? undefined : insertAsk(c, v.rule.id);
    // The writer asked in their own words: no format is added to it (readers read "phone or video" as invented).
    return undefined;
  },
  'outreach.gracious': (c) => {
    const { thanks, pressure, presumes } = graciousParts(c.masked);
    const press = pressure[0] ?? presumes[0];
    if (press) {
      const s = sentenceAt(c, press.start);
      if (s) {
        // A sentence that only presses goes; one that thanks "in advance" becomes a plain thanks.
        if (/\b(?:thank|thanks|appreciate|grateful)\b/i.test(s.text)) return edit('outreach.gracious', 'replace', s.start, s.end, 'Thank you for considering it.', 'Thank them for considering it, without taking the yes for granted.');
        const span = withTrailingSpace(c.draft, s);
        return edit('outreach.gracious', 'delete', span.start, span.end, '', 'Drop the pressure: they owe you nothing.');
      }
    }
    // A texting draft that already thanks in its own words ("thx", "ty") is thanked enough: no stock line beside it.
    if (!thanks && !(c.casual && OWN_THANKS.test(c.masked)) && !OTHER_THANKS.test(c.masked)) {
      const at = beforeSignoff(c);
      const paragraphs = /\n\s*\n/.test(c.draft.slice(0, at));
      // Its own paragraph: a blank line above it, and one below it before a sign-off that follows on the next line.
      const below = /^\n(?![ \t]*\n)/.test(c.draft.slice(at)) ? '\n' : '';
      // A short "Thanks!" on a line of its own above the writer's closing ("Peace,", "Cheers,") reads as a
      // second sign-off (round 7 and 8 readers: "two sign-offs 'Thanks!' and 'Peace,'"): it ends the last paragraph.
      if (paragraphs && c.casual) return insertSentence(c, 'outreach.gracious', at - trailingSpace(c.draft.slice(0, at)), THANKS(c), 'Thank them for considering it.');
      return paragraphs
        ? edit('outreach.gracious', 'insert', at, at, `${/\n$/.test(c.draft.slice(0, at)) ? '' : '\n\n'}${THANKS(c)}${below}`, 'Thank them for considering it.')
        : insertSentence(c, 'outreach.gracious', at, THANKS(c), 'Thank them for considering it.');
    }
    return undefined;
  },
  'outreach.plans-ahead': (c, v) => {
    const hit = v.result.evidence?.[0];
    if (!hit) return undefined;
    const more = (v.result.evidence ?? []).slice(1);
    if (more.length > 0) c.extra.push(...more.map((h) => edit('outreach.plans-ahead', 'delete', h.start - trailingSpace(c.draft.slice(0, h.start)), h.end, '', 'Ask for a time in the next few weeks: calendars fill up ahead.')));
    const s = sentenceAt(c, hit.start);
    void s;
    const otherTimes = c.facts.times.some((t) => t.end <= hit.start || t.start >= hit.end);
    const lead = trailingSpace(c.draft.slice(0, hit.start));
    return edit('outreach.plans-ahead', otherTimes ? 'delete' : 'replace', hit.start - lead, hit.end, otherTimes ? '' : ' in the next few weeks', 'Ask for a time in the next few weeks: calendars fill up ahead.');
  },
  'outreach.no-credentials-dump': (c, v) => {
    // Only a list of credentials in parentheses goes ("(GPA 3.9, Dean's List, chapter president, …)"): a
    // sentence of them may hold the writer's one line of background, the aside never does.
    const hits = v.result.evidence ?? [];
    const [first, ...more] = credentialAsides(c.draft, hits).map((a) => edit('outreach.no-credentials-dump', 'delete', a.start, a.end, '', 'Leave the list of credentials for the conversation: one line of background is enough.'));
    c.extra.push(...more);
    return first;
  },
  'outreach.brief': (c, v) => {
    const dup = repeatedSentences(c.draft, c.sentences, 'outreach.brief');
    if (dup) return dup;
    // The longest sentence no other rule relies on goes.
    const needed = (s: TextSpan) => [c.facts.affiliation, c.facts.connection, c.facts.topic, c.facts.ask, ...c.facts.times, ...c.relied].some((f) => f && f.start < s.end && f.end > s.start);
    const cand = c.sentences.filter((s) => !needed(s) && s.text.split(/\s+/).length >= 8 && !/\bthank/i.test(s.text)).sort((a, b) => b.text.length - a.text.length)[0];
    void v;
    if (!cand) return undefined;
    const span = withTrailingSpace(c.draft, cand);
    return edit('outreach.brief', 'delete', span.start, span.end, '', 'Shorter: this sentence can wait for the conversation.');
  },
};

function deleteSentences(c: Ctx, v: RuleVerdict): SuggestedEdit[] {
  const out: SuggestedEdit[] = [];
  const seen = new Set<number>();
  // The sentences that ask for the meeting, found once (not once for every sentence deleted).
  let askStarts: number[] | undefined;
  for (const e of v.result.evidence ?? []) {
    const s = sentenceAt(c, e.start);
    if (!s || seen.has(s.start)) continue;
    seen.add(s.start);
    askStarts ??= c.sentences.filter((x) => isMeetingAsk(x.text)).map((x) => x.start);
    const otherAsk = askStarts.some((start) => start !== s.start);
    if (!otherAsk && !c.askProvided && (isMeetingAsk(s.text) || /\?\s*$/.test(s.text))) {
      // The message's only request: asked about the work instead, so the message still asks.
      c.askProvided = true;
      c.askAt = s.start;
      out.push(edit(v.rule.id, 'replace', s.start, s.end, workAsk(c.minutes, c.facts.channel), 'Ask about their work, not for a job: a job ask makes it an application.'));
      continue;
    }
    const span = withTrailingSpace(c.draft, s);
    out.push(edit(v.rule.id, 'delete', span.start, span.end, '', v.rule.id === 'outreach.no-attachments' ? 'Leave the attachment out: nothing to open.' : v.rule.id === 'outreach.no-job-ask' ? 'Leave the job ask out: this is a conversation about their work.' : 'Leave the extra request out: ask only for the conversation.'));
  }
  return out;
}

/**
 * A request of the recipient that is no conversation and that no rule names as a favour: a demand
 * ("Please confirm a time by EOD.", "Tell me everything you know about…", "Let me know by tomorrow so I
 * can plan.", "I'll just swing by the farm around ten…", "can i come stage at ur place this weekend??",
 * "I think it's only fair you give me 30 minutes.").
 */
export const DEMAND = /^(?:(?:and|also|so|but|ok|okay|anyway)[,]?\s+)?(?:(?:please|kindly|pls)\b(?!\s+(?:allow|find|see|excuse|forgive|note|accept my|don['’]t hesitate))|(?:tell|send|give|confirm|forward|pass|show) me\b|(?:please )?confirm\b|let me know (?:by|asap|today|tonight|tomorrow|when (?:i|we) can)|(?:can|could|may) i (?:come|stage|shadow|start|drop|stop|swing|work|intern|sit in|tag along)\b|i['’]?(?:ll| will) (?:just )?(?:swing|stop|drop|come|be) (?:by|over|at your|in)\b|i (?:was|am|['’]m) hoping you (?:could|would|can|might) (?:read|look|review|watch|listen|tell me (?:if|whether))|i (?:would|['’]d) like you to\b|i think it['’]?s only fair\b|need (?:this|it|a response|an answer|1 hr|an hour)\b|(?:hit|get back to) me (?:back|asap)\b|lmk asap\b)|\b(?:expect (?:the (?:basic )?courtesy of )?a (?:response|reply)|(?:appreciate|deserve) the (?:basic )?courtesy of|i assume you['’]?ll (?:understand|make|find)|you have a (?:responsibility|duty|obligation) to|i have sent you (?:\w+ )?(?:requests|messages|emails)|(?:this is )?my (?:second|third|fourth|last) (?:message|email|attempt|request))\b|\b(?:by (?:EOD|end of (?:the )?day|tomorrow)|when can i start|i['’]?ll hang on)\b/i;

/**
 * A favour or demand left beside an inserted meeting ask reads as the ask bolted on (blind readers, round
 * 4: "Tell me everything… Would you have 20 minutes to talk?"). The inserted ask takes the place of the
 * last demand that carries none of the writer's facts; a sentence with their name, who they are, the
 * connection, the topic or their times is left to the favour deletions of the edit policy.
 */
function demandBecomesAsk(c: Ctx, out: SuggestedEdit[]): void {
  // A topic that is the job itself ("how to get hired at a team org") holds nothing.
  // Nor does a deictic one read out of the demand itself ("why this matters" in "I assume you'll understand why this matters").
  const deictic = (t: string) => t.split(/\s+/).length <= 4 && /\b(?:this|that|it)\b/i.test(t);
  const topic = c.facts.topic && !FAVOUR.test(c.facts.topic.text) && !/\b(?:hired|hiring|jobs?|openings?|positions?)\b/i.test(c.facts.topic.text) && !deictic(c.facts.topic.text) ? c.facts.topic : undefined;
  // "I am a serious candidate and expect the courtesy of a response": a demand read as who they are holds nothing.
  const affiliation = c.facts.affiliation && !DEMAND.test(c.facts.affiliation.text) ? c.facts.affiliation : undefined;
  const facts = [c.facts.name, affiliation, c.facts.connection, topic, c.facts.minutes, ...c.facts.times].filter((f): f is NonNullable<typeof f> => f !== undefined);
  // An edit the policy never offers does not hold the sentence either.
  const free = (s: TextSpan) => !out.some((o) => !NOT_OFFERED.has(o.ruleId) && o.start < s.end && o.end > s.start) && !facts.some((f) => f.start < s.end && f.end > s.start);
  const demands = c.sentences.filter((s) => !isMeetingAsk(s.text) && (DEMAND.test(s.text) || FAVOUR.test(s.text)) && free(s));
  if (demands.length === 0) return;
  const i = out.findIndex((e) => e.kind === 'insert' && isMeetingAsk(e.text.trim()));
  // Whether the message asks for the conversation without the demands: its own ask, an edit's, or a favour the policy turns into one.
  const asks = i >= 0 || out.some((e) => e.kind === 'replace' && isMeetingAsk(e.text)) || c.sentences.some((s) => isMeetingAsk(s.text) && !DEMAND.test(s.text)) || c.sentences.some((s) => FAVOUR.test(s.text) && /\?\s*$/.test(s.text));
  const target = i >= 0 || !asks ? demands.at(-1) : undefined;
  if (target) {
    const text = i >= 0 ? out[i]!.text.trim() : c.facts.channel === 'phone-script' ? spokenAsk(c.minutes) : fullAsk(c);
    const ruleId = i >= 0 ? out[i]!.ruleId : 'text.favour';
    if (i >= 0) out.splice(i, 1);
    out.push(edit(ruleId, 'replace', target.start, target.end, text, 'Ask for one short conversation in place of this request: the conversation is the only thing to ask for.'));
  }
  // The other demands go (the favours among them are the edit policy's to delete).
  for (const s of demands) {
    if (s === target || FAVOUR.test(s.text)) continue;
    const span = withTrailingSpace(c.draft, s);
    out.push(edit('text.favour', 'delete', span.start, span.end, '', 'Leave this demand out: ask only for the conversation.'));
  }
}

/** A sentence pasted more than once in a row: the copies after the first go, as one edit. */
function repeatedSentences(draft: string, sentences: TextSpan[], ruleId: string): SuggestedEdit | undefined {
  const dups = sentences.filter((x, i) => x.text.split(/\s+/).length >= 4 && sentences.findIndex((y) => y.text === x.text) !== i);
  if (dups.length === 0) return undefined;
  const first = sentences.find((y) => y.text === dups[0]!.text)!;
  const last = dups.filter((d) => d.text === dups[0]!.text).at(-1)!;
  const between = sentences.filter((y) => y.start > first.start && y.end <= last.end);
  if (!between.every((y) => y.text === first.text)) return undefined;
  const span = withTrailingSpace(draft, { start: between[0]!.start, end: last.end });
  return edit(ruleId, 'delete', span.start, span.end, '', 'This sentence is there more than once.');
}

/** Whether the draft says a sentence twice (a draft that does is not ready to send, whatever the rules say). */
export function hasRepeatedSentence(draft: string): boolean {
  const masked = maskPlaceholders(draft);
  // Whether any sentence of four words or more is said twice depends on the sentences' texts alone,
  // and splitting gives analyse's texts without tagging (the edited draft is a new text each request):
  // only a draft that says one twice is tagged, to find where.
  const texts = sentenceTexts(masked);
  if (!texts.some((t, i) => t.split(/\s+/).length >= 4 && texts.indexOf(t) !== i)) return false;
  return repeatedSentences(draft, analyse(masked).sentences, 'text.repeated-sentence') !== undefined;
}

/** Where a rule's inserted sentence belongs in a message, for inserts at the same spot. */
const RANK: Record<string, number> = {
  'outreach.introduces-self': 0,
  'outreach.connection': 1,
  'outreach.specific-purpose': 2,
  'outreach.time-ask': 3,
  'outreach.easy-format': 4,
  'outreach.proposes-times': 5,
  'outreach.plans-ahead': 6,
  'outreach.gracious': 9,
};

/** What kind of fact a [placeholder] already in the draft stands for. */
export function placeholderKind(p: string): 'name' | 'intro' | 'connection' | 'topic' | 'times' | 'other' {
  const t = p.toLowerCase();
  if (/\b(?:times?|days?|dates?|availability|free|when)\b/.test(t)) return 'times';
  if (/\b(?:connect\w*|found|referr\w*|suggest\w*|met|mutual|how you know)\b/.test(t)) return 'connection';
  if (/\b(?:who you are|yourself|about you|your (?:role|background|school|year|major|job)|student|i am|i'm)\b/.test(t)) return 'intro';
  if (/\b(?:topic|learn|field|area|interest|question|work on)\b/.test(t)) return 'topic';
  if (/\bname\b/.test(t)) return 'name';
  return 'other';
}

const PLACEHOLDER_FOR: Record<string, ReturnType<typeof placeholderKind>> = {
  'outreach.introduces-self': 'intro',
  'outreach.connection': 'connection',
  'outreach.specific-purpose': 'topic',
  'outreach.proposes-times': 'times',
};

/** One minimal edit per failing rule (a dropped sentence per sentence), none overlapping, in text order. */
export function suggestEdits(draft: string, context: OutreachContext, verdicts: RuleVerdict[], facts: OutreachFacts = extractFacts(draft, context)): SuggestedEdit[] {
  const masked = maskPlaceholders(draft);
  const asked = context.minutesRequested;
  // Sentences without the line breaks before them: an edit of a paragraph's first sentence keeps the paragraph break.
  const sentences = analyse(masked).sentences.map((x) => {
    const lead = /^\s*/.exec(x.text)![0].length;
    return { ...x, start: x.start + lead, text: x.text.slice(lead) };
  });
  const c: Ctx = { casual: isCasual(masked), draft, masked, sentences, facts, context, minutes: asked && asked >= 10 && asked <= MAX_ASK_MINUTES ? asked : facts.minutes && facts.minutes.value <= MAX_ASK_MINUTES ? facts.minutes.value : undefined, timeAskFailed: verdicts.some((v) => v.rule.id === 'outreach.time-ask' && !v.result.passed), extra: [], askProvided: false, relied: verdicts.filter((v) => v.result.passed && v.rule.id !== 'outreach.brief').flatMap((v) => v.result.evidence ?? []) };
  const out: SuggestedEdit[] = [];
  const kinds = new Set(facts.placeholders.map((p) => placeholderKind(p.text)));
  // The deletions first: a job ask that is the only ask is replaced whole, and nothing is inserted into it.
  const ordered = [...verdicts].sort((a, b) => Number(!DELETES_SENTENCE.has(a.rule.id)) - Number(!DELETES_SENTENCE.has(b.rule.id)));
  for (const v of ordered) {
    if (v.result.passed) continue;
    const kind = PLACEHOLDER_FOR[v.rule.id];
    // The draft has a [blank] for this already: the writer fills it; a second blank would sit beside it.
    if (kind && kinds.has(kind)) {
      const blank = facts.placeholders.find((p) => placeholderKind(p.text) === kind)!;
      if (kind === 'times') {
        const s = sentenceAt(c, blank.start);
        if (s) out.push(edit(v.rule.id, 'replace', s.start, s.end, "I'm happy to work around your schedule.", 'Offer to fit their schedule instead of a blank.'));
      }
      continue;
    }
    c.extra = [];
    const made = DELETES_SENTENCE.has(v.rule.id) ? deleteSentences(c, v) : BUILDERS[v.rule.id] ? [BUILDERS[v.rule.id]!(c, v), ...c.extra].filter((e): e is SuggestedEdit => e !== undefined) : [];
    for (const e of made) {
      // Never two edits on the same words: the first rule (rulebook order) keeps them. Inserts at one spot stack.
      const clash = out.some((o) => (e.start < o.end && e.end > o.start) || (e.start === e.end && o.start < e.start && e.start < o.end) || (o.start === o.end && e.start < o.start && o.start < e.end));
      if (!clash) out.push(e);
    }
  }
  // A sentence said twice is a slip whatever the rules say.
  const dup = repeatedSentences(draft, c.sentences, 'text.repeated-sentence');
  if (dup && !out.some((o) => o.start < dup.end && o.end > dup.start)) out.push(dup);
  // So is "a 20 minutes video call" (readers: a slip a careful writer fixes): "a 20-minute video call".
  for (const m of masked.matchAll(MINUTES_AS_ADJECTIVE)) {
    const start = m.index + m[1]!.length;
    const end = start + m[2]!.length;
    if (!out.some((o) => o.start < end && o.end > start)) out.push(edit('text.grammar', 'replace', start, end, `${m[3]}-minute`, 'Before a noun, the minutes read "20-minute".'));
  }
  demandBecomesAsk(c, out);
  purposeBesideAsk(c, out);
  leftoverPointers(c, out);
  const sorted = out.sort((a, b) => a.start - b.start || (a.kind === b.kind ? 0 : a.kind === 'insert' ? -1 : 1) || (RANK[a.ruleId] ?? 5) - (RANK[b.ruleId] ?? 5));
  // Only the edits that fix a rule with confidence and leave the draft no worse (edit-policy.ts).
  const kept = conservativeEdits({ draft, edits: sorted, facts, context, sentences: c.sentences });
  // A stable sort: inserts stacked at one spot keep the law's order, a register fix at that spot comes after them.
  return [...kept, ...registerEdits(draft, kept)].sort((a, b) => a.start - b.start);
}

/** A short sentence that only points back at the thing asked before it: "It's only 1,200 words.", "Even a quick email would mean a lot." */
const POINTS_BACK = /^(?:(?:it|that|this)(?:['’]s| is| was| will| would| should| takes?| only| needs?| has)\b|(?:they|those|these)(?:['’]re| are| were| would| will| take)?\b|even (?:a|an|just)\b|just (?:a|an|one)\b|no rush on (?:it|that|this|them)\b)/i;

/**
 * After a favour or job ask goes (deleted, or replaced by the ask about their work), a short sentence right
 * after it that only points back at it ("…could you read it over? It's only 1,200 words.") no longer refers to
 * anything (round 9 readers: "leftover fragment after the new ask"): it goes with the favour. A sentence with
 * one of the writer's facts in it (their name, who they are, the topic, their times) stays.
 */
function leftoverPointers(c: Ctx, out: SuggestedEdit[]): void {
  const facts = [c.facts.name, c.facts.affiliation, c.facts.topic, c.facts.connection, ...c.facts.times].filter((f): f is Fact => f !== undefined);
  for (const e of [...out]) {
    if (!DELETES_SENTENCE.has(e.ruleId) || e.kind === 'insert') continue;
    const next = c.sentences.find((x) => x.start >= e.end && x.start > e.start);
    // The sign-off ("Best regards, T. Mensah-Boateng") is never a leftover.
    if (!next || next.start >= signoffAt(c) || /\n[ \t]*\n/.test(c.draft.slice(e.end, next.start)) || /\?\s*$/.test(next.text)) continue;
    // It points back ("It's only…"), or it is a verbless scrap about the thing asked ("Link in bio.", "Attached below."):
    // the text layer's completeness check reads it, courtesies ("No pressure at all.", "Big fan.") stay.
    const scrap = !checkComplete(next.text.trim()).complete && next.text.trim().split(/\s+/).length <= 4 && !/\b(?:pressure|worries|worry|rush|thanks?|sorry|please|fan|love|cheers|hope)\b/i.test(next.text);
    const pointsBack = POINTS_BACK.test(next.text) && next.text.trim().split(/\s+/).length <= 10 && !/\b(?:I|I['’]m|my|you|your)\b/i.test(next.text);
    if (!pointsBack && !scrap) continue;
    // "It's Andy.", "This is Maya again.": the writer saying who they are again is no pointer.
    if (/^(?:it['’]?s|this is)\s+\p{Lu}/u.test(next.text.trim()) || (c.facts.name && next.text.includes(c.facts.name.text))) continue;
    if (facts.some((f) => f.start < next.end && f.end > next.start)) continue;
    // An insert right after it (" I'm happy to work around your schedule.") stays: the space before it goes instead.
    const insertAfter = out.some((o) => o.kind === 'insert' && o.start === next.end);
    const span = insertAfter && c.draft[next.start - 1] === ' ' ? { start: next.start - 1, end: next.end } : withTrailingSpace(c.draft, next);
    if (out.some((o) => (o.kind === 'insert' ? o.start > span.start && o.start < span.end : o.start < span.end && o.end > span.start))) continue;
    out.push(edit(e.ruleId, 'delete', span.start, span.end, '', 'Leave this out with the request it was about: it points back at nothing now.'));
  }
}

/**
 * A job ask or favour taken out can take the writer's only word of what they do or want to learn with it
 * ("I've applied for the Load Planner position…", "I just applied for the translator role…"): the ask put
 * in its place then reads as a call about nothing (round 8 readers: "'a short call about your work?' gives
 * no reason", "never says what he wants to learn"). When the edited draft no longer names that role, the ask
 * the edits put in says what the writer wants to hear about, from the role they named
 * (`favourPurpose`, the fresh draft's sentence for the same draft).
 */
function purposeBesideAsk(c: Ctx, out: SuggestedEdit[]): void {
  if (!out.some((e) => e.ruleId === 'outreach.no-job-ask' || e.ruleId === 'outreach.no-extra-labour' || e.ruleId === 'text.favour')) return;
  const i = out.findIndex((e) => e.kind !== 'delete' && isMeetingAsk(e.text.trim().replace(/^[?.]\s*/, '')));
  if (i < 0) return;
  const purpose = favourPurpose(c.draft);
  if (!purpose) return;
  const edited = applyEdits(c.draft, out);
  // Only when the edits took the role out: a role the edited draft still names is said already. (Not the
  // topic the facts read: "I noticed on LinkedIn that you work in linehaul operations" is theirs, not the writer's aim.)
  if (favourPurpose(edited) === purpose) return;
  const e = out[i]!;
  const lead = /^[?.]?\s*/.exec(e.text)![0];
  out[i] = { ...e, text: `${lead}${purpose} ${e.text.slice(lead.length)}` };
}

const REGISTER_REASON: Record<RegisterFix['what'], string> = {
  shorthand: 'Write the word out: texting shorthand reads as a text message, not a note to a professional.',
  pronoun: 'The pronoun "I" takes a capital.',
  noise: 'Leave the chat noise out.',
  punctuation: 'One mark is enough.',
  capital: 'A sentence starts with a capital.',
};

/**
 * The register clean-up (server/text/register.ts) as edits of their own, each on its own words, none on
 * words another edit already changes: accepted, the edited draft reads as written English rather than
 * a text with a formal line tacked on (blind readers, round 6).
 */
function registerEdits(draft: string, kept: SuggestedEdit[]): SuggestedEdit[] {
  const taken = (f: RegisterFix) => kept.some((e) => (e.kind === 'insert' ? f.start < e.start && e.start < f.end : f.start < e.end && f.end > e.start));
  // The sign-off is the writer's as they wrote it ("xo\nMaddie", "-bea"): the fixes stop above it.
  const closing = Math.min(closingStart(draft), nameSignoffAt(draft) ?? draft.length);
  return registerFixes(draft)
    .filter((f) => !taken(f) && f.end <= closing)
    .map((f) => edit('text.register', f.text === '' ? 'delete' : 'replace', f.start, f.end, f.text, REGISTER_REASON[f.what]));
}
