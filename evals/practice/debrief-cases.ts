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

const firstWords = (text: string, n = 5) => text.split(/\s+/).slice(0, n).join(' ');

const VARIANTS: readonly Variant[] = [
  {
    label: 'asks for a job',
    build: (v, lines) => ({ lines: replaced(lines, USER_AT.later, v.jobAsk), planted: [['conduct.no-job-ask', v.jobAsk.replace(/[?.]$/, '')]] }),
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
      planted: [['conduct.no-personal-salary', v.ownPay.replace(/[?.]$/, '')], ['conduct.no-job-ask', v.jobAsk.replace(/[?.]$/, '')]],
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
