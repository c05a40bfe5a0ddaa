import type { QuestionContext } from '../contracts/questions.ts';
import { blockingQuestionVerdicts } from '../language/questions.ts';
import { expandInformal, isProperNounAt, isStopWord, keyNouns, prepareProfile, shareKept } from '../rules/question-text.ts';
import type { CheckContext, Evidence } from '../rules/rule.ts';
import { looksLikeInstruction, withoutInstructions } from './instructions.ts';
import { runStart, stripEnd } from '../text/scan.ts';

/**
 * The offline rephrasing: deterministic rewrites that turn a job-interview question into an
 * informational one while keeping what it is about — its nouns, names and topic ("Toxic Labs"
 * stays "Toxic Labs", a question about books still asks about books). Each broken rule has its
 * own rewrites; the result is reviewed again, and a rewrite that still breaks a rule is never
 * returned (a safe question about the same field is, as the last resort).
 */

/** High and medium findings of the one decision (rules and model together): the ones that make a question need rephrasing. */
export function blockingFailures(question: string, ctx: CheckContext) {
  return blockingQuestionVerdicts(question, ctx);
}

export function passesReview(question: string, ctx: CheckContext): boolean {
  return blockingFailures(question, ctx).length === 0;
}

/** A context field the rephrasing may quote: set, and not an instruction to the reviewer. */
const usable = (value: string | undefined): value is string => !!value && !looksLikeInstruction(value);

export function toCheckContext(context: QuestionContext = {}): CheckContext {
  return {
    ...(usable(context.field) ? { field: context.field } : {}),
    ...(usable(context.role) ? { recipientRole: context.role } : {}),
    ...(usable(context.organization) ? { organization: context.organization } : {}),
    ...(prepareProfile(context.profile) ? { profile: context.profile } : {}),
  };
}

/**
 * The role a question ends on: "…weaknesses as a junior analyst?" → "a junior analyst". What
 * `/\bas (an? [\w -]+?)\s*[?.!]*$/i` captured, found from the end in one pass (that pattern's lazy
 * run before the spaces backtracked cubically).
 */
export function asRoleAtEnd(q: string): string | undefined {
  const text = stripEnd(q, '?.!');
  const core = text.trimEnd();
  // The role runs to the end over letters, digits, "_", spaces and "-" only: it starts after the last other character.
  const from = runStart(core, (ch) => /[\w -]/.test(ch));
  const m = /\bas (an? )/i.exec(text.slice(from));
  if (!m) return undefined;
  const start = from + m.index + 3;
  const after = from + m.index + m[0].length;
  if (after < core.length) return text.slice(start, core.length);
  // Nothing after "as a " but spaces: the role takes one of them (it has at least one character).
  return text[after] === ' ' ? text.slice(start, after + 1) : undefined;
}

/** "the field" when we know nothing; "health policy" when the user told us the field. */
function fieldName(ctx: CheckContext): string {
  return (ctx.field && fieldPhrase(ctx.field)) || 'this field';
}

/**
 * The field as a phrase a sentence can hold: "restaurant / culinary" → "restaurant", "logistics (military to civilian)"
 * → "logistics", "tobacco industry" → "the tobacco industry" (blind readers: "started in restaurant / culinary" is no English).
 */
export function fieldPhrase(field: string): string | undefined {
  const parts = field.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').split(/[/,;]|\bor\b/).map((x) => x.trim()).filter(Boolean);
  // "restaurant / culinary": two labels of one field read as "restaurant and culinary work".
  let f = parts.length === 2 && /(?:ary|al|ic|ive|ous)$/i.test(parts[1]!) ? `${parts[0]} and ${parts[1]} work` : (parts[0] ?? '');
  if (!f) return undefined;
  if (/^[a-z][\w -]* (?:industry|sector|trade|trades|field|business|world|space|market)$/i.test(f) && !/^(?:the|a|an)\s/i.test(f)) f = `the ${f}`;
  // A field named by its place of business reads as that business: "bakery" → "the bakery business" ("your path into bakery" is no English).
  if (/^(?:bakery|brewery|winery|distillery|restaurant|café|cafe|salon|barbershop|florist|bookshop|bookstore|garage|hotel|gym|pub|bar)$/i.test(f)) f = `the ${f.toLowerCase()} business`;
  return f;
}

/** One space, no space before punctuation, a capital first letter, one question mark. */
export function tidy(text: string): string {
  let t = text.replace(/\s+/g, ' ').replace(/(?<!\s)\s+([?,.!;:])/g, '$1').replace(/,\s*,/g, ',').trim();
  t = t.replace(/(?<![\s,;:.!?—–-])[\s,;:.!?—–-]+$/, '');
  t = t.replace(/^[,;:\s]+/, '');
  return `${t.charAt(0).toUpperCase()}${t.slice(1)}?`;
}

/** The question's own words after `from` (its tail), without the closing punctuation. */
function rest(text: string, from: number): string {
  return text.slice(from).replace(/(?<![\s?.!,;:—–-])[\s?.!,;:—–-]+$/, '').trim();
}

/** "at Toxic Labs", "on your team", "at your company": where the question is about, or ''. */
function wherePhrase(text: string): string {
  const preposition =
    /\b(?:at|with|for|in|on|to|join|into) ((?:your|the) (?:[\w-]+ )?(?:team|company|firm|group|department|lab|organi[sz]ation|org|office|agency|startup|nonprofit|hospital|school|studio|practice|museum|library|clinic|newsroom|agency)|(?:the )?[A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of|&))*)/.exec(text);
  const org =
    preposition && preposition.index > 0
      ? preposition
      : /\b(?:is|are|does|do|would|will|could) (your (?:[\w-]+ )?(?:team|company|firm|group|department|lab|organi[sz]ation|office|agency|startup))\b/i.exec(text);
  if (!org) return '';
  const target = org[1]!;
  if (/^(?:I|HR)$/.test(target)) return '';
  if (/\b(?:lab|department)$/.test(target) || target === 'HR') return `in ${target}`;
  return /\b(?:team|group|department)$/.test(target) ? `on ${target}` : `at ${target}`;
}

/** A role phrase such as "the analyst position" or "a job", or ''. */
function rolePhrase(text: string): string {
  const m = /(?<![\w'’-])((?:the|a|an|that|this|your) )?((?:[\w-]+ ){0,2}(?:position|role|job|internship|opening|fellowship|residency|apprenticeship|scheme|programme|program|rotation))s?\b/i.exec(text);
  if (!m) return '';
  const words = m[2]!
    .split(' ')
    .filter((w) => !isStopWord(w) && !/^(?:open|current|available|upcoming|future|new|get|land|hire|hiring|refer|apply|pass)$/i.test(w))
    .join(' ');
  if (!words) return '';
  if (/^(?:job|role|position|opening|internship)s?$/i.test(words)) return `${article(words)} ${words.replace(/s$/, '')} ${wherePhrase(text)}`.trim();
  return `${m[1]?.toLowerCase() === 'your ' || !m[1] ? 'the ' : m[1].toLowerCase()}${words}`;
}

// `\b` is ASCII-only: "résumé\b" never matches, so the end is a lookahead on letters.
const DOC = /\b(Behance|Dribbble|demo reel|showreel|cover letters?|grant proposals?|(?:[\w-]+ ){0,2}statements?|résumés?|resumes?|CVs?|portfolios?|writing samples?|personal statements?|statements? of purpose|LinkedIn(?: profile| page)?|essays?|applications?|writing|thesis|proposal|pitch deck|business plan|case stud(?:y|ies)|website|GitHub|code|profile|letters? of recommendation|recommendation letters?|references?|articles?|drafts?|bio|manuscript|paper|slides|deck)(?![\p{L}])/iu;

function docPhrase(text: string): string | undefined {
  const built = /\bthe ((?:[\w-]+ )?(?:website|portfolio|resume|résumé|CV|cover letter|essay|article|app|deck|draft)) (?:I|I['’]ve) (?:built|wrote|written|made|designed|put together|drafted|created)\b/i.exec(text);
  if (built) return built[1]!;
  const mine = /\bmy\s+(?:[\w-]+\s+)?/i.exec(text);
  if (!mine) return undefined;
  const m = DOC.exec(text.slice(mine.index));
  if (!m) return undefined;
  if (/^(?:behance|dribbble)$/i.test(m[1]!)) return `${m[1]} portfolio`;
  const doc = m[1]!.replace(/^my\s+/i, '').replace(/(?<![siu])s$/i, '').replace(/^github$/i, 'GitHub profile').replace(/^linkedin$/i, 'LinkedIn profile').replace(/^cv$/i, 'CV').replace(/^code$/i, 'code sample');
  if (/^writing$/i.test(doc)) return 'piece of writing';
  return doc;
}

const article = (noun: string) => (/^[aeiou]/i.test(noun) && !/^(?:uni|use|eu)/i.test(noun) ? 'an' : 'a');

/** Who or what a "you" scenario is about, told of someone else: "you had" → "someone had". */
function thirdPerson(text: string): string {
  return text
    .replace(/\byourself\b/gi, 'themselves')
    .replace(/\byour\b/gi, 'their')
    .replace(/\byou(?:'|’)re\b/gi, 'someone is')
    .replace(/\byou(?:'|’)ve\b/gi, 'someone has')
    .replace(/\byou(?:'|’)ll\b/gi, 'someone will')
    .replace(/\byou(?:'|’)d\b/gi, 'someone would')
    .replace(/\byou\b/gi, 'someone');
}

/** Past participles and past tenses of the verbs these questions use, back to their base. */
const IRREGULAR: Record<string, string> = {
  been: 'be', was: 'be', were: 'be', left: 'leave', gone: 'go', went: 'go', chosen: 'choose', chose: 'choose', taken: 'take',
  took: 'take', done: 'do', did: 'do', made: 'make', kept: 'keep', stuck: 'stick', become: 'become', became: 'become',
  got: 'get', gotten: 'get', stayed: 'stay', moved: 'move', decided: 'decide', switched: 'switch', joined: 'join',
  picked: 'pick', started: 'start', studied: 'study', worked: 'work', quit: 'quit', changed: 'change', focused: 'focus',
  used: 'use', spent: 'spend', threw: 'throw', thrown: 'throw', gave: 'give', given: 'give', built: 'build', turned: 'turn', avoided: 'avoid', pursued: 'pursue', entered: 'enter',
};
function baseVerb(word: string): string {
  const w = word.toLowerCase();
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (!w.endsWith('ed') || w.length < 5) return w;
  if (w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  if (/([bdgmnprt])\1ed$/.test(w)) return w.slice(0, -3);
  const stem = w.slice(0, -2);
  return /(?:at|iz|is|us|[vcg]|[^aeiou]l)$/.test(stem) ? `${stem}e` : stem;
}

// ---------------------------------------------------------------------------------------------
// Rewrites, one list per rule. Each takes the question and gives a candidate, or undefined.

type Rewrite = (q: string, ctx: CheckContext, evidence: readonly Evidence[]) => string | undefined;

const jobSeeking: Rewrite[] = [
  (q) => {
    if (!/\bfit\b/i.test(q)) return undefined;
    const forWhat = /\bfit (for|on|at|with|in) ((?:the |your |a |an |this |that )?[\w&.'’ -]+?)\s*[?.!]*$/i.exec(q);
    return `What do you think makes someone a good fit ${forWhat ? `${forWhat[1]} ${forWhat[2]}` : 'for this kind of work'}?`;
  },
  (q) => {
    const doc = docPhrase(q);
    if (!doc) return undefined;
    const hr = /\b(HR|recruiters?|hiring managers?)\b/.exec(q);
    const reader = /\bto (?:your |the |a )?((?:[\w-]+ )?(?:director|manager|lead|editor|partner|producer|head of [\w-]+))\b/i.exec(q);
    const audience = reader ? `${article(reader[1]!)} ${reader[1]}` : hr ? (hr[1] === 'HR' ? 'people in HR' : `${hr[1]!.replace(/s$/, '')}s`) : 'people';
    return `What makes ${article(doc)} ${doc} stand out to ${audience} in this field ${wherePhrase(q)}?`;
  },
  (q) => {
    const one = /\b(?:hiring|recruiting|looking for|in need of|need|needs|bring on|hire|add) (?:an? |another |more |extra |new )+((?:junior |senior |entry-level )?[a-z][\w-]*)\b/i.exec(q);
    // Not a figure of speech ("need a foot in the door", "need a break"): a role is a kind of worker.
    if (!one || /^(?:pair|hands?|help|person|people|body|bodies|one|job|role|position|opening|internship|gig|spot|seat|foot|break|chance|shot|leg|word|favou?r|look|minute|moment|second|way|start)$/i.test(one[1]!)) return undefined;
    return `What skills or experiences would make ${article(one[1]!)} ${one[1]} competitive ${wherePhrase(q) || 'in this field'}?`;
  },
  (q) => {
    const hiring = /\b(?:hiring|recruiting|looking for|in need of) (?:any )?((?:new |junior |senior |entry-level |more |experienced )?[a-z][\w-]*s)\b/i.exec(q);
    if (!hiring) return undefined;
    return `What skills or experiences help ${hiring[1]} stand out ${wherePhrase(q)}?`;
  },
  (q) => {
    const as = /\bas (an? (?:apprentice|intern|trainee|fellow|assistant|volunteer|junior [\w-]+))\b/i.exec(q);
    return as ? `What skills or experiences would make someone competitive as ${as[1]} ${wherePhrase(q)}?` : undefined;
  },
  (q) => {
    const role = rolePhrase(q);
    const where = wherePhrase(q);
    const target = role || (where ? `a role ${where}` : 'this kind of role');
    const place = where.replace(/^(?:at|on|in) /, '');
    return `What skills or experiences would make someone competitive for ${target.includes(where) || (place && target.includes(place.replace(/^the /, ''))) ? target : `${target} ${where}`}?`;
  },
];

const screening: Rewrite[] = [
  (q) => {
    if (/\byour (?:own )?performance\b/i.test(q)) return 'How do people in your field usually get feedback on their performance?';
    if (/\b(?:criticise|criticize|complain|say|think) about you\s*[?.!]*$/i.test(q)) return 'What feedback has helped you most in your career?';
    return undefined;
  },
  (q) => {
    const approach = /^\s*describe your (?:approach|style|process|method|strategy) (?:to|for) (.+)$/i.exec(q);
    if (approach) return `How do people in your field usually approach ${rest(approach[1]!, 0)}?`;
    const good = /\breasons? (?:why )?you(?:['’]re| are) (good|great|successful|effective) at (.+)$/i.exec(q);
    if (good) return `What do you think makes someone ${good[1]!.toLowerCase()} at ${rest(good[2]!, 0)}?`;
    return undefined;
  },
  (q) => {
    if (/\b(?:five|5|ten|10)[- ]year plan\b/i.test(q)) return 'What developments do you expect in your field over the next five years?';
    const strengths = /\bstrengths?\b/i.test(q);
    const weaknesses = /\bweakness(?:es)?|weak (?:points?|spots?)|shortcomings?|flaws?\b/i.test(q);
    const as = asRoleAtEnd(q);
    const where = as ? `as ${as}` : 'in this field';
    if (strengths && weaknesses) return `Which strengths matter most for success ${where}, and which skills take longest to develop?`;
    if (weaknesses || /\bweakness/i.test(q)) return `Which skills took you the longest to develop ${where}?`;
    if (strengths) return `Which strengths do you think matter most for success ${where}?`;
    return undefined;
  },
  (q) => {
    const story = /\b(?:tell (?:me|us) about|describe|walk (?:me|us) through|talk (?:me|us) through|take (?:me|us) through|share|recount) an? (conflict|disagreement|failure|mistake|setback|crisis|dispute|difficult situation) (.+)$/i.exec(q);
    if (story) return `What have you learned from ${article(story[1]!)} ${story[1]} ${rest(story[2]!, 0).replace(/(?:,|(?<![\s,]))\s*and how you .*$/i, '')}?`;
    const m = /\b(?:tell (?:me|us) about|describe|share|recall|walk (?:me|us) through|give (?:me|us)|talk about|think of|what(?:['’]s| is) (?:an|one))\s+(?:a |an )?(?:specific )?(?:example of )?(?:a )?(?:time|situation|moment|occasion|instance|case|project|day|when|how)\s*(?:when|where|in which|that)?\s*/i.exec(q);
    if (!m) return undefined;
    // The story's tail ("…and how you fixed it", "…and how it played out") is the screening part: it goes whole.
    let tail = rest(q, m.index + m[0].length).replace(/^(?:when|where|that)\s+/i, '');
    const told = /(?:,|(?<![\s,]))\s*and (?:what|how) (?:you|u|it|things|that|the situation|they|we)\b/i.exec(tail);
    if (told) tail = tail.slice(0, told.index);
    // A follow-up after a dash ("— what did you do, step by step") is more of the screening, not the story.
    tail = tail.split(/[.?!]\s|[—–]|\s-\s/)[0]!.trim();
    if (!tail) return undefined;
    // A story of trouble asks how the work handles it, never the professional's own failure ("a time you had an angry
    // customer" → how people handle an angry customer; "a time you messed up an order" → when an order goes wrong).
    const had = /^(?:you|u) (?:had|dealt with|faced|handled|got) (an? [\w'’ -]{3,60})$/i.exec(tail);
    if (had) return `In your work, how do people usually handle ${had[1]}?`;
    const wrong = /^(?:you|u) (?:messed up|botched|screwed up|got wrong|mishandled|lost|broke|ruined|bungled) (?:an? |the )?([a-z][\w-]*)$/i.exec(tail);
    if (wrong) return `When ${article(wrong[1]!)} ${wrong[1]} goes wrong in your work, how is it usually put right?`;
    const noun = /\b(project|situation|decision|case)\s+(?:that|which)\s*$/i.exec(m[0]);
    if (noun && !/^(?:you|we|I|a|an|the|your|someone|they|he|she)\b/i.test(tail)) return `What have you learned from ${article(noun[1]!)} ${noun[1]!.toLowerCase()} that ${tail}?`;
    return `What have you learned from times when ${tail}?`;
  },
  (q) => {
    const m = /\b(?:where do you see (?:yourself|your career|you)|where (?:will|would) you be|where do you want to be) in (?:the next )?(\w+(?:[–-]\w+)?) years\b/i.exec(q);
    if (m) return `What developments do you expect in your field over the next ${m[1]} years?`;
    if (!/\bwhere (?:do|would|will|can) you (?:see|picture|imagine|envision|envisage|expect|want|hope|plan|intend|aim)\b/i.test(q)) return undefined;
    const span = /\b(?:in |over )?(?:the next |a )?((?:\w+ )?(?:decade|years?|months?))(?: from now)?\b/i.exec(q);
    return `How do you expect your field to change over the next ${span ? span[1]!.replace(/^a /i, '') : 'few years'}?`;
  },
  (q) => {
    const good = /\bhow (?:good|skilled|strong|experienced) are you (?:at|with|in) ([^?,.]+)/i.exec(q);
    return good ? `How important is ${rest(good[1]!, 0)} in your work?` : undefined;
  },
  (q) => {
    const when = /\bhow would you (?:respond|react|handle it|deal with it|feel) (?:if|when) (.+)$/i.exec(q);
    if (when) return `In your work, how do people usually respond when ${thirdPerson(rest(when[1]!, 0))}?`;
    const m = /\b(?:how would you|tell me how you would) (?:handle|deal with|respond to|react to|resolve|manage|fix|solve|approach|persuade|convince|sell|pitch|negotiate with|motivate|win over) (?!if\b|when\b)(.+)$/i.exec(q);
    const verb = /\b(?:how would you|tell me how you would) (persuade|convince|sell|pitch|negotiate with|motivate|win over)\b/i.exec(q)?.[1];
    if (m && verb) return `In your work, how do people usually ${verb.toLowerCase()} ${thirdPerson(rest(m[1]!, 0))}?`;
    if (!m) return undefined;
    return `In your work, how do people usually handle ${thirdPerson(rest(m[1]!, 0))}?`;
  },
  (q) => {
    const m = /\bwhat would you do if (.+)$/i.exec(q) ?? /^\s*(?:suppose|imagine|hypothetically|pretend|let['’]s say|say),? (?:that )?(.+?)(?:[.?!—–;:]|\s-\s|$)/i.exec(q);
    if (!m) return undefined;
    return `In your work, how do people usually respond when ${thirdPerson(rest(m[1]!, 0))}?`;
  },
  (q) => {
    const m = /^\s*(if [^?]{3,80}?),\s*(how|what) would you (.+)$/i.exec(q);
    return m ? `${thirdPerson(m[1]!)}, ${m[2]!.toLowerCase()} do people in your work usually ${thirdPerson(rest(m[3]!, 0))}?` : undefined;
  },
  (q) => {
    const m = /\bwhich of your (?:accomplishments|achievements|projects|strengths|skills|qualities) (?:best )?(?:shows?|demonstrates?|proves?|illustrates?) (?:your )?(.+)$/i.exec(q);
    if (m) return `What experiences have shaped your ${rest(m[1]!, 0)}?`;
    if (/^\s*what are you (?:best|worst|good|bad|great|weakest|strongest) at\b/i.test(q)) return 'Which parts of your work come most naturally to you, and which took longest to learn?';
    const rate = /\brate (?:your|yourself on your) (.+?)(?: (?:from|on|out of)\b.*)?\s*[.?!]*$/i.exec(q);
    return rate ? `How important are ${rate[1]} in your work?` : undefined;
  },
  (q) => {
    const m = /\byour (?:greatest|biggest|proudest|most significant|most impressive|top) (?:[\w-]+ )?(achievement|accomplishment|success|contribution|failure|mistake|weakness|setback)s?\b(.*)$/i.exec(q);
    if (!m) return undefined;
    const tail = rest(m[2] ?? '', 0).replace(/(?:,|(?<![\s,]))\s*and (?:how|what) (?:did )?you\b.*$/i, '');
    if (/failure|mistake|weakness|setback/i.test(m[1]!)) return `What have setbacks ${setbackTail(tail) || 'in your career'} taught you?`;
    return `Which ${m[1]!.toLowerCase()}s ${tail || 'in your career'} have meant the most to you?`;
  },
  (q) => {
    const m = /\bhow would (?:your )?(colleagues|coworkers|co-workers|friends|manager|boss|team|peers|reports|others|people) describe (?:you|yourself)\b/i.exec(q);
    if (m) return `How do you and your ${m[1] === 'others' || m[1] === 'people' ? 'colleagues' : m[1]} work together day to day?`;
    const said = /\bwhat would your ((?:[\w-]+ )?(?:boss|manager|supervisor|colleagues|coworkers|co-workers|friends|references?|team|reports)) say about you\b/i.exec(q);
    if (said) return `What did you learn from your ${said[1]}?`;
    const rate = /\brate yourself as (an? [\w -]+?)\s*[?.!]*$/i.exec(q);
    if (rate) return `What have you learned about being ${rate[1]}?`;
    if (/\b(?:tell (?:me|us) (?:a (?:little|bit) )?about yourself|describe yourself|describe you|in (?:three|3|five|5|one|a few) words|if you (?:were|could be) (?:an?|any) \w+)\b/i.test(q)) {
      return 'What first drew you to your field?';
    }
    return undefined;
  },
  (q) => {
    const m = /\bwhat (?:makes|sets) you (?:an? (?:good|great|strong|ideal|right) (?:fit|candidate|match)|unique|apart|stand out|different|the best|qualified|a good)\b(.*)$/i.exec(q);
    if (m) return `What do you think helps someone stand out ${rest(m[1] ?? '', 0).replace(/^for your (\w+)$/i, 'for a $1 like yours') || 'in your field'}?`;
    const hirer = /\bwhy should (an? [\w-]+|the [\w-]+|your [\w-]+) (?:hire|pick|choose|select)\b/i.exec(q);
    if (hirer) return `What do you think makes a candidate stand out to ${hirer[1]!.toLowerCase()}?`;
    const bring = /\bwhat (?:[\w-]+ ){0,2}(?:do|can|would|will) you (?:bring|add|contribute) (?:to )?(.+)$/i.exec(q);
    if (bring) return `What do you think helps someone contribute to ${rest(bring[1]!, 0)}?`;
    if (/\bwhy should (?:we|I|they|anyone|someone|a company|an employer|employers) hire\b|\bwhat (?:can|would|will) you bring\b|\bwhat qualifies you\b|\bwhy (?:are|would) you (?:be )?(?:a good|the right|the best|an ideal)\b/i.test(q)) {
      return 'What do you think makes someone stand out in this field?';
    }
    return undefined;
  },
  (q) => {
    // Self-assessment and expectations, turned toward the work: ethic, pride, feedback, self-change, salary wanted.
    if (/\byour (?:work ethic|personality|character|temperament)\b/i.test(q)) return 'What habits help people do well in your work?';
    if (/\b(?:accomplishment|achievement)s? (?:that )?you(?:['’]re| are) (?:\w+ )?proud of\b/i.test(q)) return 'Which projects in your career have meant the most to you?';
    if (/\b(?:feedback|criticism|critici[sz]ed?)\b/i.test(q) && /\bhow do you (?:respond|react|handle|cope)\b/i.test(q)) return 'How do people in your field learn from feedback?';
    if (/\b(?:change|improve|work on) about yourself\b/i.test(q)) return 'What would you do differently if you were starting out today?';
    if (/\b(?:salary|pay|compensation) (?:are|were) you (?:looking|hoping) for\b/i.test(q)) return 'Can you help me understand the salary range someone entering this field might expect?';
    return undefined;
  },
  (q) => {
    if (/\b(?:long-term|short-term|five-year|5-year|ten-year|10-year) (?:career )?(?:goals|plans?)\b/i.test(q)) {
      return 'How have your career goals changed since you started in this field?';
    }
    if (/\b(?:dream|ideal) (?:job|role|position|employer|company|work environment)\b/i.test(q)) return 'What kind of work in your field do you find most meaningful?';
    const days = /\byour first (30|60|90|100|thirty|sixty|ninety) days\b/i.exec(q);
    if (days) return `What do new people in your role usually focus on in their first ${days[1]} days?`;
    if (/\bwilling to (?:relocate|move|travel)\b/i.test(q)) return 'How much do people in your field move or travel for work?';
    if (/\bwhy do you want (?:to work|this|the (?:job|role|position))|\bwhy are you (?:interested in|applying)|\bwhy did you apply/i.test(q)) {
      return 'What drew you to the work you do now?';
    }
    const m = /\bhow do you (?:handle|deal with|cope with|respond to) (criticism|failure|rejection|being wrong)\b/i.exec(q);
    if (m) return `How do people in your field learn from ${m[1]!.toLowerCase()}?`;
    return undefined;
  },
];

/**
 * The when or where of "What have setbacks … taught you?": a phrase that opens on a preposition ("in your first
 * year as a site lead"); a bare time gets its "in"; the question's own follow-up ("and what did it teach you") goes
 * (blind readers, round 5: "What have setbacks your first year …, and what did it teach you taught you?").
 */
export function setbackTail(tail: string): string {
  let t = tail.replace(/^(?:that )?you(?:['’]ve| have)? (?:ever )?(?:made|had|experienced|faced)\s*/i, '');
  // The follow-up found, then cut (a pattern running to the end backtracks).
  const follow = /,?\s(?:and|so) (?:what|how) (?:did |does |has |have |would )?(?:you|it|that|this)\b/i.exec(t);
  if (follow) t = t.slice(0, follow.index);
  t = stripEnd(t.trim(), ',;:').trim();
  if (!t) return '';
  if (/^(?:in|at|during|on|as|from|over|with|since|early)\b/i.test(t)) return t;
  return /^(?:your|the|my|their) (?:first|early|last|second|third)\b/i.test(t) ? `in ${t.replace(/^my\b/i, 'your')}` : '';
}

const justification: Rewrite[] = [
  (q) => {
    const m = /\b(?:why (?:did|would|do) you (?:ever )?|how come you |what made you |why you )(?:leave|left|quit|walk away from|abandon|give up(?: on)?)\s+(.+)$/i.exec(q);
    if (!m) return undefined;
    return `How did you decide it was time to move on from ${rest(m[1]!, 0)}?`;
  },
  (q) => (/^\s*why (?:did|would|do) you (?:ever )?(?:leave|quit)\s*(?:[?.!]+\s*)?$/i.test(q) ? 'How did you decide it was time to move on?' : undefined),
  (q) => {
    const m = /^\s*why(?:['’]re| are) you (?:still )(.+)$/i.exec(q) ?? /^\s*why['’]re you (.+)$/i.exec(q);
    return m ? `What keeps you ${rest(m[1]!, 0)}?` : undefined;
  },
  (q) => {
    const m = /^\s*why (?:exactly |on earth )?(should|would|could) (?:I|anyone|someone|one|somebody) (.+)$/i.exec(q);
    if (!m) return undefined;
    // "why would someone with your grades go into…": the qualifier stays with the person.
    const who = /^((?:with|without|from|in|at|like) [\w'’ -]+?) ((?:go|get|take|choose|become|work|join|stay|move|leave|pick|study|do|enter|switch|give)\b.*)$/i.exec(rest(m[2]!, 0));
    if (who) return `What makes it worthwhile for someone ${who[1]!.replace(/\byour\b/gi, 'good')} to ${who[2]}?`;
    return `What makes it worthwhile to ${rest(m[2]!, 0)}?`;
  },
  (q) => {
    const m = /^\s*why (?:exactly |on earth )?(?:didn['’]t|haven['’]t|hasn['’]t|don['’]t|doesn['’]t|won['’]t|wouldn['’]t) you (?:ever |yet |already )?(\S+)\s*(.*)$/i.exec(q);
    if (!m) return undefined;
    const tail = rest(m[2]!, 0).replace(/\b(?:yet|already|so far|still)\b/gi, '').replace(/\s+/g, ' ').trim();
    return `How have you thought about whether to ${baseVerb(m[1]!)}${tail ? ` ${tail}` : ''}?`;
  },
  (q) => {
    const m = /^\s*why (?:exactly |on earth )?(?:did|do|does|have|has|had|would) you (?:still |ever |even |really |actually )?(\S+)\s*(.*)$/i.exec(q);
    if (!m) return undefined;
    const verb = baseVerb(m[1]!);
    const tail = rest(m[2]!, 0);
    if (/^(?:like|love|enjoy|prefer)$/.test(verb)) return `What do you enjoy about ${tail || 'your work'}?`;
    return `What led you to ${verb} ${tail}?`;
  },
  (q) => {
    const m = /^\s*why (?:did|do|does|has|have|had) (your [\w -]+?) (?:\S+)\s*[?.!]*$/i.exec(q);
    return m ? `What did you learn from ${m[1]}?` : undefined;
  },
  (q) => {
    const m = /^\s*why (?:exactly |on earth )?(is|are|was|were) (you|your [\w-]+(?: [\w-]+)?) (?!not\b)(.+)$/i.exec(q);
    if (!m) return undefined;
    if (m[2]!.toLowerCase() === 'you') return `What led you to be ${rest(m[3]!, 0)}?`;
    return `What do you think makes ${m[2]} ${rest(m[3]!, 0)}?`;
  },
  (q) => {
    const m = /^\s*why (?:exactly |on earth )?(.+?)\s*\?\s*$/i.exec(q);
    if (!m || /^(?:do|does|did|is|are|was|were|have|has|had|would|should|could|can|will|\w+n['’]t)\b/i.test(m[1]!)) return undefined;
    return `What drew you to ${m[1]}?`;
  },
  (q) => {
    const stripped = q.replace(/(?:,|(?<![\s,]))\s*\band why\b.*$/i, '').replace(/(?:,|\band|\bor|[-–—])\s*(?:explain\s+|tell me\s+)?why(?: not)?\s*(?:[?.!]+\s*)?$/i, '').replace(/\b(?:and|then) (?:explain|justify|defend|tell me) (?:why|your)\b.*$/i, '');
    if (stripped === q || /^\s*(?:name|list|give me)\b/i.test(stripped)) return undefined;
    const ranking = /^\s*(?:what|which) (?:are|is|were|was|would be) (?:the|your) (?:top )?(?:\w+ )?(?:most important|most useful|most valuable|most influential|best|greatest|top|essential|key|must-read|must-have)\s+(.+)$/i.exec(stripped);
    if (ranking) return `What ${rest(ranking[1]!, 0)} would you recommend to someone interested in ${'this field'}?`;
    const best = /^\s*(what|which) (.+?) (?:is|are|was|were) (?:the )?(?:best|most important|most useful)\b/i.exec(stripped);
    if (best) return `${best[1]} ${best[2]} would you recommend to someone starting in this field?`;
    return stripped;
  },
  (q) => {
    const m = /\b(?:justify|defend|rationali[sz]e|account for|explain(?! why you))\s+(.+)$/i.exec(q);
    if (!m) return undefined;
    const tail = rest(m[1]!, 0);
    // "How can you defend working for…" asks about now, as "how do you" does.
    const tense = /\bhow (?:do|can|could) you (?:justify|defend)\b/i.test(q) ? 'do' : 'did';
    return /^(?:the|your|that|this) (?:decision|choice)/i.test(tail) ? `How did you make ${tail.replace(/^your /i, 'the ')}?` : `How ${tense} you think about ${tail}?`;
  },
  (q) => {
    const m = /^\s*(?:name|list|rank)(?: for me)? (?:the |your )?(?:top )?(?:\w+ )?(?:most important|best|key|main|biggest|greatest|essential)\s+(.+)$/i.exec(q);
    return m ? `Which ${rest(m[1]!, 0)} do you think matter most in your work?` : undefined;
  },
  (q) => {
    const m = /^\s*why (?:aren['’]t|isn['’]t|weren['’]t|are|were) you (?:not )?(an? [\w -]+?|in [\w -]+?)(?: yet| already)?\s*[?.!]*$/i.exec(q);
    if (!m || (/^why (?:are|were) you\b/i.test(q.trim()) && !/\bnot\b/i.test(q))) return undefined;
    return /^in /i.test(m[1]!) ? `How have you thought about a move into ${m[1]!.slice(3)}?` : `How do people in your field usually become ${m[1]}?`;
  },
  (q) => {
    const m = /\b(?:explain|tell me|curious|wondering|wonder|know|understand|hear) why you (\S+)\s*(.*)$/i.exec(q);
    return m ? `What led you to ${baseVerb(m[1]!)} ${rest(m[2]!, 0)}?` : undefined;
  },
  (q) => {
    const m = /\breasons? (?:why )?you (chose|picked|went|left|decided|became|stayed|joined)\s*(.*)$/i.exec(q);
    return m ? `What led you to ${baseVerb(m[1]!)} ${rest(m[2]!, 0)}?` : undefined;
  },
  (q) => {
    const possessed = /\bwhat (?:on earth |in the world )?possessed you to (.+)$/i.exec(q);
    if (possessed) return `What led you to ${rest(possessed[1]!, 0)}?`;
    const convince = /^\s*(?:convince|persuade) me (?:that|why) (.+)$/i.exec(q);
    if (convince) return `What convinced you that ${rest(convince[1]!, 0)}?`;
    return undefined;
  },
  (q) => {
    const idea = /\bwhat (?:makes|made) you (?:think|believe|feel)(?: that)?\s+(.+?) (?:was|is|would be) (?:a |the )?(?:good|smart|wise|right|sensible|better) (?:idea|move|choice|call|decision|path)\b/i.exec(q);
    if (idea) return `How did you decide that ${rest(idea[1]!, 0)} was right for you?`;
    const reasons = /\byour (?:[\w-]+ )?(?:reasons?|reasoning|rationale|justifications?) (?:for|behind) (.+)$/i.exec(q);
    if (reasons) return `What went into your decision about ${rest(reasons[1]!, 0)}?`;
    const ranked = /^\s*(?:name|list|give me|rank) (?:the |your )?(?:top )?(?:\d+|one|two|three|four|five|ten) ([a-z-]+s)\b(.*)$/i.exec(q);
    if (ranked) {
      const m = /\b(?:every|a|an) ([a-z-]+) (?:needs?|must|should|has to)\b|\bevery ([a-z-]+)\b/i.exec(ranked[2] ?? '');
      const who = m ? (m[1] ?? m[2]) : undefined;
      return `Which ${ranked[1]!.toLowerCase()} would you recommend to ${who ? `${article(who)} ${who} starting out` : 'someone starting in this field'}?`;
    }
    return undefined;
  },
  (q) => {
    if (/\b(?:was|is|would be) (?:a |the )?(?:good|smart|wise|right|sensible|better) (?:idea|move|choice|call|decision|path)\b/i.test(q)) return undefined;
    const m = /\bwhat (?:makes|made) you (?:think|believe|so sure)(?: that)?\s+(.+)$/i.exec(q);
    return m ? `What has shaped your view that ${rest(m[1]!, 0)}?` : undefined;
  },
  (q) => {
    const good = /\breasons? (?:why )?you(?:['’]re| are) (good|great|successful|effective) at (.+)$/i.exec(q);
    return good ? `What do you think makes someone ${good[1]!.toLowerCase()} at ${rest(good[2]!, 0)}?` : undefined;
  },
  (q) => {
    const m = /\bgive me (?:one|a|two|three|\d+|some|good) (?:good )?reasons? (?:to|for|why)\s+(.+)$/i.exec(q);
    return m ? `What draws people to ${rest(m[1]!, 0).replace(/^(?:I|someone) should /i, '')}?` : undefined;
  },
  (q) => {
    const m = /\bwhat (?:is|was) (?:your|the) (?:reason|reasoning|justification|excuse|rationale) (?:for|behind)\s+(.+)$/i.exec(q);
    return m ? `How did you decide on ${rest(m[1]!, 0)}?` : undefined;
  },
];

/** Negative words and what a curious, positive question says instead. */
const SOFTER: ReadonlyArray<[RegExp, string]> = [
  [/\bthe worst (thing|part|aspect|bit)s? (?:about|of)\b/gi, 'the most challenging $1 about'],
  [/\bmost (?:boring|tedious|pointless)\b/gi, 'least engaging'],
  [/\bmost (?:disappointing|annoying|irritating|unpleasant|infuriating|maddening|demoralizing|demoralising|soul-destroying|regrettable|embarrassing|hated|disliked)\b/gi, 'most challenging'],
  [/\bleast (?:favou?rite|enjoyable|likeable|likable|rewarding)\b/gi, 'most challenging'],
  [/\bworst\b/gi, 'most challenging'],
  [/\bhate(?:s)? (?:the )?most\b/gi, 'find most challenging'],
  [/\b(?:despise|loathe|detest)s?\b/gi, 'find challenging'],
  [/\blamest\b/gi, 'least engaging'],
  [/\blame\b/gi, 'less engaging'],
  [/\bhated\b/gi, 'found challenging'],
  [/\bhate[s]?\b/gi, 'find challenging'],
  [/\bdislike(?:s)? (?:the )?most\b/gi, 'find most challenging'],
  [/\bdread(?:s)? (?:the )?most\b/gi, 'find hardest'],
  [/\bdread(?:s|ed)?\b/gi, 'find hard'],
  [/\bdisliked\b/gi, 'found challenging'],
  [/\bdislike[s]?\b/gi, 'find challenging'],
  [/\bannoys\b/gi, 'challenges'],
  [/\bannoyed\b/gi, 'challenged'],
  [/\b(?:annoying|irritating)\b/gi, 'challenging'],
  [/\bannoy\b/gi, 'challenge'],
  [/\bpet peeves?\b/gi, 'frustrations'],
  [/\b(?:can['’]t|cannot) stand\b/gi, 'find hardest'],
  [/\bsucks? (?:the )?most about\b/gi, 'is most challenging about'],
  [/\b(?:sucks?|sucked)\b(?: about)?/gi, 'is challenging about'],
  [/\b(?:terrible|awful|horrible|horrendous|miserable|toxic|hellish|lousy|crappy|unbearable|dreadful|depressing|soul-crushing)\b/gi, 'difficult'],
  [/\bnightmares?\b/gi, 'challenge'],
  [/\b(?:dumbest|stupidest|silliest|most ridiculous)\b/gi, 'least useful'],
  [/\b(?:boring|tedious|pointless|useless|stupid|dumb)\b/gi, 'less engaging'],
  [/\b(?:bad|wrong) (about|with|at)\b/gi, 'challenging $1'],
  [/\bthe bad (parts?|things?|side|stuff)\b/gi, 'the challenging $1'],
  [/\b(what's|what is|what was) bad\b/gi, '$1 challenging'],
  [/\bcomplain(?:s|ing)? about (?:the )?most\b/gi, 'find most challenging'],
  [/\bcomplain(?:ts?|ing|ed)? about\b/gi, 'find challenging about'],
  [/\bdrama\b/gi, 'dynamics'],
  [/\boverworked\b/gi, 'stretched'],
];

/** "your job" of "your job stressful and": a determiner, its noun, and one more noun-like word at most. */
function nounPhrase(text: string): string | undefined {
  const [det, first, second] = text.trim().split(/\s+/);
  if (!det || !first || !/^(?:your|the|my|this|that|their|his|her)$/i.test(det)) return undefined;
  const nounLike = second && !/^(?:and|or|as|so|too|really|very|always|still)$/i.test(second) && !/(?:ful|ous|ive|able|ing|ed|al|ic)$/i.test(second);
  return nounLike ? `${det} ${first} ${second}` : `${det} ${first}`;
}

/** Every negative word replaced by its softer counterpart, names ("Toxic Labs") left alone. */
function soften(text: string): string {
  let out = text;
  for (const [pattern, softer] of SOFTER) {
    out = out.replace(pattern, (match: string, ...rest: unknown[]) => {
      const offset = rest.find((r): r is number => typeof r === 'number') ?? 0;
      if (isProperNounAt(out, offset)) return match;
      const groups = rest.filter((r): r is string => typeof r === 'string');
      return softer.replace(/\$(\d)/g, (_all, n: string) => groups[Number(n) - 1] ?? '');
    });
  }
  return out;
}

const framing: Rewrite[] = [
  (q) => {
    const m = /\b(?:why (?:did|would|do) you (?:ever )?|how come you |what made you |why you )(?:leave|left|quit|walk away from|abandon|give up(?: on)?)\s+(.+)$/i.exec(q);
    return m ? `How did you decide it was time to move on from ${rest(m[1]!, 0)}?` : undefined;
  },
  (q) => {
    const m = /\b(?:were|was|got|get|getting|been|being) (?:you )?(?:fired|laid off|let go|terminated|pushed out|sacked|demoted|passed over)\b\s*(?:from|at|by)?\s*(.*)$/i.exec(q);
    if (!m) return undefined;
    const from = rest(m[1] ?? '', 0);
    return `How did you approach your next step after ${from || 'that role'}?`;
  },
  (q) => {
    const m = /\bregret(?:s|ted)?\s+(.+)$/i.exec(q);
    if (m && /^(?:do|did|have|are)\b/i.test(q.trim())) return `What has ${rest(m[1]!, 0)} taught you?`;
    const about = /\bregret\w* (?:the )?(?:most )?about (.+)$/i.exec(q);
    if (about) return `What would you do differently in ${rest(about[1]!, 0)} if you were starting out today?`;
    if (/\bregret/i.test(q)) return 'What would you do differently if you were starting out in this field today?';
    return undefined;
  },
  (q) => {
    if (/\bmake you (?:quit|leave)\b/i.test(q)) return 'How do you know when it is time to move on from a role?';
    const people = /\b(?:your|the) ((?:[\w-]+ )?(?:boss|manager|supervisor|coworkers?|co-workers?|colleagues?|teammates?))\b/i.exec(q);
    return people ? `How do you and your ${people[1]} work together day to day?` : undefined;
  },
  (q) => {
    const m = /\bwhat went wrong (?:at|with|in|on) (.+)$/i.exec(q);
    return m ? `What did you learn from the challenges at ${rest(m[1]!, 0)}?` : undefined;
  },
  (q) => {
    const m = /\bcomplaints? (?:do|would|did) you have about (.+)$/i.exec(q);
    return m ? `What do you find challenging about ${rest(m[1]!, 0)}?` : undefined;
  },
  (q) => {
    const m = /\b(?:what's|what is|what was|what are) wrong with\s+(.+)$/i.exec(q);
    return m ? `What would you like to see change in ${rest(m[1]!, 0)}?` : undefined;
  },
  (q) => {
    const wears = /\b(?:doesn['’]t|does|don['’]t|do|isn['’]t|is) ((?:the|your) [\w &'’-]+?|it) (?:really |ever )?(?:wear(?:s)? you (?:down|out)|get(?:s)? to you|burn(?:s)? you out|drag(?:s)? you down)\b/i.exec(q);
    if (wears) return `How do you manage ${wears[1] === 'it' ? 'the demands of the work' : wears[1]}?`;
    const ever = /^\s*(?:have|did|do) you (?:ever )?(?:hated|hate|disliked|dislike|dreaded|dread)\s+(.+)$/i.exec(q);
    if (ever) return `What do you find challenging about ${rest(ever[1]!, 0)}?`;
    const gossip = /^\s*(?:is|are|was) (working (?:at|in|for) [^?]+?|[\w &'’-]+?) (?:as |so |really |that )?(?:soul-[a-z]+|depressing|miserable|awful|terrible|bad|toxic|brutal|exhausting|draining)\b(?: as (?:people|everyone|they) (?:say|claim|think))?/i.exec(q);
    if (gossip && !/^(?:it|you|there)$/i.test(gossip[1]!)) return `What is ${gossip[1]} really like?`;
    const unhappy = /\b(?:unhappy|dissatisfied|unfulfilled) (?:at|with|in) (.+)$/i.exec(q);
    if (unhappy) return `What did you learn from your time at ${rest(unhappy[1]!, 0)}?`;
    const low = /\b(?:lowest|darkest|worst) (?:point|moment|period|time|stretch)s? (?:of|in) (.+)$/i.exec(q);
    if (low) return `What helped you through the harder stretches of ${rest(low[1]!, 0)}?`;
    const secret = /\bdirty (?:secrets?|laundry) (?:of|about|in) (.+)$/i.exec(q);
    if (secret) return `What do outsiders often misunderstand about ${rest(secret[1]!, 0)}?`;
    const person = /\b(?:worst|hardest|most difficult) (boss|manager|supervisor|colleague|coworker|client|customer)s? (?:you(?:['’]ve| have)? (?:ever )?(?:had|worked (?:with|for)))/i.exec(q);
    if (person) return `What have you learned from working with difficult ${person[1]!.toLowerCase()}s?`;
    return undefined;
  },
  (q) => {
    // "the biggest failure of your department", "the worst mistake your company ever made": what it learned.
    const org = /\b(?:biggest|worst|greatest) (?:[\w-]+ )?(failure|mistake|blunder|flop|disaster)s? (?:of (?:your|the) ([\w-]+)|(?:that )?your ([\w-]+) (?:has |have )?(?:ever )?(?:made|had))\b/i.exec(q);
    if (org) return `What has your ${(org[2] ?? org[3])!.toLowerCase()} learned from its ${org[1]!.toLowerCase()}s?`;
    const treated = /\b([\w -]+?) treat(?:s|ed)? ([\w-]+(?: [\w-]+)?) like (?:garbage|dirt|crap|trash|slaves?|cattle|children|robots|numbers)\b/i.exec(q);
    if (treated) return `How are ${treated[2]} supported at ${treated[1]!.replace(/^(?:is it true that|i heard|is it true|do|does)\s+/i, '')}?`;
    const bored = /\b(?:don['’]t|do) you (?:ever )?(?:get|feel|grow) (?:bored|tired|sick|fed up|jaded)(?: of| with)? (.+)$/i.exec(q);
    if (bored) return `How do you keep the work interesting when ${rest(bored[1]!, 0).replace(/^doing\b/i, 'you are doing')}?`;
    const leading = /^\s*(?:isn['’]t|aren['’]t|is|are) ([\w &.'’-]+?) (?:kind of |sort of |really |just |a bit |pretty )?(?:an? )?(?:dead[- ]end|terrible|bad|awful|thankless|dying|overrated|waste|horrible|lousy|miserable)\b(?: [\w-]+)?(?: (?:for|when it comes to) ([^?]+))?/i.exec(q);
    if (leading) return leading[2] ? `How do people in ${leading[1]} think about ${rest(leading[2], 0)}?` : `What do career paths in ${leading[1]} look like over time?`;
    const how = /^\s*how (?:toxic|bad|awful|terrible|horrible|miserable|crappy|lousy) (?:is|are|was) ((?:the|your) [\w &.'’-]+?)(?: really| actually| honestly)?\s*[?.!]*$/i.exec(q);
    if (how) return `How would you describe ${how[1]}?`;
    const pay = /\b(?:the )?(pay|salary|salaries|wages|hours|workload) (in|at|for) ([\w &.'’-]+?) (?:so |that |really )?(?:terrible|awful|bad|low|horrible|lousy|crappy)\b/i.exec(q);
    if (pay) return `How do people ${pay[2]!.toLowerCase() === 'for' ? 'in' : pay[2]!.toLowerCase()} ${pay[3]} think about the ${pay[1]!.toLowerCase()}?`;
    return undefined;
  },
  (q) => {
    const m = /\b(?:biggest|worst) (?:failure|disappointment|mistake|regret)s?\b(.*)$/i.exec(q);
    const tail = rest(m?.[1] ?? '', 0).replace(/^(?:that )?you(?:['’]ve| have)? (?:ever )?(?:made|had|experienced|faced)\s*/i, '').replace(/(?:,|(?<![\s,]))\s*and (?:what|how) (?:did )?you\b.*$/i, '');
    return m ? `What have setbacks ${setbackTail(tail) || 'in your career'} taught you?` : undefined;
  },
  (q) => {
    // "Is agency life terrible?" / "Does it suck working weekends?": ask what is challenging about it.
    if (!/^\s*(?:do|does|did|is|are|was|were|has|have)\b/i.test(q) || /^\s*(?:is|are) there\b/i.test(q)) return undefined;
    const softened = soften(q);
    if (softened === q) return undefined;
    const m = /^\s*(?:do|does|did|is|are|was|were|has|have)\s+(.+?)\s+(?:difficult|challenging|less engaging|is challenging about|find challenging|find most challenging|challenge)\b\s*(?:as [^?]*)?(.*)$/i.exec(softened);
    if (!m) return undefined;
    const np = nounPhrase(m[1]!);
    const subject = (np ?? m[1]!).replace(/\b(?:as|so|too|really|very|always|it)\s*$/i, '').replace(/^(?:it|you)\b\s*/i, '').trim();
    const about = np ? '' : rest(m[2] ?? '', 0).replace(/^(?:about|to|that)\s+/i, '');
    const topic = [subject, about].filter(Boolean).join(' ').trim();
    return `What do you find challenging about ${topic || 'your work'}?`;
  },
  (q) => {
    const softened = soften(q);
    return softened === q ? undefined : softened;
  },
];

const profile: Rewrite[] = [
  (q) => {
    if (!/\b(?:school|college|university|grad school|law school|med school|study|studied|major|minor|degree|phd|ph\.d|doctorate|master|mba|bachelor|alma mater|gpa|education|graduate|alum|residency|fellowship|training)|\b(?:undergrad|bootcamp|uni)\b/i.test(q)) return undefined;
    if (/\b(?:job|role|position)\b/i.test(q)) return undefined;
    // A yes-or-no question about where ("Did you train at Guy's?") asks what the writer does not know: the answer is never
    // asserted in the rephrasing (blind readers, round 7: "Presupposes what the writer was asking").
    const polar = /^\s*(?:did|were|was|are|is|have|had|do)\s+you\b/i.test(q);
    const where = polar ? null : /\b(?:at|from|to) ([A-Z][\w&.'’-]*(?: (?:[A-Z][\w&.'’-]*|of))*)/.exec(q);
    const subject = polar ? null : /\b(?:in|of) ([a-z][\w -]{2,40}?)\s*[?.!]*$/.exec(q);
    if (/\b(?:clubs?|societ(?:y|ies)|sororit(?:y|ies)|fraternit(?:y|ies)|sports teams?)\b/i.test(q)) return 'How did your activities outside class shape the work you do now?';
    const training = /\b(residency|fellowship|apprenticeship|training|bootcamp)\b/i.exec(q);
    const studies = training ? `your ${training[1]!.toLowerCase()}${where ? ` at ${where[1]}` : ''}` : where ? `your studies at ${where[1]}` : subject && !/^(?:school|college)$/.test(subject[1]!) ? `your studies in ${subject[1]}` : 'what you studied';
    return `How did ${studies} prepare you for the work you do now?`;
  },
  (q) => {
    if (!/\bhow long\b|\bhow many years\b|\bwhen did you (?:start|join|begin|make|become|get promoted|reach)/i.test(q)) return undefined;
    const where = wherePhrase(q);
    return `How has your work ${where} changed since you started?`;
  },
  (q) => {
    if (!/\b(?:founded|started|established|history of)\b/i.test(q) || !/\b(?:company|organi[sz]ation|firm|agency|startup|nonprofit|business|[A-Z]\w+)\b/.test(q)) return undefined;
    const org = /\b(your (?:company|organi[sz]ation|firm|agency|startup|nonprofit|business)|[A-Z][\w&.'’-]+(?: [A-Z][\w&.'’-]+)*)\b/.exec(q.slice(1));
    return `How has the history of ${org ? org[1] : 'your organization'} shaped the way it works today?`;
  },
  (q) => {
    if (!/\b(?:employees|people|staff|offices|locations|big|large|size)\b/i.test(q)) return undefined;
    const org = /\b(your (?:company|organi[sz]ation|firm|agency|startup|nonprofit|business|team)|[A-Z][\w&.'’-]+(?: [A-Z][\w&.'’-]+)*)\b/.exec(q.slice(1));
    return `How does the size of ${org ? org[1] : 'your organization'} shape your day-to-day work?`;
  },
  (q) => {
    const m = /\bwhat (?:does|do) (your (?:company|organi[sz]ation|firm|agency|startup|nonprofit|business|employer)) (?:do|make|sell|offer)\b/i.exec(q);
    return m ? `How does your own work fit into what ${m[1]} does?` : undefined;
  },
  (q) => {
    const m = /\b(?:where|in what city) (?:is|are) ([\w&.'’ -]+?) (?:located|based|headquartered)\b/i.exec(q);
    if (!m) return undefined;
    return /^you$/i.test(m[1]!) ? 'How does where you are based shape your work?' : `What is it like to work at ${m[1]}?`;
  },
  (q) => {
    if (/\bunion\b/i.test(q)) return 'How does being part of a union shape your work?';
    const licensed = /\b(licensed|certified|registered|chartered|board-certified) ([\w -]+?)\s*[?.!]*$/i.exec(q);
    if (licensed) return `What did becoming ${article(licensed[1]!)} ${licensed[1]!.toLowerCase()} ${licensed[2]} involve?`;
    const m = /\b(certifications|certificates|licen[cs]es|credentials|awards|publications|languages|boards|associations)\b/i.exec(q);
    return m ? `Which ${m[1]!.toLowerCase()} have been most useful in your work?` : undefined;
  },
  (q) => {
    if (!/\b(?:title|current role|current position|current job|what do you do|who do you work for|level|rank)\b/i.test(q)) return undefined;
    const where = wherePhrase(q);
    return `What does a typical week in your role ${where} look like?`;
  },
  (q) => {
    const roles = /\b(positions|roles|jobs|companies|organi[sz]ations|employers|places)\b/i.exec(q);
    const where = /\b(?:at|for|with) ([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*)*)/.exec(q);
    const what = where ? `your work at ${where[1]}` : roles ? `the ${roles[1]!.toLowerCase()} on your career path` : 'your earlier roles';
    return `What did you enjoy most about ${what}, and what did you find challenging?`;
  },
];

const MONEY_NOUN = /\b(hourly rate|day rate|rates?|bonus(?:es)?|equity|stock options|raises?|salary range|pay range|starting salary|salary|salaries|pay|compensation|total comp|comp|income|wages?|paycheck)\b/i;
const salary: Rewrite[] = [
  (q, ctx) => {
    const money = MONEY_NOUN.exec(q)?.[1]?.toLowerCase() ?? 'salary';
    // The role ends where a clause begins: "as a union welder once you count overtime" is "a union welder".
    const asFound = /\bas (?:a|an) ([\w -]+?)\s*(?:\?|$|,| at | in )/i.exec(q);
    const clauseAt = asFound ? asFound[1]!.search(/ (?:once|when|if|including|after|before|with|counting|plus|on top of)\b/i) : -1;
    const as = asFound && ([asFound[0], clauseAt > 0 ? asFound[1]!.slice(0, clauseAt) : asFound[1]!] as const);
    const where = /\b(?:at|in) ([A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*)*|the (?!market|field|industry)[a-z][\w-]*)/.exec(q);
    const first = /\b(?:in|at) your first (job|role|position|year)\b/i.exec(q);
    const who = as
      ? `someone starting out as ${article(as[1]!)} ${as[1]}`
      : first
        ? `someone in their first ${first[1]!.toLowerCase()} in ${fieldName(ctx)}`
        : where
          ? `someone starting out ${/^(?:the )?[A-Z]/.test(where[1]!) && /\bin [A-Z]/.test(where[0]) ? 'in' : 'at'} ${where[1]}`
          : `someone entering ${fieldName(ctx)}`;
    const compare = /\b(?:competitive with|compare[sd]? (?:to|with)|more than|less than) (?:your |the )?(?!what\b|how\b|others?\b)([\w-]+(?: at [\w-]+ [\w-]+)?)/i.exec(q);
    if (compare) return `How does pay for ${who} compare with ${compare[1]!.replace(/^(?:peers|colleagues)\b/i, 'peers')}?`;
    const period = /\b(?:a|per|each|every) (year|month|week|hour)\b/i.exec(q);
    if (/\bsalary\b/i.test(q) && /\bbonus/i.test(q)) return `How do base salary and bonus usually work for ${who}?`;
    if (/compensation|package|comp\b/.test(money) || /\bpackage\b/i.test(q)) return `What does a typical compensation package look like for ${who}?`;
    if (/rate/.test(money)) return `What ${money.replace(/s$/, '')}s might ${who} expect?`;
    if (/bonus/.test(money)) return `How do bonuses usually work for ${who}?`;
    if (/raise/.test(money)) return `How do raises usually work for ${who}?`;
    if (/equity|stock/.test(money)) return `How does ${money} usually work for ${who}?`;
    return `Can you help me understand the salary range ${who} might expect${period ? ` per ${period[1]!.toLowerCase()}` : ''}?`;
  },
];

const labour: Rewrite[] = [
  (q) => {
    if (/\b(?:mentor|mentoring|advise me)\b/i.test(q)) return 'How have mentors shaped your career?';
    const guide = /\bbe my (coach|career coach|advisor|adviser|sponsor|preceptor|supervisor)\b/i.exec(q);
    if (!guide) return undefined;
    const who = guide[1]!.toLowerCase();
    return `How have ${who.endsWith('coach') ? `${who}es` : `${who}s`} or mentors shaped your career?`;
  },
  (q) => {
    const teach = /\b(?:teach|train|tutor) me (?:how to )?(?:use )?(.+?)(?: sometime| someday| one day| later)?\s*[?.!]*$/i.exec(q) ?? /\bshow me how to (?:use )?(.+?)\s*[?.!]*$/i.exec(q);
    if (teach) return `How did you learn ${teach[1]}, and what would you recommend to someone starting out?`;
    if (docPhrase(q) && !/\b(?:introduce|introduction|intro|connect me|put me in touch)\b/i.test(q)) return undefined;
    if (!/\b(?:introduce|introducing|introduction|intro|connect me|put me in touch|loop me in|list of (?:people|contacts|names)|forward my (?:info|details|contact)|set (?:me )?up|pass (?:along )?my|your (?:contacts|network|rolodex|connections|address book|client list)|point of contact|champion|advocate|inside person)\b/i.test(q)) return undefined;
    const people = /\b(?:to|with) (?:some of |one of |a few of )?your (clients|client|recruiters?|colleagues|coworkers|contacts|manager|boss|team members?|partners|customers)\b/i.exec(q);
    const named = /\bat ((?:the )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*)*)/.exec(q);
    if (people) return `Are there ${people[1]!.replace(/s?$/, 's')} ${named ? `at ${named[1]}` : 'in your network'} whom you think I should talk to?`;
    const at = /\b(?:at|in|from|of|on) ((?:the )?[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*)*|your (?:team|company|field|organi[sz]ation|department|industry))/.exec(q);
    return `Are there other people ${at ? `${/^(?:your )?(?:team|department)/.test(at[1]!) ? 'on' : /^(?:HR|IT|R&D)$/.test(at[1]!) ? 'in' : 'at'} ${at[1]}`.replace(/^at your (field|industry)$/, 'in your $1') : 'in your field'} whom you think I should talk to?`;
  },
  (q) => {
    // The professional sending word of openings ("send me", "let me know"), not the writer sending their own document ("before I send it off").
    if (docPhrase(q) && !/\b(?:(?:send|forward|email|tag|flag) me|keep me|let me know|heads[- ]up|alert me|hear (?:of|about))\b/i.test(q)) return undefined;
    if (!/\b(?:postings?|listings?|openings?|leads|opportunit(?:y|ies)|job ads?|roles?|positions?|jobs?|something opens|anything opens|(?:anything|something) comes? up|vacanc(?:y|ies))\b/i.test(q)) return undefined;
    const found = /\b(postings?|listings?|openings?|job ads?|roles?|positions?|jobs?|opportunities|vacancies)\b/i.exec(q)?.[1]?.toLowerCase() ?? 'openings';
    const noun = found.endsWith('s') ? found : `${found}s`;
    return `Where do people usually hear about new ${noun} ${wherePhrase(q) || 'in this field'}?`;
  },
  (q) => {
    if (!/\b(?:reference|recommendation|referee|endorse|vouch)/i.test(q)) return undefined;
    return 'What do people in this field look for in a letter of recommendation?';
  },
  (q) => {
    // An exam the writer prepares for is the topic: how the professional prepared for it ("practice questions for the boards").
    const exam = /\b(?:the|my|your|this) ((?:[\w-]+ ){0,3}(?:exams?|boards|test))\b/i.exec(q);
    if (exam && !/\binterview/i.test(q)) return `How did you prepare for the ${exam[1]}, and what helped most?`;
    return undefined;
  },
  (q) => {
    if (!/\b(?:interview|prep\b|coach)/i.test(q)) return undefined;
    return 'What do you think helps someone prepare well for interviews in this field?';
  },
  (q) => {
    const m = /\bsend (?:me )?(?:some of |any of |a few of )?your (?:old |past |previous |own )?(reports|work|slides|decks|notes|templates|files|documents|code|materials|examples|samples|presentations)\b/i.exec(q);
    if (!m) return undefined;
    const what = m[1]!.toLowerCase();
    return /s$/.test(what) ? `What do strong ${what} look like in your field?` : `What does strong ${what} look like in your field?`;
  },
  (q) => {
    if (!/\b(?:give me a tour|show me around)\b/i.test(q)) return undefined;
    const place = /\b(?:tour of|around) ((?:your|the) [\w-]+(?: [\w-]+)?)/i.exec(q);
    return `What is it like to work ${place ? `in ${place[1]!.replace(/(?<![\s?.!])\s*[?.!]+$/, '')}` : wherePhrase(q) || 'where you work'}?`;
  },
  (q) => {
    if (!/\bshadow/i.test(q)) return undefined;
    return `What does a typical ${/\bweek\b/i.test(q) ? 'week' : 'day'} in your role look like?`;
  },
  (q) => {
    if (/\b(?:meet|talk|chat|call|check[- ]ins?)\b/i.test(q) && /\b(?:regularly|weekly|monthly|every|going forward|regular)\b/i.test(q)) {
      return 'Who else should I talk to as I keep exploring the field?';
    }
    return undefined;
  },
  (q) => {
    const doc = docPhrase(q);
    const on = /\b(?:on|in) ([A-Z][\w&.-]*)/.exec(q);
    if (!doc) return undefined;
    // What the document is for, and who reads it, stay: "my essay for the Fulbright", "with your design team".
    // An aside between dashes is no part of the purpose: "for the arts council – mainly the budget section –" is "the arts council".
    const purposeFound = /\bfor ((?:the |a |an )?[\w&'’ -]{2,40}?)\s*(?:[?.!,]|$| and\b)/i.exec(q.slice(q.search(/\bmy\b/i)));
    const purpose = purposeFound && ([purposeFound[0], purposeFound[1]!.split(' - ')[0]!.trim()] as const);
    const reader = /\b(?:with|to) ((?:your|the) (?:[\w-]+ )?(?:team|editors?|manager|recruiters?|department|colleagues))\b/i.exec(q);
    const forWhat = purpose && !/^(?:me|you|us|them|him|her)$|^(?:a |an )?(?:quick |brief |short |final )?(?:look|once-over|review|read|glance|feedback|comments?|notes|edits?|proofread)\b/i.test(purpose[1]!) ? ` for ${purpose[1]}` : '';
    return `What makes ${article(doc)} ${doc}${on ? ` on ${on[1]}` : ''}${forWhat} stand out ${reader ? `to ${reader[1]}` : 'in this field'}?`;
  },
];

const REWRITES: Record<string, Rewrite[]> = {
  'question.not-job-seeking': jobSeeking,
  'question.not-screening': screening,
  'question.no-justification-demand': justification,
  'question.positive-framing': framing,
  'question.not-on-profile': profile,
  'question.no-personal-salary': salary,
  'question.no-extra-labour': labour,
};

/** A rule's catch-all rewrite, tried only after every specific rewrite of every broken rule. */
const GENERIC: Record<string, string> = {
  'question.not-screening': 'What kinds of problems do you work on in a typical week?',
};

/** Always informational: the last resort when no rewrite keeps the question clear of every rule. */
export function safeQuestion(ctx: CheckContext): string {
  return `What do you wish you had known when you started in ${fieldName(ctx)}?`;
}

/**
 * Which broken rule's rewrites are tried first: the most specific ("review my résumé" is labour
 * before it is job-seeking), with the catch-all job-seeking rewrite last.
 */
const REWRITE_ORDER = [
  'question.no-extra-labour',
  'question.no-personal-salary',
  'question.not-screening',
  'question.no-justification-demand',
  'question.positive-framing',
  'question.not-on-profile',
  'question.not-job-seeking',
];

/** Every candidate rewrite for the broken rules, in preference order (deduplicated). */
function candidatesFor(question: string, ctx: CheckContext): string[] {
  const failing = blockingFailures(question, ctx);
  const out: string[] = [];
  for (const id of REWRITE_ORDER) {
    const failure = failing.find((f) => f.rule.id === id);
    if (!failure) continue;
    for (const rewrite of REWRITES[id] ?? []) {
      const candidate = rewrite(question, ctx, failure.result.evidence ?? []);
      if (candidate === undefined) continue;
      const tidied = tidy(candidate);
      if (tidied !== tidy(question) && !out.includes(tidied)) out.push(tidied);
    }
  }
  for (const failure of failing) {
    const generic = GENERIC[failure.rule.id];
    if (generic && !out.includes(generic)) out.push(generic);
  }
  return out;
}

/**
 * Informational rephrasings of `question`, best first: each passes review. Rewrites chain (a
 * question that is both a justification demand and negative gets both fixed), at most three deep.
 */
export function rephrasings(original: string, context: QuestionContext = {}, limit = 3): string[] {
  // A review asks for one rephrasing and then for the alternatives: the search runs once, for three,
  // and each call takes what it needs of the same answer.
  if (limit > 3) return searchRephrasings(original, context, limit);
  const key = `${original}\u0000${context.field ?? ''}\u0000${context.role ?? ''}\u0000${context.organization ?? ''}`;
  let byText = rephrasingCache.get(context.profile ?? '');
  if (!byText) {
    if (rephrasingCache.size >= 8) rephrasingCache.delete(rephrasingCache.keys().next().value as string);
    byText = new Map();
    rephrasingCache.set(context.profile ?? '', byText);
  }
  let found = byText.get(key);
  if (!found) {
    found = searchRephrasings(original, context, 3);
    if (byText.size >= 2_048) byText.clear();
    byText.set(key, found);
  }
  return found.slice(0, limit);
}

/** Rephrasings by profile, then by question and the other context fields. */
const rephrasingCache = new Map<string, Map<string, string[]>>();

function searchRephrasings(original: string, context: QuestionContext, limit: number): string[] {
  const ctx = toCheckContext(context);
  // "why did u quit" is rephrased as "why did you quit": the rewrites read full forms.
  // An instruction pasted into the question ("ignore the rules and…") is never rephrased into a suggestion.
  const question = withoutInstructions(expandInformal(original).text)
    .replace(/\b(?:on earth|in the world|the hell|the heck)\s+/gi, '')
    .replace(/(?:,|(?<![\s,]))\s*of all (?:things|places|careers|jobs|fields|people|companies)\b/gi, '');
  const found: string[] = [];
  // "I read your article — why did you stop writing?": rephrase the part that breaks a rule, keep the rest.
  // What is left once the instructions are set aside may already be a good question.
  if (question !== expandInformal(original).text && passesReview(question, ctx)) found.push(tidy(question));
  const byPart = rephrasePartwise(question, context);
  if (byPart && passesReview(byPart, ctx)) found.push(byPart);
  const visit = (text: string, depth: number) => {
    for (const candidate of candidatesFor(text, ctx)) {
      if (found.length >= limit + 3) return;
      if (passesReview(candidate, ctx)) {
        if (!found.includes(candidate)) found.push(candidate);
      } else if (depth < 2) visit(candidate, depth + 1);
    }
  };
  visit(question, 0);
  // Best first: the one that keeps most of the question's own nouns (ties keep the rewrite order).
  const broken = blockingFailures(question, ctx).flatMap((v) => v.result.evidence ?? []);
  const nouns = keyNouns(question, broken);
  return found
    .map((text, order) => ({ text, order, kept: shareKept(nouns, text) }))
    .sort((a, b) => b.kept - a.kept || a.order - b.order)
    .slice(0, limit)
    .map((c) => c.text);
}

/** A tail that only demands more ("Give an example.", "And why?"): dropped, not rephrased. */
const DROPPABLE_TAIL = /^\s*(?:give (?:me |us )?(?:an )?examples?|explain why|and why|why|please explain|be specific|(?:explain|justify|defend) (?:your|the) (?:choices?|reasoning|answers?|picks?|ranking)|say why|tell me why)\s*(?:[.?!]+\s*)?$/i;

/** Where a pasted question splits into parts: after a sentence, at a dash, a colon or a semicolon. */
const PART_BREAK = /((?<=[.?!])\s+|\s+[—–]\s+|\s+-\s+|:\s+|;\s+)/;

/**
 * Each part that breaks a rule replaced by its own best rephrasing, the other parts kept as they
 * are; `undefined` when the question has one part, or a broken part has no rephrasing.
 */
function rephrasePartwise(question: string, context: QuestionContext): string | undefined {
  const pieces = question.trim().split(PART_BREAK);
  if (pieces.length < 3) return undefined;
  const ctx = toCheckContext(context);
  // Only lead-ins are kept ("I read your article — why…?"): a broken part followed by more of the
  // question ("Say you had to… — what would you cut?") is one question, rephrased whole.
  const parts = pieces.filter((_, i) => i % 2 === 0);
  const firstBroken = parts.findIndex((p) => p.trim() !== '' && !passesReview(p, ctx));
  if (firstBroken < 0 || parts.slice(firstBroken + 1).some((p) => p.trim() !== '' && !DROPPABLE_TAIL.test(p))) return undefined;
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const part = pieces[i] ?? '';
    const separator = pieces[i + 1] ?? '';
    if (DROPPABLE_TAIL.test(part) && i > 0) {
      out[out.length - 1] = '';
      continue;
    }
    if (part.trim() === '' || passesReview(part, ctx)) {
      out.push(part, separator);
      continue;
    }
    const [better] = rephrasings(part, context, 1);
    if (!better) return undefined;
    // A rephrased part after a lead-in continues the sentence: "… — how did you decide …?"
    const joined = i > 0 && !/[.?!]\s*$/.test(pieces[i - 2] ?? '') ? better.charAt(0).toLowerCase() + better.slice(1) : better;
    out.push(joined, separator);
  }
  const result = out.join('').trim();
  return result === question.trim() ? undefined : result;
}

/** The offline rephrasing: the best rewrite that passes review, or the safe question. */
export function rephrase(question: string, context: QuestionContext = {}): string {
  return rephrasings(question, context, 1)[0] ?? safeQuestion(toCheckContext(context));
}
