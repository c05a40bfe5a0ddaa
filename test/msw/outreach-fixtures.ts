import type { OutreachContext, OutreachModelCritique } from '../../shared/contracts/outreach.ts';
import { rulesFor } from '../../shared/rules/index.ts';

/**
 * Drafts and model answers shared by the model-path tests. The verdicts noted below are the real
 * checkers' (shared/rules/outreach-rules.ts); if a checker changes, these drafts may need to.
 */

export const EMAIL_CONTEXT: OutreachContext = {
  recipientName: 'Dana Lee',
  recipientRole: 'Product manager',
  organization: 'Acme',
  connection: 'Maria Lopez referred me',
  channel: 'email',
  minutesRequested: 20,
};

/** Passes every outreach checker. */
export const GOOD_DRAFT = `Hi Dana,

I'm a third-year computer science student at State U. Maria Lopez suggested I reach out to you.
I'd love to learn how you moved from research into product management at Acme.
Would you have 20 minutes for a phone or Zoom call? I'm free Tuesday or Thursday after 2 p.m., and happy to fit your calendar.
If now isn't a good time, I completely understand. Thank you for considering it.

Best,
Sam Rivera`;

/** Fails exactly `outreach.no-attachments` ("I've attached my CV.") and `outreach.no-job-ask` ("Are you hiring?"). */
export const ATTACHMENT_AND_JOB_ASK_DRAFT = GOOD_DRAFT.replace(
  'product management at Acme.',
  "product management at Acme. I've attached my CV. Are you hiring?",
);

/** A model answer in which every outreach rule passes; override what a test needs. */
export function modelCritique(overrides: Partial<OutreachModelCritique> = {}): OutreachModelCritique {
  return {
    findings: rulesFor('outreach').map((rule) => ({
      ruleId: rule.id,
      passed: true,
      message: `Model: ${rule.title}.`,
      suggestion: null,
      quote: null,
    })),
    strengths: ['You name Maria Lopez, so Dana knows why you are writing.'],
    rewrite: GOOD_DRAFT,
    subject: '20 minutes on moving into product management?',
    ...overrides,
  };
}

/** `critique` with one rule's finding replaced. */
export function withFinding(
  critique: OutreachModelCritique,
  finding: OutreachModelCritique['findings'][number],
): OutreachModelCritique {
  return { ...critique, findings: critique.findings.map((f) => (f.ruleId === finding.ruleId ? finding : f)) };
}
