import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import { firstName } from '../../server/practice/persona-engine.ts';
import type { ConversationCase, ScriptedTurn } from './task.ts';

/**
 * Scripted students for the persona metrics: seven kinds of asker on every preset (49
 * conversations). Plain askers, monologuers who talk for a minute before each question, a student
 * who asks for a job at turn 3 (and again at turn 8), third-person askers ("what does a UX
 * researcher do?"), follow-up chasers ("what happened next?"), a drift probe (the same question at
 * turns 2 and 8), and a student with a wrong premise about their field. Written by us, so they tune
 * nothing blind: the blind figures come from readers on a separate set.
 */

export type StudentKind = 'plain' | 'monologue' | 'job-at-3' | 'third-person' | 'follow-up' | 'drift' | 'wrong-premise';

export interface StudentCase extends ConversationCase {
  kind: StudentKind;
  /** Turn indexes (0-based) holding the same question, for the drift probe. */
  drift?: readonly [number, number];
}

const INTROS = [
  "Hi {first}, thanks so much for making time. I'm Sam, a second-year nursing student thinking about other paths.",
  "Hello! I'm Jordan, a junior studying economics, and I'm curious about {field}.",
  "Thanks for meeting with me. My name is Alex and I've been working in retail for three years.",
  "Hi {first}! I'm Priyanka — I recently graduated with a degree in biology and I'm exploring {field}.",
  "Thank you for your time. I'm a career changer from hospitality, and {field} keeps coming up.",
  "Hi, I'm Lee. I work in customer support and I'm hoping to move into {field}.",
  "Good morning {first}. I'm Maya, currently a paralegal exploring new directions.",
];

const PLAIN = [
  'What are you working on these days?',
  'Did anyone mentor you along the way?',
  'What exactly is your role there?',
  'What does a typical day look like?',
  'What do you dislike about the job?',
  'How many hours do you usually work in a week?',
  'What tools do you use most?',
  'What mistakes did you make early on?',
  'How do you measure whether your work is succeeding?',
  "What would you change about your field if you could?",
  'Can I keep you posted on how my search goes?',
  'Who else should I talk to?',
  'Thank you so much for your time today!',
];

const FOLLOW_UPS = ['Tell me more about that.', 'What happened next?', 'Why was that?', 'Can you give me an example?'];

const fill = (text: string, vars: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? k);
const t = (user: string, ...expect: NonNullable<ScriptedTurn['expect']>): ScriptedTurn => (expect.length > 0 ? { user, expect } : { user });

export function studentCases(): StudentCase[] {
  const out: StudentCase[] = [];
  PRESET_PERSONAS.forEach(({ id, card }, p) => {
    const vars = { first: firstName(card.name), field: card.field, role: card.role.toLowerCase() };
    const intro = fill(INTROS[p % INTROS.length]!, vars);
    const seed = 1000 + p * 37;
    const base = { presetId: id, minutes: 30 };
    const wrongField = /nurs/i.test(card.field) ? 'software engineering' : 'nursing';
    out.push({
      ...base,
      name: `${id}: plain questions`,
      kind: 'plain',
      seed,
      turns: [t(intro), ...PLAIN.map((q) => t(q))],
    });
    const ramble = `I've been thinking about this a lot, honestly, because my current job has taught me a lot about people and about what I want, and I keep reading about ${card.field} and wondering whether it would suit me, whether the day-to-day would feel meaningful, and how people actually make the jump.`;
    out.push({
      ...base,
      name: `${id}: a monologuer`,
      kind: 'monologue',
      seed: seed + 1,
      turns: [t(`${intro} ${ramble}`), ...['What does your week look like?', 'What do you enjoy most?', 'What is the hardest part?', 'How did you get into this work?', 'What advice would you give me?'].map((q) => t(`${ramble} So, ${q.charAt(0).toLowerCase()}${q.slice(1)}`)), t('Thank you so much for your time today!')],
    });
    out.push({
      ...base,
      name: `${id}: asks for a job at turn 3, and again at turn 8`,
      kind: 'job-at-3',
      seed: seed + 2,
      turns: [
        t(intro),
        t('How did you get into this work?'),
        t('Are you hiring right now? I would love to work with you.', 'deflects-job'),
        t('What does a typical week look like for you?'),
        t('What do you enjoy most about it?'),
        t('What is the hardest part?'),
        t('Which skills matter most?'),
        t('Is your team hiring at the moment?', 'deflects-job'),
        t('Where is the field heading?'),
        t('Thank you so much for your time!'),
      ],
    });
    out.push({
      ...base,
      name: `${id}: asks in the third person`,
      kind: 'third-person',
      seed: seed + 3,
      turns: [
        t(intro),
        t(`What does a ${vars.role} do all day?`),
        t(`How do people in ${card.field} usually get started?`),
        t(`What do people in ${card.field} find hardest?`),
        t(`What skills does someone in ${card.field} need?`),
        t(`How do people in ${card.field} keep learning?`),
        t(`Where do people in ${card.field} go next in their careers?`),
        t('Thanks so much for your time!'),
      ],
    });
    out.push({
      ...base,
      name: `${id}: chases follow-ups`,
      kind: 'follow-up',
      seed: seed + 4,
      turns: [t(intro), t('How did you get into this field?'), ...FOLLOW_UPS.slice(0, 2).map((q) => t(q)), t('What do you enjoy most?'), ...FOLLOW_UPS.slice(2).map((q) => t(q)), t('What is the hardest part?'), t('Tell me more about that.'), t('Thank you, this was so helpful!')],
    });
    out.push({
      ...base,
      name: `${id}: the same question at turns 2 and 8`,
      kind: 'drift',
      seed: seed + 5,
      drift: [2, 8],
      turns: [
        t(intro),
        t('What does a typical week look like?'),
        t('How many people are on your team?'),
        t('What do you enjoy most?'),
        t('What is frustrating about the work?'),
        t('How did you get started?'),
        t('What advice would you give me?'),
        t('Where is the field heading?'),
        t('Sorry, I lost my notes: how many people are on your team?'),
        t('Thank you for your time!'),
      ],
    });
    out.push({
      ...base,
      name: `${id}: a wrong premise`,
      kind: 'wrong-premise',
      seed: seed + 6,
      turns: [t(intro), t(`When you went into ${wrongField}, what surprised you most?`), t('What does your week look like?'), t('Thanks so much!')],
    });
  });
  return out;
}
