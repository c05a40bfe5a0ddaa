import { batchCases, type QuestionCase } from './cases.ts';

/**
 * A second fresh batch, written after the checkers were tuned on the held-out set and never tuned
 * on: its numbers are the honest estimate of how the rules do on questions written by strangers.
 * A miss here is recorded, not fixed by a pattern that names its words.
 */
const JOB_STYLE: Array<[string, string]> = [
  ['justification-demand', 'Why did you trade a law career for teaching yoga?'],
  ['justification-demand', 'What possessed you to join a startup in the middle of a recession?'],
  ['justification-demand', 'Rank the three skills a nurse needs most and say why.'],
  ['justification-demand', 'Why exactly would someone with your grades go into the trades?'],
  ['negative-framing', 'What is the most depressing part of working in child welfare?'],
  ['negative-framing', "Honestly, doesn't the commute to the Pentagon wear you down?"],
  ['negative-framing', 'Which of your colleagues is the hardest to put up with?'],
  ['negative-framing', 'What do people at Wells Fargo complain about most?'],
  ['on-their-profile', 'Which university did you attend?'],
  ['on-their-profile', 'How long were you at Accenture before you left?'],
  ['on-their-profile', 'What is your official title at the Brookings Institution?'],
  ['on-their-profile', 'Did you do a PhD?'],
  ['personal-salary', 'If you do not mind me asking, what are you paid?'],
  ['personal-salary', 'Is your salary above or below 100k?'],
  ['personal-salary', 'How much commission did you earn last quarter?'],
  ['extra-labour', 'Would you have time to go through my portfolio with me next week?'],
  ['extra-labour', 'Could you send my CV around to your colleagues?'],
  ['extra-labour', 'Can you recommend me to someone in your network who is hiring?'],
  ['extra-labour', 'Could you edit the bio on my website?'],
  ['job-seeking', 'Do you know if Kaiser has anything for new grad nurses right now?'],
  ['job-seeking', 'How would I go about getting on your team?'],
  ['job-seeking', "I'm on the market — can you help me get my foot in at Netflix?"],
  ['job-seeking', 'Are you guys bringing on any summer associates?'],
  ['screening', 'What has been your biggest professional setback and how did you bounce back?'],
  ['screening', 'How do you prioritise when three deadlines collide?'],
  ['screening', 'Tell me how you would persuade a skeptical board.'],
  ['screening', 'What kind of salary are you looking for in your next role?'],
];

const INFORMATIONAL: string[] = [
  'How did you figure out that hospice nursing was where you belonged?',
  'What do your first few hours at the studio usually look like?',
  'Which parts of the job did you have to learn by doing?',
  'What has surprised you about managing volunteers?',
  'What do you think newcomers underestimate about tax season?',
  'How do people in your field keep their skills current?',
  'What would you tell a chemistry major curious about patent law?',
  'How has the shift to electric vehicles changed your engineering work?',
  'What does career growth look like for paralegals at a mid-size firm?',
  'What is the culture like at Duolingo for people early in their careers?',
  'Who else do you think could tell me more about conservation work?',
  'What kind of starting salary is realistic for a junior copywriter in Atlanta?',
  'What frustrates you about how grants get funded, and what keeps you going?',
  'What did you find most rewarding about your years at the Red Cross?',
  'If you were starting over, which skills would you build first?',
  'which podcasts or newsletters help you stay on top of the industry',
  'How do teams at Shopify decide what to build next?',
  'What challenges come with managing people for the first time?',
  'How did you weigh staying in research against moving to industry?',
  'What kinds of roles do people with a sociology degree end up in?',
  'What makes a junior analyst really valuable in their first year?',
  'How do hiring managers in your field usually judge portfolios?',
  'What is the hardest thing about working night shifts, and how do people manage it?',
  'Are there associations for women in construction that you would recommend?',
  'What questions do you wish more people asked you about your job?',
];

export const secondBatchCases: QuestionCase[] = batchCases('second batch', JOB_STYLE, INFORMATIONAL);
