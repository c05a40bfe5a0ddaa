import { Hono } from 'hono';
import {
  MAX_PROFILE_CHARS,
  MAX_QUESTION_CHARS,
  MAX_QUESTIONS,
  type QuestionBank,
  type QuestionContext,
  QuestionReviewRequest,
  type QuestionReviewResponse,
} from '../../shared/contracts/questions.ts';
import { questionBank } from '../../shared/questions/bank.ts';
import { stripListMarker } from '../../shared/rules/question-text.ts';
import type { QuestionsCoach } from '../coach/questions-coach.ts';
import { type QuestionReviewStore, toReviewResponse } from '../db/question-review-store.ts';
import { AppError } from '../errors.ts';
import { readJson } from './read-json.ts';

export interface QuestionRouteDeps {
  coach: QuestionsCoach;
  store: QuestionReviewStore;
  clock: () => Date;
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * The questions of a request, bullets and numbers removed, blank items skipped; every limit
 * checked before the coach runs, each error naming its field.
 */
export function validQuestions(raw: readonly string[]): string[] {
  const questions = raw.map(stripListMarker).filter((q) => q !== '');
  if (questions.length === 0) {
    throw new AppError('empty_questions', 400, 'questions: the list is empty. Paste at least one question, one per line.');
  }
  if (questions.length > MAX_QUESTIONS) {
    throw new AppError('too_many_questions', 413, `questions: ${questions.length} questions; the limit is ${MAX_QUESTIONS} per review.`);
  }
  const long = raw.findIndex((q) => q.trim().length > MAX_QUESTION_CHARS);
  if (long >= 0) {
    throw new AppError(
      'question_too_long',
      413,
      `questions[${long}]: ${count(raw[long]!.trim().length)} characters; a question may have at most ${MAX_QUESTION_CHARS}.`,
    );
  }
  return questions;
}

/** Blank fields count as not given; the profile is checked against its limit. */
export function validContext(context: QuestionContext = {}): QuestionContext {
  if (context.profile !== undefined && context.profile.length > MAX_PROFILE_CHARS) {
    throw new AppError(
      'profile_too_long',
      413,
      `context.profile: ${count(context.profile.length)} characters; the limit is ${count(MAX_PROFILE_CHARS)}.`,
    );
  }
  const out: QuestionContext = {};
  for (const key of ['field', 'role', 'organization', 'profile'] as const) {
    const value = context[key]?.trim();
    if (value) out[key] = key === 'profile' ? context.profile : value;
  }
  return out;
}

/** `POST /api/questions/review` and `GET /api/questions/bank`. Nothing is written for a rejected request. */
export function questionRoutes({ coach, store, clock }: QuestionRouteDeps) {
  return new Hono()
    .post('/review', async (c) => {
      const request = await readJson(c, QuestionReviewRequest);
      const questions = validQuestions(request.questions);
      const context = validContext(request.context);
      const review = await coach.review(questions, context, { signal: c.req.raw.signal });
      if (request.persist === false) return c.json<QuestionReviewResponse>(toReviewResponse(review, clock().toISOString()));
      return c.json<QuestionReviewResponse>(await store.saveReview({ questions, context, review }));
    })
    .get('/bank', (c) => c.json<QuestionBank>(questionBank()));
}
