import { describe, expect, it } from 'vitest';
import { registerFixes, withRegisterFixed } from './register.ts';

describe('register clean-up (texting written out, each fix its own span)', () => {
  it('writes texting shorthand out, capitalises "i" and sentence starts, drops chat noise and runs of marks', () => {
    expect(withRegisterFixed("hey rico!! ngl ur flash on insta is sick lol. i'd love to hear how u got into tattooing, r u free sometime? lmk")).toBe(
      "Hey rico! Your flash on insta is sick. I'd love to hear how you got into tattooing, are you free sometime? Let me know",
    );
    expect(withRegisterFixed('u did 6 yrs on a phd and now u teach?? what happened')).toBe('You did 6 yrs on a phd and now you teach? What happened');
  });

  it('never touches links, addresses, handles, placeholders, capitals or abbreviations', () => {
    const draft = 'Hi Ms. Park, I saw the U.S. expo post. See github.com/u/dani, mail dani@ur.com or @ur_handle. [your name] IDK BC';
    expect(withRegisterFixed(draft)).toBe(draft);
  });

  it('each fix is a small span of its own (the page offers each as an edit)', () => {
    const fixes = registerFixes('i think u r great lol');
    expect(fixes.map((f) => f.text)).toEqual(['I', 'you', 'are', '']);
    for (const f of fixes) expect(f.end - f.start).toBeLessThanOrEqual(4);
  });

  it('leaves written English alone', () => {
    const draft = "Dear Dr. Ito,\n\nI'm a second-year student at Reed. Would you have 20 minutes for a call next week?\n\nBest,\nLi";
    expect(registerFixes(draft)).toEqual([]);
  });
});

describe('register clean-up reads the words around it', () => {
  it('"ur" before a state or an -ing verb is "you\'re"; before a noun, "your"', () => {
    expect(withRegisterFixed('Would love to hear if ur down to chat about ur work while ur traveling')).toBe("Would love to hear if you're down to chat about your work while you're traveling");
  });
  it('a stop inside parentheses ends no sentence', () => {
    const draft = "I'm asking which certs (IAAP?) actually matter, and (not one you named!) and why.";
    expect(withRegisterFixed(draft)).toBe(draft);
  });
});
