import { batchCases, type QuestionCase } from './cases.ts';

/**
 * The fifth fresh batch: written after the last round of patterns and NEVER tuned on. Its numbers
 * are the estimate reported for the published set; its misses are left in the report on purpose.
 */
const JOB_STYLE: Array<[string, string]> = [
  ['justification-demand', 'Why did you think working for a hedge fund was worth selling out?'],
  ['justification-demand', 'I need you to justify why you picked Columbia over Stanford.'],
  ['justification-demand', 'Why hospital pharmacy instead of retail — seems like a strange pick?'],
  ['justification-demand', 'What excuse do you have for not finishing your dissertation?'],
  ['negative-framing', 'What do you find most unbearable about the partners at your firm?'],
  ['negative-framing', 'How badly does your company underpay its junior staff?'],
  ['negative-framing', "What's the biggest red flag about working at Tesla?"],
  ['negative-framing', 'Which part of your day do you dread the most?'],
  ['on-their-profile', 'What did you do before you became a product manager?'],
  ['on-their-profile', 'Did you go to Berkeley for undergrad?'],
  ['on-their-profile', 'Are you a licensed architect?'],
  ['on-their-profile', 'How long did you stay at your first agency?'],
  ['personal-salary', 'What kind of money are you pulling in as a senior nurse?'],
  ['personal-salary', 'Does your job pay enough to support a family?'],
  ['personal-salary', 'Is your compensation mostly base or mostly stock?'],
  ['personal-salary', 'How much did Microsoft offer you when you joined?'],
  ['extra-labour', 'Could you spare an hour next week to go over my grad school plans?'],
  ['extra-labour', 'Would you sign off on my internship hours as my supervisor?'],
  ['extra-labour', "Can you put together a reading list for me?"],
  ['extra-labour', 'Do you mind introducing me to a few people on your team by email?'],
  ['extra-labour', 'Would you help me find a mentor at your company?'],
  ['job-seeking', 'Who do I talk to about applying for the opening on your team?'],
  ['job-seeking', 'If I applied to Spotify, would you back my application?'],
  ['job-seeking', 'Are internships at your lab open to someone like me?'],
  ['job-seeking', "Is it too late to get into this year's graduate scheme at your bank?"],
  ['job-seeking', 'Could I freelance for your team while I finish school?'],
  ['screening', 'What are three adjectives your coworkers would use for you?'],
  ['screening', 'Tell me about the hardest decision you made as a manager and why you made it.'],
  ['screening', 'If you were given a team with low morale, what steps would you take first?'],
  ['screening', 'How do you measure your own success at the end of a quarter?'],
];

const INFORMATIONAL: string[] = [
  'What does the first month look like for new hires in your department?',
  'How do you balance creative work with client demands?',
  'Which habits have helped you most in this career?',
  'How did you figure out which specialty to pursue?',
  'What are some challenges people face when moving from academia to industry?',
  "What's the best way to learn about a company's culture before applying?",
  'What range of salaries do new physical therapists usually see in the Midwest?',
  'Which people at other companies would you suggest I reach out to?',
  'How do you see automation changing entry-level accounting jobs?',
  'What did you enjoy most about your early years at the BBC?',
  'How do people usually move from support roles into engineering?',
  'What kind of background do successful curators tend to have?',
  'What has been the most rewarding project of your career so far?',
  'What do you think separates good social workers from great ones?',
  'How much of your work is collaborative versus solo?',
  'how do you deal with the stress during tax season',
  'What was hard about your first year, and what helped?',
  'What kind of training does your organization offer new staff?',
  'Which skills would you work on if you were trying to break into this field today?',
  'How would you describe the culture on your team?',
  'What do you think the next five years hold for local news?',
  'Are there books you would recommend for understanding the nonprofit sector?',
  'What do you know now that you wish you had known at 22?',
  'How does remote work affect career growth in your field?',
  'What drew you to the Peace Corps after college?',
];

export const fifthBatchCases: QuestionCase[] = batchCases('fifth batch', JOB_STYLE, INFORMATIONAL);
