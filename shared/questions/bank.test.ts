import { describe, expect, it } from 'vitest';
import { GUIDES_ABSENT_REASON, guidesPresent, readGuide } from '../../test/guides.ts';
import { QUESTION_CATEGORIES } from '../contracts/questions.ts';
import { lint } from '../rules/lint.ts';
import { bankQuestions, questionBank, REFERRAL_QUESTION } from './bank.ts';
import { categorize } from './category.ts';

describe('question bank', () => {
  it('has every category, unique ids, and "Who else should I talk to?" among the referrals', () => {
    const bank = questionBank();
    expect(bank.categories.map((c) => c.id)).toEqual([...QUESTION_CATEGORIES]);
    for (const c of bank.categories) expect(c.questions.length, c.id).toBeGreaterThanOrEqual(2);
    const ids = bankQuestions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(bank.categories.find((c) => c.id === 'referrals')?.questions.map((q) => q.text)).toContain(REFERRAL_QUESTION);
  });

  it('every bank question passes every question rule and is filed where the classifier would file it', () => {
    for (const q of bankQuestions) {
      expect(lint('question', q.text).filter((v) => !v.result.passed).map((v) => v.rule.id), q.text).toEqual([]);
      expect(categorize(q.text), q.text).toBe(q.category);
    }
  });

  it.skipIf(!guidesPresent)(`cites a quote that is really in its guide (${guidesPresent ? 'guides present' : GUIDES_ABSENT_REASON})`, () => {
    for (const q of bankQuestions) expect(readGuide(q.source.guide), q.id).toContain(q.source.quote);
  });
});
