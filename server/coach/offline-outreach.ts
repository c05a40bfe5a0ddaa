import type { Finding } from '../../shared/contracts/common.ts';
import type { OutreachContext } from '../../shared/contracts/outreach.ts';
import { lintOutreach, score, toFinding } from '../../shared/rules/index.ts';

/** What the offline coach says about a draft (no persistence fields). */
export interface OutreachCritiqueBody {
  score: number;
  findings: Finding[];
  strengths: string[];
  rewrite?: string;
  subject?: string;
}

// STUB — rewrite and strengths being written now; signature is final.
export function offlineOutreachCritique(draft: string, context: OutreachContext = {}): OutreachCritiqueBody {
  const findings = lintOutreach(draft, context).map(toFinding);
  return { score: score(findings), findings, strengths: [], rewrite: draft };
}
