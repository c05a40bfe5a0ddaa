import { randomBytes } from 'node:crypto';
import type { ActiveCoach } from '../../shared/contracts/common.ts';
import { fromModelCard, ModelPersonaCard, type PersonaCard, PracticeModelDebrief } from '../../shared/contracts/practice.ts';
import { actionable } from '../../shared/language/fuse.ts';
import { decideFollowUp } from '../../shared/language/follow-up.ts';
import { round1, type TranscriptTurn } from '../../shared/practice/transcript.ts';
import type { ProviderKind } from '../model/provider.ts';
import { ModelCallLimitError, remainingBudgetMs } from '../model/call-scope.ts';
import { type OutputProblemKind, PROBLEM_WORDS } from '../model/output-hygiene.ts';
import { classifyFailure, type PromptModel, PromptRunError, runPrompt } from '../model/run-prompt.ts';
import { streamModelText } from '../model/stream-text.ts';
import { loadPrompt, renderPrompt } from '../prompts/load-prompt.ts';
import { encodeUntrusted } from '../prompts/untrusted-text.ts';
import { AppError } from '../errors.ts';
import { conductVerdicts, discussedTopicLabels, echoesProfessional, type PracticeTranscript } from './debrief.ts';
import { GUARD_NOTICES, type GuardFailure, guardReply, STREAM_GUARD_WINDOW } from './guard-reply.ts';
import { composeReply, firstName, replyEnd, timeWarningAt } from './persona-engine.ts';
import { createOfflinePracticeCoach, type PracticeCoach, type PracticeReply, streamOfflineReply } from './practice-coach.ts';

export interface ModelPracticeCoachOptions {
  model: PromptModel;
  modelId: string;
  provider: ProviderKind;
  host?: string | undefined;
  /** The offline coach: stands in when the model fails, and gives hints. */
  fallback?: PracticeCoach | undefined;
  /** Per call. Default 60 s. */
  timeoutMs?: number | undefined;
  /** A fresh canary per reply; injectable so tests can plant it in a fake answer. */
  canary?: (() => string) | undefined;
  log?: ((line: string) => void) | undefined;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/** The card as the prompt shows it: one fact a line, lists as bullets. */
/** A spoken reply is a few sentences; a model that runs on past this is cut off and retried (then the offline reply stands in). */
export const MAX_MODEL_REPLY_CHARS = 4_000;

/** A guard failure or an output-check problem, in words for the notice. */
function describeProblem(problem: string): string {
  if (problem === 'too-long') return 'ran on too long';
  if (problem in GUARD_NOTICES) return GUARD_NOTICES[problem as GuardFailure];
  return PROBLEM_WORDS[problem as OutputProblemKind] ?? 'wrote a reply that could not be shown';
}

export function renderPersona(card: PersonaCard): string {
  const list = (label: string, items: readonly string[]) => (items.length > 0 ? [`${label}:`, ...items.map((i) => `  - ${i}`)] : []);
  return [
    `Name: ${card.name}`,
    `Role: ${card.role} at ${card.organization}`,
    `Field: ${card.field} (${card.yearsInField} years)`,
    `Temperament: ${card.temperament}`,
    ...list('Career path (oldest first)', card.careerPath.map((s) => `${s.years}: ${s.role}, ${s.organization}. ${s.note}`)),
    ...list('A typical week', card.typicalWeek),
    ...list('What you enjoy', card.enjoys),
    ...list('What you find hard', card.findsHard),
    ...list('Advice you give', card.advice),
    ...list('Skills that matter', card.skills),
    ...list('How people get started', card.gettingStarted),
    ...list('Where the field is heading', card.trends),
    ...list('What you read', card.reading),
    ...list('Professional organizations', card.associations),
    ...list('What surprised you', card.surprises),
    ...list('Your organization', card.culture),
    ...list('People you would suggest (name, role, why)', card.referrals.map((r) => `${r.name}, ${r.role}: ${r.why}`)),
    `Entry salary range for newcomers: ${card.entrySalary.low}–${card.entrySalary.high} ${card.entrySalary.currency}, ${card.entrySalary.note}`,
    `Public profile (LinkedIn): ${card.publicProfile.headline}. ${card.publicProfile.summary} Education: ${card.publicProfile.education.join('; ')}`,
    ...list('Questions you might ask them back', card.curiosity),
    ...list('Topics you will not discuss', card.wontDiscuss),
    ...list('Things you know and have lived (say them in your own words, never contradict them)', (card.facts ?? []).map((f) => f.text)),
  ].join('\n');
}

export function renderTranscriptForPrompt(card: PersonaCard, turns: readonly TranscriptTurn[]): string {
  if (turns.length === 0) return '(nothing yet: this is the start of the call)';
  const who = firstName(card.name);
  return turns.map((t) => `${t.role === 'user' ? 'Person' : who} (${round1(t.elapsedMinutes)} min): ${t.content.replace(/\s+/g, ' ').trim()}`).join('\n');
}

/** What the persona must do about the clock in this reply, decided as the offline engine decides it. */
export function timeGuidance(minutes: number, userElapsed: number, history: readonly TranscriptTurn[]): string {
  const remaining = minutes - userElapsed;
  if (remaining <= 0) return 'The agreed time is up: wrap up politely in this reply — thank them, wish them well, and say you need to go.';
  const mentioned = history.some((t) => t.role === 'professional' && /\bminutes? (?:left|before)|hard stop\b/i.test(t.content));
  if (remaining <= timeWarningAt(minutes) && !mentioned) {
    return `About ${Math.max(1, Math.round(remaining))} minutes remain: mention the time briefly in this reply.`;
  }
  return 'There is still time; do not mention the clock.';
}

/**
 * The model plays the professional, guarded on every reply: a reply that breaks character, swaps
 * roles or leaks its instructions is stopped as soon as it shows, written once more, and then
 * replaced by the offline engine's reply with a notice. A provider failure gets the same fallback.
 */
export function createModelPracticeCoach(options: ModelPracticeCoachOptions): PracticeCoach {
  const fallback = options.fallback ?? createOfflinePracticeCoach();
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const log = options.log ?? (() => {});
  const newCanary = options.canary ?? (() => `ref-${randomBytes(6).toString('hex')}`);
  const info: ActiveCoach = {
    kind: 'model',
    model: options.modelId,
    provider: options.provider,
    ...(options.host ? { host: options.host } : {}),
  };
  const personaPrompt = () => loadPrompt('practice-persona');

  return {
    info,
    hint: fallback.hint,

    async reply(input, replyOptions = {}): Promise<PracticeReply> {
      const offline = composeReply(input);
      const prompt = personaPrompt();
      const canary = newCanary();
      const rendered = renderPrompt(prompt, {
        // The card may be the user's own (a described persona), and the transcript and message are
        // theirs: all enter the prompt JSON-encoded, as data that cannot close its block.
        persona: encodeUntrusted(renderPersona(input.card)),
        name: input.card.name,
        minutes: String(input.minutes),
        elapsed: round1(offline.userElapsedMinutes),
        timeGuidance: timeGuidance(input.minutes, offline.userElapsedMinutes, input.history),
        transcript: encodeUntrusted(renderTranscriptForPrompt(input.card, input.history)),
        message: encodeUntrusted(input.userText),
        canary,
      });
      // The template, not the rendered text: the card inside it is what the persona is meant to say.
      const guardContext = { canary, instructions: prompt.instructions ?? '' };
      const problems: string[] = [];

      // One deadline for the whole reply, both attempts included (and never past the request's own).
      const deadline = performance.now() + remainingBudgetMs(timeoutMs);
      const guard = (window: string) => {
        const failure = guardReply(window, guardContext);
        return failure === 'empty' ? undefined : failure;
      };

      for (let attempt = 1; attempt <= 2; attempt++) {
        if (attempt > 1) replyOptions.onRestart?.(attempt);
        let streamed: Awaited<ReturnType<typeof streamModelText>>;
        try {
          // Through the output gate: only checked, finished sentences reach the preview.
          streamed = await streamModelText({
            model: options.model,
            instructions: rendered.instructions,
            prompt: rendered.prompt,
            // The prompt file's cap, sent to the model; the character cap holds even for a model that ignores it.
            maxOutputTokens: prompt.maxOutputTokens,
            maxChars: MAX_MODEL_REPLY_CHARS,
            deadline,
            signal: replyOptions.signal,
            secrets: [canary],
            check: guard,
            onShow: (text) => replyOptions.onDelta?.(text),
          });
        } catch (error) {
          if (replyOptions.signal?.aborted) throw error;
          const failure = error instanceof ModelCallLimitError ? { kind: 'rate-limited', detail: error.message } : classifyFailure(error);
          problems.push(`failed (${failure.kind}: ${failure.detail})`);
          log(`practice reply attempt ${attempt} ${problems.at(-1)}`);
          // Out of time or allowance: a second attempt cannot help.
          if (failure.kind === 'timeout' || failure.kind === 'rate-limited' || performance.now() >= deadline) break;
          continue;
        }
        const reply = streamed.text.trim();
        const broke = streamed.problem ?? guardReply(reply, guardContext);
        if (!broke) {
          return {
            text: reply,
            userElapsedMinutes: offline.userElapsedMinutes,
            elapsedMinutes: replyEnd(offline.userElapsedMinutes, reply),
            wrappedUp: offline.wrappedUp,
            coach: { kind: 'model', model: options.modelId, promptVersion: prompt.version },
          };
        }
        problems.push(describeProblem(broke));
        log(`practice reply attempt ${attempt} ${broke}`);
        if (performance.now() >= deadline) break;
      }

      replyOptions.onRestart?.(3);
      return {
        ...streamOfflineReply(offline, replyOptions.onDelta),
        notice: `The model ${problems.join(', then ')}; the offline persona answered instead.`,
      };
    },

    async debrief(transcript: PracticeTranscript, debriefOptions = {}) {
      const base = await fallback.debrief(transcript);
      const verdicts = conductVerdicts(transcript)
        .map((v) => `- ${v.rule.id}: ${v.result.passed ? 'PASSED' : 'FAILED'}: ${v.result.message}`)
        .join('\n');
      try {
        const run = await runPrompt({
          model: options.model,
          prompt: loadPrompt('practice-debrief'),
          schema: PracticeModelDebrief,
          inputs: {
            persona: encodeUntrusted(renderPersona(transcript.card)),
            minutes: String(transcript.minutes),
            transcript: encodeUntrusted(renderTranscriptForPrompt(transcript.card, transcript.turns)),
            verdicts,
          },
          signal: debriefOptions.signal,
          timeoutMs,
        });
        // The verdicts and the score stay the checkers'; the model adds remarks, and a note only if it passes the follow-up rules.
        const topics = discussedTopicLabels(transcript.turns);
        // A string the output checks flagged (markup, a secret, words addressed to the reader) is never shown.
        const flagged = new Set(run.problems.map((problem) => problem.path));
        const note = flagged.has('thankYouDraft') ? undefined : run.output.thankYouDraft?.trim();
        // The same law as the offline note: never the professional's sentences as the user's.
        const said = transcript.turns.filter((t) => t.role === 'professional').map((t) => t.content).join('\n');
        const noteOk =
          note &&
          actionable(decideFollowUp(note, { topics })).every((v) => v.result.passed) &&
          !(note.match(/[^.!?\n]+[.!?]?/g) ?? []).some((s) => echoesProfessional(s, said));
        return {
          ...base,
          remarks: run.output.remarks
            .filter((_remark, i) => !flagged.has(`remarks.${i}`))
            .map((r) => r.trim())
            .filter(Boolean)
            .slice(0, 4),
          thankYouDraft: noteOk ? note : base.thankYouDraft,
          coach: { kind: 'model', model: options.modelId, promptVersion: run.promptVersion },
          ...(note && !noteOk ? { notice: 'The model’s thank-you note broke a follow-up rule; the offline draft is shown instead.' } : {}),
        };
      } catch (error) {
        if (debriefOptions.signal?.aborted) throw error;
        const detail = error instanceof PromptRunError ? `${error.failure.kind}: ${error.failure.detail}` : classifyFailure(error).kind;
        log(`practice debrief fell back (${detail})`);
        return { ...base, notice: 'The model could not add its remarks; this debrief comes from the rules alone.' };
      }
    },

    async generatePersona(description, generateOptions = {}) {
      try {
        const run = await runPrompt({
          model: options.model,
          prompt: loadPrompt('practice-persona-card'),
          schema: ModelPersonaCard,
          inputs: { description: encodeUntrusted(description) },
          signal: generateOptions.signal,
          timeoutMs,
        });
        // A card with a flagged field (markup, a key, words to the reader) is not a card anyone should meet.
        if (run.problems.length > 0) {
          log(`persona generation: the card ${[...new Set(run.problems.map((p) => PROBLEM_WORDS[p.kind]))].join(' and ')}`);
          throw new AppError('model_failed', 502, 'The model wrote a persona that could not be shown. Try again, or describe the professional in the form.');
        }
        return fromModelCard(run.output);
      } catch (error) {
        if (generateOptions.signal?.aborted || error instanceof AppError) throw error;
        const detail = error instanceof PromptRunError ? error.failure.kind : classifyFailure(error).kind;
        log(`persona generation failed (${detail})`);
        throw new AppError('model_failed', 502, 'The model could not write a persona just now. Try again, or describe the professional in the form.');
      }
    },
  };
}
