import type { OutreachContext } from '../../shared/contracts/outreach.ts';
import { LINKEDIN_NOTE_LIMIT, LINKEDIN_PREMIUM_NOTE_LIMIT, MAX_ASK_MINUTES, purposeTopic } from '../../shared/rules/outreach-rules.ts';
import { lintOutreach } from '../../shared/rules/index.ts';
import type { Evidence } from '../../shared/rules/rule.ts';
import { extractFacts, isMeetingAsk, withoutBrag, maskPlaceholders, placeholdersIn, type DraftChannel, type OutreachFacts } from '../text/facts.ts';
import { analyse, checkComplete, hasVerb, nounPhrases } from '../text/nlp.ts';
import { asksForMeeting, FAVOUR, isStrayTopic, topicReadsWhole } from '../text/shapes.ts';
import { polishWords } from '../text/polish.ts';
import { writeOutTexting } from '../../shared/text/texting.ts';
import { asciiLower, choiceBetween, cutAtFinalStop, isSpace, lastLineStart, removeAsides, replaceBrackets, runEnd, runStart, stripLastWord, stripTrailingWord, trailingWordAt } from '../../shared/text/scan.ts';
import { decidingBetween } from '../text/linear-scans.ts';

/** Words an affiliation never ends on ("a student at"): dropped with the word before them. */
const DANGLING_WORDS = ['from', 'at', 'in', 'of', 'with', 'for', 'to', 'and', 'or', 'the', 'a', 'an'];

/** `/^(?:an?)\s+[\p{L} -]+$/u.test(t)`: "a", "an", spaces, then letters, spaces and hyphens. */
export function indefinitePhrase(t: string): boolean {
  const rest = t.startsWith('an') && isSpace(t[2]) ? t.slice(2) : t.startsWith('a') && isSpace(t[1]) ? t.slice(1) : undefined;
  if (rest === undefined) return false;
  const spaces = runEnd(rest, isSpace);
  // The letters may begin with the last of the spaces (a plain space is both).
  if (spaces === rest.length) return spaces >= 2 && rest[spaces - 1] === ' ';
  return /^[\p{L} -]*$/u.test(rest.slice(spaces));
}

/** `p.replace(/\s+(?:for|in|as) (?:my|me)\b.*$/i, '')`: "for my", "in me"… after a space, and the rest of the last line. */
export function withoutForMe(p: string): string {
  const re = /(?:for|in|as) (?:my|me)\b/gi;
  re.lastIndex = lastLineStart(p);
  for (let m = re.exec(p); m; m = re.exec(p)) {
    if (m.index > 0 && isSpace(p[m.index - 1])) return p.slice(0, runStart(p, isSpace, m.index));
    re.lastIndex = m.index + 1;
  }
  return p;
}

const CLAUSE_WORDS = ['currently', 'now', 'also', 'and', 'where', 'while', 'who'];

/** `intro.replace(/,\s+(?:currently|now|also|and|where|while|who)\b[^.]*(?=\.$)/i, '')`: a trailing clause before the final stop. */
export function withoutTrailingClause(intro: string): string {
  if (!intro.endsWith('.')) return intro;
  const lastStop = intro.lastIndexOf('.', intro.length - 2);
  for (let c = intro.indexOf(',', lastStop + 1); c >= 0 && c < intro.length - 1; c = intro.indexOf(',', c + 1)) {
    const word = runEnd(intro, isSpace, c + 1);
    if (word === c + 1) continue;
    const next = intro.slice(word, word + 10);
    if (CLAUSE_WORDS.some((w) => asciiLower(next.slice(0, w.length)) === w && !/\w/.test(intro[word + w.length] ?? ''))) return intro.slice(0, c) + '.';
  }
  return intro;
}

/**
 * (b) A fresh draft from the writer's facts: a human-written template for the channel, filled
 * with what the draft says. A [placeholder] stands only for a fact the draft does not have; the
 * writer's minutes, times and connection are kept as written (times tidied, never replaced); one
 * greeting, one ask. Every sentence passes the completeness check or its slot is left out.
 */

export interface FreshDraft {
  channel: DraftChannel;
  /** Which template (e.g. "email-2"): reproducible, and shown so a reader can ask for another. */
  template: string;
  subject?: string;
  text: string;
  /** The blanks the writer still has to fill, as they appear in the text. */
  placeholders: string[];
}

export const BLANK = {
  intro: '[who you are, in one line]',
  name: '[Your name]',
  role: '[what you do or study, e.g. a junior studying economics]',
  topic: '[what you want to learn from them, e.g. how they got into their field]',
  times: '[two or three times that suit you, e.g. Tuesday or Thursday after 2 p.m.]',
  phone: '[your phone number]',
} as const;

/** The filled pieces a template arranges. */
interface Slots {
  hello: string;
  /** "I'm Jordan Lee, a junior at St. Olaf studying environmental science." */
  intro: string;
  /** The writer's connection sentence, or nothing. */
  connection: string | undefined;
  /** "how you moved from consulting into urban water management" / "your move into product" / a blank. */
  topic: string;
  /** "about how you…" or "about your…", ready after a verb like "learn". */
  learnTopic: string;
  minutes: string;
  /** "phone call", "Zoom call", "call". */
  format: string;
  times: string | undefined;
  flexible: boolean;
  name: string;
  firstName: string | undefined;
  /** The writer's own sentence saying what they want to learn, tidied, when it reads whole: kept instead of a topic cut out of it. */
  purpose?: string;
  /** The writer's own sentence saying when they are free ("done with class by noon Monday through Thursday"): never re-listed. */
  ownTimes?: string;
  /** The draft names a day or time (offered or not): no "in the next few weeks" is added beside it. */
  dated: boolean;
  /** The writer's callback number, as written: a phone script says it, an email signs with it. */
  phone?: string;
}

const sentence = (s: string) => {
  const t = s.trim().replace(/(?<![,;:])[,;:]+$/, '');
  const c = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]["'”’)\]]*$/.test(c) ? c : `${c}.`;
};

/** "4pm" → "4 p.m.", "Tue" → "Tuesday": the writer's times, written out, never changed. */
export function normaliseTime(t: string): string {
  return t
    .replace(/\b(\d{1,2}(?::\d{2})?)\s*(a|p)\.?m\.?(?=\W|$)/gi, (_, n: string, ap: string) => `${n} ${ap.toLowerCase()}.m.`)
    .replace(/\b(mon|tues?|wed|thur?s?|fri|sat|sun)\b\.?(?!day)/gi, (m: string) => {
      const k = m.toLowerCase().replace('.', '');
      const full: Record<string, string> = { mon: 'Monday', tue: 'Tuesday', tues: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', thur: 'Thursday', thurs: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
      return full[k] ?? m;
    })
    .replace(/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/gi, (d) => d.charAt(0).toUpperCase() + d.slice(1).toLowerCase())
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(After|Before|Between|Around|From|At|Any|Most|Next|This)\b/, (w) => w.toLowerCase());
}

/** "a or b", "a, b or c". */
function list(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** The affiliation as what follows "I'm": "a junior at …", "studying …"; a clause of its own stays a sentence. */
function introOf(f: OutreachFacts): string {
  const name = f.name?.text;
  // Who they are, ending on a word that ends something: no "from." left by a blank, no aside cut open.
  let aff = f.affiliation?.text.replace(/\s+/g, ' ');
  if (aff && (aff.match(/\(/g) ?? []).length !== (aff.match(/\)/g) ?? []).length) aff = aff.slice(0, aff.lastIndexOf('(')).trim().replace(/[,;:]$/, '');
  while (aff && trailingWordAt(aff, DANGLING_WORDS) !== undefined) aff = stripLastWord(aff);
  if (aff !== undefined) aff = withoutBrag(aff);
  if (aff !== undefined) aff = wholeAffiliation(aff);
  // "a landscaper for about 10 years": how long is background, not who.
  if (aff !== undefined) aff = aff.replace(/(?<!\s)\s+for (?:about|around|almost|nearly|over|roughly) [\w-]+ (?:years?|months?)$/i, '');
  if (aff !== undefined && aff.split(' ').length < 2) aff = undefined;
  // "Yale FES alum", "conference interpreter student at Middlebury": a role said without its article gets one.
  if (aff && !/^(?:a|an|the|in|at|on|from|with|I)\b/i.test(aff) && /^(?:[\p{L}&'’.-]+ ){0,4}(?:alum|alumna|alumnus|grad|graduate|MBA|student|dentist|doctor|nurse|engineer|teacher|technician|developer|designer|analyst|candidate)\b/u.test(aff)) aff = `${an(aff)} ${aff}`;
  if (aff && /^I\b/.test(aff)) return name ? `I'm ${name}. ${sentence(polishWords(aff))}` : sentence(polishWords(aff));
  // "in the Navy", "studying nursing": not a noun phrase after the name, a clause of its own.
  if (aff && name && /^(?:in|at|on|from|with|studying|working|finishing|pursuing|completing|majoring|graduating|starting|building|running|training|volunteering|teaching|currently)\b/i.test(aff)) return `I'm ${name}. I'm ${polishWords(aff)}.`;
  if (aff && name) return `I'm ${name}, ${polishWords(aff)}.`;
  if (aff) return `I'm ${polishWords(aff)}.`;
  // Nothing read about who they are, but the field they want to move into ("I want to work in esports"): that says who they are.
  const field = interestPhrase(f);
  // A field named by its role ("lead technician", "head sommelier"): a career *as* one, never "a career in lead technician".
  const career = field && ROLE_HEAD.test(field) ? `a career as ${/^[aeiou]/i.test(field) ? 'an' : 'a'} ${field}` : `a career in ${field}`;
  if (field) return name ? `I'm ${name}. I'm exploring ${career}.` : `I'm exploring ${career}.`;
  // A name and nothing read about who they are: the name alone (a blank here often sits beside what the writer did say).
  if (name) return `I'm ${name}.`;
  // A LinkedIn note or message carries the writer's name and headline on their profile: no blank for who they are.
  if (f.channel === 'linkedin-note' || f.channel === 'linkedin-message') return '';
  return `I'm ${BLANK.intro}.`;
}

/**
 * Who the writer is, cut to a phrase that reads whole, or nothing (never a splice): no second clause after
 * a dash ("a paraprofessional at Jefferson Elementary - Mrs. Alvarez…"), no clause about someone else
 * (", he said you're a journeyman…"), no end on an initial or a title ("finishing my M.").
 */
export function wholeAffiliation(aff: string): string | undefined {
  let a = aff.split(/(?<!\s)\s+[-–—]\s+/)[0]!;
  const other = /,\s+(?:and\s+)?(?:he|she|they|you|who|which|that|it|so|but)\b/i.exec(a);
  if (other) a = a.slice(0, other.index);
  a = a.trim().replace(/[,;:]$/, '');
  // "my M.", "Mrs." at the end: the phrase was cut inside an abbreviation.
  if (/(?:^|\s)(?:Mrs?|Ms|Dr|St|Mt|Jr|Sr|Prof|Rev)\.?$/.test(a) || /\b(?:my|a|an|the|his|her) \p{Lu}\.?$/u.test(a)) {
    const comma = a.lastIndexOf(',');
    a = comma > 0 ? a.slice(0, comma) : '';
  }
  return a.trim() || undefined;
}

/** The writer's field of interest as it reads after "a career in": tidied shorthand, no job words. */
function interestPhrase(f: OutreachFacts): string | undefined {
  const t = f.interest?.text.replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  return polishWords(t);
}

/** The connection as a sentence of its own: "fellow UT alum here" → "I'm a fellow UT alum." */
/** Where the rulebook found no connection, the writer's own sentence that names one: a shared school, a referral, a talk. */
const SHARED = /\b(?:(?:also|both) (?:an? )?[^.!?\n]{0,40}\b(?:alum|alumna|alumnus|alumni|grad|graduate|member)s?\b|fellow\b|we both\b|we (?:met|spoke|talked|chatted)\b|you spoke (?:at|to)|I (?:heard|saw) you (?:speak|present|talk)|gave me your (?:name|number|email|contact)|suggested (?:I|that I) (?:reach out|contact|write|call|email|get in touch)|told me to (?:reach out|call|email|contact))/i;

function connectionSentence(f: OutreachFacts, context: OutreachContext, draft?: string): string | undefined {
  if (!f.connection && !context.connection?.trim() && draft) {
    const found = analyse(maskPlaceholders(draft)).sentences.find((x) => SHARED.test(x.text) && !isMeetingAsk(x.text) && ![f.affiliation, f.ask].some((g) => g && g.start < x.end && g.end > x.start));
    // "My name is Jamal Wright, and Sharon Dill … gave me your number": the intro says the name; the connection starts after it.
    const esc = f.name?.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // "Hey Shane, it's Kyle Dubois — Brett Larsen from the Elko Rotary gave me your number": the greeting and the name go,
    // whatever joins them to the connection (a comma, a dash, "and"): a dropped referral read worse (blind readers, round 8).
    const greeted = found?.text.replace(/^(?:(?:hi|hey|hello|good (?:morning|afternoon|evening))\b[,!]?\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?(?:\p{Lu}[\p{L}'’-]+[,!]\s+))(?=(?:this is|it['’]s|I['’]m|I am|my name)\b)/iu, '');
    const text = greeted && esc ? greeted.replace(new RegExp(`^(?:(?:this is|it['’]s|I['’]m|I am|my name is|my name['’]s)\\s+)?${esc}(?:\\s*[—–]\\s*|\\s+-\\s+|,?\\s+)(?:and\\s+)?`, 'i'), '') : greeted;
    // Never the greeting line itself ("Dear Mr. Lyons, CFA Level II candidate, … Forté Fellow.").
    const own = text && !/^(?:hi|hey|hello|dear|good (?:morning|afternoon|evening))\b/i.test(text) && keepable(text, 220, true);
    return own || undefined;
  }
  let c = f.connection?.text ?? context.connection?.trim();
  if (!c) return undefined;
  // The intro already carries it ("I'm a fellow UT alum studying…").
  if (f.affiliation && f.connection && f.connection.start <= f.affiliation.start && f.connection.end >= f.affiliation.end) {
    // "…a paraprofessional at Jefferson Elementary - Mrs. Alvarez, our reading specialist, mentioned that you…": the
    // intro keeps who they are, and what follows the dash is the connection.
    const dash = /(?<!\s)\s+[-–—]\s+/.exec(f.connection.text);
    const rest = dash ? f.connection.text.slice(dash.index + dash[0].length) : '';
    if (!dash || f.connection.start + dash.index < f.affiliation.start || !hasVerb(rest)) return undefined;
    const own = keepable(rest, 220, true);
    return own && !/\?$/.test(own) ? own : undefined;
  }
  if (f.connection && f.ask && f.connection.start >= f.ask.start && f.connection.end <= f.ask.end) return undefined;
  c = polishWords(c.replace(/\s+/g, ' ').trim());
  // "This is Nina Petrov, my uncle Stan said…": the intro says the name; the connection starts after it.
  if (f.name) c = c.replace(new RegExp(`^(?:(?:this is|it['’]s|I['’]m|I am|my name is|my name['’]s)\\s+)?${f.name.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s*[—–]\\s*|\\s+-\\s+|,?\\s*)(?:and\\s+)?`, 'i'), '');
  if (!c) return undefined;
  // "(you were on the healthcare team": an aside cut open is dropped.
  if ((c.match(/\(/g) ?? []).length !== (c.match(/\)/g) ?? []).length) c = c.slice(0, c.lastIndexOf('(')).trim().replace(/[,;:]$/, '');
  if (!c) return undefined;
  const fan = /^(?:a |an )?((?:big|huge|long-?time|longtime) fan of .+?)[.!]?$/i.exec(c);
  if (fan) c = `I'm a ${fan[1]!.charAt(0).toLowerCase()}${fan[1]!.slice(1)}`;
  const fellow = /^(?:a |an )?(fellow [^.!?]+?)(?: here)?[.!]?$/i.exec(c);
  if (fan) void 0;
  else if (fellow) c = `I'm a ${fellow[1]!.replace(/^Fellow\b/, 'fellow')}`;
  else if (!/\b(?:I|we|me|my|our)\b/i.test(c) && !/\b(?:suggested|referred|recommended|mentioned)\b/i.test(c) && !hasVerb(c)) c = `I'm reaching out through ${c.replace(/^(?:through|via)\s+/i, '')}`;
  const s = sentence(c);
  // The connection sentence must not carry a second ask or a job ask.
  if (/\?$/.test(s) || FAVOUR.test(s)) return undefined;
  // The writer's own whole sentence, with its verb, stays as they wrote it (a stranded "talk to" or a word said
  // twice is theirs): readers found the dropped connection the commonest lost fact of fresh drafts.
  const own = !!f.connection && hasVerb(s) && s.length <= 220 && s.replace(/[.!]$/, '') === sentence(polishWords(f.connection.text.replace(/\s+/g, ' ').trim())).replace(/[.!]$/, '');
  if (!own && !checkComplete(s).complete) return undefined;
  // "I've also read…": the writer's "also" points at a sentence the fresh draft does not keep.
  return s.replace(/^(I(?:['’]ve| have| am|['’]m)?) also (?=\w)/, '$1 ');
}

/**
 * What the writer asked to hear in the ask itself: "Might you spare 20 minutes by phone to share how you introduced
 * natural burial options?" → "how you introduced natural burial options"; "…20 minutes on a call to learn how you
 * trained as a perfumer." The writer's own question wins over a topic read elsewhere ("moving into fine fragrance")
 * and over the generic one (blind readers, round 8: a fresh draft that swapped the writer's question for "how you got
 * started" or "vet school" read worse than theirs). Undefined unless the clause reads whole after "I'd love to learn".
 */
export function askTopic(ask: string | undefined): string | undefined {
  if (!ask) return undefined;
  const m = /\b(?:to|and) (?:hear|learn|share|understand|know|ask(?: you)?|talk|chat|discuss|find out)(?: (?:a bit |a little |more )?(?:about|on))? ((?:how|what|why|whether|which) [^?.!\n]+)/i.exec(ask.replace(/\s+/g, ' '));
  if (!m) return undefined;
  let clause = m[1]!.trim();
  // The ask's own time and format words are no part of what they want to hear.
  // Cut with a search and a slice, never a ".*$" (quadratic on a long line: the regex-safety check).
  const cutAt = (re: RegExp) => {
    const at = clause.search(re);
    if (at >= 0) clause = clause.slice(0, at).trimEnd();
  };
  cutAt(/[,—–]| - /);
  cutAt(/\s(?:sometime|some time|soon|next (?:week|month)|this (?:week|month)|in the (?:next|coming) \w|by (?:phone|video|zoom|email)|over (?:coffee|the phone|zoom)|on (?:a|the) (?:call|phone))\b/i);
  clause = clause.trim();
  const words = clause.split(' ');
  if (words.length < 3 || words.length > 16 || FAVOUR.test(clause) || /\b(?:it|that|this|those|them|stuff|things|hir(?:e|es|ed|ing)|openings?|positions?|roles?|jobs?|internships?|vacanc\w*|salary|pay)\b/i.test(clause.replace(/^(?:how|what|why|whether|which)\s+/i, ''))) return undefined;
  // Specific, as the purpose rule reads it: never "what you do" ("pick your brain and learn more about what you do").
  if (!purposeTopic(`I'd love to learn ${clause}.`)) return undefined;
  return checkComplete(`I'd love to learn ${clause}.`).complete ? clause : undefined;
}

function topicOf(f: OutreachFacts, context: OutreachContext, draft?: string): { topic: string; learn: string } {
  const asked = askTopic(f.ask?.text);
  if (asked) return { topic: asked, learn: asked };
  let t = f.topic?.text.replace(/\s+/g, ' ').replace(/(?<![.?!])[.?!]+$/, '');
  // A job title ("the Senior Associate") is the job, not a topic.
  if (t && /^the (?:[A-Z][\p{L}-]* )*(?:Associate|Analyst|Manager|Director|Engineer|Intern|Coordinator|Specialist|Assistant|Representative|Developer|Designer)$/u.test(t)) t = undefined;
  // A topic made of stray words ("Tuesdays and Thursdays", "my first attempt") is no topic: verified by the text layer.
  if (t && (isStrayTopic(t) || FAVOUR.test(t) || /\b(?:including|such as|etc)\b/i.test(t) || /^(?:what|how|why|whether) (?:that|this|it|they)\b/i.test(t) || /\b(?:pay|salary|money|hiring|hired|hire|openings?|positions?|roles?|internships?|opportunit\w*|vacanc\w*|getting on with|get on with|join(?:ing)? your)\b/i.test(t))) t = undefined;
  // The writer's own words made a topic they can ask about: "starting my own bookkeeping business" → "starting a
  // bookkeeping business", "architecture stuff" → "architecture", "copywriting ASAP" → "copywriting".
  if (t) t = t.replace(/\bmy own ([aeiou])/i, 'an $1').replace(/\bmy own\b/i, 'a').replace(/(?<!\s)\s+(?:stuff|things)(?=\s+and\b)/i, '').replace(/\bgovt\b/gi, 'government');
  if (t) t = stripTrailingWord(stripTrailingWord(t, ['stuff', 'things', 'and stuff', 'and things']), ['asap', 'urgently', 'right away', 'soon', 'lol']);
  // "I volunteered on the Senator's campaign in 2022", "I worked at a bank": what the writer did is background, not a topic.
  if (t && draft && f.topic && /\bI (?:\w+ed|did|was|went|came|met|saw|heard|got|grew up|took|spent|ran|led|had|bought|found|read|sent|made)\s+(?:[\w'’-]+\s+){0,5}$/i.test(draft.slice(Math.max(0, f.topic.start - 60), f.topic.start).split(/[.!?\n]/).at(-1) ?? '')) t = undefined;
  // A day, a span of time or the writer's availability is when, not what: "Saturday with my nephew", "a year and a half", "weeknights".
  if (t && /^(?:on |this |next |last )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weeknights?|weekdays?|evenings?|mornings?|afternoons?|tomorrow|today|tonight)\b|^(?:a|an|one|two|three|four|five|six|\d+)(?: and a half)? (?:years?|months?|weeks?|days?|hours?)\b|\bavailability\b|^(?:your|my) (?:days|schedule|calendar)$/i.test(t)) t = undefined;
  if (t && draft && f.topic) {
    // The sentence the topic sits in asks a favour ("Do you know anyone on the admissions committee at Duke?"): no topic.
    const line = draft.slice(Math.max(0, draft.lastIndexOf('\n', f.topic.start)), f.topic.end + 120).split(/(?<=[.!?])\s/)[0] ?? '';
    const sentenceOf = analyse(maskPlaceholders(draft)).sentences.find((x) => x.start <= f.topic!.start && f.topic!.start < x.end)?.text ?? line;
    if (FAVOUR.test(sentenceOf)) t = undefined;
    // A lone word from the connection ("on Elm"): the writer's own purpose, when they named one, reads better.
    else if ((f.topicInConnection || !/\s/.test(t)) && !f.topicIsField && !f.topicIsPlace) t = topicFromDraft(maskPlaceholders(draft)) ?? t;
  }
  // "a vet", "an electrician": a kind of person is a career — becoming one.
  if (t && indefinitePhrase(t) && t.split(' ').length <= 4 && /(?:er|or|ist|ian|vet|nurse|doctor|chef|pilot|lawyer|teacher|agent|scientist|designer|engineer|architect|actor|artist)$/i.test(t)) t = `becoming ${t}`;
  // "As you work in HR" → "your work in HR"; "you work at Northwind" → "your work at Northwind".
  if (t && f.topicIsPlace) t = `your work ${draft && f.topic && /\bin\s+$/.test(draft.slice(Math.max(0, f.topic.start - 4), f.topic.start)) ? 'in' : 'at'} ${t}`;
  if (t && f.topicIsField) t = `your work in ${t}`;
  // A fragment ("jumping", "a moment", "indie sets for two years") is no topic (blind readers, round 5).
  if (t && !topicReadsWhole(t)) t = undefined;
  if (!t) {
    // The context names their role or organization: their work there is the topic.
    const role = context.recipientRole?.trim();
    const org = context.organization?.trim();
    if (role || org) t = `your work${role ? ` as ${/^(?:a|an|the)\b/i.test(role) ? '' : `${an(role)} `}${role}` : ''}${org ? ` at ${org}` : ''}`;
  }
  if (!t && draft) t = topicFromDraft(maskPlaceholders(draft));
  // Nothing named as a topic, but the writer named their organization or the field they want (even in a job ask):
  // the professional's work there, or how they got into that field.
  if (!t && f.org && !FAVOUR.test(f.org.text)) return { topic: `your work at ${f.org.text}`, learn: `about your work at ${f.org.text}` };
  const field = interestPhrase(f);
  if (!t && field) return { topic: `your path into ${field}`, learn: `how you got into ${field}` };
  // Nothing the writer named reads as a topic: their work and path is always an informational topic.
  if (!t) return { topic: 'your path and what your work looks like day to day', learn: 'how you got started and what your work looks like day to day' };
  const clause = /^(?:how|what|why|whether|which|where|when)\b/i.test(t);
  return { topic: t, learn: clause ? t : `${f.topicInConnection && f.topic && t.endsWith(f.topic.text) ? 'more ' : ''}about ${t}` };
}

/** A phrase cut to a clean noun phrase: ends before a new clause, ends on a noun, names no job and no stray words. */
function cleanPhrase(raw: string): string | undefined {
  let p = raw.replace(/\s+/g, ' ').trim();
  const cut = /,|;|—|–| - |\s(?:and (?=[A-Z])|and (?:I|I['’]m|would|wanted|want|was|am|have|it|so|my|you|he|she|they)|but|so|because|since|after|who|which|that|when|if|lol|rn|right now|someday|one day|next|this|in the (?:future|next))\b/i.exec(p);
  if (cut) p = p.slice(0, cut.index).trim();
  p = withoutForMe(stripTrailingWord(p, ['a lot', 'too', 'as well', 'more', 'anyway', 'now', 'here'])).replace(/(?<![.?!])[.?!]+$/, '');
  if (/^(?:in|into|on|at|about|for|of|to|with|from|by|and|or|but)\s/i.test(p)) return undefined;
  const words = p.split(' ');
  if (words.length < 1 || words.length > 9) return undefined;
  if (isStrayTopic(p) || FAVOUR.test(p) || /\b(?:jobs?|hiring|hired|opportunit\w*|vacanc\w*|openings?|positions?|internships?|referrals?|resume|salary|pay|money|it|this|that|stuff|things)\b/i.test(p)) return undefined;
  const tokens = analyse(p).tokens;
  if (!/^(?:NOUN|PROPN)$/.test(tokens.at(-1)?.pos ?? '') || tokens.some((t) => t.pos === 'AUX' || t.pos === 'PRON' && !/^(?:your|their|my)$/i.test(t.text))) return undefined;
  return p;
}

/**
 * When the purpose sentence gave no clean topic, the next places a writer names one, each verified by
 * the text layer: "I'm trying to understand the path from graduate school into curatorial work",
 * "interested in / thinking about / getting into X", "you're a pen tester at Rapid7".
 */
export function topicFromDraft(text: string): string | undefined {
  const want = /\b(?:trying to|want to|wanted to|hoping to|like to|love to|need to)\s+(?:understand|learn (?:more )?about|hear (?:more )?about|know (?:more )?about)\s+([^.!?\n]+)/i.exec(text);
  const wanted = want && cleanPhrase(want[1]!);
  if (wanted) return wanted;
  // "deciding between school-based and medical SLP" → how to choose between them.
  const pair = decidingBetween(text);
  const between = pair ? ([`${pair[0]} ${pair[1]}`, ...pair] as const) : /\b(?:weighing|comparing) ([^.!?\n,]+?) (?:against|versus|vs\.?) ([^.!?\n,]+)/i.exec(text);
  if (between) {
    const a = cleanPhrase(between[1]!) ?? between[1]!.trim();
    const b = cleanPhrase(between[2]!);
    if (b && a.split(' ').length <= 6 && !isStrayTopic(a)) return `how you would choose between ${a} and ${b}`;
  }
  // "saw that you moved from a Big Four tax practice to in-house tax" → your move from … to ….
  const moved = /\byou (?:moved|went|switched|transitioned|made the (?:move|switch|jump|leap)) from ([^.!?\n,]+?) (?:to|into) ([^.!?\n,]+)/i.exec(text);
  if (moved) {
    const to = cleanPhrase(moved[2]!);
    const from = moved[1]!.trim();
    if (to && from.split(' ').length <= 6 && !isStrayTopic(from)) return `your move from ${from} to ${to}`;
  }
  const become = /\b(?:want|wanna|hope|hoping|plan|planning|trying|aim|aiming|dream) (?:to )?(?:become|be) (an? [^.!?\n]+)/i.exec(text);
  const career = become && cleanPhrase(become[1]!);
  if (career && career.split(' ').length <= 5) return `becoming ${career}`;
  for (const m of text.matchAll(/\b(?:interested in|curious about|thinking (?:about|of)|considering|exploring|looking at|getting into|get into|move into|moving into|transition(?:ing)? (?:in)?to|break(?:ing)? into|careers? in|passionate about)\s+(?:(?:a |the )?careers? (?:in|as) |becoming |(?:getting|going|moving|breaking) into |going into |getting (?:my |a )?|working in |a move into )?([^.!?\n]+)/gi)) {
    const p = cleanPhrase(m[1]!);
    if (p && !/^(?:my|me)\b/i.test(p)) return /^(?:an?|the)\s/i.test(p) && /\b(?:becoming|careers? as)\s*$/i.test(m[0].slice(0, m[0].length - m[1]!.length)) ? `becoming ${p}` : p;
  }
  const role = /\byou(?:['’]re| are) (an? [\p{L} -]{2,40}? (?:at|with|for) [A-Z][\p{L}&.'’-]*(?: [A-Z][\p{L}&.'’-]*){0,3})/u.exec(text);
  if (role && !/\b(?:one of|the best|great|amazing|hiring)\b/i.test(role[1]!)) return `your work as ${cutAtFinalStop(role[1]!)}`;
  return undefined;
}

/**
 * The writer's minutes, kept exactly ("15 min" → "15 minutes", "an hour" → "60 minutes"), or the minutes the context
 * asks for. When neither names an amount, the fresh draft invents none (blind readers, round 5: an added "20 minutes"
 * is a fact the writer never gave): it asks for "a short call" — the guide's "explicit request for a short
 * conversation", which the time-ask rule passes — and the critique's checklist suggests an amount.
 */
function minutesOf(f: OutreachFacts, context: OutreachContext, draft = ''): string {
  // A number inside a favour ("how much u making an hour") is no time amount the writer asked for.
  const inFavour = f.minutes && FAVOUR.test(analyse(maskPlaceholders(draft)).sentences.find((x) => x.start <= f.minutes!.start && f.minutes!.start < x.end)?.text ?? '');
  if (f.minutes && !inFavour) return f.minutes.value === 60 ? 'an hour' : `${f.minutes.value} minutes`;
  const asked = context.minutesRequested;
  return asked && asked >= 10 && asked <= MAX_ASK_MINUTES ? `${asked} minutes` : NO_AMOUNT;
}

/** The minutes slot when the writer named no amount: the templates' phrases around it are rewritten by `withoutAmount`. */
export const NO_AMOUNT = '\u0000short';

/** A template's text with no amount named: "… for a call" asks for a short one, never a number the writer did not give. */
export function withoutAmount(text: string): string {
  return text
    .replace(/\u0000short of your time for an? (?:short )?/g, 'a short ')
    .replace(/\u0000short (?:sometime )?for an? (?:short )?/g, 'time for a short ')
    .replace(/\u0000short to hear/g, 'a short call to hear')
    .replace(/\u0000short/g, 'short');
}

function formatOf(f: OutreachFacts): string {
  const w = f.format?.text.toLowerCase();
  if (!w) return 'call';
  if (/coffee/.test(w)) return 'coffee chat';
  if (/zoom/.test(w)) return 'Zoom call';
  if (/google meet/.test(w)) return 'Google Meet call';
  if (/video/.test(w)) return 'video call';
  if (/phone/.test(w)) return 'phone call';
  return 'call';
}

/** Words that say a sentence offers the writer's own free time ("I'm free", "works best for me", "I'm home weekends"). */
const AVAILABLE = /\b(?:(?:are|is) (?:open|free|good|best) for me|if you (?:have|could spare|can spare) (?:\d+|a few|some|fifteen|twenty|thirty) (?:minutes|mins?)\b|would (?:(?:this|next) )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^.?!\n]{0,60}\bwork|free|available|(?:I['’]?m|am) (?:open|around)|open (?:on|any|most|all|every|in the)|(?:can|could) (?:come|swing|stop) by|works? (?:best |well |great )?(?:for me|too)|(?:are|is) (?:best|good|easiest) for me|best for me|could do|can do|suits? me|would suit|i['’]?m home|off (?:on|work)|done with (?:class|work|school)|any (?:weekday|day|morning|afternoon|evening)s? (?:works?|after|before))\b/i;
/**
 * A sentence holding one of the writer's times that offers it, in more words than AVAILABLE knows: "Tuesday or
 * Wednesday mornings are ideal for me", "Tues or Thurs evenings are easy for me", "Mon or Wed after 4pm MT is great",
 * "I'm flexible most afternoons after three", "Any weekday afternoon in the next few weeks works", "would sometime
 * next week work, maybe Tuesday?" (blind readers, round 8: the writer's times were the commonest fact a fresh draft
 * dropped). Only ever asked of a sentence that names a time.
 */
const OFFERS_TIME = /\b(?:(?:is|are) (?:ideal|easy|easiest|great|perfect|fine|good|best|open|free|better)\b|flexible\b|works\b|would\b[^.?!\n]{0,40}\bwork\b|suit(?:s|ed)? (?:me|my)\b|(?:I|I'll|I will|I can)\s+(?:adjust|adapt|make (?:it|time) work))/i;
const offersTime = (sentence: string) => AVAILABLE.test(sentence) || OFFERS_TIME.test(sentence);

/** A sentence that names a job, a favour or money is not one the fresh draft keeps. */
const NOT_KEPT = /\b(?:hiring|openings?|vacanc(?:y|ies)|positions?|internships?|refer(?:ral)?|resume|résumé|cv|portfolio|reel|salary|pay|earn|make a year|recommendation|shadow|job hunting|interviewing with|adding (?:agents|staff|people)|taking on|work in (?:the|your) (?:office|team|kitchen|shop)|opportunit\w*|next steps|fit for|funding|my chances|admi(?:t|ssions?)|accept me)\b|\?/i;

/** "…the business side lol", "…so excited!!": the chat noise at a sentence's end goes, and a "!" becomes a stop. */
function withoutChatTail(text: string): string {
  let t = text.trimEnd();
  for (;;) {
    while (t.endsWith('!') || t.endsWith('.')) t = t.slice(0, -1);
    t = t.trimEnd();
    const cut = t.lastIndexOf(' ');
    const word = t.slice(cut + 1).toLowerCase();
    if (cut < 0 || !/^(?:lol|lmao|jk|:\)|:d|(?:ha){2,}h?)$/.test(word)) break;
    t = t.slice(0, cut).trimEnd();
  }
  return t.endsWith('?') ? t : `${t}.`;
}

/** The writer's sentence around a span, as the text layer splits the draft. */
function sentenceAt(draft: string, at: number): { text: string; start: number; end: number } | undefined {
  return analyse(maskPlaceholders(draft)).sentences.find((x) => x.start <= at && at < x.end);
}

/** A writer's sentence made ready to keep: texting shorthand written out, a capital, an end stop; undefined when it does not read whole. */
function keepable(raw: string, max = 220, anyStart = false): string | undefined {
  // "I've also read…": the writer's "also" points at a sentence the fresh draft does not keep.
  const text = raw.replace(/\s+/g, ' ').trim().replace(/^(?:and|also|so|but|anyway|oh|plus)[,]?\s+/i, '').replace(/^(I(?:['’]ve| have| am|['’]m)?) also (?=\w)/i, '$1 ');
  if (text.length < 12 || text.length > max || FAVOUR.test(text) || NOT_KEPT.test(text) || /\[|\]|https?:|www\.|\.com\b/i.test(text)) return undefined;
  // Chat noise in a kept sentence would clash with the template's voice.
  const s = sentence(withoutChatTail(polishWords(text)));
  if (!anyStart && !/^(?:I|I['’]m|I['’]ve|I['’]d|My|Since|After|Before|Because|Right now|Most|Weekday|Weekend|Any|Tuesday|Monday|Wednesday|Thursday|Friday|Saturday|Sunday|Mornings?|Afternoons?|Evenings?)\b/.test(s)) return undefined;
  if (!checkComplete(s).complete || !hasVerb(s)) return undefined;
  return s;
}

/**
 * Where the purpose rule calls the draft vague, read only when a candidate sentence needs it and
 * once per draft (a fresh draft asks for the purpose sentence two or three times).
 */
let lastVague: { draft: string; evidence: readonly Evidence[] } | undefined;
function vagueEvidence(draft: string): readonly Evidence[] {
  if (lastVague?.draft !== draft) {
    const evidence = lintOutreach(maskPlaceholders(draft), {}).filter((v) => v.rule.id === 'outreach.specific-purpose' && !v.result.passed).flatMap((v) => v.result.evidence ?? []);
    lastVague = { draft, evidence };
  }
  return lastVague.evidence;
}

/** The writer's own purpose: the sentence their topic sits in, or the first that says what they want to learn; never an ask. */
function purposeSentence(f: OutreachFacts, draft: string): string | undefined {
  const sentences = analyse(maskPlaceholders(draft)).sentences;
  const used = (x: { start: number; end: number }) => [f.affiliation, f.connection, f.ask, f.name].some((g) => g && g.start < x.end && g.end > x.start);
  const WANT = /\b(?:trying to (?:understand|figure out|decide|learn)|(?:want|wanted|hoping|like|love) to (?:learn|hear|understand|know|ask)|interested to (?:know|learn|hear|understand)|want (?:a|to get a) (?:realistic |better |clearer |honest |real )?(?:picture|sense|idea|understanding)|curious (?:about|how|what|whether)|wondering (?:about|how|what|whether)|interested in (?:how|what|learning|hearing)|(?:deciding|torn|choosing) between|what I['’]d love to (?:hear|learn|know)|the (?:thing|part) I['’]m (?:most )?(?:curious|trying|struggling))\b/i;
  const candidates = [
    ...(f.topic ? sentences.filter((x) => x.start <= f.topic!.start && f.topic!.start < x.end) : []),
    ...sentences.filter((x) => WANT.test(x.text)),
  ];
  for (const c of candidates) {
    if (isMeetingAsk(c.text) || asksForMeeting(c.text) || used(c) || !WANT.test(c.text) || AVAILABLE.test(c.text)) continue;
    // The sentence the purpose rule called vague ("hear more about what you do and maybe brainstorm") is not kept.
    if (vagueEvidence(draft).some((e) => e.start < c.end && e.end > c.start)) continue;
    const kept = keepable(c.text);
    if (kept) return kept;
  }
  return undefined;
}

/**
 * When the writer's purpose is a favour (a job, a referral, a letter, a review), the honest informational ask about
 * THAT topic: the program they apply to, the role they asked about, the fellowship — in their words, with the
 * context they gave ("I've been out of work since the Marriott downtown closed"). Undefined when the favour names
 * nothing the fresh draft can ask about (then the topic slot speaks).
 */
/** "openings for a staff accountant at …": the role asked for, up to the first stop or "at/in/with/or/and" (one pass, no backtracking). */
function roleAsked(t: string): RegExpExecArray | null {
  const m = /\b(?:openings?|positions?|roles?|jobs?|spots?|vacanc(?:y|ies)) (?:for|as) (an? [^.,!?;()]{1,60})/i.exec(t);
  if (!m) return null;
  const prefix = m[0].length - m[1]!.length;
  const stop = / (?:at|in|with|or|and)\b/i.exec(m[1]!);
  if (stop) m[1] = m[1]!.slice(0, stop.index);
  m[0] = m[0].slice(0, prefix + m[1]!.length);
  return m;
}

export function favourPurpose(draft: string): string | undefined {
  const t = maskPlaceholders(draft).replace(/\s+/g, ' ');
  const clean = (x: string) => polishWords(x.trim().replace(/^(?:the|an?)\s+/i, '').replace(/ ?\((?:req|job|id|ref)[^()]{0,40}\)/gi, '').replace(/[,;:]$/, ''));
  const ok = (x: string | undefined) => !!x && x.split(' ').length <= 8 && x.length >= 3 && !FAVOUR.test(x) && !/\b(?:any|anything|something|it|this|that|one|me|you|your (?:team|firm|company|store|hotel|group))\b/i.test(x);
  // "any openings for a staff accountant", "the L3 Software Engineer role at Google", "a spot as a line cook".
  const role =
    roleAsked(t) ??
    /\bthe ((?:[\p{Lu}\d][\p{L}\d-]* ){0,4}[\p{Lu}][\p{L}-]*) (?:role|position|posting|opening|job)\b/u.exec(t) ??
    // "applied for the JP>EN translator role", "applying for a seasonal forestry tech job": the role in lower case.
    /\bappl(?:y|ied|ying) for (?:the|an?) ((?:[\p{L}\d>&/-]+ ){0,3}[\p{L}\d>&/-]+) (?:role|position|posting|opening|job)\b/u.exec(t);
  // "an assistant coach spot opening up", "if you guys are hiring drivers", "hiring any techs".
  const opening = /\b(?:an?|the) ((?:[\p{L}-]+ ){0,2}[\p{L}-]+) (?:spot|position|opening|job|role|vacancy) (?:opening|open|coming|available)/iu.exec(t);
  const hiring = /\b(?:are|is|be|were|ur|you['’]?re) (?:\w+ )?hiring (?:any |more |new )?((?:[a-z-]+ )?[a-z-]+?)s\b/i.exec(t);
  if (!role && opening && ok(opening[1]!) && !/\b(?:an?|the|my|your)\b/i.test(opening[1]!)) return `I'd love to hear what the work of ${an(opening[1]!)} ${opening[1]!.toLowerCase()} looks like, and how someone gets ready for it.`;
  if (!role && hiring && ok(hiring[1]!) && !/\b(?:any|people|someone|anyone|folks|guys|rn|right|now|for|to|on|in|at|with)\b/i.test(hiring[1]!)) return `I'd love to hear what the work of ${an(hiring[1]!)} ${hiring[1]!.toLowerCase()} looks like, and how someone gets ready for it.`;
  if (role && ok(clean(role[1]!))) {
    // "Primate Keeper I": the level goes with the posting, not the work.
    let what = clean(role[1]!).replace(/^(?:L\d|Level \d)\s+/i, '').replace(/ (?:I{1,3}|IV|\d)$/, '');
    what = what.replace(/\b(\p{Lu})(\p{Ll}+)/gu, (w) => (/^(?:I|[A-Z]{2,})$/.test(w) ? w : w.toLowerCase()));
    const at = /^ at ((?:[\p{Lu}][\p{L}&'’.-]*)(?: [\p{Lu}][\p{L}&'’.-]*){0,3})/u.exec(t.slice(role.index + role[0].length))?.[1];
    return `I'd love to hear what the work of ${an(what)} ${what}${at ? ` at ${at}` : ''} looks like, and how someone gets ready for it.`;
  }
  // "I'm applying to clinical psych PhD programs this fall": the program is the topic.
  const applying = /\b(?:I['’]m|I am|I will be|I['’]ll be|currently) applying (?:to|for) ((?:the )?[^.,!?;()]{1,80}?)(?= (?:this|next|in the) (?:fall|spring|summer|winter|year|cycle|round)\b| and\b| but\b| so\b|[.,!?;(]|$)/i.exec(t);
  if (applying && ok(clean(applying[1]!))) {
    // "applying to grant writer role": a role named without its article takes "the".
    const bare = clean(applying[1]!);
    const what = /^(?:the|an?|my)\b/i.test(applying[1]!) || !/\b(?:role|job|position|posting|opening)$/i.test(bare) ? bare : `the ${bare}`;
    const when = /^ (?:this|next) (?:fall|spring|summer|winter|year|cycle)\b/i.exec(t.slice(applying.index + applying[0].length))?.[0] ?? '';
    return `I'm applying to ${/^the\b/i.test(applying[1]!) ? 'the ' : ''}${what}${when}, and I'd love to hear how you see that path and what you wish applicants understood about it.`;
  }
  // "any shift at your hotel", "a job in your kitchen": the work there.
  const place = /\b(?:any|a|an) (?:shift|job|work|position|opening|spot)s? (?:at|in|with) (your (?:hotel|restaurant|kitchen|store|shop|firm|office|company|team|lab|clinic|practice|school|site|crew|garage|salon|studio|agency|bakery|cafe|bar))\b/i.exec(t);
  if (place) return `I'd love to hear what the work at ${place[1]!.toLowerCase()} looks like and how people usually get started there.`;
  // "the administrative fellowship at OhioHealth".
  const program = /\b(?:for|to|into) the ([\p{L} -]{3,40}? (?:fellowship|residency|program|internship|apprenticeship|rotation))(?: (?:at|with) ((?:[\p{Lu}][\p{L}&'’.-]*)(?: [\p{Lu}][\p{L}&'’.-]*){0,3}))?/iu.exec(t);
  if (program && ok(program[1]!)) return `I'd love to hear what the ${program[1]!.replace(/\b\p{Lu}\p{Ll}+/gu, (w) => w.toLowerCase())}${program[2] ? ` at ${program[2]}` : ''} is like from the inside, and how you came to be part of it.`;
  return undefined;
}

/** The writer's own background that makes the ask honest ("I've been out of work for four months since the Marriott downtown closed"), without the plea around it. */
export function backgroundSentence(f: OutreachFacts, draft: string): string | undefined {
  const used = (x: { start: number; end: number }) => [f.affiliation, f.connection, f.ask, f.name, f.recipient].some((g) => g && g.start < x.end && g.end > x.start);
  for (const x of analyse(maskPlaceholders(draft)).sentences) {
    if (used(x) || !/^(?:I['’]ve been|I have been|I worked|I spent|I was|I['’]ve worked|I have worked|I recently|I just)\b/i.test(x.text.trim())) continue;
    const cut = x.text.replace(/\s+/g, ' ').replace(/,? (?:and|so|but) (?:I['’]m|I am) (?:getting |really |so |very |kind of |pretty )*(?:desperate|stressed|worried|anxious|scared|lost|broke|struggling)\b[^.!?]*/i, '');
    const kept = keepable(cut, 180);
    if (kept) return kept;
  }
  return undefined;
}

/** "I'm Kim. I'm exploring a career in the Business Analyst." → "I'm Kim." (the favour's ask names the role instead). */
function withoutExploring(intro: string): string {
  const i = intro.indexOf("I'm exploring a career in ");
  return i >= 0 && intro.indexOf('.', i) === intro.length - 1 ? intro.slice(0, i).trim() : intro;
}

/** The favour turned into an informational ask, after the writer's background when they gave one. */
function favourAsk(f: OutreachFacts, draft: string): string | undefined {
  const ask = favourPurpose(draft);
  if (!ask) return undefined;
  const bg = backgroundSentence(f, draft);
  return bg ? `${bg} ${ask}` : ask;
}

/** The writer's own availability sentence: it names their times as they wrote them (a range stays a range). */
function ownTimesSentence(f: OutreachFacts, draft: string): string | undefined {
  for (const t of f.times) {
    const x = sentenceAt(draft, t.start);
    if (!x || isMeetingAsk(x.text) || !offersTime(x.text)) continue;
    // "…connect about stuff, if you have 15 minutes sometime next week, maybe Tuesday": the times are kept, not the sentence.
    if (/\bif you (?:have|could spare|can spare)\b|\b(?:touch base|stuff|things)\b/i.test(x.text)) continue;
    // "Thurs the 9th or anytime the week of the 13th would work on my end": the days written out, the sentence theirs.
    const kept = keepable(x.text, 180) ?? keepable(normaliseTime(x.text), 180);
    if (kept) return kept;
  }
  return undefined;
}

function fillSlots(f: OutreachFacts, context: OutreachContext, flexible: boolean, draft?: string): Slots {
  const who = f.recipient?.text ?? context.recipientName?.trim();
  const { topic, learn } = topicOf(f, context, draft);
  // Each time once ("Saturday or Saturday" is one), written out.
  // Only times offered for the meeting: not a deadline or a favour's date ("before the October 3 deadline").
  const sentences = draft ? analyse(maskPlaceholders(draft)).sentences : [];
  const offered = f.times.filter((t) => {
    const sen = sentences.find((x) => x.start <= t.start && t.start < x.end)?.text ?? '';
    // A day named for something else ("I volunteer Saturdays", "my interview is Friday") is no time on offer:
    // only a sentence that offers time, or the ask itself, gives one.
    const offering = offersTime(sen) || isMeetingAsk(sen);
    return offering && !FAVOUR.test(sen) && !new RegExp(`${t.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(?:deadline|due date|cutoff)`, 'i').test(sen) && !/\b(?:deadline|due|closes|by the end of)\b/i.test(sen.slice(0, 200));
  });
  // "Friday, October 11, at 4:00 p.m." is one time, not "Friday, October 11 or at 4:00 p.m.".
  const joined: Array<{ text: string; start: number; end: number }> = [];
  for (const t of offered) {
    const prev = joined.at(-1);
    const gap = draft && prev ? draft.slice(prev.end, t.start) : '';
    // "Monday through Thursday", "9 a.m. to 6 p.m.": a range stays one range, never two days to pick from.
    if (prev && draft && /^\s*(?:through|thru|to|until|till|-|–|—)\s*$/i.test(gap)) {
      joined[joined.length - 1] = { text: `${prev.text} ${gap.trim().replace(/^(?:-|–|—|thru)$/, 'through')} ${t.text}`, start: prev.start, end: t.end };
      continue;
    }
    if (prev && draft && /^,?\s*$/.test(gap) && /^(?:at|from|between|after|before|around|in the|by|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d)/i.test(t.text)) joined[joined.length - 1] = { text: `${prev.text}${gap.includes(',') && !/^at\b/i.test(t.text) ? ', ' : ' '}${t.text}`, start: prev.start, end: t.end };
    else joined.push({ text: t.text, start: t.start, end: t.end });
  }
  const uniqueTimes = [...new Set(joined.map((t) => normaliseTime(t.text).replace(/,\s+(?=at\b)/, ' ')))];
  const times = uniqueTimes.length > 0 ? list(uniqueTimes) : undefined;
  const connection = connectionSentence(f, context, draft);
  const grams = (x: string, n: number) => {
    const w = x.toLowerCase().match(/[\p{L}\d'’-]+/gu) ?? [];
    return new Set(w.slice(0, Math.max(0, w.length - n + 1)).map((_, i) => w.slice(i, i + n).join(' ')));
  };
  const connectionGrams = connection ? grams(connection, 4) : new Set<string>();
  const repeats = !!connection && !topic.startsWith('[') && topic.split(' ').length >= 4 && [...grams(topic, 4)].some((g) => connectionGrams.has(g));
  // The connection already says who they are ("I'm a fellow DigiPen grad"): no blank for it.
  let intro = !f.name && !f.affiliation && connection && /^I['’]m\b/.test(connection) ? '' : introOf(f);
  // The intro already says the field ("I'm exploring a career in tattooing"): the ask is about their path into it, not the field again.
  // A favour made an informational ask names the role or program: no "I'm exploring a career in the Business Analyst" before it.
  if (draft && !purposeSentence(f, draft) && favourAsk(f, draft)) intro = withoutExploring(intro) || (f.name ? `I'm ${capitalName(f.name.text)}.` : '');
  const saidInIntro = !topic.startsWith('[') && new RegExp(`career in ${topic.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.$`, 'i').test(intro);
  if (saidInIntro) return fillWith(`your path into ${topic}`, `how you got into ${topic}`);
  return fillWith(repeats ? 'that' : topic, repeats ? 'more about that' : learn);
  function fillWith(topicSlot: string, learnSlot: string): Slots {
  const purpose = draft ? (purposeSentence(f, draft) ?? favourAsk(f, draft)) : undefined;
  // The writer's connection sentence also says what they want to hear ("I saw your post on Discord about private credit
  // and I'd love to hear how you got into it"): it is their purpose, said once — never followed by a generic one.
  const connectionIsPurpose = !purpose && !!connection && /\b(?:love|like|hoping|want|wanted|wanting) to (?:hear|learn|know|understand|ask)\b/i.test(connection);
  // The connection fact is the first clause of a sentence whose second says what they want to hear ("You mentioned you
  // started on the front desk…, and I'd really like to hear more about how that happened"): the whole sentence is kept.
  const whole = !purpose && !connectionIsPurpose && draft && f.connection ? sentenceAt(draft, f.connection.start) : undefined;
  const wholeKept = whole && /\b(?:love|like|hoping|want|wanted|wanting) to (?:hear|learn|know|understand)\b/i.test(whole.text) ? keepable(whole.text, 260, true) : undefined;
  return {
    hello: greeting(who, draft),
    intro,
    connection,
    // The connection already names the topic ("…suggested I ask about your path from classroom teacher to…"): refer back, never say it twice.
    topic: topicSlot,
    learnTopic: learnSlot,
    minutes: minutesOf(f, context, draft ?? ""),
    format: formatOf(f),
    times,
    flexible,
    name: f.name ? capitalName(f.name.text) : BLANK.name,
    firstName: f.name ? capitalName(f.name.text).split(' ')[0] : undefined,
    dated: f.times.length > 0,
    ...(f.phone ? { phone: f.phone.text } : {}),
    ...(purpose ? { purpose } : connectionIsPurpose ? { purpose: connection!, connection: undefined } : wholeKept ? { purpose: wholeKept, connection: undefined } : {}),
    // Their sentence stands for their times only when it holds every one they offered ("Tues or Thurs evenings are easy
    // for me" after "a call sometime next week?" would drop "next week": then the times are listed instead).
    ...(draft && ownTimesSentence(f, draft) && uniqueTimes.every((t) => normaliseTime(ownTimesSentence(f, draft)!).toLowerCase().includes(t.toLowerCase())) ? { ownTimes: ownTimesSentence(f, draft)! } : {}),
  };
  }
}

/**
 * The draft's recipient, as the writer addressed them, in written form: "hey mr park!!" → "Hi Mr. Park,", "Dear Dr. Levin"
 * stays "Dear"; a title with no greeting word ("Ms. Chen -") is greeted "Dear"; no name → "Hello,".
 */
export function greeting(who: string | undefined, draft?: string): string {
  if (!who) return 'Hello,';
  const name = capitalName(who.replace(/\s+/g, ' ').trim()).replace(/^(Mr|Ms|Mrs|Mx|Dr|Prof)\.?\s/i, (_, t: string) => `${t.charAt(0).toUpperCase()}${t.slice(1).toLowerCase()}. `);
  const word = draft ? /^\s*(dear|hi+|hello|hey+|good (?:morning|afternoon|evening))\b/i.exec(draft)?.[1]?.toLowerCase() : undefined;
  const titled = /^(?:Dr|Prof|Mr|Ms|Mrs|Mx)\.\s/.test(name);
  return word === 'dear' || (!word && titled) ? `Dear ${name},` : `Hi ${name},`;
}

/** "ava", "jake morales" (a casual signature) → "Ava", "Jake Morales". */
/** The name with its capitals ("bea" → "Bea"); a surname's lowercase particle stays ("Lotte de Vries", not "De Vries"). */
const capitalName = (n: string) =>
  n.replace(/(^|[\s-])(\p{Ll})(\p{L}*)/gu, (w, b: string, c: string, rest: string) => (b !== '' && /^(?:de|da|del|della|di|do|dos|das|du|van|von|der|den|le|la|bin|binti|ibn|al|el|ter|ten|los|las)$/.test(c + rest) ? w : b + c.toUpperCase() + rest));

const an = (w: string) => (/^(?:[aeiou]|hour|honest)/i.test(w) ? 'an' : 'a');
/** "15 minutes" → "15-minute". */
const adjective = (minutes: string) => (minutes === 'an hour' ? 'hour-long' : minutes === NO_AMOUNT ? 'short' : minutes.replace(/^(\d+) minutes$/, '$1-minute'));

function timesLine(s: Slots, variant: number): string {
  // The writer's own sentence about when they are free says it best (and never turns "Monday through Thursday" into two days).
  if (s.ownTimes) return /\b(?:work around|flexible|whatever|whenever|fit (?:your|around)|your schedule|easiest for you|good for you|suits you)\b/i.test(s.ownTimes) ? s.ownTimes : `${s.ownTimes} ${variant % 2 === 0 ? "I'm happy to work around your schedule." : 'I can also fit your calendar.'}`;
  if (s.times) {
    return [
      `I'm free ${s.times}, and happy to work around your schedule.`,
      /^(?:at|after|before|around|between|from|any|most)\b/i.test(s.times) ? `I'm free ${s.times}, but I can work around your calendar.` : `${s.times.charAt(0).toUpperCase()}${s.times.slice(1)} would suit me, but I can work around your calendar.`,
      `I could do ${s.times}, or another time that suits you better.`,
      `I'm free ${s.times}; if neither works, I'll fit your schedule.`,
    ][variant % 4]!.replace(/if neither works/, s.times.includes(' or ') ? 'if neither works' : "if that doesn't work");
  }
  // No times in the draft: offering to fit their calendar meets the rule, and invents no time.
  return variant % 2 === 0 ? "I'm happy to work around your schedule." : "I'll gladly fit whatever time suits you.";
}

type Template = (s: Slots) => string[];

/** The purpose sentence: the writer's own when it reads whole, else the template's lead with the topic. */
const learn = (s: Slots, lead: string) => s.purpose ?? `${lead} ${s.learnTopic}.`;

/** Email: greeting, who, connection, purpose, one ask, times, thanks, sign-off. Four human-written variants. */
const EMAIL: Template[] = [
  (s) => [s.hello, '', [s.intro, s.connection, learn(s, "I'd love to learn")].filter(Boolean).join(' '), '', `Would you have ${s.minutes} for a ${s.format}${s.times || s.ownTimes || s.dated ? '' : ' in the next few weeks'}? ${timesLine(s, 0)}`, '', 'Thank you for considering it.', '', 'Best regards,', s.name, s.phone ?? ''],
  (s) => [s.hello, '', [s.connection, s.intro].filter(Boolean).join(' '), '', `${s.purpose ? `${s.purpose} I'd be grateful for` : `I'm hoping to hear ${s.learnTopic}, and would be grateful for`} ${s.minutes} of your time for a ${s.format}. ${timesLine(s, 1)}`, '', "Thank you, and I understand if now isn't a good time.", '', 'Best,', s.name, s.phone ?? ''],
  (s) => [s.hello, '', [s.intro, s.connection].filter(Boolean).join(' '), '', `${s.purpose ?? `I'm writing because I'd like to learn ${s.learnTopic}.`} Could we have ${an(adjective(s.minutes))} ${adjective(s.minutes)} ${s.format}? ${timesLine(s, 2)}`, '', 'Thanks for reading, and for considering it.', '', 'Warm regards,', s.name, s.phone ?? ''],
  (s) => [s.hello, '', [s.intro, s.connection].filter(Boolean).join(' '), '', `${learn(s, "I'd be grateful to hear")} Would ${an(adjective(s.minutes))} ${adjective(s.minutes)} ${s.format} work for you? ${timesLine(s, 3)}`, '', 'Thank you for your time.', '', 'Kind regards,', s.name, s.phone ?? ''],
];

/**
 * A LinkedIn message's closing: "Thank you," over the first name; with no name known (LinkedIn shows it) the
 * closing stands as its own sentence, never a comma over nothing (blind readers, round 4: "Thank you," alone).
 */
const signOff = (s: Slots, closing: string): string[] => (s.firstName ? [`${closing},`, s.firstName] : [closing === 'Best' ? 'Thank you!' : `${closing}.`]);

/** LinkedIn message (no character cap, but short): greeting, who and connection, purpose, ask. */
const LINKEDIN_MESSAGE: Template[] = [
  (s) => [s.hello, '', [s.intro, s.connection].filter(Boolean).join(' '), '', `${learn(s, "I'd love to learn")} Would you be open to ${an(adjective(s.minutes))} ${adjective(s.minutes)} ${s.format}? ${timesLine(s, 0)}`, '', ...signOff(s, 'Thanks for considering it')],
  (s) => [s.hello, '', [s.connection, s.intro].filter(Boolean).join(' '), `${learn(s, "I'm hoping to hear")} Could I ask for ${s.minutes} of your time for a ${s.format}? ${timesLine(s, 1)}`, '', ...signOff(s, 'Thank you')],
  (s) => [s.hello, '', [s.intro, s.connection, learn(s, "I'm curious to learn")].filter(Boolean).join(' '), '', `If you have ${s.minutes} for a ${s.format}${s.times || s.ownTimes || s.dated ? '' : ' in the coming weeks'}, I'd be grateful. ${timesLine(s, 2)}`, '', ...signOff(s, 'Best')],
  (s) => [s.hello, '', [s.intro, s.connection].filter(Boolean).join(' '), '', s.purpose ? `${s.purpose} Would you have ${s.minutes} for a ${s.format}? ${timesLine(s, 3)}` : `Would you have ${s.minutes} for a ${s.format} ${/^(?:more )?about /.test(s.learnTopic) ? s.learnTopic : `about ${s.learnTopic}`}? ${timesLine(s, 3)}`, '', ...signOff(s, 'Thank you for considering it')],
];

/** LinkedIn connection note: at most 200 characters (300 with Premium), the connection always kept. */
/** "Hi Jordan, we both studied…": after the greeting's comma a sentence goes on in lowercase (not "I", not a name). */
const afterComma = (s: string) => s.replace(/^(We|Our|My|Your|The|Like|Fellow|A|An|Both)\b/, (w) => w.toLowerCase());
/** A note greets as "Hi Ms. Garcia", never "Dear". */
const noteHello = (s: Slots) => s.hello.replace(/^Dear /, 'Hi ').replace(/,$/, '');
/** "Hi Ms. Garcia, we both…" — or, when the note has no who-and-connection to say (LinkedIn shows the profile), "Hi Ms. Garcia!". */
const noteOpen = (s: Slots) => {
  const who = [s.connection, s.intro].filter(Boolean).join(' ');
  return who ? `${noteHello(s)}, ${afterComma(who)}` : `${noteHello(s)}!`;
};

/** A note that has the writer's own purpose (or the favour made an informational ask) says it, then one short ask. */
const notePurpose = (s: Slots, rest: Template): Template => (x) => (x.purpose ? [`${noteOpen(x)} ${x.purpose} ${x.minutes === NO_AMOUNT ? 'Would you have time for a short call?' : `Would you have ${x.minutes} for a ${x.format}?`}`] : rest(x));

const LINKEDIN_NOTE: Template[] = ([
  (s) => [`${noteOpen(s)} Could I ask you about ${s.topic} in ${an(adjective(s.minutes))} ${adjective(s.minutes)} ${s.format}? Thank you!`],
  (s) => [`${noteOpen(s)} I'd value ${s.minutes} to hear ${s.learnTopic}. Thank you!`],
  (s) => [`${noteOpen(s)} Would you have ${s.minutes} for a ${s.format} on ${s.topic}? Thanks!`],
  (s) => [`${noteOpen(s)} I'd love to learn ${s.learnTopic}. Open to ${an(adjective(s.minutes))} ${adjective(s.minutes)} ${s.format}?`],
] as Template[]).map((t) => notePurpose(undefined as never, t));

/** On the phone the greeting names whom they asked for: "Hello Captain Delgado, this is Kevin Osei." */
const callHello = (s: Slots, word: string) => {
  const who = /^(?:Hi|Dear) (.+),$/.exec(s.hello)?.[1];
  return who ? `${word} ${who}` : word;
};

/** A role at the end of a field phrase: the field is a job title. */
const ROLE_HEAD = /\b(?:technician|sommelier|nurse|mechanic|electrician|plumber|welder|pilot|editor|producer|director|consultant|therapist|counselor|counsellor|planner|architect|attorney|lawyer|accountant|officer|specialist|coordinator|assistant|technologist|scientist|paralegal|dispatcher|chef|cook|barista|firefighter|paramedic|hygienist|pharmacist|lineman|machinist|carpenter|arborist)s?$/i;

/** After "this is Tony Alvarez": who they are, without saying the name twice. */
const callIntro = (s: Slots) => {
  const esc = s.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return s.intro.replace(new RegExp(`^I'm ${esc}\\.\\s*`), '').replace(new RegExp(`^I'm ${esc}, `), "I'm ").replace(/^I'm [^,.[]+, /, "I'm ");
};

/** The writer's number, said so it can be written down (a voicemail with none can't be returned). */
const callback = (s: Slots, variant: number): string[] => (s.phone ? [[`My number is ${s.phone}.`, `You can reach me at ${s.phone}.`, `The best number for me is ${s.phone}.`, `My number is ${s.phone}.`][variant % 4]!] : []);

/** Phone script: who is calling, why, one ask, an easy way out, the callback number when the writer gave it. */
const PHONE: Template[] = [
  (s) => [`${callHello(s, 'Hello')}, this is ${s.name}. ${callIntro(s)}`, s.connection ?? '', s.purpose ? `${s.purpose} I'm calling to ask whether you'd have ${s.minutes} sometime for a short conversation.` : `I'm calling to ask whether you'd have ${s.minutes} sometime for a short conversation about ${s.topic}.`, `${timesLine(s, 0)} If now isn't a good time, I'm glad to call back.`, ...callback(s, 0), 'Thank you.'],
  (s) => [`${callHello(s, 'Hi')}, my name is ${s.name}. ${callIntro(s)}`, s.connection ?? '', `${learn(s, "I'd love to learn")} Would you have ${s.minutes} for a call${s.times || s.ownTimes || s.dated ? '' : ' in the next few weeks'}?`, timesLine(s, 1), ...callback(s, 1), 'Thank you for taking my call.'],
  (s) => [`${callHello(s, 'Good morning')}, this is ${s.name}. ${callIntro(s)}`, s.connection ?? '', `${s.purpose ? `${s.purpose} I'm calling to ask` : `I'm hoping to hear ${s.learnTopic}, and I'm calling to ask`} whether ${an(adjective(s.minutes))} ${adjective(s.minutes)} conversation might be possible.`, timesLine(s, 2), ...callback(s, 2), "If now isn't a good time, I'm glad to call back. Thank you."],
  (s) => [`${callHello(s, 'Hello')}, this is ${s.name}. ${callIntro(s)}`, s.connection ?? '', s.purpose ? `${s.purpose} Would you have ${s.minutes} for a short call?` : `Would you have ${s.minutes} for a short call about ${s.topic}?`, timesLine(s, 3), ...callback(s, 3), 'Thanks so much for your time.'],
];

export const TEMPLATES: Record<DraftChannel, Template[]> = { email: EMAIL, 'linkedin-message': LINKEDIN_MESSAGE, 'linkedin-note': LINKEDIN_NOTE, 'phone-script': PHONE };

/** A stable choice of template from the draft (so the same draft gets the same fresh draft). */
function pick(draft: string, n: number): number {
  let h = 0;
  for (let i = 0; i < draft.length; i++) h = (h * 31 + draft.charCodeAt(i)) >>> 0;
  return h % n;
}

/** The longest subject line offered; longer ones are cut back to a whole phrase or not offered. */
/** A subject never carries a job ask into the recipient's inbox. */
const JOB_WORDS = /\b(?:jobs?|hiring|hired?|openings?|vacanc(?:y|ies)|positions?|internships?|referrals?|resumes?|résumés?|cvs?|apply|applying|application|employment|headcount|recruit\w*|interviews?|offers?)\b/i;
/** A phrase that ends on one of these is cut mid-way: "career paths in", "your move into the". */
const DANGLING =
  /\s+(?:a|an|the|and|or|but|nor|of|in|on|at|to|for|with|from|by|into|about|as|than|that|which|who|whose|your|my|our|their|his|her|its|this|these|those|is|are|was|were|be|been|being|how|what|why|when|where|whether|if|so|very|more|most|some|any|each|every|focused|based|working|including|such|like|while|after|before|between|through|toward|towards|across|within|without|i|you|we|they|it)$/i;
/** A clause, not a noun phrase: "LinkedIn I was struck by your path". */
const NOT_A_NOUN_PHRASE = /\b(?:I|we|he|she|they)\s+(?:was|am|is|are|were|have|had|has|did|do|will|would|can|could|saw|read|found|came|felt|thought)\b|\b(?:I['’]m|I['’]ve|I['’]d)\b/;
/** Words that praise or fill but name nothing. */
const PRAISE_OR_FILLER = /^(?:a|an|the|your|my|our|their|good|great|nice|amazing|awesome|wonderful|excellent|esteemed|reputed|reputable|prestigious|famous|renowned|interesting|cool|big|great|work|company|organi[sz]ation|firm|field|industry|career|job|team|business|sector|space)$/i;
/** Where a noun phrase may be cut short: before a preposition, a conjunction or a participle. */
const CUT_BEFORE = /^(?:in|on|at|for|with|from|by|of|into|about|and|or|focused|based|working|including|while|after|before|between|through|across|within|who|that|which)$/i;
/**
 * The subject's topic as a whole noun phrase, from the purpose sentence:
 * "learn how you moved from bench research into product management" → "your path into product management",
 * "what a typical week looks like as a UX researcher" → "a typical week as a UX researcher".
 */
export function subjectTopic(purposeSentence: string, room: number): string | undefined {
  const raw = purposeTopic(purposeSentence);
  if (!raw || /[[\]]/.test(raw)) return undefined;
  let topic = raw;
  const path = /^how (?:you|they|people|someone) (?:\w+ ){0,2}?(?:got|get|moved|move|went|go|made (?:the|your|that) (?:move|switch|jump|leap|transition)|made it|transitioned|switched|broke|came|pivoted|found (?:your|their) way|ended up)\b.*?\b(?:into|to|toward|towards)\s+(?!be\b|do\b|focus\b|work\b|become\b)(.+)$/i.exec(topic);
  const week = /^what (?:a |an |your )?(?:typical |average |normal |regular )?(day|week|month|year)\b.*?\b(?:as|for|in|at)\s+(.+)$/i.exec(topic);
  const like = /^what (.+?) (?:looks?|is|are|feels?|was|were)(?: really| actually)? like\b/i.exec(topic);
  const involves = /^what (.+?) (?:actually |really )?(?:involves|entails|requires|demands)\b/i.exec(topic);
  if (path) topic = `your path into ${path[1]}`;
  else if (week) topic = `a typical ${week[1]!.toLowerCase()} as ${week[2]}`;
  else if (like) topic = like[1]!;
  else if (involves) topic = involves[1]!;
  else if (/^(?:how|what|why|whether|which|if)\b/i.test(topic)) return undefined;
  topic = topic.replace(/\s+/g, ' ');
  // Too long: the longest whole phrase that fits, cut before a preposition or conjunction.
  if (topic.length > room) {
    const words = topic.split(' ');
    let best = '';
    for (let i = 1; i < words.length; i++) {
      const head = words.slice(0, i).join(' ');
      if (head.length > room) break;
      if (CUT_BEFORE.test(words[i]!)) best = head;
    }
    topic = best;
  }
  while (DANGLING.test(topic)) topic = topic.replace(DANGLING, '');
  if (topic.split(' ').length < 2 || JOB_WORDS.test(topic) || NOT_A_NOUN_PHRASE.test(topic)) return undefined;
  // "your good company" names nothing: a subject needs a word past the praise.
  if (topic.split(' ').every((w) => PRAISE_OR_FILLER.test(w))) return undefined;
  return topic;
}

/** "15 minutes" → "15 minutes"; no amount named → "A short conversation" (never an invented number). */
const subjectLead = (minutes: string) => (minutes === NO_AMOUNT ? 'A short conversation' : `${minutes.charAt(0).toUpperCase()}${minutes.slice(1)}`);

/** Subject from the facts: "15 minutes on urban water management?"; a noun phrase or nothing, never a fragment. */
export function subjectFromFacts(f: OutreachFacts, slots: Pick<Slots, 'minutes' | 'topic'> & { purpose?: string }): string {
  // The body says the writer's own purpose: the subject names what that sentence asks about, or stays general.
  if (slots.purpose) {
    const own = subjectTopic(slots.purpose, SUBJECT_TOPIC_CHARS);
    const tokens = own ? analyse(own).tokens : [];
    if (own && tokens.every((t) => t.pos !== 'AUX') && /^(?:NOUN|PROPN)$/.test(tokens.at(-1)?.pos ?? '') && !isStrayTopic(own) && !/\b(?:jobs?|openings?|positions?|hiring|referrals?|resume|cv)\b/i.test(own)) return `${subjectLead(slots.minutes)} on ${own}?`;
    return `Request for ${an(adjective(slots.minutes))} ${adjective(slots.minutes)} informational conversation`;
  }
  // The subject names the topic the body uses (a stray one was dropped there).
  // "how you would choose between public accounting and industry" → "public accounting or industry".
  const choice = choiceBetween(slots.topic);
  if (choice && `${choice[0]} or ${choice[1]}`.length <= 45) return `${subjectLead(slots.minutes)} on ${choice[0]} or ${choice[1]}?`;
  const topic = slots.topic.startsWith('[') || /^your path and what your work/.test(slots.topic) ? undefined : slots.topic === 'that' ? f.topic?.text.replace(/(?<![.?!])[.?!]+$/, '').replace(/\s+/g, ' ') : slots.topic;
  let np: string | undefined;
  // "how you moved … into urban water management" → "your path into urban water management".
  const shaped = topic ? subjectTopic(/^(?:how|what|why|whether|which)\b/i.test(topic) ? `I'd love to learn ${topic}.` : `I'd love to learn about ${topic}.`, 45) : undefined;
  const shapedTokens = shaped ? analyse(shaped).tokens : [];
  if (shaped && shapedTokens.every((t) => t.pos !== 'AUX') && !/^(?:ADP|DET|CCONJ|SCONJ|PRON|AUX|PART|ADV)$/.test(shapedTokens.at(-1)?.pos ?? 'ADP')) np = shaped;
  else if (topic) {
    const phrases = nounPhrases(topic);
    // A topic that is one noun phrase ("your move into product") or a clause whose last noun phrase names the field.
    if (phrases.length > 0 && !/^(?:how|what|why|whether|which)\b/i.test(topic) && analyse(topic).tokens.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX')) np = topic;
    else {
      const last = phrases.filter((p) => p.text.split(' ').length >= 2 && !/^(?:you|your|my|I)$/i.test(p.text)).sort((a, b) => b.text.length - a.text.length)[0]?.text;
      if (last && !/^(?:your|my|the|a|an) (?:time|work|day|week|job|career|path)$/i.test(last)) np = last.replace(/^(?:the|a|an)\s+/i, '');
    }
  }
  const minutes = slots.minutes;
  // A phrase cut out of the topic mid-way: "the differences between working in tax[ and audit]", "[the ]academy".
  if (np && topic) {
    const i = topic.indexOf(np);
    if (i >= 0 && (/^\s+(?:and|or|vs\.?|versus|&)\s/i.test(topic.slice(i + np.length)) || /\b(?:the|a|an|your|my|their|our)\s+$/i.test(topic.slice(0, i)))) np = undefined;
  }
  // A phrase cut before a possessive ("your first children" of "children's book") or naming a person ("site reliability engineer") is no subject.
  if (np && topic && new RegExp(`${np.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['’]`).test(topic)) np = undefined;
  if (np && !/^(?:your|the|a|an|my)\b/i.test(np) && /(?:er|or|ist|ian|ant)$/i.test(np) && !/\b(?:manager|engineer|designer|developer|writer)ing\b/i.test(np) && /^[a-z]/.test(np)) np = undefined;
  if (np && /^(?:your|my|the|a|an)?\s*(?:time|work|day|week|job|career|path|ground|move|switch|business|that|it)$/i.test(np)) np = undefined;
  // A subject names a topic a stranger can read without the body: not one pointing back ("that khalid remix",
  // "her own mother's quilts"), not a bare "the part", not a vague span of time or "thing".
  if (np && (/\b(?:that|this|those|these|her|his|their|its|our|my|whole)\b/i.test(np) || /^(?:the|a|an)\s+[\p{L}-]+$/iu.test(np) || /\b(?:thing|things|part|stuff|balance|years?|months?|weeks?|days?|experiences?)$/i.test(np) || /^(?:front|back|side|top|end|rest|line) (?:of|at)\b/i.test(np) || /^the (?:line|work|job|field|industry|role)\b/i.test(np))) np = undefined;
  if (np && np.length <= 45 && !isStrayTopic(np) && !/\b(?:jobs?|openings?|positions?|hiring|referrals?|resume|cv|opportunit\w*)\b/i.test(np)) return `${subjectLead(minutes)} on ${np}?`;
  return `Request for ${an(adjective(minutes))} ${adjective(minutes)} informational conversation`;
}

/** What a kept sentence may carry besides texting forms (those are written out from the one table, shared/text/texting.ts). */
const TEXTING: Array<[RegExp, string]> = [
  [/\bi(?=['’](?:m|d|ve|ll)\b|\s)/g, 'I'],
  [/\b(discord|reddit|slack|instagram|twitter|tiktok|youtube|github|facebook|linkedin|zoom)\b/g, ''],
  [/(?<![ \t])[ \t]*\b(?:lol|lmao|haha+|hehe|jk)\b/gi, ''],
  [/!{2,}/g, '!'],
  [/\?{2,}/g, '?'],
];
const BRANDS: Record<string, string> = { discord: 'Discord', reddit: 'Reddit', slack: 'Slack', instagram: 'Instagram', twitter: 'Twitter', tiktok: 'TikTok', youtube: 'YouTube', github: 'GitHub', facebook: 'Facebook', linkedin: 'LinkedIn', zoom: 'Zoom' };

/**
 * The register of kept sentences (blind readers, round 5: "I'm jason", "how u got started" inside a formal draft):
 * texting forms written out, chat noise dropped, the writer's name capitalised, every sentence starting with a capital.
 */
export function cleanRegister(text: string, name?: string): string {
  let t = writeOutTexting(text);
  for (const [re, by] of TEXTING) t = re.source.includes('discord') ? t.replace(re, (w) => BRANDS[w] ?? w) : t.replace(re, by);
  if (name && /^\p{Ll}/u.test(name)) {
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    t = t.replace(new RegExp(`\\b${esc}\\b`, 'g'), capitalName(name));
  }
  // "(you probably don't remember me)" after the noise went; "it." after "it lol.".
  return t
    .replace(/\(\s+|(?<!\s)\s+\)/g, (m) => m.trim())
    .replace(/(?<![ \t])[ \t]+([,.!?)])/g, '$1')
    .replace(/(?<!\b(?:[ap]\.m|e\.g|i\.e|etc|vs))([.!?]\s+)(\p{Ll})/gu, (_, a: string, c: string) => a + c.toUpperCase());
}

/** A sentence of the fresh draft that the completeness check rejects is left out (its slot was optional) . */
function tidyLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines.map(withoutAmount)) {
    if (line === '' && (out.length === 0 || out.at(-1) === '')) continue;
    out.push(line.replace(/\s{2,}/g, ' ').replace(/(?<!\s)\s+([,.?!])/g, '$1').trim());
  }
  while (out.at(-1) === '') out.pop();
  return out;
}

/** Whether the draft already passed the times rule by offering flexibility (no times needed then). */
function offersFlexibility(draft: string, context: OutreachContext): boolean {
  return /\b(?:work around|flexible|whatever works|whenever (?:works|suits)|at your convenience|fit your schedule|fit (?:into|around) your)\b/i.test(draft) && lintOutreach(draft, context).some((v) => v.rule.id === 'outreach.proposes-times' && v.result.passed);
}

/**
 * The subject line of a draft, from its facts only: the writer's time amount or none ("A short conversation
 * on …"), the topic as a noun phrase or nothing — never an invented amount, never a fragment. The fresh
 * draft's subject, and the subject offered with the writer's own (edited) message.
 */
export function subjectOfDraft(draft: string, context: OutreachContext = {}, facts: OutreachFacts = extractFacts(draft, context)): string {
  const slots = fillSlots(facts, context, offersFlexibility(draft, context), draft);
  // The message sent is the writer's own: its purpose sentence, as a whole noun phrase, names the topic.
  const purpose = lintOutreach(maskPlaceholders(draft), context).find((v) => v.rule.id === 'outreach.specific-purpose' && v.result.passed)?.result.evidence?.[0]?.quote;
  const own = purpose ? subjectTopic(purpose, SUBJECT_TOPIC_CHARS) : undefined;
  if (own && !isStrayTopic(own)) return cleanRegister(`${subjectLead(slots.minutes)} on ${own}?`, facts.name?.text);
  return subjectWith(facts, slots);
}
/** The longest topic a subject names (with its lead, a subject stays within 60 characters). */
const SUBJECT_TOPIC_CHARS = 45;
const subjectWith = (facts: OutreachFacts, slots: Slots) => cleanRegister(subjectFromFacts(facts, slots), facts.name?.text);

export function freshDraft(draft: string, context: OutreachContext = {}, facts: OutreachFacts = extractFacts(draft, context)): FreshDraft {
  const channel = facts.channel;
  const slots = fillSlots(facts, context, offersFlexibility(draft, context), draft);
  const family = TEMPLATES[channel];
  const first = pick(draft, family.length);
  let chosen = first;
  let lines: string[] = [];
  // Try each template from the chosen one: the first whose sentences are all complete (and, for a note, fits).
  for (let k = 0; k < family.length; k++) {
    const i = (first + k) % family.length;
    const candidate = tidyLines(family[i]!(slots));
    const text = candidate.join('\n');
    const fits = channel !== 'linkedin-note' || [...text].length <= LINKEDIN_PREMIUM_NOTE_LIMIT;
    const complete = analyse(replaceBrackets(text, 'it'))
      .sentences.filter((s) => !/^(?:Hi|Hello|Dear|Best|Kind|Warm|Thank you,|Thanks for considering it,)\b/.test(s.text) && s.text.length > 3)
      .every((s) => checkComplete(s.text, { allowPlaceholder: true }).complete || /,$/.test(s.text));
    if (fits && complete) {
      chosen = i;
      lines = candidate;
      break;
    }
    if (k === 0) lines = candidate;
  }
  lines = lines.map((l) => cleanRegister(l, facts.name?.text));
  let text = lines.join('\n');
  // A note over 300 characters: the intro loses its asides ("(OSHA 30, CHST…)", ", currently finishing…") before anything else.
  if (channel === 'linkedin-note' && [...text].length > LINKEDIN_PREMIUM_NOTE_LIMIT) {
    const shorter = { ...slots, intro: withoutTrailingClause(removeAsides(slots.intro)) };
    const again = tidyLines(family[chosen]!(shorter)).join('\n');
    if ([...again].length < [...text].length) {
      text = again;
      lines = again.split('\n');
    }
  }
  // A note over 200 characters: the shortest template that keeps the connection.
  if (channel === 'linkedin-note' && [...text].length > LINKEDIN_NOTE_LIMIT) {
    const shortest = family
      .map((t, i) => ({ i, text: tidyLines(t(slots)).join('\n') }))
      .sort((a, b) => a.text.length - b.text.length)[0]!;
    if (shortest.text.length < text.length) {
      chosen = shortest.i;
      text = shortest.text;
    }
  }
  // A note keeps the writer's times when they fit in 200 characters, said before the thanks ("… Would you have 20
  // minutes for a call? Tuesdays or Fridays suit me best. Thank you!"): the templates have no slot for them, and a
  // fresh note that dropped them read worse than the writer's (blind readers, round 8).
  if (channel === 'linkedin-note' && (slots.ownTimes || slots.times)) {
    const when = slots.ownTimes && [...slots.ownTimes].length <= 70 ? slots.ownTimes : slots.times ? (/^(?:a|an|any|one)\b/i.test(slots.times) ? `${slots.times.charAt(0).toUpperCase()}${slots.times.slice(1)} would suit me.` : `I'm free ${slots.times}.`) : undefined;
    const thanks = /\s(?:Thank you!|Thanks!)$/.exec(text);
    const withTimes = when && !text.includes(when) ? (thanks ? `${text.slice(0, thanks.index)} ${when}${thanks[0]}` : `${text} ${when}`) : undefined;
    if (withTimes && [...withTimes].length <= LINKEDIN_NOTE_LIMIT && checkComplete(when!).complete) text = withTimes;
    else if (withTimes && checkComplete(when!).complete && slots.name && !/^\[/.test(slots.name)) {
      // A note already shows who sent it: "I'm Ines Kerr." gives way to the writer's times when both do not fit.
      const esc = slots.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const unnamed = withTimes.replace(new RegExp(`\\bI'm ${esc}\\.\\s*`), '').replace(new RegExp(`\\bI'm ${esc}, `), "I'm ");
      if (unnamed !== withTimes && [...unnamed].length <= LINKEDIN_NOTE_LIMIT) text = unnamed;
    }
  }
  const result: FreshDraft = {
    channel,
    template: `${channel}-${chosen + 1}`,
    text,
    placeholders: placeholdersIn(text).map((p) => p.text),
  };
  if (channel === 'email') result.subject = subjectWith(facts, slots);
  return result;
}
