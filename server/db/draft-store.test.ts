import { describe, expect, it } from 'vitest';
import { draftTitle } from './draft-store.ts';

describe('draftTitle', () => {
  it('names the recipient when known', () => {
    expect(draftTitle('Hi there', { recipientName: 'Jelisa Brown' })).toBe('To Jelisa Brown');
  });

  it('takes the first non-blank line', () => {
    expect(draftTitle('\n  \n  Hi Jelisa,  \nSecond line', {})).toBe('Hi Jelisa,');
  });

  it('cuts a long first line at a word, near 60 characters', () => {
    const line = 'I am a second-year PhD student weighing a move from bench research into product work';
    expect(draftTitle(line, {})).toBe('I am a second-year PhD student weighing a move from bench…');
  });

  it('cuts a long word-less line at 60 characters', () => {
    expect(draftTitle('x'.repeat(100), {})).toBe(`${'x'.repeat(60)}…`);
  });
});
