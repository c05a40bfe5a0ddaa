import { describe, expect, it } from 'vitest';
import { writeOutTexting, writtenOut } from './texting.ts';
import { expandInformal } from '../rules/question-text.ts';

describe('the one texting table', () => {
  it('writes out the forms the newcomer check found left in (mgmt, abt, pls, thx, bc, w/, tmrw, ppl, rn, idk)', () => {
    expect(writeOutTexting('idk if ur free tmrw, pls lmk abt hospital mgmt w/ the ppl there rn bc thx')).toBe(
      "I don't know if your free tomorrow, please let me know about hospital management with the people there right now because thanks",
    );
  });

  it('counts the lowercase form, or a capitalised one, never capitals or a name-like case', () => {
    expect(writtenOut('Abt')).toBe('About');
    expect(writtenOut('IDK')).toBeUndefined();
    expect(writtenOut('Ur')).toBeUndefined();
    expect(writtenOut('constructor')).toBeUndefined();
    expect(writeOutTexting('see example.org or @mgmt or https://u.example.com/abt')).toBe('see example.org or @mgmt or https://u.example.com/abt');
  });
});
