import { streamText } from 'ai';
import { ModelCallLimitError, takeModelCall } from './call-scope.ts';
import { createStreamGate, secretsFor } from './output-hygiene.ts';
import type { PromptModel } from './run-prompt.ts';

export interface StreamModelTextOptions {
  model: PromptModel;
  instructions?: string | undefined;
  prompt: string;
  maxOutputTokens: number;
  /** Longest text accepted; a model that runs past it is stopped (`too-long`). */
  maxChars: number;
  /** `performance.now()` by which the call has ended: the caller's one deadline, shared by its attempts. */
  deadline: number;
  signal?: AbortSignal | undefined;
  /** Strings never shown besides the model's registered key (a canary). */
  secrets?: readonly string[] | undefined;
  /** A route's own check of the text (the practice guard), run on each window the gate checks. */
  check?: ((window: string) => string | undefined) | undefined;
  /** Each piece of text that passed the gate, in order: the only text a preview may show. */
  onShow?: ((text: string) => void) | undefined;
}

export type StreamedText = { text: string; problem?: undefined } | { text: string; problem: string };

/**
 * One streamed plain-text model call, through the output gate (`createStreamGate`): nothing reaches
 * `onShow` before it has been checked, and a text that fails a check (markup, a secret, words to
 * the reader, the route's own check, too long) stops the call and comes back with its `problem`.
 * Counted against the request's model-call allowance, and ended at `deadline` (a `TimeoutError`).
 * Provider failures are thrown for the caller to classify (`classifyFailure`).
 */
export async function streamModelText(options: StreamModelTextOptions): Promise<StreamedText> {
  if (!takeModelCall()) throw new ModelCallLimitError();
  const stop = new AbortController();
  const remaining = options.deadline - performance.now();
  const timer = setTimeout(() => stop.abort(new DOMException('model time budget spent', 'TimeoutError')), Math.max(0, remaining));
  timer.unref?.();
  const gate = createStreamGate({ secrets: secretsFor(options.model, options.secrets ?? []), maxChars: options.maxChars, extra: options.check });
  let streamError: unknown;
  try {
    const result = streamText({
      model: options.model,
      ...(options.instructions !== undefined ? { instructions: options.instructions } : {}),
      prompt: options.prompt,
      maxOutputTokens: options.maxOutputTokens,
      maxRetries: 0,
      abortSignal: options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal,
      onError: ({ error }) => {
        streamError ??= error;
      },
    });
    for await (const delta of result.textStream) {
      const step = gate.push(delta);
      if (step.problem !== undefined) {
        stop.abort(new DOMException('output check', 'AbortError'));
        return { text: gate.text, problem: step.problem };
      }
      if (step.show) options.onShow?.(step.show);
    }
    if (stop.signal.aborted) throw stop.signal.reason;
    if (streamError !== undefined) throw streamError;
    if ((await result.finishReason) === 'error') throw new Error('the stream ended with an error');
    const last = gate.end();
    if (last.problem !== undefined) return { text: gate.text, problem: last.problem };
    if (last.show) options.onShow?.(last.show);
    return { text: gate.text };
  } catch (error) {
    // The deadline, not the caller, ended it: say so as a timeout.
    if (stop.signal.aborted && !options.signal?.aborted && stop.signal.reason instanceof DOMException && stop.signal.reason.name === 'TimeoutError') {
      throw stop.signal.reason;
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
