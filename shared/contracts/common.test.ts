import { describe, expect, it } from 'vitest';
import { codePointLength, hasVisibleCharacter, userText } from './common.ts';

const draft = userText({
  label: 'The draft',
  max: 10,
  tooLong: { code: 'draft_too_long', status: 413 },
  empty: { code: 'empty_draft', message: 'empty' },
});

function issueOf(text: string) {
  const result = draft.safeParse(text);
  if (result.success) return undefined;
  const [issue] = result.error.issues;
  return { message: issue?.message, params: issue && 'params' in issue ? issue.params : undefined };
}

describe('userText', () => {
  it.each([
    ['\u0000', 'U+0000', 1],
    ['ab\u0007', 'U+0007', 3],
    ['\u000B', 'U+000B', 1],
    ['\u000C', 'U+000C', 1],
    ['😀\u001F', 'U+001F', 2],
    ['\u000E', 'U+000E', 1],
  ])('refuses the control character in %j (invalid_characters), naming it and its position', (text, hex, position) => {
    expect(issueOf(text)).toEqual({
      message: `The draft contains a control character (${hex}) at position ${position}; only tab, newline and carriage return are accepted.`,
      params: { code: 'invalid_characters', status: 400 },
    });
  });

  it.each(['a\tb', 'a\nb', 'a\r\nb', 'DEL\u007F', 'é', 'نص', '中文'])('keeps %j exactly as given', (text) => {
    expect(draft.parse(text)).toBe(text);
  });

  it('counts code points: ten emoji fit in ten, eleven do not', () => {
    expect(draft.parse('😀'.repeat(10))).toBe('😀'.repeat(10));
    expect(issueOf('😀'.repeat(11))).toEqual({
      message: 'The draft has 11 characters (Unicode code points); the limit is 10.',
      params: { code: 'draft_too_long', status: 413 },
    });
  });

  it.each(['', ' ', '\n\t\r', '\u200B\u200C\u200D', '\uFEFF', '\u2060\u00A0', '\u3164', '\u2800', '\u0301\u0301', '\uFE0F'])(
    'calls %j empty: nothing visible',
    (text) => {
      expect(issueOf(text)).toEqual({ message: 'empty', params: { code: 'empty_draft', status: 400 } });
    },
  );

  it('trims first when asked, and counts after trimming', () => {
    const field = userText({ label: 'The organization', max: 3, trim: true });
    expect(field.parse('  abc  ')).toBe('abc');
    expect(field.safeParse('abcd').success).toBe(false);
  });
});

describe('codePointLength and hasVisibleCharacter', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['😀', 1],
    ['👩‍💻', 3],
    ['e\u0301', 2],
  ])('%j has %i code points', (text, n) => {
    expect(codePointLength(text)).toBe(n);
  });

  it.each([['a', true], ['.', true], ['€', true], ['٣', true], ['\u200B', false], [' ', false]])('%j visible: %s', (text, visible) => {
    expect(hasVisibleCharacter(text)).toBe(visible);
  });
});
