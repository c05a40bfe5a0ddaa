import type { QuestionContext, QuestionResult } from '../../shared/contracts/questions.ts';
import { rulesFor } from '../../shared/rules/index.ts';
import { oneLine, renderRules } from './outreach-inputs.ts';
import { encodeUntrusted } from './untrusted-text.ts';

/**
 * The inputs of `prompts/questions-review.prompt.md`, rendered from the rulebook and the checkers'
 * verdicts so a rule's text is written once (in shared/rules).
 */
export interface QuestionsReviewInputs {
  [name: string]: string;
  questions: string;
  context: string;
  rules: string;
  checkerFindings: string;
  corrections: string;
}


/** A pasted profile is long: the prompt gets its first part. */
const PROFILE_PROMPT_CHARS = 4_000;

/** The user's context as JSON (their own words: data that cannot close its block). */
export function renderQuestionContext(context: QuestionContext): string {
  const given = (value: string | undefined) => (value?.trim() ? value.trim() : null);
  return encodeUntrusted({
    field: given(context.field),
    role: given(context.role),
    organization: given(context.organization),
    profile: given(context.profile)?.slice(0, PROFILE_PROMPT_CHARS) ?? null,
  });
}

export function questionsReviewInputs(
  questions: ReadonlyArray<{ index: number; question: string }>,
  context: QuestionContext,
  checked: ReadonlyArray<QuestionResult>,
  corrections: readonly string[] = [],
): QuestionsReviewInputs {
  return {
    // The user's questions as JSON; findings point at them by offsets, never by quoting them as facts.
    questions: encodeUntrusted(questions.map(({ index, question }) => ({ index, question: oneLine(question) }))),
    context: renderQuestionContext(context),
    rules: renderRules(rulesFor('question')),
    checkerFindings: questions
      .map(({ index }) => {
        const failed = checked[index]?.findings.filter((f) => !f.passed) ?? [];
        if (failed.length === 0) return `${index}. no rule failed`;
        return `${index}. FAILED ${failed.map((f) => `${f.ruleId} [${f.severity}]${f.evidence ? ` (characters ${f.evidence.start}–${f.evidence.end} of the question)` : ''}`).join('; ')}`;
      })
      .join('\n'),
    // Corrections quote the model's own earlier suggestions: encoded like user text, since they are model output.
    corrections: corrections.length === 0 ? '(none: this is your first answer)' : encodeUntrusted(corrections),
  };
}
