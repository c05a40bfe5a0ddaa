import { delay, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { OutreachContext, OutreachModelCritique } from '../../shared/contracts/outreach.ts';
import { lintOutreach, rulesFor } from '../../shared/rules/index.ts';
import {
  chatCompletion,
  jsonSchemaUnsupported,
  malformedBody,
  promptText,
  queueReplies,
  rateLimited,
  receivedRequests,
  serverError,
  unauthorized,
  useOpenAIMock,
  type Reply,
} from '../../test/msw/openai.ts';
import { ATTACHMENT_AND_JOB_ASK_DRAFT, EMAIL_CONTEXT, GOOD_DRAFT, modelCritique } from '../../test/msw/outreach-fixtures.ts';
import type { ModelConfig } from '../config.ts';
import { loadPrompt } from '../prompts/load-prompt.ts';
import type { CoachCritique, CritiqueProgress } from './coach.ts';
import { guardOutreachCritique } from './guard-outreach.ts';
import { offlineOutreachCritique } from './offline-outreach.ts';
import { createCoach } from './select-coach.ts';

useOpenAIMock();

const API_KEY = 'sk-test-not-a-real-key-123';
const OPENAI: ModelConfig = { apiKey: API_KEY, model: 'gpt-4.1-mini' };
const OLLAMA: ModelConfig = { baseUrl: 'http://localhost:11434/v1', model: 'llama3.2' };
const PROMPT_VERSION = loadPrompt('outreach-critique').version;
const USAGE = { inputTokens: 1200, outputTokens: 300 };

/** A coach over the real @ai-sdk/openai provider, talking to msw; no waiting, logs collected. */
function coachFor(config: ModelConfig = OPENAI, timeoutMs?: number) {
  const logs: string[] = [];
  const sleep = vi.fn(async (_ms: number) => {});
  const coach = createCoach(config, { sleep, log: (line) => logs.push(line), timeoutMs });
  return { coach, logs, sleep };
}

function guarded(draft: string, context: OutreachContext, output: OutreachModelCritique) {
  return guardOutreachCritique(draft, context, output, lintOutreach(draft, context));
}

/** What the offline coach answers, as the model coach returns it after a failure. */
function offlineAnswer(draft: string, context: OutreachContext, notice: string): CoachCritique {
  return {
    body: offlineOutreachCritique(draft, context),
    coach: { kind: 'offline' },
    notice,
    latencyMs: expect.any(Number) as unknown as number,
  };
}

function expectNoSecrets(result: CoachCritique, logs: string[]) {
  expect(JSON.stringify(result)).not.toContain(API_KEY);
  expect(logs.join('\n')).not.toContain(API_KEY);
  expect(JSON.stringify(result)).not.toContain('Incorrect API key provided');
}

describe('model coach over HTTP (msw, real @ai-sdk/openai provider)', () => {
  it('(a) answers with the guarded model critique, prompt version and usage; sends json_schema, the model id and the rule texts', async () => {
    const { coach } = coachFor();
    const output = modelCritique();
    queueReplies(chatCompletion(output));

    const result = await coach.critique(GOOD_DRAFT, EMAIL_CONTEXT);

    expect(result).toEqual({
      body: guarded(GOOD_DRAFT, EMAIL_CONTEXT, output).body,
      coach: { kind: 'model', model: 'gpt-4.1-mini', promptVersion: PROMPT_VERSION },
      usage: USAGE,
      latencyMs: expect.any(Number),
    });
    const requests = receivedRequests();
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.url).toBe('https://api.openai.com/v1/chat/completions');
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request?.body.model).toBe('gpt-4.1-mini');
    expect(request?.body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'OutreachModelCritique', strict: true },
    });
    const prompt = promptText(request!);
    for (const rule of rulesFor('outreach')) expect(prompt).toContain(`${rule.id} [${rule.severity}]: ${rule.text}`);
    // The draft only as JSON data, in the writer's block.
    expect(prompt).toContain(`"draft": ${JSON.stringify(GOOD_DRAFT)}`);
    expect(prompt.split("## The writer's text")[0]).not.toContain(GOOD_DRAFT.split('\n')[0]);
    expect(coach.info).toEqual({ kind: 'model', model: 'gpt-4.1-mini', provider: 'openai' });
  });

  it('(b) falls back to the offline coach on a 401, after exactly one request, and says why without the key', async () => {
    const { coach, logs } = coachFor();
    queueReplies(unauthorized(), chatCompletion(modelCritique()));

    const result = await coach.critique(ATTACHMENT_AND_JOB_ASK_DRAFT, EMAIL_CONTEXT);

    expect(result).toEqual(
      offlineAnswer(
        ATTACHMENT_AND_JOB_ASK_DRAFT,
        EMAIL_CONTEXT,
        "The model (gpt-4.1-mini) rejected the API key (401); this is the offline coach's critique.",
      ),
    );
    expect(receivedRequests()).toHaveLength(1);
    expect(logs).toEqual(['model coach: gpt-4.1-mini: unauthorized (HTTP 401); offline coach answered']);
    expectNoSecrets(result, logs);
  });

  it('(c) retries a 429 after its retry-after and answers from the model', async () => {
    const { coach, sleep } = coachFor();
    queueReplies(rateLimited(2), chatCompletion(modelCritique()));

    const result = await coach.critique(GOOD_DRAFT, EMAIL_CONTEXT);

    expect(result.coach).toEqual({ kind: 'model', model: 'gpt-4.1-mini', promptVersion: PROMPT_VERSION });
    expect(result.notice).toBeUndefined();
    expect(receivedRequests()).toHaveLength(2);
    expect(sleep).toHaveBeenCalledTimes(1);
    expect(sleep.mock.calls[0]?.[0]).toBe(2000);
  });

  it('(d) falls back after two 500s, with a notice', async () => {
    const { coach, logs } = coachFor();
    queueReplies(serverError(), serverError());

    const result = await coach.critique(GOOD_DRAFT, EMAIL_CONTEXT);

    expect(result).toEqual(
      offlineAnswer(GOOD_DRAFT, EMAIL_CONTEXT, "The model (gpt-4.1-mini) failed with a server error (500) twice; this is the offline coach's critique."),
    );
    expect(receivedRequests()).toHaveLength(2);
    expect(logs).toEqual(['model coach: gpt-4.1-mini: server-error (HTTP 500), then server-error (HTTP 500); offline coach answered']);
  });

  it('(e) retries malformed JSON content and answers from the model when the retry is valid', async () => {
    const { coach } = coachFor();
    const output = modelCritique();
    queueReplies(chatCompletion('{"findings": [{"ruleId": "outreach.brief", "passed": tr'), chatCompletion(output));

    const result = await coach.critique(GOOD_DRAFT, EMAIL_CONTEXT);

    expect(result.coach.kind).toBe('model');
    expect(result.body).toEqual(guarded(GOOD_DRAFT, EMAIL_CONTEXT, output).body);
    // Both calls' tokens were spent.
    expect(result.usage).toEqual({ inputTokens: 2400, outputTokens: 600 });
    expect(receivedRequests()).toHaveLength(2);
  });

  it('(e) falls back after malformed content twice (or an unreadable body), with a notice', async () => {
    const { coach } = coachFor();
    queueReplies(chatCompletion('Sure! Here is my critique of your draft.'), malformedBody());

    const result = await coach.critique(GOOD_DRAFT, EMAIL_CONTEXT);

    expect(result).toEqual({
      ...offlineAnswer(
        GOOD_DRAFT,
        EMAIL_CONTEXT,
        "The model (gpt-4.1-mini) returned output that did not match the schema twice; this is the offline coach's critique.",
      ),
      usage: USAGE,
    });
    expect(receivedRequests()).toHaveLength(2);
  });

  it('(f) retries a schema-violating object, and falls back when it comes twice', async () => {
    const { findings: _missing, ...noFindings } = modelCritique();
    const wrongTypes = { ...modelCritique(), findings: 'all good' };

    const first = coachFor();
    queueReplies(chatCompletion(noFindings), chatCompletion(modelCritique()));
    expect((await first.coach.critique(GOOD_DRAFT, EMAIL_CONTEXT)).coach.kind).toBe('model');
    expect(receivedRequests()).toHaveLength(2);

    const second = coachFor();
    queueReplies(chatCompletion(noFindings), chatCompletion(wrongTypes));
    const result = await second.coach.critique(GOOD_DRAFT, EMAIL_CONTEXT);
    expect(result.coach).toEqual({ kind: 'offline' });
    expect(result.notice).toBe("The model (gpt-4.1-mini) returned output that did not match the schema twice; this is the offline coach's critique.");
    expect(second.logs).toEqual([
      'model coach: gpt-4.1-mini: malformed-output (schema violation (findings: Invalid input: expected array, received undefined)), then malformed-output (schema violation (findings: Invalid input: expected array, received string)); offline coach answered',
    ]);
  });

  it('(g) keeps a rule the checker failed failed when the model passes it', async () => {
    const { coach } = coachFor();
    // The model passes every rule, including no-attachments and no-job-ask, which this draft fails.
    queueReplies(chatCompletion(modelCritique()));

    const result = await coach.critique(ATTACHMENT_AND_JOB_ASK_DRAFT, EMAIL_CONTEXT);

    expect(result.coach.kind).toBe('model');
    const failed = result.body.findings.filter((f) => !f.passed).map((f) => f.ruleId);
    expect(failed).toEqual(['outreach.no-attachments', 'outreach.no-job-ask']);
    expect(result.body.findings.find((f) => f.ruleId === 'outreach.no-attachments')?.evidence?.quote).toBe("I've attached my CV.");
    expect(result.body.score).toBeLessThan(100);
  });

  it('(h) switches to plain JSON when a compatible server rejects json_schema, for that request only', async () => {
    const { coach } = coachFor(OLLAMA);
    const output = modelCritique();
    queueReplies(jsonSchemaUnsupported(), chatCompletion(`\`\`\`json\n${JSON.stringify(output)}\n\`\`\``));

    const result = await coach.critique(GOOD_DRAFT, EMAIL_CONTEXT);

    expect(result).toEqual({
      body: guarded(GOOD_DRAFT, EMAIL_CONTEXT, output).body,
      coach: { kind: 'model', model: 'llama3.2', promptVersion: PROMPT_VERSION },
      usage: USAGE,
      latencyMs: expect.any(Number),
    });
    const [structured, plain] = receivedRequests();
    expect(structured?.url).toBe('http://localhost:11434/v1/chat/completions');
    expect(structured?.body.response_format?.type).toBe('json_schema');
    expect(plain?.body.response_format).toBeUndefined();
    expect(promptText(plain!)).toContain('Answer with only a JSON object');
    expect(promptText(plain!)).toContain('"ruleId"');
    expect(coach.info).toEqual({ kind: 'model', model: 'llama3.2', provider: 'openai-compatible', host: 'localhost:11434' });

    // Decided per answer: the next critique asks for json_schema again (the server may have been upgraded or restarted).
    queueReplies(chatCompletion(output));
    expect((await coach.critique(GOOD_DRAFT, EMAIL_CONTEXT)).coach.kind).toBe('model');
    expect(receivedRequests()).toHaveLength(3);
    expect(receivedRequests()[2]?.body.response_format?.type).toBe('json_schema');
  });

  it('(i) streams progress (findings so far, the rewrite so far) and ends with the guarded critique', async () => {
    const { coach } = coachFor();
    const output = modelCritique();
    queueReplies(chatCompletion(output, { chunkSize: 25 }));
    const progress: CritiqueProgress[] = [];

    const result = await coach.critique(GOOD_DRAFT, EMAIL_CONTEXT, { onProgress: (p) => progress.push(p) });

    expect(result).toEqual({
      body: guarded(GOOD_DRAFT, EMAIL_CONTEXT, output).body,
      coach: { kind: 'model', model: 'gpt-4.1-mini', promptVersion: PROMPT_VERSION },
      usage: USAGE,
      latencyMs: expect.any(Number),
    });
    const [request] = receivedRequests();
    expect(request?.body.stream).toBe(true);
    expect(request?.body.stream_options).toEqual({ include_usage: true });

    expect(progress.length).toBeGreaterThan(5);
    const counts = progress.map((p) => p.findings);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    const rewrites = progress.map((p) => p.rewrite ?? '');
    for (const [i, text] of rewrites.entries()) if (i > 0) expect(text.startsWith(rewrites[i - 1]!)).toBe(true);
    expect(progress.at(-1)).toEqual({ findings: rulesFor('outreach').length, rewrite: output.rewrite, attempt: 1 });
  });

  it('(i) streams a retry as attempt 2, and falls back from a streamed 401', async () => {
    const retried = coachFor();
    queueReplies(chatCompletion('{"findings": [], "strengths": ["x"], "rewrite": "Hi'), chatCompletion(modelCritique()));
    const progress: CritiqueProgress[] = [];
    const result = await retried.coach.critique(GOOD_DRAFT, EMAIL_CONTEXT, { onProgress: (p) => progress.push(p) });
    expect(result.coach.kind).toBe('model');
    expect(progress[0]?.attempt).toBe(1);
    expect(progress.at(-1)?.attempt).toBe(2);

    const refused = coachFor();
    queueReplies(unauthorized());
    const fallback = await refused.coach.critique(GOOD_DRAFT, EMAIL_CONTEXT, { onProgress: () => {} });
    expect(fallback).toEqual(
      offlineAnswer(GOOD_DRAFT, EMAIL_CONTEXT, "The model (gpt-4.1-mini) rejected the API key (401); this is the offline coach's critique."),
    );
    expect(receivedRequests()).toHaveLength(3);
  });

  it('(h) streams in plain-JSON mode too', async () => {
    const { coach } = coachFor(OLLAMA);
    const output = modelCritique();
    queueReplies(jsonSchemaUnsupported(), chatCompletion(`Here it is:\n\`\`\`json\n${JSON.stringify(output)}\n\`\`\``, { chunkSize: 30 }));
    const progress: CritiqueProgress[] = [];

    const result = await coach.critique(GOOD_DRAFT, EMAIL_CONTEXT, { onProgress: (p) => progress.push(p) });

    expect(result.body).toEqual(guarded(GOOD_DRAFT, EMAIL_CONTEXT, output).body);
    expect(result.usage).toEqual(USAGE);
    expect(receivedRequests()[1]?.body).toMatchObject({ stream: true });
    expect(receivedRequests()[1]?.body.response_format).toBeUndefined();
    expect(progress.at(-1)).toEqual({ findings: rulesFor('outreach').length, rewrite: output.rewrite, attempt: 2 });
  });

  it('says so when the compatible server cannot be reached', async () => {
    const { coach } = coachFor(OLLAMA);
    const down: Reply = () => HttpResponse.error();
    queueReplies(down, down);

    const result = await coach.critique(GOOD_DRAFT, EMAIL_CONTEXT);

    expect(result).toEqual(
      offlineAnswer(GOOD_DRAFT, EMAIL_CONTEXT, "The model server at localhost:11434 could not be reached twice; this is the offline coach's critique."),
    );
  });

  it("throws the caller's abort instead of falling back (the client went away)", async () => {
    const { coach, logs } = coachFor();
    const controller = new AbortController();
    queueReplies(async () => {
      // The client leaves once the model has the request (not on a timer, which a loaded machine can outrun).
      controller.abort(new DOMException('client closed', 'AbortError'));
      await delay('infinite');
      return HttpResponse.json({});
    });

    await expect(coach.critique(GOOD_DRAFT, EMAIL_CONTEXT, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(receivedRequests()).toHaveLength(1);
    expect(logs).toEqual([]);
  });

  it('gives a silent server one time budget for the whole request, then falls back', async () => {
    const { coach } = coachFor(OPENAI, 200);
    const silent: Reply = async () => {
      await delay('infinite');
      return HttpResponse.json({});
    };
    queueReplies(silent, silent);

    const result = await coach.critique(GOOD_DRAFT, EMAIL_CONTEXT);

    expect(result.coach).toEqual({ kind: 'offline' });
    expect(result.notice).toBe("The model (gpt-4.1-mini) did not answer within 0.2 seconds; this is the offline coach's critique.");
    expect(receivedRequests()).toHaveLength(1);
  });
});
