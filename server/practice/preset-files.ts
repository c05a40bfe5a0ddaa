import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';

/**
 * Every `<preset-id>.json` in `dir`, each validated by `schema` and named for its own presetId:
 * preset id → the parsed file. Read when a module loads, so a broken file stops the server at
 * start-up with one line naming it (`shared/practice/cards/<folder>/<file>: …`, thrown as `fail`'s
 * error), never mid-chat. A missing folder is no files. The presets' direct answers and question
 * banks are both read this way.
 */
export function loadPresetFiles<T extends { presetId: string }>(dir: string, folder: string, schema: z.ZodType<T>, fail: (message: string) => Error): Map<string, T> {
  const out = new Map<string, T>();
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return out;
  }
  for (const file of files) {
    const rel = `shared/practice/cards/${folder}/${file}`;
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    } catch (error) {
      throw fail(`${rel}: not JSON (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw fail(`${rel}: ${issue.path.join('.') || 'file'}: ${issue.message.replace(/\s+/g, ' ')}`);
    }
    if (`${parsed.data.presetId}.json` !== file) throw fail(`${rel}: presetId ${parsed.data.presetId} does not match the file name`);
    out.set(parsed.data.presetId, parsed.data);
  }
  return out;
}
