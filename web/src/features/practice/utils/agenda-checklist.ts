import { categorize } from '../../../../../shared/questions/category.ts';
import type { Agenda } from '../../../../../shared/contracts/questions.ts';

/** An agenda's questions in its order: the prepared ones, then the referral question (opening and closing are not questions). */
export function agendaQuestions(agenda: Pick<Agenda, 'items'>): string[] {
  return agenda.items.filter((item) => item.kind === 'question' || item.kind === 'referral').map((item) => item.text);
}

/** A pasted agenda: one question a line, list markers ("1.", "-", "•") dropped. */
export function agendaLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*(?:\d+[.)]|[-*•])\s*/, '').trim())
    .filter((line) => line.length > 0);
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
/** Words that carry the question's form, not its subject: "would you suggest" asks what "should I" asks. */
const FUNCTION_WORDS = new Set(
  'the and you your yours are was were would could should can will shall may might must does did have has had for from with about what which how when where why who whom this that these those there their them they then than into onto some any just also really'.split(' '),
);
const contentWords = (text: string) => new Set(words(text).filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w)));

/**
 * Whether the user has asked this question: one of their messages holds most of its words (80%),
 * so a question put in the box and then reworded a little still counts as asked.
 */
export function isAsked(question: string, userMessages: readonly string[]): boolean {
  // The referral question is asked in many words ("Who else would you suggest I talk to?" is
  // "Who else should I talk to?"): any message in the referral category ticks it.
  if (categorize(question) === 'referrals' && userMessages.some((m) => categorize(m) === 'referrals')) return true;
  const wanted = contentWords(question);
  if (wanted.size === 0) return false;
  return userMessages.some((message) => {
    const said = contentWords(message);
    let found = 0;
    for (const word of wanted) if (said.has(word)) found += 1;
    return found / wanted.size >= 0.8;
  });
}
