import type { OutreachContext } from '../../shared/contracts/outreach.ts';
import { getRule, lintOutreach, score, toFinding, type RuleVerdict } from '../../shared/rules/index.ts';
import { bracketSpans, replaceBrackets } from '../../shared/text/scan.ts';
import {
  EMAIL_WORD_LIMIT,
  LINKEDIN_NOTE_LIMIT,
  MAX_ASK_MINUTES,
  VAGUE_PURPOSE,
  credentialsIn,
  findDurations,
  graciousParts,
  purposeTopic,
} from '../../shared/rules/outreach-rules.ts';
import type { Evidence } from '../../shared/rules/rule.ts';
import { countWords, findAffirmed, SpanIndex, sentences, type Span } from '../../shared/rules/text.ts';

/**
 * The offline rewrite, composed from the parts of a good ask — greeting, who the writer is, the
 * connection, the purpose, ONE ask (minutes, an easy format), times or flexibility, thanks,
 * sign-off — each taken from the writer's own sentence where the draft has one that a rule
 * relies on and no rule flagged, and a [bracketed placeholder] where only the writer knows it.
 * Nothing is kept after the sign-off, and the message fits the limit the coach enforces.
 * One pass over the draft's sentences, then work on a message of bounded size: linear in the draft.
 */

/** Failed rules whose evidence sentences are removed outright. */
const DROPPED_BY = new Set(['outreach.no-attachments', 'outreach.no-job-ask', 'outreach.no-extra-labour', 'outreach.gracious']);

/** The words people open with, casual ones included ("hey", "yo", "hiya"): the rewrite sends them as "Hi" or "Dear". */
const GREETING_WORD = '(?:dear|hi+|hiya|hello|hey+a?|yo|good (?:morning|afternoon|evening|day)|greetings)';
const GREETING = new RegExp(`^${GREETING_WORD}\\b[^!?\\n]{0,40}[,!:.]*$`, 'i');
/**
 * "Hi Ana, I'm…", "Hi Noor — I'm…", "Hey Sam! I'm…", "hey dana, I'm…": the greeting and its name,
 * on the first line. A capitalised name may run to three words; a lowercase one is one word before a comma.
 */
const INLINE_GREETING = new RegExp(
  "^((?:[Dd]ear|[Hh]i+|[Hh]iya|[Hh]ello|[Hh]ey+a?|[Yy]o|[Gg]ood (?:morning|afternoon|evening|day))(?: (?:Mr|Ms|Mrs|Mx|Dr|Prof)\\.)?" +
    "(?:(?: [A-Z][\\p{L}'’-]*){0,3}(?:,|!+| [—–-])| [\\p{Ll}][\\p{L}'’-]*,))\\s+(?=\\S)",
  'u',
);
/** Who a greeting may address without a name: "Hi there,", "Hi all,". */
const NO_NAME = /^(?:there|all|everyone|everybody|folks|team|friend|you|sir|madam|sir or madam)$/i;
/** A sign-off that is only a name: "Priya", "Sam Lee". */
const NAME_LINE = /^[A-Z][\p{L}'’-]*(?: [A-Z][\p{L}'’.-]*){0,2}$/u;
const CLOSING =
  /^(?:best|best wishes|(?:best|kind|warm|warmest|many) regards|regards|warmly|sincerely|yours|yours truly|(?:thanks|thank you)(?: so much| very much| again| in advance| a lot| for your time| for reading| for considering(?: this| it)?)?|many thanks|cheers|all the best|respectfully|with gratitude|gratefully|looking forward to hearing from you|hope to hear from you(?: soon)?|talk soon)[,!.]*$/i;
/** A pasted CV starts with a heading or a dated line; nothing from there on belongs in the message. */
const CV_START = /^(?:[-•*]\s*)?(?:EDUCATION|EXPERIENCE|WORK EXPERIENCE|PROFESSIONAL EXPERIENCE|SKILLS|PUBLICATIONS|CERTIFICATIONS|RESUME|RÉSUMÉ|CV|Education:|Experience:|Skills:)\b|\b(?:19|20)\d{2}\s*[-–—]\s*(?:(?:19|20)\d{2}|present|current|now)\b/i;
/** "(GPA 3.9, Dean's List)": an aside of honours inside the writer's introduction. */
const CREDENTIAL_ASIDE = /\s*\([^)]{0,80}\b(?:GPA|Dean['’]s List|honou?rs|cum laude|valedictorian)\b[^)]{0,80}\)/gi;
const LAST_MINUTE_WORDS =
  /\s*\b(?:today|tonight|tomorrow|this afternoon|this evening|this weekend|this week|later today|asap|as soon as possible|urgently|right away|immediately|this (?:coming )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|in (?:the next )?(?:\d+|a few|a couple of|an|one|two|five|ten|fifteen|twenty|thirty|half an) (?:minutes?|mins?|hours?))\b/gi;
const PLANS_AHEAD = /\b(?:next|coming) (?:few|couple of) weeks\b/i;
/** A sentence that asks for the meeting: only one of these may stand in the rewrite. */
const ASKS_TO_MEET =
  /\b(?:would|could|can|may|might|will) (?:you|we|I)\b[^.!?\n]{0,80}\b(?:call|chat|talk|meet|meeting|coffee|zoom|minutes?|mins?|time|conversation|speak|connect|hop on|shadow|visit|come by|stop by|tour)\b|\bI(?:['’]d| would) (?:appreciate|love|welcome|value|be (?:so |very |really |most )?grateful for|like)\b[^.!?\n]{0,40}\b(?:minutes?|mins?|of your time|a call|a chat|a conversation|a coffee|a meeting|to meet|to talk|to chat)\b|\blet['’]s (?:meet|talk|chat|grab|set up|schedule|hop)\b|\b(?:are|would) you (?:be )?(?:free|available|open|up for|willing)\b|\b(?:grab|get) (?:a )?(?:coffee|lunch|a call)\b/i;

const INTRO_PLACEHOLDER = "[Who you are in one line, e.g. \"I'm a third-year student exploring careers in …\"]";
const CONNECTION_PLACEHOLDER = '[How you are connected, e.g. "Maria Lopez suggested I reach out to you."]';
const PURPOSE_PLACEHOLDER = "I'd love to learn about [your topic, e.g. how you moved into product design and what a typical week looks like].";
const TIMES_PLACEHOLDER = "I'm free [two or three times, e.g. Tuesday or Thursday after 2 p.m.], and happy to work around your schedule.";
const THANKS_LINE = 'Thank you for considering it.';
const DEFAULT_SIGNOFF = ['Best regards,', '[Your name]'];
/** Longer than this, a writer's sentence is cut at a clause (or left to a placeholder). */
const MAX_SENTENCE_WORDS = 60;
/** A rewrite is a short message: at most this many of the writer's other sentences stay. */
const MAX_EXTRAS = 4;
/**
 * Sentences that never stay as extras: questions (a second ask), availability and hand-offs (the
 * rewrite says its own), closings and pleasantries (they do not belong mid-message).
 */
const NOT_AN_EXTRA =
  /\?["'”’)]*$|^I(?:['’]m| am) (?:reaching out|writing|emailing|contacting you|messaging you)\b[^.!?]{0,12}[.!]?$|\b(?:free|available|availability|let me know|get back to me|look(?:ing)? forward|hope to hear|hope (?:this|you|all|your)\b[^.!?]{0,40}\b(?:well|finds|great|good|going)|reach out to me|my (?:email|phone|number) is|thank|thanks|appreciate|grateful)\b/i;

interface Piece {
  span: Span;
  text: string;
}

/** The parts of the rewrite, in the order they are sent. */
interface Parts {
  greeting: string;
  intro: string;
  connection: string;
  purpose: string;
  /** The writer's other sentences, kept while there is room. */
  extras: string[];
  ask: string;
  /** The writer's separate line on format ("Happy to hop on Zoom."), if the ask does not say it. */
  format: string | undefined;
  times: string | undefined;
  room: string | undefined;
  thanks: string | undefined;
  signoff: string[];
}

/** A sentence that states a wish to learn: "I'd love to learn how…", "I'm curious what…". */
const WANTS_TO_LEARN = /\b(?:learn|hear|know|understand|curious|wondering|ask you|questions?)\b/i;

/** Rules a placeholder stands in for: a rewrite that holds one may fail them until the writer fills it in. */
export const PLACEHOLDER_RULES: ReadonlySet<string> = new Set(['outreach.introduces-self', 'outreach.connection', 'outreach.specific-purpose', 'outreach.proposes-times']);

/** Whether `ruleId` failing on `rewrite` only waits on a [bracketed placeholder] the writer fills in. */
export function waitsOnPlaceholder(ruleId: string, rewrite: string): boolean {
  return PLACEHOLDER_RULES.has(ruleId) && bracketSpans(rewrite, { multiline: false }).length > 0;
}

/** Whether a sentence asks for the meeting: "Could we talk…?", "20 min on Zoom next Tue?". */
function asksToMeet(sentence: string): boolean {
  if (/^(?:I['’]m|I am) (?:happy|glad|free|available)\b/i.test(sentence)) return false;
  return ASKS_TO_MEET.test(sentence) || (/\?["'”’)]*$/.test(sentence) && findDurations(sentence).length > 0);
}

/** The sentences of a message that ask for the meeting (a rewrite has exactly one). */
export function meetingAsks(message: string): string[] {
  return sentences(message)
    .map((s) => s.value)
    .filter(asksToMeet);
}

export function askMinutes(context: OutreachContext): number {
  const asked = context.minutesRequested;
  return asked && asked >= 10 && asked <= MAX_ASK_MINUTES ? asked : 20;
}

function failedEvidence(verdicts: RuleVerdict[], ids: Set<string> | string): Evidence[] {
  return verdicts
    .filter((v) => !v.result.passed && (typeof ids === 'string' ? v.rule.id === ids : ids.has(v.rule.id)))
    .flatMap((v) => v.result.evidence ?? []);
}

function passedEvidence(verdicts: RuleVerdict[], id: string): Evidence[] {
  return verdicts.find((v) => v.rule.id === id && v.result.passed)?.result.evidence ?? [];
}

function overlaps(span: { start: number; end: number }, hits: readonly Evidence[]): boolean {
  return hits.some((h) => h.start < span.end && h.end > span.start);
}

/**
 * The writer's greeting as a careful sender writes it: "hey dana" → "Hi Dana,", "yo Sam!" → "Hi Sam,",
 * "dear ms. ortiz" → "Dear Ms. Ortiz,", "hey!" → "Hello,". The name is kept (or taken from the
 * context when the greeting has none); whatever follows the name on that line is not a greeting.
 */
export function normaliseGreeting(line: string, recipientName?: string): string {
  const m = new RegExp(`^(${GREETING_WORD})\\b[\\s,!.:;—–-]*(.*)$`, 'iu').exec(line.trim());
  if (!m) return line;
  const opener = m[1]!.toLowerCase();
  // The name: up to four words of letters (titles with their dot), before any punctuation.
  const said = /^((?:[\p{L}][\p{L}'’-]*\.?)(?: [\p{L}][\p{L}'’-]*\.?){0,3})\s*(?:[,!.:;—–-]|$)/u.exec(m[2]!.trim())?.[1]?.replace(/\.$/, '');
  const addressed = said && !NO_NAME.test(said) ? said : undefined;
  const who = addressed ? capitaliseName(addressed) : recipientName;
  if (opener === 'dear') return who ? `Dear ${who},` : 'Hello,';
  if (opener.startsWith('good ')) return `Good ${opener.slice(5)}${who ? ` ${who}` : ''},`;
  // "Hello Ms. Ortiz" stays as the writer put it; the casual openers become "Hi".
  return who ? `${opener === 'hello' ? 'Hello' : 'Hi'} ${who},` : 'Hello,';
}

/** "dana" → "Dana", "ms. ortiz" → "Ms. Ortiz", "McKenzie" stays as written. */
function capitaliseName(name: string): string {
  return name.replace(/(^|[\s-])([\p{Ll}])/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

const BULLET = /^(?:[-•*–]|\d+[.)])\s+/;

/**
 * "Things I'd love to learn:" and the bullet lines under it become one sentence a message can carry:
 * "Things I'd love to learn: how you moved…, what your day looks like, and which skills mattered."
 */
function joinLists(body: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < body.length; i++) {
    const head = body[i]!;
    let j = i + 1;
    while (/:$/.test(head.text) && body[j] && BULLET.test(body[j]!.text)) j++;
    if (j - i < 2) {
      out.push(head);
      continue;
    }
    const items = body.slice(i + 1, j).map((p) => p.text.replace(BULLET, '').replace(/(?<![.;,])[.;,]+$/, '').trim());
    const list = items.length === 1 ? items[0]! : `${items.slice(0, -1).join(', ')}${items.length > 2 ? ',' : ''} and ${items.at(-1)!}`;
    const last = body[j - 1]!;
    out.push({ text: `${head.text} ${list}.`, span: { start: head.span.start, end: last.span.end, value: `${head.text} ${list}.` } });
    i = j - 1;
  }
  return out;
}

/** "Hi Ana, I'm a junior…" on one line: the greeting becomes its own piece. */
function splitInlineGreeting(all: Piece[]): Piece[] {
  const [head, ...rest] = all;
  const m = head?.text.match(INLINE_GREETING);
  if (!head || !m) return all;
  const cut = m[0].length;
  // "Hi Noor —" is sent as "Hi Noor,".
  const text = m[1]!.replace(/ [—–-]$/, ',');
  const greeting: Piece = { text, span: { ...head.span, end: head.span.start + m[1]!.length, value: m[1]! } };
  const remainder: Piece = { text: head.text.slice(cut), span: { ...head.span, start: head.span.start + cut, value: head.text.slice(cut) } };
  return [greeting, remainder, ...rest];
}

/** "an hour" → "20 minutes", "45-minute" → "20-minute". */
function shortenDurations(text: string, minutes: number): string {
  let out = text;
  for (const d of findDurations(text).reverse()) {
    if (d.minutes <= MAX_ASK_MINUTES) continue;
    const adjective = /minute$|[\s-]long$/i.test(d.evidence.quote);
    out = out.slice(0, d.evidence.start) + (adjective ? `${minutes}-minute` : `${minutes} minutes`) + out.slice(d.evidence.end);
  }
  return out;
}

/** "tomorrow" → "in the next few weeks", unless the sentence already says so (then it just goes). */
function planAhead(text: string): string {
  let said = PLANS_AHEAD.test(text);
  const out = text.replace(LAST_MINUTE_WORDS, () => {
    if (said) return '';
    said = true;
    return ' in the next few weeks';
  });
  return tidy(out);
}

/** Texting shorthand and lowercase forms a careful sender writes out: "i" → "I", "u" → "you", "zoom" → "Zoom". */
const SHORTHAND: Array<[RegExp, string | ((...args: string[]) => string)]> = [
  [/^(?:[-•*–]|\d+[.)])\s+/, ''],
  [/\bi(?=['’](?:m|d|ve|ll)\b|\s|$)/g, 'I'],
  [/\b[Ii]m\b/g, "I'm"],
  [/\b[Ii]ve\b/g, "I've"],
  [/\b[Ii]d (?=(?:love|like|be|appreciate|welcome|value)\b)/g, "I'd "],
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\b(?:thx|thnx|tks)\b/gi, 'thanks'],
  [/\bpls\b|\bplz\b/gi, 'please'],
  [/\bwanna\b/gi, 'want to'],
  [/\bgonna\b/gi, 'going to'],
  [/\b(s)o{3,}\b/gi, '$1o'],
  [/\blike (?=(?:\d+|a few|twenty|thirty|fifteen) ?-?(?:min|minutes?)\b)/gi, ''],
  [/!{2,}/g, '!'],
  // What a dropped sentence leaves hanging, and "whenever" where the rewrite says the times itself.
  [/,? (?:if that helps|if that would help|if it helps|whenever|anytime|any time)(?=[.!?]*$)/i, ''],
  // A sentence without its subject: "Would love to chat" → "I'd love to chat", "Saw your talk" → "I saw your talk".
  [/^(?:would love|love) to\b/i, "I'd love to"],
  [/^(?:would like|want) to\b/i, "I'd like to"],
  [/^hoping to\b/i, "I'm hoping to"],
  [/^(saw|noticed|read|came across|found|heard|watched|met|wanted|hope|loved|enjoyed)\b(?= \w)/i, (_: string, verb: string) => `I ${verb.toLowerCase()}`],
  [/\?{2,}/g, '?'],
  [/\bzoom\b/g, 'Zoom'],
  [/\blinkedin\b/gi, 'LinkedIn'],
  [/\bgoogle meet\b/gi, 'Google Meet'],
];

export function polishWords(text: string): string {
  return SHORTHAND.reduce((out, [pattern, by]) => out.replace(pattern, by as (...args: string[]) => string), text);
}

/**
 * Whether a draft that meets every rule still reads as unsent: a sentence in lowercase ("i'm a junior…"),
 * texting shorthand ("u", "thx"), a sentence without its subject ("Saw your talk"). A list's bullets are not.
 */
export function needsPolish(draft: string): boolean {
  return sentences(draft).some((s) => {
    const line = s.value.replace(BULLET, '');
    return polishWords(line) !== line || (/^\p{Ll}/u.test(line) && !BULLET.test(s.value));
  });
}

/** Mends what cutting words out of a sentence leaves: doubled spaces, a space before punctuation, ", ?". */
function tidy(text: string): string {
  return text
    .replace(/\s{2,}/g, ' ')
    .replace(/(?<!\s)\s+([,.;:!?])/g, '$1')
    .replace(/,([.!?])/g, '$1')
    .replace(/^\s*[,;:]\s*/, '')
    .trim();
}

function sentence(text: string): string {
  const t = text.trim().replace(/(?<![,;:])[,;:]+$/, '');
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]["'”’)\]]*$/.test(capital) ? capital : `${capital}.`;
}

function connectionLine(context: OutreachContext): string {
  const known = context.connection?.trim();
  if (!known) return CONNECTION_PLACEHOLDER;
  // "Maria referred me" reads as a sentence already; "the State U alumni network" does not.
  if (/\b(?:I|we|you|me)\b|\b(?:referred|suggested|recommended|met|attended|introduced)\b/i.test(known)) return sentence(known);
  // "fellow State U alum" → "I'm a fellow State U alum."
  if (/^(?:a |an )?fellow\b/i.test(known)) return `I'm a ${known.replace(/^(?:a |an )/i, '').replace(/(?<![.!])[.!]+$/, '')}.`;
  return `I'm reaching out through ${known.replace(/(?<![.!])[.!]+$/, '')}.`;
}

/** The purpose from the context when the draft names none: the recipient's role and organization. */
function contextPurpose(context: OutreachContext): string | undefined {
  const role = context.recipientRole?.trim();
  const org = context.organization?.trim();
  if (!role && !org) return undefined;
  const article = role ? (/^(?:a|an|the)\b/i.test(role) ? '' : /^[aeiou]/i.test(role) ? 'an ' : 'a ') : '';
  const where = [role ? `as ${article}${role}` : '', org ? `at ${org}` : ''].filter(Boolean).join(' ');
  return `I'd love to learn what your work ${where} involves day to day, and how you got into it.`;
}

/** A vague sentence that still names a topic ("pick your brain about how you moved into UX") keeps the topic. */
function salvagedPurpose(vague: readonly Evidence[], context: OutreachContext): string | undefined {
  for (const v of vague) {
    const topic = purposeTopic(v.quote);
    if (!topic) continue;
    const field = /^(?:the |your )?(.+?) (?:industry|sector|field|space|world|business)$/i.exec(topic);
    const line = field
      ? `I'd love to hear what your work in ${field[1]} looks like day to day, and how you got into it.`
      : /^(?:how|what|why|whether|which)\b/i.test(topic)
        ? `I'd love to hear ${topic}.`
        : `I'd love to hear about ${topic}.`;
    // Only a topic the rule itself accepts: "what you do and maybe brainstorm" is still vague.
    if (isPurpose(line, context)) return line;
  }
  return undefined;
}

/** Past tenses of the verbs people use for a career move ("How did you get into…?" → "how you got into…"). */
const PAST: Record<string, string> = {
  get: 'got', go: 'went', come: 'came', break: 'broke', end: 'ended', make: 'made', become: 'became', find: 'found', choose: 'chose',
  move: 'moved', decide: 'decided', start: 'started', switch: 'switched', transition: 'transitioned', pivot: 'pivoted', land: 'landed', learn: 'learned',
};

/**
 * A question the writer asks about the work, turned into the purpose it states, in their words:
 * "What's it like working at Brightline Health?" → "I'd love to hear what it's like working at Brightline Health."
 */
export function questionAsPurpose(question: string): string | undefined {
  const q = question.trim().replace(/\?["'”’)]*$/, '');
  if (q === question.trim()) return undefined;
  let topic: string | undefined;
  const like = /^what(?:['’]s| is) (it|[\w'’-]+(?: [\w'’-]+){0,3}?) (?:really |actually )?like\b(.*)$/i.exec(q);
  const looks = /^what (does|do) (.+?) (look like|involve|entail|require)\b(.*)$/i.exec(q);
  const path = /^how did you (\w+)\b(.*)$/i.exec(q);
  if (like) topic = `what ${/^it$/i.test(like[1]!) ? "it's" : `${like[1]} is`} like${like[2]}`;
  else if (looks) {
    const verb = looks[3]!.toLowerCase();
    const inflected = looks[1]!.toLowerCase() === 'does' ? verb.replace(/^(\w+)/, (v) => (v === 'look' ? 'looks' : `${v}s`)) : verb;
    topic = `what ${looks[2]} ${inflected}${looks[4]}`;
  } else if (path && PAST[path[1]!.toLowerCase()]) topic = `how you ${PAST[path[1]!.toLowerCase()]}${path[2]}`;
  return topic ? `I'd love to hear ${topic.trim()}.` : undefined;
}

const ASKS_NOTHING_MORE = ['outreach.no-job-ask', 'outreach.no-extra-labour', 'outreach.no-attachments'];

/** A line that says what the writer wants to learn and asks for nothing a rule drops ("about any openings" is a job ask). */
function isPurpose(line: string, context: OutreachContext): boolean {
  return passes('outreach.specific-purpose', line, context) && ASKS_NOTHING_MORE.every((id) => passes(id, line, context));
}

function passes(ruleId: string, text: string, context: OutreachContext): boolean {
  return getRule(ruleId)?.check?.(text, context).passed ?? false;
}

/** "- sam", "— Sam", "jordan lee" after a closing: a name written as a sign-off, in any case. */
const LOOSE_NAME_LINE = /^(?:[-–—~]\s*)?\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’.-]*){0,2}$/u;

/**
 * The sign-off as a careful sender writes it: "thanks so much" → "Thanks so much,", "- sam" → "Sam",
 * and a name alone gets a closing above it ("Rahul Sharma" → "Best regards,\nRahul Sharma").
 */
export function polishSignoff(lines: readonly string[]): string[] {
  const out = lines.map((line, i) => {
    if (CLOSING.test(line) || /^thanking you\b/i.test(line)) {
      const closing = line.charAt(0).toUpperCase() + line.slice(1);
      // A closing followed by a name ends with a comma: "Thank you," / "Sam".
      return i < lines.length - 1 ? closing.replace(/(?<![,!.])[,!.]*$/, ',') : closing;
    }
    const name = line.replace(/^[-–—~]\s*/, '');
    return /\p{Lu}/u.test(name) ? name : capitaliseName(name);
  });
  const onlyName = out.length === 1 && !CLOSING.test(out[0]!) && !/^thanking you\b/i.test(out[0]!);
  return onlyName ? [DEFAULT_SIGNOFF[0]!, out[0]!] : out;
}

/** Where the draft's sign-off starts and what it is; everything after it (a pasted CV, a P.S.) is left out. */
function signoffOf(draft: string, all: Piece[], first: number): { at: number; lines: string[] } | undefined {
  // A closing on a line of its own ("Best,"), not a "Thank you!" ending a paragraph.
  const ownLine = (p: Piece) => /(?:^|\n)[ \t]*$/.test(draft.slice(Math.max(0, p.span.start - 40), p.span.start)) && /^[ \t]*(?:\n|$)/.test(draft.slice(p.span.end, p.span.end + 40));
  const at = all.findIndex((p, i) => i > first && (CLOSING.test(p.text) || /^thanking you[,!.]*$/i.test(p.text)) && ownLine(p));
  if (at >= 0) {
    const lines = [all[at]!.text];
    let next = at + 1;
    while (all[next] && CLOSING.test(all[next]!.text) && lines.length < 3) lines.push(all[next++]!.text);
    const name = all[next];
    if (name && (NAME_LINE.test(name.text) || (LOOSE_NAME_LINE.test(name.text) && all.length === next + 1)) && !CV_START.test(name.text)) lines.push(name.text);
    return { at, lines };
  }
  const last = all.at(-1);
  if (all.length - first > 1 && last && NAME_LINE.test(last.text) && !GREETING.test(last.text)) return { at: all.length - 1, lines: [last.text] };
  // "- sam" on the last line: a dash says it is the writer's name, whatever its case.
  // (Two words at most, and not the last item of a list: "- Built dashboards" under a pasted CV is no name.)
  const before = all.at(-2)?.text ?? '';
  const dashed = last && /^[-–—~]\s*\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)?$/u.test(last.text) && !BULLET.test(before) && !CV_START.test(before) && !/:$/.test(before);
  if (all.length - first > 1 && last && dashed && ownLineStart(draft, last)) return { at: all.length - 1, lines: [last.text] };
  return undefined;
}

function ownLineStart(draft: string, p: Piece): boolean {
  return /(?:^|\n)[ \t]*$/.test(draft.slice(Math.max(0, p.span.start - 40), p.span.start));
}

/** The first piece that any hit touches (pieces are in text order: a binary search per hit). */
function pieceAt(body: Piece[], hits: readonly Evidence[]): Piece | undefined {
  let best = -1;
  for (const hit of hits) {
    let lo = 0;
    let hi = body.length - 1;
    let first = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (body[mid]!.span.end > hit.start) {
        first = mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    if (first >= 0 && body[first]!.span.start < hit.end && (best < 0 || first < best)) best = first;
  }
  return best < 0 ? undefined : body[best];
}

function composeParts(draft: string, context: OutreachContext, verdicts: RuleVerdict[]): Parts {
  const minutes = askMinutes(context);
  const all = splitInlineGreeting(sentences(draft).map((span) => ({ span, text: span.value })));
  const failed = new Set(verdicts.filter((v) => !v.result.passed).map((v) => v.rule.id));

  let first = 0;
  let greeting = '';
  if (all[0] && (GREETING.test(all[0].text) || INLINE_GREETING.test(`${all[0].text} x`))) {
    greeting = all[0].text;
    first = 1;
  }
  const name = context.recipientName?.trim();
  greeting = greeting ? normaliseGreeting(greeting, name) : name ? `Dear ${name},` : 'Hello,';
  const end = signoffOf(draft, all, first - 1);
  let body = all.slice(first, end?.at ?? all.length);
  if (failed.has('outreach.no-attachments')) {
    const cvAt = body.findIndex((p) => CV_START.test(p.text));
    if (cvAt >= 0) body = body.slice(0, cvAt);
  }
  body = joinLists(body);

  // What no sentence of the rewrite may keep: what a rule flagged. A serious flag (a job ask, a
  // CV, extra work, pressure) takes its sentence; a vague phrase takes only its clause when what
  // comes before it says something ("I'm a recent graduate and would love to pick your brain").
  const vague = [
    // Every vague ask, not only the one the failed rule points at (and also when another sentence names a topic).
    ...findAffirmed(draft, VAGUE_PURPOSE),
    ...failedEvidence(verdicts, 'outreach.specific-purpose'),
    ...failedEvidence(verdicts, 'outreach.proposes-times'),
    ...failedEvidence(verdicts, 'outreach.time-ask').filter((e) => findDurations(e.quote).length === 0),
  ];
  const dropped = new SpanIndex(failedEvidence(verdicts, DROPPED_BY));
  const vagueAt = new SpanIndex(vague);
  const credentials = failedEvidence(verdicts, 'outreach.no-credentials-dump');
  const credentialAt = new SpanIndex(credentials);
  body = body.flatMap((p): Piece[] => {
    if (dropped.overlaps(p.span)) return [];
    // A "sentence" of more than 60 words is a paste, not a sentence: cut at a clause, or leave it to a placeholder.
    if (p.text.length > 2 * MAX_SENTENCE_WORDS && countWords(p.text.slice(0, 2000)) > MAX_SENTENCE_WORDS) {
      const clipped = clipSentence(p.text.slice(0, 600));
      return clipped ? [{ ...p, text: clipped }] : [];
    }
    const hit = vagueAt.first(p.span);
    const text = hit ? clauseBefore(p.text, hit.start - p.span.start) : p.text;
    return text === undefined ? [] : [{ ...p, text }];
  });

  /** A list of credentials keeps its first item: one line of background is what the rule asks. Run only on pieces used. */
  const withoutList = (p: Piece): string | undefined => {
    if (!credentialAt.overlaps(p.span)) return p.text;
    const plain = p.text.replace(CREDENTIAL_ASIDE, '');
    const listed = credentialsIn(plain);
    if (listed.length < 2) return plain;
    // The writer's introduction keeps the clause that still introduces them ("…, and I'm a certified project manager").
    // Else any one item of the list that still says who they are ("…, I'm a CFA charterholder, …").
    const items = plain.split(/[,;:]\s*(?:and\s+)?/).filter((c) => countWords(c) >= 3).map(sentence);
    const candidates = [clauseBefore(plain, listed[1]!.start), ...[...clauses(plain), ...items].filter((c) => credentialsIn(c).length <= 1)];
    const isIntro = overlaps(p.span, passedEvidence(verdicts, 'outreach.introduces-self'));
    return isIntro ? candidates.find((c) => c && passes('outreach.introduces-self', c, context)) : candidates[0];
  };

  const used = new Set<Piece>();
  const take = (hits: readonly Evidence[]): Piece | undefined => {
    const p = pieceAt(body, hits);
    if (p) used.add(p);
    return p;
  };
  const mend = (p: Piece): string | undefined => {
    let text = withoutList(p);
    if (text === undefined) return undefined;
    if (failed.has('outreach.time-ask')) text = shortenDurations(text, minutes);
    if (failed.has('outreach.plans-ahead')) text = planAhead(text);
    return sentence(polishWords(text));
  };

  const introPiece = take(passedEvidence(verdicts, 'outreach.introduces-self'));
  const connectionPiece = take(passedEvidence(verdicts, 'outreach.connection'));
  let purposePiece = take(passedEvidence(verdicts, 'outreach.specific-purpose'));
  // A purpose said in passing, inside the introduction or the connection ("…mentioned you made the jump to
  // biotech"): a sentence of the writer's own that asks to learn says it better, else a question about the work.
  const sharesPurpose = (p: Piece | undefined) => p !== undefined && (p === introPiece || p === connectionPiece);
  if (sharesPurpose(purposePiece)) {
    const own = body.find((p) => !used.has(p) && WANTS_TO_LEARN.test(p.text) && !asksToMeet(p.text) && isPurpose(p.text, context));
    if (own) {
      purposePiece = own;
      used.add(own);
    }
  }
  const inPassing = sharesPurpose(purposePiece);
  // ONE ask: the writer's sentence with the minutes if it has one, else one written for them;
  // every other sentence that asks to meet is left out.
  const askPiece = take([...failedEvidence(verdicts, 'outreach.time-ask'), ...passedEvidence(verdicts, 'outreach.time-ask')].filter((e) => findDurations(e.quote).length > 0));
  const formatHits = passedEvidence(verdicts, 'outreach.easy-format');
  const timesHits = passedEvidence(verdicts, 'outreach.proposes-times');
  let ask: string;
  let format: string | undefined;
  // "Happy to chat for 15 minutes by phone" offers but does not ask: the rewrite asks, with the writer's minutes.
  const writerAsk = askPiece && mend(askPiece);
  const offered = writerAsk && !asksToMeet(writerAsk) ? findDurations(writerAsk).find((d) => d.minutes >= 10 && d.minutes <= MAX_ASK_MINUTES)?.minutes : undefined;
  if (askPiece && !offered) {
    ask = writerAsk ?? `Would you have ${minutes} minutes for a call in the next few weeks?`;
    if (!saysFormat(ask, context)) {
      const formatPiece = pieceAt(body, formatHits);
      const usable = formatPiece && !asksToMeet(formatPiece.text) ? formatPiece : undefined;
      if (usable) used.add(usable);
      format = (usable && mend(usable)) ?? "I'm happy to talk by phone or video, whichever is easiest for you.";
    }
  } else {
    const said = formatHits[0]?.quote.trim();
    const how = said && /^(?:phone|telephone|video|zoom|teams|google meet|skype|facetime|webex|coffee|tea|lunch)(?: call| chat| conversation| meeting)?$/i.test(said) ? said : 'phone or video call';
    ask = `Would you be open to a ${offered ?? minutes}-minute ${/\b(?:call|chat|meeting|conversation|coffee|tea|lunch)$/i.test(how) ? how : `${how} call`} in the next few weeks?`;
    // The ask now says the format: the writer's own line about it would say it twice.
    const formatPiece = pieceAt(body, formatHits);
    if (formatPiece && said && how === said) used.add(formatPiece);
  }
  const timesPiece = take(timesHits);
  const { thanks: thanksHit, room: roomHit } = graciousParts(draft);
  const thanksPiece = take(thanksHit ? [thanksHit] : []);
  const roomPiece = take(roomHit ? [roomHit] : []);

  const signoff = end ? polishSignoff(end.lines) : DEFAULT_SIGNOFF;
  const signoffThanks = /\bthank|\bgrat/i.test(signoff.join(' '));
  // The writer's other sentences: a few that say something, not questions (a second ask) or background lists.
  const extras: string[] = [];
  for (const p of body) {
    if (extras.length >= MAX_EXTRAS) break;
    if (used.has(p) || countWords(p.text) < 3 || asksToMeet(p.text) || NOT_AN_EXTRA.test(p.text) || credentialAt.overlaps(p.span)) continue;
    const line = mend(p);
    if (line) extras.push(line);
  }
  // A sentence the rule missed as written ("im a jr dev", "saw ur talk") but meets once mended stands in for the placeholder.
  const fromExtras = (ruleId: string): string | undefined => {
    const at = extras.findIndex((line) => passes(ruleId, line, context));
    return at < 0 ? undefined : extras.splice(at, 1)[0];
  };
  const intro = (introPiece && mend(introPiece)) ?? fromExtras('outreach.introduces-self') ?? INTRO_PLACEHOLDER;
  const connection = (connectionPiece && mend(connectionPiece)) ?? fromExtras('outreach.connection') ?? connectionLine(context);

  // No purpose sentence: a question the writer asks about the work says it ("What's it like at X?").
  const asked = (): string | undefined => {
    if (purposePiece && !inPassing) return undefined;
    for (const p of body) {
      if (used.has(p) || asksToMeet(p.text)) continue;
      const line = questionAsPurpose(p.text);
      if (line && isPurpose(line, context)) return line;
    }
    return undefined;
  };
  // "Free this Friday?" moved to the coming weeks proposes no time any more: the placeholder says it.
  const timesOf = (line: string | undefined) => (line && passes('outreach.proposes-times', line, context) && !asksToMeet(line) ? line : undefined);
  // "Could we chat about your move into data work?" is a purpose and a second ask: its topic stays, the ask goes.
  const ownPurpose = (p: Piece) => {
    const line = mend(p);
    return line && asksToMeet(line) && p !== askPiece ? salvagedPurpose([{ start: p.span.start, end: p.span.end, quote: line }], context) : line;
  };
  const purpose =
    (inPassing ? asked() : undefined) ??
    (purposePiece && ownPurpose(purposePiece)) ??
    salvagedPurpose(failedEvidence(verdicts, 'outreach.specific-purpose'), context) ??
    asked() ??
    contextPurpose(context) ??
    PURPOSE_PLACEHOLDER;
  return {
    greeting,
    intro,
    connection,
    purpose,
    extras,
    ask,
    format,
    // The ask says the times, unless moving a last-minute time ahead took them out of it.
    times: timesPiece === askPiece && timesPiece && passes('outreach.proposes-times', ask, context) ? undefined : (timesOf(timesPiece && mend(timesPiece)) ?? TIMES_PLACEHOLDER),
    room: roomPiece && roomPiece !== thanksPiece ? mend(roomPiece) : undefined,
    thanks: (thanksPiece && mend(thanksPiece)) ?? (signoffThanks ? undefined : THANKS_LINE),
    signoff,
  };
}

const CLAUSE_BOUNDARY = /,|;|:|\s[-–—]|\s(?:and|but|so|because|which|while|though|although)\b/g;

/** The words before `offset` up to its last clause boundary, if they make a sentence of three words or more. */
function clauseBefore(text: string, offset: number): string | undefined {
  const head = text.slice(0, Math.max(0, offset));
  let cut = -1;
  for (const m of head.matchAll(CLAUSE_BOUNDARY)) if (countWords(head.slice(0, m.index)) >= 3) cut = m.index;
  if (cut < 0) return undefined;
  return sentence(head.slice(0, cut).trim());
}

function saysFormat(text: string, context: OutreachContext): boolean {
  return passes('outreach.easy-format', text, context);
}

/** Each sentence once, in order ("I'm a fellow alum and a nurse" can be both intro and connection). */
function unique(lines: Array<string | undefined>): string[] {
  const seen = new Set<string>();
  return lines.filter((l): l is string => {
    if (!l || seen.has(l)) return false;
    seen.add(l);
    return true;
  });
}

function emailOf(parts: Parts, extras: string[]): string {
  const opening = unique([parts.intro, parts.connection, parts.purpose, ...extras]);
  const closing = unique([parts.ask, parts.format, parts.times, parts.room, parts.thanks]).filter((l) => !opening.includes(l));
  return [parts.greeting, opening.join(' '), closing.join(' '), parts.signoff.join('\n')].filter(Boolean).join('\n\n');
}

/**
 * Over the word limit: the writer's extra sentences go first, last first; then any part still
 * longer than a sentence should be is cut at a clause, or gives way to its placeholder.
 */
function fitEmail(parts: Parts): string {
  // The extras that fit, counted once each (never the whole message per sentence: linear in the draft).
  const extras: string[] = [];
  let words = countWords(emailOf(parts, []));
  for (const extra of parts.extras) {
    const n = countWords(extra);
    if (words + n > EMAIL_WORD_LIMIT) break;
    extras.push(extra);
    words += n;
  }
  let message = emailOf(parts, extras);
  for (const key of ['purpose', 'intro', 'connection', 'times', 'room', 'thanks', 'format'] as const) {
    if (countWords(message) <= EMAIL_WORD_LIMIT) break;
    const line = parts[key];
    if (!line || countWords(line) <= 25) continue;
    if (key === 'room' || key === 'format') parts[key] = undefined;
    else parts[key] = clipSentence(line) ?? STAND_INS[key];
    message = emailOf(parts, extras);
  }
  return message;
}

const STAND_INS = { purpose: PURPOSE_PLACEHOLDER, intro: INTRO_PLACEHOLDER, connection: CONNECTION_PLACEHOLDER, times: TIMES_PLACEHOLDER, thanks: THANKS_LINE };

/** A long sentence cut at its first clause boundary after a dozen words, if that leaves a sentence. */
function clipSentence(line: string): string | undefined {
  const m = /^((?:\S+\s+){11,24}?\S+?)(?:,|;| -| —| and | but | which | because )/.exec(line);
  return m ? sentence(m[1]!.replace(/[,;:]$/, '')) : undefined;
}

/** Words a connection note can do without, tried before any part goes. */
const LINKEDIN_TRIMS: Array<[RegExp, string]> = [
  [/ (?:sometime )?in the (?:next|coming) few weeks(?=[?.!])/g, ''],
  [/ sometime(?=[?.!])/g, ''],
  [/\b(?:really|very|just|so much|truly) /g, ''],
  [/\b(\d+) minutes\b/g, '$1 min'],
  [/\b(\d+)-minute\b/g, '$1-min'],
  [/ with (?:\w+ ){0,3}years? (?:in|of|at) [^,.!?]+?(?=[,.!?]| and\b| but\b)/g, ''],
  [/\byour current role\b/g, 'your role'],
  [/\bphone or video call\b/g, 'call'],
  [/Thank you for considering it\./g, 'Thank you!'],
];

const LINKEDIN_SHORT: Partial<Record<keyof Parts, string>> = {
  intro: "[who you are, e.g. \"I'm a State U junior\"]",
  connection: '[how you are connected]',
  purpose: 'Could I ask about [your topic]?',
  times: '[Two times], or whenever suits you.',
};

/**
 * A LinkedIn note has no room for a sign-off or a long story: the trims first, then the extras,
 * then, one at a time, the part whose loss costs the least score, each replaced by a short
 * placeholder where only the writer knows it. Works on the few parts, never on the whole draft.
 */
function fitLinkedIn(parts: Parts, context: OutreachContext, minutes: number): string {
  let hi = parts.greeting.replace(/^dear\b/i, 'Hi');
  const trim = (line: string | undefined) => line && LINKEDIN_TRIMS.reduce((text, [pattern, by]) => text.replace(pattern, by), line);
  // The note has no sign-off: a "Thanks," there must become a line of its own.
  const withThanks = { ...parts, thanks: parts.thanks ?? THANKS_LINE };
  type Unit = [keyof Parts, string | undefined];
  // A note's placeholders are its short ones: the email's examples take room the writer's own sentences could use.
  const EMAIL_STAND_INS: ReadonlySet<string> = new Set([INTRO_PLACEHOLDER, CONNECTION_PLACEHOLDER, PURPOSE_PLACEHOLDER, TIMES_PLACEHOLDER]);
  let list: Unit[] = (['intro', 'connection', 'purpose', 'ask', 'format', 'times', 'room', 'thanks'] as const).map((k) => {
    const line = withThanks[k] as string | undefined;
    return [k, line !== undefined && EMAIL_STAND_INS.has(line) ? LINKEDIN_SHORT[k] : trim(line)];
  });
  // The writer's other sentences go before the ask, where they were in the draft.
  const note = (units: Unit[], extras: string[] = []) => {
    const at = units.findIndex(([k]) => k === 'ask');
    const lines = units.map(([, l]) => l);
    return [hi, ...unique(at < 0 ? [...lines, ...extras] : [...lines.slice(0, at), ...extras, ...lines.slice(at)])].join(' ').trim();
  };
  const fits = (text: string) => [...text].length <= LINKEDIN_NOTE_LIMIT;
  const extras: string[] = [];
  let length = [...note(list)].length;
  for (const extra of parts.extras) {
    const trimmed = trim(extra)!;
    if (length + 1 + [...trimmed].length > LINKEDIN_NOTE_LIMIT) break;
    extras.push(trimmed);
    length += 1 + [...trimmed].length;
  }
  if (fits(note(list, extras))) return note(list, extras);

  // 1. Long sentences keep the clause that does their part ("…and I'm a fellow Tufts alum" → the alum clause).
  const RULE_OF: Partial<Record<keyof Parts, string>> = { intro: 'outreach.introduces-self', connection: 'outreach.connection', purpose: 'outreach.specific-purpose', thanks: 'outreach.gracious', times: 'outreach.proposes-times' };
  // A sentence that does two parts ("I'm a fellow Tufts alum working as a nurse": intro and connection) keeps a clause doing both.
  const essentials = (longerThan: number) =>
    (list = list.map(([key, line]): Unit => {
      if (!line || !RULE_OF[key] || [...line].length <= longerThan) return [key, line];
      const rules = list.filter(([k, l]) => l === line && RULE_OF[k]).map(([k]) => RULE_OF[k]!);
      const parts = clauses(line);
      return [key, parts.find((c) => rules.every((rule) => passes(rule, c, context))) ?? parts.find((c) => passes(RULE_OF[key]!, c, context)) ?? line];
    }));
  essentials(60);
  // 2. One compact ask says the minutes, the format and the flexibility at once; then every part keeps only its clause.
  if (!fits(note(list))) {
    list = list.filter(([k]) => k !== 'format' && k !== 'times' && k !== 'room').map(([k, l]): Unit => [k, k === 'ask' ? `Could we talk ${minutes} min by phone, whenever suits you?` : l]);
  }
  if (!fits(note(list))) essentials(0);
  // A greeting without the name costs less than any part of the message.
  if (!fits(note(list))) {
    const named = hi;
    hi = 'Hello,';
    if (!fits(note(list))) hi = named;
  }
  // 3. Each part in turn becomes its short stand-in, cheapest loss first, until the note fits.
  // A placeholder meets no rule until the writer fills it in: the note is scored without them.
  const value = (candidate: Unit[]) =>
    score(lintOutreach(replaceBrackets(note(candidate), ''), { ...context, channel: 'email' }).map(toFinding));
  // A part may first shrink to its head ("I'm a fellow Tufts alum" of "…alum currently working as…"), done for every part sharing it.
  for (let round = 0; round < 8 && !fits(note(list)); round++) {
    let best: Unit[] | undefined;
    let bestValue = -Infinity;
    const length = [...note(list)].length;
    // The writer's purpose folded into the one ask costs fewer characters than a sentence of its own, and keeps their topic.
    const purposeLine = list.find(([k]) => k === 'purpose')?.[1];
    const topic = purposeLine && !/\[/.test(purposeLine) ? purposeTopic(purposeLine) : undefined;
    if (topic && !/\[/.test(topic) && topic.length <= 90) {
      const folded = list
        .filter(([k]) => k !== 'purpose' && k !== 'format' && k !== 'times' && k !== 'room')
        .map(([k, l]): Unit => [k, k === 'ask' ? `Could we talk about ${topic} for ${minutes} min by phone, whenever suits you?` : l]);
      best = folded;
      bestValue = value(folded) - [...note(folded)].length / 1000;
    }
    for (let i = 0; i < list.length; i++) {
      const [key, line] = list[i]!;
      const short = LINKEDIN_SHORT[key];
      if (!line || short === undefined || line === short) continue;
      const sharing = list.filter(([, l]) => l === line).map(([k]) => RULE_OF[k]).filter((r): r is string => r !== undefined);
      const head = heads(line).find((h) => sharing.every((rule) => passes(rule, h, context)));
      const headed = head && list.map((u): Unit => (u[1] === line ? [u[0], head] : u));
      // A sentence two parts share gives way for both at once (one stand-in would leave it in place).
      const standIn = list.map((u): Unit => (u[1] === line && LINKEDIN_SHORT[u[0]] !== undefined ? [u[0], LINKEDIN_SHORT[u[0]]] : u));
      const options = [...(headed && [...note(headed)].length < length ? [headed] : []), standIn];
      for (const candidate of options) {
        const v = value(candidate) - [...note(candidate)].length / 1000;
        if (v > bestValue) {
          best = candidate;
          bestValue = v;
        }
      }
    }
    if (!best) break;
    list = best;
  }
  // 4. Last resort, least needed first: the writer's introduction, then the connection.
  for (const key of ['intro', 'connection'] as const) {
    if (fits(note(list))) break;
    list = list.filter(([k]) => k !== key);
  }
  // Room left after the cuts: the writer's other sentences that fit, in their order.
  const kept: string[] = [];
  for (const extra of parts.extras) {
    const line = trim(extra)!;
    if (fits(note(list, [...kept, line]))) kept.push(line);
  }
  return note(list, kept);
}

/** Where a sentence's core ends and a modifier starts: "…alum | currently working as…", "…nurse | with eight years…". */
const MODIFIER_START = /,? (?:currently|now|presently|recently|working|who|where|with|whose|having|based)\b/g;

/** A sentence's heads, shortest first: the words before each modifier, if three or more. */
function heads(line: string): string[] {
  const found: string[] = [];
  for (const m of line.matchAll(MODIFIER_START)) {
    if (countWords(line.slice(0, m.index)) >= 3) found.push(sentence(line.slice(0, m.index)));
  }
  // "I'm a civil engineer at the Denver Water utility and a fellow CU Boulder grad": the workplace can go, the rest stays.
  const withoutPlace = line.replace(WORKPLACE, '');
  if (withoutPlace !== line && countWords(withoutPlace) >= 3) found.push(sentence(withoutPlace));
  return found;
}

/** Where the writer works, named mid-sentence: " at the Denver Water utility", " at Lumen Health". */
const WORKPLACE = / (?:at|with|for) (?:the )?\p{Lu}[\p{L}&.'’-]*(?: (?:of |& )?\p{Lu}[\p{L}&.'’-]*){0,4}(?: (?:utility|company|agency|office|team|lab|hospital|school|district|group|foundation|firm))?(?=,| and\b| but\b|[.!?]?$)/u;

/** "I'm a nurse with eight years in the ICU and I'm a fellow Tufts alum." → two clauses. */
function clauses(line: string): string[] {
  return line
    .split(/,? (?:and|but|so) (?=I(?:['’]|\s))|; | — |, (?:and|but) /)
    .map((c) => c.trim())
    .filter(Boolean)
    .map(sentence);
}

export function rewriteOutreach(draft: string, context: OutreachContext = {}, verdicts = lintOutreach(draft, context)): string {
  const parts = composeParts(draft, context, verdicts);
  return context.channel === 'linkedin' ? fitLinkedIn(parts, context, askMinutes(context)) : fitEmail(parts);
}
