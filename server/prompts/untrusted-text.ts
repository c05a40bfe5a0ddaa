/**
 * Text a user (or anyone but us) wrote enters a prompt only through here: as JSON, with `<`, `>`,
 * `&` and the JS line separators escaped, so it can neither close the block it sits in nor pass
 * for the prompt's own markup. Every prompt input that carries such text goes through this.
 */
export function encodeUntrusted(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
