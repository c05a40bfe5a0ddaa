import type { OutreachContext } from '../../shared/contracts/outreach.ts';
import { getRule, lintOutreach, type RuleVerdict } from '../../shared/rules/index.ts';
import { findDurations, purposeTopic } from '../../shared/rules/outreach-rules.ts';
import { asciiLower, cutAtFinalStop, isSpace, runStart } from '../../shared/text/scan.ts';

const PERSON_NOUNS = ['designer', 'developer', 'engineer', 'analyst', 'researcher', 'writer', 'manager'];

/** `text.replace(/\s+(?:designer|…|manager)$/i, replace)`, read from the end in one pass. */
function replacePersonNoun(text: string, replace: (w: string) => string): string {
  const wordStart = runStart(text, (ch) => !isSpace(ch));
  if (!PERSON_NOUNS.includes(asciiLower(text.slice(wordStart)))) return text;
  const start = runStart(text, isSpace, wordStart);
  return start < wordStart ? text.slice(0, start) + replace(text.slice(start)) : text;
}
import { analyse, nounPhrases, type TextSpan } from './nlp.ts';
import { asRoleClause, DURATION_AT_END, introJoins } from './linear-scans.ts';

/**
 * Fact extraction from an outreach draft: what the writer said about themself, the connection,
 * the topic, the ask, the times, the minutes and the channel, each with its span in the draft.
 * The rulebook's evidence finds the sentences; the text layer cuts them to the fact.
 */

export interface Fact extends TextSpan {}

export type DraftChannel = 'email' | 'linkedin-note' | 'linkedin-message' | 'phone-script';

export interface OutreachFacts {
  /** The writer's name: "I'm Jordan Lee", "My name is…", the sign-off. */
  name?: Fact;
  /** Who the writer is: "a third-year student at Oregon State studying water policy". */
  affiliation?: Fact;
  /** The connection, as the writer's own sentence (or the context's). */
  connection?: Fact;
  /** The recipient's first name as greeted. */
  recipient?: Fact;
  /** What the writer wants to learn, as a noun phrase or a "how/what" clause. */
  topic?: Fact;
  /** The topic sits in the connection sentence ("I saw your talk on GIS"). */
  topicInConnection?: boolean;
  /** The topic is a field the writer is moving into: "your work in instructional design". */
  topicIsField?: boolean;
  /** The topic is a place they work ("Northwind"): "your work at Northwind". */
  topicIsPlace?: boolean;
  /** The sentence that asks for the meeting. */
  ask?: Fact;
  /** Days and times the writer proposed, each its own span. */
  times: Fact[];
  /** The writer's own minutes ("15 minutes"). */
  minutes?: Fact & { value: number };
  /** The format they offered: "phone", "Zoom", "coffee". */
  format?: Fact;
  /** The writer's callback number ("555-0191", "(907) 555-0142"): a phone script says it, a fresh draft keeps it. */
  phone?: Fact;
  /**
   * The field the writer wants to move into, read even where they ask for a job in it ("I want to work in
   * esports", "looking to pivot into pharma sales", "Looking for PM roles"): what a fresh draft can ask about.
   */
  interest?: Fact;
  /** The organization the writer names as the professional's ("your team at Morgan Stanley", "open roles at Stripe"). */
  org?: Fact;
  channel: DraftChannel;
  /** [Placeholders] already in the draft: they stand for nothing, so no fact comes from one. */
  placeholders: Fact[];
}

const PLACEHOLDER = /\[[^\]\n]{1,200}\]/g;

/** The draft with every [placeholder] blanked out (same length, so spans stay): a placeholder never satisfies a rule. */
export function maskPlaceholders(draft: string): string {
  return draft.replace(PLACEHOLDER, (m) => ' '.repeat(m.length));
}

export function placeholdersIn(text: string): Fact[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

function evidenceOf(verdicts: RuleVerdict[], id: string): Array<{ start: number; end: number; quote: string }> {
  const v = verdicts.find((x) => x.rule.id === id);
  return v?.result.passed ? (v.result.evidence ?? []) : [];
}

const at = (draft: string, start: number, end: number): Fact => ({ text: draft.slice(start, end), start, end });

/** Trim a fact's span of spaces and end punctuation. */
function trimmed(draft: string, start: number, end: number): Fact {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:—–-]/.test(draft[s]!)) s++;
  while (e > s && /[\s.,;:!?—–-]/.test(draft[e - 1]!)) e--;
  return at(draft, s, e);
}

const NOT_A_NAME = /^(?:Interested|Hoping|Writing|Reaching|Looking|Available|Free|Excited|Curious|Grateful|Happy|Glad|Sure|Currently|Now|Also|Still|Just|So|Very|Really|Thrilled|Eager|Keen|Working|Studying|Finishing|Graduating|Pursuing|Trying|Based|New|Originally|Part|One|Not|The|A|An)$/;
/** A name: up to three capitalised words, with the lowercase particles many surnames carry ("Lotte de Vries", "Ana dos Santos", "Jan van der Berg"). */
const NAME_RUN = "[A-Z][\\p{L}'’-]+(?: (?:(?:de|da|del|della|di|do|dos|das|du|van|von|der|den|le|la|bin|binti|ibn|al|el|ter|ten)(?: (?:la|der|den|los|las))? )?[A-Z][\\p{L}'’-]+){0,2}";
const CLOSING_LINE = /^(?:best|best wishes|(?:best|kind|warm|warmest|many) regards|regards|warmly|sincerely|yours|thanks|thank you|many thanks|cheers|all the best|gratefully|with gratitude|respectfully|take care)\b[^\n]{0,30}$/i;

/** A line under the name that is not the name: a phone number, an address, a link, a credential line. */
const PHONE_LINE = /^[(+]?\d[\d\s().+-]{6,}\d$/;
const CONTACT_WORD = /^(?:phone|cell|mobile|tel|e-?mail)\b/i;
/** A phone line, a labelled contact line, or one word that is an address or a link (`x@y`, `site.com/…`), in one pass. */
function isContactLine(line: string): boolean {
  if (PHONE_LINE.test(line) || CONTACT_WORD.test(line)) return true;
  if (/\s/u.test(line)) return false;
  const at = line.indexOf('@');
  return (at > 0 && at < line.length - 1) || /.\.(?:com|org|net|io|co|edu|me|ly)/i.test(line);
}
/** A rank or honorific in front of a signature: "SSgt Caleb Winters" signs as Caleb Winters. */
const SIGNATURE_RANK = /^(?:SSgt|Sgt|SrA|A1C|Cpl|LCpl|PFC|Spc|Pvt|Lt|Capt|Maj|Col|Cmdr|CPT|1LT|2LT|PO\d?|Dr|Mr|Ms|Mrs|Mx)\.?\s+(?=[A-Z])/;

/** Words that end a note but name no one: days, months, closings, reactions. */
const NOT_NAME_WORD = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Thanks|Thank|Cheers|Best|Regards|Sincerely|Bye|Later|Please|Anyway|Again|Yes|No|Sure|Okay|Ok|Hello|Hi|Hey|Soon|Today|Tomorrow|Tonight|Everyone|All|Team|Sir|Madam|God|Lol|Haha|Asap)$/;
/** A line under the signature that is not the name: a school or title line ("Temple University…, Class of 2026"), a "P.S.". */
function isUnderSignature(line: string): boolean {
  return /^P\.?\s?S\b/i.test(line) || /\b(?:University|College|School|Institute|Academy|Class of|Candidate|Inc|LLC|Ltd)\b/.test(line);
}

function findName(draft: string): Fact | undefined {
  // Every register says who is writing: "My name is…", "I'm…", "i'm Bri", "this is Bea", "it's Kai from…".
  const said = new RegExp(`(?<![\\p{L}'’])(?:[Mm]y name is|[Mm]y name['’]s|I['’]m|[Ii]['’]?m|I am|[Tt]his is|[Ii]t['’]s)\\s+(?:(?:Mr|Ms|Mrs|Miss|Mx|Dr)\\.?\\s+)?(${NAME_RUN})`, 'u').exec(draft);
  // "I'm CPR certified", "I'm OSHA trained": a credential, not a name.
  if (said && !NOT_A_NAME.test(said[1]!.split(' ')[0]!) && !(/^[A-Z]{2,5}$/.test(said[1]!) && /^\s+(?:certified|licensed|trained|qualified|registered)\b/i.test(draft.slice(said.index + said[0].length)))) {
    const start = said.index + said[0].length - said[1]!.length;
    // "I'm Jordan Lee, a junior" — stop before a lowercase word.
    return at(draft, start, start + said[1]!.length);
  }
  // "yo Mike its Tre, Big Lou's nephew", "cool, its Jaz": "it's" written without its apostrophe, at a clause's start.
  const its = new RegExp(`(?:^|[,.!?\\n—–-][ \\t]*|\\b(?:[Hh]i|[Hh]ey|[Yy]o|[Hh]ello)[ \\t]+[A-Z][\\p{L}'’-]+,?[ \\t]+)its[ \\t]+(${NAME_RUN})(?=[ \\t]*(?:[,.!—–-]|$|\\s+(?:from|here|again|with|at)\\b))`, 'u').exec(draft);
  if (its && !NOT_A_NAME.test(its[1]!.split(' ')[0]!) && !NOT_NAME_WORD.test(its[1]!.split(' ')[0]!)) {
    const start = its.index + its[0].length - its[1]!.length;
    return at(draft, start, start + its[1]!.length);
  }
  // "Brandon Mills here, newly licensed…", "hey Tom, Jake Morales here": a name that says "here".
  const here = new RegExp(`(?:^|[,.!\\n]\\s*|\\s[-–—]\\s*|\\b(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear)\\s+[A-Z][\\p{L}'’.-]+(?:\\s+[A-Z][\\p{L}'’-]+)?[,!]\\s*)(${NAME_RUN}) here\\b`, 'u').exec(draft);
  if (here && !NOT_A_NAME.test(here[1]!.split(' ')[0]!) && !/\b(?:MBA|alum|grad|student|[A-Z]{2,})\b/.test(here[1]!)) {
    const start = here.index + here[0].length - here[1]!.length - ' here'.length;
    return at(draft, start, start + here[1]!.length);
  }
  // A phone message left for someone: "can you tell him Marco called".
  const called = new RegExp(`\\btell (?:him|her|them) (${NAME_RUN}) (?:called|rang|stopped by)\\b`, 'u').exec(draft);
  if (called) {
    const start = called.index + called[0].indexOf(called[1]!, 'tell him '.length - 1);
    return at(draft, start, start + called[1]!.length);
  }
  // The name under the closing line.
  const lines = draft.split('\n');
  let offset = 0;
  const starts = lines.map((l) => {
    const s = offset;
    offset += l.length + 1;
    return s;
  });
  for (let i = lines.length - 1; i >= 1; i--) {
    const raw = lines[i]!.trim();
    // The phone number, address or link under the name is passed over to reach the name.
    if (!raw || isContactLine(raw) || (isUnderSignature(raw) && i >= 2)) continue;
    // "xo Kait", "-ava", "jake": a signature in a casual register, written as the writer signs.
    const casual = /^(?:[-–—~]\s*|(?:xo|xoxo|x|tysm|ty|thx|thanks|cheers|love)[,!]?\s+(?:[-–—]\s*)?)?(\p{L}[\p{L}'’-]{1,14})$/u.exec(raw);
    const prevLine = lines.slice(0, i).reverse().find((l) => l.trim())?.trim() ?? '';
    if (casual && (/^[-–—~]/.test(raw) || /\s/.test(raw) || CLOSING_LINE.test(prevLine) || /(?:thanks|thank you|thx|ty|tysm|cheers|best|man)[!.,]*\s*(?:\p{Extended_Pictographic}\s*)*$/iu.test(prevLine)) && !/^(?:thanks|thx|ty|tysm|cheers|best|regards|sincerely|lol|ok|okay|bye|asap)$/i.test(casual[1]!)) {
      const s = starts[i]! + lines[i]!.lastIndexOf(casual[1]!);
      return at(draft, s, s + casual[1]!.length);
    }
    const line = raw.replace(SIGNATURE_RANK, '');
    const inline = new RegExp(`^(?:${CLOSING_LINE.source.slice(1, -1).replace("{0,30}", "{0,30}?")}),?\\s+[-–—]?\\s*(${NAME_RUN})$`, 'iu').exec(line);
    // "Thanks so much": the closing's own words are no name (the pattern reads case-blind; a name here is capitalised).
    if (inline && CLOSING_LINE.test(line.split(',')[0]!) && /^\p{Lu}/u.test(inline[inline.length - 1]!) && !/^(?:much|so|again|a lot|lots)$/i.test(inline[inline.length - 1]!)) {
      const name = inline[inline.length - 1]!;
      const s = starts[i]! + lines[i]!.indexOf(name);
      return at(draft, s, s + name.length);
    }
    // "Olumide Bankole, PhD", "Chukwuemeka Eze, EIT": a credential after the name is not part of it.
    const m = new RegExp(`^[-–—~]?\\s*(${NAME_RUN})(?:,\\s*[A-Z][A-Za-z.]{1,8}(?:,\\s*[A-Z][A-Za-z.]{1,8})?)?$`, 'u').exec(line);
    const prev = lines.slice(0, i).reverse().find((l) => l.trim())?.trim() ?? '';
    // A blank line right above (what `/\n\s*\n\s*$/` finds at the end of the lines above, read without re-joining them).
    const blankBefore = i >= 2 && lines[i - 1]!.trim() === '';
    if (m && (CLOSING_LINE.test(prev) || /^(?:with |and )?(?:warm|warmest|kind|best|many|all)\b[^\n]{0,80},$/i.test(prev) || /(?:thanks|thank you|cheers|best)[!.,]*$/i.test(prev) || /^[^.?\n]{1,25}[,!]$/.test(prev) || (blankBefore && m[1]!.split(' ').length <= 3 && !NOT_A_NAME.test(m[1]!.split(' ')[0]!) && !CLOSING_LINE.test(m[1]!)))) {
      const s = starts[i]! + lines[i]!.indexOf(m[1]!);
      return at(draft, s, s + m[1]!.length);
    }
    break;
  }
  // A one-paragraph note signed at its end: "… Thanks, Omar", "… thx, Nico".
  // "… by EOD. - J. Park, CFA L2, Wharton MBA": a dash, a name (an initial allowed) and credentials end a one-line note.
  const dashed = /[.!?]\s+[-–—]\s*((?:[A-Z]\.\s?)?[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?)(?:,[^,\n]{1,30}){0,3}\s*$/u.exec(draft.trim());
  if (dashed && !NOT_A_NAME.test(dashed[1]!.split(' ')[0]!)) {
    const s = draft.lastIndexOf(dashed[1]!);
    return at(draft, s, s + dashed[1]!.length);
  }
  // "… Thanks so much, Kezia Barnes", "… Mahalo, Leilani", "… Much obliged, Dale": any short closing (no one is
  // spoken to in it: "let me know, Maria" names the reader) after the last stop, a comma, then a name to the end.
  const closed = new RegExp(`(?:^|[.!?)]\\s+)((?:[\\p{L}'’]+ ){0,3}[\\p{L}'’]+),[ \\t]*(?:[-–—][ \\t]*)?(${NAME_RUN})[.!]?\\s*$`, 'u').exec(draft.trim());
  if (closed && !/\b(?:I|me|my|we|us|you|your|u|ur|it|let|know|see|talk|hear|hope|is|are|was|am|be|do|can|will|would|could|should)\b/i.test(closed[1]!.replace(/^thank you\b/i, 'thanks')) && closed[2]!.split(' ').every((w) => !NOT_A_NAME.test(w) && !NOT_NAME_WORD.test(w))) {
    const s = draft.trimEnd().length - (closed[0].trimEnd().length - closed[0].lastIndexOf(closed[2]!));
    return at(draft, s, s + closed[2]!.length);
  }
  // "… totally ok if ur slammed - Kit": a name after a dash ends the note.
  const dashEnd = /\s[-–—]\s*([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?)[.!]?\s*$/u.exec(draft.trim());
  if (dashEnd && dashEnd[1]!.split(' ').every((w) => !NOT_A_NAME.test(w) && !NOT_NAME_WORD.test(w))) {
    const s = draft.lastIndexOf(dashEnd[1]!);
    return at(draft, s, s + dashEnd[1]!.length);
  }
  const tail = /(?:^|[.!?]\s+|,\s+)(?:thanks|thank you|thx|ty|cheers|best|regards|kind regards|best regards|sincerely|warmly)[,!]?\s+(?:[-–—]\s*)?([A-Z][\p{L}'’-]+)[.!]?\s*$/iu.exec(draft.trim());
  if (tail && !NOT_A_NAME.test(tail[1]!) && !/^(?:so|again|much|for|you|a|lot|in|man)$/i.test(tail[1]!)) {
    const s = draft.lastIndexOf(tail[1]!);
    return at(draft, s, s + tail[1]!.length);
  }
  // "…would love a critique! Sofia": one capitalised word after the note's last stop is its signature.
  const signed = /[.!?)]\s+([A-Z][\p{Ll}'’-]+)\s*$/u.exec(draft.trimEnd());
  if (signed && !NOT_A_NAME.test(signed[1]!) && !/^(?:Thanks|Thank|Cheers|Best|Regards|Sincerely|Bye|Later|Ty|Thx|Please|Anyway|Anyways|Again|Yes|No|Sure|Okay|Ok|Hello|Hi|Hey|Lol|Haha|Soon|Today|Tomorrow|Tonight|Asap)$/i.test(signed[1]!)) {
    const s = draft.trimEnd().length - signed[1]!.length;
    return at(draft, s, s + signed[1]!.length);
  }
  return undefined;
}

/** A role said loosely, up to three words before its head noun: "2nd year nursing student at UCLA", "junior doing econ at OSU". */
const LOOSE_ROLE = "(?:[\\p{L}\\d-]+[ \\t]+){0,3}(?:student|major|junior|senior|sophomore|freshman|grad|graduate|alum|nurse|engineer|teacher|developer|designer|analyst|technician|accountant|paralegal|apprentice|veteran|candidate)\\b[^.!?\\n]*";

/** "I'm a third-year student at Oregon State studying water policy" → the phrase after "I'm". */
function findAffiliation(draft: string, intro: { start: number; end: number } | undefined, name: Fact | undefined): Fact | undefined {
  const text = intro ? draft.slice(intro.start, intro.end) : draft;
  const base = intro?.start ?? 0;
  const patterns = [
    /\b(?:I['’]?m|I am)\s+(?:currently\s+|now\s+)?((?:a|an|the)\s+(?:[^.!?\n]|\.(?=\S)|(?<=\b(?:St|Dr|Mt|Ft|U\.S|Jr))\.)+)/i,
    new RegExp(`\\b(?:I['’]m|I am|my name is)\\s+${NAME_RUN},\\s+((?:a|an|the)\\s+(?:[^.!?\\n]|\\.(?=\\S)|(?<=\\b(?:St|Dr|Mt|Ft|Jr))\\.)+)`, 'u'),
    /\b(?:I (?:work|study|teach|studied|worked)\s+(?:as|at|in|on|for)\s+[^.!?\n]+)/i,
    /\bI (?:study|studied|teach|taught|major in|majored in|work in|research|manage|run|own|coach|drive|cook|nurse)\s+[^.!?\n]+/i,
    /\b(?:I['’]m|I am) (?:currently |now )?((?:studying|finishing|pursuing|completing|majoring|working|graduating|starting|building|running|launching|opening|training|volunteering|teaching)\b(?:[^.!?\n]|\.(?=\S))+)/i,
    /\bI have (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:years|yrs)(?: of experience)? (?:in|as|at) [^.!?\n,]+/i,
    /\b(?:[Ii]['’]?m|I am) (?:currently |now |still )?(in (?:the |my )?(?:[A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+)*|(?:first|second|third|fourth|final|last|senior) year[^.!?\n,]*|community college|college|grad school|high school|nursing school|law school|med school))/u,
    { exec: asRoleClause },
    // The registers readers saw missed: "I'm in the dairy science program at UW-River Falls", "I'm in my second term",
    // "I'm at Cummins in production planning", "I am conference interpreter student at Middlebury", "I'm 31 and work in
    // construction", "I've driven OTR for six years", "I'm moving from teaching into HR".
    /\b(?:[Ii]['’]?m|I am) (?:currently |now |still )?(in (?:the |my |a )?[\p{L}' -]{0,40}?\b(?:program|programme|school|degree|term|semester|year|apprenticeship|academy|bootcamp|residency|fellowship)\b[^.!?\n]*)/iu,
    /\b(?:[Ii]['’]?m|I am) (?:currently |now )?(at [A-Z][\p{L}&.'’-]*(?: [A-Z][\p{L}&.'’-]*){0,3}(?: (?:in|as|on) [^.!?\n,]+)?)/u,
    /\b(?:[Ii]['’]?m|I am) ((?:[\p{Ll}-]+ ){0,3}(?:student|dentist|doctor|nurse|engineer|teacher|graduate|developer|designer|analyst|technician|driver|barista|cook|chef|veteran|candidate|apprentice|electrician|welder|paralegal|accountant)\b[^.!?\n]*)/iu,
    // "Wharton MBA here", "Yale FES alum here too": who they are, said the short way.
    /(?:^|[,.!]\s*|\b(?:Hi|Hey|Hello|Dear)\s+[A-Z][\p{L}'’.-]+[,!]\s*)((?:[A-Z][\p{L}&'’-]*\.?\s+){1,4}(?:alum|alumna|alumnus|grad|graduate|MBA|student))\s+here\b/u,
    /\b[Ii]['’]?m \d{2} and (?:I )?(?:work|study|teach|drive|cook)\b[^.!?\n]+/,
    /\b[Ii]['’]?ve (?:driven|worked|taught|served|nursed|cooked|coached|volunteered)\b[^.!?\n]+/,
    /\b(?:[Ii]['’]?m|I am) (?:currently |now )?((?:moving|switching|transitioning|pivoting|trying to (?:break|move|switch|get) into|breaking into|new (?:up )?(?:here|to))\b[^.!?\n]+)/iu,
    /\bI (?:served|spent|have served|have spent|have worked|have taught|have been working|['’]ve been working|['’]ve worked)\b[^.!?\n]+/i,
    /\bI(?:['’]ve| have) been ((?:a|an) [^.!?\n]+)/i,
    // Phrased loosely (round 9, newcomer check): "i'm jo, a nursing student", "my name's Ana - final-year nursing student",
    // "Jo here - nursing student at UCLA": a name (in any case) and who they are after a comma or a dash.
    new RegExp(`\\b(?:[Ii]['’]?m|I am|[Mm]y name(?:['’]s| is))[ \\t]+[\\p{L}'’-]+[ \\t]*(?:,|[ \\t][-–—])[ \\t]+((?:(?:a|an|the)[ \\t]+)?${LOOSE_ROLE})`, 'u'),
    new RegExp(`(?:^|[,.!\\n][ \\t]*)[\\p{L}'’-]+ here[ \\t]*(?:,|[-–—:])[ \\t]*((?:(?:a|an)[ \\t]+)?${LOOSE_ROLE})`, 'u'),
  ];
  for (const p of patterns) {
    const m = p.exec(text);
    if (!m) continue;
    const value = m[1] ?? m[0];
    const rel = m.index + m[0].lastIndexOf(value);
    let end = rel + value.length;
    // End the affiliation before a new clause: ", and I'd love…", " and I'm…", " who…"
    const cut = /,?\s+(?:and|but|so)\s+(?:I|I['’]m|I['’]d|I['’]ve|would|wanted|hope|am|was|saw|read|came|we|you|your|my|our|thinking|considering|looking)\b|,\s+(?:and\s+)?I\b|,\s+and\s+|\s+(?:who|which)\s+(?:is|am)\b|\s+and\s+(?=(?:Dr|Professor|Prof|Mr|Ms|Mrs|Mx)\.?\s|[A-Z][a-z]+\s+[A-Z][a-z]+\s+(?:suggested|recommended|mentioned|said|told|referred|thought))|,?\s+(?:and\s+)?(?:(?:super|very|really|so|quite|deeply|particularly|especially|most)\s+)?(?:hoping|looking|eager|keen|trying|wanting|writing|reaching) to\b|,?\s+(?:and\s+)?(?:(?:super|very|really|so|quite|deeply|particularly|especially)\s+)?(?:interested|curious) (?:in|about)\b|—|;/.exec(value);
    if (cut) end = rel + cut.index;
    let fact = trimmed(draft, base + rel, base + end);
    // "…at a law firm in Chicago for the past six years": how long is background, not who.
    const since = DURATION_AT_END.exec(fact.text);
    if (since && !/^I\b/.test(fact.text)) fact = trimmed(draft, fact.start, fact.start + since.index);
    if (name && fact.start < name.end && fact.end > name.start) continue;
    // Only boasting ("the best closer on my team", "the next big thing") says nothing of who they are: read on.
    if (withoutBrag(fact.text) === undefined) continue;
    // Nor what they want from the reader ("I am seeking a lead technician position", "I'm looking for a role"):
    // a job ask is not who they are ("I'm Gerald Whitcomb, a seeking a lead technician position", round 9 readers).
    if (/^(?:seeking|looking|applying|searching|hoping|wanting|asking|writing|reaching|interested|eager|keen)\b/i.test(fact.text)) continue;
    // Nor a claim on their time ("a serious candidate and expect the courtesy of a response").
    if (/\b(?:expect|courtesy|deserve|entitled|owe me)\b/i.test(fact.text)) continue;
    if (fact.text.split(/\s+/).length >= 2) return fact;
  }
  return undefined;
}

/**
 * Who the writer is, without the boasting readers marked ("a top-performing SaaS rep (134% of quota…)",
 * "the next big thing", "a results-driven, passionate and dynamic professional…"): a figure in brackets,
 * a class rank and a praise word go; a phrase that is only praise (or a CV line) is none: undefined.
 */
export function withoutBrag(aff: string): string | undefined {
  let a = aff.replace(/(?<!\s),?\s+(?:passionate|enthusiastic) about [^,.;]+/i, '').replace(/\((?=[^()]*\d)[^()]*\)/g, '').replace(/\((?=(?:[^(),]*,){2})[^()]*\)/g, '').replace(/(?<! ) +(?=[,.;:]|$)/g, '').replace(/,\s*top \d+\s?%[^,]*$/i, '');
  a = a.replace(/(?<![\p{L}-])(?:top-performing|high-performing|award-winning|hard-working|hardworking|results-driven|self-motivated|highly motivated|motivated|passionate|dynamic|dedicated|rockstar|world-class|talented)(?:,|\s+and)?\s+/giu, '').replace(/\s{2,}/g, ' ').trim();
  if (/^(?:an?|the)\s+(?:very\s+)?(?:best|next big|greatest|top|biggest|hard worker|number one|#1|most)\b/i.test(a) || /\b(?:GPA|CGPA|LeetCode|quota|gold medalist|President's Club|no cap)\b/i.test(a)) return undefined;
  // "a professional with over twelve years of cross-functional experience in stakeholder engagement…": a CV line.
  if (/\b(?:cross-functional|core competencies|stakeholder|proven track record|skill ?set|synerg)/i.test(a)) return undefined;
  // A list of credentials after who they are ("a senior in chemical engineering: president of the AIChE chapter,
  // two internships at Dow and 3M, a Goldwater Scholarship"; "a Harvard MBA, ex-McKinsey, CFA charterholder and
  // fluent in Mandarin"): who they are is its head, the rest is a CV line (the rule "no credentials dump").
  // Not a clause of their own ("I studied…, then worked…") nor a head cut on a joining word ("…at Temple and, like you, …").
  const listed = a.replace(/[:;][^:;,]*(?:,[^,:;]*){2,}$/, '').replace(/^([^,]+),\s+(?:[^,\s][^,]*,\s+)+(?:and\s+)?[^,\s][^,]*$/, '$1').trim();
  if (!/^I\b/.test(a) && !/\b(?:and|or|but|with|of|in|at|for|to|from|like|as)$/i.test(listed)) a = listed;
  // "a top-performing SaaS rep" → "a SaaS rep"; "an award-winning chef" → "a chef".
  if (a !== aff.trim() && /^an? \p{Ll}/u.test(a)) a = a.replace(/^an? /, /^an? [aeiou]/i.test(a) ? 'an ' : 'a ');
  return a || undefined;
}

/** Titles a writer greets or asks for someone by ("Captain Delgado", "Imam Rahman"). */
export const TITLES = "Mr|Ms|Mrs|Mx|Dr|Prof|Professor|Doctor|Dean|Captain|Capt|Chief|Lieutenant|Lt|Sergeant|Sgt|Officer|Reverend|Rev|Pastor|Father|Sister|Brother|Imam|Rabbi|Judge|Coach|Chef|Senator|Mayor";
/** Up to two surname particles before a capitalised name word ("Van Der Berg", "de la Cruz"). */
const SURNAME_PARTICLES = "(?:(?:[Vv]an|[Vv]on|[Dd]e[rnl]?|[Dd]el|[Dd]a|[Dd]i|[Ll][ae]|[Dd]os|[Dd]as|[Tt]en|[Tt]er|[Bb]in|[Bb]en)[ \\t]+){0,2}";
const GREETING = new RegExp(
  `^(?:[Dd]ear|[Hh]i+|[Hh]ello|[Hh]ey+|[Gg]ood (?:morning|afternoon|evening))[ \\t]+((?:(?:${TITLES})\\.?\\s+${SURNAME_PARTICLES})?[A-Z][\\p{L}'’-]+(?:[ \\t]+${SURNAME_PARTICLES}[A-Z][\\p{L}'’-]+)?)`,
  'u',
);

const DAY_OR_TIME =
  /\b(?:(?:tues?|wed|thu(?:rs?)?|fri)\b\.?|(?:mon|sat|sun)\.?(?=\s+\d{1,2}\/\d{1,2}\b))(?:\s+\d{1,2}\/\d{1,2}\b)?(?:\s+(?:morning|afternoon|evening)s?)?(?:\s+(?:at|after|before|around)\s+\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s*(?:EST|EDT|PST|PDT|CST|CDT|ET|PT|CT))?)?|\b(?:(?:this|next|coming)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b(?:,?\s+\d{1,2}\/\d{1,2}\b)?(?:,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b)?(?:\s+(?:morning|afternoon|evening)s?)?(?:\s+(?:at|after|before|around|between)\s+(?:noon|midday|lunch(?:time)?)|\s+(?:at|after|before|around|between)\s+\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s*(?:and|-|–|to)\s*\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?)?(?:\s*(?:EST|EDT|PST|PDT|CST|CDT|ET|PT|CT|GMT|UTC|BST|CET))?)?|\b(?:(?:at|after|before|around|between|from)\s+)?\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?:\s*(?:EST|EDT|PST|PDT|CST|CDT|ET|PT|CT|GMT|UTC|BST|CET))?(?:\s*(?:and|-|–|to)\s*\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?)?|\b(?:any|most|a weekday|weekday|weekend)\s+(?:morning|afternoon|evening|day)(?:\s+(?:next|this) week)?\b|\b(?:(?:most|any|weekday|weekend)\s+)?(?:mornings|afternoons|evenings|weekdays|weekends)\b|\bnext week\b|\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? \d{1,2}(?:st|nd|rd|th)?\b/gi;

export function findTimes(text: string): Fact[] {
  const out: Fact[] = [];
  for (const m of text.matchAll(DAY_OR_TIME)) {
    // "at 4pm" is a time; "Tuesday at 4pm" one fact.
    const start = m.index;
    const end = start + m[0].length;
    if (out.some((f) => f.start < end && f.end > start)) continue;
    // Not an offer of time: a day gone by ("last Thursday", "my email from Monday"), a deadline ("hear back
    // by Friday"), or the scene of a call ("(Calling … on a Friday)").
    const lead = text.slice(Math.max(0, start - 60), start);
    if (/(?:\blast|\bby|\bon a|\bsince|\buntil|\btill|\bdeadline(?: is| of)?|\bdue)\s+$/i.test(lead)) continue;
    if (/\b(?:emailed|wrote|sent|messaged|met|saw|spoke|talked|called|my (?:email|message|note|letter))\b[^.!?\n]{0,30}\b(?:on|from)\s+$/i.test(lead)) continue;
    if (/^\s*[(\[][^)\]\n]*$/.test(text.slice(0, start)) && /^[^(\[\n]*[)\]]/.test(text.slice(end))) continue;
    out.push(trimmed(text, start, end));
  }
  return out;
}

const FORMAT = /\b(?:phone(?: call)?|video call|zoom(?: call)?|google meet|teams call|coffee|call|chat)\b/i;

/**
 * A script said on the phone, not a written message: it opens by asking who picked up ("is this
 * Marcus Bell?", "may I speak with…", "Hi, Mr. Duarte?") or says it is a call ("I'm calling…",
 * "gave me your number", "leave a voicemail").
 */
export function isSpoken(draft: string): boolean {
  // A stage direction first ("(Calling the restaurant at 7:15) Hi, can I…"): a script to say aloud.
  if (/^\s*[(\[]\s*(?:calling|call|dial|phone|on the phone|voicemail|if (?:they|he|she) (?:answer|pick))/i.test(draft)) return true;
  const t = draft.trim().replace(/^[(\[][^)\]\n]{0,120}[)\]]\s*/, '').replace(/^(?:yeah|yes|oh|um+|uh+|so|ok(?:ay)?)[,!.]?\s+/i, '');
  if (/\b(?:got|found|saw) your (?:number|cell|phone number)\b/i.test(t)) return true;
  const opening = t.slice(0, 160);
  if (/\b(?:this is [A-Z]\w+(?: [A-Z]\w+)? calling|(?:I['’]m |I am )?(?<!\b(?:my|a|the|your|his|her|true|real|one) )calling (?:because|to ask|about|you|to see)|leave a (?:message|voicemail)|call me back|my number is|thanks for (?:picking up|taking my call))\b/i.test(t)) return true;
  // "Yeah hi, I need to talk to the owner", "Hey there, this is Jake Morrow. I'm gonna be in your area…": asking for
  // someone on the line, or a nameless greeting straight into "this is…" in one unbroken paragraph.
  if (/^(?:[\p{L}'’]+[,!.]?\s+){0,3}(?:I need to|I['’]d like to|I want to|I wanna|lemme|let me) (?:talk|speak) (?:to|with) (?:the|your) (?:owner|manager|boss|supervisor|person in charge|foreman|chef)\b/iu.test(opening)) return true;
  if (/^(?:[Hh]ey|[Hh]i|[Hh]ello)(?: there)?[,!]?\s+this is [A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?[.,!]/u.test(t) && !/\n/.test(t)) return true;
  // A voicemail: "this message is for Mr. Petrakis", "my number's 773-…", "you can reach me at 907-…", "whenever you're in port".
  if (/\b(?:this (?:message|voicemail) is for|(?:I['’]m )?leaving (?:you )?a (?:message|voicemail)|my number['’]s|(?:you can )?reach me (?:at|on) \(?\d{3}|(?:call|text) me (?:back )?at \(?\d{3}|can you tell (?:him|her|them))/i.test(t)) return true;
  if (/^(?:[\p{L}'’]+[,!.]?\s+){0,3}(?:is this|am I speaking (?:to|with)|(?:may|can|could) I (?:speak|talk) (?:to|with)|who['’]s this|is [A-Z][\p{L}'’-]+ (?:there|available|in)\b)/iu.test(opening)) return true;
  // "Hi, Mr. Duarte? Hey, this is Luis": the greeting itself asks whether it is them.
  if (/^(?:[Hh]i|[Hh]ello|[Hh]ey|[Gg]ood (?:morning|afternoon|evening))[,!]?\s+(?:(?:Mr|Ms|Mrs|Mx|Dr)\.?\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)?\?/u.test(opening)) return true;
  return false;
}

/** "linkedin-note" / "linkedin-message" → linkedin; "phone", "voicemail", "call" → phone; "email" → email; anything else: not given. */
export function channelContext(channel: unknown): { channel?: 'email' | 'linkedin' | 'phone' } {
  if (typeof channel !== 'string') return {};
  if (/linkedin/i.test(channel)) return { channel: 'linkedin' };
  if (/phone|voicemail|call|script/i.test(channel)) return { channel: 'phone' };
  if (/e-?mail/i.test(channel)) return { channel: 'email' };
  return {};
}

/** The channel a draft is written for: a short LinkedIn note, a LinkedIn message, a phone script, or an email. */
export function channelOf(draft: string, context: OutreachContext): DraftChannel {
  if (context.channel === 'phone' || isSpoken(draft)) return 'phone-script';
  // The rulebook holds a LinkedIn draft to a connection note's length; a long one in paragraphs is a message.
  if (context.channel === 'linkedin') return draft.trim().length > 300 && /\n\s*\n/.test(draft.trim()) ? 'linkedin-message' : 'linkedin-note';
  // A channel given as email is an email (the page's default: a spoken script above still reads as one).
  if (context.channel === 'email') return 'email';
  if (/\blinkedin\b/i.test(draft) && draft.trim().length <= 300 && !/\n\s*\n/.test(draft.trim())) return 'linkedin-note';
  return 'email';
}

/** Extract every fact with its span. Deterministic; one lint pass over the masked draft. */
export function extractFacts(draft: string, context: OutreachContext = {}, verdicts?: RuleVerdict[]): OutreachFacts {
  const masked = maskPlaceholders(draft);
  const v = verdicts ?? lintOutreach(masked, context);
  const placeholders = placeholdersIn(draft);
  const facts: OutreachFacts = { times: [], channel: channelOf(masked, context), placeholders };

  const greet = GREETING.exec(masked.trim());
  // "Dear Sir/Madam", "Hi Team": no one's name.
  if (greet && !/^(?:Sir|Madam|Sirs|Team|All|There|Everyone|Friend|Hiring)\b/i.test(greet[1]!)) {
    const s = masked.indexOf(greet[1]!);
    facts.recipient = at(draft, s, s + greet[1]!.length);
  }
  if (!facts.recipient) {
    // No greeting word: "Ms. Chen - I'm an accountant…", "Dr. Obi, I'm…".
    const titled = new RegExp(`^\\s*((?:${TITLES})\\.?\\s+${SURNAME_PARTICLES}[A-Z][\\p{L}'’-]+)\\s*(?:[-–—,:]|\\n)`, 'u').exec(masked);
    if (titled) {
      const s = masked.indexOf(titled[1]!);
      facts.recipient = at(draft, s, s + titled[1]!.length);
    }
  }
  if (!facts.recipient) {
    // A call: "is this Marcus Bell?", "may I speak with Captain Delgado?", "Hi Marcus, my name's…", "Hi, Mr. Duarte?".
    const askedFor = new RegExp(`\\b(?:is this|speak (?:to|with)|talk to|[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]ood (?:morning|afternoon|evening))[,]?\\s+((?:(?:${TITLES})\\.?\\s+${SURNAME_PARTICLES})?[A-Z][\\p{L}-]+(?:\\s+${SURNAME_PARTICLES}[A-Z][\\p{L}-]+)?)(?=[?,.!])`, 'gu');
    const ok = (n: string) => !/^(?:Sir|Madam|Sirs|Team|All|There|Everyone|Friend|Hiring|This|The|I)\b/.test(n) && !new RegExp(`^(?:${TITLES})$`).test(n);
    const asked = [...masked.slice(0, 240).matchAll(askedFor)].find((m) => ok(m[1]!));
    if (asked) {
      const s = asked.index + asked[0].length - asked[1]!.length;
      facts.recipient = at(draft, s, s + asked[1]!.length);
    }
  }
  if (!facts.recipient) {
    // Written in lowercase: "hey mr park!!", "hi dr. levin,", "hi maya!" — a title, or one word closed by "," "!" or a line end.
    const lower = new RegExp(`^\\s*(?:dear|hi+|hello|hey+)[ \\t]+((?:(?:${TITLES})\\.?[ \\t]+${SURNAME_PARTICLES})[\\p{L}'’-]+|[\\p{Ll}][\\p{L}'’-]+)[ \\t]*(?:[,!]|\\n|$)`, 'iu').exec(masked);
    if (lower && !/^(?:sir|madam|sirs|team|all|there|everyone|friend|folks|guys|hiring|again|so|yes|yeah|ok|okay|thanks|hey|hi)$/i.test(lower[1]!)) {
      const s = masked.indexOf(lower[1]!);
      facts.recipient = at(draft, s, s + lower[1]!.length);
    }
  }
  const name = findName(masked);
  if (name) facts.name = at(draft, name.start, name.end);
  const intro = evidenceOf(v, 'outreach.introduces-self')[0];
  const aff = findAffiliation(masked, intro, facts.name) ?? (intro ? findAffiliation(masked, undefined, facts.name) : undefined);
  // Who the writer is never comes out of a question to them ("what you make as a senior manager at EY?"):
  // that role is the professional's.
  const affSentence = aff ? analyse(masked).sentences.find((x) => x.start <= aff.start && aff.start < x.end) : undefined;
  const theirs = !!affSentence && /\?\s*$/.test(affSentence.text) && /\byou(?:r)?\b/i.test(affSentence.text.slice(0, aff!.start - affSentence.start)) && !/\b(?:I['’]m|I am|my)\b/i.test(affSentence.text);
  if (aff && !theirs) facts.affiliation = at(draft, aff.start, aff.end);

  const conn = evidenceOf(v, 'outreach.connection')[0];
  if (conn) {
    // Not the greeting in front of it: "Hi Sam, fellow UT alum here" → "fellow UT alum here".
    const lead = /^(?:dear|hi+|hello|hey+|good (?:morning|afternoon|evening))\b[^,!\n]{0,40}?(?:[,!]|\s+[-–—]\s+)\s*/i.exec(conn.quote);
    // Only the connecting clause: "I read your article on rural clinics[ and would love to hear…]".
    const rest = conn.quote.slice(lead?.[0].length ?? 0);
    const start = conn.start + (lead?.[0].length ?? 0);
    // Clauses of the sentence; the connection is the one the connection rule itself accepts.
    const edges = introJoins(rest);
    const bounds = [0, ...edges.flatMap((e) => [e.index, e.index + e[0].length]), rest.length];
    let chosen: [number, number] = [0, rest.length];
    for (let i = 0; i + 1 < bounds.length; i += 2) {
      const clause = rest.slice(bounds[i]!, bounds[i + 1]!);
      if (clause.trim().split(/\s+/).length >= 3 && getRule('outreach.connection')?.check?.(clause, context).passed) {
        chosen = [bounds[i]!, bounds[i + 1]!];
        break;
      }
    }
    facts.connection = trimmed(draft, start + chosen[0], start + chosen[1]);
  }

  const purpose = evidenceOf(v, 'outreach.specific-purpose')[0];
  const sentencesOfDraft = analyse(masked).sentences;
  const inside = (f: Fact | undefined, a: number, b: number) => f !== undefined && a < f.end && b > f.start;
  // The topic: from the purpose sentence, else the ask ("about how you got…"), never inside the intro.
  const candidates = [purpose ? { start: purpose.start, text: purpose.quote } : undefined, ...sentencesOfDraft.map((x) => ({ start: x.start, text: x.text }))].filter((x): x is { start: number; text: string } => x !== undefined);
  for (const cand of candidates) {
    const topic = purposeTopic(cand.text);
    if (!topic || /[[\]]/.test(topic)) continue;
    // "GIS at the AWWA conference": the venue is where they met, not the topic.
    const venue = /\s+(?:at|during) (?:the |a |an |your |our |this |last )?(?:[\w.&'’-]+ ){0,4}?(?:conference|summit|meetup|event|panel|fair|session|webinar|workshop|forum|symposium|talk|expo)\b.*$/i.exec(topic);
    const s = draft.indexOf(topic, cand.start);
    if (s < 0) continue;
    const t = trimmed(draft, s, s + (venue ? venue.index : topic.length));
    // Not the meeting itself ("whether you might have time for an informational interview"), never the intro.
    if (inside(facts.affiliation, t.start, t.end) || !topicReads(t.text) || /\b(?:time|interview|call|chat|meeting|minutes|coffee|talk|conversation)\b/i.test(t.text)) continue;
    // Not a job ("any openings") and not praise that names nothing ("your good company").
    if (/\b(?:openings?|vacanc(?:y|ies)|hiring|any (?:jobs?|positions?|roles?|internships?)|(?:jobs?|positions?|roles?|internships?) (?:at|on|in|with) your)\b/i.test(t.text)) continue;
    if (/^(?:your|the|a|an)?\s*(?:(?:good|great|amazing|esteemed|reputed|reputable|prestigious|famous|wonderful|nice)\s+)*(?:company|organi[sz]ation|firm|work|team|business|field|industry|career)$/i.test(t.text)) continue;
    facts.topic = t;
    // A topic from the connection sentence ("your talk on GIS"): the fresh draft asks to learn *more* about it.
    if (inside(facts.connection, t.start, t.end)) facts.topicInConnection = true;
    break;
  }
  if (!facts.topic && purpose) {
    // The longest noun phrase in the purpose sentence that is not the writer or the recipient.
    const best = nounPhrases(purpose.quote)
      .filter((np) => !/^(?:your|my|the)?\s*(?:time|call|chat|minutes?|work|career|brain)$/i.test(np.text) && np.text.split(' ').length >= 2)
      .filter((np) => !/\b(?:jobs?|openings?|positions?|internships?|hiring|time|interview|call|chat|minutes)\b/i.test(np.text) && !/^(?:your|the|a|an)?\s*(?:(?:good|great|amazing|esteemed|reputed|reputable|prestigious|famous|wonderful|nice)\s+)*(?:company|organi[sz]ation|firm|work|team|business|field|industry|career)$/i.test(np.text))
      .filter((np) => !inside(facts.affiliation, purpose.start + np.start, purpose.start + np.end))
      .sort((a, b) => b.text.length - a.text.length)[0];
    if (best) facts.topic = at(draft, purpose.start + best.start, purpose.start + best.end);
  }

  if (!facts.topic) {
    // The field the writer says they are moving into or curious about: "a transition into instructional design".
    const field = /\b(?:interest(?:ed)? in|interest for the field of|transition(?:ing)? into|moving into|move into|switch(?:ing)? into|break(?:ing)? into|get(?:ting)? into|exploring(?: careers in| a career in)?|opportunities in|careers? in|aspiring)\s+((?:[\p{L}&/-]+\s+){0,3}?[\p{L}&/-]+?)(?=[.,;!?]|\s+(?:and|but|at|in|for|because|so|who|which|after|since)\b|$)/iu.exec(masked);
    if (field) {
      const value = replacePersonNoun(field[1]!, (w) => ({ ' designer': ' design', ' developer': ' development', ' engineer': ' engineering', ' analyst': ' analysis', ' researcher': ' research', ' writer': ' writing', ' manager': ' management' } as Record<string, string>)[w.toLowerCase()] ?? w);
      const tokens = analyse(value).tokens;
      if (tokens.length > 0 && /^(?:NOUN|PROPN)$/.test(tokens.at(-1)!.pos) && !/\b(?:jobs?|openings?|positions?|roles?|opportunit\w*|company|field)\b/i.test(value)) {
        const s = field.index + field[0].length - field[1]!.length;
        facts.topic = value === field[1] ? at(draft, s, s + value.length) : { text: value, start: s, end: s + field[1]!.length };
        facts.topicIsField = true;
      }
    }
  }
  if (!facts.topic) {
    // "I saw you work at Northwind": their work there is a topic the writer named.
    const work = /\byou (?:work|worked|are working) (?:at|for|in|on) ([A-Z][\p{L}&.'’-]*(?: [A-Z][\p{L}&.'’-]*){0,3})/u.exec(masked);
    if (work) {
      const s = work.index + work[0].length - work[1]!.length;
      // "at NASA. That is so cool": the name ends at its sentence's stop.
      const name = cutAtFinalStop(work[1]!);
      facts.topic = at(draft, s, s + name.length);
      facts.topicIsPlace = true;
    }
  }
  const durations = findDurations(masked);
  const d = durations.find((x) => x.minutes > 0);
  if (d) facts.minutes = { ...at(draft, d.evidence.start, d.evidence.end), value: d.minutes };

  const askSentence = analyse(masked).sentences.find((s) => isMeetingAsk(s.text));
  // The sentence without the line breaks after it: an insert at its end stays on its line.
  if (askSentence) facts.ask = at(draft, askSentence.start, askSentence.start + askSentence.text.trimEnd().length);

  facts.times = findTimes(masked).map((t) => at(draft, t.start, t.end));
  // The first format that names one ("on Google Meet"), not the generic "chat" before it.
  const fmt = [...masked.matchAll(new RegExp(FORMAT.source, 'gi'))].find((m) => !/^(?:call|chat)$/i.test(m[0]));
  if (fmt) facts.format = at(draft, fmt.index, fmt.index + fmt[0].length);
  const phone = findPhone(masked);
  if (phone) facts.phone = at(draft, phone.start, phone.end);
  const interest = findInterest(masked);
  if (interest) facts.interest = { ...interest, text: draft.slice(interest.start, interest.end) === masked.slice(interest.start, interest.end) ? interest.text : draft.slice(interest.start, interest.end) };
  const org = findOrg(masked);
  if (org) facts.org = at(draft, org.start, org.end);
  return facts;
}

/** A callback number: "555-0191", "907-555-0142", "(773) 555-0188", "+1 312 555 0100". */
export function findPhone(text: string): Fact | undefined {
  const m = /(?<![\d-])(?:\+1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ .-])?\d{3}[.-]\d{4}(?![\d-])/.exec(text);
  return m ? { text: m[0], start: m.index, end: m.index + m[0].length } : undefined;
}

/** Words a field never is: a job, a favour, chat noise. */
const NOT_A_FIELD = /^(?:it|this|that|there|here|(?:the )?(?:field|industry|trades?|business|sector|work|job|line of work)|your (?:team|company|firm|office)|a job|jobs?|work|stuff|things|something|anything|everything|more|roles?|positions?)$/i;

/**
 * The field the writer wants to move into, even inside a job ask: "I want to work in esports",
 * "looking to pivot into pharma sales", "Looking for PM roles", "teaching special ed is my calling",
 * "getting into construction PM". A short noun phrase, tidied ("govt stuff and policy" → "govt and policy").
 */
export function findInterest(text: string): Fact | undefined {
  const patterns = [
    /\b(?:want|wanna|hope|hoping|plan|planning|trying|looking|aim|aiming|dream(?:ing)?|would (?:like|love)|eager|keen) (?:to )?(?:work|get a job|start|build a career|make a career|get started|find work) in (?:the )?((?:[\p{L}&/-]+ ){0,3}[\p{L}&/-]+)/iu,
    /\b(?:pivot(?:ing)?|transition(?:ing)?|mov(?:e|ing)|switch(?:ing)?|break(?:ing)?|get(?:ting)?|go(?:ing)?) into (?:the )?((?:[\p{L}&/-]+ ){0,3}[\p{L}&/-]+)/iu,
    /\b(?:interested in|passionate about|curious about|careers? in) (?:the )?((?:[\p{L}&/-]+ ){0,3}[\p{L}&/-]+)/iu,
    /\b(?:looking for|seeking|applying (?:for|to)) (?:an? |some |any )?((?:[\p{L}&/-]+ ){0,2}?[\p{L}&/-]+) (?:roles?|positions?|jobs?|openings?)\b/iu,
    /(?:^|[.!?]\s+|\n|\b(?:think|know|feel|believe|guess) (?:that )?)((?:[\p{L}&/-]+ ){0,2}[\p{L}&/-]+) is my calling\b/iu,
  ];
  for (const p of patterns) {
    const m = p.exec(text);
    if (!m) continue;
    let value = m[1]!;
    // The phrase ends before a new clause or a word that is not part of a field.
    const cut = /\s(?:and (?:maybe|I|I['’]m|would|want|then|also)|but|so|because|at|for|with|if|or|someday|one day|eventually|and$)\b/i.exec(value);
    if (cut) value = value.slice(0, cut.index);
    value = value.replace(/(?<!\s)\s+(?:stuff|things)(?=\s+and\b)/i, '').replace(/(?<!\s)\s+(?:stuff|things|asap|someday|now|too|lol)$/i, '').trim();
    if (!value || NOT_A_FIELD.test(value) || /\b(?:you|your|my|me|team|company|organi[sz]ation|firm|job|jobs|hired|position|role|opening|it|this|that|touch|contact)\b/i.test(value)) continue;
    const tokens = analyse(value).tokens;
    if (tokens.length === 0 || tokens.length > 4 || !/^(?:NOUN|PROPN|VERB)$/.test(tokens.at(-1)!.pos) || tokens.some((t) => t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'ADP')) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    // The span is the writer's words; the text is the tidied phrase.
    return { text: value, start, end: start + m[1]!.length };
  }
  return undefined;
}

/** The professional's organization as the writer names it: "your team at Morgan Stanley", "roles at Stripe", "your esteemed company Amgen". */
export function findOrg(text: string): Fact | undefined {
  const m = /\b(?:(?:your|the) (?:team|firm|company|esteemed company|organi[sz]ation|office|store|lab|shop|agency|practice|studio)(?: (?:at|of))?|roles? at|positions? at|jobs? at|openings? at|(?:work|working|job|joining|join|interning|internship) (?:at|with))\s+((?:[A-Z][\p{L}&'’.-]*|&)(?: (?:[A-Z][\p{L}&'’.-]*|&)){0,3})/u.exec(text);
  if (!m) return undefined;
  const name = cutAtFinalStop(m[1]!).replace(/(?<![.,])[.,]+$/, '');
  if (!name || /^(?:I|The|A|An|My|Your|LinkedIn|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(name) || /^(?:the )?(?:I|I['’]\w+|If|It|And|But|So|Or|We|You|He|She|They)\b/.test(name)) return undefined;
  const start = m.index + m[0].lastIndexOf(m[1]!);
  return { text: name, start, end: start + name.length };
}

/** A topic reads as a phrase: "how …" / "what …" clauses need their verb ("what sports rehab" does not read). */
function topicReads(topic: string): boolean {
  // "lithium mining and loved it": a noun phrase does not go on into a clause.
  if (!/^(?:how|what|why|whether|which|where|when)\b/i.test(topic)) return !analyse(topic).tokens.some((t) => (t.pos === 'VERB' && !/ing$/i.test(t.text) && !/^(?:reuse|design|research|work|study|need)$/i.test(t.text)) || t.pos === 'AUX');
  return analyse(topic).tokens.slice(1).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || /^(?:is|are|was|were|do|does|did)$/i.test(t.text));
}

/** Whether a sentence asks for the meeting: "Could we talk…?", "20 min on Zoom next Tue?". */
export function isMeetingAsk(sentence: string): boolean {
  let known = meetingAsks.get(sentence);
  if (known === undefined) {
    known = meetingAskUncached(sentence);
    if (meetingAsks.size >= 4_096) meetingAsks.delete(meetingAsks.keys().next().value!);
    meetingAsks.set(sentence, known);
  }
  return known;
}

/** The last sentences asked about: a critique asks about each sentence again for every edit it weighs. */
const meetingAsks = new Map<string, boolean>();

function meetingAskUncached(said: string): boolean {
  // A script's label ("[Call script] yo is this Ray?") is no word of the message: "Call" there asks nothing.
  const sentence = said.replace(/^\s*\[[^\]\n]{0,40}\][ \t]*/, '');
  if (/^(?:I['’]m|I am) (?:happy|glad|free|available)\b/i.test(sentence)) return false;
  // "I'd love to take you to coffee and learn…": the writer's own invitation is their ask.
  if (/\b(?:take|buy|treat) you (?:to|for) (?:a )?(?:coffee|lunch)\b/i.test(sentence)) return true;
  return ASKS.test(sentence) || (/\?["'”’)]*\s*$/.test(sentence) && (findDurations(sentence).length > 0 || /\b(?:call|chat|coffee|zoom|talk|meet|speak|conversation)\b/i.test(sentence)));
}

/** A sentence that asks for the meeting. */
export const ASKS =
  /\b(?:would|could|can|may|might) (?:you|we|I)\b[^.!?\n]{0,80}\b(?:call|chat|talk|meet|coffee|zoom|minutes?|mins?|time|conversation|speak|connect)\b|\bI(?:['’]d| would) (?:appreciate|love|welcome|like|value|be (?:so |very |really )?grateful for)\b[^.!?\n]{0,40}\b(?:minutes?|mins?|of your time|a call|a chat|a conversation|a coffee|to meet|to talk|to chat|to speak|to connect)\b|\b(?:could|can|may) I (?:shadow|visit|come by|stop by|tour|join)\b|\bwould (?:also |really |so |truly )?love\b[^.!?\n]{0,40}\b(?:minutes?|mins?|of your time|a call|a chat|coffee|to meet|to talk|to chat|to speak|to connect|to catch up)\b|\bI(?:['’]m| am) writing to (?:request|ask for)\b[^.!?\n]{0,60}\b(?:interview|meeting|call|chat|conversation)\b|\bI(?:['’]d| would) (?:like|love|want) to (?:schedule|set up|arrange|request|book)\b[^.!?\n]{0,40}\b(?:interview|meeting|call|chat|time|conversation)\b|\b(?:pick your brain|grab (?:a )?coffee|get coffee)\b|\b(?:are|would) you (?:be )?(?:free|available|open|up for|willing)\b|\blet['’]s (?:meet|talk|chat|grab|set up|schedule)\b/i;
