import { batchCases, type QuestionCase } from './cases.ts';

/**
 * A third fresh batch, written after the second round of general patterns (which the second
 * batch's misses had shown were needed, so that batch no longer measures anything) and never
 * tuned on: its numbers are the current estimate for questions written by strangers.
 */
const JOB_STYLE: Array<[string, string]> = [
  ['justification-demand', 'How can you defend working for an oil company?'],
  ['justification-demand', 'Why in the world did you leave a tenured position?'],
  ['justification-demand', 'Convince me that an MFA was worth the debt.'],
  ['justification-demand', 'Why pharma and not biotech?'],
  ['negative-framing', 'What is the most frustrating thing your manager does?'],
  ['negative-framing', 'Have you ever hated going to work?'],
  ['negative-framing', 'Is working at Deloitte as soul-destroying as people say?'],
  ['negative-framing', 'What made you so unhappy at your old job?'],
  ['on-their-profile', 'What company were you at before this one?'],
  ['on-their-profile', 'Are you still at Salesforce?'],
  ['on-their-profile', 'what did you study at uni'],
  ['on-their-profile', 'Where did you do your residency?'],
  ['personal-salary', 'Mind if I ask what your base is?'],
  ['personal-salary', 'How much did you make last year, roughly?'],
  ['personal-salary', 'Did you take a pay cut when you moved to the nonprofit, and how big?'],
  ['personal-salary', 'What are they paying you at Stripe these days?'],
  ['extra-labour', 'Would you be up for reading a draft of my article?'],
  ['extra-labour', 'Could you vouch for me with your hiring team?'],
  ['extra-labour', 'Can I email you my resume for a quick once-over?'],
  ['extra-labour', 'Would you mind sending me a list of people I should contact at your firm?'],
  ['extra-labour', 'Could you teach me how to use Figma sometime?'],
  ['job-seeking', "Hey, I know this isn't a job interview, but is your team looking for anyone?"],
  ['job-seeking', 'Would it be possible to get a referral from you for the Google APM program?'],
  ['job-seeking', 'Do you see any chance of an opening for me at the Times?'],
  ['job-seeking', 'Can you get me in front of the hiring committee?'],
  ['job-seeking', "What's the quickest route to an offer at your company?"],
  ['screening', 'How would you describe your work ethic?'],
  ['screening', 'What motivates you to get out of bed in the morning?'],
  ['screening', "What's an accomplishment you're especially proud of and why?"],
  ['screening', 'How do you respond when your boss gives you harsh feedback?'],
];

const INFORMATIONAL: string[] = [
  'What was it like making the jump from the classroom to corporate training?',
  'How do you decide which projects are worth taking on as a freelancer?',
  'What are the biggest misunderstandings about social work?',
  'Which tools would you learn first if you were new to data visualisation?',
  'What kind of person tends to burn out in emergency medicine, and who thrives?',
  'How do most people end up in actuarial science?',
  'what kind of hours do public defenders usually work',
  'How is the work different at a startup versus a big agency like Ogilvy?',
  'What would you say to someone who is nervous about switching careers at 45?',
  'Could you tell me what the interview process usually looks like for roles like yours?',
  "How does someone get noticed by recruiters in this field if they don't have connections?",
  'Which parts of the job are most stressful, and how do you manage them?',
  'What is the pay progression like for electricians after the apprenticeship?',
  'How did you land your first client when you went out on your own?',
  'Who are some people in your network I might learn from?',
  'What do you wish your employer did differently for new staff?',
  'How did you get over imposter syndrome in your first year?',
  'What kinds of side projects impress people in this field?',
  'What led you from the Army to project management?',
  "I'm exploring a move into UX — what skills from teaching transfer best?",
  'How much does location matter for jobs in this industry?',
  'What are the most common reasons people leave this field?',
  'What is your team working on that excites you most right now?',
  'How have layoffs in tech changed how people think about their careers?',
  'What would make you recommend this career to a friend, and what would make you hesitate?',
];

export const thirdBatchCases: QuestionCase[] = batchCases('third batch', JOB_STYLE, INFORMATIONAL);
