import type { Evidence } from '../rules/rule.ts';
import { findEvery } from '../rules/text.ts';
import { memoSpans } from './memo.ts';

/**
 * What a turn of an informational interview does, detected in plain text. Each detector takes one
 * text (a user's turn, or a thank-you note) and returns the spans that show it, in text order.
 * The conduct and follow-up rules and the persona engine's turn classifier all call these, so a
 * phrase is recognised the same way everywhere. Patterns cover the many ways people say a thing
 * out loud; they are deliberately about the asker's intent, not a fixed wording.
 */

export type Detector = (text: string) => Evidence[];

const A = "['’]";
/** Each detector remembers the texts it read last (`memo.ts`): a transcript's turns are read once, not once per rule. */
const detector = (patterns: readonly RegExp[]): Detector => memoSpans(DETECTOR_MEMO_SIZE, (text) => text, (text) => findEvery(text, patterns));
/** Texts each detector remembers: the turns of a few long sessions, like `findQuestions`. */
const DETECTOR_MEMO_SIZE = 512;

export const findThanks: Detector = detector([
  /\b(?:thank(?:s| you| u)?|thx|many thanks)\b/i,
  /\b(?:I|we) (?:really |truly |so |very much |greatly |genuinely )?appreciate(?:d)?\b/i,
  /\b(?:really |truly |so |much )?appreciate(?:d)? (?:it|this|that|your|you|the|our|all|everything|how|what)\b/i,
  /\b(?:grateful|appreciative)\b/i,
]);

/** Spoken self-introductions: who the speaker is, what they do or study, what brings them. */
export const findSelfIntro: Detector = detector([
  /\bmy name(?:'s| is)\b/i,
  // "im" as people type it on a phone.
  new RegExp(`\\bI(?:${A}?m| am) (?:a|an|currently|now|in my|finishing|studying|working|majoring|a recent|recently|transitioning|switching|moving|exploring)\\b`, 'i'),
  /\b(?:a (?:little|bit|quick word) about (?:me|myself)|my background(?: is)?|for (?:some )?context|to (?:give you|share) (?:some|a bit of) (?:context|background))\b/i,
  new RegExp(`\\bI(?:${A}ve| have) (?:been )?(?:working|worked|spent|studying|studied|volunteer(?:ed|ing)|interned|taught|done)\\b`, 'i'),
  /\bI (?:work|worked|study|studied|teach|taught|volunteer(?:ed)?|interned|graduated|majored|minored|manage|run) (?:as|at|in|on|for|from|with)\b/i,
  // A name given: "I'm Sam, a…", "this is Priya", "Jordan here", "I'm Alex and I…".
  new RegExp(`\\b(?:I${A}?m|I am|[Tt]his is) [A-Z][a-z]+(?:,| and\\b| from\\b| here\\b|\\s*[.!;—–-])`),
  new RegExp(`\\bI(?:${A}ve| have) been (?:a|an|in|at|with|teaching|managing|running|leading|doing)\\b|\\bI (?:teach|manage|run|lead|coach|tutor|own|nurse) (?:a |an |the |my |high|middle|elementary|[a-z]+ (?:students|classes|team|teams))`, 'i'),
  /(?:^|[.!?]\s+)(?:hi|hello|hey)?[,!\s]*[A-Z][a-z]+ here\b/,
  new RegExp(`\\bI(?:${A}?m| am) (?:in my|doing|pursuing|completing|a (?:first|second|third|fourth|final)|at|from|based in|on|with|interested in|hoping to|looking to|trying to|planning to|considering|thinking about|about to|getting|wrapping up|nearing|halfway)\\b`, 'i'),
  /\bI (?:recently |just )?(?:graduated|finished|completed|started|left|joined|moved|switched|transitioned|got my|earned|spent|retired|served)\b/i,
  /\b(?:as an? [\w-]+(?: [\w-]+){0,3} (?:student|major|graduate|grad|professional|teacher|nurse|engineer|analyst|manager|veteran|parent|researcher|designer|developer|assistant|coordinator|intern)|currently (?:a|an|studying|working|pursuing|enrolled)|my (?:major|minor|degree|program|job|role|field) (?:is|was)|I major in|(?:for|over) the (?:past|last) (?:\w+ )?(?:years?|months?|decade)|after (?:\w+ )?(?:years?|a decade|months?) (?:in|as|at|of))\b/i,
]);

/**
 * Credentials recited: grades, honours, awards, ratings, certifications. One is context; several in
 * one introduction are the "listing your credentials" the guides warn against.
 */
export const findCredentials: Detector = detector([
  /\b(?:GPA|grade point average)\b|\b\d\.\d{1,2} (?:GPA|average)\b/i,
  /\b(?:dean['’]s list|summa cum laude|magna cum laude|cum laude|valedictorian|salutatorian|honou?rs? (?:student|society|program)|graduated with (?:high |highest )?(?:honou?rs|distinction))\b/i,
  /\b(?:award(?:s|-winning)?|prize|scholarship|fellowship|recognition award)\b/i,
  /\b(?:rated|ranked|named) (?:as )?(?:exceeding|top|the top|first|#\d|number one|best)\b/i,
  /\b(?:certified|certification in|licensed|published (?:two|three|several|\d+)|promoted (?:twice|three times|\d+ times))\b/i,
  /\b(?:captain|president|founder|chair) of (?:the|a|our)\b/i,
]);

/** Sentences that ask something: a question mark, or a wh-word or "tell me about" opening without one. */
export const findQuestions: Detector = (text) => {
  // Every conduct rule asks for the questions of every turn, on each hint and each debrief: the
  // answer for a turn is kept (frozen: callers only read it), so each turn is split once.
  const known = questionCache.get(text);
  if (known) return known as Evidence[];
  const found = splitQuestions(text);
  if (questionCache.size >= QUESTION_CACHE_SIZE) questionCache.delete(questionCache.keys().next().value as string);
  questionCache.set(text, Object.freeze(found));
  return found;
};

/** Turns whose questions are kept: the turns of a few long sessions (oldest dropped first). */
const QUESTION_CACHE_SIZE = 512;
const questionCache = new Map<string, readonly Evidence[]>();

function splitQuestions(text: string): Evidence[] {
  const found: Evidence[] = [];
  const sentence = /(?<![^.!?\n])[^.!?\n]+(?:[.!?]+|$)/g;
  for (const match of text.matchAll(sentence)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    if (value === '') continue;
    // Spoken openers ("so", "ok", "and") come before the question word.
    const core = value.replace(/^(?:(?:so|and|ok|okay|also|but|well|then|oh|hmm|right|alright)\b[,\s-]*)+/i, '');
    const asks =
      value.endsWith('?') ||
      /^(?:what|whats|how|hows|howd|why|which|who|whos|whom|tell me (?:about|more|how|what|why)|i(?:['’]d| would) love to (?:hear|know)|i(?:['’]m| am) curious (?:about|how|what|why|whether)|i wonder (?:how|what|why|whether|if))\b/i.test(core) ||
      // Yes/no questions typed without a question mark: a verb, then a subject ("is a masters worth it").
      /^(?:is|are|do|does|did|can|could|would|should|will|was|were|has) (?:it|there|a|an|the|this|that|you|your|someone|people|i|we|they|my|one|any|getting|having|doing)\b/i.test(core);
    if (asks) {
      const start = match.index + lead;
      found.push({ start, end: start + value.length, quote: value });
    }
  }
  return found;
}

/**
 * Asking them to put the user's papers in front of the people who hire: "could you pass my resume to
 * your hiring manager?", "please forward my CV to the recruiter", "would you share my application
 * with your team?". It is a job ask and a favour at once, so both detectors carry it. The actor is
 * "you" (or "please"): "how should I send my CV to a recruiter?" asks for advice, not a favour.
 */
const PASS_MY_PAPERS =
  /\b(?:you|u|please)\b(?:(?!\bI\b)[^.?!]){0,40}?\b(?:forward(?:ing)?|pass(?:ing)?|send(?:ing)?|giv(?:e|ing)|hand(?:ing)?|shar(?:e|ing)|get(?:ting)?|put(?:ting)?|submit(?:ting)?|bring(?:ing)?|show(?:ing)?|drop(?:ping)?|run(?:ning)?|mention(?:ing)?)(?: (?:along|on|over))? my (?:[\w-]+ )?(?:resume|résumé|cv|c\.v\.|application|name|portfolio|profile|details|info|linkedin|materials)(?![\w])(?: (?:along|on|over|through))? (?:to|with|in front of|past|by|across) (?:(?:whoever|whomever|someone|anyone|the (?:person|people)) (?:who(?:['’]s| is| are)? |that(?:['’]s| is| are)? )?(?:is |are )?(?:hiring|in charge of hiring|doing the hiring)\b|(?:(?:your|ur|the|a|an|their|our|whoever(?:['’]s)?|someone|anyone)(?: (?:on|in|at) (?:your|the))? )?(?:[\w-]+ ){0,2}?(?:hiring managers?|hiring (?:team|committee|lead|panel|folks|people)|recruiters?|recruiting(?: team| lead)?|talent(?: acquisition| team)?|hr|human resources|team|manager|boss|supervisor|director|department|head of|people (?:who|that) (?:hire|are hiring|make hiring decisions)|decision[- ]makers?)\b)/i;

/** Asking for a job, an opening, a referral for a position, or to be put forward. */
export const findJobAsk: Detector = detector([
  PASS_MY_PAPERS,
  /\b(?:are|is|r) (?:you|u)(?: guys| all| folks)? (?:currently |still )?hiring\b/i,
  /\b(?:are|is) (?:your (?:[\w-]+ ){1,2}|anyone|they|the company )(?:currently |still )?hiring\b/i,
  /\b(?:any|are there|know of (?:any|an)|is there an?) (?:open |current |upcoming )?(?:job )?(?:openings?|vacanc(?:y|ies)|open (?:positions?|roles?|reqs?)|positions? (?:open|available)|jobs? (?:open|available))\b/i,
  /\b(?:openings?|vacanc(?:y|ies)|positions?|jobs?|roles?) (?:on|at|in|with) (?:your|the) (?:team|company|organi[sz]ation|group|department|office|lab)\b/i,
  // "Refer me to others who could tell me more" is the guides' own close, not a job ask.
  /\b(?:refer me(?! to (?:others|other people|someone|anyone|a colleague|colleagues|people))|put in a (?:good )?word|pass (?:along|on) my (?:resume|résumé|cv|name|application)|forward my (?:resume|résumé|cv|application)|recommend me (?:for|to)|vouch for me|flag my application|get me (?:an interview|in the door|a job))\b/i,
  /\b(?:hire me|give me a job|consider me for|keep me in mind (?:for|if)|let me know if (?:anything|something|a (?:job|role|position)) (?:opens|comes)|work for you|a job (?:at|with) (?:your|you)|job on your team)\b/i,
  /\bhow (?:can|could|do|would) I (?:get (?:hired|a job|in) (?:at|with|on)|apply (?:to|for|at)) (?:your|you)\b/i,
  /\bI(?:['’]d| would) (?:really |so |very much )?(?:love|like) to (?:join|be (?:a )?part of|work (?:at|on|with|for)) your (?:team|unit|office|department|company|organi[sz]ation|lab|group|firm|hospital|school)\b/i,
  /\broom for (?:me|someone like me|(?:a|an|another) (?:[\w-]+ )?(?:person|hire|junior|intern|grad|graduate|analyst|engineer|researcher|nurse|advisor|coordinator|organizer))\b/i,
]);

/** Asking the professional what they themselves earn. */
export const findPersonalSalary: Detector = detector([
  /\bhow much (?:do|did) you (?:make|earn|get paid|take home|bring (?:home|in))\b/i,
  new RegExp(`\\bwhat(?:${A}s| is| was) your (?:own |current |personal )?(?:salary|pay|compensation|income|take[- ]home|wage|comp|paycheck|salary range|pay band)\\b`, 'i'),
  /\bwhat (?:do|did) you (?:make|earn)\b/i,
  /\b(?:do|did) you (?:make|earn) (?:six figures|a lot|good money|enough|well|over|more than)\b/i,
  /\b(?:are|were) you (?:well[- ])?paid (?:well|enough|fairly)?\b/i,
  /\b(?:your|you) (?:salary|paycheck|pay) (?:is|like|look like)\b/i,
  /\bif you don['’]t mind me asking,? (?:how much|what) (?:do you|you) (?:make|earn)\b/i,
  /\b(?:pay|salary|compensation|money|income)(?: is| like| looks?)*(?: like)? for you(?: personally)?\b/i,
  /\bwhat do you (?:pull in|bring home|take home|rake in|pull down)\b/i,
  // "Is your compensation competitive?", "Was your pay better at the bank?"
  /\b(?:is|was|are|were|did|does|has) your (?:own |current |personal |starting )?(?:salary|pay|compensation|income|paycheck|wages?)\b/i,
  /\bhow much (?:do|did) you get paid\b|\bhow much (?:are|were) you paid\b/i,
]);

/** Asking about pay for people entering the field: the guides' recommended way to ask about money. */
export const findEntrySalary: Detector = detector([
  /\b(?:salary|pay|compensation|wage)s?(?: range)? (?:for |that )?(?:someone|people|new (?:grads|graduates|hires)|a new|an? entry|entry[- ]level|starting|juniors?|beginners?|newcomers?)/i,
  /\b(?:starting|entry[- ]level) (?:salar(?:y|ies)|pay|compensation|wages?)\b/i,
  /\b(?:salary|salaries|pay|compensation|wages?)\b[^?.!]{0,60}\b(?:entering|starting out|start(?:ing)? in|new to|entry[- ]level|new grads?|just starting|first (?:job|role))/i,
  /\bwhat (?:can|might|should|would) (?:someone|a new|an entry|a junior|people)[^?.!]{0,40}\b(?:expect|make|earn)\b/i,
  // "What do new-graduate nurses in your region usually start at?"
  /\bwhat (?:do|does|would|might) (?:new[- ]grad(?:uate)?s?|entry[- ]level|junior|new|beginning|first[- ]year)\b[^?.!]{0,40}\b(?:start (?:out )?at|make|earn|get paid)\b/i,
  // "How much do advisors make starting out?": pay for people in the role, not the person asked.
  /\bhow much (?:do|does|can|might|would|will) (?!you\b)[^?.!]{1,40}\b(?:make|earn|get paid)\b[^?.!]{0,30}\b(?:starting out|to start|at (?:first|the start)|in (?:their|the) first|entry[- ]level|when they start|new grads?)/i,
]);

/** Questions a LinkedIn profile or CV already answers: titles, employers, schooling, tenure. */
export const findProfileQuestion: Detector = detector([
  /\bwhat (?:positions|jobs|roles|titles|companies|organi[sz]ations) (?:has|have|did) (?:your career(?: path)?|you) (?:included|held|had|worked (?:at|for)|been)\b/i,
  /\bwhat (?:positions|jobs|roles) (?:has|have) your (?:career|career path) (?:included|been)\b/i,
  /\bwhere did you (?:go to (?:school|college|university|grad school)|study|get your (?:degree|masters|master['’]s|phd|bachelor['’]s)|graduate from)\b/i,
  /\bwhat did you (?:study|major in|get your degree in)\b/i,
  /\bwhere did you (?:get|earn|do|complete|receive) your (?:[\w'’-]+ ){0,2}(?:degree|masters|master['’]s|phd|doctorate|bachelor['’]s|bsn|msn|mba|training|certification)\b/i,
  new RegExp(`\\bwhat(?:${A}s| is) your (?:current |exact |official )?(?:job )?title\\b`, 'i'),
  /\bhow long have you (?:been|worked) (?:at|with|in your (?:current )?(?:role|job|position))\b/i,
  /\bwhere (?:did|have) you work(?:ed)? (?:before|previously|prior)\b/i,
  /\bwhere do you (?:currently )?work\b/i,
  /\b(?:what|which) (?:companies|organi[sz]ations|employers|firms|places) (?:were|have) you (?:at|with|worked (?:at|for))\b/i,
  /\bwalk me through your (?:resume|résumé|cv|work history|employment history|job history)\b/i,
  /\bwhat (?:degrees?|certifications?) do you have\b/i,
]);

/** Asking for work or time beyond the conversation: reviews, feedback, postings, more meetings, favours. */
export const findExtraLabour: Detector = detector([
  PASS_MY_PAPERS,
  /\b(?:look(?:ing)? (?:at|over)|review(?:ing)?|go(?:ing)? over|check(?:ing)?|critiqu(?:e|ing)|edit(?:ing)?|proofread(?:ing)?|read(?:ing)?|mark(?:ing)? up|giv(?:e|ing) (?:me )?(?:some )?(?:feedback|notes|comments) on|tear(?:ing)? apart) my (?:resume|résumé|cv|cover letter|portfolio|writing|essay|application|linkedin(?: profile)?|personal statement|draft|website|writing sample|case study|github|code|projects?|side projects?|blog|reel|work samples?)\b/i,
  /\b(?:send|forward|email) me (?:any |some )?(?:job |relevant )?(?:postings|openings|listings|leads|job ads)\b/i,
  // "If you see any job postings, could you send me them?"
  /\bif you (?:see|come across|hear (?:of|about)|spot|notice) (?:any|an?) (?:[\w-]+ )?(?:postings?|openings?|listings?|leads?|job ads?)\b[^.?!]{0,40}\b(?:send|forward|pass|share|email)\b/i,
  // Introductions to the people who hire: a favour that spends their standing, not just their time.
  /\b(?:introduce|connect) me (?:to|with) (?:your|the|a) (?:hiring manager|recruiter|boss|manager|director|team lead|department head|head of)\b/i,
  /\b(?:could|would|can|will) you (?:be my mentor|mentor me|meet (?:with me )?(?:again|regularly|monthly|weekly|every)|do (?:another|a second|a follow-up) (?:call|chat|meeting)|hop on another call|set up (?:a call|a meeting|an intro) (?:with|for)|email (?:them|him|her) for me|write (?:me )?a (?:reference|recommendation|letter))\b/i,
  /\b(?:could|can|would|shall) we (?:do|have|set up|schedule|book) (?:another|a second|a follow-up|(?:a )?(?:regular|weekly|monthly|recurring|standing)) (?:call|chat|meeting|session|check-in)s?\b/i,
  /\b(?:so )?you (?:can|could) (?:mentor|coach) me\b|\bmentor(?:ing)? me (?:regularly|weekly|monthly|going forward)\b/i,
  /\b(?:if you could|would you mind|could you) (?:take a (?:quick )?look at|look over|review) (?:my|something I)\b/i,
]);

/** Asking who else to talk to: the close the guides recommend. */
export const findReferralAsk: Detector = detector([
  /\bwho (?:else )?(?:should|would|could|might|do you think|would you suggest) I (?:talk|speak|reach out|connect|contact|meet|chat)\b/i,
  /\bwho else (?:should|would|could|might|do you (?:think|suggest|recommend))\b/i,
  /\bwho (?:else )?(?:do you think|would you (?:suggest|recommend)|do you (?:suggest|recommend)) I (?:(?:should|could|might|ought to) )?(?:talk|speak|reach out|connect|contact|meet|chat)\b/i,
  /\b(?:is there|are there|do you know|know of) (?:anyone|someone|other people|others|people|colleagues?)[^?.!]{0,60}\b(?:talk|speak|chat|reach out|connect|recommend|suggest|learn from|should (?:meet|contact))\b/i,
  /\bwho would you (?:talk|speak|reach out|go) to\b/i,
  /\b(?:any|other) (?:colleagues?|people|folks|contacts) (?:you|that you|who)[^?.!]{0,60}\b(?:talk|speak|chat|reach out|connect|meet)\b/i,
  /\b(?:refer|point|introduce) me to (?:others|other people|someone|anyone|a colleague|colleagues|people)\b/i,
  /\b(?:anyone|someone|other people|others) (?:else )?(?:you(?:['’]d| would)|that you(?:['’]d| would)) (?:recommend|suggest)\b/i,
  /\b(?:anyone|someone|other people|others|people) (?:else )?(?:(?:you|u) think|you['’]d say|you feel) I (?:should|could|ought to|might) (?:talk|speak|chat|reach out|connect|meet)\b/i,
]);

/** Showing awareness of the time asked for. */
export const findTimeAwareness: Detector = detector([
  /\b(?:I know|I see|I(?:['’]m| am) (?:aware|mindful|conscious)(?: of)?|mindful of|respect(?:ful of)?|watching|keeping an eye on) (?:your|the|our) (?:time|clock|schedule)\b/i,
  /\bwe(?:['’]re| are) (?:almost|nearly|close to|coming up on|about) (?:at |out of )?(?:time|the hour|our time|(?:the )?\d+ minutes)\b/i,
  /\b(?:I(?:['’]ll| will) let you go|don['’]t want to keep you|before (?:we|I) run out of time|(?:one|a) (?:last|final) (?:question|thing)|last question|in the (?:time|minutes) (?:we have )?left|(?:I|we) (?:promised|asked for|said) (?:\w+ )?(?:\d+|fifteen|twenty|thirty|forty-five|sixty) minutes)\b/i,
  /\bstay (?:within|to|on) (?:the|our) (?:\d+|fifteen|twenty|thirty) minutes\b/i,
]);

/** Signs of winding down: goodbyes and wrap-ups (not themselves thanks). */
export const findClosing: Detector = detector([
  /\bthis (?:was|has been) (?:so |super |really |very |incredibly |extremely )?(?:helpful|useful|great|valuable|insightful|wonderful)\b/i,
  /\b(?:goodbye|bye|take care|have a (?:good|great|nice|lovely) (?:day|afternoon|evening|week|weekend)|talk soon|all the best|that(?:['’]s| is) all (?:I had|my questions)|those are all my questions|I(?:['’]ll| will) let you (?:go|get back to))\b/i,
]);

/**
 * Words that point back at what the professional just said ("you mentioned", "tell me more", "what
 * do you mean by"). A bare reaction ("Interesting!") is not one: it often comes before a new topic.
 */
export const findFollowUpCue: Detector = detector([
  /\b(?:you (?:mentioned|said|talked about|brought up|described|were saying)|earlier you|going back to|back to what you said|when you say|what do you mean by|you used the (?:word|phrase)|on that (?:point|note)|about that|that part about)\b/i,
  /\b(?:tell me more|say more|can you (?:expand|elaborate|unpack)|could you (?:expand|elaborate|unpack)|how so|why (?:was|is) that|what was that like|how did (?:that|you handle that|it) (?:go|feel|happen|work)|what made you|can you give (?:me )?an example|for example\?)\b/i,
]);

/** Questions that are a prepared ask of their own whatever came before: a cue is needed to make them a follow-up. */
const STANDING_ASKS: readonly Detector[] = [(text) => findEntrySalary(text), (text) => findReferralAsk(text)];
/** Questions that break a conduct rule are never credited as a follow-up, whatever they pick up. */
const NEVER_FOLLOW_UPS: readonly Detector[] = [
  (text) => findJobAsk(text),
  (text) => findPersonalSalary(text),
  (text) => findExtraLabour(text),
  (text) => findProfileQuestion(text),
  (text) => findInjection(text),
];


/**
 * The follow-up questions of one user turn: questions that pick up something from the
 * professional's previous answer. A question counts when it, or the sentence just before it, points
 * back at the answer ("You mentioned grants — how do you…", "Can you say more?"), or when it names
 * something the answer talked about (a shared content word). A standing prepared ask (the salary
 * range for newcomers, who else to talk to) needs the pointer; an ask that breaks a conduct rule
 * (a job, their salary, a favour, their profile) never counts. Each span runs from the pointer to
 * the end of the question.
 */
export function findFollowUps(previousAnswer: string, text: string): Evidence[] {
  return followUpsMemo(previousAnswer, text);
}

/** The follow-ups of each (answer, turn) pair read last: the conduct rules and the asker's scores ask about the same pairs. */
export const followUpsMemo = memoSpans(DETECTOR_MEMO_SIZE, (previousAnswer: string, text: string) => `${previousAnswer.length}:${previousAnswer}${text}`, followUpsOf);

function followUpsOf(previousAnswer: string, text: string): Evidence[] {
  // Linear in the message: every span list is searched by bisection, the answer's words are
  // collected once, and each question looks back over its own lead sentence only.
  const cues = findFollowUpCue(text);
  const never = disjointSpans(NEVER_FOLLOW_UPS.flatMap((detect) => detect(text)));
  const standing = disjointSpans(STANDING_ASKS.flatMap((detect) => detect(text)));
  const answerWords = contentWordBag(previousAnswer);
  const found: Evidence[] = [];
  const questions = findQuestions(text);
  for (const question of questions) {
    if (overlapsAny(never, question.start, question.end)) continue;
    // The question and the sentence just before it: "Recruiting sounds hard. How do you manage?"
    const lead = leadSentenceStart(text, question.start);
    let from = question.start;
    if (lead >= 0) {
      from = lead;
      while (from < question.start && /\s/.test(text[from] ?? '')) from += 1;
    }
    // A pointer in the sentence before ("You mentioned X. How…?") is quoted with the question, unless
    // that sentence is a question of its own, which is judged by itself.
    const containing = questions[lowerBound(questions, (q) => q.end > from)];
    const leadIsQuestion = containing !== undefined && containing.start <= from;
    const cue = (leadIsQuestion ? undefined : firstWithin(cues, from, question.start)) ?? firstWithin(cues, question.start, question.end);
    if (cue) {
      const start = Math.min(cue.start, question.start);
      found.push({ start, end: question.end, quote: text.slice(start, question.end) });
    } else if (sharesContentWord(answerWords, text.slice(from, question.end)) && !overlapsAny(standing, question.start, question.end)) {
      found.push(question);
    }
  }
  return found;
}

/**
 * Where `text.slice(0, end).search(/[^.!?\n]*[.!?\n]+\s*$/)` would find the sentence before
 * `end` (or -1), found by walking back from `end` instead: the regex tried from every position
 * made `findFollowUps` quadratic in the questions of a message.
 */
function leadSentenceStart(text: string, end: number): number {
  let w = end;
  while (w > 0 && /\s/.test(text[w - 1] ?? '')) w -= 1;
  // Where the sentence's closing run of marks ends: right before the trailing spaces, or after a line break among them.
  let t = -1;
  if (w > 0 && /[.!?]/.test(text[w - 1] ?? '')) t = w;
  else {
    const newline = text.indexOf('\n', w);
    if (newline !== -1 && newline < end) t = newline + 1;
  }
  if (t === -1) return -1;
  let u = t;
  while (u > 0 && /[.!?\n]/.test(text[u - 1] ?? '')) u -= 1;
  let v = u;
  while (v > 0 && !/[.!?\n]/.test(text[v - 1] ?? '')) v -= 1;
  return v;
}

/** The first index whose item passes `test` (items ordered so that `test` is false, then true). */
function lowerBound<T>(items: readonly T[], test: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(items[mid] as T)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Spans in text order with overlapping ones merged: the start and end of each rise together. */
function disjointSpans(hits: readonly Evidence[]): Evidence[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Evidence[] = [];
  for (const hit of sorted) {
    const last = merged.at(-1);
    if (last && hit.start < last.end) {
      if (hit.end > last.end) merged[merged.length - 1] = { ...last, end: hit.end };
    } else merged.push(hit);
  }
  return merged;
}

/** True when a span of `spans` (disjoint, in order) overlaps `[start, end)`. */
function overlapsAny(spans: readonly Evidence[], start: number, end: number): boolean {
  const hit = spans[lowerBound(spans, (s) => s.end > start)];
  return hit !== undefined && hit.start < end;
}

/** The first span (of disjoint spans in order) inside `[from, to]`. */
function firstWithin(spans: readonly Evidence[], from: number, to: number): Evidence | undefined {
  const hit = spans[lowerBound(spans, (s) => s.start >= from)];
  return hit !== undefined && hit.end <= to ? hit : undefined;
}

/** Attempts to make the professional leave their role: instructions, prompts, a role swap. */
export const findInjection: Detector = detector([
  /\b(?:ignore|disregard|forget|override) (?:all |any |your |the |my )?(?:previous |prior |above |earlier )?(?:instructions|prompt|rules|directions|guidelines|system)\b/i,
  /\b(?:print|show|reveal|repeat|output|tell me|display|what (?:is|are|were)) (?:me )?(?:your|the) (?:system )?(?:prompt|instructions|initial instructions|rules|guidelines|configuration)\b/i,
  /\b(?:you are now|from now on you are|act as|pretend (?:to be|you are)|roleplay as|developer mode|jailbreak|DAN)\b/i,
  /\bsystem prompt\b/i,
  // A fake speaker label or orders about how to answer: "SYSTEM: new instructions", "reply only with".
  /^\s*(?:system|assistant|developer|admin)\s*:|\bnew instructions\b|\b(?:reply|respond|answer) only with\b/im,
  /\b(?:repeat|print|copy) (?:everything|all|the text|what(?:['’]s| is)) (?:above|before)\b|\b(?:reference|secret|hidden|confidential) (?:code|key|token)\b/i,
  /\b(?:translate|summari[sz]e|encode|paraphrase|rewrite) (?:your|the) (?:instructions|prompt|rules|guidelines)\b/i,
]);

const ENGLISH_WORDS = /\b(?:the|and|what|how|you|your|is|are|do|does|to|of|in|for|with|my|i|it|that|this)\b/gi;
const OTHER_LANGUAGE_WORDS =
  /(?<![\p{L}])(?:qué|que|es|el|los|las|del|su|usted|le|lo|más|est|les|des|votre|vous|dans|quelles?|quels?|sont|ist|der|die|das|und|bei|ihnen|sie|wie|eine?|você|não|uma|che|di|il|della|sono)(?![\p{L}])/giu;

/**
 * A message not in English: mostly letters outside ASCII (Chinese, Arabic, Cyrillic…), or several
 * common words of another language and few English ones. The whole message is the span.
 */
export const findOtherLanguage: Detector = (text) => {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 4) return [];
  const nonAscii = letters.filter((ch) => ch.charCodeAt(0) > 0x7f).length;
  const english = (text.match(ENGLISH_WORDS) ?? []).length;
  const other = (text.match(OTHER_LANGUAGE_WORDS) ?? []).length;
  const foreign = nonAscii / letters.length > 0.3 || (other >= 2 && other > english * 2);
  return foreign ? [{ start: 0, end: text.length, quote: text }] : [];
};

export const findRoleSwap: Detector = detector([
  /\b(?:swap|switch|reverse|trade|change) (?:roles|places|sides)\b/i,
  /\b(?:you|now you) (?:ask|interview) me\b/i,
  /\blet(?:['’]s| us)? (?:pretend )?(?:I(?:['’]m| am) the (?:professional|expert|interviewer)|you(?:['’]re| are) the (?:student|interviewee|job seeker))\b/i,
]);

export const findAiProbe: Detector = detector([
  /\bare you (?:an? )?(?:ai|a\.i\.|bot|chatbot|robot|language model|llm|gpt|chatgpt|real (?:person|human)|human|a person|a machine|a computer|program)\b/i,
  /\b(?:you(?:['’]re| are)|is this) (?:just )?(?:an? )?(?:ai|bot|chatbot|language model|llm|gpt|chatgpt|machine)\b/i,
  /\bwhich (?:ai|model|llm) (?:are you|is this)\b/i,
]);

/** Shared content words between two texts (5+ letters, not filler): what a follow-up picks up on. */
export function sharedContentWords(a: string, b: string): string[] {
  const left = contentWordBag(a);
  return [...contentWordBag(b)].filter((w) => left.has(w));
}

/** The content words of a text, as `sharedContentWords` compares them: collect once, compare many times. */
export function contentWordBag(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[\p{L}][\p{L}'’-]{4,}/gu) ?? [])
      // "master's", "masters" and "master" are one word here.
      .map((w) => w.replace(/['’]s$/, '').replace(/(?<=\p{L}{5})s$/u, ''))
      .filter((w) => !FILLER.has(w)),
  );
}

function sharesContentWord(bag: ReadonlySet<string>, text: string): boolean {
  if (bag.size === 0) return false;
  for (const word of contentWordBag(text)) if (bag.has(word)) return true;
  return false;
}

const FILLER = new Set(
  (
    'about above after again against because before being below between could doing during every other their there these ' +
    'those through under until where which while would should might really thing things think thank thanks great interesting ' +
    'people years always maybe something someone anyone field work working question questions actually little lovely happy ' +
    'sounds sound right start first still there\'s that\'s what\'s today mentioned mention earlier definitely usually probably ' +
    // Words too common to tie a question to an answer: "the best place", "whether it worked", "your office".
    'whether place places worked works better different going point sense makes often quite pretty another around getting office'
  ).split(' '),
);
