import { batchCases, type QuestionCase } from './cases.ts';

/**
 * The seventh fresh batch: written after the structural detectors (round 5) and NEVER tuned on.
 * Its numbers are the estimate reported for the published set; its misses stay visible on purpose.
 */
const JOB_STYLE: Array<[string, string]> = [
  ['justification-demand', 'What gave you the idea that teaching was a good fallback?'],
  ['justification-demand', 'Be honest: was going to law school just a way to avoid a real job?'],
  ['justification-demand', 'Why on a Tuesday afternoon would anyone choose accounting as a passion?'],
  ['justification-demand', 'Could you account for the three employers in two years?'],
  ['justification-demand', 'Why leave a tenured position for a contract job?'],
  ['negative-framing', 'What is the most disappointing thing about your profession?'],
  ['negative-framing', 'Who on your team drags everyone else down?'],
  ['negative-framing', 'Does your employer cut corners on safety?'],
  ['negative-framing', "What are the downsides you'd warn people about at Accenture?"],
  ['negative-framing', 'Why is your industry so full of burned-out people?'],
  ['on-their-profile', 'Did you do your residency at Johns Hopkins?'],
  ['on-their-profile', 'Is your degree in mechanical or civil engineering?'],
  ['on-their-profile', 'How long were you at the Times before you moved to radio?'],
  ['on-their-profile', 'Are you still working in the Denver office?'],
  ['on-their-profile', 'Which university did you get your PhD from?'],
  ['personal-salary', 'Do you earn more now than you did in consulting?'],
  ['personal-salary', 'What does a person with your title bring home, ballpark?'],
  ['personal-salary', 'Was the pay cut worth it for you when you switched?'],
  ['personal-salary', 'How big was the bump in pay when you made partner?'],
  ['extra-labour', 'Could you look at two job offers I have and tell me which to take?'],
  ['extra-labour', 'Would you be my reference when I apply next spring?'],
  ['extra-labour', 'Can you loop your hiring manager into our next call?'],
  ['extra-labour', 'Would you check in on my progress every month or so?'],
  ['extra-labour', 'Can you teach me Figma over a few sessions?'],
  ['job-seeking', 'Any chance your company sponsors visas for someone like me?'],
  ['job-seeking', 'Who should I email to get an interview at your studio?'],
  ['job-seeking', 'Could you keep me in mind if a junior role comes up?'],
  ['job-seeking', 'Is your team hiring right now, and can I apply?'],
  ['job-seeking', 'What are my odds of getting into your rotational program?'],
  ['screening', 'How do you prioritise when everything is urgent? Walk me through it.'],
  ['screening', 'What motivates you to get out of bed in the morning?'],
  ['screening', 'Name a decision you regret and what you learned from it.'],
  ['screening', 'How would your last manager rate your attention to detail?'],
  ['screening', 'Pitch yourself to me in thirty seconds.'],
];

const INFORMATIONAL: string[] = [
  'What do you look for when you hire junior designers?',
  'How did you prepare for the switch into product management?',
  'What are common misconceptions about working in insurance?',
  'What does success look like in your first year in this kind of role?',
  'How do freelancers in your field typically find clients?',
  'Which conferences do people in your field find most useful?',
  'How would you recommend I use the next six months to prepare?',
  'What are the trade-offs between agency and in-house work?',
  'How does your organization support professional development?',
  'What surprised you about moving from engineering into management?',
  'What do entry-level salaries in environmental consulting usually look like?',
  'Who are some people whose work I should follow?',
  'How did you build your network early on?',
  'What part of your job do you find most energizing?',
  'What is one thing you would tell your younger self about this career?',
  'How do teams at your company usually collaborate across time zones?',
  'What helped you most when you were new to the field?',
  'How has the role of a pharmacist changed in the last decade?',
  'What kinds of people thrive in investigative journalism?',
  'How do you keep learning while working full time?',
  'What challenges do people face in their first year as a teacher?',
  'Would you say a master\u2019s degree is necessary in this field?',
];

export const seventhBatchCases: QuestionCase[] = batchCases('seventh batch', JOB_STYLE, INFORMATIONAL);
