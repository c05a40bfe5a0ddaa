import { z } from 'zod';

/**
 * A streamed text sent as changes, never as the whole text again: keep the first `at` characters
 * (UTF-16 code units, as JavaScript indexes strings) of what the client has, then append `text`.
 * A growing text is sent once in all (`at` = the length so far); a restarted one (a retry) starts
 * again at 0. So the bytes of a stream stay about the size of the final text, however many events.
 */
export const TextDelta = z.object({
  at: z.number().int().nonnegative(),
  text: z.string(),
});
export type TextDelta = z.infer<typeof TextDelta>;

/** The text after a delta. */
export function applyTextDelta(previous: string, delta: TextDelta): string {
  return previous.slice(0, delta.at) + delta.text;
}

/** The delta from `previous` to `next` (undefined when nothing changed), keeping their common prefix. */
export function textDelta(previous: string, next: string): TextDelta | undefined {
  if (previous === next) return undefined;
  let at = 0;
  const max = Math.min(previous.length, next.length);
  while (at < max && previous.charCodeAt(at) === next.charCodeAt(at)) at += 1;
  // Never split a surrogate pair: the client's string would hold half a character.
  if (at > 0 && at < next.length && isLowSurrogate(next.charCodeAt(at))) at -= 1;
  return { at, text: next.slice(at) };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
