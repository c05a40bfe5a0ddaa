import { describe, expect, it } from 'vitest';
import { GUIDES_ABSENT_REASON, guidesPresent, readGuide } from '../../test/guides.ts';
import { followUpRules } from './follow-up-rules.ts';
import { lint } from './lint.ts';

const failing = (note: string, topics?: string[]) =>
  lint('follow-up', note, topics ? { topics } : {}).filter((v) => !v.result.passed).map((v) => v.rule.id);

describe('follow-up rules', () => {
  it.skipIf(!guidesPresent)(`quote their guides word for word (${guidesPresent ? 'guides present' : GUIDES_ABSENT_REASON})`, () => {
    for (const rule of followUpRules) for (const s of rule.sources) expect(readGuide(s.guide), rule.id).toContain(s.quote);
  });

  it('pass a good note, with evidence spans that hold', () => {
    const note =
      'Dear Priya,\n\nThank you for talking with me on Tuesday. What you said about recruiting participants from busy clinics stayed with me. ' +
      'I have already signed up for the UXPA chapter meetup you suggested, and I will write up my library study as a case study.\n\nBest,\nSam';
    const verdicts = lint('follow-up', note, { topics: ['recruiting participants', 'a typical week'] });
    expect(verdicts.filter((v) => !v.result.passed)).toEqual([]);
    for (const v of verdicts) for (const e of v.result.evidence ?? []) expect(note.slice(e.start, e.end)).toBe(e.quote);
  });

  it.each([
    ['Hi Dana, just checking in! Any updates?', ['follow-up.thanks', 'follow-up.names-topics', 'follow-up.acts-on-advice', 'follow-up.no-empty-check-in']],
    ['Thanks again. I am still looking for a job, so if you see any openings please send them my way.', ['follow-up.names-topics', 'follow-up.acts-on-advice', 'follow-up.asks-nothing-new', 'follow-up.no-empty-check-in']],
    ['Thank you for your time. Could you review my resume before I apply?', ['follow-up.names-topics', 'follow-up.acts-on-advice', 'follow-up.asks-nothing-new']],
    ['Thank you! You mentioned the IEDC course, and I have registered for it. Would you have time for another call next month?', ['follow-up.asks-nothing-new']],
    ['I appreciate your advice about volunteering; I am going to join the spring outreach crew.', []],
  ])('%j fails exactly %j', (note, expected) => {
    expect(failing(note)).toEqual(expected);
  });

  it.each([
    ['Hi Dana, I wanted to say how much I appreciated our conversation on Friday. I have joined the coalition you mentioned.', []],
    ['Thanks! If you hear of any advising positions, I would love to know. I will read the report you mentioned.', ['follow-up.asks-nothing-new']],
    ['Thank you so much. Would you mind looking over my cover letter? I have started the course you mentioned.', ['follow-up.asks-nothing-new']],
    ['Dear Grace, thank you for explaining residency programs. I will apply to two of them.', []],
    ['Thanks Tomás, you mentioned on-call weeks. I will ask my manager about shadowing.', []],
  ])('%j fails exactly %j (meta-evaluation misses)', (note, expected) => {
    expect(failing(note)).toEqual(expected);
  });

  it('names-topics uses the conversation’s topics when given', () => {
    expect(failing('Thank you! You mentioned many things. I will read more.', ['grant writing', 'burnout'])).toEqual(['follow-up.names-topics']);
    expect(failing('Thank you! Your point about burnout was honest. I will read more.', ['grant writing', 'burnout'])).toEqual([]);
  });
});
