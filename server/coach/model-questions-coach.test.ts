import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QuestionsModelReview } from '../../shared/contracts/questions.ts';
import { reviewQuestion } from '../../shared/questions/review.ts';
import { improveResult } from '../text/question-rephrase.ts';
import { chatCompletion, promptText, queueReplies, receivedRequests, serverError, unauthorized, useOpenAIMock } from '../../test/msw/openai.ts';
import type { ModelConfig } from '../config.ts';
import { forgetJsonModes } from '../model/run-prompt.ts';
import { loadPrompt } from '../prompts/load-prompt.ts';
import { createQuestionsCoach } from './select-coach.ts';

useOpenAIMock();
afterEach(() => forgetJsonModes());

const API_KEY = 'sk-test-not-a-real-key-456';
const OPENAI: ModelConfig = { apiKey: API_KEY, model: 'gpt-4.1-mini' };
const PROMPT_VERSION = loadPrompt('questions-review').version;

const JOB = 'Why did you leave your position at Toxic Labs?';
const GOOD = 'What does a typical week look like for you?';

function coachFor() {
  const logs: string[] = [];
  const coach = createQuestionsCoach(OPENAI, { sleep: vi.fn(async () => {}), log: (line) => logs.push(line) });
  return { coach, logs };
}

const answer = (results: QuestionsModelReview['results']): QuestionsModelReview => ({ results });

describe('model questions coach', () => {
  it('is the offline coach when no model is configured', () => {
    expect(createQuestionsCoach({}).info).toEqual({ kind: 'offline' });
  });

  it('uses a valid answer: the checkers decide the verdicts, the model explains and rephrases', async () => {
    queueReplies(
      chatCompletion(
        answer([
          {
            index: 0,
            verdict: 'rephrase',
            explanation: 'Asking why they left puts them on the defensive.',
            rephrased: 'What did you take away from your position at Toxic Labs as you moved on?',
            alternatives: ['How did your time at Toxic Labs shape your next step?'],
          },
          { index: 1, verdict: 'informational', explanation: 'A good, open question.', rephrased: null, alternatives: [] },
        ]),
      ),
    );
    const { coach } = coachFor();
    const review = await coach.review([JOB, GOOD], {});
    expect(review.coach).toEqual({ kind: 'model', model: 'gpt-4.1-mini', promptVersion: PROMPT_VERSION });
    expect(review.notice).toBeUndefined();
    expect(review.results).toEqual([
      {
        ...reviewQuestion(JOB),
        explanation: 'Asking why they left puts them on the defensive.',
        rephrased: 'What did you take away from your position at Toxic Labs as you moved on?',
        alternatives: ['How did your time at Toxic Labs shape your next step?'],
      },
      { ...reviewQuestion(GOOD), explanation: 'A good, open question.', alternatives: [] },
    ]);
    expect(receivedRequests()).toHaveLength(1);
    const prompt = promptText(receivedRequests()[0]!);
    expect(prompt).toContain(JSON.stringify(JOB));
    expect(prompt).toContain('question.no-justification-demand [medium]');
    expect(prompt).toContain('0. FAILED question.no-justification-demand [medium] (characters 0–11 of the question)');
    // The user's words are data (JSON), never quoted among the checkers' facts.
    expect(prompt).not.toContain('(words: "Why did you")');
    expect(prompt).toContain('(none: this is your first answer)');
  });

  it('never lets the model pass a question a checker failed', async () => {
    queueReplies(
      chatCompletion(answer([{ index: 0, verdict: 'informational', explanation: 'Looks fine.', rephrased: null, alternatives: [] }])),
      // The missing rephrasing is asked for again; the retry gives a good one.
      chatCompletion(answer([{ index: 0, verdict: 'rephrase', explanation: 'Framed as a demand.', rephrased: 'How did you decide it was time to move on from Toxic Labs?', alternatives: [] }])),
    );
    const { coach } = coachFor();
    const review = await coach.review([JOB], {});
    expect(review.results[0]).toMatchObject({ verdict: 'rephrase', rephrased: 'How did you decide it was time to move on from Toxic Labs?' });
    expect(review.notice).toBeUndefined();
    expect(promptText(receivedRequests()[1]!)).toContain('0. the question breaks a rule, so it needs a rephrasing; you gave none.');

    // Still "fine" on the retry: the checkers' verdict stands, with the offline rephrasing.
    const fine = answer([{ index: 0, verdict: 'informational', explanation: 'Looks fine.', rephrased: null, alternatives: [] }]);
    queueReplies(chatCompletion(fine), chatCompletion(fine));
    const again = await coach.review([JOB], {});
    expect(again.results[0]).toEqual(reviewQuestion(JOB));
    expect(again.notice).toBe(
      "Question 1: the model judged it fine, but it breaks a rule; it needs rephrasing. Question 1: the model's rephrasing still broke a rule after a retry; this is the offline rephrasing.",
    );
  });

  it('retries a rephrasing that still breaks a rule once, naming the violation', async () => {
    queueReplies(
      chatCompletion(answer([{ index: 0, verdict: 'rephrase', explanation: 'Negative.', rephrased: 'What was the worst part of Toxic Labs?', alternatives: [] }])),
      chatCompletion(answer([{ index: 0, verdict: 'rephrase', explanation: 'Negative.', rephrased: 'What did you enjoy most about your time at Toxic Labs?', alternatives: [] }])),
    );
    const { coach } = coachFor();
    const review = await coach.review([JOB], {});
    expect(review.results[0]?.rephrased).toBe('What did you enjoy most about your time at Toxic Labs?');
    expect(review.notice).toBeUndefined();
    expect(receivedRequests()).toHaveLength(2);
    expect(promptText(receivedRequests()[1]!)).toContain(
      JSON.stringify('0. your rephrasing "What was the worst part of Toxic Labs?" still breaks question.positive-framing').slice(0, -1),
    );
  });

  it('falls back to the offline rephrasing, with a notice, when the retry still breaks a rule; drops a bad alternative', async () => {
    const bad = answer([
      { index: 0, verdict: 'rephrase', explanation: 'x', rephrased: 'Why did you quit Toxic Labs?', alternatives: ['Are you hiring at Toxic Labs?'] },
    ]);
    queueReplies(chatCompletion(bad), chatCompletion(bad));
    const { coach } = coachFor();
    const review = await coach.review([JOB], {});
    const offline = reviewQuestion(JOB);
    expect(review.results[0]).toEqual({ ...offline, explanation: 'x', rephrased: offline.rephrased, alternatives: offline.alternatives });
    expect(review.notice).toBe("Question 1: the model's rephrasing still broke a rule after a retry; this is the offline rephrasing.");
    expect(review.coach.kind).toBe('model');
  });

  it('answers with the offline review and a notice when the answer is malformed twice', async () => {
    queueReplies(chatCompletion('{"results": [ not json'), chatCompletion({ nope: true }));
    const { coach, logs } = coachFor();
    const review = await coach.review([JOB, GOOD], {});
    expect(review.coach).toEqual({ kind: 'offline' });
    expect(review.results).toEqual([improveResult(reviewQuestion(JOB)), improveResult(reviewQuestion(GOOD))]);
    expect(review.notice).toBe("The model (gpt-4.1-mini) returned output that did not match the schema twice; this is the offline coach's review.");
    expect(logs.join('\n')).toContain('malformed-output');
  });

  it('answers offline, without leaking the key, when the provider refuses it or fails', async () => {
    queueReplies(unauthorized());
    const { coach, logs } = coachFor();
    const review = await coach.review([GOOD], {});
    expect(review.coach).toEqual({ kind: 'offline' });
    expect(review.notice).toMatch(/rejected the API key \(401\)/);
    expect(JSON.stringify(review)).not.toContain(API_KEY);
    expect(logs.join('\n')).not.toContain(API_KEY);

    queueReplies(serverError(), serverError());
    const again = await coach.review([GOOD], {});
    expect(again.notice).toMatch(/server error \(500\) twice/);
  });
});
