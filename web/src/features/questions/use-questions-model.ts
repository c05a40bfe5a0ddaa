import { useEffect, useState } from 'react';
import { LanguageModel } from '../../../../shared/language/model.ts';
import { modelFor, provideModel } from '../../../../shared/language/registry.ts';

/**
 * Loads the questions model lazily (its own chunk, fetched once the page needs it) and provides it
 * to the shared decision. Until it arrives, or if it cannot load, the live check is the rules' alone.
 * Returns whether it is loaded, so the check recomputes when it arrives.
 */
export function useQuestionsModel(): boolean {
  const [ready, setReady] = useState(() => modelFor('questions') !== undefined);
  useEffect(() => {
    if (ready) return;
    let live = true;
    import('../../../../shared/language/models/questions.json')
      .then((module) => {
        if (!modelFor('questions')) provideModel('questions', LanguageModel.fromArtifact(module.default));
        if (live) setReady(true);
      })
      .catch(() => {
        // The rules alone still check every line.
      });
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}
