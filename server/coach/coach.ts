import type { ActiveCoach, CoachInfo } from '../../shared/contracts/common.ts';
import type { OutreachContext } from '../../shared/contracts/outreach.ts';
import type { OutreachCritiqueBody } from './offline-outreach.ts';

/** Token counts reported by a model, stored with the critique. */
export interface TokenUsage {
  inputTokens?: number | undefined;
  outputTokens?: number | undefined;
}

/** Partial progress while a model writes (for the streaming endpoint). */
export interface CritiqueProgress {
  findings: number;
  rewrite?: string | undefined;
  attempt: number;
}

export interface CritiqueOptions {
  onProgress?: (progress: CritiqueProgress) => void;
  signal?: AbortSignal;
}

/** A finished critique, ready to be stored and answered. */
export interface CoachCritique {
  body: OutreachCritiqueBody;
  /** Who actually answered: `offline` when the model failed and the offline coach stood in. */
  coach: CoachInfo;
  /** Visible to the user, e.g. why the offline coach answered although a model is configured. */
  notice?: string | undefined;
  usage?: TokenUsage | undefined;
  latencyMs: number;
}

/**
 * The seam between the API and whoever critiques: the offline coach (rulebook only) or a model
 * guarded by the rulebook. A coach never throws for a provider failure: it falls back and says so.
 */
export interface OutreachCoach {
  readonly info: ActiveCoach;
  critique(draft: string, context: OutreachContext, options?: CritiqueOptions): Promise<CoachCritique>;
}
