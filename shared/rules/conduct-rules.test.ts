import { describe, expect, it } from 'vitest';
import {
  BAD_CONVERSATION,
  BAD_CONVERSATION_AGAIN,
  CLEAN_CASUAL_CONVERSATION,
  CLEAN_CONVERSATION,
  PLANTED,
  PLANTED_AGAIN,
  transcriptOf,
} from '../../test/fixtures/practice-conversations.ts';
import { GUIDES_ABSENT_REASON, guidesPresent, readGuide } from '../../test/guides.ts';
import { conductRules } from './conduct-rules.ts';
import { lint } from './lint.ts';

const verdict = (id: string, transcript: string, minutes = 20) => {
  const found = lint('conduct', transcript, { minutesRequested: minutes }).find((v) => v.rule.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found.result;
};

/** Every evidence span really is the quoted text of the transcript. */
function expectSpansHold(transcript: string) {
  for (const { result } of lint('conduct', transcript, { minutesRequested: 20 })) {
    for (const e of result.evidence ?? []) expect(transcript.slice(e.start, e.end)).toBe(e.quote);
  }
}

describe('conduct rules', () => {
  it('are the eleven the issue names, all with checkers', () => {
    expect(conductRules.map((r) => r.id)).toEqual([
      'conduct.opening-thanks', 'conduct.brief-intro', 'conduct.prepared-questions', 'conduct.follow-up-questions',
      'conduct.no-job-ask', 'conduct.no-personal-salary', 'conduct.no-profile-questions', 'conduct.no-extra-labour',
      'conduct.asks-referrals', 'conduct.respects-time', 'conduct.closing-thanks',
    ]);
    for (const rule of conductRules) expect(rule.check, rule.id).toBeTypeOf('function');
  });

  it.skipIf(!guidesPresent)(`quote their guides word for word (${guidesPresent ? 'guides present' : GUIDES_ABSENT_REASON})`, () => {
    for (const rule of conductRules) for (const s of rule.sources) expect(readGuide(s.guide), rule.id).toContain(s.quote);
  });

  it.each([
    ['a prepared conversation', CLEAN_CONVERSATION],
    ['a casual one', CLEAN_CASUAL_CONVERSATION],
  ])('find no violation in %s, each with the user’s words as evidence', (_name, conversation) => {
    const transcript = transcriptOf(conversation);
    const verdicts = lint('conduct', transcript, { minutesRequested: 20 });
    expect(verdicts.filter((v) => !v.result.passed).map((v) => [v.rule.id, v.result.message])).toEqual([]);
    for (const v of verdicts) expect(v.result.evidence?.length ?? 0, v.rule.id).toBeGreaterThan(0);
    expectSpansHold(transcript);
  });

  it.each([
    ['one bad conversation', BAD_CONVERSATION, PLANTED],
    ['another, in other words', BAD_CONVERSATION_AGAIN, PLANTED_AGAIN],
  ])('find every planted violation in %s with its quote', (_name, conversation, planted) => {
    const transcript = transcriptOf(conversation);
    for (const [id, words] of planted) {
      const result = verdict(id, transcript);
      expect(result.passed, id).toBe(false);
      expect(result.evidence?.some((e) => e.quote.includes(words)), `${id}: ${JSON.stringify(result.evidence)}`).toBe(true);
    }
    expectSpansHold(transcript);
  });

  it.each([
    'Are you guys hiring at the moment?',
    'Is your team hiring any juniors this year?',
    'Do you know of any openings on your team?',
    'Are there any open positions at Lumen?',
    'Would you be able to refer me for the associate role?',
    'Could you put in a good word for me with the hiring manager?',
    'Could you pass along my resume to your recruiter?',
    'Please keep me in mind if a role opens up.',
    'How can I get hired at your company?',
    'Honestly I would love to work for you.',
  ])('no-job-ask fails on %j', (ask) => {
    const result = verdict('conduct.no-job-ask', transcriptOf([['u', `Thanks for your time. ${ask}`]]));
    expect(result.passed).toBe(false);
  });

  it.each([
    'How did you get started in this field?',
    'What kinds of roles do people usually start in?',
    'What makes someone competitive for entry-level positions in this field?',
    'How has hiring in this field changed over the last few years?',
  ])('no-job-ask passes %j', (question) => {
    expect(verdict('conduct.no-job-ask', transcriptOf([['u', question]])).passed).toBe(true);
  });

  it.each([
    'How much do you make?',
    "What's your salary, if you don't mind me asking?",
    'What is your current compensation like?',
    'Do you make six figures?',
    'What did you earn when you started at Lumen?',
    'Are you paid well?',
  ])('no-personal-salary fails on %j', (ask) => {
    expect(verdict('conduct.no-personal-salary', transcriptOf([['u', ask]])).passed).toBe(false);
  });

  it.each([
    'What salary range might someone entering this field expect?',
    'What are starting salaries like for coordinators?',
    'What can a new graduate expect to earn in a first role?',
  ])('no-personal-salary passes the entry-range question %j', (question) => {
    const result = verdict('conduct.no-personal-salary', transcriptOf([['u', question]]));
    expect(result).toMatchObject({ passed: true, message: 'You asked about pay the right way: the range for people entering the field.' });
  });

  it.each([
    'What positions have you held?',
    'Where did you go to college?',
    'What did you major in?',
    "What's your job title?",
    'How long have you been at Green Futures?',
    'Where did you work before this?',
    'Can you walk me through your resume?',
  ])('no-profile-questions fails on %j', (ask) => {
    expect(verdict('conduct.no-profile-questions', transcriptOf([['u', ask]])).passed).toBe(false);
  });

  it('no-profile-questions passes a question about what the profile cannot say', () => {
    const t = transcriptOf([['u', 'What did you enjoy most about your agency years, and what was hard about them?']]);
    expect(verdict('conduct.no-profile-questions', t).passed).toBe(true);
  });

  it.each([
    'Could you review my resume?',
    'Would you mind taking a look at my portfolio?',
    'Can you give me feedback on my cover letter?',
    'Could you send me any job postings you see?',
    'Would you be my mentor?',
    'Could we do another call next week?',
    'Would you proofread my personal statement?',
  ])('no-extra-labour fails on %j', (ask) => {
    expect(verdict('conduct.no-extra-labour', transcriptOf([['u', ask]])).passed).toBe(false);
  });

  it.each([
    'Who else should I talk to?',
    'Is there anyone else you would recommend I speak with?',
    'Who else would you suggest I reach out to?',
    'Are there other people in your network I could learn from?',
    'Could you point me to someone on the policy side?',
  ])('asks-referrals passes %j', (ask) => {
    expect(verdict('conduct.asks-referrals', transcriptOf([['u', ask]])).passed).toBe(true);
  });

  it('brief-intro fails a background that would take over three minutes to say', () => {
    const long = `I'm a graduate student. ${'I worked on many projects and led many teams and won several awards. '.repeat(40)}`;
    const result = verdict('conduct.brief-intro', transcriptOf([['u', `Thank you for your time. ${long}`], ['p', 'Wow.'], ['u', 'What is your week like?']]));
    expect(result.passed).toBe(false);
    expect(result.message).toMatch(/^Your background took about \d+ minutes to say; keep it under 3\.$/);
  });

  it('brief-intro fails a short introduction that lists credentials, and passes one that mentions a single one', () => {
    const list = transcriptOf([['u', "Thanks for your time. I'm a senior with a 3.8 GPA, I made the dean's list twice and I won a research award. What is your week like?"]]);
    expect(verdict('conduct.brief-intro', list)).toMatchObject({ passed: false, message: 'Your background turned into a list of credentials.', evidence: [{ quote: "I'm a senior with a 3.8 GPA, I made the dean's list twice and I won a research award." }] });
    const one = transcriptOf([['u', "Thanks for your time. I'm a nursing student, and a scholarship for rural health got me interested in clinics. What is clinic work like?"]]);
    expect(verdict('conduct.brief-intro', one).passed).toBe(true);
  });

  it.each([
    ['conduct.no-personal-salary', 'Is your compensation competitive with the private sector?'],
    ['conduct.no-profile-questions', 'where did you get your nursing degree'],
    ['conduct.no-extra-labour', 'If you see any job postings, could you send me them?'],
    ['conduct.no-extra-labour', 'Would you mind reviewing my cover letter before I submit it?'],
    ['conduct.no-extra-labour', 'Can you introduce me to your hiring manager?'],
    ['conduct.no-job-ask', "I'd really love to join your team — how would I go about that?"],
    ['conduct.no-job-ask', 'Any chance there is room for a junior person at Railyard?'],
    ['conduct.no-personal-salary', 'Did your pay go up a lot when you moved into management?'],
    ['conduct.no-profile-questions', 'So which companies were you at before Lumen?'],
  ])('%s fails on %j (meta-evaluation misses)', (id, ask) => {
    expect(verdict(id, transcriptOf([['u', `Thanks for your time. ${ask}`]])).passed).toBe(false);
  });

  it.each([
    'Do you know anyone in city government who might be willing to chat about this?',
    'Who would you talk to if you were in my shoes?',
    'Any colleagues you think would be good to speak with about the legal side?',
  ])('asks-referrals passes %j (meta-evaluation misses)', (ask) => {
    expect(verdict('conduct.asks-referrals', transcriptOf([['u', ask]])).passed).toBe(true);
  });

  it('follow-up-questions never quotes a salary question (or a reaction before a new topic) as a follow-up', () => {
    const onlySalary = transcriptOf([
      ['u', 'What is a typical week like?'],
      ['p', 'Budgets, mostly. Grant money is tight, so salaries here trail the private sector.'],
      ['u', 'Interesting! What salary range might someone entering the field expect?'],
      ['p', 'Entry roles here start in the low forties.'],
      ['u', 'How much do you make, if you do not mind me asking?'],
    ]);
    expect(verdict('conduct.follow-up-questions', onlySalary).passed).toBe(false);
    const mixed = transcriptOf([
      ['u', 'What is a typical week like?'],
      ['p', 'Budgets, mostly. Grant money is tight, so salaries here trail the private sector.'],
      ['u', 'What salary range might someone entering the field expect?'],
      ['p', 'Entry roles here start in the low forties, and most people learn budgeting on the job.'],
      ['u', 'How did you learn budgeting yourself?'],
    ]);
    const result = verdict('conduct.follow-up-questions', mixed);
    expect({ passed: result.passed, quotes: result.evidence?.map((e) => e.quote) }).toEqual({ passed: true, quotes: ['How did you learn budgeting yourself?'] });
    expectSpansHold(mixed);
  });

  it('follow-up-questions passes a question that picks up a word of the last answer, and fails unrelated topic hopping', () => {
    const picks = transcriptOf([
      ['u', 'What do you find hard?'],
      ['p', 'Recruiting participants for studies is the hardest part.'],
      ['u', 'How do you find participants when clinics are busy?'],
    ]);
    expect(verdict('conduct.follow-up-questions', picks).passed).toBe(true);
    const hops = transcriptOf([
      ['u', 'What do you find hard?'],
      ['p', 'Recruiting participants for studies is the hardest part.'],
      ['u', 'What books do you recommend?'],
    ]);
    expect(verdict('conduct.follow-up-questions', hops).passed).toBe(false);
  });

  it('respects-time passes within the budget and fails past it with the first late turn', () => {
    const onTime = transcriptOf([['u', 'Thanks! One last question before I let you go?', 19]]);
    expect(verdict('conduct.respects-time', onTime, 20)).toMatchObject({ passed: true, message: 'You kept to the time and said so.' });
    const late = transcriptOf([['u', 'Another question.', 14], ['u', 'And another one?', 17]]);
    expect(verdict('conduct.respects-time', late, 15)).toMatchObject({ passed: false, evidence: [{ quote: 'And another one?' }] });
  });
});
