/**
 * Twenty common questions from career-guide style lists, written after the engine was tuned on the
 * scripted students and run once as a check: the first run fell back on 17 of 140 replies (12%),
 * which led to wider patterns in server/practice/understand.ts (influence, adjustment, thrive,
 * changed since, facing the industry). Not blind: the same writer, and now tuned on.
 */
export const FRESH_QUESTIONS: readonly string[] = [
  'What kinds of problems do you solve in a typical week?',
  'What part of your job do you find most satisfying?',
  'How would you describe the people you work with?',
  'What was the biggest adjustment when you started this role?',
  'How do you stay current in your field?',
  'What is a common misconception about your work?',
  'What experience would make me a stronger candidate for entry-level roles?',
  'How has your role changed since you started?',
  'What does success look like in your position?',
  'Which classes or training helped you most?',
  'What do you wish you had known before you started?',
  'How much flexibility do you have in your schedule?',
  'What are the biggest challenges facing your industry right now?',
  'Who has influenced your career the most?',
  'If you were starting over, what would you do differently?',
  'What professional associations do you find valuable?',
  'How do you handle stress at work?',
  'What skills are hardest to learn on the job?',
  'What is the career ladder like in your organization?',
  'What kind of person tends to thrive here?',
];
