import { describe, expect, it } from 'vitest';
import type { Intent, PersonaAnswers } from '../../shared/contracts/practice.ts';
import { cardFacts } from '../../shared/practice/facts.ts';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import type { TranscriptTurn } from '../../shared/practice/transcript.ts';
import { answersFor } from './answers.ts';
import { firstSentences, lastDirect, nextFollowUp, pickAnswer, readIntent, readParts } from './direct-answers.ts';
import { composeReply } from './persona-engine.ts';
import { bankFor } from './persona-bank.ts';
import { framesOf } from './understand.ts';
import { contract } from './voice.ts';

const ANSWERS: PersonaAnswers = {
  hard: [
    { text: 'Estimating is the hardest part. Nobody likes a range.', followUps: ['I give ranges and say what would change them.', 'Doubling anything with other teams helps.'] },
    { text: 'The people side is harder than the code. Agreement takes longer than building.', followUps: ['I talk to each objector before the review.'] },
  ],
  mentors: [{ text: 'Doris at the city was my first mentor. She taught me to read code first.', followUps: ['She still runs the city applications.'] }],
};
const state = (said = '') => ({ answers: ANSWERS, said, voice: (t: string) => t });

describe('reading what a question asks', () => {
  it('reads the intent of plain questions, old topics and new intents', () => {
    const intent = (q: string) => readIntent(q, { aspect: framesOf(q)[0] })?.intent;
    expect(intent('What does a typical week look like for you?')).toBe('week');
    expect(intent('What do you dislike about the job?')).toBe('hard');
    expect(intent('What is the most stressful part, and how do you switch off?')).toBe('stress');
    expect(intent('Did anyone mentor you early on?')).toBe('mentors');
    expect(intent('Do I need a master’s degree to get hired?')).toBe('education');
    expect(intent('Can you do this job remotely?')).toBe('remote');
    expect(intent('Have you eaten at the noodle bar by the station?')).toBeUndefined();
  });

  it('splits a two-part question only when the parts ask different things', () => {
    const parts = (q: string) => readParts({ query: q, aspect: undefined, asksRole: false }, (p) => ({ aspect: framesOf(p)[0] })).map((r) => r.intent);
    expect(parts('What do you enjoy most about the work? And what is the hardest part?')).toEqual(['enjoy', 'hard']);
    expect(parts('What does a normal week look like? Like, how much of it is meetings?')).toEqual(['week']);
    // Two question marks make two parts only when the second is a question of its own, not a pointer back or a gloss.
    expect(parts('For somebody self-taught with no degree, is a bootcamp worth it? And does my retail background count for anything?')).toEqual(['education', 'background-fit']);
    expect(parts('What is the most difficult part of your job? Technical things, or more the people side?')).toEqual(['hard']);
  });
});

describe('choosing a direct answer', () => {
  it('never says the same answer twice, preferring the one that shares the question’s words', () => {
    expect(pickAnswer(state(), 'hard', 'is it the people side or the code?')).toBe(ANSWERS.hard![1]);
    expect(pickAnswer(state(), 'hard', 'what is hard?')).toBe(ANSWERS.hard![0]);
    const said = state(ANSWERS.hard![1]!.text);
    expect(pickAnswer(said, 'hard')).toBe(ANSWERS.hard![0]);
    expect(pickAnswer(state(`${ANSWERS.hard![0]!.text}\n${ANSWERS.hard![1]!.text}`), 'hard')).toBeUndefined();
    expect(pickAnswer(state(), 'remote' as Intent)).toBeUndefined();
  });

  it('finds the answer the last reply gave, and goes on with its unsaid follow-ups', () => {
    const last = lastDirect(state(), `Sure. ${ANSWERS.hard![0]!.text}`);
    expect(last?.intent).toBe('hard');
    expect(nextFollowUp(state(), last!.answer, 'tell me more')).toBe(ANSWERS.hard![0]!.followUps[0]);
    expect(nextFollowUp(state(), last!.answer, 'how does it go with other teams?')).toBe(ANSWERS.hard![0]!.followUps[1]);
    expect(nextFollowUp(state(ANSWERS.hard![0]!.followUps.join('\n')), last!.answer, 'more?')).toBeUndefined();
    expect(lastDirect(state(), 'Something else entirely.')).toBeUndefined();
  });

  it('keeps the first sentences of an answer for one of two parts', () => {
    expect(firstSentences('One. Two? Three.', 2)).toBe('One. Two?');
  });
});

// The software engineer's answers (content-agnostic checks: they hold for any answers file in the INTENTS format).
const preset = PRESET_PERSONAS.find((p) => p.id === 'preset-software-engineer' && answersFor(p.card));
const GLUE = /Related to that:|That connects to something I see:|As for the second part|On your other question|And to your other question/;

describe.skipIf(!preset)('the engine answers by intent first', () => {
  const card = preset!.card;
  const answers = answersFor(card)!;
  const spoken = (line: string) => contract(line, card.temperament);
  // On the intent: one of its direct answers, or one of the question bank's entries on it (the bank answers first when it matches).
  const texts = (intent: Intent) => [...(answers[intent] ?? []).map((a) => a.text), ...(bankFor(card)?.entries ?? []).filter((e) => e.intent === intent).map((e) => e.text)];
  const heard = (reply: string, intent: Intent) => texts(intent).some((t) => reply.includes(spoken(t).slice(0, 60)) || reply.includes(spoken(firstSentences(t, 1)).slice(0, 50)));
  function converse(messages: readonly string[], seed = 3) {
    const history: TranscriptTurn[] = [];
    return messages.map((userText) => {
      const r = composeReply({ card, seed, minutes: 60, history, userText });
      history.push({ role: 'user', content: userText, elapsedMinutes: r.userElapsedMinutes }, { role: 'professional', content: r.text, elapsedMinutes: r.elapsedMinutes });
      return r.text;
    });
  }

  it('answers a question with a direct answer on its intent, a different one when asked again, then from the facts', () => {
    const ask = 'What mistakes did you make early in your career?';
    const replies = converse(['Hi, thanks for making time!', ask, 'Another one: what is a mistake you learned from?', 'And one more mistake you regret?', 'Any other big mistake?']);
    const n = answers.mistakes!.length;
    for (const reply of replies.slice(1, 1 + n)) expect(heard(reply, 'mistakes'), reply).toBe(true);
    expect(new Set(replies.slice(1)).size).toBe(replies.length - 1);
    // Every answer said at most once in the session.
    for (const a of answers.mistakes!) expect(replies.filter((r) => r.includes(spoken(a.text).slice(0, 60))).length).toBeLessThanOrEqual(1);
  });

  it('answers both parts of a two-part question, joined plainly', () => {
    const [, reply] = converse(['Hi, thanks for making time!', 'What do you enjoy most about the work? And what is the hardest part?']);
    expect(heard(reply!, 'enjoy'), reply).toBe(true);
    expect(heard(reply!, 'hard'), reply).toBe(true);
    expect(reply).not.toMatch(GLUE);
  });

  it('goes on with the last answer’s follow-ups when asked for more', () => {
    const [, first, more] = converse(['Hi, thanks for making time!', 'Who was your most important mentor?', 'Tell me more.']);
    const given = answers.mentors!.find((a) => first!.includes(spoken(a.text).slice(0, 60)))!;
    expect(given, first).toBeDefined();
    expect(given.followUps.some((f) => more!.includes(spoken(f).slice(0, 40))), more).toBe(true);
  });

  it('corrects a wrong premise first, then answers', () => {
    const [, reply] = converse(['Hi, thanks for making time!', 'As the manager of the team, how many people report to you?']);
    // The correction, from the direct answers or the bank's correction entry (round 9: the bank answers from a lower score).
    expect(reply).toMatch(/^(?:Nobody reports to me|I'm not the manager|Actually, I don't manage anyone)/);
  });

  it('greets an introduction with no question in it rather than answering it', () => {
    const [reply] = converse(["Hi! I'm Sam. I spent ten years in retail and I'm thinking about a change."]);
    expect(reply).toContain('Sam');
    for (const intent of Object.keys(answers) as Intent[]) expect(heard(reply!, intent), reply).toBe(false);
  });

  it('never glues a lead-in or a second stock line to an answer over a whole session', () => {
    const replies = converse([
      'Hi, thanks for making time!', 'What does your week look like?', 'How did you get into this?', 'What do you like most?', 'Tell me more about that.',
      'What is hard about it?', 'What tools do you use?', 'How is success measured?', 'Do I need a degree?', 'Can I work remotely?', 'What should I read?',
    ]);
    for (const reply of replies) expect(reply).not.toMatch(GLUE);
  });

  it('answers a card that is not the preset as shipped from its facts', () => {
    const edited = { ...card, name: 'Someone Else' };
    const history: TranscriptTurn[] = [{ role: 'user', content: 'Hi!', elapsedMinutes: 0.1 }, { role: 'professional', content: 'Hello.', elapsedMinutes: 0.2 }];
    const reply = composeReply({ card: edited, seed: 3, minutes: 60, history, userText: 'What is the biggest mistake you made early on?' }).text;
    expect(cardFacts(edited).some((f) => reply.includes(spoken(f.text).slice(1, 60)))).toBe(true);
  });
});
