import type { OutreachContext } from '../../shared/contracts/outreach.ts';
import type { CoachCritique, OutreachCoach } from '../../server/coach/coach.ts';
import { createModelCoach } from '../../server/coach/model-coach.ts';
import { createOfflineCoach } from '../../server/coach/offline-coach.ts';
import { createCoach } from '../../server/coach/select-coach.ts';
import { createModel } from '../../server/model/provider.ts';
import { loadPrompt, type LoadedPrompt } from '../../server/prompts/load-prompt.ts';
import type { OutreachCritiqueBody } from '../../server/coach/offline-outreach.ts';
import type { EvalEnv, Task } from '../lib/types.ts';

/** What the outreach task needs of a case. */
export interface OutreachInput {
  draft: string;
  context?: OutreachContext | undefined;
}

/** Thrown by the stand-in fallback: in an eval the model's failure is the finding, not the offline answer. */
class ModelDidNotAnswer extends Error {
  override name = 'ModelDidNotAnswer';
}

/** Thrown for what no prompt change can fix: unreachable server, rejected key, timeouts. */
export class ModelUnavailable extends Error {
  override name = 'ModelUnavailable';
}

const refusingFallback: OutreachCoach = {
  info: { kind: 'offline' },
  critique: () => Promise.reject(new ModelDidNotAnswer('the model did not answer')),
};

/**
 * The outreach critique task. Offline: the offline coach. With a model: the configured model
 * through the same seam as the API (`createCoach`), except that a failure is not hidden behind the
 * offline coach's answer: output that never matched the schema is an invalid answer (scored 0,
 * never cached); anything else (unreachable, key rejected, timeouts) is an infrastructure error.
 * `prompt` replaces the prompt file (the adversarial pack plants a canary in its instructions).
 */
export function outreachCritiqueTask(env: EvalEnv, prompt?: LoadedPrompt): Task<OutreachInput, OutreachCritiqueBody> {
  if (env.mode === 'offline') {
    const coach = createOfflineCoach();
    return async (input) => answerOf(await coach.critique(input.draft, input.context ?? {}));
  }
  return async (input, signal) => {
    // One coach per call: its log lines (the failure kinds, never a key) belong to this case only.
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    const coach = prompt ? modelCoachWithPrompt(env, prompt, log) : createCoach(env.model, { offline: refusingFallback, log });
    try {
      return answerOf(await coach.critique(input.draft, input.context ?? {}, { signal }));
    } catch (error) {
      if (!(error instanceof ModelDidNotAnswer)) throw error;
      // The coach's log line names the failures; in an eval nobody stood in for the model.
      const why = lines.join(' ').replace(/; offline coach answered$/, '') || 'the model did not answer';
      const kinds = failureKinds(why);
      if (kinds.length > 0 && kinds.every((k) => k === 'malformed-output' || k === 'json-schema-unsupported')) {
        return { output: { score: 0, findings: [], strengths: [] }, invalid: why };
      }
      throw new ModelUnavailable(why);
    }
  };
}

/**
 * The failure kinds of the coach's log line (`model coach: <model>: <kind> (<detail>), then <kind> (<detail>)`),
 * in order. Only the word that starts each failure counts: a detail may hold parentheses of its own
 * (`schema violation (findings: …)`). A line of another shape gives no kind at all.
 */
export function failureKinds(line: string): string[] {
  const failures = /^model coach: .*?: ([a-z-]+ \(.*)$/s.exec(line)?.[1];
  if (failures === undefined) return [];
  return failures.split(/\), then (?=[a-z-]+ \()/).map((failure) => /^[a-z-]+/.exec(failure)?.[0] ?? '');
}

function modelCoachWithPrompt(env: EvalEnv, prompt: LoadedPrompt, log: (line: string) => void): OutreachCoach {
  const configured = createModel(env.model);
  if (!configured) throw new ModelUnavailable('no model configured (set OPENAI_API_KEY or OPENAI_BASE_URL)');
  return createModelCoach({ ...configured, fallback: refusingFallback, log, prompt });
}

function answerOf(critique: CoachCritique) {
  return { output: critique.body, ...(critique.notice ? { notice: critique.notice } : {}) };
}

/** The cache key's prompt version: the outreach prompt file as it is now. */
export const outreachPromptVersion = (prompt?: LoadedPrompt): string => (prompt ?? loadPrompt('outreach-critique')).version;

/** How the report shows a draft and a critique. */
export const showOutreach = {
  input: (input: OutreachInput): string => {
    const context = Object.entries(input.context ?? {})
      .map(([key, value]) => `${key}: ${String(value)}`)
      .join('\n');
    return context ? `${input.draft}\n\n— context —\n${context}` : input.draft;
  },
  output: (body: OutreachCritiqueBody): string => {
    const findings = body.findings.map((f) => `${f.passed ? 'pass' : 'FAIL'}  ${f.ruleId}: ${f.message}`).join('\n');
    return `score ${body.score}${body.subject !== undefined ? `\nsubject: ${body.subject}` : ''}\n${findings}${body.rewrite !== undefined ? `\n\n— rewrite —\n${body.rewrite}` : ''}`;
  },
};
