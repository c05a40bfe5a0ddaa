import { GUIDES_ABSENT_REASON, guidesPresent, readGuide } from '../../test/guides.ts';
import { talk } from './conduct-examples.ts';
import type { LabelledExample } from './labelled-example.ts';

/**
 * The guides' own words as examples for the conduct and follow-up checkers, read from the kit
 * beside the checkout (never copied into the project). The questions the guides recommend asking
 * must pass every rule that forbids a kind of question; the guides' example of a question to avoid,
 * of a content-free check-in and of an ask for leads must fail theirs. Absent guides: none, and a note.
 */

const G000 = '000_e59610dcce94501e.txt';
const G001 = '001_e8fb9925143dd3b5.txt';
const G002 = '002_bf65b95f0912a037.txt';
const G004 = '004_dec1d6c4ab16813b.txt';

/** The list items of a guide between two markers: its recommended questions. */
function listBetween(file: string, from: string, to: string): string[] {
  const text = readGuide(file);
  const start = text.indexOf(from);
  const end = text.indexOf(to, start);
  if (start < 0 || end < 0) throw new Error(`list not found in ${file}`);
  return text
    .slice(start, end)
    .split('\n')
    .map((line) => /^\s*(?:•|-)\s+(.*\?)\s*$/.exec(line)?.[1]?.trim())
    .filter((q): q is string => q !== undefined);
}

/** The sentence of a guide that contains `words`, from its start to its end mark. */
function sentenceWith(file: string, words: string): string {
  const text = readGuide(file);
  const at = text.indexOf(words);
  if (at < 0) throw new Error(`"${words}" not found in ${file}`);
  const start = Math.max(text.lastIndexOf('“', at), text.lastIndexOf('"', at), text.lastIndexOf('(', at) + 1, text.lastIndexOf('. ', at) + 2, text.lastIndexOf('\n', at) + 1);
  const end = text.slice(at).search(/[?.”"]/);
  return text
    .slice(start, at + end + 1)
    .replace(/^[\s“"(•-]+/, '')
    .replace(/[”"]$/, '')
    .trim();
}

const asked = (question: string) => talk(1, 'Thank you for making time to talk with me today.', 'P: Of course.', question, 'P: Good question.');
const FORBIDS_A_QUESTION = ['conduct.no-job-ask', 'conduct.no-personal-salary', 'conduct.no-profile-questions', 'conduct.no-extra-labour'];

export function practiceGuideExamples(): { examples: LabelledExample[]; note?: string } {
  if (!guidesPresent) return { examples: [], note: `conduct and follow-up guide examples skipped: ${GUIDES_ABSENT_REASON}` };
  const recommended: Array<[string, string]> = [
    ...listBetween(G000, 'Below are some questions', 'What to Avoid').map((q): [string, string] => [G000, q]),
    ...listBetween(G001, 'Some questions you might consider', 'During the informational interview').map((q): [string, string] => [G001, q]),
    ...listBetween(G002, 'Here is a basic set of questions', 'What should I say further').map((q): [string, string] => [G002, q]),
  ];
  const example = (ruleId: string, text: string, expect: 'pass' | 'fail', source: string): LabelledExample => ({ ruleId, text, expect, source });
  return {
    examples: [
      ...recommended.flatMap(([file, q]) => FORBIDS_A_QUESTION.map((ruleId) => example(ruleId, asked(q), 'pass', `${file} (recommended question)`))),
      example('conduct.asks-referrals', asked(sentenceWith(G000, 'whom you think I should talk to')), 'pass', `${G000} (recommended question)`),
      example('conduct.asks-referrals', asked(sentenceWith(G002, 'Can you refer me to others')), 'pass', `${G002} (recommended question)`),
      example('conduct.no-personal-salary', asked(sentenceWith(G000, 'Can you help me get an understanding of the salary range')), 'pass', `${G000} (recommended question)`),
      example('conduct.no-profile-questions', asked(sentenceWith(G000, 'What positions has your career path included')), 'fail', `${G000} (a question to avoid)`),
      example('conduct.no-profile-questions', asked(sentenceWith(G000, 'What did you enjoy most about your work as a lab manager')), 'pass', `${G000} (recommended instead)`),
      example('follow-up.no-empty-check-in', sentenceWith(G000, 'Just wanted to let you know'), 'fail', `${G000} (a check-in to avoid)`),
      // Guide 004 closes its note by asking for leads; the rulebook follows the other guides: a note asks for nothing new.
      example('follow-up.asks-nothing-new', sentenceWith(G004, 'If you see anything that might be a good fit'), 'fail', `${G004} (an ask the rulebook does not accept)`),
    ],
  };
}
