import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnswersFile, type PersonaAnswers, type PersonaCard } from '../../shared/contracts/practice.ts';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';

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
  const out = new Map<string, PersonaAnswers>();
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return out;
  }
  for (const file of files) {
    const rel = `shared/practice/cards/answers/${file}`;
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    } catch (error) {
      throw new AnswersFileError(`${rel}: not JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    }
    const parsed = AnswersFile.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new AnswersFileError(`${rel}: ${issue.path.join('.') || 'file'}: ${issue.message}`);
    }
    if (`${parsed.data.presetId}.json` !== file) throw new AnswersFileError(`${rel}: presetId ${parsed.data.presetId} does not match the file name`);
    out.set(parsed.data.presetId, parsed.data.answers);
  }
  return out;
}

export const PRESET_ANSWERS: ReadonlyMap<string, PersonaAnswers> = loadAnswers();

/** A card is a preset's when it is that preset's card as shipped (same person, role and organization); an edited or pasted card is not. */
const cardKey = (card: Pick<PersonaCard, 'name' | 'role' | 'organization'>) => `${card.name}\n${card.role}\n${card.organization}`;
const BY_CARD = new Map(PRESET_PERSONAS.flatMap((p) => (PRESET_ANSWERS.has(p.id) ? [[cardKey(p.card), PRESET_ANSWERS.get(p.id)!] as const] : [])));

/** The direct answers for a card: its preset's, or undefined (answered from the facts alone). */
export function answersFor(card: PersonaCard): PersonaAnswers | undefined {
  return BY_CARD.get(cardKey(card));
}
