import type { PersonaCard } from '../../shared/contracts/practice.ts';
import type { TranscriptTurn } from '../../shared/practice/transcript.ts';
import { analyse, checkComplete, pastOf, sentenceTexts } from '../text/nlp.ts';

/**
 * The offline thank-you note (issue 13, item 4), composed the way a careful person writes one:
 * the greeting with the name the user used for them; thanks naming what the conversation was about
 * (the user's own subject, or the field as it was said); ONE concrete thing the professional said,
 * turned into a short second-person phrase ("your advice to work a pruning season", "how you spent
 * four years at the DA's office"); the user's next step only when they said one; the person the
 * professional pointed them to, with the reason the professional gave; signed with the name the user
 * goes by. The frames are human-written and several per slot, chosen by a hash of the transcript.
 * Never the professional's sentences in the user's mouth, never a title or topic nobody said.
 */

export interface NoteInput {
  card: Pick<PersonaCard, 'name' | 'role' | 'field' | 'referrals'>;
  turns: readonly TranscriptTurn[];
}

export interface NoteParts {
  greeting: string;
  /** "Before we talked, I hadn't realized how much coordination there is." */
  takeaway?: string;
  /** The user's questions with the topic model's labels; one is named only when nothing else in the note names a topic. */
  asked?: AskedTopic[];
  subject?: string;
  /** The field as the conversation said it, when it did. */
  field?: string;
  highlight?: Highlight;
  plan?: string;
  referral?: Referral;
  signature?: string;
}

export interface Highlight {
  /** "your advice to work a pruning season" or "how you spent four years at the DA's office". */
  phrase: string;
  kind: 'advice' | 'story';
  /** The user said they will act on it ("I'll do that this week" right after the advice). */
  acted: boolean;
}

export interface Referral {
  name: string;
  /** "who runs the apprenticeship intake", from the professional's words; absent when they gave none. */
  reason?: string;
  /** They offered to make the introduction themselves. */
  offered: boolean;
  /** They offered to ask or write to the person for the user ("I can ask if there's room"), not to introduce them. */
  offeredToAsk?: boolean;
  /** How the user said they would contact them ("call"), when they said it. */
  userWill?: string;
}

const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);

/** FNV-1a over the transcript: the same transcript always picks the same frames. */
export function transcriptHash(turns: readonly TranscriptTurn[]): number {
  let h = 0x811c9dc5;
  for (const t of turns) {
    for (let i = 0; i < t.content.length; i++) {
      h ^= t.content.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  }
  return h >>> 0;
}

const TITLE_DOT = /\b(Dr|Mr|Ms|Mrs|Prof|St|Lt|Capt|Rev|Sgt|Fr|Jr|Sr)\. (?=[A-Z])/g;
function sentencesOfTurn(content: string): string[] {
  const masked = norm(content).replace(TITLE_DOT, '$1\u2024 ');
  return sentenceTexts(masked).map((s) => s.trim().replace(/\u2024/g, '.')).filter(Boolean);
}
/** Time words that point nowhere: "this week" is not a reference back. */
const withoutTimes = (s: string) => s.replace(/\b(?:this|that|next) (?:week|month|year|spring|summer|fall|autumn|winter|semester|weekend|morning|afternoon|evening)\b|\bthat's\b|\bone (?:day|of)\b/gi, '');

// ——— person: the professional's words to the user, said back to them ———

const PRO_TO_NOTE: Record<string, string> = {
  you: 'me', your: 'my', yours: 'mine', yourself: 'myself', "you're": "I'm", "you've": "I've", "you'll": "I'll", "you'd": "I'd",
  our: 'your', ours: 'yours', i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself', "i'm": "you're", "i've": "you've", "i'll": "you'll", "i'd": "you'd",
};

/**
 * A clause the professional said, as the user would write it to them: "you"/"your" (the user)
 * become "me"/"my" ("I" as a subject), and "I"/"my" (the professional) become "you"/"your".
 */
export function proToNote(clause: string): string {
  const parts = norm(clause).split(/(\s+)/);
  const tokens = analyse(norm(clause)).tokens;
  return parts
    .map((w, i) => {
      const bare = w.replace(/[^\p{L}']/gu, '');
      const key = bare.toLowerCase();
      let repl = PRO_TO_NOTE[key];
      if (!repl) return w;
      // "you" as a subject (before a verb) is "I": "if you can" → "if I can".
      if (key === 'you') {
        const next = (parts[i + 2] ?? '').toLowerCase().replace(/[^\p{L}']/gu, '');
        const at = tokens.findIndex((t) => t.start >= parts.slice(0, i).join('').length && t.text.toLowerCase() === 'you');
        const before = at > 0 ? tokens[at - 1] : undefined;
        const objectOf = before && (/^(?:ADP|VERB)$/.test(before.pos) || /^(?:to|with|for|at|from|about|than|like|tell|told|give|gave|help|let|make|show|teach|send|pay|set|take|hire|ask|call)$/i.test(before.text));
        const conj = before && /^(?:before|after|while|if|when|until|unless|because|once|so|and|or|but|that)$/i.test(before.text);
        const subordinate = before && /^(?:before|after|while|if|when|whenever|until|unless|because|once|since|although|though)$/i.test(before.text);
        const subject = subordinate || (conj || !objectOf) && (i === 0 || /^(?:can|could|will|would|should|need|want|have|do|did|are|were|get|go|know|learn|see|start|think|find|like|might|may|must|study|work|change|decide|apply|move|finish|land|graduate|leave|join|try)$/.test(next) || !!before && /^(?:SCONJ|CCONJ)$/.test(before.pos));
        if (subject) repl = 'I';
      }
      if (/^(?:are|were)$/.test(key)) return w;
      return w.replace(bare, repl);
    })
    .join('')
    .replace(/\bI are\b/g, 'I am')
    .replace(/\bI were\b/g, 'I was')
    .replace(/\byou am\b/g, 'you are')
    .replace(/\byou was\b/g, 'you were');
}

// ——— the one concrete thing the professional said ———

const ADVICE_VERBS =
  'become|get|learn|take|start|find|join|do|work|apply|practice|practise|read|look|go|keep|focus|build|spend|volunteer|shadow|try|write|follow|listen|check|save|use|pick|make|consider|sign|attend|bring|study|watch|ask|be|show|stay|put|plan|log|shoot|set|treat|pay|think|sit|call|talk|email|reach|pass|budget|protect|avoid|seek|document|develop|master|earn|complete|finish|register|enroll|subscribe|aim';
const IMPERATIVE = new RegExp(`^(?:(?:and|also|but|so|oh|honestly|first|then|seriously|plus|really|just|still)[,]?\\s+)*((?:${ADVICE_VERBS})\\b.*)$`, 'i');
/** Words that lead into advice; the advice is what follows them. */
const ADVICE_LEAD =
  /\b(?:my (?:advice|suggestion|tip)(?: would be| is)?(?: to)?|I['’]d (?:tell (?:anyone|you)(?: [^:]{0,40}?)?(?= to|:)(?: to)?|say|recommend|suggest)|I would (?:recommend|suggest|say)|if I were you,? I['’]d|(?<!\bif )you (?:should|need to|have to|['’]ll want to)|the (?:best|biggest) thing (?:is|would be) to)[:,]?\s+(?=\S)/i;

/** Advice that is about the job hunt itself or a courtesy, not something to take away; a sentence about pay ("Start around 55 percent of journeyman rate") is a fact, not advice. */
const NOT_ADVICE = /\b(?:appl(?:y|ication)(?!\s+(?:for|to)\s+(?:the|a|an|their)\s+(?:[\w'-]+\s+){0,4}?(?:fellowship|program|programme|scholarship|apprenticeship|course|residency)\b)|website|careers? (?:site|page)|hiring|resume|résumé|recruiters?|tell (?:her|him|them)|say hi|mention my name|I sent you|good luck|keep me posted|keep in touch|reach out anytime|take your time|no rush|don't worry)\b|\b(?:percent|per cent|wages?|salary|salaries|paycheck|an hour|a year|journeyman rate)\b|\$\d|\d%/i;
/** Steps someone takes to get ready for the work: what "you need to …" names when it is advice, not a description of the job. */
const PREPARE = 'get|take|learn|join|read|find|build|start|volunteer|shadow|practi[cs]e|study|save|attend|network|look|apply|earn|pass|complete|finish|sign|register|enrol|enroll|go|visit|talk|spend|try|work on|brush up';
const DEICTIC = /\b(?:it|that|this|those|these|them|there|here|him|her|he|she|they|both|which|one)\b/i;

/** "Work somewhere else first, even just two years." → "work somewhere else first". */
function trimClause(clause: string, max = 12): string | undefined {
  let c = norm(clause).trim().replace(/(?<![.!?])[.!?]+$/, '');
  const condition = c.search(/(?<![\s,]),?\s+(?:if|as soon as|as early as|whenever|when) (?:you|I) (?:can|could|get the chance|do)\b/i);
  if (condition > 0) c = c.slice(0, condition);
  c = c.replace(/(?<![\s,]),?\s+(?:if it isn't already|for sure|honestly|obviously|definitely|especially|though|too|really|as well|now|eventually)$/i, '');
  // Cut at a clause boundary: a comma, a dash, a colon, or "and"/"but"/"because" + a new clause.
  const cut = /[,;:(]|\s[-–—]\s|\s(?:because|since|so that|which|but|and (?:then |also )?(?:I|you|we|they|it|that|he|she|could|would|can|will|should|might)\b)/.exec(c);
  if (cut && cut.index > 0) c = c.slice(0, cut.index).trimEnd();
  c = c.replace(/(?<!\s)\s+(?:and|or|but|then|so)$/i, '').replace(/(?<![\s,]),?\s+(?:too|as well|for sure|now|eventually|honestly)$/i, '').trim();
  const w = words(c);
  if (w.length < 2 || w.length > max) return undefined;
  if (/\b(?:and|or|but|the|a|an|to|of|in|on|at|for|with|from|by|my|your|his|her|their|about)$/i.test(c)) return undefined;
  return c;
}

interface Candidate {
  phrase: string;
  kind: 'advice' | 'story';
  score: number;
  turn: number;
}

const CONCRETE = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty|hundred|thousand|first|second|year|years|months?|weeks?)\b/i;

function concreteness(s: string): number {
  let n = 0;
  if (CONCRETE.test(s)) n += 1;
  // Names, courses, credentials: capitalised words that do not start the clause.
  const caps = s.split(/\s+/).slice(1).filter((w) => /^["'(]?[A-Z][\w.'-]*/.test(w) && !/^(?:I|I'm|I'd|I'll|I've)$/.test(w));
  if (caps.length > 0) n += 1;
  if (/["'][A-Z][^"']+["']/.test(s)) n += 1;
  return n;
}

/** The user's reply says the answer mattered to them: "That's good advice", "I didn't know about…". */
const REACTION = /\b(?:helpful|useful|good advice|great advice|good to know|didn't know|did not know|hadn't (?:thought|considered|realized)|never thought|makes sense|interesting|striking|eye[- ]opening|I'll (?:do|try|work on|look|get|start)|I will (?:do|try|work on|look|get|start)|advice about)\b/i;

function adviceFrom(sentence: string): string | undefined {
  const s = norm(sentence).trim();
  if (/\?$/.test(s) || NOT_ADVICE.test(s)) return undefined;
  const lead = ADVICE_LEAD.exec(s);
  // "my advice is - be honest with your family…": the dash or colon after the lead is no part of the advice.
  let clause = lead ? s.slice(lead.index + lead[0].length).replace(/^[-–—:;,\s]+/, '') : undefined;
  // "I'd focus on getting a fieldwork placement": the advice keeps its verb.
  const focus = /\bI['’]d (focus on|start with|start by|look at|think about|spend time on)\s+(?=\S)/i.exec(s);
  if (focus) clause = `${focus[1]} ${s.slice(focus.index + focus[0].length)}`;
  if (clause && /:\s*\S/.test(clause)) clause = clause.slice(clause.indexOf(':') + 1).trim();
  // "I'd recommend you read Being Mortal", "I'd suggest that you shadow…": the advice is the verb after "you".
  if (clause && lead && /^(?:that\s+)?you\s+(?!(?:should|need|have|must|can|could|will|would)\b)[a-z]/i.test(clause)) clause = clause.replace(/^(?:that\s+)?you\s+/i, '');
  // "You need to manage forty files at once" describes the job; only a step to prepare is advice.
  if (clause && lead && /\byou (?:need|have) to\s*$/i.test(lead[0]) && !new RegExp(`^(?:${PREPARE})\\b`, 'i').test(clause)) return undefined;
  // "I'd recommend speaking with…": the gerund as a verb.
  if (clause && /^\w+ing\b/.test(clause) && !focus) {
    const g = analyse(clause).tokens[0];
    clause = g && g.pos === 'VERB' ? `${g.lemma}${clause.slice(g.text.length)}` : undefined;
  }
  if (clause && /^(?:[A-Z][a-z]+ [A-Z])/.test(clause)) clause = undefined;
  if (!clause) {
    const imp = IMPERATIVE.exec(s)?.[1];
    if (!imp) return undefined;
    // An imperative only when the tagger agrees the first word is a verb.
    const toks = analyse(imp).tokens;
    const first = toks[0];
    if (!first || !/^(?:VERB|AUX)$/.test(first.pos) && !/^(?:get|learn|work|practice|read|log|shadow|volunteer|join|start|find|take)$/i.test(first.text)) return undefined;
    // "Pay goes up every year": a noun subject, not an order.
    if (toks[1] && /^(?:VERB|AUX)$/.test(toks[1].pos) && /s$/i.test(toks[1].text)) return undefined;
    // "Make days are long": a noun phrase before "are", not an order.
    if (toks[2] && /^(?:is|are|was|were)$/i.test(toks[2].text) && toks[1]!.pos === 'NOUN') return undefined;
    clause = imp;
  }
  // "you should know that…", "you have to be OK with…": no advice to carry.
  if (/^(?:know|be|have|do)\b/i.test(clause) && !/^(?:do (?:a|an|the|some|your)\b)/i.test(clause)) return undefined;
  if (/^(?:(?:also|just|then)\s+)?(?:talk|call|email|reach|ask|speak|tell|say|write to|message|text|contact|go (?:[A-Z]|team|big))\b/i.test(clause)) return undefined; // a referral, said elsewhere; a cheer
  // "Start at six, usually on a job site": a schedule, not advice.
  if (/^\w+\s+(?:at|around|by|before|until)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|dawn|midnight)\b/i.test(clause)) return undefined;
  const trimmed = trimClause(clause);
  if (!trimmed || words(trimmed).length < 3 || DEICTIC.test(withoutTimes(trimmed)) || /\b(?:stuff|things?)\b/i.test(trimmed)) return undefined;
  return proToNote(trimmed.charAt(0).toLowerCase() + trimmed.slice(1));
}

function storyFrom(sentence: string): string | undefined {
  const s = norm(sentence).trim();
  const m = /^(?:(?:and|but|so|well|honestly|actually)[,]?\s+)*I\s+((?:\w+ly\s+)?\w+)\b(.*)$/i.exec(s);
  if (!m || /\?$/.test(s)) return undefined;
  const { tokens } = analyse(`I ${m[1]}${m[2]}`);
  const verb = tokens.slice(1).find((t) => t.pos !== 'ADV');
  // A past event of theirs: "I spent four years…", "I volunteered with a junior club…".
  if (!verb || verb.pos !== 'VERB' || verb.lemma === verb.text.toLowerCase() || /ing$/.test(verb.text)) return undefined;
  if (/^(?:was|were|had|did|said|told|thought|felt|knew|meant|realized|realised|guess|mean|think|got)$/i.test(verb.text)) return undefined;
  if (/\b(?:you|your|we|our|us)\b/i.test(s)) return undefined;
  const trimmed = trimClause(`${m[1]}${m[2]}`, 14);
  if (!trimmed || DEICTIC.test(withoutTimes(trimmed)) || concreteness(trimmed) === 0) return undefined;
  return `how you ${proToNote(trimmed)}`;
}

const KEY_STOP = /^(?:your|advice|about|there|their|which|would|could|should|first|really|thing|things|people|before|after|every|always|going|doing|being|having|right|great|maybe)$/i;

/**
 * Whether the user's next turn names the candidate by one of its key words (a name, or a word of six
 * letters or more): 'will' when in a sentence saying they will do it ("I'll find both", "I'm definitely doing X").
 */
function namedBack(c: Candidate, turns: readonly TranscriptTurn[]): 'named' | 'will' | undefined {
  const next = turns.slice(c.turn + 1).find((t) => t.role === 'user');
  if (!next) return undefined;
  const keys = (c.phrase.replace(/^your advice to |^how you /, '').match(/[\p{L}][\p{L}'-]+/gu) ?? []).filter((w, i) => !KEY_STOP.test(w) && ((i > 0 && /^\p{Lu}/u.test(w) && w.length >= 3) || w.length >= 6));
  for (const sentence of sentencesOfTurn(next.content)) {
    if (!keys.some((k) => new RegExp(`(?<![\\p{L}])${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu').test(sentence))) continue;
    return /\bI(?:['’]ll| will|['’]m| am)\s+(?:definitely |going to |gonna |totally |so |also )?(?:do|doing|get|getting|join|joining|read|reading|sign|signing|look|looking|take|taking|try|trying|start|starting|find|order|apply|check)\b/i.test(norm(sentence)) ? 'will' : 'named';
  }
  return undefined;
}

/** A user turn that ends the conversation: "ok thanks. bye", "Thank you for your time. Goodbye!", "Have a good evening!". */
const GOODBYE = /\b(?:bye|goodbye|good-bye|good night|have a (?:good|great|nice|lovely) (?:day|evening|night|one|weekend|afternoon))\b/i;

/**
 * The index of the first professional turn that answers the user's goodbye: what is said from there on
 * is a farewell ("Take care of yourself.", "Bring me one of your tommes sometime.", "Keep practicing — on
 * your own locks."), a kindness or a joke, never the advice a note thanks them for (blind readers, round 8).
 */
export function farewellFrom(turns: readonly TranscriptTurn[]): number {
  const bye = turns.findIndex((t) => t.role === 'user' && GOODBYE.test(norm(t.content)));
  return bye < 0 ? turns.length : bye + 1;
}

/**
 * "Join as an associate member" answering "Is the Piano Technicians Guild worth joining?": the verb's object is what
 * the user's question named, said back ("join the Piano Technicians Guild as an associate member"); without it the
 * note's advice names nothing (blind readers, round 8). Only a verb that needs an object, followed straight by "as"
 * or a time word, and only a name the question gave with "the".
 */
function withObject(advice: string | undefined, question: string | undefined): string | undefined {
  if (!advice || !question) return advice;
  const bare = /^(join|attend|take|read|try|get|apply to)\s+(?=(?:as|when|before|after|once|while|now|early|first)\b)/i.exec(advice);
  const named = /\bthe ((?:\p{Lu}[\p{L}'’&-]+\s+){0,4}\p{Lu}[\p{L}'’&-]+)/u.exec(norm(question));
  return bare && named ? `${bare[1]} the ${named[1]} ${advice.slice(bare[0].length)}` : advice;
}

/** The professional's most concrete advice or story, the one the user reacted to first among equals. */
export function pickHighlight(turns: readonly TranscriptTurn[], referralName?: string): Highlight | undefined {
  const candidates: Candidate[] = [];
  const farewell = farewellFrom(turns);
  turns.forEach((turn, i) => {
    if (turn.role !== 'professional' || i >= farewell) return;
    const next = turns.slice(i + 1).find((t) => t.role === 'user')?.content ?? '';
    const reacted = REACTION.test(norm(next)) ? 2 : 0;
    for (const sentence of sentencesOfTurn(turn.content)) {
      if (referralName && sentence.includes(referralName.split(' ')[0]!)) continue;
      const advice = withObject(adviceFrom(sentence), turns.slice(0, i).reverse().find((t) => t.role === 'user')?.content);
      if (advice) candidates.push({ phrase: `your advice to ${advice}`, kind: 'advice', score: 2 + concreteness(advice) + reacted, turn: i });
      const story = advice ? undefined : storyFrom(sentence);
      if (story) candidates.push({ phrase: story, kind: 'story', score: 1 + concreteness(story) + reacted, turn: i });
    }
  });
  // The user thanked them for one thing by name: "Thank you for the advice about downhill welding."
  const thanked = turns
    .filter((t) => t.role === 'user')
    .map((t) => {
      const lead = /\bthanks?(?: you)? for (?:the|your) (?:advice|tip|story) (?:about|on) (?=\w)/i.exec(norm(t.content));
      return lead ? (/^[\w -]+/.exec(norm(t.content).slice(lead.index + lead[0].length))?.[0] ?? '').trim() : undefined;
    })
    .find(Boolean);
  if (thanked) for (const c of candidates) if (new RegExp(`\\b${thanked.split(' ').at(-1)}\\b`, 'i').test(c.phrase)) c.score += 3;
  // The user's next turn names one of them ("Omg I'm definitely doing SKYWARN"): that is the one that landed.
  for (const c of candidates) if (namedBack(c, turns)) c.score += 3;
  const best = candidates.sort((a, b) => b.score - a.score || a.turn - b.turn)[0];
  if (!best) return undefined;
  // The user said they would act on it right after: "I'll do that this week.", "I'll work on it."
  const after = turns.slice(best.turn + 1).find((t) => t.role === 'user')?.content ?? '';
  const act = /\bI(?:'ll| will|'m going to| am going to)\s+(?:\w+\s+)?(?:do|work on|start|try|get|look|follow|take)\b/i.exec(norm(after));
  const rest = act ? (norm(after).slice(act.index + act[0].length).split(/[.!?]/)[0] ?? '') : '';
  const acted = best.kind === 'advice' && ((!!act && /\b(?:that|it|this|those|them)\b/i.test(rest)) || namedBack(best, turns) === 'will');
  return { phrase: best.phrase, kind: best.kind, acted };
}

// ——— the subject of the conversation ———

const OPTION_STOP = /^(?:for|before|after|because|when|as|at|in|right|now|so)$/i;

/**
 * "I'm trying to decide between residential and commercial before I apply" → ["residential",
 * "commercial"]; the second option stops before "before/for/because…" (a gerund keeps its object:
 * "working for a small outfit like yours"). Undefined when either option points elsewhere.
 */
export function betweenOptions(text: string): [string, string] | undefined {
  const lead = /\b(?:deciding|decide|choosing|choose|torn|picking|pick) between /i.exec(text);
  if (!lead) return undefined;
  const span = text.slice(lead.index + lead[0].length).split(/[.,?!;]/)[0] ?? '';
  const join = / (?:and|or) /i.exec(span);
  if (!join) return undefined;
  const first = span.slice(0, join.index).trim();
  const ws = span.slice(join.index + join[0].length).trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let i = 0;
  if (ws[0] && /^(?:a|an|the)$/i.test(ws[0])) out.push(ws[i++]!);
  let count = 0;
  while (i < ws.length && count < 4 && !OPTION_STOP.test(ws[i]!)) {
    out.push(ws[i++]!);
    count++;
  }
  if (count === 0 || (i < ws.length && !OPTION_STOP.test(ws[i]!))) return undefined;
  if (!/^[\w'& -]{3,40}$/.test(first) || !out.every((w) => /^[\w'&-]+$/.test(w))) return undefined;
  const second = /ing$/.test(out.at(-1)!) && ws.length <= 8 ? ws.join(' ') : out.join(' ');
  if (DEICTIC.test(first) || DEICTIC.test(out.join(' ')) || words(second).length > 8) return undefined;
  return [first, second];
}

/** What the user came to talk about, in their words: "choosing between residential and commercial". */
export function conversationSubject(turns: readonly TranscriptTurn[], card: NoteInput['card']): string | undefined {
  const users = turns.filter((t) => t.role === 'user').map((t) => norm(t.content));
  const all = turns.map((t) => norm(t.content)).join('\n');
  for (const text of [...users, ...turns.filter((t) => t.role === 'professional').map((t) => norm(t.content))]) {
    const choice = betweenOptions(text);
    if (choice) return `choosing between ${choice[0]} and ${choice[1]}`;
  }
  for (const text of users) {
    const want = /\bI(?:'d| would)? (?:(?:really )?want(?:ed)?|was hoping|hoped|'d love|would love|wanted) to (?:ask|understand|hear|know|learn)(?: more)? (?:about )?((?:how|what|whether) [^.?!]+)/i.exec(text);
    if (want) {
      const clause = want[1]!.trim();
      if (words(clause).length <= 12 && !/\b(?:hiring|job|salary|openings?|refer)\b/i.test(clause) && !/\b(?:it|that|this|there)\b/i.test(clause)) {
        // "how is the work of X" / "what is the daily work of X": the question's order turned into a clause.
        // "how is the work of a broker different from a forwarder" → "how the work of a broker is different from…".
        const fixed = comparisonInOrder(clause)
          .replace(/^how (?:is|are) (?!.+ (?:is|are) (?:different|similar|harder|easier|better|worse|more|less)\b)(.+)$/i, (_m, rest: string) => `what ${rest} is like`)
          .replace(/^what (is|are) (.+)$/i, (_m, verb: string, rest: string) => `what ${rest} ${verb}`);
        if (checkComplete(`We talked about ${fixed}.`).complete) return fixed;
      }
    }
  }
  const field = fieldTopic(card);
  if (field && new RegExp(`\\b${field.split(/\s+/).at(-1)!.replace(/[^\p{L}-]/gu, '')}`, 'iu').test(all)) return field;
  return undefined;
}

/**
 * "how is the work of X different from Y" → "how the work of X is different from Y": the verb moved
 * after its subject, up to the first comparison word. Read in one left-to-right pass (the one-pattern
 * form `^how (is|are) (.+?) (different|…)\b(.*)$` backtracked polynomially on long clauses).
 */
const COMPARISON_WORD = / (different|similar|harder|easier|better|worse|more|less)\b/i;
function comparisonInOrder(clause: string): string {
  const lead = /^how (is|are) /i.exec(clause);
  if (!lead || clause.includes('\n')) return clause;
  const rest = clause.slice(lead[0].length);
  const at = COMPARISON_WORD.exec(rest.slice(1));
  if (!at) return clause;
  const cut = at.index + 1;
  return `how ${rest.slice(0, cut)} ${lead[1]!.toLowerCase()} ${rest.slice(cut + 1)}`;
}

/**
 * The card's field as a topic a sentence can name ("talk about customs brokerage"): a noun phrase
 * or a gerund, never an adjective ("talk about maritime") nor the person who does it ("talk about
 * sommelier", "park ranger").
 */
export function fieldTopic(card: Pick<NoteInput['card'], 'field'>): string | undefined {
  const raw = card.field?.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const field = raw && !/[/&]/.test(raw) ? (/^[A-Z][a-z]/.test(raw) ? raw.charAt(0).toLowerCase() + raw.slice(1) : raw) : undefined;
  if (!field) return undefined;
  const last = analyse(field).tokens.at(-1);
  if (!last || !(/^(?:NOUN|PROPN)$/.test(last.pos) || (last.pos === 'VERB' && /ing$/i.test(last.text)))) return undefined;
  if (/^[a-z]+(?:er|ier|or|ist|ian)$/.test(last.text)) return undefined;
  return field;
}

/** The card's field when the conversation used its last word ("veterinary medicine" when "medicine" was said). */
export function spokenField(turns: readonly TranscriptTurn[], card: NoteInput['card']): string | undefined {
  const field = fieldTopic(card);
  const all = turns.map((t) => norm(t.content)).join('\n');
  return field && new RegExp(`\\b${field.split(/\s+/).at(-1)!.replace(/[^\p{L}-]/gu, '')}`, 'iu').test(all) ? field : undefined;
}

// ——— the questions the user asked ———

/** A question the user asked, with the topic model's label for it. */
export interface AskedTopic {
  label: string;
  question: string;
}

const LABEL_FILLER = new Set(['about', 'their', 'there', 'which', 'would', 'people', 'someone', 'field', 'things', 'where', 'what']);
/** The words a note has to hold to name a topic (as the follow-up rules read it). */
export function labelWords(label: string): string[] {
  return (label.toLowerCase().match(/[\p{L}][\p{L}'’-]{4,}/gu) ?? []).filter((w) => !LABEL_FILLER.has(w));
}

const thirdPerson = (verb: string) => (/(?:s|sh|ch|x|z|o)$/.test(verb) ? `${verb}es` : /[^aeiou]y$/.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`);

/**
 * The user's question as a clause the note can name: "What does a normal week look like for you?"
 * → "what a normal week looks like for you"; "How did you get your CHT?" → "how you got your CHT";
 * "What's the hardest part?" → "the hardest part". Undefined when it will not read cleanly.
 */
export function questionClause(question: string): string | undefined {
  let q = norm(question).trim();
  if (!q.endsWith('?')) return undefined;
  q = q.replace(/^(?:(?:and|so|also|okay|ok|well|now|then|oh|great|cool)[,]?\s+)+/i, '').replace(/(?<!\?)\?+$/, '').trim();
  q = q.replace(/^(?:can|could|may) I ask(?: you)?,?\s+/i, '');
  let out: string | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^what (does|do|did) (.+)$/i.exec(q))) {
    const toks = analyse(m[2]!).tokens;
    // "What does your work in Dadaab involve": "work" after "your" is the subject's noun, not the verb.
    const v = toks.findIndex((t, i) => i > 0 && t.pos === 'VERB' && !/^(?:your|my|his|her|their|our|its|a|an|the|this|that|each|every)$/i.test(toks[i - 1]!.text));
    if (v > 0) {
      const subject = m[2]!.slice(0, toks[v]!.start).trim();
      const base = toks[v]!.lemma;
      const verb = m[1]!.toLowerCase() === 'did' ? pastOf(base) : m[1]!.toLowerCase() === 'does' ? thirdPerson(base) : base;
      out = `what ${subject} ${verb}${m[2]!.slice(toks[v]!.end)}`;
    }
  } else if ((m = /^how (did|do|does) (you|I|people|someone|most people) (.+)$/i.exec(q))) {
    const toks = analyse(m[3]!).tokens;
    const base = toks[0]?.pos === 'VERB' || toks[0]?.pos === 'AUX' ? toks[0].lemma : undefined;
    if (base) {
      const aux = m[1]!.toLowerCase();
      const verb = aux === 'did' ? pastOf(base) : aux === 'does' ? thirdPerson(base) : base;
      out = `how ${m[2]} ${verb}${m[3]!.slice(toks[0]!.end)}`;
    }
  } else if ((m = /^what('s| is| are| was) /i.exec(q))) {
    // "What's X like at Y?" → "what X is like at Y"; "What's the hardest part?" → "the hardest part".
    const verb = m[1]!.trim().replace(/^'s$/, 'is').toLowerCase();
    const rest = q.slice(m[0].length);
    const like = / like\b/.exec(rest);
    const subject = like ? rest.slice(0, like.index) : rest;
    if (subject && like) out = `what ${subject} ${verb}${rest.slice(like.index)}`;
    else if (/^(?:the|your|a|an) /i.test(subject)) out = subject;
  } else if ((m = /^what (should|would|could|can|will) (I|you) (.+)$/i.exec(q))) {
    out = `what ${m[2]} ${m[1]!.toLowerCase()} ${m[3]}`;
  } else if ((m = /^what (surprised|drew|made|led|brought|keeps|motivates|surprises) you (.+)$/i.exec(q))) {
    out = `what ${m[1]!.toLowerCase()} you ${m[2]}`;
  } else if ((m = /^(?:(?:is|are) there |any)(?:(a|an|any|some)\s+)?(thing|(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+?)\s+((?:(?:that|which)\s+)?(?:I|you|you'd|you would|people|someone|most people)\s+(?!(?:is|are|was|were)\b)[a-z].*)$/iu.exec(q)) && !/\b(?:like|about)$/i.test(m[3]!)) {
    // "Is there a book I should read?" → "which book I should read"; "Is there anything you'd recommend I
    // read?" → "what you'd recommend I read"; "Anything I should read or join?" → "what I should read or
    // join": a question for their recommendation, said as one (never "what you read to keep up").
    const head = m[2]!.toLowerCase() === 'thing' || /^(?:anything|something)$/i.test(m[2]!) ? undefined : m[2]!;
    const rest = m[3]!.replace(/^(?:that|which)\s+/i, '');
    out = head ? `which ${head} ${rest}` : `what ${rest}`;
  }
  if (!out) return undefined;
  // "what your week looks like right now, in the middle of a production": the clause, not its afterthought.
  const afterthought = out.search(/(?<![\s,]),\s/);
  if (afterthought > 0) out = out.slice(0, afterthought);
  out = out.replace(/\babout (?:it|that)$/i, 'about the work').replace(/\s+/g, ' ').trim();
  if (words(out).length > 14 || /\b(?:it|that|this|those|them|there|hiring|salary|job|openings?)\b/i.test(withoutTimes(out))) return undefined;
  return checkComplete(`I asked about ${out}.`).complete ? out : undefined;
}

/**
 * The topic model's labels in the note's words: no narrower than what a question on the topic asks
 * ("what your day-to-day looks like" for a question about a day or a week), each keeping a word the
 * follow-up rules look for.
 */
const NOTE_LABELS: Record<string, string> = {
  'what a typical week looks like': 'what your day-to-day looks like',
  'how your own career path unfolded': 'your career path',
  'how people get started in the field': 'how people get started',
  'your advice for someone starting out': 'what you would tell someone starting out',
};

/**
 * Whether a label about what the professional does ("what you read to keep up") fits the question: only
 * when the question has them doing it ("What do you read?"), never "Is there a book I should read?" (a
 * request for their recommendation) nor "I've been reading a lot" (blind readers, round 8); a question that does
 * not use the verb ("What do you love about it?" for "what you enjoy") is not judged by it.
 */
export function labelFits(label: string, question: string): boolean {
  const verb = /^(?:what|how) you (\p{L}+)/u.exec(label)?.[1];
  if (!verb || /^(?:would|could|should|can|will|do|did|are|were)$/i.test(verb)) return true;
  // The verb said of someone else ("I should read", "recommend reading", "I've been reading"): not this topic.
  const q = norm(question);
  return !new RegExp(`\\b${verb.slice(0, 4)}`, 'iu').test(q) || new RegExp(`\\byou\\s+(?:\\p{L}+\\s+)?${verb.slice(0, 4)}`, 'iu').test(q);
}

/** The sentence that names a topic the user asked about, when nothing else in the note names one. */
function topicLine(asked: readonly AskedTopic[], body: string, hash: number): string | undefined {
  if (asked.length === 0) return undefined;
  const lower = body.toLowerCase();
  if (asked.some((a) => labelWords(a.label).some((w) => new RegExp(`\\b${w}`, 'i').test(lower)))) return undefined;
  let phrase: string | undefined;
  for (const a of asked) {
    const clause = questionClause(a.question);
    // Their question names the topic, or the label has no word that could show it anyway ("what you read to keep up").
    if (clause && (labelWords(a.label).length === 0 || labelWords(a.label).some((w) => new RegExp(`\\b${w}`, 'i').test(clause)))) {
      phrase = clause;
      break;
    }
  }
  // Else the topic model's label, only when the user's own question holds one of its words: a label
  // alone named questions never asked ("what your organization is like to work in": blind readers, rounds 5–7).
  if (!phrase) {
    const stems = (label: string) => (label.toLowerCase().match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? []).filter((w) => !LABEL_FILLER.has(w) && !/^(?:what|your|that|them|they|with|most|does|look|like|when|from|work|jobs?|field|people|thing|things|some|into)$/.test(w)).map((w) => w.slice(0, 4));
    const fitting = asked.filter((x) => labelFits(NOTE_LABELS[x.label] ?? x.label, x.question));
    const a = fitting.find((x) => stems(NOTE_LABELS[x.label] ?? x.label).some((w) => new RegExp(`\\b${w}`, 'i').test(x.question)));
    // Nothing the user said holds the topic: what they said about it, never a question the user did not ask.
    if (!a) return fitting[0] ? `What you said about ${NOTE_LABELS[fitting[0].label] ?? fitting[0].label} stayed with me.` : undefined;
    phrase = NOTE_LABELS[a.label] ?? a.label;
  }
  return pick(TOPIC_FRAMES, hash, 8)(phrase);
}

// ——— what the user said they learned ———

/** What each of `userTakeaway`'s three sentence shapes holds, anywhere in a turn: a turn without it has no sentence to split. */
const TAKEAWAY_ANYWHERE = /I (?:didn't|did not|never|hadn't) |underestimated/i;

/**
 * What the user said they had not known, as a sentence of the note: "I didn't realize how much
 * coordination there is." → "Before we talked, I hadn't realized how much coordination there is."
 * Never one that points back ("I didn't know that existed!") or repeats the professional's words.
 */
export function userTakeaway(turns: readonly TranscriptTurn[], hash = 0): string | undefined {
  const said = turns.filter((t) => t.role === 'professional').map((t) => norm(t.content).toLowerCase()).join(' ');
  for (const turn of turns) {
    if (turn.role !== 'user' || !TAKEAWAY_ANYWHERE.test(norm(turn.content))) continue;
    for (const raw of sentencesOfTurn(turn.content)) {
      const sentence = raw.replace(/^(?:(?:wow|huh|hmm|ah|right|oh|ok|okay|yeah|honestly|and|so|that's (?:really |so |very )?(?:helpful|interesting|good to know|great|striking|fair)|thank you|thanks)[,!.]?\s+)+/i, '').replace(/(?<![.!])[.!]+$/, '');
      let clause: string | undefined;
      let m: RegExpExecArray | null;
      if ((m = /^I (?:didn't|did not|never) (realize|realise|know|think about|consider)\s+(\S.*)$/i.exec(sentence))) {
        const verb = { realize: 'realized', realise: 'realised', know: 'known', 'think about': 'thought about', consider: 'considered' }[m[1]!.toLowerCase()]!;
        clause = `I hadn't ${verb} ${m[2]}`;
      } else if ((m = /^I hadn't (thought about|considered|realized|realised|known about|heard of)\s+(\S.*)$/i.exec(sentence))) {
        clause = `I hadn't ${m[1]} ${m[2]}`;
      } else if ((m = /^I (?:think I |guess I )?(?:underestimated|had underestimated)\s+(\S.*)$/i.exec(sentence))) {
        clause = `I had underestimated ${m[1]}`;
      }
      if (!clause) continue;
      clause = clause.replace(/(?<!\s)\s+(?:at all|before|until now|until today)$/i, '').trim();
      const rest = clause.replace(/^I (?:hadn't|had) \w+(?: about| of)? /, '');
      if (words(rest).length < 1 || words(clause).length > 16 || DEICTIC.test(withoutTimes(rest).replace(/\bthere(?:'s| is| are| was| were)\b/gi, '')) || /\?/.test(raw)) continue;
      if (said.includes(rest.toLowerCase()) && words(rest).length >= 6) continue;
      const frame = (hash >>> 9) % 2 === 0 ? `Before we talked, ${clause}.` : `Until we talked, ${clause}.`;
      if (checkComplete(frame).complete) return frame;
    }
  }
  return undefined;
}

// ——— the next step the user said ———

/** "I'll …", "I'm going to …": the lead of a plan; the plan is the rest of the sentence. */
const PLAN = /\bI(?:'ll| will|'m going to| am going to| plan to|'m planning to| am planning to)\s+(?:definitely |also |probably |really |first )?(?=[a-z])/i;

/** `PLAN` anywhere in a turn (its leading word boundary dropped, so never stricter): a turn without it has no sentence to split. */
const PLAN_ANYWHERE = new RegExp(PLAN.source.replace(/^\\b/, ''), PLAN.flags);

/** The user's own next step, as a verb phrase ("look into the Title IV-E program"); never one pointing back. */
export function userPlan(turns: readonly TranscriptTurn[], referral?: Referral): string | undefined {
  for (const turn of turns) {
    if (turn.role !== 'user' || !PLAN_ANYWHERE.test(norm(turn.content))) continue;
    for (const sentence of sentencesOfTurn(turn.content)) {
      const masked = sentence.replace(TITLE_DOT, '$1\u2024 ');
      const m = PLAN.exec(masked);
      if (!m) continue;
      // "…whether it's worth it if I'm going to stay on the floor": a condition, not a plan.
      if (/\b(?:if|whether|when|unless|in case)\s+(?:\S+\s+){0,2}$/i.test(masked.slice(0, m.index))) continue;
      const vp = trimClause(masked.slice(m.index + m[0].length).split(/[.!?]/)[0] ?? '', 14)?.replace(/\u2024/g, '.');
      if (!vp || DEICTIC.test(withoutTimes(vp)) || /\b(?:keep an eye|apply|be |let you|keep you|think about|miss)\b/i.test(vp) || /\byou\b|\byour way\b/i.test(vp)) continue; // never "see you on shift Thursday", "get out of your way"
      if (/^(?:be|have|try to be|do my best)\b/i.test(vp)) continue;
      if (referral) {
        const names = [surnameOf(referral.name), referral.name.replace(TITLES, '').split(/\s+/)[0]!];
        const mentions = (x: string) => names.some((n) => new RegExp(`\\b${n}\\b`).test(x));
        if (mentions(vp)) {
          const cut = vp.search(/(?<!\s)\s+and\s+(?:then\s+)?(?:talk|reach out|call|email|message|text|contact|write)\b/i);
          const kept = cut > 0 ? vp.slice(0, cut) : vp;
          if (kept === vp || mentions(kept)) continue;
          return kept;
        }
      }
      // "order the book today", "go download Ink tonight": the note is read later, so no time that was only true then.
      return vp.replace(/(?<![\s,]),?\s+(?:today|tonight|right now|this (?:afternoon|evening))$/i, '');
    }
  }
  return undefined;
}

// ——— the referral ———

const surnameOf = (name: string) => {
  const at = name.search(/\sat\s/);
  return (at >= 0 ? name.slice(0, at) : name).trim().split(/\s+/).at(-1)!;
};
const ORG_WORD = /\b(?:College|University|Center|Centre|Program|Association|Society|School|Hospital|Museum|Institute|Department|Office|Community|Conference|Journal|Academy|Foundation|Council|Group|Network|Slack|Union|Local|Company|Inc|LLC|Clinic|Agency|Services?)\b/;

/** "our training coordinator", "my old instructor": who the person is to the professional, said before their name. */
const ROLE_BEFORE = "(?:[Mm]y|[Oo]ur) (?:[a-z-]+ ){0,2}[a-z-]+";
const NAME = "((?:(?:Dr|Mr|Ms|Mrs|Prof|Chaplain|Cantor|Deacon|Father|Rabbi|Pastor|Reverend|Rev|Sister|Brother|Chef|Coach|Captain|Officer|Imam)\\.?\\s+)?[A-Z][\\p{L}'-]+(?:\\s+[A-Z][\\p{L}'-]+){0,2})";
const CUES = [
  new RegExp(`\\b(?:[Tt]alk(?:ing)? to|[Tt]alk(?:ing)? with|[Ss]peaking (?:to|with)|[Rr]eaching out to|[Ss]peak (?:to|with)|[Rr]each out to|[Cc]all|[Ee]mail|[Cc]ontact|[Aa]sk for|[Mm]eet|[Gg]et in touch with|[Ll]ook up|[Tt]ext|[Ww]rite to)\\s+${NAME}`, 'u'),
  new RegExp(`\\b(?:[Mm]y (?:former |old )?(?:colleague|friend|classmate|coworker|co-worker|boss|mentor|former student|mentee)|[Ii]ntroduce you to|[Cc]onnect you (?:with|to)|[Pp]ut you in touch with)\\s+${NAME}`, 'u'),
  // "Our training coordinator, Rosa Mendes.", "My old instructor, Sharonda Price at Middle Georgia State, talks to…": a
  // person named after their role, first and last name (a single word after a comma is too often a place).
  new RegExp(`\\b${ROLE_BEFORE},\\s+((?:(?:Dr|Mr|Ms|Mrs|Prof)\\.?\\s+)?[A-Z][\\p{L}'-]+(?:\\s+[A-Z][\\p{L}'-]+){1,2})`, 'u'),
];
/** "Teresa Nguyen at Hennepin County's budget office would be a good person to compare notes with": the cue after the name. */
const CUE_AFTER = /\b(?:is the person to (?:talk to|ask)|would be (?:a |the )?(?:great|good|perfect|useful)(?: person)? to (?:talk to|talk with|compare notes with|ask|meet)|coordinates|runs)\b/;

/** The name just before a cue that follows it, read word by word back from the cue (an "at …" place skipped). */
function nameBefore(sentence: string): RegExpExecArray | null {
  const cue = CUE_AFTER.exec(sentence);
  if (!cue) return null;
  const before = sentence.slice(0, cue.index).trimEnd();
  // "Marcus Bell from Vinifera Imports runs…": the person, not the place.
  const at = before.search(/\s(?:at|from|with)\s/);
  const tokens = (at >= 0 ? before.slice(0, at) : before).trim().split(/\s+/);
  const picked: string[] = [];
  while (tokens.length > 0 && picked.length < 3 && /^[A-Z][\p{L}'-]+$/u.test(tokens.at(-1)!)) picked.unshift(tokens.pop()!);
  if (tokens.length > 0 && TITLES.test(`${tokens.at(-1)!} `)) picked.unshift(tokens.pop()!);
  // A single capitalised word before "runs" is a place or a body ("Local 798 out of Tulsa runs a training center"), not a person.
  if (picked.length === 0 || (picked.length === 1 && !TITLES.test(`${picked[0]} `))) return null;
  const name = picked.join(' ');
  const index = sentence.indexOf(name);
  return index < 0 ? null : (Object.assign([name, name], { index, input: sentence }) as unknown as RegExpExecArray);
}
const NOT_A_NAME = /^(?:I|You|The|A|An|My|Our|Their|His|Her|It|That|This|Me|Him|Them|Anyone|Everyone|Someone|Nobody|Tell|Honestly|Also|And|But|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

const TALK_TO = /\b(?:talk to|reach out to|get in touch with|contact|speak (?:to|with))\b/i;
/** Every cue below anywhere in a turn (word boundaries at the ends dropped, so never stricter): a turn without one has no sentence to split. */
const REFERRAL_ANYWHERE = [...CUES, CUE_AFTER, TALK_TO].map((cue) => new RegExp(cue.source.replace(/^\\b/, '').replace(/\\b$/, ''), cue.flags));

/** The user asking to be pointed to someone: "Who else should I talk to?", "Anyone you'd suggest?". */
const WHO_ELSE = /\b(?:who else|anyone (?:else|you|I)|someone (?:else|in|at|I|you)|who (?:should|would|could) I|anybody)\b/i;

/** The first person the professional pointed the user to, with the reason they gave for it. */
export function findReferral(turns: readonly TranscriptTurn[], card?: NoteInput['card']): Referral | undefined {
  for (let i = 0; i < turns.length; i++) {
    const turn = turns[i]!;
    if (turn.role !== 'professional' || !REFERRAL_ANYWHERE.some((cue) => cue.test(norm(turn.content)))) continue;
    const sentences = sentencesOfTurn(turn.content);
    for (let k = 0; k < sentences.length; k++) {
      const s = sentences[k]!;
      let m: RegExpExecArray | null = null;
      for (const cue of [...CUES, { exec: nameBefore }]) {
        // "My supervisor, Dr. Ramon Castillo, moved up without one" is an example, not a referral: a person named
        // after their role only in answer to "who else…?" or with an offer to introduce them.
        if (cue === CUES[2] && !(WHO_ELSE.test(turns.slice(0, i).reverse().find((t) => t.role === 'user')?.content ?? '') || /\b(?:introduce|connect|put you in touch)\b/i.test(turn.content))) continue;
        m = cue.exec(s);
        if (m && !NOT_A_NAME.test(m[1]!.split(/\s+/)[0]!.replace(/\.$/, '')) && !ORG_WORD.test(m[1]!) && !/-\p{Ll}/u.test(m[1]!) && !/^(?:Dr|Mr|Ms|Mrs|Mx|Prof|Rev|Fr|Lt|Capt|Sgt)$/.test(m[1]!)) break;
        m = null;
      }
      let introduced = false;
      if (!m && k > 0 && TALK_TO.test(sentences[k - 1]!)) {
        m = new RegExp(`^${NAME}\\s+(?=is (?:one of|our|the|a|an)\\b)`, 'u').exec(s);
        if (m && (NOT_A_NAME.test(m[1]!.split(/\s+/)[0]!) || ORG_WORD.test(m[1]!) || m[1]!.split(/\s+/).length < 2)) m = null;
        introduced = !!m;
      }
      if (!m) continue;
      const name = m[1]!.replace(/(?<!\s)\s+(?:at|from|in|on)$/, '');
      const rest = s.slice(m.index + m[0].length);
      const afterName = s.slice(s.indexOf(m[1]!, m.index) + m[1]!.length);
      const at = /^\s+(at (?:the )?[A-Z][^,.;—–]{2,50}?)(?=\s(?:since|because|who|and|in|to|about|for|if|when|would|is|runs|coordinates)\b|[,.;—–]|\s-\s|$)/.exec(afterName)?.[1];
      // The offer may close the turn, after what the person does: "Our training coordinator, Rosa Mendes. She can
      // tell you how the training side works. I'll connect you." (blind readers, round 8).
      // "I'll text you her number": passing on how to reach them, not an introduction; the user reaches out.
      const offerText = [s, ...sentences.slice(k + 1)].join(' ').replace(/\b(?:I['’]ll|I can|I will|let me)\s+(?:text|send|give|email|forward)\s+(?:you|your \w+)\s+(?:her|his|their)\s+(?:number|email|contact|details|info|address)\b/gi, '');
      const offered = /\b(?:introduce|connect|put you in touch|I['’]ll (?:ask|email|text|loop|send)|I can (?:ask|email|text|introduce|connect)|let me (?:ask|email|text|introduce|connect)|I['’](?:m|d be) happy to (?:email|ask|text|introduce|connect|reach out|put))\b/i.test(offerText);
      // "I'll ask if she's open to a chat" is an introduction; "I can ask if there's room" is not.
      const offeredToAsk = offered && !/\b(?:introduce|connect|put you in touch|loop|chat|talk|meet|call|coffee|speak)\b/i.test(offerText);
      // No reason in their words: who the person is to them, when they said it ("Rosa Mendes, your training coordinator").
      const role = new RegExp(`\\b(${ROLE_BEFORE}),\\s+${m[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').exec(s)?.[1];
      const reason = (introduced ? referralReason(`, who ${rest.trim()}`, undefined) : referralReason(rest, sentences[k + 1])) ?? (role ? `who is ${proToNote(role.charAt(0).toLowerCase() + role.slice(1))}` : undefined);
      const full = card?.referrals.find((r) => r.name.includes(name) || name.includes(r.name));
      const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const sur = `(?:${esc(surnameOf(name))}|${esc(name.replace(TITLES, '').split(/\s+/)[0]!)})`;
      const userWill = turns.slice(i + 1).filter((t) => t.role === 'user').map((t) => new RegExp(`\\bI(?:'ll| will)\\s+(?:definitely |also )?(call|email|reach out to|contact|text|write to|get in touch with)\\s+(?:him|her|them|both|[^.!?]{0,20}\\b${sur})\\b`, 'i').exec(norm(t.content))?.[1]).find(Boolean);
      return { name: `${full && full.name.length > name.length && turns.some((t) => t.content.includes(full.name)) ? full.name : name}${at ? ` ${at}` : ''}`, reason, offered, offeredToAsk, userWill };
    }
  }
  // A name given bare in answer to "Who else should I talk to?": "Marcus Hill, who runs annual giving at Case Western."
  for (let i = 1; i < turns.length; i++) {
    const turn = turns[i]!;
    const asked = turns[i - 1]!;
    if (turn.role !== 'professional' || asked.role !== 'user' || !WHO_ELSE.test(asked.content)) continue;
    const m = new RegExp(`^(?:(?:Sure|Yes|Yeah|Definitely|Absolutely|Oh|Hmm|Well)[,!.]?\\s+)?${NAME}(?=[,.;]|\\s+(?:at|in|from|on|who)\\b)`, 'u').exec(norm(turn.content).trim());
    if (!m || m[1]!.split(/\s+/).length < 2 || NOT_A_NAME.test(m[1]!.split(/\s+/)[0]!) || ORG_WORD.test(m[1]!)) continue;
    const text = norm(turn.content).trim();
    const afterName = text.slice(m.index + m[0].length);
    const at = /^\s+(at (?:the )?[A-Z][^,.;—–]{2,50}?)(?=\s(?:since|because|who|and|in|to|about|for|if|when|would|is)\b|[,.;—–]|\s-\s|$)/.exec(afterName)?.[1];
    const next = sentencesOfTurn(turn.content)[1];
    return { name: `${m[1]}${at ? ` ${at}` : ''}`, reason: referralReason(at ? afterName.slice(afterName.indexOf(at) + at.length) : afterName, next), offered: false };
  }
  // A person on the card's list, named bare ("Mei Chen, an engineering manager.").
  for (const r of card?.referrals ?? []) {
    const turn = turns.find((t) => t.role === 'professional' && t.content.includes(r.name));
    if (!turn) continue;
    const rest = norm(turn.content).slice(norm(turn.content).indexOf(r.name) + r.name.length);
    return { name: r.name, reason: referralReason(rest, undefined), offered: false };
  }
  return undefined;
}

/** "She runs the apprenticeship intake" after the name → "who runs the apprenticeship intake". */
function referralReason(restOfSentence: string, nextSentence?: string): string | undefined {
  const candidates: string[] = [];
  restOfSentence = norm(restOfSentence).split(/(?<=[.!?])\s+/)[0] ?? '';
  // The first comma, semicolon or dash, then "who …" / "she's …": "Talk to Luis Ortega, he's an assistant…".
  const separator = /[,;]|\s[-–—]\s/.exec(restOfSentence);
  const inline = separator ? /^(?:who|she|he|they)(['’]s|\s+is|\s+was)?\s+(\S.*)$/i.exec(restOfSentence.slice(separator.index + separator[0].length).trimStart()) : null;
  if (inline) candidates.push(`${inline[1] ? 'is ' : ''}${inline[2]}`);
  const appositive = /^,\s+((?:the|a|an|your|my|our) [^,]+?)(?:,|$)/.exec(norm(restOfSentence).replace(/\.$/, ''));
  if (appositive) candidates.push(`is ${appositive[1]}`);
  const next = /^(?:She|He|They)(['’]s)?\s+(?:(is)\s+)?(\S.*)$/.exec(norm(nextSentence ?? ''));
  if (next) candidates.push(`${next[1] || next[2] ? 'is ' : ''}${next[3]}`);
  for (const c of candidates) {
    if (/^is had\b/.test(c)) continue;
    const clause = trimClause(c.replace(/^is\s+(?=(?:been|had|got)\b)/, 'has ').replace(/(?<!\s)\s+here\b/, ''), 12);
    if (!clause || /\b(?:there|it|that|them|they|these|those|this|sent you|tell|say)\b/i.test(clause) || /\b(?:I|you)\b/.test(clause.replace(/^is /, ''))) continue;
    // "who places vets and knows" (cut before what they know): a clause that ends on "and" + a verb is cut open.
    if (/\band (?:knows?|has|is|does|can|will|runs?|works?)$/i.test(clause)) continue;
    return `who ${proToNote(clause)}`;
  }
  return undefined;
}

// ——— names ———

const TITLE_WORDS: Record<string, string> = { lt: 'Lieutenant', capt: 'Captain', rev: 'Reverend', sgt: 'Sergeant', prof: 'Professor', fr: 'Father' };
const TITLES = /^(Dr|Mr|Ms|Mrs|Mx|Prof|Professor|Captain|Capt|Chaplain|Cantor|Deacon|Bishop|Imam|Rabbi|Pastor|Reverend|Rev|Father|Fr|Coach|Chef|Judge|Officer|Sergeant|Sgt|Lieutenant|Lt|Sister|Brother|Chief)\.?\s+(?:Dr\.?\s+)?/;

/**
 * The professional as the conversation named them: the name they asked to be called, the form the
 * user used ("Mr. Tran", "Captain", "Sam"), the first name as the transcript spells it; never a
 * surname nobody said unless with the title the user used.
 */
export function greetingName(fullName: string, turns: readonly TranscriptTurn[], addressAs: (name: string, turns: readonly TranscriptTurn[]) => string): string {
  const titleRaw = TITLES.exec(fullName)?.[1];
  const title = titleRaw ? (TITLE_WORDS[titleRaw.toLowerCase()] ?? titleRaw) : undefined;
  const canonical = titleRaw ? fullName.replace(TITLES, `${title}${/^(?:Dr|Mr|Ms|Mrs|Mx)$/.test(title!) ? '.' : ''} `) : fullName;
  const said = turns.map((t) => norm(t.content)).join('\n');
  let chosen = addressAs(canonical, turns);
  // They introduced themselves by title ("this is Father Alvarez"): that is how they go by.
  const surnameOfCard = fullName.replace(TITLES, '').trim().split(/\s+/).at(-1);
  const selfTitled = surnameOfCard && new RegExp(`\\b(?:[Tt]his is|I['’]m|[Ii]t['’]s)\\s+((?:Father|Rabbi|Pastor|Chaplain|Imam|Reverend|Captain|Lieutenant|Sergeant|Chief|Coach|Chef|Sister|Brother|Dr\\.|Professor)\\s+${surnameOfCard})\\b`).exec(turns.filter((t) => t.role === 'professional').map((t) => t.content).join('\n'));
  if (selfTitled && !TITLES.test(chosen) === false && !/^(?:Dr|Mr|Ms|Mrs)\.? /.test(chosen)) chosen = selfTitled[1]!;
  else if (selfTitled && words(chosen).length > 1 && !chosen.startsWith(selfTitled[1]!.split(' ')[0]!)) chosen = selfTitled[1]!;
  // "Ha, nobody calls me coach": not the form to write to.
  const refused = /\b(?:nobody|no one|no-one) (?:really |actually )?calls me ([A-Za-z]+)|\bdon't call me ([A-Za-z]+)/i.exec(turns.filter((t) => t.role === 'professional').map((t) => norm(t.content)).join('\n'));
  if (refused && new RegExp(`\\b${refused[1] ?? refused[2]}\\b`, 'i').test(chosen)) chosen = fullName.replace(TITLES, '').trim().split(/\s+/)[0] ?? chosen;
  const bare = fullName.replace(TITLES, '').trim().split(/\s+/);
  const first = bare[0] ?? fullName;
  const surname = bare.length > 1 ? bare.at(-1)! : undefined;
  const inText = (w: string) => new RegExp(`(?<![\\p{L}])${w.normalize('NFD').replace(/\p{M}/gu, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(said.normalize('NFD').replace(/\p{M}/gu, ''));
  const allSaid = words(chosen.replace(TITLES, '')).every((w) => inText(w));
  if (allSaid) {
    // The spelling the conversation used when it differs only in accents ("Joaquin").
    if (words(chosen).length === 1) {
      const spelled = new RegExp(`(?<![\\p{L}])(${chosen.normalize('NFD').replace(/\p{M}/gu, '')})(?![\\p{L}])`, 'iu').exec(said.normalize('NFC'))?.[1];
      if (spelled && spelled.toLowerCase() !== chosen.toLowerCase()) return spelled.charAt(0).toUpperCase() + spelled.slice(1);
    }
    return chosen;
  }
  // The user addressed them by title alone ("Hey Lieutenant"): the title with the card's surname.
  const userText = turns.filter((t) => t.role === 'user').map((t) => t.content).join('\n');
  if (title && surname && new RegExp(`\\b${title}\\b`, 'i').test(userText)) return `${title}${/^(?:Dr|Mr|Ms|Mrs|Mx)$/.test(title) ? '.' : ''} ${surname}`;
  if (surname && inText(surname) && title) return `${title}${/^(?:Dr|Mr|Ms|Mrs|Mx)$/.test(title) ? '.' : ''} ${surname}`;
  if (inText(first)) {
    const spelled = new RegExp(`(?<![\\p{L}])(${first.normalize('NFD').replace(/\p{M}/gu, '')})(?![\\p{L}])`, 'iu').exec(said.normalize('NFD').replace(/\p{M}/gu, ''))?.[1];
    return spelled && new RegExp(`(?<![\\p{L}])${first}(?![\\p{L}])`, 'u').test(said) === false ? spelled.charAt(0).toUpperCase() + spelled.slice(1) : first;
  }
  return title && surname ? `${title}${/^(?:Dr|Mr|Ms|Mrs|Mx)$/.test(title) ? '.' : ''} ${surname}` : first;
}

/** Forms of a self-introduction the general signature finder misses: "it's bea here", "Name's Gus", "Lu here - short for Lucía". */
export function oddSignature(turns: readonly TranscriptTurn[]): string | undefined {
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  for (const turn of turns) {
    if (turn.role !== 'user') continue;
    const text = norm(turn.content);
    const called = /\b(?:everyone|people|friends|most people|folks|everybody) (?:just )?calls? me ([A-Za-z][a-z'-]+)/i.exec(text);
    if (called && !/^(?:by|that|the)$/i.test(called[1]!)) return cap(called[1]!);
    const nameIs = /(?:^|[.!,]\s*)[Nn]ame['’]s ([A-Za-z][\p{L}'-]*\p{Ll})/u.exec(text);
    if (nameIs) return cap(nameIs[1]!);
    // "Mr. Pryce, good afternoon. Yolanda Harris — I left you a voicemail": their full name, standing before a dash.
    const standing = /(?:^|[.!]\s+)([A-Z][a-z'-]+) [A-Z][a-z'-]+ [—–-] I\b/.exec(text);
    if (standing && !NOT_VOCATIVE.test(standing[1]!)) return standing[1];
    const two = /(?:^|[,.!]\s+)([A-Z][a-z'-]+ [A-Z][a-z'-]+) here\b/.exec(text);
    if (two && !two[1]!.split(' ').some((w) => NOT_VOCATIVE.test(w))) return two[1];
    const here = /(?:^|[,.!]\s*|\s[-–—]\s*|\b(?:hi|hey|hello|it's|its|this is)\s+)([A-Za-z][a-z'-]+) here\b/i.exec(text);
    // A lowercase name only from someone who types in lowercase ("hi, it's bea here"), never "it's nice here".
    const casual = !/[A-Z]/.test(text.replace(/\bI\b/g, ''));
    if (here && (/^[A-Z]/.test(here[1]!) || casual) && !/^(?:I|we|it|im|just|still|everyone|nobody|so|out|over|right|from|work|live|been|there|anyone|someone|nice|great|good|busy|quiet|cold|hot|new|fine|lovely)$/i.test(here[1]!)) return cap(here[1]!);
    // "This is Sister Agnes's nephew, Paul."
    const kin = /\b(?:[Tt]his is|I'm|I am|[Ii]t's)\s+[A-Z][\w .'-]{1,30}'s (?:nephew|niece|son|daughter|cousin|grandson|granddaughter|friend|neighbou?r|student|brother|sister),\s+([A-Z][a-z'-]+)\b/.exec(text);
    if (kin) return kin[1];
  }
  return undefined;
}

/** Words said as if to a person that are no one's name: greetings, thanks, cheers, titles. */
const NOT_VOCATIVE = /^(?:Hi|Hey|Hello|Hej|Hola|Ola|Olá|Shalom|Salaam|Namaste|Bonjour|Ciao|Sure|Thanks|Thank|Welcome|Yes|Yeah|No|Okay|Ok|Great|Good|Nice|Glad|Happy|Wow|Ha|Oh|Ah|Well|So|Right|Absolutely|Exactly|Perfect|Cheers|Bye|Goodbye|Everyone|Sir|Madam|Friend|Buddy|Man|Mate|Dear|Honestly|Seriously|Totally|Definitely|Of|Anyway|Cool|Fair|True|Congrats|Congratulations|Dr|Mr|Ms|Mrs|Mx|Reverend|Father|Captain|Chaplain|Cantor|Rabbi|Pastor|Imam|Chef|Coach|Officer|Sister|Brother|I|You|We|They|It|That|This|The|A|An)$/;
const NAME_WORD = "\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*";

/**
 * The names the professional calls the user by, most used first: "Nice to meet you, Pri.", "Hi Imran!",
 * "Sure thing, DeShawn." Only words the user said too, and never a greeting or the professional's own name.
 */
export function vocatives(turns: readonly TranscriptTurn[], ownName = ''): string[] {
  const userText = turns.filter((t) => t.role === 'user').map((t) => norm(t.content)).join('\n');
  const own = new Set(ownName.split(/\s+/).map((w) => w.replace(/\.$/, '').toLowerCase()));
  // At the start of a sentence or after a greeting ("Hi Imran!", "Gabi, that's…"), or closing one after a comma ("Sure thing, DeShawn.").
  const lead = new RegExp(`(?:^|[.!?]\\s+)(?:(?:(?:Hi|Hey|Hello|Hej|Hola|Ol[aá]|Shalom|Welcome|Thanks|Thank you|Morning|Good (?:morning|afternoon|evening|luck|question|to meet you)|(?:Nice|Great|Good|Lovely) to (?:meet|hear from) you|Sure thing|Of course|Happy to help)[,!]?\\s+)(${NAME_WORD})(?=\\s*[,.!?]|$)|(${NAME_WORD})(?=!))`, 'gmu');
  // Not "Talk to my nephew, Travis." (an appositive naming someone else).
  const tail = new RegExp(`(?<!\\b(?:my|our|your|his|her|their|the|a|an|to|with|from|at|and|or)\\s+[\\p{L}-]+)[,;]\\s+(${NAME_WORD})(?=\\s*[.!?]|$)`, 'gmu');
  // Someone else the user named ("my uncle Raj said…", "Mr. Landry set this up") is not the user.
  const another = (w: string) => new RegExp(`(?:\\b(?:my|your|his|her|our|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}|\\b(?:Mr|Ms|Mrs|Dr|Mx)\\.?\\s+)${w}(?![\\p{L}])`, 'u').test(userText);
  const count = new Map<string, number>();
  for (const t of turns) {
    if (t.role !== 'professional') continue;
    for (const m of [...norm(t.content).matchAll(lead), ...norm(t.content).matchAll(tail)]) {
      const w = (m[1] ?? m[2])!;
      if (NOT_VOCATIVE.test(w) || own.has(w.toLowerCase()) || !new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(userText) || another(w)) continue;
      count.set(w, (count.get(w) ?? 0) + 1);
    }
  }
  return [...count.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
}

/**
 * The short form the user asked to go by in their introduction: "I'm Rafael, Rafa's fine", "Elijah – Eli is
 * fine", "Oluwaseun Adebayo, but Seun is easier", "I'm Gabriela, I go by Gabi", "I'm Benjamin, Ben.",
 * "I'm Dr.-- sorry, just Imran".
 */
export function preferredName(turns: readonly TranscriptTurn[]): string | undefined {
  for (const turn of turns.filter((t) => t.role === 'user').slice(0, 2)) {
    const text = norm(turn.content);
    const fine = new RegExp(`(?:[,;]|\\s[-–—]|\\bbut|\\bor)\\s+(?:just\\s+)?(${NAME_WORD})(?:'s|\\s+is)\\s+(?:(?:totally|perfectly|also|just)\\s+)?(?:fine|easier|good|okay|ok|great|what (?:everyone|people|most people) (?:says|uses))\\b`, 'u').exec(text);
    if (fine && !NOT_VOCATIVE.test(fine[1]!)) return fine[1];
    const goBy = new RegExp(`\\bI (?:go|usually go|mostly go) by (${NAME_WORD})`, 'u').exec(text);
    if (goBy && !NOT_VOCATIVE.test(goBy[1]!)) return goBy[1];
    const just = new RegExp(`\\b(?:sorry|no|well|actually),?\\s+just\\s+(${NAME_WORD})\\b`, 'u').exec(text);
    if (just && !NOT_VOCATIVE.test(just[1]!)) return just[1];
    // "I'm Benjamin, Ben.": a shorter form of the same name standing alone after it.
    const short = new RegExp(`\\b(?:I['’]m|I am|[Mm]y name is|[Tt]his is)\\s+(${NAME_WORD}),\\s+(${NAME_WORD})[.!]`, 'u').exec(text);
    if (short && short[2]!.length < short[1]!.length && short[1]!.toLowerCase().startsWith(short[2]!.slice(0, 2).toLowerCase())) return short[2];
  }
  return undefined;
}

/**
 * The name the note is signed with: the short form they asked for; else the name found in their
 * introduction, unless the professional kept calling them by another word they said ("Hi Imran!" after
 * "I'm Dr.-- sorry, just Imran"; "Welcome, Fatima." after "I'm Muslim"), which is the name they go by.
 */
export function signatureName(turns: readonly TranscriptTurn[], found: string | undefined, ownName = ''): string | undefined {
  const preferred = preferredName(turns);
  if (preferred) return preferred;
  // "Good afternoon, Ms. Harris.": a courtesy title is no one's name to sign with (blind readers, round 8).
  if (found && /^(?:Dr|Mr|Ms|Mrs|Mx|Miss)\.?$/.test(found)) found = undefined;
  const called = vocatives(turns, ownName)[0];
  if (!called) return found;
  if (!found) return called;
  const first = found.split(/\s+/)[0]!;
  if (first === called || (found.includes(' ') && found.startsWith(called))) return found;
  // The professional called them by another name they said: that is the one they go by.
  return called;
}

// ——— the frames ———

const THANKS_ABOUT = [
  (s: string) => `Thank you for taking the time to talk with me about ${s}.`,
  (s: string) => `Thank you so much for making time to talk about ${s}.`,
  (s: string) => `I really appreciated the chance to talk with you about ${s}.`,
  (s: string) => `Thanks again for talking with me about ${s}; it was generous of you to make the time.`,
];
const THANKS_PLAIN = [
  'Thank you for taking the time to talk with me.',
  'Thank you so much for making time for our conversation.',
  'I really appreciated the chance to talk with you.',
  'Thanks again for making the time to talk with me; it was generous of you.',
];
// Valued, never promised: the user said nothing about acting on it (ACTED_FRAMES are for when they did);
// "and I'm taking it" invented a commitment (blind readers, round 7).
const cap = (p: string) => p.charAt(0).toUpperCase() + p.slice(1);
const ADVICE_FRAMES = [
  (p: string) => `I especially valued ${p}.`,
  (p: string) => `${cap(p)} stuck with me.`,
  (p: string) => `The most useful thing I heard was ${p}.`,
  (p: string) => `I keep coming back to ${p}.`,
];
const ACTED_FRAMES = [
  (p: string) => `I'm going to act on ${p} right away.`,
  (p: string) => `I'm going to follow ${p}.`,
  (p: string) => `I'm starting on ${p} right away.`,
];
const STORY_FRAMES = [
  (p: string) => `I especially appreciated hearing ${p}.`,
  (p: string) => `It was helpful to hear ${p}.`,
  (p: string) => `I keep thinking about ${p}.`,
];
const PLAN_FRAMES = [
  (v: string) => `I'm going to ${v}.`,
  (v: string) => `My next step is to ${v}.`,
  (v: string) => `I plan to ${v}.`,
];
const REFERRAL_FRAMES = [
  (n: string) => `As you suggested, I'll reach out to ${n}.`,
  (n: string) => `Thank you for pointing me to ${n}; I'll reach out soon.`,
  // No "also": the referral line may come first, with nothing before it to add to (blind readers, round 4).
  (n: string) => `I'll follow up with ${n}, as you suggested.`,
];
const TOPIC_FRAMES = [
  (x: string) => `Your answer to my question about ${x} was especially helpful.`,
  (x: string) => `I learned a lot from your answer about ${x}.`,
  (x: string) => `I especially valued your answer about ${x}.`,
];
const CLOSINGS = [
  'Thank you again for your time and your candor.',
  'I am grateful for your generosity with your time.',
  'Thanks again for everything you shared.',
  'I really appreciate your help.',
  'It meant a lot that you shared your experience so openly.',
];
const PICTURE = [
  'Our conversation gave me a much clearer picture of the work.',
  'Hearing about the work from someone who does it every day helped a great deal.',
  'I came away with a much clearer sense of the path ahead.',
  'Hearing how the work really goes was exactly what I needed.',
];
// Never a line that reads as asking for more of their time ("I'd be glad to keep you posted…" did, to
// the follow-up model): the note's own check would then fail it (the padding test below holds every line).
// No line pointing back at nothing ("I am looking forward to acting on it." dangled: blind readers, rounds 5–7).
const POSTED = ['I will put what you told me to good use.', 'It gave me a lot to think about as I take my next steps.'];
/** Every stock line the note may add, for the test that each passes the follow-up checks. */
export const PADDING_LINES: readonly string[] = [...CLOSINGS, ...PICTURE, ...POSTED];
const SIGNOFFS = ['With thanks,', 'Best,', 'Many thanks,', 'Warm regards,'];

const pick = <T,>(list: readonly T[], hash: number, slot: number): T => list[(hash >>> (slot * 3)) % list.length]!;
const wordCount = (s: string) => (s.match(/[\p{L}\d][\p{L}\d'’.-]*/gu) ?? []).length;

export function noteParts({ card, turns }: NoteInput, names: { greeting: string; signature?: string; asked?: AskedTopic[] }): NoteParts {
  const referral = findReferral(turns, card);
  let highlight = pickHighlight(turns, referral?.name);
  let plan = userPlan(turns, referral);
  // The plan is the advice ("I plan to join IRE" after "join IRE"): said once, as the user's plan.
  const content = (x: string) => new Set((x.match(/[\p{L}\d][\p{L}\d'-]{3,}/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => !/^(?:your|advice|with|that|this|from|about|into|more|some|their|have|will|going|next|week|month|year)$/.test(w)));
  if (plan && highlight?.kind === 'advice' && [...content(plan)].some((w) => content(highlight!.phrase).has(w))) {
    plan = `${plan}, as you suggested`;
    highlight = undefined;
  }
  return {
    greeting: names.greeting,
    asked: names.asked,
    takeaway: userTakeaway(turns, transcriptHash(turns)),
    subject: conversationSubject(turns, card),
    field: spokenField(turns, card),
    highlight,
    plan,
    referral,
    signature: names.signature,
  };
}

/** Stems a note says once: a second "Thanks again", "generous … generosity", "appreciated … appreciate" read as padding. */
const SAID_ONCE = [/\bthank/i, /\bagain\b/i, /\bgenero/i, /\bappreciat/i, /\bgrateful\b/i, /\bclearer\b/i, /\bevery day\b/i];
/** The stock lines that repeat no stem the body already says (all of them when none is left). */
function unrepeated(lines: readonly string[], body: readonly string[]): readonly string[] {
  const said = body.join(' ');
  const ok = lines.filter((line) => !SAID_ONCE.some((stem) => stem.test(line) && stem.test(said)));
  return ok.length > 0 ? ok : lines;
}

/** Below this the note gets a stock line or two; a short specific note beats a padded one. */
const MIN_WORDS = 50;

/** The note from its parts, 50–120 words, frames chosen by the transcript's hash. */
export function composeNote(parts: NoteParts, hash: number): string {
  const body: string[] = [];
  body.push(parts.subject ? pick(THANKS_ABOUT, hash, 0)(parts.subject) : pick(THANKS_PLAIN, hash, 0));
  const h = parts.highlight;
  const notEcho = (frames: Array<(p: string) => string>, p: string) => {
    const verb = /your advice to (\w+)/.exec(p)?.[1];
    const ok = frames.filter((f) => !verb || !new RegExp(`\\b${verb}(?:ing|ed|s)?\\b`, 'i').test(f('')));
    return pick(ok.length > 0 ? ok : frames, hash, 1)(p);
  };
  if (h) body.push(h.kind === 'story' ? pick(STORY_FRAMES, hash, 1)(h.phrase) : notEcho(h.acted ? ACTED_FRAMES : ADVICE_FRAMES, h.phrase));
  if (parts.takeaway) body.push(parts.takeaway);
  if (parts.plan) body.push(pick(PLAN_FRAMES, hash, 2)(parts.plan));
  const r = parts.referral;
  if (r) {
    // "who is a retired engineer who started at 62" → "a retired engineer who started at 62": an appositive, never "who … who".
    const reason = r.reason?.replace(/^who is ((?:a|an|the|your|my|our|his|her|their|one of) )/, '$1');
    const who = `${r.name}${reason ? `, ${reason}` : ''}`;
    if (r.offered) body.push(r.offeredToAsk ? `Thank you for offering to check with ${who} for me.` : `Thank you for offering to introduce me to ${who}.`);
    // "as you suggested" once: the plan may already say it ("My next step is to look up the ISA chapter, as you suggested").
    const suggested = body.some((b) => /as you suggested/i.test(b));
    // Said once: after the thanks for their offer, the user's own step names the person alone; an offer to
    // introduce them is not a suggestion to reach out (blind readers, round 8: "As you suggested, I'll reach
    // out" after "I'll introduce you", the reason said twice).
    const whom = r.offered ? r.name : who;
    if (r.userWill && /^(?:call|email|text|contact)$/.test(r.userWill)) body.push(suggested || r.offered ? `I'll ${r.userWill} ${whom}${suggested ? ', too' : ''}.` : `As you suggested, I'll ${r.userWill} ${whom}.`);
    else if (!r.offered) body.push(pick(suggested ? REFERRAL_FRAMES.filter((f) => !/suggested/.test(f('x'))) : REFERRAL_FRAMES, hash, 3)(who));
  }
  // Nothing they can act on was said: one modest line on what comes next, naming no step they never took.
  // Only in a note with nothing else specific: beside their advice or the person they named it reads as filler
  // ("with what you told me in mind", blind readers, round 8).
  if (!parts.plan && !r && !h) body.push(parts.field ? `I plan to explore ${parts.field} further with what you told me in mind.` : 'I plan to explore the field further with what you told me in mind.');
  // Nothing above names what was discussed: say plainly that it was their account of the work.
  if (!parts.asked?.length && !h) body.push('Hearing about the work from someone who does it every day helped a great deal.');
  let named = topicLine(parts.asked ?? [], body.join(' '), hash);
  // Never "especially" twice.
  if (named && /especially/.test(named) && body.some((b) => /especially/.test(b))) named = topicLine(parts.asked ?? [], body.join(' '), 1 << 24);
  if (named) body.splice(1, 0, named);
  const closing = pick(unrepeated(CLOSINGS, body), hash, 4);
  const signature = parts.signature ?? '[Your name]';
  const render = (lines: string[]) => [`Dear ${parts.greeting},`, '', lines.join(' '), '', pick(SIGNOFFS, hash, 5), signature].join('\n');
  // No space before a comma or stop ("at the Bodleian , as you suggested").
  for (let i = 0; i < body.length; i++) body[i] = body[i]!.replace(/(?<!\s)\s+([,.;:!?])/g, '$1');
  let note = render([...body, closing]);
  // Short notes get one more human line; never padding past 120 words.
  const more = [pick(unrepeated(PICTURE.filter((x) => !body.some((b) => b.split(' ')[0] === x.split(' ')[0])), body), hash, 6), pick(POSTED, hash, 7)];
  // At most two stock lines: three read as padding ("Our conversation gave me… It gave me a lot to think about… I know how busy you are": blind readers, round 7).
  if (wordCount(note) < MIN_WORDS) note = render([...body, more[0]!, closing]);
  if (wordCount(note) < MIN_WORDS) note = render([...body, ...more, closing]);
  if (wordCount(note) > 120) note = render(body);
  return note;
}
