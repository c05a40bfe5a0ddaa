import type { OutreachContext } from '../../shared/contracts/outreach.ts';
import { lintOutreach, score, toFinding, type RuleVerdict } from '../../shared/rules/index.ts';
import {
  EMAIL_WORD_LIMIT,
  LINKEDIN_NOTE_LIMIT,
  MAX_ASK_MINUTES,
  findDurations,
  graciousParts,
} from '../../shared/rules/outreach-rules.ts';
import type { Evidence } from '../../shared/rules/rule.ts';
import { countWords, sentences, type Span } from '../../shared/rules/text.ts';

/**
 * The offline rewrite: the writer's own sentences, minus what breaks a rule (attachment lines, job
 * asks, extra requests, a credentials list), plus what the failed rules call for (a connection
 * line, a 20-minute ask, two proposed times, thanks and an easy way out). What only the writer
 * knows is left as a [bracketed placeholder] rather than invented.
 */

/** Failed rules whose evidence sentences are removed outright. */
const DROPPED_BY = new Set(['outreach.no-attachments', 'outreach.no-job-ask', 'outreach.no-extra-labour']);

const GREETING = /^(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings)\b[^!?\n]{0,40}[,!:]?$/i;
/** A sign-off that is only a name: "Priya", "Sam Lee". */
const NAME_LINE = /^[A-Z][\p{L}'’-]*(?: [A-Z][\p{L}'’.-]*){0,2}$/u;
const CLOSING = /^(?:best|best wishes|best regards|kind regards|warm regards|regards|warmly|sincerely|thanks|thank you|many thanks|cheers|all the best|respectfully|with gratitude)[,!.]?$/i;
/** "(GPA 3.9, Dean's List)": an aside of honours inside the writer's introduction. */
const CREDENTIAL_ASIDE = /\s*\([^)]*\b(?:GPA|Dean['’]s List|honou?rs|cum laude|valedictorian)\b[^)]*\)/gi;
const URGENCY_ONLY = /\b(?:asap|as soon as possible|urgent(?:ly)?|right away|immediately)\b/i;
const LAST_MINUTE_WORDS = /\b(?:today|tonight|tomorrow|this afternoon|this evening|later today)\b/gi;

interface Piece {
  span: Span;
  paragraph: number;
  text: string;
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

function overlaps(span: Span, hits: Evidence[]): boolean {
  return hits.some((h) => h.start < span.end && h.end > span.start);
}

/** Sentences with the index of the paragraph (blank-line separated block) they sit in. */
function pieces(draft: string): Piece[] {
  const breaks: number[] = [];
  for (const m of draft.matchAll(/\n[ \t]*\n/g)) breaks.push(m.index);
  return sentences(draft).map((span) => ({
    span,
    paragraph: breaks.filter((b) => b < span.start).length,
    text: span.value,
  }));
}

const INLINE_GREETING = /^((?:[Dd]ear|[Hh]i|[Hh]ello|[Hh]ey)(?: (?:Mr|Ms|Mrs|Mx|Dr|Prof)\.)?(?: [A-Z][\p{L}'’-]*){0,3},)\s+(?=\S)/u;

/** "Hi Ana, I'm a junior…" on one line: the greeting becomes its own piece. */
function splitInlineGreeting(all: Piece[]): Piece[] {
  const [head, ...rest] = all;
  const m = head?.text.match(INLINE_GREETING);
  if (!head || !m) return all;
  const cut = m[0].length;
  const greeting: Piece = { ...head, text: m[1]!, span: { ...head.span, end: head.span.start + m[1]!.length, value: m[1]! } };
  const remainder: Piece = { ...head, text: head.text.slice(cut), span: { ...head.span, start: head.span.start + cut, value: head.text.slice(cut) } };
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

function sentence(text: string): string {
  const t = text.trim();
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]["'”’)]*$/.test(capital) ? capital : `${capital}.`;
}

function connectionLine(context: OutreachContext): string {
  const known = context.connection?.trim();
  if (!known) return '[How you are connected, e.g. "Maria Lopez suggested I reach out to you."]';
  // "Maria referred me" reads as a sentence already; "the State U alumni network" does not.
  if (/\b(?:I|we|you|me)\b|\b(?:referred|suggested|recommended|met|attended|introduced)\b/i.test(known)) return sentence(known);
  return `I'm reaching out through ${known.replace(/[.!]+$/, '')}.`;
}

function purposeLine(context: OutreachContext): string {
  const role = context.recipientRole?.trim();
  const org = context.organization?.trim();
  if (role || org) {
    const where = [role ? `as ${/^(?:a|an|the)\b/i.test(role) ? '' : /^[aeiou]/i.test(role) ? 'an ' : 'a '}${role}` : '', org ? `at ${org}` : '']
      .filter(Boolean)
      .join(' ');
    return `I'd love to learn what your work ${where} involves day to day, and how you got into it.`;
  }
  return "I'd love to learn about [your topic, e.g. how you moved into product design and what a typical week looks like].";
}

const INTRO_PLACEHOLDER = '[Who you are in one line, e.g. "I\'m a third-year student exploring careers in …"]';
const TIMES_LINE = "I'm free Tuesday or Wednesday between 10 a.m. and 2 p.m. your time, and happy to work around your schedule.";

function askLine(failed: Set<string>, minutes: number): string | undefined {
  const time = failed.has('outreach.time-ask');
  const format = failed.has('outreach.easy-format');
  if (time && format) return `Would you be open to a ${minutes}-minute phone or video call in the next few weeks?`;
  if (time) return `Would you have ${minutes} minutes for a call in the next few weeks?`;
  if (format) return "I'm happy to talk by phone or video, or to meet near your office, whichever is easiest for you.";
  return undefined;
}

function graciousLine(text: string): string | undefined {
  const { thanks, room } = graciousParts(text);
  if (thanks && room) return undefined;
  if (thanks) return "If now isn't a good time, I completely understand, and I'd be grateful for the name of a colleague who might be open to a short chat.";
  if (room) return 'Thank you for considering it.';
  return "If now isn't a good time, I understand; thank you for considering it.";
}

/** Joins paragraphs of sentences into a message. */
function assemble(greeting: string, paragraphs: string[][], signoff: string[]): string {
  const body = paragraphs.map((p) => p.filter(Boolean).join(' ')).filter(Boolean);
  return [greeting, ...body, signoff.join('\n')].filter(Boolean).join('\n\n');
}

export function rewriteOutreach(draft: string, context: OutreachContext = {}, verdicts = lintOutreach(draft, context)): string {
  const minutes = askMinutes(context);
  const all = splitInlineGreeting(pieces(draft));
  const failed = new Set(verdicts.filter((v) => !v.result.passed).map((v) => v.rule.id));

  // Frame: greeting and sign-off are kept as they are.
  let first = 0;
  let last = all.length;
  let greeting = '';
  if (all[0] && (GREETING.test(all[0].text) || INLINE_GREETING.test(`${all[0].text} x`))) {
    greeting = all[0].text;
    first = 1;
  }
  const closingAt = all.findIndex((p, i) => i >= first && CLOSING.test(p.text) && all.length - i <= 4);
  let signoff: string[] = ['Best regards,', '[Your name]'];
  if (closingAt >= 0) {
    signoff = all.slice(closingAt).map((p) => p.text);
    last = closingAt;
  } else if (all.length - first > 1 && NAME_LINE.test(all.at(-1)!.text)) {
    signoff = [all.at(-1)!.text];
    last = all.length - 1;
  }
  const name = context.recipientName?.trim();
  if (!greeting) greeting = name ? `Dear ${name},` : 'Hello,';

  // Body: drop what breaks a rule, shorten what asks too much.
  // Vague asks ("pick your brain", "learn more about you") give way to the concrete lines added below.
  // But a vague sentence that also does something right ("I'm a recent graduate and interested in
  // your company" introduces the writer) stays: the writer's own words beat a placeholder.
  const doesRight = verdicts.filter((v) => v.result.passed).flatMap((v) => v.result.evidence ?? []);
  const vague = [
    ...failedEvidence(verdicts, 'outreach.specific-purpose'),
    ...failedEvidence(verdicts, 'outreach.proposes-times'),
    ...failedEvidence(verdicts, 'outreach.time-ask').filter((e) => findDurations(e.quote).length === 0),
  ].filter((e) => !overlaps({ start: e.start, end: e.end, value: e.quote }, doesRight));
  const dropped = [...failedEvidence(verdicts, DROPPED_BY), ...vague];
  const credentials = failedEvidence(verdicts, 'outreach.no-credentials-dump');
  const introEvidence = verdicts.find((v) => v.rule.id === 'outreach.introduces-self' && v.result.passed)?.result.evidence ?? [];
  let body = all.slice(first, last).filter((p) => {
    if (overlaps(p.span, dropped)) return false;
    if (credentials.length > 0 && overlaps(p.span, credentials) && !overlaps(p.span, introEvidence)) return false;
    if (failed.has('outreach.plans-ahead') && URGENCY_ONLY.test(p.text)) return false;
    return true;
  });
  body = body.map((p) => {
    let text = failed.has('outreach.time-ask') ? shortenDurations(p.text, minutes) : p.text;
    if (failed.has('outreach.plans-ahead')) text = text.replace(LAST_MINUTE_WORDS, 'in the next few weeks');
    if (credentials.length > 0) text = text.replace(CREDENTIAL_ASIDE, '');
    return { ...p, text };
  });

  // What is still missing once the offending sentences are gone decides what to add.
  const kept = body.map((p) => p.text).join(' ');
  const keptVerdicts = lintOutreach(kept, context);
  const still = new Set(keptVerdicts.filter((v) => !v.result.passed).map((v) => v.rule.id));
  const opening: string[] = [];
  if (still.has('outreach.introduces-self')) opening.push(INTRO_PLACEHOLDER);
  if (still.has('outreach.connection')) opening.push(connectionLine(context));
  if (still.has('outreach.specific-purpose')) opening.push(purposeLine(context));

  const closing: string[] = [];
  const ask = askLine(still, minutes);
  if (ask) closing.push(ask);
  if (still.has('outreach.proposes-times')) closing.push(TIMES_LINE);
  // A "Thanks!" sign-off already thanks them.
  const grace = graciousLine([kept, ...signoff].join(' '));
  if (grace) closing.push(grace);

  // Added lines go right after the writer's own introduction, or open the message when it has none.
  const keptIntro = keptVerdicts.find((v) => v.rule.id === 'outreach.introduces-self' && v.result.passed)?.result.evidence?.[0]?.quote;
  const introAt = keptIntro ? body.findIndex((p) => keptIntro.includes(p.text) || p.text.includes(keptIntro)) : -1;
  const byParagraph = new Map<number, string[]>();
  body.forEach((p, i) => {
    const lines = [...(byParagraph.get(p.paragraph) ?? []), p.text];
    if (i === introAt) lines.push(...opening);
    byParagraph.set(p.paragraph, lines);
  });
  const paragraphs = [...byParagraph.values()];
  if (opening.length > 0 && introAt < 0) paragraphs.unshift(opening);
  if (closing.length > 0) paragraphs.push(closing);

  let message = assemble(greeting, paragraphs, signoff);
  if (context.channel === 'linkedin') return fitLinkedIn(message, greeting, paragraphs, context);
  // Over the word budget: drop kept sentences that no rule relies on, last first.
  const needed = new Set(
    lintOutreach(message, context)
      .filter((v) => v.result.passed)
      .flatMap((v) => v.result.evidence ?? [])
      .map((e) => e.quote),
  );
  while (countWords(message) > EMAIL_WORD_LIMIT) {
    const removable = [...paragraphs.flat()].reverse().find((s) => ![...needed].some((q) => q.includes(s) || s.includes(q)));
    if (!removable) break;
    for (const p of paragraphs) {
      const i = p.indexOf(removable);
      if (i >= 0) p.splice(i, 1);
    }
    message = assemble(greeting, paragraphs, signoff);
  }
  return message;
}

/** Words a connection note can do without, tried before any sentence goes. */
const LINKEDIN_TRIMS: Array<[RegExp, string]> = [
  [/ (?:sometime )?in the (?:next|coming) few weeks(?=[?.!])/g, ''],
  [/ sometime(?=[?.!])/g, ''],
  [/\b(?:really|very|just|so much|truly) /g, ''],
  [/\b(\d+) minutes\b/g, '$1 min'],
  [/\b(\d+)-minute\b/g, '$1-min'],
  [/ with (?:\w+ ){0,3}years? (?:in|of|at) [^,.!?]+/g, ''],
  [/\byour current role\b/g, 'your role'],
  [TIMES_LINE_PATTERN(), 'Free Tue/Wed 10–2?'],
  [/If now isn't a good time, I understand; thank you for considering it\./g, 'Thanks, no worries if not!'],
  [/If now isn't a good time, I completely understand, and I'd be grateful for the name of a colleague who might be open to a short chat\./g, 'No worries if not!'],
];

function TIMES_LINE_PATTERN(): RegExp {
  return new RegExp(TIMES_LINE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g');
}

/** "I'm a nurse with eight years in the ICU and I'm a fellow Tufts alum." → two clauses. */
function clauses(sentence: string): string[] {
  return sentence
    .split(/,? (?:and|but) (?=I(?:['’]|\s))|; /)
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => (/[.!?]["'”’)]*$/.test(c) ? c : `${c}.`));
}

/**
 * A LinkedIn note has no room for a sign-off or a long story: the words it can do without go
 * first, then, one at a time, the clause whose loss costs the least score, until it fits.
 */
function fitLinkedIn(full: string, greeting: string, paragraphs: string[][], context: OutreachContext): string {
  if ([...full].length <= LINKEDIN_NOTE_LIMIT) return full;
  const hi = greeting.replace(/^dear\b/i, 'Hi');
  let units = paragraphs.flat().flatMap(clauses);
  const note = (list: string[]) => [hi, ...list].join(' ').trim();
  const fits = (list: string[]) => [...note(list)].length <= LINKEDIN_NOTE_LIMIT;
  units = units.map((u) => LINKEDIN_TRIMS.reduce((text, [pattern, by]) => text.replace(pattern, by), u));
  const value = (list: string[]) => score(lintOutreach(note(list), { ...context, channel: 'email' }).map(toFinding));
  while (!fits(units) && units.length > 1) {
    let best = -1;
    let bestValue = -1;
    units.forEach((unit, i) => {
      const v = value(units.filter((_, j) => j !== i));
      const better = v > bestValue || (v === bestValue && unit.length > units[best]!.length);
      if (better) {
        best = i;
        bestValue = v;
      }
    });
    units = units.filter((_, j) => j !== best);
  }
  return note(units);
}
