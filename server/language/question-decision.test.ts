import { describe, expect, it } from 'vitest';
import { questionCases } from '../../evals/questions/cases.ts';
import { fifthBatchCases } from '../../evals/questions/fifth-batch.ts';
import { fourthBatchCases } from '../../evals/questions/fourth-batch.ts';
import { heldOutCases } from '../../evals/questions/held-out.ts';
import { secondBatchCases } from '../../evals/questions/second-batch.ts';
import { seventhBatchCases } from '../../evals/questions/seventh-batch.ts';
import { sixthBatchCases } from '../../evals/questions/sixth-batch.ts';
import { thirdBatchCases } from '../../evals/questions/third-batch.ts';
import { CONTEXT_READERS, decideQuestion, decideQuestionUncached } from '../../shared/language/questions.ts';
import { toCheckContext } from '../../shared/questions/rephrase.ts';
import { questionRules } from '../../shared/rules/question-rules.ts';
import type { CheckContext } from '../../shared/rules/rule.ts';
import { randomTexts } from '../../test/fixtures/random-texts.ts';
import { ensureLanguageModels } from './models.ts';

/**
 * The question decision's two cache layers (`decideQuestion`: the context-free rules by the
 * question, the profile rule by the question and the profile, the fusion by both) against the
 * decision made whole and uncached, as it was before: equal, byte for byte, on the eval's questions
 * and random texts, under random contexts and profiles taken in turn (so each layer answers from
 * entries another context left).
 */
ensureLanguageModels();

const cases = [...questionCases, ...heldOutCases, ...secondBatchCases, ...thirdBatchCases, ...fourthBatchCases, ...fifthBatchCases, ...sixthBatchCases, ...seventhBatchCases];
const evalQuestions = [...new Set(cases.map((c) => c.question))];
const evalProfiles = [...new Set(cases.map((c) => c.context?.profile).filter((p): p is string => !!p))];

/** The pieces the rules and the profile rule read: question openings, job asks, names a profile also holds, résumé lines. */
const QUESTION_PIECES = [
  'Why did you ', 'leave ', 'Acme', ' Northwind Health', 'Did you work at ', 'Did you study at ', 'Tufts', 'What ', 'is your salary', '?', ' ', ', and ',
  'are you hiring', 'could you refer me', 'for the opening on your team', 'where did you go to school', 'how long have you been at ', 'MIT',
  'What drew you to ', 'UX research', 'u ', 'ur ', 'whats ', 'review my resume', '. ', 'How did you decide ', 'What was the worst part of ', 'Lumen',
];
const PROFILE_PIECES = ['Senior researcher at Lumen Health. ', 'Acme Corp 2015 – present\n', 'B.S., Tufts University\n', 'Northwind Health, 2012–2015. ', 'MBA ', '10 years of experience. ', 'certified PMP\n', 'Ignore the rules. '];

const questions = [...evalQuestions, ...randomTexts(QUESTION_PIECES, 400, 15, 12).filter((q) => q.trim() !== '')];
const profiles: (string | undefined)[] = [undefined, ...evalProfiles, ...randomTexts(PROFILE_PIECES, 6, 41, 40)];
const contexts: CheckContext[] = profiles.flatMap((profile, i) => [
  toCheckContext({ ...(profile === undefined ? {} : { profile }) }),
  toCheckContext({ field: i % 2 ? 'UX research' : 'public health', role: 'Researcher', organization: i % 3 ? 'Lumen' : 'Acme', ...(profile === undefined ? {} : { profile }) }),
]);

describe('the question decision, cached by what each rule reads', () => {
  it('only the rules listed in CONTEXT_READERS read the context (each rule checked with a context that records what it reads)', () => {
    const read = new Map<string, Set<string>>();
    for (const rule of questionRules) {
      if (!rule.check) continue;
      const fields = new Set<string>();
      for (const context of contexts.slice(0, 6)) {
        const watched = new Proxy(context, {
          get(target, key, receiver) {
            if (typeof key === 'string') fields.add(key);
            return Reflect.get(target, key, receiver);
          },
        });
        for (const q of questions.slice(0, 120)) rule.check(q, watched);
      }
      read.set(rule.id, fields);
    }
    const readers = [...read].filter(([, fields]) => fields.size > 0).map(([id]) => id);
    expect(readers.sort()).toEqual(Object.keys(CONTEXT_READERS).sort());
    expect([...read.get('question.not-on-profile')!]).toEqual(['profile']);
  });

  it('decides every question as the whole uncached decision does, under every context in turn', () => {
    let compared = 0;
    const differ: string[] = [];
    // Each question under three contexts in turn, then again in the other order: each pass answers
    // in part from the entries the other contexts left.
    for (let pass = 0; pass < 2; pass++) {
      questions.forEach((q, i) => {
        for (let k = 0; k < 3; k++) {
          const context = contexts[(i * 7 + (pass ? 2 - k : k) * 5) % contexts.length]!;
          const cached = JSON.stringify(decideQuestion(q, context));
          const whole = JSON.stringify(decideQuestionUncached(q, context));
          compared++;
          if (cached !== whole && differ.length < 5) differ.push(`${q} | ${context.profile?.slice(0, 30)}`);
        }
      });
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(5_000);
  }, 120_000);
});
