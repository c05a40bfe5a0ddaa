import type { AskerScore } from '../../shared/contracts/practice.ts';
import { findClosing, findFollowUps, findQuestions, findReferralAsk, findSelfIntro, findThanks, findTimeAwareness } from '../../shared/practice/signals.ts';
import { speakingMinutes, type TranscriptTurn } from '../../shared/practice/transcript.ts';
import { userBackground, userName } from '../../shared/practice/intro.ts';
import { SPOKEN_ELABORATION } from './persona-engine.ts';

/**
 * The asker's scores: what no conduct rule measures, each with the user's own words. The guides'
 * norm is that the professional talks most of the time, the user moves through the phases of an
 * agenda (opening and background, questions, next steps and who else, thanks), builds on answers,
 * asks open questions, and keeps to the time asked for. An item with nothing to judge is "not rated".
 */

/** Share of the talking above which the user is talking too much (the guides: let them talk). */
export const MAX_TALK_SHARE = 0.35;
/** Share of open questions a good conversation keeps. */
export const MIN_OPEN_SHARE = 0.6;
/** Minutes past the budget that still count as on time. */
const GRACE_MINUTES = 1;

const OPEN = /^(?:so |and |but |ok(?:ay)? |also |then |well )*(?:what|how|why|which|where|when|who|tell me|describe|walk me|talk me|i(?:['’]d| would) love to (?:hear|know)|i(?:['’]m| am) curious|in what way|could you (?:describe|tell|walk|talk|explain|share)|can you (?:describe|tell|walk|talk|explain|share))\b/i;
const CLOSED = /^(?:so |and |but |ok(?:ay)? |also |then |well )*(?:is|are|do|does|did|can|could|would|should|will|was|were|have|has|had)\b/i;

/**
 * A question about the conversation itself, not the work ("Is it okay if I write that down?", "Would
 * it be weird to ask…", "Do you mind if I…"): neither open nor closed, and no follow-up on an answer.
 */
const META = /^(?:(?:so|and|but|ok(?:ay)?|also|sorry),?\s+)*(?:is it (?:ok|okay|alright|all right|fine) if I|(?:can|may|could) I (?:write|take|jot|record|ask you (?:a|one|another|something))|(?:do|would) you mind if I|mind if I|would it be (?:ok|okay|weird|alright|all right|rude) (?:if|to))\b/i;
const asked = (text: string) => findQuestions(text).filter((q) => !META.test(q.quote.trim()));
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const clip = (text: string, words = 24) => {
  const parts = text.trim().split(/\s+/);
  return parts.length > words ? `${parts.slice(0, words).join(' ')}…` : text.trim();
};

interface Input {
  minutes: number;
  turns: readonly TranscriptTurn[];
}

export function askerScores({ minutes, turns }: Input): AskerScore[] {
  return [talkShare(turns), agenda(turns), followUpDepth(turns), openQuestions(turns), timeKept(minutes, turns)];
}

function talkShare(turns: readonly TranscriptTurn[]): AskerScore {
  const base = { id: 'talk-share', title: 'Let them talk' } as const;
  const users = turns.filter((t) => t.role === 'user');
  const pros = turns.filter((t) => t.role === 'professional');
  if (users.length < 2 || pros.length < 2) {
    return { ...base, verdict: 'not-rated', measure: 'Not rated: too few exchanges to measure.', evidence: [], advice: 'Hold a longer conversation to see how the talking was shared.' };
  }
  const userMinutes = users.reduce((sum, t) => sum + speakingMinutes(t.content), 0);
  const proMinutes = pros.reduce((sum, t) => sum + speakingMinutes(t.content) * SPOKEN_ELABORATION, 0);
  const share = userMinutes / Math.max(0.01, userMinutes + proMinutes);
  const longest = [...users].sort((a, b) => b.content.length - a.content.length)[0]!;
  const percent = Math.round(share * 100);
  if (share <= MAX_TALK_SHARE) {
    return { ...base, verdict: 'good', measure: `You spoke about ${percent}% of the time; they did most of the talking.`, evidence: [clip(longest.content)], advice: 'Good balance: your longest turn was still short enough to leave them the floor.' };
  }
  return {
    ...base,
    verdict: 'work-on',
    measure: `You spoke about ${percent}% of the time; the guides' norm is that the professional talks most of it.`,
    evidence: [clip(longest.content)],
    advice: 'Shorten your longest turns to a sentence of context and one question, then let them answer.',
  };
}

function agenda(turns: readonly TranscriptTurn[]): AskerScore {
  const base = { id: 'agenda', title: 'Covers the agenda' } as const;
  const users = turns.filter((t) => t.role === 'user');
  if (users.length === 0) return { ...base, verdict: 'not-rated', measure: 'Not rated: you said nothing yet.', evidence: [], advice: 'Open with thanks and a short background.' };
  const first = (detect: (text: string) => { quote: string }[], pool: readonly TranscriptTurn[]) => {
    for (const turn of pool) {
      const hit = detect(turn.content)[0];
      if (hit) return sentenceOf(turn.content, hit.quote);
    }
    return undefined;
  };
  // The background is quoted before the thanks: "Name's Earl. I'm 59, sold insurance…" is the opening's substance.
  const opening = first(backgroundSpans, users.slice(0, 2)) ?? first(findThanks, users.slice(0, 2));
  const questions = users.flatMap((t) => findQuestions(t.content));
  // Asking who else, or saying what they will do next ("I'll look up the ISA chapter and reach out to Wes").
  const nextSteps = first((t) => [...findReferralAsk(t), ...spans(t, NEXT_STEP)], users);
  const thanks = first((t) => [...findThanks(t), ...findClosing(t)], users.slice(-2));
  const phases: Array<[string, string | undefined]> = [
    ['opening and background', opening],
    ['your questions', questions.length >= 3 ? questions[0]!.quote : undefined],
    ['next steps and who else', nextSteps],
    ['thanks at the end', users.length >= 2 ? thanks : undefined],
  ];
  const covered = phases.filter(([, quote]) => quote !== undefined);
  const missing = phases.filter(([, quote]) => quote === undefined).map(([name]) => name);
  const measure = `${covered.length} of 4 phases covered${covered.length > 0 ? `: ${covered.map(([name]) => name).join(', ')}` : ''}.`;
  return {
    ...base,
    verdict: missing.length === 0 ? 'good' : 'work-on',
    measure,
    evidence: covered.map(([, quote]) => clip(quote!)),
    advice: missing.length === 0 ? 'You moved through every phase of an informational interview.' : `Still to cover: ${missing.join('; ')}.`,
  };
}

function followUpDepth(turns: readonly TranscriptTurn[]): AskerScore {
  const base = { id: 'follow-up-depth', title: 'Builds on their answers' } as const;
  let questions = 0;
  let chain = 0;
  let longest = 0;
  const quotes: string[] = [];
  let previous: string | undefined;
  for (const turn of turns) {
    if (turn.role === 'professional') {
      previous = turn.content;
      continue;
    }
    if (asked(turn.content).length === 0) continue;
    questions++;
    const follow = previous ? findFollowUps(previous, turn.content).filter((f) => !META.test(f.quote.trim())) : [];
    if (follow.length > 0) {
      chain++;
      quotes.push(follow[0]!.quote);
    } else chain = 0;
    longest = Math.max(longest, chain);
  }
  if (questions < 3) return { ...base, verdict: 'not-rated', measure: 'Not rated: fewer than three questions asked.', evidence: [], advice: 'Ask a few questions, and follow up on one of the answers.' };
  const measure = `${quotes.length} of ${questions} questions built on their last answer${longest > 1 ? `; the longest run was ${longest} in a row` : ''}.`;
  if (quotes.length >= 2 || (quotes.length >= 1 && questions <= 4)) {
    return { ...base, verdict: 'good', measure, evidence: quotes.slice(0, 3).map((q) => clip(q)), advice: longest >= 2 ? 'You went deeper on an answer more than once in a row.' : 'Try staying with a good answer for two questions in a row.' };
  }
  return { ...base, verdict: 'work-on', measure, evidence: quotes.slice(0, 1).map((q) => clip(q)), advice: 'After an answer that interests you, ask for an example or what happened next before moving to your next prepared question.' };
}

function openQuestions(turns: readonly TranscriptTurn[]): AskerScore {
  const base = { id: 'open-questions', title: 'Asks open questions' } as const;
  const questions = turns.filter((t) => t.role === 'user').flatMap((t) => asked(t.content).map((q) => q.quote));
  const open = questions.filter((q) => OPEN.test(q));
  const closed = questions.filter((q) => !OPEN.test(q) && CLOSED.test(q));
  const judged = open.length + closed.length;
  if (judged === 0) return { ...base, verdict: 'not-rated', measure: 'Not rated: no questions to judge.', evidence: [], advice: 'Questions that start with what, how or why give them room to tell a story.' };
  const share = open.length / judged;
  const measure = `${open.length} of ${judged} ${plural(judged, 'question was', 'questions were')} open.`;
  if (share >= MIN_OPEN_SHARE) return { ...base, verdict: 'good', measure, evidence: open.slice(0, 2).map((q) => clip(q)), advice: 'Open questions let them tell the story; keep leading with what, how and why.' };
  return { ...base, verdict: 'work-on', measure, evidence: closed.slice(0, 3).map((q) => clip(q)), advice: 'Turn yes/no questions into open ones: "Do you like it?" becomes "What do you like most about it?"' };
}

function timeKept(minutes: number, turns: readonly TranscriptTurn[]): AskerScore {
  const base = { id: 'time-kept', title: 'Keeps to the time' } as const;
  const users = turns.filter((t) => t.role === 'user');
  const end = turns.at(-1)?.elapsedMinutes ?? 0;
  // A closing, a word about the time, or thanks in the user's last turn of the call ("Thank you so much, Grace. I'll look up…").
  const lastUser = users.at(-1);
  const thankedLast = lastUser && turns.indexOf(lastUser) >= turns.length - 2 && findThanks(lastUser.content).length > 0 ? lastUser : undefined;
  const closingTurn = users.find((t) => findClosing(t.content).length > 0 || findTimeAwareness(t.content).length > 0) ?? thankedLast;
  const over = users.find((t) => t.elapsedMinutes > minutes + GRACE_MINUTES);
  if (over) {
    return { ...base, verdict: 'work-on', measure: `The call ran to about ${Math.round(end)} of the ${minutes} minutes you asked for.`, evidence: [clip(over.content)], advice: 'Watch the clock: a few minutes before the end, say you want to respect their time and start closing.' };
  }
  if (closingTurn) {
    return { ...base, verdict: 'good', measure: `You closed at about ${Math.round(closingTurn.elapsedMinutes)} of ${minutes} minutes.`, evidence: [clip(sentenceOf(closingTurn.content, (findClosing(closingTurn.content)[0] ?? findTimeAwareness(closingTurn.content)[0] ?? findThanks(closingTurn.content)[0])!.quote))], advice: 'You kept to the time you asked for.' };
  }
  return { ...base, verdict: 'not-rated', measure: `Not rated: the call stopped at about ${Math.round(end)} of ${minutes} minutes, before any closing.`, evidence: [], advice: 'Near the end, mention the time and thank them: it shows you respect their schedule.' };
}

const NEXT_STEP = /\b(?:keep you (?:posted|updated)|stay in touch|next steps?|follow up with you|who else|anyone else)\b|\bI(?:['’]ll| will|['’]m going to| am going to| plan to)\s+(?:definitely |also |probably |first )?(?:look (?:up|into)|reach out|contact|email|call|write to|text|read|get|order|join|sign up|apply to|register|enrol|enroll|check out|find|ask|talk to|go to|attend|volunteer|start)\b/i;

/** Every match of `re` in `text` as a quote. */
function spans(text: string, re: RegExp): { quote: string }[] {
  const m = re.exec(text);
  return m ? [{ quote: m[0] }] : [];
}

/**
 * A self-introduction in any common form counts as the background: what the shared detector finds,
 * a name given ("Name's Earl", "Amara here", "it's Pip"), or who they are said plainly ("I'm 59, sold
 * insurance for thirty years", "Marine bio student.", "Forestry junior, want to do fire.").
 */
const BACKGROUND = /\b(?:[Nn]ame['’]s\s+\p{Lu}|I['’]?m \d{2}\b|(?:freshman|sophomore|junior|senior|student|major|grad|graduate|apprentice|retired|intern|trainee)\b|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty) years (?:as|in|at|of)\b|for (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty) years\b)/iu;
function backgroundSpans(text: string): { quote: string }[] {
  const found = findSelfIntro(text);
  if (found.length > 0) return found;
  const name = userName(text);
  if (name) return [{ quote: name }];
  const background = userBackground(text);
  if (background) return [{ quote: background.replace(/^you(?:['’]re|['’]ve)?\s+/, '') }];
  return spans(text, BACKGROUND);
}

/** Titles whose full stop ends no sentence ("Thank you very much, Ms. Lindahl."). */
const ABBREVIATION = /\b(?:Dr|Mr|Ms|Mrs|Mx|Prof|St|Rev|Fr|Capt|Lt|Sgt|Jr|Sr|vs|etc|e\.g|i\.e)\.$/i;

/** The sentence of `text` containing `quote`: from the stop before it to the stop after it, a title's full stop no stop. */
function sentenceOf(text: string, quote: string): string {
  quote = quote.replace(/^[.!?,;:\s]+/, '');
  let at = text.indexOf(quote);
  if (at < 0) at = text.indexOf(quote.slice(0, 30));
  if (at < 0) return quote.trim().replace(/^[.!?,;:\s]+/, '');
  let start = at;
  while (start > 0) {
    // A sentence ends just before `start`: a stop and then white space, or a line break in the white
    // space before it (read backwards, without a pattern anchored at the end of every prefix).
    let ws = start;
    while (ws > 0 && /\s/.test(text[ws - 1]!)) ws--;
    const stop = ws < start && ((ws > 0 && /[.!?]/.test(text[ws - 1]!)) || text.slice(ws, start).includes('\n'));
    if (stop && !ABBREVIATION.test(text.slice(0, ws))) break;
    start--;
  }
  let end = at + quote.length;
  while (end < text.length && !/[.!?]$/.test(quote.trim())) {
    if (/[.!?]/.test(text[end]!) && !ABBREVIATION.test(text.slice(0, end + 1)) && (end + 1 >= text.length || /\s/.test(text[end + 1]!))) {
      end++;
      while (end < text.length && /[.!?]/.test(text[end]!)) end++;
      break;
    }
    if (text[end] === '\n') break;
    end++;
  }
  return text.slice(start, end).trim().replace(/^[.!?,;:\s]+/, '');
}
