import { fileURLToPath } from 'node:url';
import { AnswersFile, type PersonaAnswers, type PersonaCard } from '../../shared/contracts/practice.ts';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import { loadPresetFiles } from './preset-files.ts';

/**
 * The presets' hand-written direct answers (`shared/practice/cards/answers/<preset-id>.json`, one
 * per preset, by intent), read and validated when this module loads, so a broken file stops the
 * server at start-up with one line naming it, never mid-chat. A card without answers (a pasted
 * profile, an edited card) is answered from its facts alone.
 */
export const ANSWERS_DIR = fileURLToPath(new URL('../../shared/practice/cards/answers/', import.meta.url));

export class AnswersFileError extends Error {
  override name = 'AnswersFileError';
}

/** Every answers file in `dir`, validated: preset id → answers. Throws one line naming the first bad file. */
export function loadAnswers(dir = ANSWERS_DIR): Map<string, PersonaAnswers> {
  const files = loadPresetFiles(dir, 'answers', AnswersFile, (message) => new AnswersFileError(message));
  return new Map([...files].map(([id, file]) => [id, file.answers]));
}

export const PRESET_ANSWERS: ReadonlyMap<string, PersonaAnswers> = loadAnswers();

/** A card is a preset's when it is that preset's card as shipped (same person, role and organization); an edited or pasted card is not. */
const cardKey = (card: Pick<PersonaCard, 'name' | 'role' | 'organization'>) => `${card.name}\n${card.role}\n${card.organization}`;
const BY_CARD = new Map(PRESET_PERSONAS.flatMap((p) => (PRESET_ANSWERS.has(p.id) ? [[cardKey(p.card), PRESET_ANSWERS.get(p.id)!] as const] : [])));

/** The direct answers for a card: its preset's, or undefined (answered from the facts alone). */
export function answersFor(card: PersonaCard): PersonaAnswers | undefined {
  return BY_CARD.get(cardKey(card));
}
