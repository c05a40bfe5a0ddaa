import type { PersonaCard } from '../../shared/contracts/practice.ts';
import { withoutClosingAside } from '../../shared/text/scan.ts';
import { unText } from './understand.ts';

/**
 * Premise checks against the card: a question built on something about the professional that their
 * card says is not so is corrected first, in their words, before anything else is answered.
 *
 * - the kind of organization they work for ("since Lumen is a hospital", "Green Futures is run by the
 *   gas company"): the organization's own kind (the card's aside, "a logistics software company",
 *   or its name, "Medical Center", "University") against the kind the user named;
 * - a credential they never earned ("did you have to pass the bar", "you went to law school"): the
 *   credential against their education, summary and path;
 * - a title said as "the X of Y" ("as the manager of the ICU"): the head noun ("manager") against the
 *   roles the card gives them.
 */

/** Kinds of organization, each with the words that name it. Two kinds conflict unless one contains the other. */
const KINDS: ReadonlyArray<{ kind: string; words: RegExp; within?: readonly string[] }> = [
  { kind: 'hospital', words: /\b(?:hospitals?|medical cent(?:er|re)s?|health systems?|clinics?)\b/i },
  { kind: 'software', words: /\b(?:software|tech(?:nology)?|app|saas) (?:company|companies|firm|start-?up|business)\b/i, within: ['company'] },
  { kind: 'utility', words: /\b(?:utilit(?:y|ies)|(?:gas|electric|power|energy)(?: and (?:gas|electric))? (?:company|companies|utility|provider))\b/i, within: ['company'] },
  { kind: 'solar', words: /\bsolar (?:company|companies|installer|business|firm|start-?up)\b/i, within: ['company'] },
  { kind: 'nonprofit', words: /\b(?:non-?profits?|charit(?:y|ies)|advocacy (?:organi[sz]ation|group))\b/i },
  { kind: 'university', words: /\b(?:universit(?:y|ies)|colleges?)\b/i },
  { kind: 'government', words: /\b(?:government (?:agency|office|department)|state agency|city hall|county government)\b/i },
  { kind: 'law firm', words: /\blaw firms?\b/i, within: ['company'] },
  { kind: 'bank', words: /\bbanks?\b/i, within: ['company'] },
  { kind: 'company', words: /\b(?:(?:for-profit|private) (?:company|business)|corporations?)\b/i },
];

/** What kind of organization the card says theirs is (its aside and its name), most specific first. */
export function organizationKinds(card: PersonaCard): Set<string> {
  const kinds = new Set<string>();
  const said = card.organization;
  for (const k of KINDS) if (k.words.test(said)) {
    kinds.add(k.kind);
    for (const w of k.within ?? []) kinds.add(w);
  }
  // "a regional sustainability nonprofit", "a patient-scheduling software company": the aside's last word.
  if (/\bcompany\)?$/i.test(said)) kinds.add('company');
  if (/\bnonprofit\)?$|\borgani[sz]ation\)?$/i.test(said)) kinds.add('nonprofit');
  return kinds;
}

/** Kinds that are businesses: a nonprofit or a university is not run by one. */
const COMPANY_KINDS = new Set(['software', 'utility', 'solar', 'law firm', 'bank', 'company']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The organization as the user may call it: its whole name without the aside, or its first one or two words. */
function organizationNames(card: PersonaCard): string[] {
  const name = withoutClosingAside(card.organization).trim();
  const words = name.split(/\s+/);
  const names = [name];
  if (words.length >= 2) names.push(words.slice(0, 2).join(' '));
  return names;
}

/** A sentence links the organization to a kind: "X is a Y", "X is really run by the Y", "a Y like X", "inside a Y at X". */
function linkedKind(sentence: string, org: string): { kind: string; said: string; runBy: boolean } | undefined {
  const o = escape(org);
  const forms = [
    new RegExp(`\\b${o}(?:['’]s| is| was| are)\\s+(?:(?:really|basically|actually|just|kind of|sort of|technically|mostly|secretly|all|part)\\s+)*(?:(run|owned|funded|controlled) by\\s+|(?:a|an|one)\\s+(?:part|arm|division|branch|subsidiary) of\\s+)?((?:an?|the|one of the)\\s+(?:[\\w-]+\\s+){0,4}[\\w-]+)`, 'i'),
    new RegExp(`\\b(?:inside|within|at|for|in)\\s+((?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+)\\s+(?:at|called|named|like)\\s+${o}\\b`, 'i'),
    new RegExp(`\\b${o},\\s+((?:an?|the)\\s+(?:[\\w-]+\\s+){0,3}?[\\w-]+),`, 'i'),
  ];
  for (const re of forms) {
    const m = re.exec(sentence);
    if (!m) continue;
    const phrase = (m.length > 2 ? m[2] : m[1])!;
    const runBy = m.length > 2 && m[1] !== undefined;
    for (const k of KINDS) {
      const hit = k.words.exec(phrase);
      if (hit) return { kind: k.kind, said: phrase.slice(0, hit.index + hit[0].length).trim(), runBy };
    }
  }
  return undefined;
}

/** "Since Lumen is a hospital…": the correction, or undefined when the kind said fits their organization (or none is said). */
export function organizationPremise(card: PersonaCard, text: string): string | undefined {
  const own = organizationKinds(card);
  if (own.size === 0) return undefined;
  const name = withoutClosingAside(card.organization).trim();
  const org = card.organization.trimEnd();
  const open = org.lastIndexOf('(');
  const aside = org.endsWith(')') && open >= 0 ? org.slice(open + 1, -1) : undefined;
  const what = aside ? `${aside}` : undefined;
  for (const sentence of unText(text).split(/(?<=[.?!])\s+/)) {
    if (/\b(?:if|whether|suppose|imagine)\b/i.test(sentence) && !/\bsince\b/i.test(sentence)) continue;
    // "Lumen", "Railyard": the name's first word alone, when typed as a name (capitalised).
    const head = withoutClosingAside(card.organization).trim().split(/\s+/)[0] ?? '';
    const alone = head.length >= 5 && /^[A-Z][a-z]+$/.test(head) && !/^(?:State|County|City|Regional|National|Green|North|South|East|West)$/.test(head) && new RegExp(`\\b${head}\\b`).test(sentence);
    for (const org of [...organizationNames(card), ...(alone ? [head] : [])]) {
      const linked = linkedKind(sentence, org);
      if (!linked) continue;
      // Said to be a kind they are not; or run by a company when they are a nonprofit, a university or a hospital.
      if (!linked.runBy && own.has(linked.kind)) return undefined;
      if (linked.runBy && !(['nonprofit', 'university', 'hospital', 'government'].some((k) => own.has(k)) && COMPANY_KINDS.has(linked.kind))) return undefined;
      const said = linked.said.replace(/^(?:one of the)\s+/i, 'a ').replace(/^(?:An?|The)\b/, (w) => w.toLowerCase());
      const isWhat = what ? ` It's ${what}.` : '';
      return linked.runBy
        ? `Actually, ${name} isn't run by ${said}.${isWhat}`
        : `Actually, ${name} isn't ${said}.${isWhat}`;
    }
  }
  return undefined;
}

/** Credentials a question may assume, each with the words that say it of the professional and how it is denied. */
const CREDENTIALS: ReadonlyArray<{ asked: RegExp; held: RegExp; say: string }> = [
  { asked: /\b(?:law school|(?:pass(?:ed|ing)?|take|took|sit|sat) the bar|bar exam|law degree|j\.?d\.?(?= |$)|juris doctor|lawyer|attorney)\b/i, held: /\b(?:j\.?d\.?|law school|juris|attorney|lawyer|law degree|bar exam|llb|ll\.b)\b/i, say: "I'm not a lawyer, actually; I never went to law school or took the bar." },
  { asked: /\b(?:medical school|med school|m\.?d\.?(?= |$)|residency as a doctor|physician)\b/i, held: /\b(?:m\.?d\.?|medical school|physician|doctor of medicine)\b/i, say: "I'm not a physician, actually; I never went to medical school." },
  { asked: /\b(?:your|a|the) (?:ph\.?d|doctorate)\b/i, held: /\b(?:ph\.?d|doctorate|dr\.)\b/i, say: "I don't have a PhD, actually." },
  { asked: /\b(?:your|an|the) mba\b|\bbusiness school\b/i, held: /\b(?:mba|business school)\b/i, say: "I don't have an MBA, actually." },
  { asked: /\b(?:cpa|certified public accountant)\b/i, held: /\b(?:cpa|accountant)\b/i, say: "I'm not a CPA, actually." },
  { asked: /\b(?:computer science|cs) (?:degree|major)\b/i, held: /\b(?:computer science|\bcs\b)\b/i, say: "I don't have a computer science degree, actually." },
];

/** What the card says they studied and did: their education, summary, headline and path. */
function credentialsOf(card: PersonaCard): string {
  return [card.name, card.role, card.publicProfile.headline, card.publicProfile.summary, ...card.publicProfile.education, ...card.careerPath.map((s) => `${s.role} ${s.organization}`)].join(' ');
}

/** "Did you have to pass the bar…", "I assume you went to law school": the denial, with what they did study. */
export function credentialPremise(card: PersonaCard, text: string): string | undefined {
  const held = credentialsOf(card);
  for (const sentence of unText(text).split(/(?<=[.?!])\s+/)) {
    for (const c of CREDENTIALS) {
      const m = c.asked.exec(sentence);
      if (!m || c.held.test(held)) continue;
      // Said of the professional ("you … the bar"), never of the asker ("should I go to law school?").
      const before = sentence.slice(0, m.index);
      if (!/\b(?:you|your|yours)\b/i.test(sentence)) continue;
      // The nearest person before it is the one it is said of: "I assume you went to law school", not "do you think I need law school".
      const nearest = [...before.matchAll(/\b(I|me|my|you|your|people|someone|anyone|everyone)\b/gi)].at(-1)?.[1];
      if (nearest && !/^(?:you|your)$/i.test(nearest)) continue;
      if (/\b(?:if|whether)\b[^,;]{0,30}$/i.test(before)) continue;
      const degree = card.publicProfile.education[0]?.split(',')[0]?.trim().replace(/\.$/, '');
      return degree ? `${c.say} My degree is ${/^(?:[AEIOU]|M\.|MSN|MBA|MPH)/.test(degree) ? 'an' : 'a'} ${degree}.` : c.say;
    }
  }
  return undefined;
}

/** "As the manager of the ICU, you…": a title with its head before "of", said to be theirs. */
const OF_ROLE = /\b(?:as|since you(?:['’]re| are)|you(?:['’]re| are)) the ([a-z-]+(?: [a-z-]+)?) (?:of|for) ((?:the )?[\w-]+(?: [\w-]+)?)(?=\s*[,.?!;]|\s+(?:you|do|how|what|is|are)\b)/i;

export function ofRolePremise(card: PersonaCard, text: string): string | undefined {
  const m = OF_ROLE.exec(unText(text));
  if (!m) return undefined;
  const rest = text.slice(m.index + m[0].length);
  if (/^(?:I|my|me)\b/.test(rest.trimStart().replace(/^,/, '').trimStart())) return undefined;
  const title = m[1]!.toLowerCase();
  const head = title.split(' ').at(-1)!.replace(/s$/, '');
  if (head.length < 4 || /^(?:one|person|part|head|side|kind|type)$/.test(head)) return undefined;
  const own = [card.role, card.publicProfile.headline, card.publicProfile.summary, ...card.careerPath.map((s) => s.role)].join(' ').toLowerCase();
  if (new RegExp(`\\b${escape(head)}s?\\b`).test(own)) return undefined;
  const role = card.role.replace(/\b([A-Z])([a-z]+)/g, (w) => w.toLowerCase()).replace(/^([^,]+), ([^,]+)$/, '$1 for $2');
  return `I'm not the ${title} of ${m[2]}, actually; I'm ${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}.`;
}

/** "Sure, happy to.", "Good question.": an acknowledgement that cannot follow a correction ("Actually, Lumen isn't a hospital. Sure, happy to."). */
const ACKNOWLEDGEMENT = /^(?:(?:Oh, )?(?:[Gg]ood|[Gg]reat|[Ff]air) (?:question|one)|Sure(?:, happy to| thing)?|(?:Yes, )?[Hh]appy to(?: talk about that)?|Oh, sure|Okay|Ok|Right|Yeah|Yes|Well|Mm(?:, sure)?|Mm|That is fair to ask|That's fair to ask|Let me think|Fair)[.!—–-]*\s+(?=\S)/;

/** The answer after a correction, without an acknowledgement at its start. */
export function withoutAcknowledgement(answer: string): string {
  const rest = answer.replace(ACKNOWLEDGEMENT, '');
  return rest === answer ? answer : `${rest[0]!.toUpperCase()}${rest.slice(1)}`;
}

// ---------------------------------------------------------------------------------------------
// Whether the turn asserts a premise at all: a bank correction ("Actually, no. Each new nurse has
// their own preceptor…") is said only to a turn that holds the belief it corrects, never to a plain
// open question ("how did you move from bedside to teaching?") that its asks happen to match.

/** A presupposing form anywhere in a sentence: "since you…", "as a…", "I assume/heard/read…", "isn't it…", "you must…", a tag question, "is it true that…". */
const PRESUPPOSES = /\b(?:since (?:you|your|ur)(?! (?:first|started|began|joined|came|got|arrived|left|moved|took)\b)|when you were (?:in|at|with|a|an)\b|as (?:an?|the|your) |because (?:you|your)|I (?:assume|assumed|heard|hear|read|figured|figure|thought|think|guess|gather|understand|imagine|bet|suppose|keep hearing|was told|saw|noticed)\b|I(?:['’]m| am) (?:guessing|assuming|told)|I(?:['’]ve| have) (?:heard|read)|(?:everyone|people|they|my [a-z]+) (?:says?|said|tell me|told me)|is it true|isn['’]?t it|aren['’]?t (?:you|they|most)|don['’]?t (?:you|most|they|all)|doesn['’]?t (?:it|that)|didn['’]?t you|wasn['’]?t (?:it|that)|weren['’]?t (?:you|your|they)|haven['’]?t you|can['’]?t you|won['’]?t (?:you|they|there)|you (?:must|probably|always|never|just|surely)|surely|obviously|(?:so|then) you\b)/i;
/** A tag question at a sentence's end: "…, right?", "…, no?", "…, correct?", "is that true?". */
const TAG = /(?:\b(?:right|no|correct|yeah|true)|\bis that (?:true|right|so)|\bisn['’]?t (?:it|that)|\bdon['’]?t you|\bdidn['’]?t you|\baren['’]?t you)$/i;

/** A sentence without its closing marks and spaces (a loop, not a backtracking pattern). */
function withoutEndMarks(s: string): string {
  let end = s.length;
  while (end > 0 && /[\s?!.]/.test(s[end - 1]!)) end--;
  return s.slice(0, end);
}
/** A polar question: its content is the belief itself ("do most of your new nurses leave within a year?"). */
const POLAR = /^(?:(?:so|and|but|ok(?:ay)?|well|also|then|wait|hmm?)[,\s]+)*(?:do|does|did|is|are|was|were|have|has|had|can|will|would|should|must|isn['’]?t|aren['’]?t|wasn['’]?t|weren['’]?t|don['’]?t|doesn['’]?t|didn['’]?t|haven['’]?t|hasn['’]?t|won['’]?t|can['’]?t)\b/i;
/** An open question, a request, a supposition or a framing that states no belief: "what…", "how…", "if you're not…", "tell me…", "I'd love to hear…", "for example…". */
const OPEN = /^(?:(?:so|and|but|ok(?:ay)?|well|also|then|now|oh|hi|hey)[,\s]+)*(?:if|whether|what|what['’]s|how|why|when|where|which|who|whom|whose|tell me|walk me|talk me|take me|describe|explain|could you|can you|would you|would it|I(?:['’]d| would) (?:love|like)|I(?:['’]m| am) (?:curious|wondering|interested)|I wonder|I was wondering|I want|I(?:['’]d| would) be|thanks|thank you|hi|hello|hey|for example|for instance|e\.g\.|like|such as|or|maybe|especially)\b/i;

/** A question whose wh-word comes after a word or two ("Roughly what does a junior make?", "In general, how…"). */
const WH_EARLY = /^(?:[\w'’-]+,?\s){1,2}(?:what|how|why|when|where|which|who)\b/i;

/** A declarative about the asker ("I couldn't find what you did before", "I'm a nurse"): it states no belief about the professional. */
const ABOUT_ASKER = /^(?:(?:so|and|but|ok(?:ay)?|well|also|honestly|anyway)[,\s]+)*(?:I|I['’](?:m|ve|d|ll)|my|we|we['’](?:re|ve))\b/i;

/**
 * The sentences of a turn that state a belief: a presupposing form anywhere, a tag question, a polar
 * question, or a declarative sentence (said flat or with a question mark: "so you code all day?") that
 * is not about the asker, a request, a greeting or an example list.
 */
export function claimClauses(text: string): string[] {
  const sentences = unText(text).split(/(?<=[.?!])\s+/).map((s) => s.trim()).filter(Boolean);
  return sentences.filter((s) => PRESUPPOSES.test(s) || TAG.test(withoutEndMarks(s)) || (POLAR.test(s) && !isRequest(s)) || (!OPEN.test(s) && !POLAR.test(s) && !ABOUT_ASKER.test(s) && !(s.endsWith('?') && WH_EARLY.test(s))));
}

/** A correction that puts something in the past ("Actually, that was my college job"), and a claim that already does ("You started as a peer health educator"). */
const PAST_CORRECTION = /\b(?:that|it|this) was (?:my|in|back|years|a long)\b|\bused to\b|\bno longer\b|\bnot any ?more\b/i;
const PAST_CLAIM = /\byou (?:started|began|were|used to|first|once|spent|worked|did|came|got your start)\b|\b(?:back then|at first|in college|before (?:that|this|you))\b/i;

/** Whether a claim is one the correction corrects: not a past that the correction itself puts in the past. */
export function claimCorrected(claim: string, correctionText: string): boolean {
  const lead = correctionText.split(/(?<=[.?!:])\s+/)[0] ?? '';
  return !(PAST_CORRECTION.test(lead) && PAST_CLAIM.test(claim));
}

/**
 * How much a claim sentence must match a correction's asks (the bank's ask similarity) to be the belief it
 * corrects. A whole sentence spreads its words (used sets, dev: "my mom says everyone who does policy stuff has
 * to be a lawyer, so did you go straight to law school…" 0.31, "since Green Futures is basically part of the
 * state government…" 0.33; "do new nurses make a lot of mistakes?" 0.17 against the turnover correction).
 */
export const CLAIM_MEETS = 0.28;

/** A correction's opening that corrects: "Actually, …", "…, actually.", "Not quite.", "That's not what we see, actually." */
const CORRECTING = /^(?:actually\b|not (?:quite|really|exactly)\b|no[,.]|nope\b)|,\s*actually[.!]?$/i;

/**
 * A bank correction said to a turn that asserted nothing: its answer without the correcting sentence.
 * "Actually, no. Each new nurse…" → "Each new nurse…"; "Actually, that was my college job: I was…" → "I was…";
 * a correcting sentence that carries the fact keeps it, without "Actually" ("Actually, less than half my week…" → "Less than half my week…").
 */
export function withoutCorrection(text: string): string {
  const first = /^(.+?[.?!])(?:\s+|$)/.exec(text);
  if (!first || !CORRECTING.test(first[1]!.slice(0, -1).trim())) return text;
  const sentence = first[1]!;
  const rest = text.slice(first[0].length).trim();
  const upper = (s: string) => (s ? `${s[0]!.toUpperCase()}${s.slice(1)}` : s);
  // "Actually, that was my college job: I was a peer health educator…": what follows the colon.
  const colon = sentence.indexOf(': ');
  if (colon > 0) return upper(`${sentence.slice(colon + 2)}${rest ? ` ${rest}` : ''}`);
  const bare = sentence.replace(/^(?:actually[,.!]?\s*(?:no(?:pe)?[,.!]\s*)?|not (?:quite|really|exactly)[,.!]?\s*|no(?:pe)?[,.!]\s*)/i, '').replace(/,\s*actually(?=[.!?]$)/i, '');
  const words = bare.split(/\s+/).filter(Boolean).length;
  // A short correcting sentence ("Actually, no.", "That's not what we see, actually.", "Actually, I see the opposite.") goes whole,
  // unless what follows leans on it ("They're a local food processor").
  if (rest && words <= 7 && !/^(?:they|she|he|it|that|this|those|these)\b/i.test(rest)) return rest;
  return upper(`${bare}${rest ? ` ${rest}` : ''}`.trim());
}

/** A request: "could you tell me…", "would you mind…", "can you walk me through…", "tell me about…", "I'd love to hear…". */
const REQUESTS = /\b(?:(?:could|can|would|will) you(?: please)? (?:tell|walk|talk|take|explain|describe|share|give|say|go (?:over|through|into)|help|show|expand|elaborate|break|paint|run)|would you mind|do you mind|mind (?:telling|sharing|walking|explaining)|tell me|walk me through|talk me through|take me through|(?:I(?:['’]d| would)) (?:love|like) (?:to hear|to know|you to|if you)|please (?:tell|explain|describe|share|walk))\b/i;

export function isRequest(text: string): boolean {
  return REQUESTS.test(unText(text));
}

/** An opener that agrees to do something ("Sure, happy to.", "Yes, happy to.", "Sure!", "Happy to talk about that."): only before a request. */
const ASSENT = /^(?:(?:oh,? )?sure|yes|yeah|of course|happy to)\b[^.!?]*[.!]?$/i;

export function assentOpener(lead: string): boolean {
  return ASSENT.test(lead.trim());
}
