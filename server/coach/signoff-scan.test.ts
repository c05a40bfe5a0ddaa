import { describe, expect, it } from 'vitest';
import { randomTexts } from '../../test/fixtures/random-texts.ts';
import { endsInLink, inlineThanks, nameSignoffAt } from './suggested-edits.ts';

/**
 * The sign-off and link finders of suggested-edits.ts read the text in one pass; each gives the
 * same answer as the pattern it replaced (which backtracked over blank lines and spaces), on
 * texts built at random from the pieces those patterns look at.
 */
const OLD = {
  closing: /\n(?:[ \t]*\n)*[ \t]*[^\n.!?]{1,25}[,!][ \t]*\n(?:[ \t]*\n)*[ \t]*[-–—~]?[ \t]*[\p{L}][\p{L}'’.-]*(?: [\p{L}][\p{L}'’.-]*){0,2}\s*$/u,
  name: /\n(?:[ \t]*\n)*[ \t]*[-–—~]?[ \t]*[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’.-]+){0,2}\s*$/u,
  short: /\n[ \t]*\n[ \t]*[-–—~]?[ \t]*\p{L}[\p{L}'’-]{0,15}\s*$/u,
  thanks: /(?<=[.!?]\s+|\s)(?:thx|thanks|thank you|ty|cheers|many thanks)[!.]*\s*$/i,
  link: /(?:https?:\/\/|www\.|\b[\w-]+\.(?:com|io|net|org|ly|co|me|dev|app)\/)\S*$/i,
};

const texts = (pieces: readonly string[], n: number, seed: number) => randomTexts(pieces, n, seed, 9);

const SIGNOFF_PIECES = ['\n', ' ', '\t', '\r', 'Best,', 'Ngā mihi,', 'V/r', ',', '!', '.', '- ', '—', 'Sam', 'sam', ' Lee', 'Whitaker', 'bri', "O'Neil", 'Thanks!', 'a very long closing line here', 'x', '\u00a0', 'Hi. ', '?'];

describe('the sign-off finders read the text once and agree with the patterns they replaced', () => {
  it('a name on the last line, with or without a closing line above it', () => {
    const fixed = ['Hi Dana,\n\nThanks,\nAroha', 'Hi\n\n  \n- Imani  \n', 'Text\n\nSam Whitaker', 'Body\n\nbri', 'One\nMerci,\n\n\nCeline\n', 'A.\n V/r, \n Josh', 'x\n\n\n'];
    let found = 0;
    for (const text of [...fixed, ...texts(SIGNOFF_PIECES, 10_000, 7)]) {
      const old = OLD.closing.exec(text)?.index ?? OLD.name.exec(text)?.index ?? OLD.short.exec(text)?.index;
      expect(nameSignoffAt(text), JSON.stringify(text)).toBe(old);
      if (old !== undefined) found++;
    }
    // The random texts reach the sign-offs, not only texts without one.
    expect(found).toBeGreaterThan(100);
  });

  it('a thanks at the end of a one-paragraph note', () => {
    const pieces = ['thanks', 'Thanks', 'THX', 'ty', 'thank you', 'many thanks', 'cheers', ' ', '\n', '.', '!', '?', 'pretty', 'many', 'x', 'K'];
    let found = 0;
    for (const text of ['Talk soon. Many thanks!! ', 'sometime? thx', 'pretty', ' ty.', ...texts(pieces, 4_000, 11)]) {
      const old = OLD.thanks.exec(text)?.index;
      expect(inlineThanks(text), JSON.stringify(text)).toBe(old);
      if (old !== undefined) found++;
    }
    expect(found).toBeGreaterThan(100);
  });

  it('a link at the end of the text', () => {
    const pieces = ['https://', 'http:/', 'WWW.', 'www', '.', 'com', 'io/', '/', '-', '_', 'a', 'itch', ' ', '\n', 'x.co/', '--.com/', 'é'];
    let found = 0;
    for (const text of ['see itch.io/frogjump', 'see --.com/x', 'a -b.com/', ...texts(pieces, 4_000, 13)]) {
      expect(endsInLink(text), JSON.stringify(text)).toBe(OLD.link.test(text));
      if (OLD.link.test(text)) found++;
    }
    expect(found).toBeGreaterThan(100);
  });
});

describe('the fresh draft’s phrase finders agree with the patterns they replaced', () => {
  it('an indefinite phrase, "for my …" at the end, a trailing clause before the stop', async () => {
    const { indefinitePhrase, withoutForMe, withoutTrailingClause } = await import('./fresh-draft.ts');
    for (const t of texts(['a', 'an', ' ', '\t', 'nurse', '-', 'é', '.', 'x', '\n'], 8_000, 61)) {
      expect(indefinitePhrase(t), JSON.stringify(t)).toBe(/^(?:an?)\s+[\p{L} -]+$/u.test(t));
    }
    let cut = 0;
    for (const t of texts([' ', 'for', 'FOR', 'in', 'as', ' my', ' me', 'myself', '\n', 'x', 'h', '.'], 8_000, 67)) {
      const old = t.replace(/\s+(?:for|in|as) (?:my|me)\b.*$/i, '');
      expect(withoutForMe(t), JSON.stringify(t)).toBe(old);
      if (old !== t) cut++;
    }
    expect(cut).toBeGreaterThan(50);
    cut = 0;
    for (const t of texts([', ', ',', ' ', 'now', 'Also', 'who', 'whom', 'x', '.', '\n', 'and'], 8_000, 71).map((x, i) => (i % 2 ? `${x}.` : x))) {
      const old = t.replace(/,\s+(?:currently|now|also|and|where|while|who)\b[^.]*(?=\.$)/i, '');
      expect(withoutTrailingClause(t), JSON.stringify(t)).toBe(old);
      if (old !== t) cut++;
    }
    expect(cut).toBeGreaterThan(50);
  });
});

describe('practice and rephrasing finders agree with the patterns they replaced', () => {
  it('a slang tag before the final question mark', async () => {
    const { withoutSlangTag } = await import('../text/question-rephrase.ts');
    for (const q of texts([',', ' ', 'tho', 'though', 'LOL', 'fr', '?', 'x', '\n', 'afr'], 8_000, 83).map((x, i) => (i % 2 ? `${x}?` : x))) {
      expect(withoutSlangTag(q), JSON.stringify(q)).toBe(q.replace(/,?\s+(?:tho|though|lol|haha|fr)\s*\?$/i, '?'));
    }
  });
});

describe('a fact that asks the user', () => {
  it('agrees with its pattern', async () => {
    const { asksUser } = await import('../practice/retrieve.ts');
    let found = 0;
    for (const t of texts(['you', 'Your', 'yours', ' ', '?', '.', '!', 'x', '\n', 'bayou'], 8_000, 89)) {
      const old = /\b(?:you|your)\b[^.!?]*\?\s*$/i.test(t);
      expect(asksUser(t), JSON.stringify(t)).toBe(old);
      if (old) found++;
    }
    expect(found).toBeGreaterThan(100);
  });
});

describe('a turn split where a second question starts', () => {
  it('agrees with the split pattern it replaced', async () => {
    const { splitQuestions } = await import('../practice/understand.ts');
    const old = (t: string) => t.split(/(?:,\s*|;\s*|\s+)(?:and|but|plus|also)\s+(?=(?:what|how|why|who|which|where|when|is|are|do|does|did|would|could|can|any)\b)|\?\s+(?=\S)/i);
    let split = 0;
    for (const t of texts([',', ';', ' ', '  ', 'and', 'AND', 'also', 'plus', 'but', 'what', 'whatever', 'does', 'do', 'x', '?', '\n', 'any'], 20_000, 97)) {
      expect(splitQuestions(t), JSON.stringify(t)).toEqual(old(t));
      if (old(t).length > 1) split++;
    }
    expect(split).toBeGreaterThan(500);
  });
});
