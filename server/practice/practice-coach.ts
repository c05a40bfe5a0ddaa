import type { ActiveCoach, CoachInfo } from '../../shared/contracts/common.ts';
import type { PersonaCard } from '../../shared/contracts/practice.ts';
import { inProcess, type Offload } from '../offload/offload.ts';
import { chargedSection } from '../middleware/cpu-budget.ts';
import type { coachHint, DebriefBody, PracticeTranscript } from './debrief.ts';
import { composeReply, type EngineInput, type EngineReply } from './persona-engine.ts';

export interface ReplyOptions {
  /** Called with each piece of the reply as it is written. */
  onDelta?: ((text: string) => void) | undefined;
  /** The reply so far is dropped: a new attempt (or the offline fallback) starts writing. */
  onRestart?: ((attempt: number) => void) | undefined;
  signal?: AbortSignal | undefined;
}

export interface PracticeReply {
  text: string;
  userElapsedMinutes: number;
  elapsedMinutes: number;
  wrappedUp: boolean;
  /** Who actually answered: `offline` when the model's reply was replaced. */
  coach: CoachInfo;
  notice?: string | undefined;
}

export interface PracticeDebrief extends DebriefBody {
  coach: CoachInfo;
  notice?: string | undefined;
}

/**
 * The seam between the practice API and whoever plays the professional: the offline persona
 * engine, or a model guarded on every reply. Never throws for a provider failure: it falls back
 * to the offline engine and says so. Hints are always offline (they come from the rulebook).
 */
export interface PracticeCoach {
  readonly info: ActiveCoach;
  reply(input: EngineInput, options?: ReplyOptions): Promise<PracticeReply>;
  hint(transcript: PracticeTranscript): Promise<ReturnType<typeof coachHint>>;
  debrief(transcript: PracticeTranscript, options?: { signal?: AbortSignal | undefined }): Promise<PracticeDebrief>;
  /** A card from a one-line description; undefined when no model is configured. */
  generatePersona?: ((description: string, options?: { signal?: AbortSignal | undefined }) => Promise<PersonaCard>) | undefined;
}

/** Splits a reply into word-sized pieces, so the offline engine streams like a model does. */
export function wordPieces(text: string): string[] {
  return text.match(/\S+\s*/g) ?? [];
}

/** The offline engine's reply, streamed word by word through `onDelta`, as the coach answers it. */
export function streamOfflineReply(reply: EngineReply, onDelta: ReplyOptions['onDelta']): PracticeReply {
  for (const piece of wordPieces(reply.text)) onDelta?.(piece);
  const { text, userElapsedMinutes, elapsedMinutes, wrappedUp } = reply;
  return { text, userElapsedMinutes, elapsedMinutes, wrappedUp, coach: { kind: 'offline' } };
}

/** The offline persona engine; the hint and the debrief (the conduct rules over the whole transcript) run where `offload` says (the server's worker pool; in process by default). */
export function createOfflinePracticeCoach(offload: Offload = inProcess): PracticeCoach {
  return {
    info: { kind: 'offline' },
    async reply(input, options = {}) {
      // The engine's work on the event loop is this request's own: charged to its client in full (`chargedSection`).
      return streamOfflineReply(chargedSection(() => composeReply(input)), options.onDelta);
    },
    hint: (transcript) => offload.run('practiceHint', transcript),
    async debrief(transcript) {
      return { ...(await offload.run('practiceDebrief', transcript)), coach: { kind: 'offline' } };
    },
  };
}

