import { describe, expect, it } from 'vitest';
import { memoByText } from './memo.ts';
import { asksForMeeting, asksForMeetingMemo } from './shapes.ts';

describe('memoByText', () => {
  it('works a text out once, answers it again from memory, and forgets everything when full', () => {
    const seen: string[] = [];
    const len = memoByText((t: string) => {
      seen.push(t);
      return t.length;
    }, 2);
    expect([len('ab'), len('ab'), len('abc')]).toEqual([2, 2, 3]);
    expect(seen).toEqual(['ab', 'abc']);
    expect(len.size()).toBe(2);
    // Full: the next new text empties it.
    expect(len('abcd')).toBe(4);
    expect(len.size()).toBe(1);
    expect(len('ab')).toBe(2);
    expect(seen).toEqual(['ab', 'abc', 'abcd', 'ab']);
  });

  it('remembers undefined answers too', () => {
    let calls = 0;
    const none = memoByText((_t: string): string | undefined => {
      calls += 1;
      return undefined;
    });
    expect([none('x'), none('x')]).toEqual([undefined, undefined]);
    expect(calls).toBe(1);
  });

  it('gives what the function gives (the meeting ask, per sentence)', () => {
    for (const s of ['Could we talk for 15 minutes next week?', 'I am happy to chat.', 'Would you have time for a call?', 'Thanks!']) {
      expect(asksForMeetingMemo(s)).toBe(asksForMeeting(s));
      expect(asksForMeetingMemo(s)).toBe(asksForMeeting(s));
    }
  });
});
