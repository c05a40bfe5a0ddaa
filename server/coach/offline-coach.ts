import type { OutreachContext } from '../../shared/contracts/outreach.ts';
import type { CoachCritique, OutreachCoach } from './coach.ts';
import { ensureLanguageModels } from '../language/models.ts';
import { inProcess, type Offload } from '../offload/offload.ts';

/**
 * The offline coach (the rulebook and the outreach language model): no network, same answer for
 * the same draft. Used when no model is configured, and by the model coach as its fallback. The
 * analysis runs where `offload` says (the server's worker pool; in process by default).
 */
export function createOfflineCoach(now: () => number = () => performance.now(), offload: Offload = inProcess): OutreachCoach {
  ensureLanguageModels();
  return {
    info: { kind: 'offline' },
    async critique(draft: string, context: OutreachContext): Promise<CoachCritique> {
      const started = now();
      const body = await offload.run('outreachCritique', draft, context);
      return { body, coach: { kind: 'offline' }, latencyMs: Math.max(0, Math.round(now() - started)) };
    },
  };
}
