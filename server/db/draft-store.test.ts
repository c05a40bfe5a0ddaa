import { describe, expect, it } from 'vitest';
import { draftTitle } from './draft-store.ts';

describe('draftTitle', () => {
  it('names the recipient when known', () => {
    expect(draftTitle('Hi there', { recipientName: 'Jelisa Brown' })).toBe('To Jelisa Brown');
  });

  it('takes the first non-blank line', () => {
    expect(draftTitle('\n  \n  Thanks for the talk last week!  \nSecond line', {})).toBe('Thanks for the talk last week!');
  });

  it.each([
    ['Hi Jelisa,', 'To Jelisa'],
    ['  Dear Dr. Omar Haddad:', 'To Dr. Omar Haddad'],
    ['Hello Ms. Reyes', 'To Ms. Reyes'],
    ['Good morning Priya!', 'To Priya'],
    ['hey Sam,', 'To Sam'],
  ])('names whom a greeting-only first line greets: %s', (line, title) => {
    expect(draftTitle(`${line}\n\nI study nursing and would love 20 minutes.`, {})).toBe(title);
  });

  it('keeps a first line that says more than a greeting', () => {
    expect(draftTitle('Hi Ana, I study nursing and would love 20 minutes.', {})).toBe('Hi Ana, I study nursing and would love 20 minutes.');
    expect(draftTitle('Hi,\nI study nursing.', {})).toBe('Hi,');
  });

  it('cuts a long first line at a word, near 60 characters', () => {
    const line = 'I am a second-year PhD student weighing a move from bench research into product work';
    expect(draftTitle(line, {})).toBe('I am a second-year PhD student weighing a move from bench…');
  });

  it('cuts a long word-less line at 60 characters', () => {
    expect(draftTitle('x'.repeat(100), {})).toBe(`${'x'.repeat(60)}…`);
  });
});
