import { rulesFor } from '../../shared/rules/index.ts';
import { GUIDES_ABSENT_REASON, guidesPresent, jelisaNote } from '../../test/guides.ts';
import type { LabelledExample } from './labelled-example.ts';

/**
 * The guides' own examples, read from the kit beside the checkout (never copied into the project):
 * the first guide's sample outreach note is what the guide itself recommends, so every outreach
 * rule should pass it. A rule that fails it is miscalibrated. Absent guides: no examples, and a
 * note saying why.
 */
export function guideExamples(): { examples: LabelledExample[]; note?: string } {
  if (!guidesPresent) return { examples: [], note: `guide examples skipped: ${GUIDES_ABSENT_REASON}` };
  const note = jelisaNote();
  return {
    examples: rulesFor('outreach').map((rule) => ({ ruleId: rule.id, text: note, expect: 'pass', source: '000_e59610dcce94501e.txt (sample note)' })),
  };
}
