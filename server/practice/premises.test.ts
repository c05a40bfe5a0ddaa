import { describe, expect, it } from 'vitest';
import { findPreset } from '../../shared/practice/presets.ts';
import { credentialPremise, ofRolePremise, organizationKinds, organizationPremise } from './premises.ts';
import { composeReply } from './persona-engine.ts';
import type { TranscriptTurn } from '../../shared/practice/transcript.ts';

const card = (id: string) => findPreset(id)!.card;
const ux = card('preset-ux-researcher');
const green = card('preset-sustainability-director');
const railyard = card('preset-software-engineer');
const advocate = card('preset-repro-health-advocate');
const nurse = card('preset-icu-nurse-educator');
const advising = card('preset-higher-ed-advising');

describe('organizationPremise: the kind of organization they work for, against the card', () => {
  it('reads the kind from the card', () => {
    expect([...organizationKinds(ux)]).toEqual(expect.arrayContaining(['software', 'company']));
    expect(organizationKinds(green).has('nonprofit')).toBe(true);
    expect(organizationKinds(nurse).has('hospital')).toBe(true);
  });

  it('corrects a kind the card contradicts, and names what it is', () => {
    expect(organizationPremise(ux, 'Because Lumen Health is a hospital chain, do you get to shadow the nurses?')).toMatch(/^Actually, Lumen Health isn't a hospital\b.*software company/);
    expect(organizationPremise(ux, 'Do you sit inside a clinic at Lumen, or in an office?')).toMatch(/isn't a clinic/);
    expect(organizationPremise(green, 'I heard Green Futures is basically owned by the electric company. Is that awkward?')).toMatch(/isn't run by the electric company\. It's a regional sustainability nonprofit\./);
    expect(organizationPremise(railyard, 'So Railyard is a bank, more or less? How does that change things?')).toMatch(/Railyard isn't a bank/);
  });

  it('leaves a kind that fits, a supposition, or no kind at all', () => {
    expect(organizationPremise(ux, 'Since Lumen is a software company, do you work with engineers daily?')).toBeUndefined();
    expect(organizationPremise(green, 'Green Futures is a nonprofit, right? How is it funded?')).toBeUndefined();
    expect(organizationPremise(nurse, 'St. Brigid is a teaching hospital, right?')).toBeUndefined();
    expect(organizationPremise(ux, 'Do hospitals buy Lumen Health software?')).toBeUndefined();
    expect(organizationPremise(ux, 'If Lumen were a hospital, would research be different?')).toBeUndefined();
  });
});

describe('credentialPremise: a credential they never earned', () => {
  it('corrects it with what they did study', () => {
    expect(credentialPremise(advocate, 'When you took the bar exam, was it hard to study while working?')).toMatch(/^I'm not a lawyer, actually.*My degree is an M\.P\.H\./);
    expect(credentialPremise(advocate, "I'm guessing you have a law degree since you write legislation?")).toMatch(/not a lawyer/);
    expect(credentialPremise(railyard, 'Where did you do your computer science degree?')).toMatch(/computer science degree/);
  });

  it('leaves a credential they hold, or one the asker asks about for themselves', () => {
    expect(credentialPremise(advising, 'What was your PhD on?')).toBeUndefined();
    expect(credentialPremise(advocate, 'Do you think I need law school to do this work?')).toBeUndefined();
    expect(credentialPremise(advocate, 'Should people go to law school first, in your view?')).toBeUndefined();
  });
});

describe('ofRolePremise: "the X of Y" said to be theirs', () => {
  it('corrects a title whose head they do not hold', () => {
    expect(ofRolePremise(nurse, 'Since you are the director of nursing, who do you hire?')).toMatch(/^I'm not the director of nursing, actually; I'm a clinical nurse educator/);
    expect(ofRolePremise(railyard, 'As the head of engineering, you must set the roadmap?')).toBeUndefined();
    expect(ofRolePremise(railyard, 'As the owner of the routing team, how do you plan work?')).toMatch(/not the owner of the routing team/);
  });

  it('leaves a title they hold and one the asker gives themselves', () => {
    expect(ofRolePremise(advising, 'As the director of advising, what keeps you up at night?')).toBeUndefined();
    expect(ofRolePremise(nurse, 'As the oldest of five, I learned to care for people. How did you start?')).toBeUndefined();
  });
});

describe('the engine corrects these premises first', () => {
  const history: TranscriptTurn[] = [
    { role: 'user', content: 'Hi, thanks for talking with me.', elapsedMinutes: 0.5 },
    { role: 'professional', content: 'Happy to help. Where would you like to start?', elapsedMinutes: 1 },
  ];
  const reply = (c: typeof ux, text: string) => composeReply({ card: c, seed: 7, minutes: 30, history, userText: text }).text;

  it('says the organization is not what the user thinks', () => {
    expect(reply(ux, 'Since Lumen Health is a hospital, do you run studies with patients in the waiting room?')).toMatch(/^Actually, Lumen Health isn't a hospital/);
  });
  it('says they are not a lawyer', () => {
    expect(reply(advocate, 'I figured you went to law school before this job. Was it useful?')).toMatch(/not a lawyer/);
  });
  it('says they are not the manager', () => {
    expect(reply(nurse, 'As the director of the ICU, do you decide the budget?')).toMatch(/not the director of the ICU/);
  });
});

describe('after a correction the answer goes on plainly', () => {
  it('drops the acknowledgement that opened the answer', async () => {
    const { withoutAcknowledgement } = await import('./premises.ts');
    expect(withoutAcknowledgement('Sure, happy to. It is a long story.')).toBe('It is a long story.');
    expect(withoutAcknowledgement('Oh, good question. my path was odd.')).toBe('My path was odd.');
    expect(withoutAcknowledgement('Surely not.')).toBe('Surely not.');
  });
  it('in the engine, for every seed', () => {
    const history: TranscriptTurn[] = [
      { role: 'user', content: 'Hi, thanks for talking with me.', elapsedMinutes: 0.5 },
      { role: 'professional', content: 'Happy to help. Where would you like to start?', elapsedMinutes: 1 },
    ];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const text = composeReply({ card: green, seed, minutes: 30, history, userText: 'Since Green Futures is a utility company, do you read meters too?' }).text;
      expect(text).toMatch(/^Actually, Green Futures Alliance isn't a utility(?: company)?\. It's a regional sustainability nonprofit\. (?!Sure|Okay|Good|Oh|Happy|Right|Yeah|Fair)/);
    }
  });
});
