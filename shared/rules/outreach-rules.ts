import type { Rule } from './rule.ts';

// STUB — being written now. Ids are final.
export const OUTREACH_RULE_IDS = [
  'outreach.introduces-self',
  'outreach.connection',
  'outreach.specific-purpose',
  'outreach.time-ask',
  'outreach.proposes-times',
  'outreach.easy-format',
  'outreach.brief',
  'outreach.no-attachments',
  'outreach.no-job-ask',
  'outreach.no-credentials-dump',
  'outreach.gracious',
  'outreach.plans-ahead',
] as const;

export const outreachRules: Rule[] = OUTREACH_RULE_IDS.map((id) => ({
  id,
  appliesTo: 'outreach',
  severity: 'medium',
  title: id,
  text: id,
  sources: [{ guide: '000_e59610dcce94501e.txt', quote: 'Make your ask specific and brief.' }],
  check: () => ({ passed: true, message: 'stub' }),
}));
