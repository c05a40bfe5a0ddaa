import { describe, expect, it } from 'vitest';
import { GUIDES_ABSENT_REASON, guidesPresent, jelisaNote } from '../../test/guides.ts';
import { lintOutreach } from '../../shared/rules/index.ts';
import { offlineOutreachCritique } from './offline-outreach.ts';

const JOB_HUNT = `Hi Dana,

I hold a B.S. in Biology and an MBA, graduated summa cum laude, and have 8 years of experience. I've attached my resume for your reference. Are you hiring analysts right now? I'd love to pick your brain about your work.

Could we meet tomorrow for an hour?

Best,
Sam`;

const failedIds = (text: string, ctx = {}) =>
  lintOutreach(text, ctx)
    .filter((v) => !v.result.passed)
    .map((v) => v.rule.id);

describe('offlineOutreachCritique', () => {
  it('rewrites a job-hunting draft into an informational ask, keeping the writer’s frame', () => {
    const context = { recipientName: 'Dana', connection: 'Maria Lopez referred me', recipientRole: 'product manager', organization: 'Acme' };
    const critique = offlineOutreachCritique(JOB_HUNT, context);
    expect(critique.score).toBeLessThan(30);
    expect(critique.findings.filter((f) => !f.passed).map((f) => f.ruleId)).toEqual([
      'outreach.introduces-self',
      'outreach.connection',
      'outreach.specific-purpose',
      'outreach.time-ask',
      'outreach.proposes-times',
      'outreach.easy-format',
      'outreach.no-attachments',
      'outreach.no-job-ask',
      'outreach.no-credentials-dump',
      'outreach.gracious',
      'outreach.plans-ahead',
    ]);
    const rewrite = critique.rewrite!;
    expect(rewrite.startsWith('Hi Dana,\n\n')).toBe(true);
    expect(rewrite.endsWith('Best,\nSam')).toBe(true);
    expect(rewrite).toContain('Maria Lopez referred me.');
    expect(rewrite).toContain('20 minutes');
    expect(rewrite).not.toMatch(/attached|hiring|summa|an hour|tomorrow|pick your brain/i);
    expect(failedIds(rewrite, context)).toEqual([]);
    expect(critique.subject).toBe('20 minutes on working as product manager at Acme?');
  });

  it('leaves placeholders for what only the writer knows, and the placeholders say what to write', () => {
    const critique = offlineOutreachCritique('I want to learn more about you. Let me know.');
    expect(critique.rewrite).toContain('[Who you are in one line');
    expect(critique.rewrite).toContain('[How you are connected');
    expect(critique.rewrite).toContain('[Your name]');
  });

  it('fits a LinkedIn note in 200 characters and gives no subject', () => {
    const draft =
      "Hi Ana, I'm a junior at State U studying design and I'd love to learn how you got into UX research at Figma. Could you refer me for the internship? I've attached my CV.";
    const context = { channel: 'linkedin' as const, connection: 'fellow State U alum' };
    const critique = offlineOutreachCritique(draft, context);
    expect(critique.subject).toBeUndefined();
    expect([...critique.rewrite!].length).toBeLessThanOrEqual(200);
    expect(critique.rewrite).not.toMatch(/refer me|attached/);
    expect(failedIds(critique.rewrite!, context)).not.toContain('outreach.brief');
  });

  it('keeps a titled greeting and a name-only sign-off, and adds lines after the writer’s introduction', () => {
    const draft = `Dear Ms. Alvarez,

My name is Priya and I recently graduated with a B.S. in Computer Science (GPA 3.9, Dean's List) and an M.S. in Data Science. I have 3 years of experience, I'm proficient in Python and SQL, and I led a team of 5 engineers that increased revenue 20%. I also published two papers.

I'm very interested in your company and would love to chat about your work.

Let me know when you're free.

Priya`;
    const context = { organization: 'DataCo', recipientRole: 'data science manager' };
    const rewrite = offlineOutreachCritique(draft, context).rewrite!;
    expect(rewrite).toBe(`Dear Ms. Alvarez,

My name is Priya and I recently graduated with a B.S. in Computer Science and an M.S. in Data Science. [How you are connected, e.g. "Maria Lopez suggested I reach out to you."] I'd love to learn what your work as a data science manager at DataCo involves day to day, and how you got into it.

Would you be open to a 20-minute phone or video call in the next few weeks? I'm free Tuesday or Wednesday between 10 a.m. and 2 p.m. your time, and happy to work around your schedule. If now isn't a good time, I understand; thank you for considering it.

Priya`);
    expect(failedIds(rewrite, context)).toEqual([]);
  });

  it('keeps a vague sentence that is also the writer’s introduction', () => {
    const draft = 'Hi Maya,\n\nI am a recent graduate and I am very interested in your company. I have attached my resume.\n\nThanks,\nTom';
    const rewrite = offlineOutreachCritique(draft).rewrite!;
    expect(rewrite).toContain('I am a recent graduate and I am very interested in your company.');
    expect(rewrite).not.toContain('[Who you are');
    expect(rewrite).not.toContain('attached');
  });

  it('is deterministic', () => {
    expect(offlineOutreachCritique(JOB_HUNT)).toEqual(offlineOutreachCritique(JOB_HUNT));
  });
});

describe.skipIf(!guidesPresent)(`the guide's note to Jelisa (${guidesPresent ? 'guides found' : GUIDES_ABSENT_REASON})`, () => {
  it('scores 100, needs no rewrite, and its strengths quote the note', () => {
    const critique = offlineOutreachCritique(jelisaNote(), { recipientName: 'Jelisa' });
    expect(critique.score).toBe(100);
    expect(critique.rewrite).toBeUndefined();
    expect(critique.strengths).toContain('Asks for a specific, short time: “30-minute”');
    expect(critique.subject).toBe('30 minutes on career paths in nonprofits focused on sustainability?');
  });
});
