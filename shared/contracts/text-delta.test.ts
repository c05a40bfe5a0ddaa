import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTextDelta, textDelta } from './text-delta.ts';

describe('textDelta', () => {
  it('appends to a growing text, restarts a different one, and says nothing when unchanged', () => {
    expect(textDelta('', 'Hi')).toEqual({ at: 0, text: 'Hi' });
    expect(textDelta('Hi', 'Hi Dana')).toEqual({ at: 2, text: ' Dana' });
    expect(textDelta('Hi Dana', 'Hello')).toEqual({ at: 1, text: 'ello' });
    expect(textDelta('Hi Dana', '')).toEqual({ at: 0, text: '' });
    expect(textDelta('same', 'same')).toBeUndefined();
  });

  it('never splits a surrogate pair', () => {
    expect(textDelta('a😀', 'a😃')).toEqual({ at: 1, text: '😃' });
  });

  it('rebuilds any text from any previous one', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (previous, next) => {
        const delta = textDelta(previous, next);
        expect(delta === undefined ? previous : applyTextDelta(previous, delta)).toBe(next);
      }),
    );
  });

  it('sends each character of a growing text once', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 30 }), (pieces) => {
        let shown = '';
        let sent = 0;
        let text = '';
        for (const piece of pieces) {
          text += piece;
          const delta = textDelta(shown, text);
          if (!delta) continue;
          sent += delta.text.length;
          shown = applyTextDelta(shown, delta);
        }
        expect(shown).toBe(text);
        expect(sent).toBeLessThanOrEqual(text.length + 1);
      }),
    );
  });
});
