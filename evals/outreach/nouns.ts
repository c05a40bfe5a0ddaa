import type { OutreachContext } from '../../shared/contracts/outreach.ts';

/** Capitalised words that are not names: pronouns, days, months, greetings, formats. */
const NOT_NAMES = new Set(
  (
    "I I'm I’m I'd I’d I've I’ve I'll I’ll Mr Ms Mrs Dr Prof Professor Dear Hi Hello Hey Thanks Thank Best Regards Kind Warm Cheers Sincerely " +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri Sat Sun ' +
    'January February March April May June July August September October November December ' +
    'Zoom Teams Google Meet LinkedIn EST PST CST ET PT GMT UTC If Would Could Please'
  ).split(' '),
);

/**
 * The names a rewrite must keep: the recipient's name and organization from the context, and the
 * capitalised words the writer used mid-sentence (people, schools, employers) that are
 * named again or are in the context. A word at the start of a sentence may just be capitalised.
 */
export function outreachNouns(draft: string, context: OutreachContext = {}): string[] {
  const nouns = new Set<string>();
  for (const value of [context.recipientName, context.organization]) {
    if (value && draft.includes(value)) nouns.add(value);
  }
  for (const m of draft.matchAll(/(?<=[a-z,;:] )[A-Z][\p{L}&'’-]+/gu)) {
    const word = m[0].replace(/['’]s$/, '');
    if (!NOT_NAMES.has(word) && word.length > 1) nouns.add(word);
  }
  return [...nouns];
}
