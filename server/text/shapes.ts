import { findDurations } from '../../shared/rules/outreach-rules.ts';
import { ASKS, extractFacts, findTimes, placeholdersIn, type DraftChannel, type OutreachFacts } from './facts.ts';
import { analyse, checkComplete, duplicatedClause, hasVerb } from './nlp.ts';

/**
 * The failure shapes blind readers found in rewritten text, each a mechanical detector: what the
 * evals score every run and what the fresh draft is checked against before it is offered.
 * Each returns the offending words (for a reason a person can read) or undefined.
 */

const GREETING_START = /^(?:dear|hi+|hello|hey+|good (?:morning|afternoon|evening)|greetings)\b/i;
const SIGNOFF = /^(?:best|best wishes|(?:best|kind|warm|warmest|many) regards|regards|warmly|sincerely|yours|thanks|thank you|many thanks|cheers|all the best|gratefully|with gratitude|respectfully|take care)\b[^.!?]{0,30}[,!.]?$/i;

/** Body sentences: not the greeting, not the sign-off, not a [placeholder] line. */
function bodySentences(text: string): string[] {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const body = lines.filter((l, i) => !(i === 0 && GREETING_START.test(l) && l.length < 60) && !SIGNOFF.test(l) && !(i === lines.length - 1 && /^[-–—]?\s*[A-Z\[][\p{L}'’. \]-]{0,40}$/u.test(l)));
  return body.flatMap((l) => analyse(l).sentences.map((s) => s.text));
}

export function duplicatedClauseIn(text: string): string | undefined {
  const sentences = bodySentences(text);
  for (const s of sentences) {
    const d = duplicatedClause(s);
    if (d) return d;
  }
  const norm = sentences.map((s) => s.toLowerCase().replace(/[^\p{L}\d ]/gu, '').replace(/\s+/g, ' ').trim());
  const twice = norm.find((s, i) => s.split(' ').length >= 4 && norm.indexOf(s) !== i);
  if (twice) return twice;
  // A clause of five words or more said in two sentences.
  const seen = new Map<string, number>();
  for (let k = 0; k < norm.length; k++) {
    const w = norm[k]!.split(' ');
    for (let i = 0; i + 5 <= w.length; i++) {
      const key = w.slice(i, i + 5).join(' ');
      if (/^(?:i would love to|would you have \d+|i'm happy to work|happy to work around your|to work around your schedule)/.test(key)) continue;
      const prev = seen.get(key);
      if (prev !== undefined && prev !== k) return key;
      seen.set(key, k);
    }
  }
  return undefined;
}

export function twoGreetings(text: string): string | undefined {
  const found = text
    .split('\n')
    .flatMap((l) => analyse(l).sentences.map((s) => s.text.trim()))
    .filter((s) => GREETING_START.test(s) && !/^hello,? this is\b/i.test(s) && !/^hi,? my name is\b/i.test(s) && s.split(/\s+/).length <= 6);
  return found.length > 1 ? found.join(' / ') : undefined;
}

export function twoAsks(text: string): string | undefined {
  const asks = bodySentences(text).filter((s) => ASKS.test(s) || /^(?:can|could|would|may) (?:we|you|I)\b[^?]*\?$/i.test(s));
  return asks.length > 1 ? asks.join(' / ') : undefined;
}

/** What a placeholder asks for, by its words. */
export function blankKind(p: string): 'name' | 'intro' | 'connection' | 'topic' | 'times' | 'minutes' | 'other' {
  const t = p.toLowerCase();
  if (/\b(?:minutes|how long)\b/.test(t)) return 'minutes';
  if (/\b(?:times?|days?|dates?|availability|free|when)\b/.test(t)) return 'times';
  if (/\b(?:connect\w*|found|referr\w*|suggest\w*|met|mutual|how you know)\b/.test(t)) return 'connection';
  if (/\b(?:who you are|yourself|about you|what you do|your (?:role|background|school|year|major|job)|student|i am|i'm)\b/.test(t)) return 'intro';
  if (/\b(?:topic|learn|field|area|interest|question|work on)\b/.test(t)) return 'topic';
  if (/\bname\b/.test(t)) return 'name';
  return 'other';
}

/** A [placeholder] asking for a fact the writer's draft already gave. */
export function placeholderBesideFact(output: string, facts: OutreachFacts): string | undefined {
  for (const p of placeholdersIn(output)) {
    const kind = blankKind(p.text);
    const had =
      (kind === 'name' && facts.name) ||
      (kind === 'intro' && facts.affiliation) ||
      (kind === 'connection' && facts.connection) ||
      (kind === 'topic' && facts.topic) ||
      (kind === 'times' && facts.times[0]) ||
      (kind === 'minutes' && facts.minutes);
    if (had) return `${p.text} beside "${had.text}"`;
  }
  return undefined;
}

const norm = (t: string) =>
  t
    .toLowerCase()
    .replace(/\b(\d{1,2})(?::00)?\s*([ap])\.?m\.?/g, '$1$2m')
    .replace(/\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/g, '$1')
    .replace(/[^a-z0-9]/g, '');

/**
 * Times that contradict the writer's: a day or hour the draft never named, "the next few weeks"
 * beside the writer's "next Thursday", or other minutes than the writer asked for (up to 30).
 */
export function contradictoryTimes(output: string, facts: OutreachFacts, input = ''): string | undefined {
  // The writer's last-minute times ("this Saturday", "tomorrow") are the ones a rule replaces; a time inside a
  // favour ("shovel spent grain on weekends") was never offered for the meeting.
  const inFavour = (t: { start: number }) => FAVOUR.test(analyse(input).sentences.find((x) => x.start <= t.start && t.start < x.end)?.text ?? '');
  const kept = facts.times.filter((t) => !/^(?:this|today|tonight|tomorrow)\b/i.test(t.text) && !(input && inFavour(t)));
  // Any time the writer named is theirs (keeping "this Friday at 12:30" contradicts nothing).
  const theirs = facts.times.map((t) => norm(t.text));
  const mine = findTimes(output.replace(/\[[^\]]*\]/g, ' '));
  if (theirs.length > 0) {
    const invented = mine.find((t) => !theirs.some((x) => x.includes(norm(t.text)) || norm(t.text).includes(x)));
    if (invented) return `"${invented.text}" is not among the writer's times`;
    const VAGUE = /\b(?:next few weeks|coming weeks|next couple of weeks)\b/i;
    const vague = VAGUE.test(input) ? null : VAGUE.exec(output);
    if (vague && kept[0]) return `"${vague[0]}" beside the writer's "${kept[0].text}"`;
  }
  if (facts.minutes && facts.minutes.value <= 30) {
    const said = [...output.matchAll(/\b(\d{1,3})[\s-]*(?:minutes?|mins?)\b/gi)].map((m) => Number(m[1]));
    const other = said.find((n) => n !== facts.minutes!.value);
    if (other !== undefined) return `${other} minutes where the writer asked for ${facts.minutes.value}`;
  }
  return undefined;
}

const DANGLING = /\b(?:and|or|but|to|the|a|an|of|in|on|at|for|with|from|by|about|your|my|which|that|because|so|reach out|wanted)\s*[?.!]?$/i;

/** A subject cut from a sentence: a finite verb, a pronoun clause, a dangling end, a lowercase start. */
export function subjectFragment(subject: string | undefined): string | undefined {
  if (!subject) return undefined;
  const s = subject.trim();
  if (!/^[\p{Lu}\d]/u.test(s)) return 'starts in lowercase';
  if (DANGLING.test(s)) return 'ends on a dangling word';
  if (/\b(?:I|I['’]m|I['’]d|we|wanted|and wanted)\b/.test(s)) return 'holds a clause of the message';
  if (/\.\.\.|…/.test(s)) return 'is cut';
  const { tokens } = analyse(s);
  // A verb used as a noun's modifier ("grant writing", "reuse projects") is no clause.
  const verb = tokens.find((t, i) => t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text) && tokens[i - 1]?.text.toLowerCase() !== 'to' && !/^(?:NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? '') && !/ing$/i.test(tokens[i + 1]?.text ?? '') && !/^(?:request|chat|call|talk|question|visit|work|path|move)$/i.test(t.text)));
  if (verb && !/^(?:request|informational)/i.test(s)) return `holds the verb "${verb.text}"`;
  return undefined;
}

/** A body sentence with no verb ("Your move from consulting to Clearwater Utilities."). */
export function sentenceWithoutVerb(text: string): string | undefined {
  return bodySentences(text.replace(/\[[^\]]*\]/g, 'it')).find((s) => s.split(/\s+/).length >= 3 && !hasVerb(s) && !/:$/.test(s));
}

/** "and why", "if so", "and what you learned" left from a clause cut or pasted without its grammar. */
export function andWhyLeftover(text: string): string | undefined {
  for (const s of bodySentences(text)) {
    const m = /\b(?:and why|or why|if so|and also)\b(?!\s*[?.!]?$)/i.exec(s) ?? /,\s*(?:and|or|but|also)\s*[?.!]$/i.exec(s) ?? /\b(?:and|if so|also)\s*[?.!]$/i.exec(s);
    if (m) return s;
  }
  return undefined;
}

/** A favour beyond the conversation: pay, a review, a referral, a job, introductions. */
export const FAVOUR =
  /\b(?:how much (?:do|did|does|would|will) [^.!?]{0,40}\b(?:make|earn|get paid|take home)|what(?:['’]s| is| does)? (?:it|the job|that) pay|what (?:do|did) you (?:make|earn)|what (?:are|were) you making|your (?:salary|pay|income)\b|(?:salary|pay) (?:range|band)|(?:review|look (?:over|at)|read|edit|critique|proofread|mark up) my (?:[\w-]+ ){0,2}?(?:resume|résumé|cv|portfolio|cover letter|essay|statement|personal statement|application|paper|draft|reel)|(?:refer|recommend|referring|recommending) me\b|(?:a|an internal|your) referral\b|(?:put|throw) (?:in )?(?:a good word|my name in)|pass (?:along|on) my (?:resume|résumé|cv|info|name)|send my (?:info|resume|résumé|cv)|letter of recommendation|(?:are|is) (?:you|your (?:team|company|firm)|y['’]all|u guys|you guys) hiring|any (?:open )?(?:openings|positions|vacancies)|(?:keep|have) me in mind|(?:be )?kept in mind|if (?:you|your team) (?:ever )?(?:need|needs) (?:an? )?(?:intern|another|someone|help)|send (?:me )?(?:those |some |the )?(?:intros|introductions|examples|templates|a list)|intro(?:duce)? me to|when can i start|i need (?:work|a job)|(?:do you )?know anyone (?:on|at|in|who)|what(?:['’]s| is) the pay|how(?:['’]s| is) the pay|send me (?:your|the|a copy)|want to work (?:at|for) your|(?:reply|respond|get back to me) (?:asap|urgently|as soon as possible)|an intro(?:duction)? would|supervise me|(?:taking|accepting) (?:new |any )?(?:graduate )?students|(?:get|help) me (?:a job|hired|on a set|in the door|an interview))\b/i;

/** A sentence that still asks a favour (pay, a review, a referral, a job). */
export function leftoverFavour(text: string): string | undefined {
  return bodySentences(text).find((s) => FAVOUR.test(s));
}

/** Words that are no topic: days and times, the writer themself, a page they read, pay, a stray reaction. */
const STRAY = /^(?:(?:the |a |an |some |few |next |this |last )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|days?|weeks?|months?|mornings?|afternoons?|evenings?|weekends?|weekdays?|\d{1,2}(?:st|nd|rd|th)?|tomorrow|today|tonight)(?:\s+(?:and|or)\s+(?:\w+days?|mornings?|afternoons?|evenings?))*|(?:my|me|myself|i)\b.*|.*\b(?:website|web ?site|page|profile|tiktok|instagram|post|posts|video|videos|article)\b.*|(?:pay|money|no money|salary|the debt|worth the debt)|.*\b(?:lol|lmao|omg)\b.*|.*\p{Extended_Pictographic}.*)$/iu;

/** Whether a topic phrase is stray words, not something to learn about ("Tuesdays and Thursdays", "my first attempt", "the Rollins alumni page"). */
export function isStrayTopic(topic: string): boolean {
  const t = topic.trim().replace(/[.?!]+$/, '');
  return STRAY.test(t) || /\b(?:and|or|the|a|of|to|in|at|for)$/i.test(t) || /^(?:you|you and your \w+|it|that|this|things|stuff|everything|few weeks)$/i.test(t);
}

/** "learn about Tuesdays and Thursdays", "20 minutes on days?": a topic made of stray words. */
export function strayTopic(text: string): string | undefined {
  const slots = [
    ...text.matchAll(/\b(?:learn|hear|know|ask you|talk|chat)(?: more)? about ([^.?!\n]+?)(?:[.?!]|,| in a | by | for | and would|$)/gi),
    ...text.matchAll(/\b(?:minutes|call|chat) on ([^.?!\n]+?)\?/gi),
  ];
  for (const m of slots) {
    const topic = m[1]!.trim();
    if (STRAY.test(topic) || /\b(?:and|or|the|a|of)$/i.test(topic)) return topic;
  }
  return undefined;
}

/** "phone or video" said on a phone call, or beside a meeting in person. */
export function formatClash(text: string, channel: DraftChannel): string | undefined {
  const m = /\b(?:by phone or video|phone or video call|for a (?:phone|video) call)\b/i.exec(text);
  if (!m) return undefined;
  if (channel === 'phone-script') return `"${m[0]}" on a phone call`;
  const inPerson = /\b(?:grab (?:a )?coffee|over coffee|for coffee|in person|in-person|stop by|come by|swing by|drop by|meet (?:you )?at (?:the|your)|(?:can|could) meet you\b)\b/i.exec(text);
  return inPerson ? `"${m[0]}" beside "${inPerson[0]}"` : undefined;
}

/** The writer's minutes ("15 minutes", "an hour") changed to another amount. */
export function changedTimeAmount(output: string, facts: OutreachFacts): string | undefined {
  if (!facts.minutes) return undefined;
  const theirs = facts.minutes.value;
  const said = findDurations(output.replace(/\[[^\]]*\]/g, ' ')).map((d) => d.minutes).filter((n) => n > 0);
  // A range the writer gave ("15-20 minutes") keeps either end.
  const range = /(\d{1,3})\s*(?:-|–|to|or)\s*(\d{1,3})\s*(?:minutes?|mins?)/i.exec(facts.minutes.text + ' ' + (output.match(/\d{1,3}\s*(?:-|–|to|or)\s*\d{1,3}\s*(?:minutes?|mins?)/i)?.[0] ?? ''));
  const other = said.find((n) => n !== theirs && !(range && (n === Number(range[1]) || n === Number(range[2]))));
  return other !== undefined ? `${other} minutes where the writer asked for ${theirs}` : undefined;
}

/** A LinkedIn connection note over its 300 characters. */
export function overNoteLimit(text: string, channel: DraftChannel): string | undefined {
  const n = [...text.trim()].length;
  return channel === 'linkedin-note' && n > 300 ? `${n} characters in a connection note` : undefined;
}

/** The writer's facts (who they are, the connection, the topic, the times) missing from the output. */
export function lostFacts(input: string, output: string, facts: OutreachFacts, _edits?: unknown): string[] {
  void input;
  const squash = (t: string) => t.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();
  const out = squash(output);
  return [facts.name, facts.affiliation, facts.connection, facts.topic, ...facts.times]
    .filter((f): f is NonNullable<typeof f> => f !== undefined && f.text.trim().length > 0)
    .filter((f) => !out.includes(squash(f.text)))
    .map((f) => f.text);
}

export interface ShapeReport {
  duplicatedClause?: string;
  twoGreetings?: string;
  twoAsks?: string;
  placeholderBesideFact?: string;
  contradictoryTimes?: string;
  subjectFragment?: string;
  sentenceWithoutVerb?: string;
  andWhyLeftover?: string;
  /** A topic made of stray words ("learn about Tuesdays and Thursdays"). */
  strayTopic?: string;
  /** "phone or video" on a call or beside a meeting in person. */
  formatClash?: string;
  /** The writer's minutes changed. */
  changedTimeAmount?: string;
  /** A connection note over 300 characters. */
  overNoteLimit?: string;
  /** A sentence that still asks a favour (pay, review, referral, job). */
  leftoverFavour?: string;
  /** A [placeholder] the writer's draft did not have. */
  placeholder?: string;
}

/** The shapes the output has and the draft did not: what an edit introduced (the writer's own sentences are theirs). */
export function newShapes(input: string, output: string, subject?: string, facts: OutreachFacts = extractFacts(input)): ShapeReport {
  const before = outreachShapes(input, input, undefined, facts);
  const after = outreachShapes(input, output, subject, facts);
  const out: ShapeReport = {};
  for (const [k, v] of Object.entries(after) as Array<[keyof ShapeReport, string]>) if (before[k] === undefined) out[k] = v;
  // An edit never adds a [blank]: the writer's own blanks are theirs; a new one makes the draft unsendable.
  const added = placeholdersIn(output).map((p) => p.text).find((p) => !input.includes(p));
  if (added) out.placeholder = added;
  return out;
}

/** Every shape, on an outreach output against the draft it came from. */
export function outreachShapes(input: string, output: string, subject?: string, facts: OutreachFacts = extractFacts(input)): ShapeReport {
  const r: ShapeReport = {};
  const set = <K extends keyof ShapeReport>(k: K, v: string | undefined) => {
    if (v !== undefined) r[k] = v;
  };
  set('duplicatedClause', duplicatedClauseIn(output));
  set('twoGreetings', twoGreetings(output));
  set('twoAsks', twoAsks(output));
  set('placeholderBesideFact', placeholderBesideFact(output, facts));
  set('contradictoryTimes', contradictoryTimes(output, facts, input));
  set('subjectFragment', subjectFragment(subject));
  set('sentenceWithoutVerb', sentenceWithoutVerb(output));
  set('andWhyLeftover', andWhyLeftover(output));
  set('strayTopic', strayTopic(`${subject ? `${subject}\n` : ''}${output}`));
  set('formatClash', formatClash(output, facts.channel));
  set('changedTimeAmount', changedTimeAmount(output, facts));
  set('overNoteLimit', overNoteLimit(output, facts.channel));
  set('leftoverFavour', leftoverFavour(output));
  return r;
}

/** The shapes that apply to one question (a rephrasing or an alternative). */
export function questionShapes(question: string): ShapeReport {
  const r: ShapeReport = {};
  const dup = duplicatedClause(question);
  if (dup) r.duplicatedClause = dup;
  if (!hasVerb(question)) r.sentenceWithoutVerb = question;
  const left = /\b(?:and why|or why|if so|and also)\b(?!\s*[?.!]?$)/i.exec(question) ?? /,\s*(?:and|or|but)\s*[?.!]$/i.exec(question);
  if (left) r.andWhyLeftover = left[0];
  const complete = checkComplete(question);
  if (!complete.complete && !r.andWhyLeftover && !r.duplicatedClause && !r.sentenceWithoutVerb) r.andWhyLeftover = complete.problems.join('; ');
  return r;
}
