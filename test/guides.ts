import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The kit's guides live beside the checkout (`../shared/guides`), not in the project: a user's
 * clone has none. Tests that use the guides' own examples read them from there and skip, saying
 * why, where they are absent.
 */
export const GUIDES_DIR = fileURLToPath(new URL('../../shared/guides/', import.meta.url));
export const guidesPresent = existsSync(GUIDES_DIR);
export const GUIDES_ABSENT_REASON = `guides not found at ${GUIDES_DIR} (they sit beside the checkout, not in it)`;

export function readGuide(file: string): string {
  return readFileSync(`${GUIDES_DIR}${file}`, 'utf8');
}

/** The sample outreach note to "Jelisa" in the first guide, exactly as printed there. */
export function jelisaNote(): string {
  const guide = readGuide('000_e59610dcce94501e.txt');
  const start = guide.indexOf('Dear Jelisa');
  const end = guide.indexOf('EST.', start);
  if (start < 0 || end < 0) throw new Error('the sample note to Jelisa was not found in 000_e59610dcce94501e.txt');
  return guide.slice(start, end + 'EST.'.length);
}
