import type { QuestionContext, QuestionResult } from '../../shared/contracts/questions.ts';
import { rulesFor } from '../../shared/rules/index.ts';
import { renderRules } from './outreach-inputs.ts';

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

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A pasted profile is long: the prompt gets its first part. */
const PROFILE_PROMPT_CHARS = 4_000;

export function renderQuestionContext(context: QuestionContext): string {
  const given = (value: string | undefined) => (value ? oneLine(value) : '(not given)');
  const profile = context.profile?.trim() ? `\n<profile>\n${context.profile.trim().slice(0, PROFILE_PROMPT_CHARS)}\n</profile>` : ' (not given)';
  return [`- Field: ${given(context.field)}`, `- Role: ${given(context.role)}`, `- Organization: ${given(context.organization)}`, `- Their profile or bio:${profile}`].join('\n');
}

export function questionsReviewInputs(
  questions: ReadonlyArray<{ index: number; question: string }>,
  context: QuestionContext,
  checked: ReadonlyArray<QuestionResult>,
  corrections: readonly string[] = [],
): QuestionsReviewInputs {
  return {
    questions: questions.map(({ index, question }) => `${index}. ${oneLine(question)}`).join('\n'),
    context: renderQuestionContext(context),
    rules: renderRules(rulesFor('question')),
    checkerFindings: questions
      .map(({ index }) => {
        const failed = checked[index]?.findings.filter((f) => !f.passed) ?? [];
        if (failed.length === 0) return `${index}. no rule failed`;
        return `${index}. FAILED ${failed.map((f) => `${f.ruleId} [${f.severity}]${f.evidence ? ` (words: "${oneLine(f.evidence.quote)}")` : ''}`).join('; ')}`;
      })
      .join('\n'),
    corrections: corrections.length === 0 ? '(none: this is your first answer)' : corrections.join('\n'),
  };
}
