import { describe, expect, it } from 'vitest';
import { findPreset } from '../../shared/practice/presets.ts';
import { asksForReferral, chooseReferrals, describedKinds, MAY_MENTION } from './referral-fit.ts';
import { composeReply } from './persona-engine.ts';
import type { TranscriptTurn } from '../../shared/practice/transcript.ts';

const card = (id: string) => findPreset(id)!.card;
const names = (id: string, text: string) => {
  const c = card(id);
  const choice = chooseReferrals(c, text, c.referrals);
  return { fitting: choice.fitting.map((p) => p.name), missing: choice.missing };
};

describe('asksForReferral: who else to talk to, in words the turn detector misses', () => {
  it('hears the asks', () => {
    expect(asksForReferral('Do you happen to know any designers who work in healthcare? I would love an intro.')).toBe(true);
    expect(asksForReferral('Do you know other engineers who came from a trade, by any chance?')).toBe(true);
    expect(asksForReferral("I'd love to speak with someone who started on the help desk like me.")).toBe(true);
    expect(asksForReferral('Anybody else you think I should grab coffee with, or reach out to?')).toBe(true);
    expect(asksForReferral('Is there a researcher on your team who does surveys?')).toBe(true);
  });
  it('is not a question about the work', () => {
    expect(asksForReferral('Is there a way in without a degree?')).toBe(false);
    expect(asksForReferral('Do you know other tools besides Figma that researchers use?')).toBe(false);
  });
});

describe('chooseReferrals: the kind of person asked for, against each referral', () => {
  it('matches someone new in the job', () => {
    expect(names('preset-icu-nurse-educator', 'Could I talk to someone fresh out of nursing school, a first-year ICU nurse maybe?').fitting).toEqual(["Tariq Hussain"]);
    expect(names('preset-sustainability-director', 'Anyone junior, recently hired, I could ask about the coordinator job?').fitting[0]).toBe('Imani Fletcher');
  });
  it('matches someone who changed careers', () => {
    expect(names('preset-icu-nurse-educator', 'Is there someone who switched into nursing from another career, like I am trying to?').fitting[0]).toBe('Claire Dubois');
  });
  it('gives one person for each kind offered as a choice', () => {
    const got = names('preset-economic-development', 'Maybe someone on the workforce training side, or someone who does site selection for companies?');
    expect(got.fitting).toEqual(['Linda Park', 'Samir Haddad']);
    expect(got.missing).toBe(false);
  });
  it('says nobody fits when a word only matches half of a pair or another modifier', () => {
    // "delivery" is a word of the ask, but the referral's "labor and delivery" is nursing, and "solar co-op" is not a housing co-op.
    expect(names('preset-repro-health-advocate', 'Anyone on the delivery side of campaigns, getting mail out?').missing).toBe(true);
    expect(names('preset-sustainability-director', 'Do you know someone at a housing co-op?').fitting).toEqual([]);
    expect(names('preset-ux-researcher', 'Someone doing voice assistant research specifically?').missing).toBe(true);
  });
  it('splits an ask into the kinds it offers', () => {
    expect(describedKinds('someone at the city, or somebody at a utility?')).toHaveLength(2);
  });
});

describe('the engine names who fits, or says honestly that nobody does', () => {
  const history: TranscriptTurn[] = [
    { role: 'user', content: 'Hi, thanks for talking with me.', elapsedMinutes: 0.5 },
    { role: 'professional', content: 'Happy to help. Where would you like to start?', elapsedMinutes: 1 },
    { role: 'user', content: 'What does a normal week look like?', elapsedMinutes: 2 },
    { role: 'professional', content: 'Mostly meetings and design reviews, honestly.', elapsedMinutes: 3 },
  ];
  const reply = (id: string, text: string) => composeReply({ card: card(id), seed: 11, minutes: 30, history, userText: text }).text;

  it('a newer engineer for "someone only a few months in"', () => {
    const text = reply('preset-software-engineer', 'Do you know other engineers only a year or so into the job? And could I mention you sent me?');
    expect(text).toMatch(/Sana Qureshi/);
    expect(text).toMatch(/say I sent you|mention my name|say we spoke/);
  });
  it('nobody for a kind of person not on the list', () => {
    const text = reply('preset-ux-researcher', 'Is there someone doing research for video games you think I should talk to?');
    expect(text).toMatch(/don't know anyone|can't think of anyone|Nobody I know/);
  });
});

describe('asks and permissions put in the past tense or with a hedge', () => {
  it('hears them', () => {
    expect(asksForReferral('Is there perhaps a newer designer, only months into it, who might not mind a message from me?')).toBe(true);
    expect(chooseReferrals(card('preset-ux-researcher'), 'Would it be okay if I mentioned you suggested her?', card('preset-ux-researcher').referrals).fitting).toEqual([]);
  });
});

describe('MAY_MENTION', () => {
  it('hears the permission in any tense', () => {
    expect(MAY_MENTION.test('Would you mind if I said you suggested him?')).toBe(true);
    expect(MAY_MENTION.test('Is it alright if I mentioned you sent me?')).toBe(true);
    expect(MAY_MENTION.test('What did you say to them?')).toBe(false);
  });
});
