import { describe, expect, it } from 'vitest';
import { findPreset } from '../../shared/practice/presets.ts';
import type { TranscriptTurn } from '../../shared/practice/transcript.ts';
import { composeReply } from './persona-engine.ts';
import { assentOpener, claimClauses, claimCorrected, isRequest, withoutCorrection } from './premises.ts';

const card = (id: string) => findPreset(id)!.card;
const nurse = card('preset-icu-nurse-educator');
const econ = card('preset-economic-development');
const railyard = card('preset-software-engineer');
const advising = card('preset-higher-ed-advising');
const advocate = card('preset-repro-health-advocate');

const history: TranscriptTurn[] = [
  { role: 'user', content: 'Hello, and thank you for the time today.', elapsedMinutes: 0.5 },
  { role: 'professional', content: 'Of course. What would you like to know?', elapsedMinutes: 1 },
];
const replies = (c: typeof nurse, text: string) => [1, 2, 3, 4, 5].map((seed) => composeReply({ card: c, seed, minutes: 30, history, userText: text }).text);
/** A reply that opens by correcting something: "Actually, …", "…, actually.", "Not quite." */
const CORRECTS = /^(?:Actually\b|Not (?:quite|really)\b|That's not (?:what|quite|really)\b|[^.]{0,60}, actually\.)/;

describe('claimClauses: the sentences of a turn that state a belief', () => {
  it('finds presupposing forms, tag and polar questions, and flat declaratives about the professional', () => {
    for (const text of [
      'Since you run the whole training program, who covers nights?',
      'As a hiring manager, what do you screen for first?',
      'I assume everybody on your team has a master’s.',
      'I heard the field is shrinking fast.',
      'Isn’t it mostly paperwork these days?',
      'You must spend every evening at events.',
      'Don’t you have to be certified first?',
      'Most of the job is cold calling, right?',
      'Is it true that nobody gets hired without an internship?',
      'Do most people quit after a year?',
      'so you write code all day?',
      'When you were at the state agency, did you travel a lot?',
    ]) expect(claimClauses(text), text).toHaveLength(1);
  });

  it('finds none in a plain open question, a request, or a sentence about the asker', () => {
    for (const text of [
      'what do new grads get wrong most often?',
      'How did you get from the front desk into policy work?',
      'Which part of the week do you like best?',
      'Could you tell me about your first year?',
      'I could not find anything about your first job. What was it?',
      "I'd love to hear how you got started.",
      'For example, remote work or automation.',
      'What has changed for you since you first joined the firm?',
      'so if you are not in meetings all day what fills the rest?',
      'Roughly what does a first-year analyst earn?',
    ]) expect(claimClauses(text), text).toEqual([]);
  });

  it('a correction that puts a job in the past does not answer a claim that already does', () => {
    const lead = 'Actually, that was my summer job: I lifeguarded for two years.';
    expect(claimCorrected('You started out as a lifeguard.', lead)).toBe(false);
    expect(claimCorrected("You're a lifeguard, right?", lead)).toBe(true);
  });
});

describe('withoutCorrection: the answer of a correction said to a turn that asserted nothing', () => {
  it('drops a short correcting sentence, keeps the fact of a long one, and what follows a colon', () => {
    expect(withoutCorrection('Actually, no. The team shares it: six of us take turns.')).toBe('The team shares it: six of us take turns.');
    expect(withoutCorrection("That's not how it goes here, actually. Most stay on for years.")).toBe('Most stay on for years.');
    expect(withoutCorrection('Actually, fewer than a third of my hours are in meetings, which surprises people. The rest is analysis.')).toBe('Fewer than a third of my hours are in meetings, which surprises people. The rest is analysis.');
    expect(withoutCorrection('Actually, no, you can start without one; most of us did. It helps later.')).toBe('You can start without one; most of us did. It helps later.');
    expect(withoutCorrection('Actually, that was a side gig: I tutored on weekends. Now I run the lab.')).toBe('I tutored on weekends. Now I run the lab.');
    expect(withoutCorrection('The lab opened in 2019. It has six staff.')).toBe('The lab opened in 2019. It has six staff.');
  });

  it('keeps a short sentence that what follows leans on', () => {
    expect(withoutCorrection('Actually, Acme was already here. They expanded instead of leaving.')).toBe('Acme was already here. They expanded instead of leaving.');
  });
});

describe('the engine says a bank correction only to a turn that states its belief', () => {
  it('answers plain open questions without correcting a premise nobody stated', () => {
    for (const [c, text] of [
      [nurse, 'what do new grads mess up in the first year?'],
      [econ, 'What will change in this field over the next few years, with automation and remote work?'],
      [railyard, 'what do you do all day if not coding? meetings?'],
      [advising, 'How did you end up in advising? I could not find what you did before Northgate.'],
    ] as const) for (const reply of replies(c, text)) expect(reply, `${text} → ${reply}`).not.toMatch(CORRECTS);
  });

  it('still corrects a belief the turn states', () => {
    for (const [c, text] of [
      [nurse, 'I heard most new grads quit in their first year. Is that so on your unit?'],
      [nurse, 'you precept every single new nurse yourself, right?'],
      [econ, 'Isn’t manufacturing basically gone with automation?'],
      [advising, 'I assume you were an advisor somewhere else before Northgate, where was that?'],
      [advocate, 'Since you are a health educator, what workshops do you run now?'],
    ] as const) for (const reply of replies(c, text)) expect(reply, `${text} → ${reply}`).toMatch(CORRECTS);
  });
});

describe('"Sure, happy to." only before a request', () => {
  it('reads requests and assenting openers', () => {
    for (const t of ['Could you tell me about a hard week?', 'would you mind sharing how you got hired?', 'Can you walk me through a site visit?', 'Tell me about the move.']) expect(isRequest(t), t).toBe(true);
    for (const t of ['What is your view on incentives?', 'How did the bank job end?', 'Can you work remotely?']) expect(isRequest(t), t).toBe(false);
    for (const o of ['Sure, happy to.', 'Yes, happy to.', 'Sure!', 'Oh, sure.', 'Happy to talk about that.']) expect(assentOpener(o), o).toBe(true);
    for (const o of ['Good question.', 'Hm.', 'Right.', 'Surely not.']) expect(assentOpener(o), o).toBe(false);
  });

  it('never opens the answer to a plain question with one', () => {
    for (const text of ['What is your view on incentives?', 'Which projects did you like most at the state agency?']) {
      for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
        const reply = composeReply({ card: econ, seed, minutes: 30, history, userText: text }).text;
        expect(reply, `${text} → ${reply}`).not.toMatch(/^(?:Sure|Yes, happy to|Oh, sure|Happy to)\b/);
      }
    }
  });
});
