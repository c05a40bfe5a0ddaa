import { type Fact, KnowledgeCardFile } from '../../contracts/practice.ts';
import economicDevelopment from './preset-economic-development.json' with { type: 'json' };
import higherEdAdvising from './preset-higher-ed-advising.json' with { type: 'json' };
import icuNurseEducator from './preset-icu-nurse-educator.json' with { type: 'json' };
import reproHealthAdvocate from './preset-repro-health-advocate.json' with { type: 'json' };
import softwareEngineer from './preset-software-engineer.json' with { type: 'json' };
import sustainabilityDirector from './preset-sustainability-director.json' with { type: 'json' };
import uxResearcher from './preset-ux-researcher.json' with { type: 'json' };

/**
 * The presets' knowledge cards: one JSON file of facts per preset (`<preset-id>.json`), validated
 * against the contract when loaded, so a bad file fails at start-up (and in its test), never mid-chat.
 */
const FILES: readonly unknown[] = [economicDevelopment, higherEdAdvising, icuNurseEducator, reproHealthAdvocate, softwareEngineer, sustainabilityDirector, uxResearcher];

export const KNOWLEDGE_CARDS: ReadonlyMap<string, readonly Fact[]> = new Map(
  FILES.map((file) => {
    const card = KnowledgeCardFile.parse(file);
    return [card.presetId, card.facts] as const;
  }),
);

export function presetFacts(presetId: string): readonly Fact[] | undefined {
  return KNOWLEDGE_CARDS.get(presetId);
}
