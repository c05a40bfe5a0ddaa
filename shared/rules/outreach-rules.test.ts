import { describe, expect, it } from 'vitest';
import { GUIDES_ABSENT_REASON, guidesPresent, jelisaNote } from '../../test/guides.ts';
import { lintOutreach, score, toFinding } from './lint.ts';
import { findDurations, outreachRules } from './outreach-rules.ts';
import type { CheckContext, CheckResult } from './rule.ts';

function check(id: string, text: string, ctx: CheckContext = {}): CheckResult {
  const rule = outreachRules.find((r) => r.id === id);
  if (!rule?.check) throw new Error(`no checker for ${id}`);
  return rule.check(text, ctx);
}

/** Every evidence span must point at exactly its quote. */
function expectSpansExact(text: string, result: CheckResult) {
  for (const e of result.evidence ?? []) expect(text.slice(e.start, e.end)).toBe(e.quote);
}

interface Case {
  id: string;
  passes: Array<string | [string, CheckContext]>;
  fails: Array<string | [string, CheckContext]>;
}

const cases: Case[] = [
  {
    id: 'outreach.introduces-self',
    passes: [
      "I'm a third-year graduate student at State U.",
      'My name is Ana Ruiz and I work in hospital administration.',
      'I am currently finishing a degree in chemistry.',
      "I'm Sam, a data analyst looking at a move into UX.",
      'As a career changer from teaching, I am exploring instructional design.',
      "I've been working in retail management for six years.",
    ],
    fails: [
      "I'm interested in learning about your work. Would you have 20 minutes?",
      'Could we talk about product management sometime?',
      "I'm reaching out because I admire your work.",
    ],
  },
  {
    id: 'outreach.connection',
    passes: [
      'Maria Lopez suggested I reach out to you.',
      "Sarah from the design bootcamp said you'd be great to talk to.",
      'Dr. Chen recommended that I contact you.',
      'We met briefly at the ACM conference last spring.',
      'I see from your LinkedIn profile that you also attended State U.',
      "I'm a fellow State U alum.",
      'I heard you speak on the climate-finance panel at GreenCon.',
      ['Hello! Priya said you might be the right person for my questions.', { connection: 'Priya Natarajan, my former manager' }],
    ],
    fails: [
      "I'm a student interested in UX research. Would you have 20 minutes for a call?",
      ['I would love to learn about your work.', { connection: 'Priya Natarajan referred me' }],
    ],
  },
  {
    id: 'outreach.specific-purpose',
    passes: [
      "I'd love to learn how you moved from academic research into product management.",
      "I'm interested in learning more about career paths in nonprofits focused on sustainability.",
      'I have a few questions about the first year as a hospital pharmacist.',
      'Could we talk for 20 minutes about how you got into ML engineering?',
      ['I would like to hear about your work as a UX researcher.', { recipientRole: 'UX researcher' }],
    ],
    fails: ["I'd love to learn more about you and your work.", 'Would you have time for a call next week?', 'I want to pick your brain.'],
  },
  {
    id: 'outreach.time-ask',
    passes: ['Would you have 20 minutes for a call?', 'a 30-minute phone chat', 'Could we talk for fifteen minutes?', 'maybe half an hour', 'a 15-20 minute call'],
    fails: ['Could we meet for an hour?', 'Would you have a few minutes to chat?', 'Could I pick your brain sometime?', 'a 45-minute meeting'],
  },
  {
    id: 'outreach.proposes-times',
    passes: [
      "I'm generally available Mondays, Wednesdays and Fridays after 12 p.m. EST.",
      'Would Tuesday at 10am or Thursday afternoon work?',
      'I could do 3/14 or 3/15.',
      "I'm happy to work around your schedule.",
    ],
    fails: ['Let me know when you are free.', 'Would you be willing to talk?'],
  },
  {
    id: 'outreach.easy-format',
    passes: ['a 20-minute phone call', 'Happy to hop on Zoom.', 'I could buy you a coffee near your office.', 'a quick video chat', 'a 20-minute call'],
    fails: ['Could we talk for 20 minutes next week?', 'Would you be willing to meet?'],
  },
  {
    id: 'outreach.brief',
    passes: ['Short note. '.repeat(70), ['Hi Ana, fellow State U alum here. Could I ask you for 20 minutes about UX research? Tue/Wed work for me. Thanks!', { channel: 'linkedin' }]],
    fails: ['word '.repeat(151), ['x'.repeat(201), { channel: 'linkedin' }], ['x'.repeat(301), { channel: 'linkedin' }]],
  },
  {
    id: 'outreach.no-attachments',
    passes: ['I can share more about my background when we talk.', 'I read your résumé of projects on your website with interest.'],
    fails: [
      "I've attached my CV for your reference.",
      'Please find attached my resume.',
      'My résumé is below.',
      'Here is my resume: https://example.com/cv.pdf',
      'My LinkedIn and resume are at the bottom of this email.',
      'EXPERIENCE\nAcme Corp, Analyst 2019 - 2022\nBeta LLC, Intern 2018 - 2019',
    ],
  },
  {
    id: 'outreach.no-job-ask',
    passes: ['I would love to learn how people usually move into this work.', 'I was referred to you by Maria.'],
    fails: [
      'Are you hiring right now?',
      'Do you know of any openings on your team?',
      'Could you refer me for the analyst role?',
      'Please keep me in mind for future positions.',
      'I recently applied for the data analyst position at your company.',
      "I'm looking for a job in marketing.",
      "I'd also love to know if your team has any headcount for junior engineers.",
      "I noticed Stripe has an opening for a data scientist and I'd love to learn more about it.",
    ],
  },
  {
    id: 'outreach.no-extra-labour',
    passes: ["I'd love to hear what you read to keep up with the field."],
    fails: ['Could you review my resume before we talk?', 'Could you look over my résumé?', 'Would you be able to send me any job postings you see?', 'Would you be my mentor?'],
  },
  {
    id: 'outreach.no-credentials-dump',
    passes: ["I'm a chemistry MBA student.", 'I have 5 years of experience in retail.'],
    fails: [
      'I hold a B.S. in Biology and an MBA, graduated summa cum laude, and have 8 years of experience. I led a team of 12 engineers and grew revenue 40%.',
    ],
  },
  {
    id: 'outreach.gracious',
    passes: [
      "If you have time, I'd appreciate the chance to talk.",
      '20 min on Zoom next week? Thanks either way!',
      "Thank you for considering it. If you're too busy, could you suggest someone else?",
    ],
    fails: ['Please reply by Friday.', 'Thanks so much!', "If you're not available, no worries."],
  },
  {
    id: 'outreach.plans-ahead',
    passes: ['Would sometime in the next few weeks work?'],
    fails: ['Could we talk tomorrow?', 'I need this ASAP.'],
  },
];

describe('outreach rules', () => {
  it('cover every id the product promises, each with a checker and a cited guide', () => {
    expect(outreachRules.map((r) => r.id)).toEqual([
      'outreach.introduces-self',
      'outreach.connection',
      'outreach.specific-purpose',
      'outreach.time-ask',
      'outreach.proposes-times',
      'outreach.easy-format',
      'outreach.brief',
      'outreach.no-attachments',
      'outreach.no-job-ask',
      'outreach.no-extra-labour',
      'outreach.no-credentials-dump',
      'outreach.gracious',
      'outreach.plans-ahead',
    ]);
    for (const rule of outreachRules) {
      expect(rule.check, rule.id).toBeTypeOf('function');
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      for (const s of rule.sources) {
        expect(s.guide, rule.id).toMatch(/^00\d_[0-9a-f]{16}\.txt$/);
        expect(s.quote.length, `${rule.id} quote stays short`).toBeLessThanOrEqual(140);
      }
    }
  });

  for (const { id, passes, fails } of cases) {
    describe(id, () => {
      it.each(passes.map((p) => (typeof p === 'string' ? [p, {}] : p)))('passes: %s', (text, ctx) => {
        const result = check(id, text, ctx);
        expect(result.passed, result.message).toBe(true);
        expectSpansExact(text, result);
      });
      it.each(fails.map((p) => (typeof p === 'string' ? [p, {}] : p)))('fails: %s', (text, ctx) => {
        const result = check(id, text, ctx);
        expect(result.passed, result.message).toBe(false);
        expect(result.suggestion).toBeTruthy();
        expectSpansExact(text, result);
      });
    });
  }

  it('points evidence at what broke the rule', () => {
    const text = 'Hi Ana,\nI have attached my CV. Are you hiring?';
    expect(check('outreach.no-attachments', text).evidence).toEqual([{ start: 8, end: 30, quote: 'I have attached my CV.' }]);
    expect(check('outreach.no-job-ask', text).evidence).toEqual([{ start: 31, end: 46, quote: 'Are you hiring?' }]);
  });

  it('marks the words past the email limit', () => {
    const text = Array.from({ length: 160 }, (_, i) => `w${i}`).join(' ');
    const [over] = check('outreach.brief', text).evidence ?? [];
    expect(over?.quote.startsWith('w150 ')).toBe(true);
    expect(over?.quote.endsWith('w159')).toBe(true);
  });

  it('reads durations in minutes', () => {
    expect(findDurations('a 15-20 minute call, or half an hour, not an hour').map((d) => d.minutes)).toEqual([20, 30, 60]);
  });

  it('is deterministic', () => {
    const text = "I'm a student. Are you hiring? Let's talk tomorrow for an hour.";
    expect(lintOutreach(text)).toEqual(lintOutreach(text));
  });
});

describe.skipIf(!guidesPresent)(`the guide's sample note to Jelisa (${guidesPresent ? 'guides found' : GUIDES_ABSENT_REASON})`, () => {
  it('passes every outreach rule it obviously satisfies', () => {
    const note = jelisaNote();
    const verdicts = lintOutreach(note, { recipientName: 'Jelisa', channel: 'email' });
    const failed = verdicts.filter((v) => !v.result.passed).map((v) => `${v.rule.id}: ${v.result.message}`);
    expect(failed).toEqual([]);
    expect(score(verdicts.map(toFinding))).toBe(100);
    for (const v of verdicts) expectSpansExact(note, v.result);
  });
});
