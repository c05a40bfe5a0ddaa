import { describe, expect, it } from 'vitest';
import { evidenceInOriginal, expandInformal, prepareProfile, userBenefitRequests } from './question-text.ts';

describe('expandInformal', () => {
  it('reads texting and apostrophe-less spellings as their full forms', () => {
    expect(expandInformal('r u hiring rn').text).toBe('are you hiring right now');
    expect(expandInformal('whats ur salary').text).toBe("what's your salary");
    expect(expandInformal('Whats it like, dont you think').text).toBe("What's it like, don't you think");
    expect(expandInformal('im curious how u got started').text).toBe("I'm curious how you got started");
    expect(expandInformal('a 5 yr plan').text).toBe('a 5 years plan');
  });

  it('leaves names and words that only look short alone ("R", "U.S.", "UR", "its")', () => {
    for (const text of ['Do you use R or Python?', 'How is work in the U.S. different?', 'What did UR teach you?', 'How does the team do its planning?']) {
      expect(expandInformal(text).text).toBe(text);
    }
  });

  it('maps a span of the expanded text back to the original words', () => {
    const original = 'is ur team hiring';
    const expanded = expandInformal(original);
    const start = expanded.text.indexOf('your team');
    expect(evidenceInOriginal(original, expanded, [{ start, end: start + 'your team'.length, quote: 'your team' }])).toEqual([{ start: 3, end: 10, quote: 'ur team' }]);
  });
});

describe('userBenefitRequests (structural: a request aimed at them whose beneficiary is the user)', () => {
  const kinds = (text: string) => userBenefitRequests(text).map((r) => [r.kind, r.hit.quote]);
  it('finds producing, sending, arranging and backing for the user, with the words as evidence', () => {
    expect(kinds('Could you draft a study plan for me?')).toEqual([['labour', 'Could you draft a study plan for me']]);
    expect(kinds('Would you email me your onboarding checklist?')).toEqual([['labour', 'Would you email me your']]);
    expect(kinds('Can you arrange a coffee with me and your editor?')).toEqual([['labour', 'arrange a coffee with me']]);
    expect(kinds('Would you consider me for the junior opening?')).toEqual([['job', 'you consider me']]);
    expect(kinds('Could you shortlist my application?')).toEqual([['job', 'you shortlist my application']]);
  });
  it('leaves requests for advice, a sense or other people alone', () => {
    for (const text of [
      'Could you give me a sense of what a normal week involves?',
      'Can you refer me to others who might be open to a chat?',
      'Could you tell me how you found your first role?',
      'Would you recommend any books on urban design?',
      'How do you help new hires find their feet?',
    ]) expect(kinds(text), text).toEqual([]);
  });
});

describe('prepareProfile', () => {
  const profile = '  Data analyst at Initech since 2020.\nB.Sc. in Statistics, University of Leeds.\n';
  it('says a missing or blank profile is none, and prepares a given one once', () => {
    expect([prepareProfile(undefined), prepareProfile(''), prepareProfile(' \n\t ')]).toEqual([undefined, undefined, undefined]);
    const prepared = prepareProfile(profile);
    expect(prepared?.text).toBe(profile);
    expect(prepareProfile(profile)).toBe(prepared);
  });
  it('answers each lookup exactly as a fresh scan would, again and again', () => {
    const prepared = prepareProfile(profile)!;
    for (let round = 0; round < 2; round++) {
      expect([prepared.indexOf('Initech'), prepared.indexOf('Globex')]).toEqual([profile.indexOf('Initech'), -1]);
      expect(prepared.firstMatch(/\bUniversity\b/)).toEqual({ index: profile.indexOf('University'), length: 'University'.length });
      expect(prepared.firstMatch(/\bMBA\b/)).toBeUndefined();
    }
  });
});
