import { describe, expect, it } from 'vitest';
import { deniedFact, unfoundedClaim, unfoundedNote } from './referents.ts';

const said = [
  'A recent project was rolling out a new sedation protocol. I trained roughly a hundred and ten nurses over six weeks.',
  'My first mentor was Marisol Quinn, my preceptor on med-surg. She taught me to say out loud what I was thinking.',
];

describe('a referent the professional never said', () => {
  it('finds a thing they never mentioned, however it is pointed at', () => {
    expect(unfoundedClaim('You mentioned the CRRT rollout. What does it take to train a unit?', said)).toBe('the CRRT rollout');
    expect(unfoundedClaim('the helicopter transport team you mentioned, do you miss it?', said)).toMatch(/helicopter transport team/);
    expect(unfoundedClaim('Interesting, about the budget part. Can you give me an example?', said)).toBe('budget');
  });

  it('lets stand what they did say, in the same or other words', () => {
    expect(unfoundedClaim('You mentioned the sedation protocol. How long did the training take?', said)).toBeUndefined();
    expect(unfoundedClaim('I love that your preceptor made you talk through your thinking. Do you still do that?', said)).toBeUndefined();
    expect(unfoundedClaim('What does a typical week look like?', said)).toBeUndefined();
  });

  it('does not take "you said is real" for a claim', () => {
    expect(unfoundedClaim('yeah the sedation thing you said is 100% real', said)).toBeUndefined();
  });

  it('says a thing was not mentioned, and a claim was not said', () => {
    const first = (lines: readonly string[]) => lines[0]!;
    expect(unfoundedNote('the CRRT rollout', first)).toMatch(/^I don't think I mentioned the CRRT rollout/);
    expect(unfoundedNote('recruiting is half the battle', first)).toMatch(/^I don't think I said that recruiting is half the battle/);
  });
});

describe('a premise that denies what the card says', () => {
  const facts = [
    { id: 'reminders', text: "Right now I'm on a study of appointment reminders. I can't say much about it, but it's the first time I'm talking to patients, not just clinic staff." },
    { id: 'tools', text: 'Zoom for sessions and a spreadsheet for tracking participants.' },
  ];

  it('finds the fact a negated premise about them contradicts', () => {
    expect(deniedFact("Since HIPAA means you can't talk to actual patients, is most of your work surveys?", facts)).toBe('reminders');
  });

  it('leaves the asker’s own situation and plain questions alone', () => {
    expect(deniedFact("Since I can't talk to patients in my job, how would I practise interviewing?", facts)).toBeUndefined();
    expect(deniedFact('Do you talk to patients directly?', facts)).toBeUndefined();
  });
});

describe('a follow-up that assumes what the professional would say (blind r6: "I\'m not sure I said that")', () => {
  const card = 'I try hard not to lead participants: open questions, then silence. I handle the yearly competencies, in simulation and at the bedside.';

  it('is never denied when the card bears it out, though not said yet', () => {
    expect(unfoundedClaim('You said you try hard not to lead them. How do you keep from doing that?', said, card)).toBeUndefined();
    expect(unfoundedClaim('You said you also handle the yearly competencies. How is that done?', said, card)).toBeUndefined();
  });

  it('is still noted when the thing is foreign to the card', () => {
    expect(unfoundedClaim('You mentioned the helicopter transport team. Do you miss it?', said, card)).toMatch(/helicopter transport team/);
  });
});
