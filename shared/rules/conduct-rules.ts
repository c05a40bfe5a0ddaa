import { findBackground } from '../language/turns.ts';
import {
  type Detector,
  findEntrySalary,
  findCredentials,
  findExtraLabour,
  findFollowUps,
  findJobAsk,
  findPersonalSalary,
  findProfileQuestion,
  findQuestions,
  findReferralAsk,
  findThanks,
  findTimeAwareness,
  sharedContentWords,
} from '../practice/signals.ts';
import { type ParsedTurn, parseTranscript, speakingMinutes } from '../practice/transcript.ts';
import type { CheckContext, CheckResult, Evidence, Rule } from './rule.ts';
import { sentenceEvidence } from './text.ts';
import { failed, G000, G001, G002, G003, G004, passed } from './verdicts.ts';

/**
 * The conduct rules: how the user behaves in the conversation itself. Each checker reads a
 * transcript rendered by `renderTranscript` (shared/practice/transcript.ts) and quotes the user's
 * own words as evidence: what satisfied the rule, what broke it, or, when something is missing,
 * the turn where it should have been. `context.minutesRequested` is the time the user asked for.
 */


/** The guides' ceiling on the opening background: "no more than three-minute". */
export const MAX_INTRO_MINUTES = 3;
/** Credentials in one introduction that make it a list: one is context, three are a CV read aloud. */
export const MAX_INTRO_CREDENTIALS = 2;
/** Prepared questions a conversation should show at least. */
export const MIN_PREPARED_QUESTIONS = 3;
/** Minutes past the budget that still count as on time (the last sentence of a goodbye). */
export const TIME_GRACE_MINUTES = 1;


function userTurns(text: string): ParsedTurn[] {
  return parseTranscript(text).filter((turn) => turn.role === 'user');
}

/** The sentences of one turn holding the detector's hits, as spans of the transcript: quotes a user can recognise. */
function hitsIn(turn: ParsedTurn, detect: Detector): Evidence[] {
  const seen = new Set<number>();
  const out: Evidence[] = [];
  for (const hit of detect(turn.content)) {
    const sentence = sentenceEvidence(turn.content, hit);
    if (seen.has(sentence.start)) continue;
    seen.add(sentence.start);
    out.push({ start: sentence.start + turn.start, end: sentence.end + turn.start, quote: sentence.quote });
  }
  return out;
}

function hitsInAll(turns: readonly ParsedTurn[], detect: Detector): Evidence[] {
  return turns.flatMap((turn) => hitsIn(turn, detect));
}

/** The whole turn as evidence: what the user said where something was missing. */
function wholeTurn(turn: ParsedTurn | undefined): Evidence[] {
  return turn ? [{ start: turn.start, end: turn.end, quote: turn.content }] : [];
}

/** For rules that forbid something: when nothing broke them, the user's questions show what they asked instead. */
function cleanQuestions(turns: readonly ParsedTurn[], detect: Detector): Evidence[] {
  // The first two only: checked question by question, stopping there (a transcript may hold thousands).
  const out: Evidence[] = [];
  for (const turn of turns) {
    for (const q of hitsIn(turn, findQuestions)) {
      if (detect(q.quote).length === 0) out.push(q);
      if (out.length === 2) return out;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

function openingThanks(text: string): CheckResult {
  const opening = userTurns(text).slice(0, 2);
  if (opening.length === 0) return failed('You have not said anything yet.', 'Open by thanking them for making time to talk.');
  const thanks = hitsInAll(opening, findThanks);
  if (thanks.length > 0) return passed('You opened by thanking them for their time.', thanks.slice(0, 1));
  return failed(
    'You did not thank them at the start.',
    'Open with one line of thanks before anything else, e.g. "Thank you for making time to talk with me today."',
    wholeTurn(opening[0]),
  );
}

function briefIntro(text: string): CheckResult {
  const turns = userTurns(text);
  // The introduction is what the user says before (and in) their first question turn.
  const firstQuestion = turns.findIndex((turn) => findQuestions(turn.content).length > 0);
  const opening = turns.slice(0, firstQuestion < 0 ? Math.min(turns.length, 2) : Math.min(firstQuestion + 1, 3));
  // The rules' self-introduction patterns, or the turns model where it is sure (shared/language/turns.ts).
  const intro = hitsInAll(opening, findBackground);
  if (intro.length === 0) {
    return failed(
      'You did not say who you are or why you are interested in the field.',
      'After the thanks, give a short background: where you are now, how you have explored the field, and what you hope to learn — under three minutes.',
      wholeTurn(opening[0]),
    );
  }
  const introTurns = opening.filter((turn) => findBackground(turn.content).length > 0);
  const minutes = introTurns.reduce((sum, turn) => sum + speakingMinutes(turn.content), 0);
  if (minutes > MAX_INTRO_MINUTES) {
    return failed(
      `Your background took about ${Math.round(minutes)} minutes to say; keep it under ${MAX_INTRO_MINUTES}.`,
      'Cut the background to a few sentences: who you are, one way you have explored the field, what you want to learn. Save details for when they ask.',
      introTurns.flatMap((turn) => wholeTurn(turn)),
    );
  }
  // Counted hit by hit: "a 3.9 GPA, the dean's list and an award" is one sentence but three credentials.
  const credentialCount = introTurns.reduce((sum, turn) => sum + findCredentials(turn.content).length, 0);
  const credentials = hitsInAll(introTurns, findCredentials);
  if (credentialCount > MAX_INTRO_CREDENTIALS) {
    return failed(
      'Your background turned into a list of credentials.',
      'Be humble: say where you are now and how you have explored the field; leave grades, awards and titles for when they ask.',
      credentials,
    );
  }
  return passed('You introduced yourself briefly.', intro.slice(0, 1));
}

function preparedQuestions(text: string): CheckResult {
  const questions = hitsInAll(userTurns(text), findQuestions);
  const seen = new Set<string>();
  const distinct = questions.filter((q) => !seen.has(q.quote.toLowerCase()) && seen.add(q.quote.toLowerCase()));
  if (distinct.length >= MIN_PREPARED_QUESTIONS) {
    return passed(`You asked ${distinct.length} questions.`, distinct.slice(0, 3));
  }
  return failed(
    distinct.length === 0 ? 'You did not ask any questions.' : `You asked only ${distinct.length} question${distinct.length === 1 ? '' : 's'}.`,
    'Come with a handful of prepared questions tailored to this person: their typical week, what they enjoy and find hard, the skills that matter, how people get started.',
    distinct,
  );
}

function followUpQuestions(text: string): CheckResult {
  const turns = parseTranscript(text);
  const found: Evidence[] = [];
  for (const turn of turns) {
    if (turn.role !== 'user' || turn.index === 0) continue;
    const previous = turns[turn.index - 1];
    if (previous?.role !== 'professional') continue;
    for (const hit of findFollowUps(previous.content, turn.content)) found.push({ start: hit.start + turn.start, end: hit.end + turn.start, quote: hit.quote });
  }
  if (found.length > 0) return passed('You followed up on what they said.', found.slice(0, 2));
  return failed(
    'You never followed up on an answer: each question started a new topic.',
    'When an answer interests you, ask about it before moving on, e.g. "You mentioned recruiting participants is hard — how do you handle that?"',
    hitsInAll(userTurns(text), findQuestions).slice(0, 2),
  );
}

function noJobAsk(text: string): CheckResult {
  const turns = userTurns(text);
  const asks = hitsInAll(turns, findJobAsk);
  if (asks.length > 0) {
    return failed(
      'You asked about a job or a referral for one.',
      'Keep the conversation to information: ask how people get started or what makes someone competitive, never for an opening or to be put forward.',
      asks,
    );
  }
  return passed('You did not ask for a job: your questions stayed on information.', cleanQuestions(turns, findJobAsk));
}

function noPersonalSalary(text: string): CheckResult {
  const turns = userTurns(text);
  const asks = hitsInAll(turns, findPersonalSalary);
  if (asks.length > 0) {
    return failed(
      'You asked what they earn.',
      'Ask about the field instead: "Can you help me understand the salary range someone entering this field might expect?"',
      asks,
    );
  }
  const entry = hitsInAll(turns, findEntrySalary);
  if (entry.length > 0) return passed('You asked about pay the right way: the range for people entering the field.', entry.slice(0, 1));
  return passed('You did not ask about their personal pay.', cleanQuestions(turns, findPersonalSalary));
}

function noProfileQuestions(text: string): CheckResult {
  const turns = userTurns(text);
  const asks = hitsInAll(turns, findProfileQuestion);
  if (asks.length > 0) {
    return failed(
      'You asked something their LinkedIn profile already answers.',
      'Read their profile beforehand and ask what it cannot tell you, e.g. "What did you enjoy most about your work at your last organization, and what was hard?"',
      asks,
    );
  }
  return passed('You did not ask what their profile already says.', cleanQuestions(turns, findProfileQuestion));
}

function noExtraLabour(text: string): CheckResult {
  const turns = userTurns(text);
  const asks = hitsInAll(turns, findExtraLabour);
  if (asks.length > 0) {
    return failed(
      'You asked them for work beyond the conversation.',
      'Ask only for the conversation. If they offer to review something or send you leads, accept gladly — but let them be the one to offer.',
      asks,
    );
  }
  return passed('You did not ask them for extra work or time.', cleanQuestions(turns, findExtraLabour));
}

function asksReferrals(text: string): CheckResult {
  const turns = userTurns(text);
  const asks = hitsInAll(turns, findReferralAsk);
  if (asks.length > 0) return passed('You asked who else to talk to.', asks.slice(0, 1));
  return failed(
    'You did not ask who else you should talk to.',
    'As the conversation winds down, ask "Who else do you think I should talk to?" — it is how one conversation becomes several.',
    wholeTurn(turns.at(-1)),
  );
}

function respectsTime(text: string, context: CheckContext): CheckResult {
  const turns = userTurns(text);
  const aware = hitsInAll(turns, findTimeAwareness);
  const budget = context.minutesRequested;
  if (budget === undefined) return passed('No time was agreed, so there was nothing to overrun.', aware.slice(0, 1));
  const over = turns.find((turn) => turn.elapsedMinutes > budget + TIME_GRACE_MINUTES);
  if (over) {
    return failed(
      `The conversation ran past the ${budget} minutes you asked for.`,
      'Keep an eye on the clock: a few minutes before the end, say you want to respect their time, ask your last question, and thank them.',
      [...aware.slice(0, 1), ...wholeTurn(over)],
    );
  }
  return passed(
    aware.length > 0 ? 'You kept to the time and said so.' : `You kept within the ${budget} minutes you asked for.`,
    aware.length > 0 ? aware.slice(0, 1) : wholeTurn(turns.at(-1)),
  );
}

function closingThanks(text: string): CheckResult {
  const turns = userTurns(text);
  if (turns.length < 2) {
    return failed('The conversation has not closed yet.', 'End by thanking them for their time and advice.', wholeTurn(turns.at(-1)));
  }
  const thanks = hitsInAll(turns.slice(-2), findThanks);
  if (thanks.length > 0) return passed('You thanked them at the end.', thanks.slice(-1));
  return failed(
    'You did not thank them at the end.',
    'Close with thanks that names something they gave you, e.g. "Thank you — the advice about volunteering for one program is really helpful."',
    wholeTurn(turns.at(-1)),
  );
}

export const conductRules: readonly Rule[] = [
  {
    id: 'conduct.opening-thanks',
    appliesTo: 'conduct',
    severity: 'medium',
    title: 'Opening thanks',
    text: 'Open by thanking them for making time to talk.',
    sources: [{ guide: G000, quote: 'Open the conversation by thanking the person you’ve contacted for making time to talk' }],
    check: openingThanks,
  },
  {
    id: 'conduct.brief-intro',
    appliesTo: 'conduct',
    severity: 'medium',
    title: 'Brief background',
    text: 'Give a brief background and your interest in the field: under three minutes, no list of credentials.',
    sources: [
      { guide: G000, quote: 'providing a brief -- no more than three-minute -- overview of your background and interest in the field' },
      { guide: G000, quote: 'be humble and avoid the temptation to veer into listing your credentials' },
    ],
    check: briefIntro,
  },
  {
    id: 'conduct.prepared-questions',
    appliesTo: 'conduct',
    severity: 'high',
    title: 'Prepared questions',
    text: 'Drive the conversation with questions you prepared for this person.',
    sources: [
      { guide: G000, quote: 'move into the questions you’ve prepared in advance' },
      { guide: G004, quote: 'Bring an agenda to the meeting and expect to drive the conversation.' },
    ],
    check: preparedQuestions,
  },
  {
    id: 'conduct.follow-up-questions',
    appliesTo: 'conduct',
    severity: 'medium',
    title: 'Follow-up questions',
    text: 'Follow up on their answers instead of only reading down your list.',
    sources: [
      { guide: G001, quote: 'the answers you hear may prompt follow-up questions that you didn’t prepare in advance' },
      { guide: G001, quote: 'the goal is a conversation, not a tightly scripted Q&A' },
    ],
    check: followUpQuestions,
  },
  {
    id: 'conduct.no-job-ask',
    appliesTo: 'conduct',
    severity: 'high',
    title: 'No job ask',
    text: 'Do not ask for a job, an opening or to be referred for one.',
    sources: [
      { guide: G004, quote: 'You should not try to get a job under the guise of an informational interview.' },
      { guide: G001, quote: 'Informational interviews are not about obtaining a job' },
      { guide: G003, quote: 'an informational interview is expressly NOT a job interview' },
    ],
    check: noJobAsk,
  },
  {
    id: 'conduct.no-personal-salary',
    appliesTo: 'conduct',
    severity: 'high',
    title: 'No personal salary',
    text: 'Do not ask what they earn; ask the salary range for someone entering the field.',
    sources: [{ guide: G000, quote: 'I recommend avoiding asking someone about their personal salary or salary range' }],
    check: noPersonalSalary,
  },
  {
    id: 'conduct.no-profile-questions',
    appliesTo: 'conduct',
    severity: 'medium',
    title: 'No profile questions',
    text: 'Do not ask what their LinkedIn profile or website already answers.',
    sources: [
      { guide: G000, quote: 'Avoid questions that are readily answerable by reading your interviewee’s LinkedIn profile, website or CV.' },
      { guide: G004, quote: 'ensure that the information the person will share will be useful and isn’t readily available elsewhere' },
    ],
    check: noProfileQuestions,
  },
  {
    id: 'conduct.no-extra-labour',
    appliesTo: 'conduct',
    severity: 'high',
    title: 'No extra labor',
    text: 'Do not ask them to review your CV or writing, send job postings, or give more of their time; let them offer.',
    sources: [
      { guide: G000, quote: 'you should not ask people who make time to meet with you to do additional labor or commit additional time on your behalf' },
      { guide: G002, quote: 'Don’t leave a copy of your resume unless you’re invited to.' },
    ],
    check: noExtraLabour,
  },
  {
    id: 'conduct.asks-referrals',
    appliesTo: 'conduct',
    severity: 'medium',
    title: 'Asks who else',
    text: 'Before the end, ask who else you should talk to.',
    sources: [
      { guide: G001, quote: 'As the conversation winds down, be sure to ask “Who else should I talk to?”' },
      { guide: G002, quote: 'Can you refer me to others who would be willing to provide information?' },
      { guide: G003, quote: 'make sure that you have an ask at the end of the meeting' },
    ],
    check: asksReferrals,
  },
  {
    id: 'conduct.respects-time',
    appliesTo: 'conduct',
    severity: 'high',
    title: 'Respects the time',
    text: 'Keep to the time they agreed to, and say so as it runs out.',
    sources: [
      { guide: G004, quote: 'keep an eye on the clock to make sure you don’t go over the allotted time' },
      { guide: G004, quote: 'stick to what the other person has consented to' },
      { guide: G001, quote: 'Be prepared to honor the length of time you asked for' },
    ],
    check: respectsTime,
  },
  {
    id: 'conduct.closing-thanks',
    appliesTo: 'conduct',
    severity: 'medium',
    title: 'Closing thanks',
    text: 'Thank them at the end of the conversation.',
    sources: [
      { guide: G000, quote: 'Be sure to thank the person you’re speaking with at the end of the conversation.' },
      { guide: G003, quote: 'Remember, they’re doing YOU a favor.' },
    ],
    check: closingThanks,
  },
];
