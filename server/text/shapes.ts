import { withRegisterFixed } from './register.ts';
import { findDurations } from '../../shared/rules/outreach-rules.ts';
import { isSpace, replaceBrackets, stripEnd, stripEndPoints } from '../../shared/text/scan.ts';
import { ASKS, extractFacts, findTimes, placeholdersIn, type DraftChannel, type OutreachFacts } from './facts.ts';
import { analyse, checkComplete, duplicatedClause, hasVerb, sentenceTexts } from './nlp.ts';
import { memoByText } from './memo.ts';
import { isContactLine, isStrayPhrase, minutesOnTopics } from './linear-scans.ts';

/**
 * The failure shapes blind readers found in rewritten text, each a mechanical detector: what the
 * evals score every run and what the fresh draft is checked against before it is offered.
 * Each returns the offending words (for a reason a person can read) or undefined.
 */

const GREETING_START = /^(?:dear|hi+|hello|hey+|good (?:morning|afternoon|evening)|greetings)\b/i;
const SIGNOFF = /^(?:best|best wishes|(?:best|kind|warm|warmest|many) regards|regards|warmly|sincerely|yours|thanks|thank you|many thanks|cheers|all the best|gratefully|with gratitude|respectfully|take care)\b[^.!?]{0,30}[,!.]?$/i;

/** Body sentences: not the greeting, not the sign-off, not a [placeholder] line. */
function bodySentences(text: string): readonly string[] {
  const known = BODY_SENTENCES.get(text);
  if (known) return known;
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const body = lines.filter((l, i) => !(i === 0 && GREETING_START.test(l) && l.length < 60) && !SIGNOFF.test(l) && !(i === lines.length - 1 && /^[-–—]?\s*[A-Z\[][\p{L}'’. \]-]{0,40}$/u.test(l)));
  const made = Object.freeze(body.flatMap((l) => sentenceTexts(l)));
  if (BODY_SENTENCES.size >= BODY_TEXTS) BODY_SENTENCES.delete(BODY_SENTENCES.keys().next().value!);
  BODY_SENTENCES.set(text, made);
  return made;
}
/**
 * The body sentences of the last texts asked: four detectors read them of each candidate set of
 * edits the edit policy weighs (the clause said twice, two asks, the verb, the leftover "and why").
 */
const BODY_TEXTS = 8;
const BODY_SENTENCES = new Map<string, readonly string[]>();

/** The five-word clauses of a normalised sentence that can count as said twice, in order (the stock phrases every ask shares left out). */
const CLAUSE_KEYS = new Map<string, readonly string[]>();
function clauseKeys(norm: string): readonly string[] {
  const known = CLAUSE_KEYS.get(norm);
  if (known) return known;
  const w = norm.split(' ');
  const keys: string[] = [];
  for (let i = 0; i + 5 <= w.length; i++) {
    const key = w.slice(i, i + 5).join(' ');
    if (/^(?:i would love to|would you have \d+|i'm happy to work|happy to work around your|to work around your schedule)/.test(key)) continue;
    keys.push(key);
  }
  // Bounded: at most 1,024 sentences of at most 1,000 characters kept (a run-on of thousands is read each time).
  if (norm.length > 1_000) return keys;
  if (CLAUSE_KEYS.size >= 1_024) CLAUSE_KEYS.clear();
  CLAUSE_KEYS.set(norm, Object.freeze(keys));
  return keys;
}

/** Per sentence, remembered (`memo.ts`): a candidate set of edits keeps most of the draft's sentences. */
const clauseOf = memoByText(duplicatedClause);
const normalised = memoByText((s: string) => s.toLowerCase().replace(/[^\p{L}\d ]/gu, '').replace(/\s+/g, ' ').trim());
const verbIn = memoByText(hasVerb);
export const asksForMeetingMemo = memoByText((s: string) => asksForMeeting(s));

export function duplicatedClauseIn(text: string): string | undefined {
  const sentences = bodySentences(text);
  for (const s of sentences) {
    const d = clauseOf(s);
    if (d) return d;
  }
  const norm = sentences.map(normalised);
  const twice = norm.find((s, i) => s.split(' ').length >= 4 && norm.indexOf(s) !== i);
  if (twice) return twice;
  // A clause of five words or more said in two sentences.
  const seen = new Map<string, number>();
  for (let k = 0; k < norm.length; k++) {
    for (const key of clauseKeys(norm[k]!)) {
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
    .flatMap((l) => sentenceTexts(l).map((s) => s.trim()))
    .filter((s) => GREETING_START.test(s) && !/^hello,? this is\b/i.test(s) && !/^hi,? my name is\b/i.test(s) && s.split(/\s+/).length <= 6);
  return found.length > 1 ? found.join(' / ') : undefined;
}

/**
 * The writer's own ask in their own phrasing, beyond the stock shapes: "request the honour of a 30-minute
 * informational interview", "Let me know if you're around sometime", "would welcome a conversation",
 * "I would appreciate a brief call", "Would love to hop on a call", "grateful if someone … could speak with me".
 */
export const WRITER_ASK =
  /\b(?:request (?:the (?:honou?r|pleasure|favou?r) of )?(?:a |an )?[\w -]{0,30}(?:interview|meeting|call|conversation|chat)|(?:would|will|shall) (?:really |truly |greatly |so |very much |sincerely )?(?:welcome|appreciate|value|love|like|enjoy) (?:a|an|the (?:chance|opportunity)|any|some|the|hearing|to (?:hear|learn|talk|chat|speak|connect|meet|hop|jump|get))\b[^.!?\n]{0,60}\b(?:call|chat|talk|conversation|speak|minutes?|mins?|meet|coffee|zoom|hear|learn|story|advice)|let me know if you(?:['’]re| are| would be| have)? (?:around|free|available|open|up for|have (?:a few|some|time))|(?:lmk|let me know) (?:if|when) (?:u|you)(?:['’]re| r| are)? (?:free|around|down|open)|(?:hop|jump|get) on a (?:quick |short )?(?:call|zoom|phone call)|grateful if (?:you|someone|anyone)\b[^.!?\n]{0,60}\b(?:speak|talk|chat|meet|call)|(?:got|have|any chance (?:you (?:have|could spare)|of)) (?:\d{1,2}|a few|five|ten|fifteen|twenty) (?:min|mins|minutes)\b|(?:could|can|may) (?:I|we) (?:ask you|borrow|have|steal) (?:for )?\d{1,2}\s*(?:min|mins|minutes)|(?:happy|glad|love) to (?:buy you (?:a )?coffee|grab (?:a )?coffee|meet (?:you|up))|(?:open|up) (?:to|for) (?:a |an )?(?:quick |short |brief )?(?:call|chat|coffee|conversation|zoom)|(?:still|also) love (?:\d{1,2}|a few|some) (?:min|mins|minutes)|(?:if|whether) you(?:['’]d| would| might| could)?(?: ever)?(?: be)? (?:willing|open|able|up for|have time) to (?:talk|chat|speak|meet|share)|willing to (?:talk|chat|speak|meet|share)\b|\b(?:I|we) (?:can|could) (?:swing|stop|come|drop|pop) (?:by|in|over)\b[^.!?\n]*\?|\bneed (?:like |just |only )?(?:\d{1,2}|a few|five|ten|fifteen|twenty) (?:min|mins|minutes)\b|\b(?:I['’]d|I would|would) (?:really )?love to (?:hear|chat|talk) more\b)/i;

/** A sentence that asks for the conversation, in the stock shapes or the writer's own phrasing. */
export function asksForMeeting(sentence: string): boolean {
  if (/^(?:I['’]m|I am) (?:happy|glad|free|available)\b/i.test(sentence)) return false;
  return ASKS.test(sentence) || WRITER_ASK.test(sentence) || /^(?:can|could|would|may) (?:we|you|I)\b[^?]*\?$/i.test(sentence);
}

export function twoAsks(text: string): string | undefined {
  const asks = bodySentences(text).filter((s) => asksForMeetingMemo(s));
  return asks.length > 1 ? asks.join(' / ') : undefined;
}

/** Common closings, and the short casual ones ("blessings!!", "tysm 💕", "xo", "lmk"). */
const CLOSING_WORD = /^(?:with )?(?:best|best wishes|(?:best|kind|warm|warmest|many) regards|regards|warmly|sincerely|yours(?: faithfully| truly| sincerely)?|thanks|thx|ty|tysm|thank you(?: so much)?|many thanks|cheers|all the best|gratefully|with gratitude|respectfully|take care|talk soon|blessings|xo+|xoxo|love|peace|v\/r|ngā mihi|merci|gracias)\b[^\n]{0,30}$/iu;
/** A signature's contact line: a phone number, an address, a link. */
const CONTACT_LINE = { test: isContactLine };
/** A name alone on a line: "Caleb", "-ava", "— Priyanka Menon", "Sam W.". */
const NAME_LINE = /^(?:[-–—~]\s*\p{L}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*){0,2}|\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}(?:, ?\p{Lu}[\p{L}.]{0,7}){0,2})\s*$/u;
/**
 * A one-paragraph note signed at the end of its last line: a closing word, a comma or "!", and a name of
 * up to three capitalised words, initials allowed ("…after 4pm MT is great. Gracias, Lucía", "…openings.
 * Regards, R. Venkataraman"). The closing words are checked by CLOSING_WORD.
 */
const INLINE_SIGNOFF = /(?<=[.!?)])[ \t]+(\p{L}[\p{L} ]{0,24}?)[,!][ \t]+\p{Lu}[\p{L}'’-]*\.?(?:[ \t]+\p{Lu}[\p{L}'’-]*\.?){0,2}[ \t]*$/u;
/** Where an inline sign-off ends a one-paragraph note (the space before it), if it does. */
export function inlineSignoffAt(text: string): number | undefined {
  const m = INLINE_SIGNOFF.exec(text.trimEnd());
  return m && CLOSING_WORD.test(m[1]!) ? m.index : undefined;
}

/**
 * Where the closing starts: the sign-off line ("Best,", "blessings!!", "tysm 💕"), the name, and the
 * contact lines under it. The length of the text when the message has none.
 */
export function closingStart(text: string): number {
  const lines: Array<{ text: string; start: number }> = [];
  let at = 0;
  for (const l of text.split('\n')) {
    lines.push({ text: l.trim(), start: at });
    at += l.length + 1;
  }
  let i = lines.length - 1;
  while (i >= 0 && lines[i]!.text === '') i--;
  const end = i;
  while (i >= 0 && CONTACT_LINE.test(lines[i]!.text) && end - i < 4) i--;
  const contact = i < end ? i + 1 : -1;
  let start = -1;
  if (i >= 0 && NAME_LINE.test(lines[i]!.text) && lines[i]!.text.split(/\s+/).length <= 4 && i > 0) {
    start = i;
    i--;
  }
  while (i >= 0 && lines[i]!.text === '') i--;
  const close = lines[i]?.text ?? '';
  if (i > 0 && (CLOSING_WORD.test(stripEndPoints(close, (c) => isSpace(c) || '!,.'.includes(c) || /\p{Extended_Pictographic}/u.test(c)).trim()) || (/^[^.!?]{1,25}[,!]+[\s\p{Extended_Pictographic}]*$/u.test(close) && start >= 0))) start = i;
  else if (start >= 0) {
    // "…lmk asap tysm 💕\n-ava": a closing word at the end of the last body line stays with the body;
    // the closing is the name line.
  }
  // A link or number on the last line(s) with no sign-off: nothing goes after it ("…lol\nsoundcloud.com/x. Would you…").
  if (start < 0 && contact > 0) start = contact;
  if (start < 0) {
    const inline = inlineSignoffAt(text);
    if (inline !== undefined) return inline;
    // A one-paragraph note signed on its last line: "…Totally fine if not. - Imani".
    const dashed = /\s[-–—~][ \t]*[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’.-]+)?\s*$/u.exec(text);
    return dashed ? dashed.index : text.trimEnd().length;
  }
  // The closing starts where the body's last words end (an insertion there stays above the line break).
  let at0 = lines[start]!.start;
  while (at0 > 0 && /\s/.test(text[at0 - 1]!)) at0--;
  return at0;
}

/** Words the writer wrote after the draft's sign-off that the output moved, or new words put after it ("blessings!!\nCaleb. Thank you…"). */
export function textAfterSignoff(input: string, output: string): string | undefined {
  const at = closingStart(input);
  const closing = input.slice(at).trim();
  if (!closing || at >= input.trimEnd().length) return undefined;
  const tail = output.trimEnd();
  if (tail.endsWith(closing)) return undefined;
  // Only the writer's own closing, kept whole but no longer last (a fresh draft has a closing of its own).
  const i = tail.lastIndexOf(closing);
  return i >= 0 ? tail.slice(i).replace(/\s+/g, ' ').slice(0, 120) : undefined;
}

/** A subject line that still names the favour the edits took out ("Referral for SOC Analyst II", "Quick favor"). */
export const SUBJECT_FAVOUR = /\b(?:referr?al|refer|favou?r|application|applying|apply|position|opening|job|hiring|role at|req(?:uisition)? ?#?\d*|intro(?:duction)? to|resume|résumé|cv|portfolio|recommendation|feedback|(?:take|taking) a look|look (?:over|at) my|critique|mentor(?:ship)?|interested candidate|candidate|internship - |opportunit(?:y|ies))(?!\w)/i;
export function favourInSubject(subject: string | undefined, body: string): string | undefined {
  if (!subject) return undefined;
  const m = SUBJECT_FAVOUR.exec(subject);
  if (!m) return undefined;
  // The body still asks it: the subject agrees with the body (leftoverFavour counts that).
  return leftoverFavour(body) ? undefined : m[0];
}

/** What an attachment or favour sentence talks about: a sentence left pointing at it after it went. */
const ATTACHED = /\b(?:r[eé]sum[eé]s?|cv|portfolio|transcripts?|reel|lookbook|cover letter|writing samples?|job (?:link|posting|description)|the (?:link|posting|req)|references?|work samples?)(?!\w)/i;
export function danglingReference(input: string, output: string): string | undefined {
  const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
  // The output's sentences are split only when a sentence about an attachment or a favour is gone
  // (the edit policy asks this of every candidate set of edits, against the whole draft).
  let keptSet: Set<string> | undefined;
  const kept = () => (keptSet ??= new Set(sentenceTexts(output).map(squash)));
  const goneThing = sentenceTexts(input).map(squash).find((s) => !output.includes(s) && (ATTACHED.test(s) || FAVOUR.test(s)) && !kept().has(s));
  if (!goneThing) return undefined;
  const thing = ATTACHED.exec(goneThing)?.[0];
  return [...kept()].find((s) => (/\b(?:send|sent|forward|attach|share|pass)\w*\b[^.!?]{0,40}\b(?:them|it|those|these)\b/i.test(s) || (thing && new RegExp(`\\b${thing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(s))) && input.includes(s));
}

const DAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/gi;
/** "I'm free Friday" in the output where the writer's Friday was a deadline or a date, not an offer of time. */
export function availabilityNotOffered(input: string, output: string): string | undefined {
  const offers = [...output.matchAll(/\b(?:I['’]m|I am) (?:free|available|around|open)\b[^.!?\n]{0,60}/gi)];
  for (const o of offers) {
    for (const d of o[0].match(DAY) ?? []) {
      // The writer offered that day: in a sentence of theirs that offers time.
      const theirs = analyse(input).sentences.some((s) => new RegExp(`\\b${d}`, 'i').test(s.text) && /\b(?:free|available|around|open|works?|could (?:do|meet|talk)|can (?:do|meet|talk)|how about|does|would|any time|anytime|after|before|morning|afternoon|evening)\b/i.test(s.text) && !/\b(?:hear back|deadline|due|by (?:this |next )?\w+day|sent|emailed|wrote)/i.test(s.text) && (!/\bon (?:mon|tues|wednes|thurs|fri|satur|sun)day,? \w+ \d/i.test(s.text) || /\b(?:free|available)\b/i.test(s.text)));
      if (!theirs) return o[0];
    }
  }
  return undefined;
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
  const mine = findTimes(replaceBrackets(output, ' '));
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
  return bodySentences(replaceBrackets(text, 'it')).find((s) => s.split(/\s+/).length >= 3 && !verbIn(s) && !/:$/.test(s));
}

/** "and why", "if so", "and what you learned" left from a clause cut or pasted without its grammar. */
export function andWhyLeftover(text: string): string | undefined {
  for (const s of bodySentences(text)) {
    const m = /\b(?:and why|or why|if so|and also)\b(?!\s*[?.!]?$)/i.exec(s) ?? /,\s*(?:and|or|but|also)\s*[?.!]$/i.exec(s) ?? /\b(?:and|if so|also)\s*[?.!]$/i.exec(s);
    if (m) return s;
  }
  return undefined;
}

/**
 * A job plea: the writer offers themself for work rather than asking about it — their availability to
 * start ("I'm available to begin right away", "can start any day"), an offer to do any work ("I'll do
 * whatever", "I'd take anything"), a wish to join the recipient's crew or team, being "a strong fit", a sentence that says
 * they seek a role or position, their background "adding value" to the team, dropping a résumé off in
 * person, a word on referrals, being put on a list of openings, the recipient's contacts or suppliers
 * asked for. Round 8 readers on edited drafts: each of these left beside the inserted ask keeps the
 * message a job approach ("still a job pitch", "leftover internship plea", "still asks a favour").
 */
export const JOB_PLEA =
  /\b(?:(?:i['’]?m|i am|im) (?:also )?(?:available|free|ready|able|eager) to (?:start|join|begin|come on|work\b(?! around| with))|(?:can|could) (?:start|begin|join) (?:any ?(?:day|time|week)|whenever|right away|straight away|immediately|asap|tomorrow|this week)|i['’]?(?:d|ll|m| would| will| am)? ?(?:honestly |literally |happily |gladly |willing to |open to )?(?:do|take) (?:anything|whatever|any (?:job|work|role|position))\b(?! (?:time|works?|suits?|you|is convenient))|(?:get|come|be|start) on (?:your|ur) (?:crew|team|staff|roster|payroll)\b|(?:love|like|want|hope|eager|excited|keen) to join (?:your|ur) (?:crew|team|staff|shop|firm|kitchen|company)\b|(?:seeking|looking for|lookin for|pursuing|in search of) (?:an? |the )?(?:(?!(?:into|on|about|of|in|from|with|to|what|how)\b)[\w-]+ ){0,4}?(?:role|position|job|gig|opening|vacancy|placement|apprenticeship)s?\b|(?:seeking|looking for|lookin for) (?:work|employment)\b|\b(?:i|my)\b[^.!?\n]{0,50}\b(?:add|bring) (?:immediate |real |a lot of |significant )?value to (?:your|the|ur)\b|how my (?:background|skills|experience|profile) (?:could|can|would|might) (?:add|bring|benefit|help|fit)\b|(?:i am|i['’]m|im|i['’]d be|i would be) (?:a |an )?(?:really |very )?(?:strong|great|good|perfect|ideal|excellent) (?:fit|match|candidate)\b|(?:come|stop|swing|drop|pop) (?:by|in|over)\b[^.!?\n]{0,40}\b(?:resume|résumé|cv)(?!\w)|(?:drop off|bring|hand you|bring you) (?:a copy of )?my (?:resume|résumé|cv)(?!\w)|get my (?:resume|résumé|cv) (?:in front of|to|into)\b|referrals? (?:make|makes|go|goes|help|helps|matter|matters|count)\b|(?:(?:be )?added|be put|add me|put me) (?:on|to) (?:any |your |the )?(?:listservs?|mailing lists?|job lists?|distribution lists?|email lists?)\b|(?:share|sharing|send me|pass along|give me)\b[^.!?\n]{0,40}\byour (?:[\w-]+ )?(?:contacts|suppliers?|vendors?|client list)\b)/i;

/** A favour beyond the conversation: pay, a review, a referral, a job, introductions. */
const FAVOUR_ASK =
  /\b(?:how much (?:do|did|does|would|will) [^.!?]{0,40}\b(?:make|earn|get paid|take home|pay)|what(?:['’]s| is| does)? (?:it|the job|that) pay|what (?:do|did) you (?:make|earn)|what you (?:make|earn|clear|take home|bring home)\b|what (?:are|were) you making|your (?:salary|pay|income)\b|(?:salary|pay) (?:range|band)|(?:review|look (?:over|at)|read|edit|critique|proofread|mark up) my (?:[\w-]+ ){0,2}?(?:resume|résumé|cv|portfolio|cover letter|essay|statement|personal statement|application|paper|draft|reel)|(?:refer|recommend|referring|recommending) me\b|(?:a|an|your)(?: internal| employee| staff| inside)? referral\b|(?:put|throw) (?:in )?(?:a good word|my name in)|pass (?:along|on) my (?:resume|résumé|cv|info|name)|send my (?:info|resume|résumé|cv)|letter of recommendation|(?:are|is|r) (?:you|u|they|your (?:team|company|firm|studio|shop)|y['’]all|u guys|you guys) (?:\w+ )?hiring|any (?:open )?(?:openings|positions|vacancies)|(?:keep|have) me in mind|(?:be )?kept in mind|if (?:you|your team) (?:ever )?(?:need|needs) (?:an? )?(?:intern|another|someone|help)|send (?:me )?(?:those |some |the )?(?:intros|introductions|examples|templates|a list)|intro(?:duce)? me to|when can i start|i need (?:work|a job)|(?:do you )?know anyone (?:on|at|in|who)|what(?:['’]s| is) the pay|how(?:['’]s| is) the pay|send me (?:your|the|a copy)|want to work (?:at|for) your|(?:reply|respond|get back to me) (?:asap|urgently|as soon as possible)|an intro(?:duction)? would|supervise me|(?:taking|accepting) (?:new |any )?(?:graduate )?students|(?:get|help) me (?:a job|hired|on a set|in the door|an interview)|(?:would|will|could) (?:be|make) (?:a )?(?:great|good|strong|valuable) (?:addition|asset|fit)|(?:i['’]d|i would|i['’]ll|i will) be a (?:great|good|perfect) fit|(?:i can|i could|ready to) start (?:monday|tomorrow|immediately|right away|asap|next week|any ?time)|i['’]m (?:a )?(?:really |super |very )?hard[- ]work(?:er|ing)|i work (?:super |really |very )?hard\b|(?:me )?coming on(?: board)?\b|talk (?:to you )?about (?:a|the) (?:job|position|role)|be my mentor|mentor me|(?:meet|call|talk) (?:every|each) week|introductions? to (?:your |the )?(?:department heads|hiring|recruiters?|team leads|managers)|(?:interest|interested) in (?:a|the|your|any) [\w -]{0,40}(?:position|opening|role|internship|vacancy)\b|(?:what|how much) (?:do you|you) (?:clear|bring home|pull in)|six figures|(?:your|the) bonus|would (?:\w+ )?hire (?:someone|somebody|me)|taking (?:any )?(?:lateral|new) (?:analysts|hires|associates)|any (?:open )?roles|(?:lmk|let me know) (?:if|when) there['’]s (?:a )?(?:fit|spot|opening|role)|(?:a )?fit on your team|vouch for me|(?:listen to|look at|check out|watch|play|review|rate|critique) (?:my|the) (?:beats?|music|mix(?:tape)?|demo|tracks?|songs?|designs?|art|drawings?|video|film|game|work|website|site)\b[^.!?\n]{0,40}\b(?:tell me|let me know|give me)|tell me (?:if|whether) (?:i['’]?m|im|it['’]?s|its|i am|it is) good enough|good enough to (?:get hired|make it|work)|(?:do|does) (?:you|your \w+) need (?:a|an|any|another) (?:helper|hand|apprentice|assistant|intern|employee|worker|designer)|send them my way|tear it apart|(?:if|whether) [\w ]{1,30}? (?:is|are) (?:still )?hiring|(?:what|how much) (?:they|you|u|it|the (?:job|role|position)|\w+s) (?:pay|get paid|make|(?:are |r )?making)\b|(?:taking|accepting|hiring|looking for) (?:on )?(?:any |new |more |summer |fall |spring )*(?:interns|applications|hires)|(?:work|help out|intern|volunteer|stage|shifts?)\b[^.!?\n]{0,40}\bfor free\b|(?:what|how) (?:the|your) comp(?:ensation)? (?:looks|is)|flag my application|so (?:that )?you (?:can|could|might) (?:get to )?know me|(?:forward|pass|send) my application|(?:let them|tell them) know I come recommended)(?!\w)|(?:seeking|looking for|open to) (?:new |job |career |exciting )?opportunit(?:y|ies)|(?:anything|something) opening up|(?:great|good|perfect|strong|excellent|ideal) fit for (?:a|an|the|your)\b|(?:like|love|want) to work in (?:your|the) (?:office|kitchen|shop|lab|studio|clinic)|check out my (?:reel|demo|portfolio|work|website|channel)|tell me what you(?:['’]d| would) change|letter of rec\b|rec letter|observation hours|accepts? observers|look at my (?:[\w-]+ ){0,2}statement|(?:send|share) me (?:any |some )?(?:of )?your (?:[\w-]+ ){0,2}(?:memos|checklists|templates|files|decks)/i;
/**
 * A word put in for the writer: a letter written for them ("write me a reference", "need one more letter
 * from a nurse"), or what a word, a mention or an introduction from the recipient would do for them ("a
 * quick email intro would be amazing", "a word from you would really help"). Round 7 and 8 readers: left
 * after the favour it praised was taken out, it still asks for it ("still asks for a recommendation").
 */
export const VOUCH =
  /\b(?:write (?:me )?(?:a |an )?(?:letter|recommendation|reference)\b|need (?:one more|a|another|an additional|a second|a third) (?:letter|reference|recommendation)\b|(?:a|an|any|one) (?:quick |short |brief |little |good )?(?:email |written )?(?:word|intro|introduction|mention|nudge|recommendation|reference) from you (?:would|could|will)\b|(?:a|an) (?:quick |short |brief )?(?:email )?intro(?:duction)? (?:would|could|will)\b)/i;

/** A favour beyond the conversation, a job plea beside it (`JOB_PLEA`), or a word put in for the writer (`VOUCH`). */
export const FAVOUR = new RegExp(`${FAVOUR_ASK.source}|${JOB_PLEA.source}|${VOUCH.source}`, 'i');

/** A sentence that still asks a favour (pay, a review, a referral, a job). */
export function leftoverFavour(text: string): string | undefined {
  return bodySentences(text).find((s) => FAVOUR.test(s));
}

/** Words that are no topic: days and times, the writer themself, a page they read, pay, a stray reaction. */
const STRAY = { test: isStrayPhrase };

/** Whether a topic phrase is stray words, not something to learn about ("Tuesdays and Thursdays", "my first attempt", "the Rollins alumni page"). */
export function isStrayTopic(topic: string): boolean {
  const t = stripEnd(topic.trim(), '.?!');
  return STRAY.test(t) || /\b(?:and|or|the|a|of|to|in|at|for)$/i.test(t) || /^(?:you|you and your \w+|it|that|this|things|stuff|everything|few weeks)$/i.test(t);
}

/** "learn about Tuesdays and Thursdays", "20 minutes on days?": a topic made of stray words. */
export function strayTopic(text: string): string | undefined {
  const slots = [...[...text.matchAll(/\b(?:learn|hear|know|ask you|talk|chat)(?: more)? about ([^.?!\n]+?)(?:[.?!]|,| in a | by | for | and would|$)/gi)].map((m) => m[1]!), ...minutesOnTopics(text)];
  for (const slot of slots) {
    const topic = slot.trim();
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
  const said = findDurations(replaceBrackets(output, ' ')).map((d) => d.minutes).filter((n) => n > 0);
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
  /** Words put after the writer's sign-off. */
  textAfterSignoff?: string;
  /** A sentence left pointing at a deleted résumé or favour ("send them to"). */
  danglingReference?: string;
  /** "I'm free Friday" where the writer's Friday was no offer of time. */
  availabilityNotOffered?: string;
  /** The subject still names the favour the body no longer asks. */
  favourInSubject?: string;
}

/** The shapes the output has and the draft did not: what an edit introduced (the writer's own sentences are theirs). */
export function newShapes(input: string, output: string, subject?: string, facts: OutreachFacts = extractFacts(input), before: ShapeReport = draftShapes(input, facts)): ShapeReport {
  const after = outreachShapes(input, output, subject, facts, before);
  const out: ShapeReport = {};
  for (const [k, v] of Object.entries(after) as Array<[keyof ShapeReport, string]>) if (before[k] === undefined) out[k] = v;
  // An edit never adds a [blank]: the writer's own blanks are theirs; a new one makes the draft unsendable.
  const added = placeholdersIn(output).map((p) => p.text).find((p) => !input.includes(p));
  if (added) out.placeholder = added;
  // An edit never writes under the writer's sign-off (a fresh draft has its own closing; only an edit is held to this).
  const signed = textAfterSignoff(input, output);
  if (signed) out.textAfterSignoff = signed;
  return out;
}

/**
 * The draft's own shapes, read as written and read with its texting forms written out: "can u tell me how u got
 * started? would love to chat…" asks twice whether or not "u" is spelled out, so the register edits that spell it
 * out (server/text/register.ts) add no shape the writer had not written.
 */
export function draftShapes(input: string, facts: OutreachFacts = extractFacts(input)): ShapeReport {
  const own = outreachShapes(input, input, undefined, facts);
  const written = withRegisterFixed(input);
  return written === input ? own : { ...outreachShapes(input, written, undefined, facts, own), ...own };
}

/**
 * Every shape, on an outreach output against the draft it came from. A shape already in `known`
 * is not looked for (`newShapes` reports only the shapes the draft did not have, so the draft's own
 * shapes are never detected again on each candidate set of edits).
 */
export function outreachShapes(input: string, output: string, subject?: string, facts: OutreachFacts = extractFacts(input), known: ShapeReport = {}): ShapeReport {
  const r: ShapeReport = {};
  const set = <K extends keyof ShapeReport>(k: K, detect: () => string | undefined) => {
    if (known[k] !== undefined) return;
    const v = detect();
    if (v !== undefined) r[k] = v;
  };
  set('duplicatedClause', () => duplicatedClauseIn(output));
  set('twoGreetings', () => twoGreetings(output));
  set('twoAsks', () => twoAsks(output));
  set('placeholderBesideFact', () => placeholderBesideFact(output, facts));
  set('contradictoryTimes', () => contradictoryTimes(output, facts, input));
  set('subjectFragment', () => subjectFragment(subject));
  set('sentenceWithoutVerb', () => sentenceWithoutVerb(output));
  set('andWhyLeftover', () => andWhyLeftover(output));
  set('strayTopic', () => strayTopic(`${subject ? `${subject}\n` : ''}${output}`));
  set('formatClash', () => formatClash(output, facts.channel));
  set('changedTimeAmount', () => changedTimeAmount(output, facts));
  set('overNoteLimit', () => overNoteLimit(output, facts.channel));
  set('leftoverFavour', () => leftoverFavour(output));
  set('danglingReference', () => danglingReference(input, output));
  set('availabilityNotOffered', () => availabilityNotOffered(input, output));
  set('favourInSubject', () => favourInSubject(subject, output));
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

/**
 * Whether a topic reads whole after "I'd love to learn (about)": a clause with its verb ("how you moved into product"), or a
 * noun phrase of two words or more ending on a noun ("urban water management"); never a bare gerund ("jumping"), a lone
 * generic noun ("a moment", "the part") or stray words (blind readers, round 5).
 */
export function topicReadsWhole(topic: string): boolean {
  const t = stripEnd(topic.trim(), '.!?');
  if (!t || isStrayTopic(t)) return false;
  // "indie sets for two years": how long the writer did something is no topic.
  if (/\bfor (?:about |over |almost )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|several|many) (?:years?|months?|weeks?|days?)$/i.test(t)) return false;
  if (/^(?:how|what|why|whether|which)\b/i.test(t)) return hasVerb(t) && t.split(' ').length >= 3;
  // A lone gerund read as a verb ("jumping") is a fragment; a field ("nursing", "consulting") reads as a noun.
  if (/^(?:a|an|the|that|this|some)\s+[\p{L}-]+$/iu.test(t)) return false;
  const last = analyse(t).tokens.at(-1);
  return /^(?:NOUN|PROPN)$/.test(last?.pos ?? '');
}
