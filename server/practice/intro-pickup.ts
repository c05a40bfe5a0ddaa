/**
 * One concrete thing the user said about themselves in an introduction, in grammatical form the
 * professional can say back: "nine years as a litigation paralegal", "twenty-two years in the Navy",
 * "seven years pitching in the minors", or, for a student, "a junior in high school". Only what they
 * said, re-cased and re-tensed; nothing guessed about what carries over.
 */

const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 22 → "twenty-two" (under a hundred; otherwise the digits). */
export function numberWords(n: number): string {
  if (n < 20) return SMALL[n]!;
  if (n < 100) return `${TENS[Math.floor(n / 10)]}${n % 10 ? `-${SMALL[n % 10]}` : ''}`;
  return String(n);
}

const NUMBER = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|thirty(?:-\w+)?)`;
const YEARS = String.raw`(?:about |almost |nearly |over |around |close to |roughly )?${NUMBER}\+? (?:years?|yrs?)`;

/** "twenty-two" or "22" → 22, for choosing the longest stretch. */
function toNumber(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  const [tens, ones] = word.toLowerCase().split('-');
  const t = TENS.indexOf(tens!);
  if (t >= 2) return t * 10 + (ones ? SMALL.indexOf(ones) : 0);
  return SMALL.indexOf(tens!);
}

/** A role phrase as typed, cut at the first word that starts another clause, with its article. */
function rolePhrase(raw: string): string | undefined {
  const words = raw.trim().split(/\s+/);
  const out: string[] = [];
  for (const [i, w] of words.entries()) {
    // "in the Navy and retired last year": "and" before a verb starts another clause.
    if (/^(?:and|or)$/i.test(w) && /^(?:\w+ed|I|then|now|got|went|was|had|came|left|took|still)$/i.test(words[i + 1] ?? '')) break;
    if (/^(?:for|but|until|til|till|when|before|after|since|so|because|which|where|who|then|there|here|now|mostly|doing|while|I|we)$/i.test(w)) break;
    out.push(w.replace(/[,;:]$/, ''));
    if (/[,;:]$/.test(w) || out.length >= 9) break;
  }
  // No trailing joining word ("… at", "… and"): popped one by one (a pattern over the end backtracks).
  while (out.length > 1 && /^(?:at|in|on|with|of|and|or)$/i.test(out.at(-1)!)) out.pop();
  const phrase = out.join(' ');
  if (phrase.length < 3 || /^(?:it|that|this|there|here|one|so|very|really|just|also)$/i.test(phrase)) return undefined;
  // A name of their own ("Kessler Foods") stays capitalised; a plain noun typed in capitals ("Culinary Specialist") too.
  return phrase;
}

const withArticle = (role: string) => (/^(?:an?|the|my|our)\s/i.test(role) ? role.replace(/^(?:my|our)\s/i, 'a ') : `${/^[aeiou]/i.test(role) && !/^(?:uni|use|eu)/i.test(role) ? 'an' : 'a'} ${role}`);

/** A past verb as its -ing form: "pitched" → "pitching", "ran" → "running". */
function gerund(verb: string): string | undefined {
  const irregular: Record<string, string> = { ran: 'running', taught: 'teaching', drove: 'driving', led: 'leading', built: 'building', wrote: 'writing', sold: 'selling', spent: 'spending', did: 'doing', made: 'making', kept: 'keeping', flew: 'flying', fought: 'fighting' };
  const v = verb.toLowerCase();
  if (irregular[v]) return irregular[v];
  if (/ied$/.test(v)) return `${v.slice(0, -3)}ying`;
  if (/[^e]ed$/.test(v) && v.length > 4) return `${v.slice(0, -2)}ing`;
  return undefined;
}

interface Stretch {
  years: number;
  /** "as a litigation paralegal", "in the Navy", "pitching in the minors". */
  what: string;
}

/** Every "N years as/in/doing X" the introduction tells about the user themselves. */
function stretches(text: string): Stretch[] {
  const out: Stretch[] = [];
  const plain = text.replace(/\bim\b/g, "I'm").replace(/\bive\b/g, "I've").replace(/\bi\b/g, 'I');
  const add = (n: string, what: string | undefined) => {
    if (what) out.push({ years: toNumber(n.toLowerCase()), what });
  };
  const I = String.raw`\bI(?:['’]ve| have)?`;
  // "I've been a litigation paralegal for about nine years", "I was ICU nurse there for eleven years".
  for (const m of plain.matchAll(new RegExp(String.raw`${I} (?:been|was|worked as|served as) ((?:an? |the )?[A-Za-z][\w'-]*(?: [\w'&-]+){0,7}?)(?: there| here)? for ${YEARS}`, 'gi'))) {
    const role = rolePhrase(m[1]!);
    if (role && !/^(?:\w+ing|in|at|on|with|to|doing|working|here|there)\b/i.test(role)) add(m[2]!, `as ${withArticle(role)}`);
  }
  // "I spent 22 years in the Navy", "I worked 9 years in road and bridge projects", "spent six years as a teacher".
  for (const m of plain.matchAll(new RegExp(String.raw`${I} (?:spent|worked|served|did) ${YEARS} ((?:in|at|with|on|as) [^.,;!?]{2,60})`, 'gi'))) {
    const rest = rolePhrase(m[2]!);
    if (rest) add(m[1]!, /^as /i.test(rest) ? `as ${withArticle(rest.slice(3))}` : rest);
  }
  // "I pitched in the minors for seven years", "ran the cafeteria at Hillcrest for twenty-two years".
  for (const m of plain.matchAll(new RegExp(String.raw`\bI ([a-z]+) ([a-z][^.,;!?]{2,50}?) for ${YEARS}`, 'gi'))) {
    const ing = gerund(m[1]!);
    const rest = rolePhrase(m[2]!);
    if (ing && rest && !/^(?:been|was|worked|served|spent|lived|studied|waited|stayed)$/i.test(m[1]!)) add(m[3]!, `${ing} ${rest}`);
  }
  // "was a shift supervisor at the Kessler Foods distribution center 11 yrs".
  for (const m of plain.matchAll(new RegExp(String.raw`\b(?:I was|was|I['’]m|I am) ((?:an? )[a-z][\w'-]*(?: [\w'&-]+){0,8}?) ${YEARS}`, 'gi'))) {
    const role = rolePhrase(m[1]!);
    if (role) add(m[2]!, `as ${withArticle(role)}`);
  }
  return out;
}

/** "I'm a junior in high school", "3rd year psych student": the user as a student. */
const STUDENT = /\b(?:I['’]m|I am|im)(?: [A-Z][a-z]+,)? (?:a |an )?((?:high school |college |grad(?:uate)? )?(?:junior|senior|sophomore|freshman|first[- ]year|second[- ]year|third[- ]year|fourth[- ]year|final[- ]year|\d(?:st|nd|rd|th)[- ]year)(?: [a-z]+){0,3}? (?:student|in high school|in college|at (?:the )?[A-Z][\w]+(?: [A-Z][\w]+)*))/i;

/** The one concrete thing to say back, or undefined when the introduction tells none in a form we can say. */
export function concreteBackground(text: string): string | undefined {
  const found = stretches(text).filter((s) => s.years > 0 && s.years < 60);
  if (found.length > 0) {
    const best = found.sort((a, b) => b.years - a.years)[0]!;
    const n = numberWords(best.years);
    return `${n[0]!.toUpperCase()}${n.slice(1)} year${best.years === 1 ? '' : 's'} ${best.what}`;
  }
  const student = STUDENT.exec(text)?.[1];
  if (student) return withArticle(student.replace(/^(\d)(st|nd|rd|th)[- ]year/i, (_, d: string) => `${['', 'first', 'second', 'third', 'fourth'][Number(d)] ?? d}-year`));
  return undefined;
}

/** How the professional says it back: the stretch of work, or the student, with a word on it. */
export const STRETCH_LINES = [
  '{Stretch} is a lot of real experience to bring with you.',
  '{Stretch}: that counts for more than people coming in tend to think.',
  "{Stretch} is real experience, and I'd take it seriously as a starting point.",
];
export const STUDENT_LINES = [
  'Doing this as {student} already puts you ahead of where I was.',
  "It's great that you're asking these questions as {student}.",
];

/** A question put inside an introduction as what they are trying to work out: "trying to figure out if X", "wondering whether X". */
const GOAL_QUESTION = /\b(?:trying to (?:figure out|work out|decide|understand|find out)|wondering|not sure|want to (?:know|find out|figure out)) (?:is )?(if|whether) ([^.!?]{8,200})/i;

/** That question as "whether …", for the facts to answer, or undefined. */
export function goalQuestion(text: string): string | undefined {
  const m = GOAL_QUESTION.exec(text);
  // "…if it is possible for me": a clause about "it" names nothing the facts could answer.
  if (!m || /^(?:it|this|that|they|there|I)\b/i.test(m[2]!.trim())) return undefined;
  return `whether ${m[2]!.trim()}`;
}

/** A loss told in an introduction ("my husband passed last spring"): met with condolence before anything else. */
export const BEREAVEMENT = /\b(?:passed away|(?:he|she|they) passed\b|died\b|lost (?:my|our) (?:husband|wife|partner|son|daughter|mother|father|mom|dad|child)|widow(?:ed|er)?\b)/i;

export const CONDOLENCES = ["I'm so sorry for your loss.", "I'm very sorry about your loss."];
