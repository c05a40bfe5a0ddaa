import { describe, expect, it } from 'vitest';
import { expandInformal } from '../../shared/rules/question-text.ts';
import { cleanRegister } from '../coach/fresh-draft.ts';
import { withRegisterFixed } from './register.ts';

describe('one texting table (shared/text/texting.ts) for the three readers of texting forms', () => {
  it('is the table all three readers use: register edits, the fresh draft’s kept sentences, the question rules', () => {
    const draft = 'Would love to hear abt ur path into mgmt w/ the ppl at your org.';
    expect(withRegisterFixed(draft)).toBe('Would love to hear about your path into management with the people at your organization.');
    expect(cleanRegister(draft)).toBe('Would love to hear about your path into management with the people at your organization.');
    // The question rules read the forms their model was trained on (a wider set waits on a retrain).
    expect(expandInformal('how did u get into ur dept w/ ppl?').text).toBe('how did you get into your department with people?');
  });
});
