import { encodeUntrusted } from '../../server/prompts/untrusted-text.ts';
import { defaultSettingsMiddleware, wrapLanguageModel } from 'ai';
import { JudgeVerdict } from '../../shared/contracts/eval-judge.ts';
import type { ModelConfig } from '../../server/config.ts';
import { createModel, wantsModel } from '../../server/model/provider.ts';
import { runPrompt, type PromptModel } from '../../server/model/run-prompt.ts';
import { loadPrompt } from '../../server/prompts/load-prompt.ts';
import type { AnswerCache } from '../lib/cache.ts';
import type { Judge, Score } from '../lib/types.ts';

/**
 * The judge's own model setting: `INFOCHAT_JUDGE_MODEL` names the model (default: the coach's
 * model), on the same server and key as the coach (OPENAI_API_KEY / OPENAI_BASE_URL). Undefined
 * when no model is configured at all.
 */
export function judgeConfig(env: Record<string, string | undefined>, model: ModelConfig): ModelConfig | undefined {
  if (!wantsModel(model)) return undefined;
  const judgeModel = env.INFOCHAT_JUDGE_MODEL?.trim();
  return { ...model, ...(judgeModel ? { model: judgeModel } : {}) };
}

export interface JudgeDeps {
  /** Answers of earlier runs (each vote is its own entry). */
  cache?: AnswerCache | undefined;
  /** A model object instead of the config's (tests). */
  model?: PromptModel | undefined;
  sleep?: ((ms: number) => Promise<void>) | undefined;
}

/**
 * The model judge: `prompts/eval-judge.prompt.md` through `runPrompt`, at temperature 0, with the
 * reasoning written before the verdict. A failing verdict is only final when a second vote
 * confirms it; a split vote passes, and its reason says so.
 */
export function createJudge(config: ModelConfig | undefined, deps: JudgeDeps = {}): Judge | undefined {
  const configured = config ? createModel(config) : undefined;
  const base = deps.model ?? configured?.model;
  if (!base) return undefined;
  const label = deps.model ? `${base.provider}/${base.modelId}` : `${configured?.provider}@${configured?.host ? `${configured.host}/` : ''}${configured?.modelId}`;
  const model = wrapLanguageModel({ model: base, middleware: defaultSettingsMiddleware({ settings: { temperature: 0 } }) });
  const prompt = loadPrompt('eval-judge');

  async function vote(inputs: { criterion: string; input: string; output: string }, round: number): Promise<JudgeVerdict> {
    const key = { eval: 'judge', model: label, promptVersion: prompt.version, input: inputs, repeat: round };
    const cached = deps.cache?.get(key);
    const parsed = JudgeVerdict.safeParse(cached);
    if (parsed.success) return parsed.data;
    const run = await runPrompt({ model, prompt, inputs: { criterion: inputs.criterion, input: encodeUntrusted(inputs.input), output: encodeUntrusted(inputs.output) }, schema: JudgeVerdict, ...(deps.sleep ? { sleep: deps.sleep } : {}) });
    deps.cache?.set(key, run.output);
    return run.output;
  }

  return {
    model: label,
    async verdict(request): Promise<Score> {
      const first = await vote(request, 0);
      if (first.verdict === 'pass') return { score: 1, reason: `judge: ${first.reasoning}` };
      const second = await vote(request, 1);
      if (second.verdict === 'fail') return { score: 0, reason: `judge (failed twice): ${first.reasoning}` };
      return { score: 1, reason: `judge: a first vote failed it (${first.reasoning}) but the second did not confirm: ${second.reasoning}` };
    },
  };
}
