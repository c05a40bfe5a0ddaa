import fc from 'fast-check';
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
    // The API's rewrite is the edited draft, every edit accepted: nothing else than what the page shows.
    expect(critique.rewrite).toBe(critique.editedDraft);
    expect(critique.rewrite).not.toMatch(/attached|hiring/i);
    // The subject from the facts: the writer asked for an hour, nobody asked for 20 minutes.
    expect(critique.subject).toBe(critique.freshDraft?.subject);
    expect(critique.subject).not.toMatch(/\b20\b/);
  });

  it('offers no legacy rewrite: no invented amount, no blank beside a given fact, no shorthand kept (newcomer check)', () => {
    const draft = 'Hi, could we talk? abt ur work lol. I am free Tuesday or Thursday. Thanks, Sam';
    const critique = offlineOutreachCritique(draft);
    expect(critique.rewrite).toBe(critique.editedDraft);
    for (const text of [critique.rewrite!, critique.subject!]) {
      expect(text, text).not.toMatch(/\b20\b|minutes|\[|\babt\b|\blol\b/);
    }
    expect(critique.rewrite).toContain('I am free Tuesday or Thursday.');
    expect(critique.rewrite).toMatch(/Sam$/);
  });

  it('keeps a LinkedIn note within the 300 characters a note may have, and gives no subject', () => {
    const draft =
      "Hi Ana, I'm a junior at State U studying design and I'd love to learn how you got into UX research at Figma. Could you refer me for the internship? I've attached my CV.";
    const context = { channel: 'linkedin' as const, connection: 'fellow State U alum' };
    const critique = offlineOutreachCritique(draft, context);
    expect(critique.subject).toBeUndefined();
    expect(critique.rewrite).toBe(critique.editedDraft);
    expect([...critique.rewrite!].length).toBeLessThanOrEqual(300);
    expect(critique.rewrite).not.toMatch(/refer me|attached/);
  });

  it('is deterministic', () => {
    expect(offlineOutreachCritique(JOB_HUNT)).toEqual(offlineOutreachCritique(JOB_HUNT));
  });

  it('edits a draft that meets every rule but is written in lowercase, and leaves a careful one alone', () => {
    const lowercase =
      "hi ms. alvarez\n\ni'm a sophomore studying industrial design, and my advisor prof. kim said you'd be a great person to talk to. i'd love to hear how you ended up designing medical devices. would you have 20 min for a zoom call sometime next month? i'm free most afternoons.\n\nthanks so much\njordan";
    const critique = offlineOutreachCritique(lowercase);
    expect(critique.score).toBe(100);
    expect(critique.readyToSend).toBe(false);
    expect(critique.edits?.every((e) => e.ruleId === 'text.register')).toBe(true);
    expect(critique.rewrite).toBe(critique.editedDraft);
    expect(critique.rewrite).toContain("I'm a sophomore studying industrial design");
    expect(critique.rewrite).toContain('Would you have 20 min for a zoom call');
    expect(critique.freshDraft).toBeUndefined();
    const careful = lowercase.replace(/(^|\n|[.?] )(\w)/g, (_, before: string, c: string) => before + c.toUpperCase()).replace(/\bi'/g, "I'").replace('zoom', 'Zoom');
    expect(offlineOutreachCritique(careful).readyToSend).toBe(true);
    expect(offlineOutreachCritique(careful).rewrite).toBeUndefined();
  });

  it('quotes a long passage in a strength up to a whole word, with "…"', () => {
    const draft =
      "Hi Lee,\n\nI'm a nurse and a fellow Tufts alum. I'd love to hear how you moved into informatics. Would you have 20 minutes for a phone call? " +
      "I'm flexible and glad to work around your schedule whenever it suits you in the coming weeks, even at short notice if that helps. Thank you!\n\nBest,\nAna";
    const strength = offlineOutreachCritique(draft).strengths.find((s) => s.startsWith('Proposes times'));
    expect(strength).toBe('Proposes times: “flexible and glad to work around your schedule whenever it suits you in the coming weeks…”');
  });
});

describe.skipIf(!guidesPresent)(`the guide's note to Jelisa (${guidesPresent ? 'guides found' : GUIDES_ABSENT_REASON})`, () => {
  it('scores 100, needs no rewrite, and its strengths quote the note', () => {
    const critique = offlineOutreachCritique(jelisaNote(), { recipientName: 'Jelisa' });
    expect(critique.score).toBe(100);
    expect(critique.rewrite).toBeUndefined();
    expect(critique.strengths).toContain('Asks for a specific, short time: “30-minute”');
    expect(critique.subject).toBe('30 minutes on career paths in nonprofits?');
  });
});

describe('subject lines', () => {
  const subjectOf = (draft: string, context = {}) => offlineOutreachCritique(draft, context).subject!;
  const ask = (purpose: string) => `Hi Lee,\n\nI'm a nurse and a fellow Tufts alum. ${purpose} Would you have 20 minutes for a phone call? I'm free Tuesday after 2 p.m. Thank you!\n\nBest,\nAna`;

  it.each([
    ["I'd love to learn how you moved from clinical work into UX research.", '20 minutes on your path into UX research?'],
    ["I'd love to hear how you got into health informatics.", '20 minutes on your path into health informatics?'],
    ["I'm curious what a typical week looks like as a hospital pharmacist.", '20 minutes on a typical week as a hospital pharmacist?'],
    ["I'd love to learn what the first year in nonprofit fundraising looks like.", '20 minutes on the first year in nonprofit fundraising?'],
    ["I'm interested in learning more about career paths in nonprofits focused on sustainability.", '20 minutes on career paths in nonprofits?'],
    ['I have a few questions about grant writing for small arts organizations.', '20 minutes on grant writing for small arts organizations?'],
    ["I'd love to learn about community health work in rural Maine, and what you wish you had known.", '20 minutes on community health work in rural Maine?'],
    ["I'd value your perspective on moving from teaching into UX design at a software company with a remote team.", '20 minutes on moving from teaching into UX design?'],
  ])('%s → %s', (purpose, subject) => {
    expect(subjectOf(ask(purpose))).toBe(subject);
  });

  it('is at most 60 characters, never ends on a dangling word, never carries a job word', () => {
    const purposes = [
      "I'd love to learn about the transition from academic research into policy work at state agencies across the Midwest.",
      "I'd love to hear about hiring in data science and the positions open at your company.",
      "I'm curious about the path into product management for people with an engineering background and a family.",
      "I'd love to learn about life as a freelance translator of legal and medical documents for courts.",
      "I'd love to learn about your internship program.",
      "Could I ask about how you balance fieldwork with writing up results?",
      "I'd love to hear about the difference between public and private practice for physical therapists in the Pacific Northwest.",
    ];
    for (const purpose of purposes) {
      const subject = subjectOf(ask(purpose));
      expect(subject.length, subject).toBeLessThanOrEqual(60);
      expect(subject, subject).not.toMatch(/\b(?:a|an|the|and|or|of|in|on|at|to|for|with|from|into|about|your|my)\?$/i);
      expect(subject, subject).not.toMatch(/\b(?:job|hiring|positions?|openings?|internship)\b/i);
    }
  });

  it('over generated purposes: at most 60 characters, whole phrases, no job word', () => {
    const word = fc.constantFrom('research', 'policy', 'the', 'and', 'of', 'in', 'your', 'jobs', 'hiring', 'clinical', 'data', 'for', 'with', 'design', 'nonprofit', 'teams', 'at', 'into', 'a', 'positions', 'museum', 'education');
    const lead = fc.constantFrom("I'd love to learn about", "I'd love to hear how you moved into", "I'm curious what", 'I have a few questions about', "I'd value your perspective on", "I'm exploring");
    fc.assert(
      fc.property(lead, fc.array(word, { minLength: 1, maxLength: 14 }), (l, words) => {
        const subject = subjectOf(ask(`${l} ${words.join(' ')}.`));
        expect(subject.length).toBeLessThanOrEqual(60);
        expect(subject).not.toMatch(/\b(?:a|an|the|and|or|of|in|on|at|to|for|with|from|into|about|your|my)\?$/i);
        expect(subject).not.toMatch(/\b(?:jobs?|hiring|positions?)\b/i);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300), seed: Number(process.env.PROPERTY_SEED ?? 60) },
    );
  });

  it('falls back to the plain default when the purpose is a job ask or missing, never inventing an amount', () => {
    expect(subjectOf('Are you hiring? I am looking for a job in marketing.')).toBe('Request for a short informational conversation');
    expect(subjectOf('Hi, could we talk?')).toBe('Request for a short informational conversation');
  });

  it("keeps the writer's own subject line when it is fine, and replaces one naming a favour the edits took out", () => {
    expect(subjectOf('Subject: Drake alum with a question about analytics\n\nHi Lee, I am a Drake alum. Could we talk?')).toBe('Drake alum with a question about analytics');
    expect(subjectOf('Subject: Referral for the data analyst opening?\n\nHi Lee, could you refer me?')).not.toMatch(/referral|opening/i);
  });
});

describe('score', () => {
  const scoreOf = (draft: string, context = {}) => offlineOutreachCritique(draft, context).score;

  it('keeps fragments missing the essentials low', () => {
    for (const fragment of ['would love to chat sometime', 'Hi, are you free?', 'quick question about your work', 'Hey, can we connect?', 'Thanks in advance!']) {
      expect(scoreOf(fragment), fragment).toBeLessThan(20);
    }
  });

  it('caps a job ask or an attachment at 45, however good the rest', () => {
    const good = "Hi Lee,\n\nI'm a nurse and a fellow Tufts alum. I'd love to learn how you moved into health informatics. Would you have 20 minutes for a phone call? I'm free Tuesday after 2 p.m. Thank you!\n\nBest,\nAna";
    expect(scoreOf(good)).toBe(100);
    expect(scoreOf(good.replace('Thank you!', 'Are you hiring? Thank you!'))).toBe(45);
    expect(scoreOf(good.replace('Thank you!', "I've attached my CV. Thank you!"))).toBe(45);
  });
});
