import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PROFILE_CHARS, MAX_QUESTION_CHARS, MAX_QUESTIONS, QuestionBank, QuestionReviewResponse } from '../../shared/contracts/questions.ts';
import { questionReviews } from '../db/schema.ts';
import { countQuestionRows } from '../../test/fixtures/question-rows.ts';
import { createTestApp, postJson } from '../../test/fixtures/test-app.ts';
import type { QuestionsCoach } from '../coach/questions-coach.ts';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let current: TestApp | undefined;
afterEach(() => {
  current?.close();
  current = undefined;
});

const review = (t: TestApp, body: unknown) => postJson(t.app, '/api/questions/review', body);

describe('POST /api/questions/review', () => {
  it('reviews each question in input order, stores the review, and answers with its id', async () => {
    current = await createTestApp();
    const res = await review(current, {
      questions: ['1. Why did you leave your position at Toxic Labs?', '', 'What does a typical week look like for you?'],
      context: { field: 'biotech', role: '', profile: '' },
    });
    expect(res.status).toBe(200);
    const body = QuestionReviewResponse.parse(await res.json());
    expect(body.results.map((r) => [r.question, r.verdict, r.rephrased])).toEqual([
      ['Why did you leave your position at Toxic Labs?', 'rephrase', 'How did you decide to leave your position at Toxic Labs?'],
      ['What does a typical week look like for you?', 'informational', null],
    ]);
    expect(body).toMatchObject({ coach: { kind: 'offline' }, reviewId: '00000000-0000-4000-8000-000000000001', createdAt: '2026-11-22T10:00:00.000Z' });
    const [row] = await current.db.select().from(questionReviews);
    expect(row).toMatchObject({
      id: body.reviewId,
      questions: ['Why did you leave your position at Toxic Labs?', 'What does a typical week look like for you?'],
      context: { field: 'biotech' },
      coachKind: 'offline',
      model: null,
      promptVersion: null,
      result: { results: body.results },
    });
  });

  it('skips saving with persist: false', async () => {
    current = await createTestApp();
    const res = await review(current, { questions: ['How much do you make?'], persist: false });
    expect(res.status).toBe(200);
    const body = QuestionReviewResponse.parse(await res.json());
    expect(body.reviewId).toBeUndefined();
    expect(body.results[0]?.ruleIds).toEqual(['question.no-personal-salary']);
    expect(await countQuestionRows(current.db)).toEqual({ questionReviews: 0, agendas: 0 });
  });

  it('passes the context to the coach, and answers what the coach said', async () => {
    const calls: unknown[] = [];
    const coach: QuestionsCoach = {
      info: { kind: 'model', model: 'fake' },
      async review(questions, context) {
        calls.push({ questions, context });
        return { results: [], coach: { kind: 'model', model: 'fake', promptVersion: 'abc' }, notice: 'n', latencyMs: 3 };
      },
    };
    current = await createTestApp({ questionsCoach: coach });
    const res = await review(current, { questions: ['What surprised you?'], context: { organization: ' Acme ', profile: 'Head of R&D' } });
    expect(await res.json()).toEqual({
      results: [],
      coach: { kind: 'model', model: 'fake', promptVersion: 'abc' },
      notice: 'n',
      reviewId: '00000000-0000-4000-8000-000000000001',
      createdAt: '2026-11-22T10:00:00.000Z',
    });
    expect(calls).toEqual([{ questions: ['What surprised you?'], context: { organization: 'Acme', profile: 'Head of R&D' } }]);
  });

  const bad: Array<[string, unknown, number, string, RegExp]> = [
    ['an empty list', { questions: [] }, 400, 'empty_questions', /^questions:/],
    ['only blank lines', { questions: ['', '   ', '\n'] }, 400, 'empty_questions', /^questions:/],
    ['more than 50 questions', { questions: Array.from({ length: 51 }, (_, i) => `What did you learn in year ${i}?`) }, 413, 'too_many_questions', /^questions: 51/],
    [
      `one question over the ${MAX_QUESTIONS} a review takes`,
      { questions: Array.from({ length: MAX_QUESTIONS + 1 }, (_, i) => `What did you learn in year ${i}?`) },
      413,
      'too_many_questions',
      new RegExp(`^questions: ${MAX_QUESTIONS + 1} questions; the limit is ${MAX_QUESTIONS} per review\\.$`),
    ],
    ['a question over 500 characters', { questions: ['What is it like?', `${'a'.repeat(501)}?`] }, 413, 'question_too_long', /^questions\[1\]: 502 characters/],
    [
      `a question one character over ${MAX_QUESTION_CHARS}`,
      { questions: ['What is it like?', `${'a'.repeat(MAX_QUESTION_CHARS)}?`] },
      413,
      'question_too_long',
      new RegExp(`^questions\\[1\\]: ${MAX_QUESTION_CHARS + 1} characters; a question may have at most ${MAX_QUESTION_CHARS}\\.$`),
    ],
    ['a non-string item', { questions: ['What is it like?', 42] }, 400, 'invalid_request', /^questions\.1:/],
    ['questions missing', { context: {} }, 400, 'invalid_request', /^questions: required/],
    ['a profile over 20,000 characters', { questions: ['What is it like?'], context: { profile: 'x'.repeat(20_001) } }, 413, 'profile_too_long', /^context\.profile: 20,001/],
    [
      `a profile one character over ${MAX_PROFILE_CHARS.toLocaleString('en-US')}`,
      { questions: ['What is it like?'], context: { profile: 'x'.repeat(MAX_PROFILE_CHARS + 1) } },
      413,
      'profile_too_long',
      new RegExp(`^context\\.profile: ${(MAX_PROFILE_CHARS + 1).toLocaleString('en-US')} characters; the limit is ${MAX_PROFILE_CHARS.toLocaleString('en-US')}\\.$`),
    ],
    ['a field of the wrong type', { questions: ['What is it like?'], context: { field: 3 } }, 400, 'invalid_request', /^context\.field:/],
    ['not JSON', '{"questions": [', 400, 'invalid_json', /JSON/],
  ];
  it(`accepts a review at every limit: ${MAX_QUESTIONS} questions of ${MAX_QUESTION_CHARS} characters and a ${MAX_PROFILE_CHARS.toLocaleString('en-US')}-character profile`, async () => {
    current = await createTestApp();
    const question = (i: number) => `How did you get started in year ${i}? `.repeat(10).slice(0, MAX_QUESTION_CHARS - 1).trimEnd() + '?';
    const questions = Array.from({ length: MAX_QUESTIONS }, (_, i) => question(i).padStart(MAX_QUESTION_CHARS, 'a'));
    expect(questions.every((q) => q.length === MAX_QUESTION_CHARS)).toBe(true);
    const res = await review(current, { questions, context: { profile: 'Senior researcher at Lumen Health. '.repeat(200).slice(0, MAX_PROFILE_CHARS) } });
    expect(res.status).toBe(200);
    expect(QuestionReviewResponse.parse(await res.json()).results).toHaveLength(MAX_QUESTIONS);
  });

  it.each(bad)('rejects %s with {error:{code,message}} naming the field, writing nothing', async (_name, body, status, code, message) => {
    current = await createTestApp();
    const res = await review(current, body);
    expect(res.status).toBe(status);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json).toEqual({ error: { code, message: expect.stringMatching(message) } });
    expect(await countQuestionRows(current.db)).toEqual({ questionReviews: 0, agendas: 0 });
  });
});

describe('GET /api/questions/bank', () => {
  it('answers every category with questions citing a guide', async () => {
    current = await createTestApp();
    const res = await current.app.request('/api/questions/bank');
    expect(res.status).toBe(200);
    const bank = QuestionBank.parse(await res.json());
    expect(bank.categories.map((c) => c.label)).toEqual([
      'Career path',
      'Day-to-day',
      'Skills and training',
      'Organization and culture',
      'Industry trends',
      'Compensation range',
      'Advice',
      'Referrals',
    ]);
    expect(bank.categories.at(-1)?.questions[0]).toEqual({
      id: 'referral-who-else',
      text: 'Who else should I talk to?',
      category: 'referrals',
      source: { guide: '001_e8fb9925143dd3b5.txt', quote: 'be sure to ask “Who else should I talk to?”' },
    });
  });
});

describe('every write route of questions and agendas', () => {
  it.each([
    ['POST', '/api/questions/review'],
    ['POST', '/api/agendas'],
    ['PUT', '/api/agendas/00000000-0000-4000-8000-000000000001'],
  ])('%s %s refuses a body over 1 MB with 413 payload_too_large, writing nothing', async (method, path) => {
    current = await createTestApp();
    const res = await current.app.request(path, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ questions: ['x'.repeat(1024 * 1024)] }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: { code: 'payload_too_large', message: 'The request body is larger than 1 MB.' } });
    expect(await countQuestionRows(current.db)).toEqual({ questionReviews: 0, agendas: 0 });
  });
});
