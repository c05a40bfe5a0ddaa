export function countWords(text: string): number {
  const words = text.trim().match(/\S+/g);
  return words ? words.length : 0;
}

/** LinkedIn connection notes: 200 characters on a free account, 300 with Premium. */
export const LINKEDIN_FREE_LIMIT = 200;
export const LINKEDIN_PREMIUM_LIMIT = 300;

/** Characters as LinkedIn counts them (code points, so an emoji is one). */
export function countCharacters(text: string): number {
  return [...text].length;
}
