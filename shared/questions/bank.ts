import { type BankQuestion, CATEGORY_LABELS, QUESTION_CATEGORIES, type QuestionBank, type QuestionCategory } from '../contracts/questions.ts';

/**
 * The starter bank: informational questions written for infochat, grouped by category, each citing
 * the guide that recommends asking about its topic. Every one passes every question rule (a test
 * holds it to that).
 */

const G000 = '000_e59610dcce94501e.txt';
const G001 = '001_e8fb9925143dd3b5.txt';
const G002 = '002_bf65b95f0912a037.txt';
const G003 = '003_abca84236e19902c.txt';

type Entry = [id: string, text: string, guide: string, quote: string];

const ENTRIES: Record<QuestionCategory, Entry[]> = {
  'career-path': [
    ['path-first-steps', 'How did you get your start in this line of work?', G002, 'How does an individual get started in this employment sector/field/career?'],
    ['path-turning-points', 'Which moments or decisions shaped the path that brought you to your current role?', G001, 'What experiences led you to your current role?'],
    ['path-next-step', 'How have you decided when it was time to take on something new in your career?', G000, 'How have you decided when it was time to take the next step in your career?'],
  ],
  'day-to-day': [
    ['day-typical-week', 'What does a typical week look like for you, from Monday to Friday?', G000, 'What does an average day or week look like for you?'],
    ['day-time-split', 'Which parts of your work take up most of your time?', G001, 'What is a typical day like in your job'],
    ['day-surprises', 'What about your current position surprised you once you started?', G000, 'What aspects of your current position have surprised you?'],
  ],
  'skills-and-training': [
    ['skills-most-important', 'Which skills matter most for doing this work well?', G000, 'What skills do you think are most important to be being successful in this field?'],
    ['skills-training-paths', 'What kinds of training or coursework would you suggest for someone preparing to enter this field?', G002, 'Will I need more formal training to apply for positions in this field?'],
    ['skills-reading', 'Which books, newsletters or podcasts help you keep up with your field?', G002, 'What do you read to keep informed of events, issues, and openings in your field?'],
    ['skills-professional-orgs', 'Which professional organizations would you suggest someone interested in this field explore?', G000, 'What professional organizations should someone interested in this field explore?'],
    ['skills-stand-out', 'What experiences would make someone particularly competitive for this kind of role?', G001, 'What specific skills or experiences would make someone particularly competitive'],
  ],
  'organization-and-culture': [
    ['org-what-you-like', 'What do you appreciate most about the organization you work for?', G001, 'What do you like most about the company/organization that you work for?'],
    ['org-change', 'If you could change one thing about how your organization works, what would it be?', G001, 'Is there anything you would like to see change?'],
    ['org-climate', 'How would you describe the culture on your team for people from different backgrounds?', G000, 'What is the climate like in Tech Start-up Firm for queer employees?'],
  ],
  'industry-trends': [
    ['trends-next-years', 'What developments do you expect in this field over the next three to five years?', G001, 'key developments or growth areas in the next 3 – 5 years'],
    ['trends-growth-areas', 'Where do you see the most growth or new opportunity in the field right now?', G002, 'What new developments are expected in the field in the next 3-5 years?'],
  ],
  'compensation-range': [
    ['pay-entry-range', 'Can you help me understand the salary range someone entering this field might expect?', G000, 'the salary range someone entering this field might expect'],
    ['pay-growth', 'How does pay usually grow over the first few years in this field?', G000, 'the salary range someone entering this field might expect'],
  ],
  advice: [
    ['advice-students', 'What advice would you give someone who is just starting to explore this field?', G001, 'What advice would you give to current college students who want to enter this field?'],
    ['advice-wish-known', 'What do you wish you had known about this field before you started?', G001, 'What do you wish you had known about your role or career field'],
    ['advice-advancement', 'What advice would you give someone hoping to advance a few years into this career?', G002, 'What are the possibilities for advancement?'],
  ],
  referrals: [
    ['referral-who-else', 'Who else should I talk to?', G001, 'be sure to ask “Who else should I talk to?”'],
    ['referral-others-in-field', 'Are there other people in your field whom you think I should talk to?', G000, 'Are there other people in your field/organization whom you think I should talk to?'],
    ['referral-learn-more', 'Is there someone in your organization I could learn more from about this work?', G003, 'introduce you to another person in their industry or company so you can learn more'],
  ],
};

/** The question the agenda always closes with. */
export const REFERRAL_QUESTION = 'Who else should I talk to?';

export const bankQuestions: readonly BankQuestion[] = QUESTION_CATEGORIES.flatMap((category) =>
  ENTRIES[category].map(([id, text, guide, quote]) => ({ id, text, category, source: { guide, quote } })),
);

export function questionBank(): QuestionBank {
  return {
    categories: QUESTION_CATEGORIES.map((id) => ({
      id,
      label: CATEGORY_LABELS[id],
      questions: bankQuestions.filter((q) => q.category === id),
    })),
  };
}

