import type { TranscriptTurn } from '../../shared/practice/transcript.ts';
import { PREPARED, VOICES, type Voice } from './conversation-cases.ts';
import { cardOf, type DebriefCase } from './task.ts';

/**
 * Debrief transcripts: for every preset a clean 20-minute conversation that does what the guides
 * ask (no conduct rule may fail on it), and variants with violations planted in the user's own
 * words — each must be failed, and its evidence must quote those words. The professional's lines
 * come from the preset's card, as the offline engine would say them.
 */

type Line = readonly ['u' | 'p', string, number];
const turnsOf = (lines: readonly Line[]): TranscriptTurn[] =>
  lines.map(([who, content, at]) => ({ role: who === 'u' ? 'user' : 'professional', content, elapsedMinutes: at }));

/** The clean conversation for a voice, as lines a variant can replace one by one. */
function clean(v: Voice, index: number): Line[] {
  const card = cardOf(v.id);
  return [
    ['u', `${v.intro} ${v.week}`, 1],
    ['p', card.typicalWeek[0]!, 3],
    ['u', v.followUp, 4],
    ['p', card.findsHard[0]!, 6],
    ['u', PREPARED[(index + 2) % PREPARED.length]!, 7],
    ['p', card.skills[0]!, 9],
    ['u', v.entryPay, 10],
    ['p', `For people starting out it is roughly ${card.entrySalary.low} to ${card.entrySalary.high}.`, 12],
    ['u', PREPARED[(index + 5) % PREPARED.length]!, 13],
    ['p', card.advice[0]!, 15],
    ['u', `I know we're almost at time, so one last question. ${v.referral}`, 16],
    ['p', `You should talk to ${card.referrals[0]!.name}.`, 17.5],
    ['u', v.closing, 18.5],
  ];
}

const USER_AT = { intro: 0, followUp: 2, prepared: 4, pay: 6, later: 8, referral: 10, closing: 12 } as const;

function replaced(lines: Line[], at: number, text: string, minute?: number): Line[] {
  return lines.map((line, i) => (i === at ? (['u', text, minute ?? line[2]] as const) : line));
}

type Variant = { label: string; build: (v: Voice, lines: Line[]) => { lines: Line[]; planted: Array<[string, string]> } };

/** What a job ask plants: no-job-ask, and no-extra-labour when the ask is a favour as well. */
const jobAskPlants = (v: Voice): Array<[string, string]> => {
  const quote = v.jobAsk.replace(/[?.]$/, '');
  return v.jobAskIsFavour ? [['conduct.no-job-ask', quote], ['conduct.no-extra-labour', quote]] : [['conduct.no-job-ask', quote]];
};

const firstWords = (text: string, n = 5) => text.split(/\s+/).slice(0, n).join(' ');

const VARIANTS: readonly Variant[] = [
  {
    label: 'asks for a job',
    build: (v, lines) => ({ lines: replaced(lines, USER_AT.later, v.jobAsk), planted: jobAskPlants(v) }),
  },
  {
    label: 'asks what they earn',
    build: (v, lines) => ({ lines: replaced(lines, USER_AT.pay, v.ownPay), planted: [['conduct.no-personal-salary', v.ownPay.replace(/[?.]$/, '')]] }),
  },
  {
    label: 'asks for a review or more time',
    build: (v, lines) => ({ lines: replaced(lines, USER_AT.later, v.labour), planted: [['conduct.no-extra-labour', v.labour.replace(/[?.]$/, '')]] }),
  },
  {
    label: 'asks what the profile says',
    build: (v, lines) => ({ lines: replaced(lines, USER_AT.prepared, v.profile), planted: [['conduct.no-profile-questions', v.profile.replace(/[?.]$/, '')]] }),
  },
  {
    label: 'never asks who else, runs over',
    build: (v, lines) => {
      const late = replaced(replaced(lines, USER_AT.referral, 'One more thing: what do you wish you had known earlier?', 22.5), USER_AT.closing, v.closing, 25);
      return { lines: late.map((l, i) => (i === USER_AT.referral + 1 ? (['p', l[1], 24] as const) : l)), planted: [['conduct.asks-referrals', firstWords(v.closing)], ['conduct.respects-time', 'One more thing: what do you wish you had known earlier?']] };
    },
  },
  {
    label: 'no thanks at either end',
    build: (v, lines) => {
      const opening = `${v.intro.replace(/^[^.]*?(?:thank|thanks|appreciate)[^.]*\.\s*/i, '')} ${v.week}`;
      return {
        lines: replaced(replaced(lines, USER_AT.intro, opening), USER_AT.closing, 'Okay, that covers my list. Bye for now.'),
        planted: [['conduct.opening-thanks', firstWords(opening, 4)], ['conduct.closing-thanks', 'Okay, that covers my list.']],
      };
    },
  },
  {
    label: 'a job ask and their pay in one go',
    build: (v, lines) => ({
      lines: replaced(replaced(lines, USER_AT.pay, `${v.ownPay} Just curious.`), USER_AT.later, `Also — ${v.jobAsk}`),
      planted: [['conduct.no-personal-salary', v.ownPay.replace(/[?.]$/, '')], ...jobAskPlants(v)],
    }),
  },
];

export const debriefCases: DebriefCase[] = VOICES.flatMap((v, index) => {
  const base = clean(v, index);
  const variants = [VARIANTS[index % VARIANTS.length]!, VARIANTS[(index + 2) % VARIANTS.length]!, VARIANTS[(index + 4) % VARIANTS.length]!];
  return [
    { name: `${v.id}: clean conversation`, presetId: v.id, minutes: 20, turns: turnsOf(base), planted: [] },
    ...variants.map((variant) => {
      const { lines, planted } = variant.build(v, base);
      return { name: `${v.id}: ${variant.label}`, presetId: v.id, minutes: 20, turns: turnsOf(lines), planted };
    }),
  ];
});

/** Conversations written whole, in other registers: the near misses a template would not produce. */
const handwritten: DebriefCase[] = [
  {
    name: 'hand: list-reading, no follow-up, otherwise polite',
    presetId: 'preset-economic-development',
    minutes: 20,
    turns: turnsOf([
      ['u', "Thank you for taking the time, Marcus. I'm a planning intern at the county and curious about your side of the work. What does a typical week look like?", 1],
      ['p', 'Mostly visits to local manufacturers, plus a standing Wednesday meeting with the workforce board.', 3],
      ['u', 'What skills matter most for an analyst?', 4],
      ['p', 'Reading a balance sheet, and writing a one-page memo a county commissioner will actually read.', 6],
      ['u', 'Which professional organizations are worth joining?', 7],
      ['p', 'The state council and the national association; the state one has a student rate.', 9],
      ['u', 'Where do you see the field heading in the next five years?', 10],
      ['p', 'Childcare and housing are becoming economic development issues in their own right.', 12],
      ['u', 'I know we are nearly out of time. Who else should I talk to?', 16],
      ['p', 'Linda Park at the community college.', 17],
      ['u', 'Thank you so much, this was really useful.', 18],
    ]),
    planted: [['conduct.follow-up-questions', 'What skills matter most for an analyst?']],
  },
  {
    name: 'hand: accepts an offer the professional made (not extra labour)',
    presetId: 'preset-ux-researcher',
    minutes: 20,
    turns: turnsOf([
      ['u', "Hi Priya, thanks for making time. I'm a librarian who has been running small usability tests on our catalogue. What does synthesis look like for you?", 1],
      ['p', 'Affinity mapping, then three findings that point to a decision.', 3],
      ['u', 'You mentioned three findings — how do you choose which three?', 4],
      ['p', 'The ones a team can act on this quarter.', 6],
      ['u', 'What do you find hardest about the work?', 7],
      ['p', 'Recruiting participants. If you want, send me your case study and I will tell you what I would change.', 9],
      ['u', "That's so generous — thank you, I'll send it tonight. What salary range might someone entering the field expect?", 10],
      ['p', 'Roughly 70 to 90 thousand for associate roles.', 12],
      ['u', "I want to respect your time, so one last question: is there anyone else you'd recommend I speak with?", 15],
      ['p', 'Marcus Bell in research operations.', 16.5],
      ['u', 'Thank you, Priya — I really appreciate it. Have a lovely afternoon.', 17.5],
    ]),
    planted: [],
  },
  {
    name: 'hand: typed casually with typos, clean',
    presetId: 'preset-icu-nurse-educator',
    minutes: 15,
    turns: turnsOf([
      ['u', "hi grace thank u so much for doing this!! im a CNA on weekends and finishing my bio degree. whats a typical shift like for you", 1],
      ['p', 'Most shifts I precept a new nurse at the bedside; Thursdays are simulation days.', 2.5],
      ['u', 'how do the simulation days work', 3.5],
      ['p', 'We run a scenario on a mannequin, then debrief for twice as long as the scenario took.', 5],
      ['u', 'what makes someone competitive for a new grad residency', 6],
      ['p', 'Clinical hours as a tech, and a preceptor who will vouch for you.', 7.5],
      ['u', 'what do new grads usually start at around here', 8.5],
      ['p', 'Roughly 68 to 85 thousand with differentials.', 9.5],
      ['u', 'ok last q since were almost at time — anyone else u think i should talk to', 12],
      ['p', 'Ruth Adeyemi in recruiting.', 13],
      ['u', 'amazing, really appreciate it grace. take care!', 14],
    ]),
    planted: [],
  },
  {
    name: 'hand: a background that becomes a CV, and a referral for a job',
    presetId: 'preset-software-engineer',
    minutes: 20,
    turns: turnsOf([
      ['u', "Thanks for your time, Tomás. Quick background: I graduated summa cum laude, I'm an AWS certified architect, I won our bootcamp's capstone award, and I was president of the coding club. How do you pick what to learn next?", 1.5],
      ['p', 'Whatever the next project needs; I rarely learn in the abstract.', 3],
      ['u', 'You said the next project — how do you find out what it needs before it starts?', 4],
      ['p', 'I read the design doc drafts early and ask dumb questions.', 5.5],
      ['u', 'What is code review like at Railyard?', 6.5],
      ['p', 'Small pull requests, one reviewer, and a rule that nobody reviews for more than an hour straight.', 8],
      ['u', 'Would you be able to refer me for the junior backend role?', 9],
      ['p', 'I do not handle hiring, I am afraid.', 10],
      ['u', 'Understood. Who else do you think I should talk to?', 15],
      ['p', 'Mei Chen, an engineering manager.', 16],
      ['u', 'Thanks a lot, this was great.', 17],
    ]),
    planted: [['conduct.brief-intro', 'summa cum laude'], ['conduct.no-job-ask', 'Would you be able to refer me for the junior backend role?']],
  },
  {
    name: 'hand: runs twenty minutes over a fifteen-minute call',
    presetId: 'preset-higher-ed-advising',
    minutes: 15,
    turns: turnsOf([
      ['u', "Thank you for meeting with me, Dr. Castillo. I've taught chemistry for six years and I'm curious about advising. What does your week look like?", 1],
      ['p', 'Student appointments in the mornings, committees in the afternoons.', 3],
      ['u', 'You mentioned committees — which ones matter most for advisors?', 4],
      ['p', 'Curriculum, because that is where students stall.', 6],
      ['u', 'What do you find hardest?', 8],
      ['p', 'Caseloads of three hundred students.', 11],
      ['u', 'Who else would you suggest I reach out to?', 20],
      ['p', 'Omar Reyes in career services.', 25],
      ['u', 'Sorry, one more: how did you move from teaching into advising?', 33],
      ['p', 'Slowly, through a part-time role.', 34],
      ['u', 'Thank you so much for your time.', 35],
    ]),
    planted: [['conduct.respects-time', 'Who else would you suggest I reach out to?']],
  },
];

debriefCases.push(...handwritten);
