import type { OutreachContext } from '../../shared/contracts/outreach.ts';
import { LINKEDIN_NOTE_LIMIT, LINKEDIN_PREMIUM_NOTE_LIMIT, MAX_ASK_MINUTES } from '../../shared/rules/outreach-rules.ts';
import { lintOutreach } from '../../shared/rules/index.ts';
import { extractFacts, placeholdersIn, type DraftChannel, type OutreachFacts } from '../text/facts.ts';
import { analyse, checkComplete, hasVerb, nounPhrases } from '../text/nlp.ts';
import { subjectTopic } from './offline-outreach.ts';
import { polishWords } from './outreach-rewrite.ts';

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
  intro: "[who you are in one line, e.g. a third-year student at State U exploring water policy]",
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
  const aff = f.affiliation?.text.replace(/\s+/g, ' ');
  if (aff && /^I\b/.test(aff)) return name ? `I'm ${name}. ${sentence(polishWords(aff))}` : sentence(polishWords(aff));
  if (aff && name) return `I'm ${name}, ${polishWords(aff)}.`;
  if (aff) return `I'm ${polishWords(aff)}.`;
  if (name) return `I'm ${name}, ${BLANK.role}.`;
  return `I'm ${BLANK.intro}.`;
}

/** The connection as a sentence of its own: "fellow UT alum here" → "I'm a fellow UT alum." */
function connectionSentence(f: OutreachFacts, context: OutreachContext): string | undefined {
  let c = f.connection?.text ?? context.connection?.trim();
  if (!c) return undefined;
  // The intro already carries it ("I'm a fellow UT alum studying…").
  if (f.affiliation && f.connection && f.connection.start <= f.affiliation.start && f.connection.end >= f.affiliation.end) return undefined;
  if (f.connection && f.ask && f.connection.start >= f.ask.start && f.connection.end <= f.ask.end) return undefined;
  c = polishWords(c.replace(/\s+/g, ' ').trim());
  const fellow = /^(?:a |an )?(fellow [^.!?]+?)(?: here)?[.!]?$/i.exec(c);
  if (fellow) c = `I'm a ${fellow[1]}`;
  else if (!/\b(?:I|we|me|my|our)\b/i.test(c) && !/\b(?:suggested|referred|recommended|mentioned)\b/i.test(c) && !hasVerb(c)) c = `I'm reaching out through ${c.replace(/^(?:through|via)\s+/i, '')}`;
  const s = sentence(c);
  // The connection sentence must not carry a second ask or a job ask.
  if (/\?$/.test(s) || !checkComplete(s).complete) return undefined;
  return s;
}

function topicOf(f: OutreachFacts, context: OutreachContext): { topic: string; learn: string } {
  let t = f.topic?.text.replace(/\s+/g, ' ').replace(/(?<![.?!])[.?!]+$/, '');
  if (t && f.topicIsPlace) t = `your work at ${t}`;
  if (t && f.topicIsField) t = `your work in ${t}`;
  if (!t) {
    // The context names their role or organization: their work there is the topic.
    const role = context.recipientRole?.trim();
    const org = context.organization?.trim();
    if (role || org) t = `your work${role ? ` as ${/^(?:a|an|the)\b/i.test(role) ? '' : `${an(role)} `}${role}` : ''}${org ? ` at ${org}` : ''}`;
  }
  if (!t) return { topic: BLANK.topic, learn: `about ${BLANK.topic}` };
  const clause = /^(?:how|what|why|whether|which|where|when)\b/i.test(t);
  return { topic: t, learn: clause ? t : `${f.topicInConnection ? 'more ' : ''}about ${t}` };
}

/** The writer's minutes ("15 min" → "15 minutes"); 20 when they named none, 30 when they asked for more. */
function minutesOf(f: OutreachFacts, context: OutreachContext): string {
  if (f.minutes && f.minutes.value <= MAX_ASK_MINUTES) return `${f.minutes.value} minutes`;
  const asked = context.minutesRequested;
  return `${asked && asked >= 10 && asked <= MAX_ASK_MINUTES ? asked : 20} minutes`;
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

function fillSlots(f: OutreachFacts, context: OutreachContext, flexible: boolean): Slots {
  const who = f.recipient?.text ?? context.recipientName?.trim();
  const { topic, learn } = topicOf(f, context);
  const times = f.times.length > 0 ? list(f.times.map((t) => normaliseTime(t.text))) : undefined;
  return {
    hello: who ? (/^(?:Dr|Prof|Mr|Ms|Mrs|Mx)\.?\s/.test(who) ? `Dear ${who},` : `Hi ${who},`) : 'Hello,',
    intro: introOf(f),
    connection: connectionSentence(f, context),
    topic,
    learnTopic: learn,
    minutes: minutesOf(f, context),
    format: formatOf(f),
    times,
    flexible,
    name: f.name?.text ?? BLANK.name,
    firstName: f.name?.text.split(' ')[0],
  };
}

const an = (w: string) => (/^[aeiou]/i.test(w) ? 'an' : 'a');
/** "15 minutes" → "15-minute". */
const adjective = (minutes: string) => minutes.replace(/^(\d+) minutes$/, '$1-minute');

function timesLine(s: Slots, variant: number): string {
  if (s.times) {
    return [
      `I'm free ${s.times}, and happy to work around your schedule.`,
      `${s.times.charAt(0).toUpperCase()}${s.times.slice(1)} would suit me, but I can work around your calendar.`,
      `I could do ${s.times}, or another time that suits you better.`,
      `I'm free ${s.times}; if neither works, I'll fit your schedule.`,
    ][variant % 4]!.replace(/if neither works/, s.times.includes(' or ') ? 'if neither works' : "if that doesn't work");
  }
  // No times in the draft: offering to fit their calendar meets the rule, and invents no time.
  return variant % 2 === 0 ? "I'm happy to work around your schedule." : "I'll gladly fit whatever time suits you.";
}

type Template = (s: Slots) => string[];

/** Email: greeting, who, connection, purpose, one ask, times, thanks, sign-off. Four human-written variants. */
const EMAIL: Template[] = [
  (s) => [s.hello, '', [s.intro, s.connection, `I'd love to learn ${s.learnTopic}.`].filter(Boolean).join(' '), '', `Would you have ${s.minutes} for a ${s.format}${s.times ? '' : ' in the next few weeks'}? ${timesLine(s, 0)}`, '', 'Thank you for considering it.', '', 'Best regards,', s.name],
  (s) => [s.hello, '', [s.connection, s.intro].filter(Boolean).join(' '), '', `I'm hoping to hear ${s.learnTopic}, and would be grateful for ${s.minutes} of your time for a ${s.format}. ${timesLine(s, 1)}`, '', "Thank you, and I understand if now isn't a good time.", '', 'Best,', s.name],
  (s) => [s.hello, '', [s.intro, s.connection].filter(Boolean).join(' '), '', `I'm writing because I'd like to learn ${s.learnTopic}. Could we have a ${adjective(s.minutes)} ${s.format}? ${timesLine(s, 2)}`, '', 'Thanks for reading, and for considering it.', '', 'Warm regards,', s.name],
  (s) => [s.hello, '', [s.intro, s.connection].filter(Boolean).join(' '), '', `I'd be grateful to hear ${s.learnTopic}. Would ${an(adjective(s.minutes))} ${adjective(s.minutes)} ${s.format} work for you? ${timesLine(s, 3)}`, '', 'Thank you for your time.', '', 'Kind regards,', s.name],
];

/** LinkedIn message (no character cap, but short): greeting, who and connection, purpose, ask. */
const LINKEDIN_MESSAGE: Template[] = [
  (s) => [s.hello, '', [s.intro, s.connection].filter(Boolean).join(' '), '', `I'd love to learn ${s.learnTopic}. Would you be open to a ${adjective(s.minutes)} ${s.format}? ${timesLine(s, 0)}`, '', 'Thanks for considering it,', s.firstName ?? ''],
  (s) => [s.hello, '', [s.connection, s.intro].filter(Boolean).join(' '), `I'm hoping to hear ${s.learnTopic}. Could I ask for ${s.minutes} of your time for a ${s.format}? ${timesLine(s, 1)}`, '', 'Thank you,', s.firstName ?? ''],
  (s) => [s.hello, '', [s.intro, s.connection, `I'm curious to learn ${s.learnTopic}.`].filter(Boolean).join(' '), '', `If you have ${s.minutes} for a ${s.format}${s.times ? '' : ' in the coming weeks'}, I'd be grateful. ${timesLine(s, 2)}`, '', 'Best,', s.firstName ?? ''],
  (s) => [s.hello, '', [s.intro, s.connection].filter(Boolean).join(' '), '', `Would you have ${s.minutes} for a ${s.format} ${s.learnTopic.startsWith('about ') ? s.learnTopic : `about ${s.learnTopic}`}? ${timesLine(s, 3)}`, '', 'Thank you for considering it,', s.firstName ?? ''],
];

/** LinkedIn connection note: at most 200 characters (300 with Premium), the connection always kept. */
/** "Hi Jordan, we both studied…": after the greeting's comma a sentence goes on in lowercase (not "I", not a name). */
const afterComma = (s: string) => s.replace(/^(We|Our|My|Your|The|Like|Fellow|A|An|Both)\b/, (w) => w.toLowerCase());
/** A note greets as "Hi Ms. Garcia", never "Dear". */
const noteHello = (s: Slots) => s.hello.replace(/^Dear /, 'Hi ').replace(/,$/, '');

const LINKEDIN_NOTE: Template[] = [
  (s) => [`${noteHello(s)}, ${afterComma([s.connection, s.intro].filter(Boolean).join(' '))} Could I ask you about ${s.topic} in a ${adjective(s.minutes)} ${s.format}? Thank you!`],
  (s) => [`${noteHello(s)}, ${afterComma([s.connection, s.intro].filter(Boolean).join(' '))} I'd value ${s.minutes} to hear ${s.learnTopic}. Thank you!`],
  (s) => [`${noteHello(s)}, ${afterComma([s.connection, s.intro].filter(Boolean).join(' '))} Would you have ${s.minutes} for a ${s.format} on ${s.topic}? Thanks!`],
  (s) => [`${noteHello(s)}, ${afterComma([s.connection, s.intro].filter(Boolean).join(' '))} I'd love to learn ${s.learnTopic}. Open to a ${adjective(s.minutes)} ${s.format}?`],
];

/** Phone script: who is calling, why, one ask, an easy way out. */
const PHONE: Template[] = [
  (s) => [`Hello, this is ${s.name}. ${s.intro.replace(/^I'm [^,.]+, /, "I'm ")}`.replace(/\. I'm \[/, ". I'm ["), s.connection ?? '', `I'm calling to ask whether you'd have ${s.minutes} sometime for a short conversation about ${s.topic}.`, `${timesLine(s, 0)} If now isn't a good time, I'm glad to call back.`, 'Thank you.'],
  (s) => [`Hi, my name is ${s.name}. ${s.intro.replace(/^I'm [^,.]+, /, "I'm ")}`, s.connection ?? '', `I'd love to learn ${s.learnTopic}. Would you have ${s.minutes} for a call${s.times ? '' : ' in the next few weeks'}?`, `${timesLine(s, 1)} Thank you for taking my call.`],
  (s) => [`Good morning, this is ${s.name}. ${s.intro.replace(/^I'm [^,.]+, /, "I'm ")}`, s.connection ?? '', `I'm hoping to hear ${s.learnTopic}, and I'm calling to ask whether ${an(adjective(s.minutes))} ${adjective(s.minutes)} conversation might be possible.`, timesLine(s, 2), `If it's easier, I can leave my number: ${BLANK.phone}. Thank you.`],
  (s) => [`Hello, this is ${s.name}. ${s.intro.replace(/^I'm [^,.]+, /, "I'm ")}`, s.connection ?? '', `Would you have ${s.minutes} for a short call about ${s.topic}?`, `${timesLine(s, 3)} Thanks so much for your time.`],
];

export const TEMPLATES: Record<DraftChannel, Template[]> = { email: EMAIL, 'linkedin-message': LINKEDIN_MESSAGE, 'linkedin-note': LINKEDIN_NOTE, 'phone-script': PHONE };

/** A stable choice of template from the draft (so the same draft gets the same fresh draft). */
function pick(draft: string, n: number): number {
  let h = 0;
  for (let i = 0; i < draft.length; i++) h = (h * 31 + draft.charCodeAt(i)) >>> 0;
  return h % n;
}

/** Subject from the facts: "15 minutes on urban water management?"; a noun phrase or nothing, never a fragment. */
export function subjectFromFacts(f: OutreachFacts, slots: Pick<Slots, 'minutes'>): string {
  const topic = f.topic?.text.replace(/(?<![.?!])[.?!]+$/, '').replace(/\s+/g, ' ');
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
  // A phrase cut before a possessive ("your first children" of "children's book") or naming a person ("site reliability engineer") is no subject.
  if (np && topic && new RegExp(`${np.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['’]`).test(topic)) np = undefined;
  if (np && !/^(?:your|the|a|an|my)\b/i.test(np) && /(?:er|or|ist|ian|ant)$/i.test(np) && !/\b(?:manager|engineer|designer|developer|writer)ing\b/i.test(np) && /^[a-z]/.test(np)) np = undefined;
  if (np && np.length <= 45 && !/\b(?:jobs?|openings?|positions?|hiring|referrals?|resume|cv)\b/i.test(np)) return `${minutes} on ${np}?`;
  return `Request for a ${adjective(minutes)} informational conversation`;
}

/** A sentence of the fresh draft that the completeness check rejects is left out (its slot was optional) . */
function tidyLines(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
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

export function freshDraft(draft: string, context: OutreachContext = {}, facts: OutreachFacts = extractFacts(draft, context)): FreshDraft {
  const channel = facts.channel;
  const slots = fillSlots(facts, context, offersFlexibility(draft, context));
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
    const complete = analyse(text.replace(/\[[^\]]*\]/g, 'it'))
      .sentences.filter((s) => !/^(?:Hi|Hello|Dear|Best|Kind|Warm|Thank you,|Thanks for considering it,)\b/.test(s.text) && s.text.length > 3)
      .every((s) => checkComplete(s.text, { allowPlaceholder: true }).complete || /,$/.test(s.text));
    if (fits && complete) {
      chosen = i;
      lines = candidate;
      break;
    }
    if (k === 0) lines = candidate;
  }
  let text = lines.join('\n');
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
  const result: FreshDraft = {
    channel,
    template: `${channel}-${chosen + 1}`,
    text,
    placeholders: placeholdersIn(text).map((p) => p.text),
  };
  if (channel === 'email') result.subject = subjectFromFacts(facts, slots);
  return result;
}
