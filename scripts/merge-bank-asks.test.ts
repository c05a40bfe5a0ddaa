import { describe, expect, it } from 'vitest';
import { mergeAsks } from './merge-bank-asks.ts';

const bank = () => ({
  presetId: 'preset-x',
  entries: [
    { id: 'week', intent: 'week', asks: ['what is your week like'], text: 'Meetings on Monday.', followUps: [{ asks: ['and fridays'], text: 'Quiet.' }] },
    { id: 'path', intent: 'path', asks: ['how did you get here'], text: 'By accident.', followUps: [] },
  ],
});

describe('merging new asks into a bank', () => {
  it('adds new asks to their entry, once, and never an ask the bank already has anywhere', () => {
    const { bank: out, result } = mergeAsks(bank(), [
      { id: 'week', asks: ['What’s a normal week?', "what's a normal week", 'How did you get here?', 'And Fridays?'] },
      { id: 'path', asks: ['  what led you   into this  '] },
      { id: 'nope', asks: ['anything'] },
    ]);
    expect(out.entries[0]!.asks).toEqual(['what is your week like', 'What’s a normal week?']);
    expect(out.entries[1]!.asks).toEqual(['how did you get here', 'what led you into this']);
    expect(result).toEqual({ added: 2, duplicate: 3, unknown: ['nope'], full: 0 });
  });
  it('stops at the contract maximum of asks per entry and keeps the file valid', () => {
    const many = Array.from({ length: 20 }, (_, i) => `question number ${'x'.repeat(i + 1)}`);
    const { bank: out, result } = mergeAsks(bank(), [{ id: 'path', asks: many }]);
    expect(out.entries[1]!.asks).toHaveLength(12);
    expect(result.full).toBe(9);
  });
});
