import type { ActiveCoach } from '../../shared/contracts/common.ts';
import { type QuestionContext, type QuestionResult, QuestionsModelReview } from '../../shared/contracts/questions.ts';
import { blockingFailures, toCheckContext } from '../../shared/questions/rephrase.ts';
import { reviewQuestion } from '../../shared/questions/review.ts';
import { checkModelText } from '../model/output-hygiene.ts';
import { addUsage, PROMPT_CANARY, PromptRunError, runPrompt } from '../model/run-prompt.ts';
import { type LoadedPrompt, loadPrompt } from '../prompts/load-prompt.ts';
import { questionsReviewInputs } from '../prompts/questions-inputs.ts';
import type { TokenUsage } from './coach.ts';
import { failureNotice, type ModelCoachOptions, withNotice } from './model-coach.ts';
import type { QuestionsCoach, QuestionsReview } from './questions-coach.ts';

/** As the outreach model coach's options, with the questions coach as the fallback and its own prompt. */
export type ModelQuestionsCoachOptions = Omit<ModelCoachOptions, 'fallback' | 'prompt'> & {
  /** Answers when the model fails: the offline questions coach. */
  fallback: QuestionsCoach;
  /** Default: `prompts/questions-review.prompt.md`. */
  prompt?: LoadedPrompt | undefined;
};

type ModelEntry = QuestionsModelReview['results'][number];

/** What a model suggestion breaks, in words the retry prompt can act on; empty when it passes review. */
function violations(text: string, context: QuestionContext): string[] {
  return blockingFailures(text, toCheckContext(context)).map((v) => `${v.rule.id} (${v.result.message})`);
}

/**
 * The model questions coach: the checkers decide every verdict, the model explains and rephrases,
 * the guard reviews every rephrasing and alternative the model writes. One that still breaks a
 * rule is sent back once with its violations named; if the second answer breaks a rule too, the
 * offline rephrasing stands in and the notice says so. A provider failure hands the whole list to
 * the offline coach, with a notice.
 */
export function createModelQuestionsCoach(options: ModelQuestionsCoachOptions): QuestionsCoach {
  const { model, modelId, fallback } = options;
  const clock = options.clock ?? (() => performance.now());
  const log = options.log ?? ((line: string) => console.warn(line));
  const info: ActiveCoach = { kind: 'model', model: modelId, provider: options.provider, ...(options.host ? { host: options.host } : {}) };
  // Every string the model writes is checked for markup, a secret or the prompt canary, and words addressed to the reader.
  const secrets = [...(options.secrets ?? []), PROMPT_CANARY];
  const clean = (text: string) => checkModelText(text, { secrets, maxChars: 600 }) === undefined;

  async function ask(
    items: ReadonlyArray<{ index: number; question: string }>,
    context: QuestionContext,
    checked: readonly QuestionResult[],
    corrections: readonly string[],
    signal: AbortSignal | undefined,
  ) {
    return runPrompt({
      model,
      prompt: options.prompt ?? loadPrompt('questions-review'),
      inputs: questionsReviewInputs(items, context, checked, corrections),
      schema: QuestionsModelReview,
      signal,
      secrets,
      jsonMode: options.jsonMode,
      timeoutMs: options.timeoutMs,
      sleep: options.sleep,
      clock,
    });
  }

  async function review(questions: readonly string[], context: QuestionContext, reviewOptions: { signal?: AbortSignal | undefined } = {}): Promise<QuestionsReview> {
    const { signal } = reviewOptions;
    const started = clock();
    const checked = questions.map((q) => reviewQuestion(q, context));
    const items = questions.map((question, index) => ({ index, question }));
    let usage: TokenUsage = {};
    try {
      const first = await ask(items, context, checked, [], signal);
      usage = addUsage(usage, first.usage);
      const byIndex = new Map(first.output.results.map((r) => [r.index, r]));

      // Suggestions that still break a rule: named, and asked for once more.
      const corrections: string[] = [];
      for (const [index, result] of checked.entries()) {
        for (const problem of problemsOf(result, byIndex.get(index), context)) corrections.push(`${index}. ${problem}`);
      }
      if (corrections.length > 0) {
        const retryItems = items.filter(({ index }) => corrections.some((c) => c.startsWith(`${index}. `)));
        const second = await ask(retryItems, context, checked, corrections, signal);
        usage = addUsage(usage, second.usage);
        for (const entry of second.output.results) if (retryItems.some((i) => i.index === entry.index)) byIndex.set(entry.index, entry);
      }

      const notices: string[] = [];
      const results = checked.map((result, index) => guardQuestion(result, byIndex.get(index), context, (n) => notices.push(`Question ${index + 1}: ${n}`), clean));
      return {
        results,
        coach: { kind: 'model', model: modelId, promptVersion: first.promptVersion },
        ...(notices.length > 0 ? { notice: notices.join(' ') } : {}),
        usage,
        latencyMs: Math.max(0, Math.round(clock() - started)),
      };
    } catch (error) {
      if (!(error instanceof PromptRunError)) {
        if (signal?.aborted) throw error;
        log(`model questions coach: ${modelId}: unexpected ${error instanceof Error ? error.name : typeof error}; offline coach answered`);
        return withNotice(await fallback.review(questions, context, { signal }), offlineNotice(failureNotice(modelId, [])), clock, started);
      }
      log(`model questions coach: ${modelId}: ${error.failures.map((f) => `${f.kind} (${f.detail})`).join(', then ')}; offline coach answered`);
      const notice = offlineNotice(failureNotice(modelId, error.failures, { timeoutMs: options.timeoutMs, host: options.host }));
      return withNotice(await fallback.review(questions, context, { signal }), notice, clock, started, addUsage(usage, error.usage));
    }
  }

  return { info, review };
}

/** The outreach notice speaks of a critique; here the offline coach reviewed questions. */
const offlineNotice = (notice: string) => notice.replace("the offline coach's critique", "the offline coach's review");

/** What is wrong with the model's answer for one question, as corrections for the retry. */
function problemsOf(checked: QuestionResult, entry: ModelEntry | undefined, context: QuestionContext): string[] {
  if (!entry) return ['you gave no result for this question; give one.'];
  const problems: string[] = [];
  if (checked.verdict === 'rephrase') {
    if (entry.rephrased === null || entry.rephrased.trim() === '') problems.push('the question breaks a rule, so it needs a rephrasing; you gave none.');
    else {
      const broken = violations(entry.rephrased, context);
      if (broken.length > 0) problems.push(`your rephrasing "${entry.rephrased}" still breaks ${broken.join('; ')}.`);
    }
  }
  for (const alternative of entry.alternatives) {
    const broken = violations(alternative, context);
    if (broken.length > 0) problems.push(`your alternative "${alternative}" still breaks ${broken.join('; ')}.`);
  }
  return problems;
}

/**
 * One question's answer: the checkers' verdict and findings always; the model's explanation when
 * it agrees with that verdict; its rephrasing and alternatives only where they pass review.
 */
export function guardQuestion(
  checked: QuestionResult,
  entry: ModelEntry | undefined,
  context: QuestionContext,
  notice: (text: string) => void,
  clean: (text: string) => boolean = () => true,
): QuestionResult {
  if (!entry) {
    notice('the model gave no answer; this is the offline review.');
    return checked;
  }
  const passes = (text: string) => text.trim() !== '' && clean(text) && violations(text, context).length === 0;
  const explanation =
    entry.verdict === checked.verdict && entry.explanation.trim() && clean(entry.explanation) ? entry.explanation.trim() : checked.explanation;
  if (entry.verdict !== checked.verdict && checked.verdict === 'rephrase') notice('the model judged it fine, but it breaks a rule; it needs rephrasing.');
  let rephrased: string | null = null;
  let fellBack = false;
  if (checked.verdict === 'rephrase') {
    if (entry.rephrased !== null && passes(entry.rephrased)) rephrased = entry.rephrased.trim();
    else {
      rephrased = checked.rephrased;
      fellBack = true;
      notice("the model's rephrasing still broke a rule after a retry; this is the offline rephrasing.");
    }
  }
  const alternatives: string[] = [];
  let dropped = fellBack;
  for (const alternative of entry.alternatives) {
    if (alternatives.length >= 2) break;
    if (passes(alternative) && alternative.trim() !== rephrased) alternatives.push(alternative.trim());
    else if (!passes(alternative)) dropped = true;
  }
  if (dropped) {
    for (const offline of checked.alternatives) if (alternatives.length < 2 && !alternatives.includes(offline) && offline !== rephrased) alternatives.push(offline);
    if (!fellBack) notice('an alternative from the model still broke a rule; an offline one stands in.');
  }
  return { ...checked, explanation, rephrased, alternatives };
}

