import { useDeferredValue, useMemo } from 'react';
import { lintOutreachDraft, scoreOutreach } from '../../../../../shared/rules/outreach-lint.ts';
import { itemFromVerdict, scoreInput, type ChecklistItem } from '../utils/checklist-items.ts';
import { toContext, type ContextFields } from '../utils/context-fields.ts';

export interface LiveLint {
  items: ChecklistItem[];
  score: number;
  /** The text the items were computed for (lags the editor by a frame while typing fast). */
  text: string;
}

/** Runs the rulebook in the browser on every change; deferred so typing never waits for it. */
export function useLiveLint(draft: string, fields: ContextFields): LiveLint {
  const text = useDeferredValue(draft);
  const deferredFields = useDeferredValue(fields);
  return useMemo(() => {
    const items = lintOutreachDraft(text, toContext(deferredFields)).map(itemFromVerdict);
    return { items, score: scoreOutreach(scoreInput(items)), text };
  }, [text, deferredFields]);
}
