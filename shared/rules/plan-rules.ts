import type { Rule } from './rule.ts';

/**
 * The `plan` family: when each step with a contact should happen. They judge a contact's log and a
 * clock, not a text, so they have no `check`; the planner (`server/contacts/planner.ts`) applies them
 * and names the rule on every Today item it derives from one.
 */
const G000 = '000_e59610dcce94501e.txt';
const G001 = '001_e8fb9925143dd3b5.txt';
const G003 = '003_abca84236e19902c.txt';
const G004 = '004_dec1d6c4ab16813b.txt';

export const planRules: readonly Rule[] = [
  {
    id: 'plan.send-day',
    appliesTo: 'plan',
    severity: 'low',
    title: 'Send on Tuesday or Wednesday',
    text: 'Send the ask on a Tuesday or Wednesday, not on a Monday or late in the week.',
    sources: [{ guide: G003, quote: 'Friday can be a bit of black hole, so Tuesday or Wednesday are best.' }],
  },
  {
    id: 'plan.lead-time',
    appliesTo: 'plan',
    severity: 'medium',
    title: 'Weeks of notice',
    text: 'Ask for a time several weeks ahead and propose times; no last-minute requests.',
    sources: [{ guide: G004, quote: 'Plan to ask for a scheduled time several weeks to a month or more in advance.' }],
  },
  {
    id: 'plan.one-follow-up',
    appliesTo: 'plan',
    severity: 'medium',
    title: 'Follow up once',
    text: 'With no reply, follow up once, then let it rest: no stream of check-ins.',
    sources: [{ guide: G000, quote: 'you should avoid sending frequent, relatively content-free check-ins' }],
  },
  {
    id: 'plan.prepare-questions',
    appliesTo: 'plan',
    severity: 'medium',
    title: 'Prepare before the chat',
    text: 'Prepare your questions before the chat, tailored to the person.',
    sources: [{ guide: G000, quote: 'move into the questions you’ve prepared in advance' }],
  },
  {
    id: 'plan.prompt-thanks',
    appliesTo: 'plan',
    severity: 'high',
    title: 'Thank them promptly',
    text: 'Send the thank-you within a day of the chat.',
    sources: [
      { guide: G003, quote: 'a thank-you email is a MUST' },
      { guide: G001, quote: 'follow up with your contact to thank them' },
    ],
  },
  {
    id: 'plan.update-on-advice',
    appliesTo: 'plan',
    severity: 'medium',
    title: 'Report how you used their advice',
    text: 'Weeks later, tell them how you acted on their advice; never a content-free check-in.',
    sources: [
      { guide: G000, quote: 'You should also follow up to share how you’ve acted on their suggestions' },
      { guide: G001, quote: 'If you took their advice or used a resource they told you about, share your progress' },
    ],
  },
];
