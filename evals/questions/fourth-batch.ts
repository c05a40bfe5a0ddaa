import { batchCases, type QuestionCase } from './cases.ts';

/**
 * A fourth fresh batch, written after the last round of patterns and never tuned on (the second
 * and third batches had been used to find gaps, so they no longer estimate anything): its
 * numbers are the estimate reported for the published set.
 */
const JOB_STYLE: Array<[string, string]> = [
  ['justification-demand', 'Please explain your decision to leave Goldman for a nonprofit.'],
  ['justification-demand', "Why'd you go into HR of all things?"],
  ['justification-demand', 'What were you hoping to prove by going back to school at 40?'],
  ['justification-demand', 'Which three software tools are indispensable for an architect? Explain your choices.'],
  ['negative-framing', 'What was the lowest point of your career?'],
  ['negative-framing', 'Is it depressing working with terminally ill patients every day?'],
  ['negative-framing', "What's the dirty secret of the consulting industry?"],
  ['negative-framing', 'Who was the worst boss you ever had?'],
  ['on-their-profile', 'How many years of experience do you have in total?'],
  ['on-their-profile', 'Which bootcamp did you go to?'],
  ['on-their-profile', 'What was your first job out of school?'],
  ['on-their-profile', 'What is your role at Mercy Hospital exactly?'],
  ['personal-salary', 'Would you say you are well compensated?'],
  ['personal-salary', 'How much are you billing per hour these days?'],
  ['personal-salary', 'Can I ask your salary band?'],
  ['personal-salary', 'Roughly how much did your last raise come to?'],
  ['extra-labour', 'Would you look at the personal website I built and tell me what to fix?'],
  ['extra-labour', 'Could you forward my info to your head of engineering?'],
  ['extra-labour', 'Would you be open to meeting with me every few weeks as I job hunt?'],
  ['extra-labour', 'Can you review my application essay for the MPH program?'],
  ['extra-labour', 'Would you let me know if you hear about any jobs?'],
  ['job-seeking', 'Is there any possibility of joining your team after I graduate?'],
  ['job-seeking', 'Can you make sure my application gets seen?'],
  ['job-seeking', 'Do you think there might be something for me at Unilever?'],
  ['job-seeking', 'When is your firm going to start recruiting for summer analysts?'],
  ['job-seeking', 'How do I get my resume to the top of the pile at your company?'],
  ['screening', 'What would your references say are your weak points?'],
  ['screening', 'Describe a time your work was criticized and how you reacted.'],
  ['screening', "What's one thing you'd change about yourself professionally?"],
  ['screening', 'How do you stay productive under tight deadlines and pressure? Give an example.'],
];

const INFORMATIONAL: string[] = [
  'What does a day on a construction site look like for a project engineer?',
  'How do you tell whether a company is a good place to start a career?',
  'What do you think makes a strong first year for a new associate?',
  'Which parts of the job did school prepare you for, and which not at all?',
  'How do people in your role split time between clients and internal work?',
  'What are the toughest parts of working in humanitarian logistics?',
  'How has your view of the field changed since you started?',
  'What does the path from nurse to nurse practitioner usually involve?',
  'Which professional groups would be worth joining as a student?',
  'How did you approach the decision to leave your first employer?',
  'whats something you wish people knew before going into pharmacy',
  'What would the ideal background look like for someone entering museum education?',
  'How do entry-level salaries in public accounting compare between big and small firms?',
  'Is there someone else at your organization who might be willing to talk with me?',
  'How did working at Amazon shape the way you manage teams?',
  'What kind of work do junior researchers at think tanks actually do?',
  'What does success look like in your first two years in sales?',
  'How do you handle the emotional side of working in hospice?',
  'What resources did you lean on when you were learning to code?',
  'What do recruiters in your industry tend to look for on a resume?',
  'Why do you think this field has such high turnover?',
  'How do you keep your skills sharp when the technology keeps changing?',
  'What would you want to know if you were in my position?',
  'Which trends should someone entering renewable energy watch?',
  'What was the most valuable advice you got early in your career?',
];

export const fourthBatchCases: QuestionCase[] = batchCases('fourth batch', JOB_STYLE, INFORMATIONAL);
