import type { CheckContext, CheckResult, Evidence, Rule } from './rule.ts';
import { countWords, evidence, findAffirmed, findAll, findEvery, findFirst, sentenceAt, sentenceEvidence, sentences, sentencesOf, words } from './text.ts';

/**
 * The outreach rules: what a message asking for an informational interview should do.
 * Checkers are heuristics over plain text: they look for the phrases people actually write,
 * return the spans they found, and say what to add when nothing was found.
 */

const G000 = '000_e59610dcce94501e.txt';
const G001 = '001_e8fb9925143dd3b5.txt';
const G002 = '002_bf65b95f0912a037.txt';
const G003 = '003_abca84236e19902c.txt';
const G004 = '004_dec1d6c4ab16813b.txt';

/** Word budget of an email ask; the guides' own sample note is about 130 words. */
export const EMAIL_WORD_LIMIT = 150;
/** LinkedIn connection-note caps: free accounts, and Premium. */
export const LINKEDIN_NOTE_LIMIT = 200;
export const LINKEDIN_PREMIUM_NOTE_LIMIT = 300;
/** A job ask or an attached CV makes it a job application, whatever else is right: the score stays at or below this. */
export const JOB_OR_CV_SCORE_CAP = 45;
/** The longest ask that still counts as short. */
export const MAX_ASK_MINUTES = 30;

const pass = (message: string, found?: Evidence[]): CheckResult => ({
  passed: true,
  message,
  ...(found && found.length > 0 ? { evidence: found } : {}),
});
const fail = (message: string, suggestion: string, found?: Evidence[]): CheckResult => ({
  passed: false,
  message,
  suggestion,
  ...(found && found.length > 0 ? { evidence: found } : {}),
});

const APOS = "['’]";

// ---------------------------------------------------------------------------------------------
// outreach.introduces-self

const ROLE_NOUN =
  '(?:student|graduate|grad|major|minor|undergrad(?:uate)?|sophomore|junior|senior|freshman|postdoc|ph\\.?d\\.?|candidate|alum(?:na|nus|ni)?|engineer|developer|designer|analyst|manager|nurse|teacher|educator|researcher|scientist|professional|intern|writer|editor|consultant|librarian|lawyer|attorney|specialist|coordinator|assistant|associate|administrator|veteran|marketer|accountant|economist|architect|artist|journalist|organizer|advocate|career[- ]changer|founder|technician|therapist|pharmacist|physician|doctor|chemist|biologist|programmer|officer|planner|director|lead|volunteer|fellow|trainee|apprentice|paralegal|recruiter|producer|president|vice[- ]president|VP|treasurer|captain|chair|co-?founder|owner|partner|mom|dad|parent|retiree|clerk|cook|chef|nanny|barista|server|soldier|sergeant|pilot|mechanic|electrician|carpenter|scholar|postgrad|resident)s?';

// Words in the repeated groups are at most 40 characters: unbounded, a run of 20,000 dots made
// the "here" pattern quadratic (every dot a start, every start scanning the rest).
const INTRO_PATTERNS: readonly RegExp[] = [
  /\bmy name is\b[^.!?\n]*/i,
  new RegExp(`\\bI(?:${APOS}?m| am)\\s+(?:a|an)\\s+[^.!?\\n]*`, 'i'),
  new RegExp(
    `\\bI(?:${APOS}m| am)\\s+(?:currently|now|actually working|finishing|studying|pursuing|completing|graduating|majoring|working as|working at|working in|in my|a recent|recently)\\b[^.!?\\n]*`,
    'i',
  ),
  /\bI (?:work|worked|teach|study|studied|lead|run|manage) (?:as|at|in|on|for)\b[^.!?\n]*/i,
  // "I study economics at Rutgers", "I teach chemistry in Fresno": a subject, then where.
  /\bI (?:study|studied|teach|taught|major in|majored in) (?:[\p{L}-]+ ){1,3}?(?:at|in|for)\b[^.!?\n]*/iu,
  new RegExp(`\\bI(?:${APOS}ve| have) (?:been )?(?:working|worked|spent|studying|studied)\\b[^.!?\\n]*`, 'i'),
  /\bI (?:recently )?(?:graduated|finished|completed)\b[^.!?\n]*/i,
  new RegExp(`\\b(?:now|currently|also) (?:a|an) (?:[\\w.'’&-]{1,40}\\s+){0,3}?${ROLE_NOUN}\\b[^.!?\\n]*`, 'i'),
  // "As a nurse, I…" — not "you work at Stripe as a data scientist", which says who *they* are.
  new RegExp(`(?<!\\b(?:you|your|he|she|they|works?|worked)\\b[^.!?\\n]{0,40})\\bAs an? (?:[\\w.'’&-]{1,40}\\s+){0,4}${ROLE_NOUN}\\b[^.!?\\n]*`, 'i'),
  new RegExp(`\\bI(?:${APOS}m| am)\\s+(?:the\\s+|now\\s+|currently\\s+)?(?:[\\w.'’&-]{1,40}\\s+){0,3}?${ROLE_NOUN}\\b[^.!?\\n]*`, 'i'),
  // "Fellow UT alum and junior data analyst here": the short note's way of saying who one is.
  new RegExp(`(?:^|[,.!?]\\s*|\\b(?:and|a|an)\\s+)(?!(?:is|are|was|were|who|where|whose|why|how|when|what)\\b)(?:[\\w.'’&/-]{1,40}\\s+){0,5}?${ROLE_NOUN} here\\b[^.!?\\n]*`, 'i'),
  // "I'm Sam Rivera, a ..." / "This is Sam": a capitalised name right after the verb.
  new RegExp(`\\b(?:I${APOS}m|I am|This is) (?!Interested|Hoping|Writing|Reaching|Looking|Available|Free|Excited|Curious|Grateful|Happy|Glad|Sure)[A-Z][a-z]+\\b[^.!?\\n]*`),
];

function introducesSelf(text: string): CheckResult {
  const hit = findFirst(text, INTRO_PATTERNS);
  if (hit) return pass('You say who you are.', [sentenceEvidence(text, hit)]);
  return fail(
    'The message never says who you are.',
    "Add one sentence on who you are, e.g. \"I'm a third-year graduate student at State U exploring careers in sustainability.\"",
  );
}

// ---------------------------------------------------------------------------------------------
// outreach.connection

const CONNECTION_PATTERNS: readonly RegExp[] = [
  /\b(?:referred|recommended|suggested|told me to|encouraged me to)\b[^.!?\n]{0,60}\b(?:you|your|reach out|contact|get in touch|write|connect|speak|talk)\b/i,
  /\b(?:you were|you've been|you have been) (?:recommended|suggested|mentioned)\b/i,
  /\b(?:gave|passed (?:along|on)|shared|sent) (?:me )?your (?:name|contact|email|details|info)/i,
  /\bat (?:the )?suggestion of\b/i,
  /\b(?:mutual|our) (?:friend|colleague|contact|connection|acquaintance)\b/i,
  /\b[A-Z][a-z]+\b[^.!?\n]{0,40}\b(?:mentioned|said|told me|thought|thinks|pointed me)\b[^.!?\n]{0,20}\byou(?:r|['’]d)?\b/,
  /\bfellow\b(?:\s+[\w.'’&-]+){0,3}?\s+(?:alum\w*|graduate|grad|member|student|volunteer)s?\b/i,
  /\b(?:both|also)\s+(?:an?\s+)?(?:alum\w*|graduates?|members?|attended|studied|went to|graduated|worked|work|volunteer(?:ed)?|belong)\b/i,
  /\byou (?:also )?(?:attended|graduated from|studied at|went to)\b/i,
  /\byour (?:recent |latest |new )?(?:talk|panel|keynote|presentation|session|webinar|article|post|blog post|blog|podcast|book|paper|episode|interview|piece|essay|op-ed|column|newsletter|video|thread|feature|profile in|lecture|workshop|guest lecture)\b[^.!?\n]{0,60}/i,
  /\bwe (?:both |briefly )?(?:met|spoke|talked|chatted|connected|worked together|studied together|were)\b[^.!?\n]{0,60}/i,
  /\b(?:heard|saw|watched|attended|enjoyed|read|listened to) (?:you|your|ur)\b[^.!?\n]{0,40}\b(?:speak|talk|present|panel|keynote|presentation|session|webinar|article|post|blog|podcast|interview|book|paper|episode|piece|essay|op-ed|column|newsletter|video|thread|feature|lecture|workshop)\b/i,
  /\b(?:found|came across|saw|see|noticed|read|discovered)\b[^.!?\n]{0,30}\b(?:you|your)\b[^.!?\n]{0,50}\b(?:linkedin|profile|website|site|directory|alumni network|article|post|page)\b/i,
  /\b(?:found|came across)\b[^.!?\n]{0,20}\b(?:you|your)\b[^.!?\n]{0,30}\b(?:through|via|on|in)\b/i,
  // A shared school, employer or group, however it is put.
  /\blike you\b,?\s+(?:I\b|I['’]m\b|a\b|an\b|also\b|my\b|we\b)/i,
  /(?<!\b(?:could|would|can|should|shall|may|might|will)\s)\bwe\s+(?:both|each|also)\b/i,
  /\b(?:both|each) (?:of us )?(?:did|earned|got|took|went|came|studied|worked|spent|started|majored|came up)\b/i,
  /\b(?:the )?same (?:high school|school|university|college|program(?:me)?|department|lab|company|team|firm|employer|organi[sz]ation|group|club|chapter|association|society|bootcamp|cohort|class|conference|meetup|community|alma mater|hometown)\b/i,
  /\b(?:our|my) (?:shared|common) (?:alma mater|school|university|employer|background|connection)\b|\balma mater\b/i,
  /\b(?:former|old) (?:colleague|coworker|co-worker|teammate|classmate)s?\b|\b(?:overlapped|were colleagues|were classmates|worked together)\b/i,
  /\b[Ff]ellow\s+(?:[\p{Lu}][\p{L}.'’&-]*\s*){1,4}/u,
  /\b(?:I(?:['’]m| am) )?(?:also|too) (?:a |an )?(?:member|alum\w*|graduate|part) of\b/i,
  /\b(?:I|we) (?:also|too) (?:studied|went|worked|graduated|attended|volunteer(?:ed)?|interned|belong)\b/i,
  /\b(?:graduated|studied|worked|interned) (?:at|from) [^.!?\n]{1,40}\b(?:too|as well)\b/i,
  // A referral by name, however it is put.
  /\b(?:put me in touch|introduced (?:us|me to you)|connected (?:us|me with you)|pointed me (?:to|toward|towards|your way))\b/i,
  /\b(?:got|have|received|was given) your (?:name|email|contact|details|info)\b/i,
  /\b[A-Z][\p{L}'’-]+\b[^.!?\n]{0,40}\b(?:suggested|recommended|encouraged me)\b/u,
  // Someone the writer knows, however it is written (also all in lowercase): "my advisor prof. kim said you'd…", "my friend works with you".
  /\bmy (?:\w+ )?(?:advisor|adviser|professor|prof|teacher|mentor|manager|boss|supervisor|friend|colleague|coworker|co-worker|classmate|roommate|cousin|uncle|aunt|sister|brother|neighbou?r|coach)\b(?:[^.!?\n]|\b(?:prof|dr|mr|ms|mrs)\.){0,40}\b(?:said|says|told me|thought|thinks|mentioned)\b[^.!?\n]{0,20}\byou/i,
  /\b(?:works?|worked|working) (?:with|alongside|under) you\b|\b(?:knows|knew) you (?:from|through|at)\b/i,
];

const NAME_WORD = /\b[A-Z][\p{L}'’-]+\b/gu;
const NAME_STOP = new Set(['I', 'I’m', "I'm", 'We', 'The', 'My', 'Our', 'A', 'An', 'He', 'She', 'They', 'At', 'In', 'On', 'Through']);

function connection(text: string, ctx: CheckContext): CheckResult {
  const hit = findFirst(text, CONNECTION_PATTERNS);
  if (hit) return pass('You say how you are connected.', [sentenceEvidence(text, hit)]);
  // The context names the connection (e.g. "Maria Lopez referred me"): a name from it in the text counts.
  const known = ctx.connection?.trim();
  if (known) {
    for (const m of known.matchAll(NAME_WORD)) {
      if (NAME_STOP.has(m[0])) continue;
      const [named] = findAll(text, new RegExp(`\\b${m[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
      if (named) return pass('You mention your connection.', [sentenceEvidence(text, named)]);
    }
    return fail(
      'Your connection is not in the message.',
      `Say it early, in one line: "${known}".`,
    );
  }
  return fail(
    'The message does not say how you are connected or how you found them.',
    'Name who referred you or what you share (same school, same organization, a talk of theirs), e.g. "Maria Lopez suggested I reach out."',
  );
}

// ---------------------------------------------------------------------------------------------
// outreach.specific-purpose

const PURPOSE_TRIGGER =
  /\b(?:learn|hear|know|understand|ask you|ask|find out|talk|chat|speak|questions?|curious|pick your brain|interested in (?:learning|hearing|exploring|knowing|understanding)|advice|insights?|perspective)\b(?::[ \t]*(?:\n[ \t]*(?:[-•*–]|\d+[.)])?)?)?(?:\s+(?:a|a bit|a little|some|more|much|few|your|you|with you|to you))*\s+(?:about|on|into|how|what|whether|why|regarding|of)\b/gi;
/** "I want to see what sports rehab is like": seeing how or what is learning too. */
const SEE_TRIGGER = /\bsee(?= (?:what|how|why|whether)\b)/gi;

/** Words that say nothing about what the writer wants to learn. */
const GENERIC = new Set(
  (
    'a an the and or but of to in on at for with from by as is are be been it its this that these those you your yours ' +
    'me my i we our us they them their he she his her what how why whether which who when where do does did doing ' +
    'work job jobs career careers company companies field fields experience experiences things thing stuff more bit ' +
    'little some any all role roles opportunity opportunities day life time background path paths journey story ' +
    'about into would could like love get have has had can will just also really very so if then than there here ' +
    'hearing learning knowing understanding talking chatting speaking asking ' +
    'chat talk speak learn hear know ask meet connect discuss share help hope want great interested happy glad keen excited ' +
    'currently now today general generally overall kind sort type lot lots much many ' +
    'industry industries sector sectors space business world area areas market everything anything something ' +
    'thoughts thought ideas idea advice insight insights perspective perspectives brain brains sometime maybe possibly'
  ).split(' '),
);

function purposeSpecifics(phrase: string): string[] {
  return words(phrase)
    .map((w) => w.value.toLowerCase().replace(/(?<![.’'])[.’']+$/, ''))
    .filter((w) => w.length >= 2 && !GENERIC.has(w));
}

/** Phrases followed directly by the topic: "exploring health informatics". */
const TOPIC_TRIGGER =
  /\b(?:about (?=how|what|why|whether|your\b)|your (?:career )?(?:path|journey|move|transition|switch|pivot|route) (?=from\b|into\b|to\b)|exploring|interested (?:in|by)|curious about|passionate about|thinking (?:about|of)|looking into|considering (?:a )?(?:move|career|transition|switch) (?:into|to)|(?:a )?(?:move|switch|transition|pivot|jump) (?:into|to)|(?:moving|transitioning|breaking|getting|switching|pivoting) into|(?:move|transition|break|get|switch|pivot) into)\b/gi;

/**
 * Asks that name no topic, however long the sentence around them: wanting to "pick your brain",
 * hear "what you do", "learn more about you", brainstorm, catch up, or just connect.
 */
export const VAGUE_PURPOSE: readonly RegExp[] = [
  /\bpick(?:ing)? (?:your|his|her|their) brains?\b/i,
  /\bbrainstorm(?:ing)?\b/i,
  /\bcatch(?:ing)? up\b/i,
  /\btouch(?:ing)? base\b/i,
  /\b(?:hear|learn|know|understand|find out|talk|chat)\b(?: (?:a bit|a little|some|more))*(?: about)? what you do\b(?!\s+(?:to|when|if|in your first|differently)\b)/i,
  /\b(?:learn|hear|know|find out)\b(?: (?:a bit|a little|some|much))* more about you\b(?! (?:moving|made|got|switched|transitioned))(?:rself)?(?: and (?:your|what you do)(?: work| background| career| company| job)?)?(?=[\s,.!?]|$)/i,
  /\bget(?:ting)? to know you\b/i,
  /\b(?:(?:love|like|hope|hoping|want|wanted|glad|happy) to|let['’]s) (?:connect|network)\b(?! (?:on|about|over) (?!linkedin)\w)/i,
  /\b(?:hear|get|learn) your (?:thoughts|insights?|advice|perspective)\b(?=[\s,.!?]*$|[.!?])/i,
  /\b(?:(?:learn|hear|talk|chat|know) (?:more )?about|discuss) (?:the|your) (?:industry|field|sector|business|space|company|work|job)\b(?=\s*(?:[.!?,]|and\b|$))/i,
];

function specificPurpose(text: string, ctx: CheckContext): CheckResult {
  const vagueAsks = findAffirmed(text, VAGUE_PURPOSE);
  const inVagueSentence = (hit: Evidence) => vagueAsks.some((v) => sentenceEvidence(text, v).start === sentenceEvidence(text, hit).start);
  let vague: Evidence | undefined = vagueAsks[0] && sentenceEvidence(text, vagueAsks[0]);
  const triggers = [...findAll(text, PURPOSE_TRIGGER), ...findAll(text, SEE_TRIGGER), ...findAll(text, TOPIC_TRIGGER)].sort((a, b) => a.start - b.start);
  for (const trigger of triggers) {
    // A list's heading ("Things I'd love to learn:") reads on into its first item, the sentence where the trigger ends.
    const sentence = sentenceEvidence(text, { ...trigger, start: trigger.end - 1 });
    // What follows the trigger, to the end of its sentence (at most ~16 words, read from a bounded window).
    const rest = text.slice(trigger.end, Math.min(sentence.end, trigger.end + 200)).split(/\s+/).slice(0, 16).join(' ');
    const specifics = purposeSpecifics(rest);
    const fromContext = [ctx.recipientRole, ctx.organization].some(
      (c) => c && purposeSpecifics(c).some((w) => rest.toLowerCase().includes(w)),
    );
    // "Pick your brain about X" still asks for a brain to pick: the sentence does not count.
    if ((specifics.length > 0 || fromContext) && !inVagueSentence(trigger)) {
      return pass('You say what you want to learn.', [evidence(text, trigger.start, sentence.end)]);
    }
    vague ??= evidence(text, trigger.start, sentence.end);
  }
  if (vague) {
    return fail(
      'You ask to talk, but not about what: a busy person cannot tell what they would be agreeing to.',
      'Name the topic, e.g. "how you moved from research into product management" or "what the first year in nonprofit fundraising looks like".',
      [vague],
    );
  }
  return fail(
    'The message does not say what you want to learn.',
    'Add one sentence on what you hope to learn, e.g. "I\'d love to learn how you got into UX research and what your week looks like."',
  );
}

/**
 * The topic a purpose sentence names, without the asking around it:
 * "I'd love to pick your brain about how you moved into UX research." → "how you moved into UX research".
 */
/** Where a topic's phrase ends: punctuation, or a new clause ("and what…", "because…"). */
const TOPIC_END = /[,;:.!?()\[\]"“”]|\s(?:and (?:what|how|why|whether|if|I|to|would|maybe|learn|hear|get|pick|brainstorm|catch|connect)|because|since|so that|so I|as I|if you|which|when I|while I|but)\b/i;

/**
 * What follows the lead of a purpose ("about X", "learn how X"), to the end of the text: the capture
 * of `/\b(?:about|on|into|regarding|interested in(?! …))\s+(.+)$|\b(?:learn|…|wondering)(?::\s*(?:[-•*–]\s*)?|\s+)((?:how|what|why|whether|which)\b.+)$/i`,
 * read in one pass: the `.+$` after a lead holds when no line break is left after where it starts,
 * so each lead is decided by where the text's last line break is (the pattern ran to the end of the
 * text from every lead, and backtracked over the spaces before it).
 */
const TOPIC_LEAD =
  /\b(?:about|on|into|regarding|interested in(?! (?:learning|hearing|exploring|knowing|understanding|talking|speaking|chatting)\b))(\s+)|\b(?:learn|hear|understand|know|find out|ask you|ask|curious|wondering)(?::\s*(?:[-•*–]\s*)?|\s+)(?=(how|what|why|whether|which)\b)/gi;
const isLineBreak = (ch: string | undefined) => ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
export function topicAfterLead(text: string): string | undefined {
  const n = text.length;
  let lastBreak = n - 1;
  while (lastBreak >= 0 && !isLineBreak(text[lastBreak])) lastBreak--;
  TOPIC_LEAD.lastIndex = 0;
  for (let m = TOPIC_LEAD.exec(text); m; m = TOPIC_LEAD.exec(text)) {
    const end = m.index + m[0].length;
    if (m[1] !== undefined) {
      // `\s+(.+)$`: the whole run of spaces, then the rest; or, spaces to the very end, the last one.
      if (end < n) {
        if (lastBreak < end) return text.slice(end);
      } else if (m[1].length >= 2 && !isLineBreak(text[n - 1])) return text[n - 1];
    } else if (lastBreak < end && n - end > m[2]!.length) return text.slice(end);
    TOPIC_LEAD.lastIndex = m.index + 1;
  }
  return undefined;
}

export function purposeTopic(sentence: string): string | undefined {
  const whole = topicAfterLead(sentence.slice(0, 300));
  const end = whole === undefined ? undefined : TOPIC_END.exec(whole);
  const raw = (end && whole ? whole.slice(0, end.index) : whole)?.trim();
  if (!raw || purposeSpecifics(raw.split(/\s+/).slice(0, 16).join(' ')).length === 0) return undefined;
  return raw;
}

// ---------------------------------------------------------------------------------------------
// outreach.time-ask

const NUMBER_WORDS: Record<string, number> = {
  five: 5, ten: 10, fifteen: 15, twenty: 20, 'twenty-five': 25, thirty: 30, 'forty-five': 45, forty: 40, sixty: 60, ninety: 90,
};

/** Durations written in the text, in minutes, with their spans. */
const NUMBER_WORD = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');
const MENTIONS_TIME = /min|hour/i;
const MINUTES = new RegExp(
  `\\b(\\d{1,3}|${NUMBER_WORD})(?:\\s*(?:-|–|to|or)\\s*(\\d{1,3}|${NUMBER_WORD}))?[\\s-]*(?:minutes?|mins?)\\b`,
  'gi',
);

export function findDurations(text: string): Array<{ minutes: number; evidence: Evidence }> {
  // Every duration names minutes or hours: most sentences (all of a "? ? ?" flood) have neither.
  if (!MENTIONS_TIME.test(text)) return [];
  const found: Array<{ minutes: number; evidence: Evidence }> = [];
  const minutePattern = MINUTES;
  const toMinutes = (s: string | undefined) => (s === undefined ? 0 : (NUMBER_WORDS[s.toLowerCase()] ?? Number(s)));
  for (const m of text.matchAll(minutePattern)) {
    found.push({ minutes: Math.max(toMinutes(m[1]), toMinutes(m[2])), evidence: evidence(text, m.index, m.index + m[0].length) });
  }
  for (const m of text.matchAll(/\b(?:half an hour|half-hour|half hour)\b/gi)) {
    found.push({ minutes: 30, evidence: evidence(text, m.index, m.index + m[0].length) });
  }
  for (const m of text.matchAll(/\bquarter of an hour\b/gi)) {
    found.push({ minutes: 15, evidence: evidence(text, m.index, m.index + m[0].length) });
  }
  for (const m of text.matchAll(/\b(an|one|1|two|2|a couple of|a few)[\s-]+hours?(?:[\s-]long)?\b|\bhour[\s-]long\b/gi)) {
    const n = m[1]?.toLowerCase();
    const hours = n === 'two' || n === '2' || n === 'a couple of' ? 2 : n === 'a few' ? 3 : 1;
    found.push({ minutes: 60 * hours, evidence: evidence(text, m.index, m.index + m[0].length) });
  }
  // "half an hour" also reads as "an hour": keep the first, longest reading of any stretch of text.
  found.sort((a, b) => a.evidence.start - b.evidence.start || b.evidence.end - a.evidence.end);
  return found.filter((d, i) => i === 0 || d.evidence.start >= found[i - 1]!.evidence.end);
}

const VAGUE_TIME =
  /\b(?:a few|a couple of|some|a little of your|a bit of your|a moment of your|a few moments of your|a minute of your)\s+(?:minutes|moments|time)\b|\bsome of your time\b|\b(?:pick your brain|quick (?:chat|call|coffee|question))\b/i;

const SHORT_TALK = /\b(?:a|one)\s+(?:short|brief)\s+(?:(?:phone|video|zoom|google meet|coffee)\s+)?(?:call|conversation|chat|talk)\b/i;

function timeAsk(text: string, ctx: CheckContext): CheckResult {
  const durations = findDurations(text);
  const short = durations.find((d) => d.minutes > 0 && d.minutes <= MAX_ASK_MINUTES);
  if (short) return pass(`You ask for ${short.minutes} minutes.`, [short.evidence]);
  const long = durations.find((d) => d.minutes > MAX_ASK_MINUTES);
  const minutes = ctx.minutesRequested && ctx.minutesRequested <= MAX_ASK_MINUTES ? ctx.minutesRequested : 20;
  if (long) {
    return fail(
      `You ask for ${long.minutes} minutes; an informational interview is 15–30.`,
      `Ask for ${minutes} minutes; if the talk runs long, let them choose to go on.`,
      [long.evidence],
    );
  }
  // "a short call", "a brief conversation": the guide's "explicit request for a short conversation" (G000). It passes, and
  // the message still suggests minutes; the coach's fresh draft asks this way when the writer named no amount.
  const shortTalk = findFirst(text, [SHORT_TALK]);
  if (shortTalk) return pass(`You ask for a short conversation; naming minutes (e.g. "a ${minutes}-minute call") makes it easier still.`, [shortTalk]);
  const vague = findFirst(text, [VAGUE_TIME]);
  return fail(
    vague ? 'You ask for time, but not how much.' : 'The message does not ask for a specific amount of time.',
    `Ask for a specific, short amount, e.g. "a ${minutes}-minute call".`,
    vague ? [vague] : undefined,
  );
}

// ---------------------------------------------------------------------------------------------
// outreach.proposes-times

const CONCRETE_TIME_PATTERNS: readonly RegExp[] = [
  /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b(?:[^.!?\n]{0,40}?\b(?:morning|afternoon|evening|after|before|between|from|at)\b[^.!?\n]{0,25})?/i,
  /\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?:\s*(?:EST|EDT|PST|PDT|CST|CDT|MST|MDT|ET|PT|CT|GMT|UTC|BST|CET))?(?=\W|$)/i,
  /\b\d{1,2}:\d{2}\b/,
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? \d{1,2}(?:st|nd|rd|th)?\b/i,
  /\b\d{1,2}\/\d{1,2}\b/,
  /\b(?:noon|midday|lunchtime|mornings|afternoons|evenings|weekdays?|weeknights?|weekends?)\b/i,
  /\b(?:any|most|a weekday|a weeknight) (?:morning|afternoon|evening)\b/i,
  /\b(?:after|before|around|between|from) \d{1,2}(?::\d{2})?\b(?!\s*(?:minutes?|mins?|years?|people|%))/i,
];

const FLEXIBILITY_PATTERNS: readonly RegExp[] = [
  /\b(?:happy|glad|willing|able) to (?:work around|fit (?:into|around)|accommodate|adjust|adapt|be flexible|find a time)\b[^.!?\n]*/i,
  /\b(?:whatever|whenever|any ?time|a time)\b[^.!?\n]{0,30}\b(?:works|suits|is convenient|is easiest|fits)\b[^.!?\n]*/i,
  // "At your convenience" leaves the choice with them; "at your earliest convenience" only hurries them.
  /\bat your convenience\b/i,
  /\b(?:I (?:can|could|will)|I['’]ll|we can)\s+(?:easily\s+|always\s+)?(?:work around|fit (?:into|around)|accommodate|adjust to|adapt to|be flexible)\b[^.!?\n]*/i,
  /\bmy schedule is (?:flexible|open)\b/i,
  /\bflexib(?:le|ility)\b[^.!?\n]*/i,
];

const LEAVES_SCHEDULING =
  /\b(?:let me know|tell me|send me|share) (?:when|what time|a time|some times|your availability)\b|\bwhen(?:ever)? (?:you(?:['’]re| are) free|you have (?:time|a moment))\b/i;

function proposesTimes(text: string): CheckResult {
  const concrete = findEvery(text, CONCRETE_TIME_PATTERNS);
  if (concrete.length > 0) return pass('You propose concrete times.', concrete);
  const flexible = findFirst(text, FLEXIBILITY_PATTERNS);
  if (flexible) {
    return pass('You offer to fit their schedule (two concrete times would make it easier still).', [flexible]);
  }
  // "Let me know when you're free" is what hands them the scheduling: point at it.
  const handOff = findFirst(text, [LEAVES_SCHEDULING]);
  return fail(
    'The message leaves all the scheduling to them.',
    'Propose two or three concrete times and say you can work around their schedule, e.g. "I\'m free Tuesday or Wednesday after 2 p.m., and happy to fit your calendar."',
    handOff ? [sentenceEvidence(text, handOff)] : undefined,
  );
}

// ---------------------------------------------------------------------------------------------
// outreach.easy-format

const FORMAT_PATTERNS: readonly RegExp[] = [
  /\b(?:phone|telephone|video|zoom|teams|google meet|meet call|skype|facetime|webex)\b(?:\s+(?:call|chat|conversation|meeting))?/i,
  /\b(?:a|quick|short|brief|\d+[\s-]*min(?:ute)?s?)[\s-]+call\b/i,
  /\b(?:call you|give you a call|send (?:you )?a (?:calendar invite|zoom link|meeting link)|send an invite)\b/i,
  /\b(?:coffee|tea|lunch)\b/i,
  /\b(?:at|in|near|close to|by|around) your (?:office|work|workplace|campus|building|restaurant|shop|store|studio|clinic|café|cafe|bakery|gallery|school)\b/i,
  /\b(?:come to you|meet you wherever|wherever is (?:easiest|convenient)|whatever format)\b/i,
];

function easyFormat(text: string): CheckResult {
  const hit = findFirst(text, FORMAT_PATTERNS);
  if (hit) return pass('You suggest an easy way to talk.', [hit]);
  return fail(
    'The message does not say how you would talk.',
    'Make it easy: offer a phone or video call, or to meet near their office, e.g. "a 20-minute phone or Zoom call".',
  );
}

// ---------------------------------------------------------------------------------------------
// outreach.brief

/** The evidence of a long message is where it goes over, not all of it: at most this many words past the limit. */
const OVER_QUOTE_WORDS = 25;

/**
 * Where a message goes over the limit: from `from` (the first word or character past it) to the end
 * of that sentence, at most {@link OVER_QUOTE_WORDS} words, ending on a whole word. A 20,000-character
 * draft is pointed at, not quoted back whole.
 */
function overTheLimit(text: string, from: number): Evidence {
  const start = from + (text.slice(from).length - text.slice(from).trimStart().length);
  const sentence = sentenceAt(text, start);
  const sentenceEnd = sentence && sentence.end > start ? sentence.end : start;
  // Only the words a quote can hold are read (the rest of a long paste is never scanned).
  const ahead = words(text.slice(start, start + OVER_QUOTE_WORDS * 40)).slice(0, OVER_QUOTE_WORDS);
  const wordsEnd = start + (ahead.at(-1)?.end ?? 0);
  return evidence(text, start, Math.max(Math.min(sentenceEnd, wordsEnd), start + (ahead[0]?.end ?? 0)));
}

function brief(text: string, ctx: CheckContext): CheckResult {
  if (ctx.channel === 'linkedin') {
    const length = [...text.trim()].length;
    const trimmedStart = text.length - text.trimStart().length;
    if (length <= LINKEDIN_NOTE_LIMIT) {
      return pass(`${length} of ${LINKEDIN_NOTE_LIMIT} characters: fits a LinkedIn connection note.`);
    }
    // The first character past the limit (counted in code points, as the limit is), moved back to its word's start.
    let past = trimmedStart + [...text.slice(trimmedStart, trimmedStart + 4 * LINKEDIN_NOTE_LIMIT)].slice(0, LINKEDIN_NOTE_LIMIT).join('').length;
    while (past > trimmedStart && /\S/.test(text.charAt(past - 1)) && /\S/.test(text.charAt(past))) past--;
    const over = [overTheLimit(text, past)];
    if (length <= LINKEDIN_PREMIUM_NOTE_LIMIT) {
      return fail(
        `${length} characters, ${length - LINKEDIN_NOTE_LIMIT} over the ${LINKEDIN_NOTE_LIMIT}-character note of a free LinkedIn account (fits Premium's ${LINKEDIN_PREMIUM_NOTE_LIMIT}).`,
        `Trim to ${LINKEDIN_NOTE_LIMIT} characters unless you have Premium: keep who you are, the connection and the ask.`,
        over,
      );
    }
    return fail(
      `${length} characters, ${length - LINKEDIN_NOTE_LIMIT} over what a LinkedIn connection note holds: ${LINKEDIN_NOTE_LIMIT} (${LINKEDIN_PREMIUM_NOTE_LIMIT} with Premium).`,
      'Cut to who you are, how you are connected and the ask; the rest can wait for the conversation.',
      over,
    );
  }
  const total = countWords(text);
  if (total <= EMAIL_WORD_LIMIT) return pass(`${total} words: short enough to read at a glance.`);
  const first = words(text)[EMAIL_WORD_LIMIT]!;
  return fail(
    `${total} words, ${total - EMAIL_WORD_LIMIT} over the ${EMAIL_WORD_LIMIT} a busy person reads in one go.`,
    'Cut background and detail: who you are, the connection, what you want to learn, the ask, the times.',
    [overTheLimit(text, first.start)],
  );
}

// ---------------------------------------------------------------------------------------------
// outreach.no-attachments

// `\b` is ASCII-only in JS regexes: "résumé\b" never matches, so the end is spelled out.
const DOCUMENT = '(?:cv|c\\.v\\.|resume|résumé|bio|biography|portfolio|cover letter|transcript|writing sample)(?![A-Za-zÀ-ɏ])';
const ATTACHMENT_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\b(?:attached|attaching|attach|enclosed|enclosing|included|including|see attached|please find)\\b[^.!?\\n]{0,40}\\b${DOCUMENT}[^.!?\\n]*`, 'i'),
  new RegExp(`\\b${DOCUMENT}[^.!?\\n]{0,40}\\b(?:attached|enclosed|below|included|linked|pasted|copied|at the (?:bottom|end)|here:)[^.!?\\n]*`, 'i'),
  new RegExp(`\\b${DOCUMENT}[^.\\n]{0,25}(?:https?://|www\\.)\\S+`, 'i'),
  new RegExp(`\\b(?:below|beneath|underneath|here)\\b[^.!?\\n]{0,20}\\b(?:is|are|find|you${APOS}ll find|I${APOS}ve (?:pasted|included|added|copied))\\b[^.!?\\n]{0,20}\\bmy (?:full |updated |current )?${DOCUMENT}[^.!?\\n]*`, 'i'),
  /^[ \t]*(?:EDUCATION|EXPERIENCE|WORK EXPERIENCE|PROFESSIONAL EXPERIENCE|SKILLS|PUBLICATIONS|CERTIFICATIONS|Education:|Experience:|Skills:)[ \t]*$/m,
];
const CV_LINE = /^.*\b(?:19|20)\d{2}\s*[-–—]\s*(?:(?:19|20)\d{2}|present|current|now)\b.*$/gim;

function noAttachments(text: string): CheckResult {
  // "No résumé attached", "I haven't attached my CV": saying so is not attaching.
  const found = sentencesOf(text, findAffirmed(text, ATTACHMENT_PATTERNS));
  const cvLines = findAll(text, CV_LINE);
  if (cvLines.length >= 2) found.push(...cvLines);
  if (found.length > 0) {
    return fail(
      'The message attaches or pastes your CV/résumé.',
      'Leave the CV out; you can share your background in the conversation, or later if they ask.',
      found.sort((a, b) => a.start - b.start),
    );
  }
  return pass('No CV or résumé attached.');
}

// ---------------------------------------------------------------------------------------------
// outreach.no-job-ask

const JOB_WORD = '(?:jobs?|positions?|roles?|openings?|vacanc(?:y|ies)|internships?|employment|work)';
const THEIR_PLACE = '(?:your|the|their) (?:team|company|firm|organi[sz]ation|group|department|lab|office|agency|studio|practice|startup|shop)';
const JOB_ASK_PATTERNS: readonly RegExp[] = [
  /\b(?:are you|is (?:your|the) (?:team|company|organization|group|department|lab|firm)|is \w+) (?:currently |still )?hiring\b[^.!?\n]*/i,
  /\b(?:(?:your|the) (?:team|company|organi[sz]ation|group|department|lab|firm|office)|you|they|you['’]re|they['’]re) (?:(?:is|are|were|might be) )?(?:currently |still |now )?hiring\b[^.!?\n]*/i,
  /\b(?:any|open|current|upcoming|available|future) (?:job |internship |full-time |part-time |entry-level |junior )?(?:openings|positions|vacancies|roles|job opportunities|job postings)\b[^.!?\n]*/i,
  /\b(?:job|internship|employment) opportunit(?:y|ies)\b[^.!?\n]*/i,
  /\b(?:refer me|referring me|a referral|an internal referral|your referral)\b[^.!?\n]*/i,
  /\b(?:consider me|keep me in mind|think of me|keep my name (?:on file|in mind)|remember me (?:if|when|for|should|whenever)|have me in mind)\b[^.!?\n]*/i,
  // The same ask put more softly: "bear me in mind", "keep me on your radar", "being kept in mind for openings".
  /\b(?:bear me in mind|keep me on (?:your|the) radar|(?:being|be) kept in mind|put me on (?:your|the) radar|keep me (?:posted|in the loop|updated) (?:on|about|if|when|for) (?:any |future |new |open )*(?:openings?|roles?|positions?|jobs?|vacancies|opportunit(?:y|ies)|hiring))\b[^.!?\n]*/i,
  /\bput in a (?:good )?word\b[^.!?\n]*/i,
  /\b(?:pass|forward|send|share|give) (?:along |on )?my (?:name|resume|résumé|cv|application|profile|details)(?: along| on)?\b[^.!?\n]*/i,
  /\b(?:hire me|hiring me|get hired|be hired|help me (?:get|find|land) (?:a |an )?(?:job|position|role|internship|interview))\b[^.!?\n]*/i,
  /\b(?:looking for|seeking|searching for|hunting for) (?:a |an )?(?:new |full-time |entry-level )?(?:job|position|role|internship|employment|work)\b[^.!?\n]*/i,
  /\b(?:applied|applying|apply|application) (?:for|to)\b[^.!?\n]{0,60}\b(?:position|role|job|opening|internship|posting)\b[^.!?\n]*/i,
  new RegExp(`\\b(?:applied|applying|apply) (?:to|at|for) ${THEIR_PLACE}\\b[^.!?\\n]*`, 'i'),
  /\bget my foot in the door\b[^.!?\n]*/i,
  /\bheadcount\b[^.!?\n]*/i,
  /\b(?:has|have|posted|advertised|saw|noticed|seen) (?:an?|the|your) (?:opening|vacancy|job posting|job listing|job ad|open role|open position|posting)\b[^.!?\n]*/i,
  /\b(?:any|open) (?:reqs|requisitions|spots|seats)\b[^.!?\n]*/i,
  // Indirect: a job search to help with, a team to join, something to be remembered for.
  /\b(?:help|support|assist|advice)\b[^.!?\n]{0,25}\b(?:job|career) (?:search|hunt|hunting)\b[^.!?\n]*/i,
  /\bjob[- ]hunt(?:ing)?\b[^.!?\n]*/i,
  new RegExp(`\\b(?:openings?|vacanc(?:y|ies)|open (?:roles?|positions?|reqs?))\\b (?:in|on|at|for|with|within)\\b[^.!?\\n]*`, 'i'),
  new RegExp(`\\b(?:do|does|would|will) (?:you|your (?:team|company)|they|it) (?:have|need|expect) (?:any|an?|some)? ?(?:\\w+ )?${JOB_WORD}(?![-\\w]| models?\\b)[^.!?\\n]*`, 'i'),
  /\bif (?:anything|something) (?:ever |should )?(?:opens? up|becomes? available)\b[^.!?\n]*/i,
  /\bif an? (?:\w+ )?(?:position|role|opening|spot|job|vacancy|opportunity) (?:ever |should )?(?:opens?|comes?|becomes?|pops?|frees?) ?(?:up|available)?\b[^.!?\n]*/i,
  /\bshould (?:anything|something|an? (?:\w+ )?(?:position|role|opening|spot|job)) (?:open|come) up\b[^.!?\n]*/i,
  new RegExp(`\\bjoin(?:ing)? ${THEIR_PLACE}\\b[^.!?\\n]*`, 'i'),
  new RegExp(`\\b(?:want|wanting|hope|hoping|love|like|eager|keen|dream|goal|aim|plan|planning|trying|chance|thrilled|excited|happy|glad|honou?red|wait) (?:\\w+ ){0,3}?to (?:join|be part of|become part of|work (?:for|at|on|with)) (?:${THEIR_PLACE}|you)\\b[^.!?\\n]*`, 'i'),
  /\b(?:want|hope|hoping|love|like|eager|keen|dream|goal|aim|plan|planning|trying) (?:\w+ ){0,3}?to (?:get (?:a job|hired|in (?:the door|there|at \p{Lu}))|land (?:a|an) (?:job|role|position|offer)|work (?:there|at \p{Lu}))\b[^.!?\n]*/iu,
  /\bhiring managers?\b[^.!?\n]*/i,
  // "I want to work at Goldman Sachs": a named employer, capitalised (case-sensitive: "work at a startup" is an interest).
  /\b(?:[Ww]ant|[Hh]ope|[Hh]oping|[Dd]ream|[Gg]oal|[Pp]lan|[Pp]lanning|[Tt]rying|[Ww]ould love|[Ww]ould like|['’]d love|['’]d like) (?:\w+ ){0,3}?to (?:work|intern|be employed) (?:at|for|with) (?!(?:a|an|the|my|some|one)\b)\p{Lu}[\p{L}&'’.-]*\b[^.!?\n]*/u,
  new RegExp(`\\b(?:I${APOS}d (?:like|love)|I would (?:like|love)|I want|I${APOS}m (?:hoping|looking) for|I hope to (?:get|find)) (?:a|an) (?:\\w+ )?(?:job|position|role|internship|spot|opening) (?:at|with|in|on|for) (?:${THEIR_PLACE}|you)\\b[^.!?\\n]*`, 'i'),
  /\b(?:introduce|connect|forward|refer) me (?:to|with) (?:the |a |your )?(?:recruiter|recruiting team|talent team|HR)\b[^.!?\n]*/i,
  /\bask(?:ing)? (?:you )?(?:about|for) (?:a |an |any )?(?:job|jobs|openings|positions|vacancies|a position|a role|roles|employment|a referral|an interview)\b[^.!?\n]*/i,
  /\b(?:interview|interviewing) (?:me|for (?:a|an|the) (?:job|position|role|opening))\b[^.!?\n]*/i,
  new RegExp(`\\b(?:how|what|where|ways?) I (?:could|can|might|would) (?:contribute to|add value to|bring to|help|fit (?:in|into|on)|fit) ${THEIR_PLACE}[^.!?\\n]*`, 'i'),
  new RegExp(`\\b(?:a|my) (?:good )?fit (?:for|on|with|at) ${THEIR_PLACE}[^.!?\\n]*`, 'i'),
  // Readers' leftovers (rounds 2–3): "actively seeking new opportunities", "if you know of anything opening up",
  // "I'd be a great fit for a partner track role", "I'd really like to work in the office".
  /\b(?:seeking|looking for|searching for|open to) (?:new |job |career |full-time |exciting )?opportunit(?:y|ies)\b[^.!?\n]*/i,
  /\b(?:anything|something) opening up\b[^.!?\n]*|\b(?:a spot|a role|a position|positions|roles|jobs) (?:opening|opens|coming|comes) up\b[^.!?\n]*/i,
  /\b(?:great|good|perfect|strong|excellent|ideal) fit for (?:a|an|the|your)\b[^.!?\n]*/i,
  /\bwork in (?:your|the) (?:office|kitchen|shop|lab|studio|clinic|department)\b[^.!?\n]*/i,
];

function noJobAsk(text: string): CheckResult {
  // "I'm not asking about openings" says the opposite of a job ask.
  const found = sentencesOf(text, findAffirmed(text, JOB_ASK_PATTERNS));
  if (found.length > 0) {
    return fail(
      'The message asks for a job, a referral or an opening: that turns it into a job request.',
      'Ask to learn instead, e.g. "I\'d love to hear how people usually move into this work." If they know of something, they will say so.',
      found,
    );
  }
  return pass('No job or referral ask.');
}

// ---------------------------------------------------------------------------------------------
// outreach.no-extra-labour

/** The writer's own documents: what reviewing, editing or commenting on is extra work. */
const MY_WORK = `my (?:[\\w-]+ ){0,3}?(?:${DOCUMENT}|(?:writing|essays?|application|linkedin(?: profile)?|drafts?|personal statement|statement of purpose|(?:philosophy|teaching|research|diversity) statement|thesis|dissertation|papers?|manuscript|article|code|website|pitch(?: deck)?|deck|proposal|business plan|profile|materials|work)\\b)`;
const LABOUR_PATTERNS: readonly RegExp[] = [
  // Their eyes on the writer's documents: "look over my resume", "proofread my statement", "your edits on my draft".
  new RegExp(`\\b(?:review(?:ing)?|look(?:ing)? over|look(?:ing)? at|take a (?:quick )?look at|glance (?:at|over)|critique|proofread(?:ing)?|edit(?:ing)?|check(?:ing)? over|read(?:ing)? over|mark(?:ing)? up|give (?:me )?(?:some )?(?:feedback|notes|comments|pointers|input) on|(?:feedback|notes|comments|edits|input|thoughts|eyes|a second pair of eyes) on)\\b[^.!?\\n]{0,30}\\b${MY_WORK}[^.!?\\n]*`, 'i'),
  /\b(?:give|giving|offer|offering) me (?:some |your |a bit of )?(?:feedback|notes|comments|edits|critique)\b[^.!?\n]*/i,
  // Introductions made for the writer.
  /\b(?:introduce|introducing|connect|connecting) me (?:to|with)\b[^.!?\n]*|\bput(?:ting)? me in touch with\b[^.!?\n]*|\bmake (?:an |a few |some )?introductions?\b[^.!?\n]*/i,
  // Postings passed along: "if you see any openings, send them my way".
  /\b(?:postings?|listings?|openings?|leads?|vacancies|opportunities|roles?|jobs?)\b[^.!?\n]{0,60}\b(?:send|pass|forward|share|point)\b[^.!?\n]{0,20}\b(?:my way|to me|(?:them|it|those|these|anything|any) along)\b[^.!?\n]*/i,
  /\b(?:send|pass|forward|share|point)\b[^.!?\n]{0,40}?(?:\b(?:my way|to me)\b[^.!?\n]{0,40}\b(?:postings?|listings?|openings?|leads?|vacancies|opportunities|roles?|jobs?)\b|\b(?:postings?|listings?|openings?|leads?|vacancies|opportunities|roles?|jobs?)\b[^.!?\n]{0,20}\b(?:my way|to me|(?:them|it|those|these|anything|any) along)\b)[^.!?\n]*/i,
  /\b(?:send|forward|share) me (?:any )?(?:job )?(?:postings|listings|openings|leads)\b[^.!?\n]*/i,
  /\b(?:be(?:ing)? my mentor|(?:a|my) mentor to me|mentor(?:ing)? me)\b[^.!?\n]*/i,
  // Their time on the writer's work or file: "check out my reel", "a letter of rec", "observation hours".
  /\b(?:(?:check out|listen to) my (?:reel|demo|beats|mixes|music)|letter of rec|observation hours|accepts? observers)\b[^.!?\n]*/i,
  // One conversation, not a standing commitment.
  /\b(?:monthly|weekly|bi-?weekly|fortnightly|quarterly|recurring|standing|regular|ongoing)\b[^.!?\n]{0,20}\b(?:meetings?|calls?|chats?|check-ins?|coffees?|catch-ups?|sessions?|syncs?)\b[^.!?\n]*/i,
  /\b(?:meet|talk|chat|call|check in|catch up)\b[^.!?\n]{0,20}\b(?:every (?:week|month|other week|few weeks)|once a (?:week|month)|each (?:week|month)|regularly|on a regular basis)\b[^.!?\n]*/i,
];

function noExtraLabour(text: string): CheckResult {
  const found = sentencesOf(text, findAffirmed(text, LABOUR_PATTERNS));
  if (found.length > 0) {
    return fail(
      'The message asks them for more than one conversation (reviewing your documents, sending postings, mentoring, regular meetings).',
      'Ask only for the conversation; if they offer more, accept then.',
      found,
    );
  }
  return pass('No extra work asked of them.');
}

// ---------------------------------------------------------------------------------------------
// outreach.no-credentials-dump

const CREDENTIAL_PATTERNS: readonly RegExp[] = [
  /\b(?:B\.?A|B\.?Sc?|M\.?Sc?|M\.?A|MBA|Ph\.?D|J\.?D|M\.?D|M\.?Eng|B\.?Eng|CPA|PMP|CFA)\b\.?|\bcharterholder\b/,
  // "ex-McKinsey, ex-Google": each former employer named as a badge.
  /\bex-\p{Lu}[\p{L}&]+/u,
  /\b(?:bachelor|master|doctorate|doctoral degree|associate degree)(?:['’]s)?\b/i,
  /\bGPA\b[^.!?\n]{0,12}/,
  /\b(?:summa|magna)? ?cum laude\b|\bdean['’]s list\b|\bvaledictorian\b|\bwith (?:high )?honou?rs\b/i,
  /\b\d+\+?\s+years? of (?:professional |industry |relevant |hands-on )?(?:experience|work)\b/i,
  /\b(?:awards?|awarded|award-winning|scholarships?|certified|certifications?|published|publications|patents?)\b/i,
  // An achievement with a figure: each one its own item ("managed 40 engineers, increased revenue by 35%").
  /\b(?:led|managed|grew|increased|decreased|reduced|cut|launched|built|delivered|spearheaded|oversaw|drove|generated|raised|saved|trained|mentored|supervised|hired|closed|secured|doubled|tripled)\b[^.,;!?\n]{0,50}?(?:\d+%|\$\s?\d[\d,.]*\s?(?:[kKmMbB]\b|million|billion|thousand)?|\b\d[\d,.]*\s?(?:million |thousand |k |m )?(?:people|engineers|developers|staff|employees|projects|clients|customers|accounts|team members|reports|products|users|volunteers|students|members|events|interns|hires|patients|children|families|stores|branches))/i,
  // Each item alone, no trailing words: "voted best teacher and promoted twice" is two items, not one.
  /\b(?:named|voted|ranked|recognized as|recognised as) (?:the |a |an )?(?:top|best|employee|\w+ of the (?:year|month))(?: [\w-]+)?|\btop (?:performer|seller|salesperson|producer)\b|\bemployee of the (?:month|year)\b/i,
  /\bpromoted (?:twice|three times|\w+ times|(?:\w+ )?(?:years? )?early|to [\w-]+(?: [\w-]+)?)/i,
  /\b(?:spoke|spoken|presented|keynoted|speaking) at (?:\w+ ){0,3}?(?:conferences?|summits?|symposi(?:a|um)|TEDx?|events?)\b/i,
  /\b(?:proficient|fluent|expert|skilled|experienced) (?:in|with)\b[^.!?\n]{0,40}/i,
  // Offices held, internships, titles won: the résumé in a short note.
  /\b(?:president|vice[- ]president|VP|treasurer|secretary|chair(?:person|woman|man)?|captain|co-?founder|founder|head|editor[- ]in[- ]chief|director) of (?:the |our |my )?[\p{L}&'’ -]{2,40}?(?=[,.;:!?()]| and\b| at\b| in\b| for\b|$)/iu,
  /\b(?:interned|internships?|interning) (?:at|with|for)\b[^.,;!?\n]{0,40}/i,
  /\b(?:won(?!['’])|winner of|finalist (?:in|of|at)|recipient of|named (?:a|an|to))\b[^.,;!?\n]{0,40}/i,
  /\b(?:hackathon|competition|fellowship|olympiad|championship)s?\b/i,
];
/** How many credentials make a list: three in an email, two in a short note (a LinkedIn note or under 60 words). */
const CREDENTIALS_LIMIT = 3;
const SHORT_NOTE_CREDENTIALS_LIMIT = 2;
const SHORT_NOTE_WORDS = 60;

/** Each credential or accomplishment named in `text`. */
export function credentialsIn(text: string): Evidence[] {
  return findEvery(text, CREDENTIAL_PATTERNS);
}

function noCredentialsDump(text: string, ctx: CheckContext): CheckResult {
  const found = credentialsIn(text);
  // The same credential said twice is one credential.
  const distinct = new Set(found.map((f) => f.quote.toLowerCase())).size;
  const short = ctx.channel === 'linkedin' || countWords(text) < SHORT_NOTE_WORDS;
  if (distinct >= (short ? SHORT_NOTE_CREDENTIALS_LIMIT : CREDENTIALS_LIMIT)) {
    return fail(
      `The message lists ${distinct} credentials or accomplishments: it reads like an application.`,
      'Keep one line of background; the details can come up in the conversation.',
      found,
    );
  }
  return pass(found.length === 0 ? 'No list of credentials.' : 'Background kept short.', found);
}

// ---------------------------------------------------------------------------------------------
// outreach.gracious

const THANKS = /\b(?:thank(?:s| you)|thankful|appreciate|grateful|gratitude|many thanks|thx|thnx)\b[^.!?\n]*/i;
const ROOM_PATTERNS: readonly RegExp[] = [
  new RegExp(`\\bif (?:you have|you${APOS}re|you are|you${APOS}d|you would|you can|you happen|it${APOS}s|it is|that${APOS}s|now|this|your schedule|time)\\b[^.!?\\n]{0,50}\\b(?:time|available|open|possible|convenient|interested|busy|works|bandwidth|willing|able|room|free|allows|permits|not)\\b[^.!?\\n]*`, 'i'),
  /\b(?:either way|regardless|whatever you decide|no worries|no pressure|no obligation|totally understand|completely understand|fully understand|I understand if|understand if|no problem if|perfectly fine if|if not,|if you can(?:no|')t)\b[^.!?\n]*/i,
  /\b(?:someone else|anyone else|a colleague|another person|other people|someone on your team)\b[^.!?\n]*/i,
];
/** Pressure that leaves no room for a no: deadlines, presumed meetings, repeated chasing. */
const PRESSURE_PATTERNS: readonly RegExp[] = [
  /\b(?:please )?(?:reply|respond|answer|get back to me|confirm)\b[^.!?\n]{0,20}\b(?:by|before|within|no later than) (?:the end of|end of|(?:this|next) \w+|mon|tue|wed|thu|fri|sat|sun|tomorrow|tonight|today|noon|eod|\d)[^.!?\n]*/i,
  /\bI (?:expect|need|require) (?:to hear|a (?:reply|response|answer)|you to|an answer)\b[^.!?\n]*/i,
  new RegExp(`\\bI(?:${APOS}ll| will) (?:keep )?(?:follow(?:ing)? up|call|email|message|write|check in|ping you)\\b[^.!?\\n]{0,30}\\b(?:until|every|if I don${APOS}t hear|each)\\b[^.!?\\n]*`, 'i'),
  new RegExp(`\\bI(?:${APOS}m| am) sure you(?:${APOS}ll| will) (?:agree|say yes|make time|find the time)\\b[^.!?\\n]*`, 'i'),
  /\bI(?:['’]ve| have) (?:already )?(?:booked|scheduled|blocked|reserved|put (?:a|an|it|time|us|something) (?:on|in) your)\b[^.!?\n]*/i,
  /\b(?:I(?:['’]ll| will) (?:see you|expect you)|see you) (?:then|(?:on|at) (?:mon|tue|wed|thu|fri|sat|sun|noon|\d))[^.!?\n]*/i,
  /\byou (?:owe|have to|must|need to) (?:me|meet|reply|respond|answer|talk)\b[^.!?\n]*/i,
  // The writer's own deadline made theirs: "I need to decide on an offer by Friday", "I have to choose before Monday".
  /\bI (?:need|have|must|am going|['’]m going) to (?:decide|choose|know|hear|sign|accept|answer|respond|make (?:a|my|the) (?:decision|choice))\b[^.!?\n]{0,40}\b(?:by|before|until|no later than) (?:the end of |end of )?(?:this \w+|next \w+|mon|tue|wed|thu|fri|sat|sun|tomorrow|tonight|today|noon|eod|\d)[^.!?\n]*/i,
];

/**
 * Words that take the yes for granted: thanking "in advance" for the help, signing off "talk soon"
 * (thanks in advance for *considering* it presumes nothing). Harmless
 * beside a way out ("thanks in advance, and no pressure"), presumptuous on their own.
 */
const PRESUMES_PATTERNS: readonly RegExp[] = [
  /\b(?:thank(?:s| you)|appreciate (?:it|this|that|your help|the help)|grateful)\b[^.!?\n]{0,30}\b(?:in advance|ahead of time|beforehand)\b(?! for (?:considering|thinking|reading|your consideration|taking the time to read))[^.!?\n]*/i,
  /\b(?:talk|speak|chat|see you|catch you) soon\b[^.!?\n]*/i,
  /\blooking forward to (?:our|the|your|this) (?:call|chat|meeting|conversation|talk|coffee)\b[^.!?\n]*/i,
];

/** Where the message thanks them, where it leaves room to decline, where it presses or presumes (any may be missing). */
export function graciousParts(text: string): { thanks?: Evidence | undefined; room?: Evidence | undefined; pressure: Evidence[]; presumes: Evidence[] } {
  return {
    thanks: findFirst(text, [THANKS]),
    room: findFirst(text, ROOM_PATTERNS),
    pressure: findAffirmed(text, PRESSURE_PATTERNS),
    presumes: findAffirmed(text, PRESUMES_PATTERNS),
  };
}

/**
 * The guides ask for gratitude and for taking a no gracefully. A plain closing thanks does the
 * first; the second is broken by pressure (a deadline, a meeting already booked), not by the lack
 * of a "no worries if not" sentence, which is welcome but not required.
 */
function gracious(text: string): CheckResult {
  const { thanks, room, pressure, presumes } = graciousParts(text);
  if (pressure.length > 0) {
    return fail(
      'The message presses for a yes (a deadline, a meeting taken for granted): they owe you nothing.',
      'Drop the pressure and leave the choice with them, e.g. "If now isn\'t a good time, I understand."',
      sentencesOf(text, pressure),
    );
  }
  if (!thanks) {
    return fail(
      'The message never thanks them.',
      'Thank them for considering it: they would be doing you a favour, e.g. "Thank you for considering this."',
    );
  }
  if (presumes.length > 0 && !room) {
    return fail(
      'The message thanks them as if they had already said yes ("thanks in advance", "talk soon").',
      'Thank them for considering it, and leave the choice with them, e.g. "Thank you for considering this; I understand if now isn\'t a good time."',
      sentencesOf(text, presumes),
    );
  }
  const found = [thanks, ...(room ? [room] : [])].sort((a, b) => a.start - b.start);
  return pass(room ? 'You thank them and leave room to say no.' : 'You thank them.', found);
}

// ---------------------------------------------------------------------------------------------
// outreach.plans-ahead

const LAST_MINUTE =
  /\b(?:today|tonight|tomorrow|this afternoon|this evening|this weekend|this week|later today|in the next (?:hour|couple of hours|few hours)|asap|as soon as possible|urgent(?:ly)?|right away|immediately)\b|\bthis (?:coming )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/** "Are you around in 20 minutes?": a meeting within the hour. "Could we cover it in 20 minutes?" is a length, not a time. */
const WITHIN_THE_HOUR =
  /\b(?:around|free|available|ready|call (?:me|you)|ring (?:me|you)|hop on|jump on|talk|chat|meet|speak)\b[^.!?\n]{0,25}\bin (?:the next )?(?:\d+|a few|a couple of|an|one|two|five|ten|fifteen|twenty|thirty|half an) (?:minutes?|mins?|hours?)\b(?! or (?:less|under|fewer)| tops\b| max\b| at most\b| of your time\b)/i;
/** "I hope this finds you well today": a pleasantry's "today" asks for nothing. */
const WELL_WISHING = /\b(?:hope|hoping|trust)\b[^.!?\n]{0,50}\b(?:well|great|good|fine|nicely|smoothly|finds you)\b/i;
const ASKS_FOR_TIME = /\b(?:talk|call|meet|chat|speak|coffee|zoom|free|available|around|connect|phone|lunch|reply|respond|work for you)\b/i;
/** "I read your interview today, and…": a clause reporting what the writer did asks for no time. */
const PAST_REPORT = /\b(?:I|we) (?:just |only )?(?:read|saw|heard|watched|listened to|came across|found|noticed|met|spoke|talked|started|finished|learned)\b/i;
const CLAUSE_EDGE = /[,;:]|\s(?:and|but|so)\s/g;

/** The clause of `sentence` around `offset`. */
function clauseAround(sentence: string, offset: number): string {
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_EDGE)) {
    if (m.index < offset) start = m.index + m[0].length;
    else if (m.index >= offset) {
      end = m.index;
      break;
    }
  }
  return sentence.slice(start, end);
}

function plansAhead(text: string): CheckResult {
  const found = [...findAll(text, LAST_MINUTE), ...findAll(text, WITHIN_THE_HOUR)]
    .filter((hit) => {
      const s = sentenceEvidence(text, hit);
      const clause = clauseAround(s.quote, hit.start - s.start);
      if (PAST_REPORT.test(clause) && !ASKS_FOR_TIME.test(clause)) return false;
      return !(WELL_WISHING.test(s.quote) && !ASKS_FOR_TIME.test(s.quote));
    })
    .sort((a, b) => a.start - b.start);
  if (found.length > 0) {
    return fail(
      'The message asks for a last-minute meeting.',
      'Ask for a time in the next few weeks: calendars fill up well ahead.',
      found,
    );
  }
  return pass('No last-minute request.');
}

// ---------------------------------------------------------------------------------------------

export const outreachRules: Rule[] = [
  {
    id: 'outreach.introduces-self',
    appliesTo: 'outreach',
    kind: 'does',
    severity: 'medium',
    title: 'Says who you are',
    text: 'Introduce yourself in a sentence: who you are and where you are in your career.',
    sources: [
      { guide: G001, quote: 'Introduce yourself and your purpose in reaching out' },
      { guide: G002, quote: 'Explain briefly how you got the name of your potential career advisor, who you are' },
    ],
    check: introducesSelf,
  },
  {
    id: 'outreach.connection',
    appliesTo: 'outreach',
    kind: 'does',
    severity: 'high',
    title: 'Says how you are connected',
    text: 'Say how you are connected to them, who referred you, or how you found them.',
    sources: [
      { guide: G000, quote: 'Indicate how you are connected' },
      { guide: G001, quote: 'mention who referred you (or share how you found the person)' },
      { guide: G002, quote: 'Explain briefly how you got the name' },
    ],
    check: connection,
  },
  {
    id: 'outreach.specific-purpose',
    appliesTo: 'outreach',
    kind: 'does',
    severity: 'high',
    title: 'Says what you want to learn',
    text: 'Say specifically what you want to learn from them.',
    sources: [
      { guide: G003, quote: 'be specific about what you’re trying to learn from the interview' },
      { guide: G002, quote: 'what you want to learn from the interview' },
      { guide: G004, quote: 'get specific on why and what you’d like to learn' },
    ],
    check: specificPurpose,
  },
  {
    id: 'outreach.time-ask',
    appliesTo: 'outreach',
    kind: 'does',
    severity: 'high',
    title: 'Asks for a specific, short time',
    text: `Ask for a specific, short amount of time (15–${MAX_ASK_MINUTES} minutes).`,
    sources: [
      { guide: G001, quote: 'Ask for a specific amount of time (e.g., 20 minutes)' },
      { guide: G000, quote: 'make an explicit request for a short conversation' },
    ],
    check: timeAsk,
  },
  {
    id: 'outreach.proposes-times',
    appliesTo: 'outreach',
    kind: 'does',
    severity: 'medium',
    title: 'Proposes times',
    text: 'Propose a few concrete times, while leaving flexibility for their schedule.',
    sources: [
      { guide: G001, quote: 'Propose a few specific times rather than expecting the person you reach out to take responsibility' },
      { guide: G000, quote: 'providing some possible times while also leaving plenty of flexibility' },
    ],
    check: proposesTimes,
  },
  {
    id: 'outreach.easy-format',
    appliesTo: 'outreach',
    kind: 'does',
    severity: 'medium',
    title: 'Makes it easy to say yes',
    text: 'Make it easy: offer a phone or video call, or to meet near their office.',
    sources: [
      { guide: G001, quote: 'Make it easy – suggest talking on the phone or Zoom, or offer to meet close to their office' },
      { guide: G003, quote: 'you need to make it as easy as possible for them to meet with you' },
    ],
    check: easyFormat,
  },
  {
    id: 'outreach.brief',
    appliesTo: 'outreach',
    kind: 'avoids',
    severity: 'medium',
    title: 'Short',
    text: `Keep it brief: at most ${EMAIL_WORD_LIMIT} words in an email, ${LINKEDIN_NOTE_LIMIT} characters in a LinkedIn connection note (${LINKEDIN_PREMIUM_NOTE_LIMIT} with Premium).`,
    sources: [
      { guide: G000, quote: 'Make your ask specific and brief.' },
      { guide: G002, quote: 'Explain briefly' },
    ],
    check: brief,
  },
  {
    id: 'outreach.no-attachments',
    appliesTo: 'outreach',
    kind: 'avoids',
    capsScoreAt: JOB_OR_CV_SCORE_CAP,
    severity: 'high',
    title: 'No CV attached',
    text: 'Do not attach or paste your CV, résumé or bio.',
    sources: [
      { guide: G000, quote: 'Do not attach your bio or CV' },
      { guide: G002, quote: 'Don’t leave a copy of your resume unless you’re invited to.' },
    ],
    check: noAttachments,
  },
  {
    id: 'outreach.no-job-ask',
    appliesTo: 'outreach',
    kind: 'avoids',
    capsScoreAt: JOB_OR_CV_SCORE_CAP,
    severity: 'high',
    title: 'No job ask',
    text: 'Do not ask for a job, an opening or a referral: ask for information.',
    sources: [
      { guide: G004, quote: 'You should not try to get a job under the guise of an informational interview.' },
      { guide: G003, quote: 'an informational interview is expressly NOT a job interview' },
      { guide: G001, quote: 'Informational interviews are not about obtaining a job' },
    ],
    check: noJobAsk,
  },
  {
    id: 'outreach.no-extra-labour',
    appliesTo: 'outreach',
    kind: 'avoids',
    severity: 'medium',
    title: 'No extra work asked',
    text: 'Ask only for the conversation: not for CV reviews, feedback on your writing, job postings, mentoring or regular meetings.',
    sources: [
      { guide: G000, quote: 'you should not ask people who make time to meet with you to do additional labor' },
    ],
    check: noExtraLabour,
  },
  {
    id: 'outreach.no-credentials-dump',
    appliesTo: 'outreach',
    kind: 'avoids',
    severity: 'medium',
    title: 'No list of credentials',
    text: 'Do not list your education, work history or accomplishments; one line of background is enough.',
    sources: [
      { guide: G000, quote: 'go into extensive detail about your work, education or accomplishments' },
    ],
    check: noCredentialsDump,
  },
  {
    id: 'outreach.gracious',
    appliesTo: 'outreach',
    kind: 'does',
    severity: 'medium',
    title: 'Thanks them, no pressure',
    text: 'Thank them, and leave them free to say no: no deadlines, no meeting taken for granted.',
    sources: [
      { guide: G001, quote: 'Prepare to hear “no,” and don’t take it personally.' },
      { guide: G004, quote: 'If they are unable to give you their time, respect that too.' },
      { guide: G003, quote: 'they’re doing YOU a favor' },
    ],
    check: gracious,
  },
  {
    id: 'outreach.plans-ahead',
    appliesTo: 'outreach',
    kind: 'avoids',
    severity: 'low',
    title: 'Not last-minute',
    text: 'Ask weeks ahead, not for today or tomorrow.',
    sources: [
      { guide: G004, quote: 'don’t make last-minute requests' },
    ],
    check: plansAhead,
  },
];

export const OUTREACH_RULE_IDS = outreachRules.map((r) => r.id);

/** Counts words the way the `outreach.brief` rule does (shown beside the editor). */
export { countWords };
/** Sentences, for the offline rewrite. */
export { sentences };
