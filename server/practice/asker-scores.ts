import type { AskerScore } from '../../shared/contracts/practice.ts';
import { findClosing, findFollowUps, findQuestions, findReferralAsk, findSelfIntro, findThanks, findTimeAwareness } from '../../shared/practice/signals.ts';
import { speakingMinutes, type TranscriptTurn } from '../../shared/practice/transcript.ts';
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
  const opening = first((t) => [...findSelfIntro(t), ...findThanks(t)], users.slice(0, 2));
  const questions = users.flatMap((t) => findQuestions(t.content));
  const nextSteps = first((t) => [...findReferralAsk(t), ...(/\b(?:keep you (?:posted|updated)|stay in touch|next steps?|follow up with you|who else|anyone else)\b/i.exec(t) ? [{ quote: t }] : [])], users);
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
    const asked = findQuestions(turn.content).length > 0;
    if (!asked) continue;
    questions++;
    const follow = previous ? findFollowUps(previous, turn.content) : [];
    if (follow.length > 0) {
      chain++;
      quotes.push(follow[0]!.quote);
    } else chain = 0;
    longest = Math.max(longest, chain);
  }
  if (questions < 3) return { ...base, verdict: 'not-rated', measure: 'Not rated: fewer than three questions asked.', evidence: [], advice: 'Ask a few questions, and follow up on one of the answers.' };
  const measure = `${quotes.length} of ${questions} questions built on their last answer; the longest run was ${longest}.`;
  if (quotes.length >= 2 || (quotes.length >= 1 && questions <= 4)) {
    return { ...base, verdict: 'good', measure, evidence: quotes.slice(0, 3).map((q) => clip(q)), advice: longest >= 2 ? 'You went deeper on an answer more than once in a row.' : 'Try staying with a good answer for two questions in a row.' };
  }
  return { ...base, verdict: 'work-on', measure, evidence: quotes.slice(0, 1).map((q) => clip(q)), advice: 'After an answer that interests you, ask for an example or what happened next before moving to your next prepared question.' };
}

function openQuestions(turns: readonly TranscriptTurn[]): AskerScore {
  const base = { id: 'open-questions', title: 'Asks open questions' } as const;
  const questions = turns.filter((t) => t.role === 'user').flatMap((t) => findQuestions(t.content).map((q) => q.quote));
  const open = questions.filter((q) => OPEN.test(q));
  const closed = questions.filter((q) => !OPEN.test(q) && CLOSED.test(q));
  const judged = open.length + closed.length;
  if (judged === 0) return { ...base, verdict: 'not-rated', measure: 'Not rated: no questions to judge.', evidence: [], advice: 'Questions that start with what, how or why give them room to tell a story.' };
  const share = open.length / judged;
  const measure = `${open.length} of ${judged} questions were open.`;
  if (share >= MIN_OPEN_SHARE) return { ...base, verdict: 'good', measure, evidence: open.slice(0, 2).map((q) => clip(q)), advice: 'Open questions let them tell the story; keep leading with what, how and why.' };
  return { ...base, verdict: 'work-on', measure, evidence: closed.slice(0, 3).map((q) => clip(q)), advice: 'Turn yes/no questions into open ones: "Do you like it?" becomes "What do you like most about it?"' };
}

function timeKept(minutes: number, turns: readonly TranscriptTurn[]): AskerScore {
  const base = { id: 'time-kept', title: 'Keeps to the time' } as const;
  const users = turns.filter((t) => t.role === 'user');
  const end = turns.at(-1)?.elapsedMinutes ?? 0;
  const closingTurn = users.find((t) => findClosing(t.content).length > 0 || findTimeAwareness(t.content).length > 0);
  const over = users.find((t) => t.elapsedMinutes > minutes + GRACE_MINUTES);
  if (over) {
    return { ...base, verdict: 'work-on', measure: `The call ran to about ${Math.round(end)} of the ${minutes} minutes you asked for.`, evidence: [clip(over.content)], advice: 'Watch the clock: a few minutes before the end, say you want to respect their time and start closing.' };
  }
  if (closingTurn) {
    return { ...base, verdict: 'good', measure: `You closed at about ${Math.round(closingTurn.elapsedMinutes)} of ${minutes} minutes.`, evidence: [clip(sentenceOf(closingTurn.content, (findClosing(closingTurn.content)[0] ?? findTimeAwareness(closingTurn.content)[0])!.quote))], advice: 'You kept to the time you asked for.' };
  }
  return { ...base, verdict: 'not-rated', measure: `Not rated: the call stopped at about ${Math.round(end)} of ${minutes} minutes, before any closing.`, evidence: [], advice: 'Near the end, mention the time and thank them: it shows you respect their schedule.' };
}

/** The sentence of `text` containing `quote`. */
function sentenceOf(text: string, quote: string): string {
  const sentences = text.match(/[^.!?\n]+[.!?]*/g) ?? [text];
  return (sentences.find((s) => s.includes(quote.slice(0, 30))) ?? quote).trim();
}
