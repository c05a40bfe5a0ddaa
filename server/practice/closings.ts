/**
 * A turn that takes its leave without the set phrases the engine's closing patterns know: thanks
 * with no question, together with a sign that the talk is over for the user: the time used up ("I
 * know I've used my thirty minutes"), a note promised ("I'll send a short note letting you know how
 * it goes"), or what the talk gave them ("this gave me a much clearer picture").
 */
const THANKS = /\b(?:thank(?:s| you)|thx|ty|appreciate (?:it|this|you|that))\b/i;

const SIGNS: readonly RegExp[] = [
  // The time is up or used.
  /\b(?:used|had|taken|eaten|gone over|run over|went over)\s+(?:up\s+)?(?:(?:all|most)\s+(?:of\s+)?)?(?:my|your|our|the)\s+(?:[\w-]+\s+){0,2}(?:minutes|time|half[- ]hour|hour)\b/i,
  /\b(?:respect|keep|hold) (?:you|your (?:time|schedule|afternoon|day))\b/i,
  // A note or an update promised for later.
  /\bI(?:['’]ll| will| am going to|['’]m going to|['’]m gonna| plan to)\s+(?:definitely\s+|probably\s+|also\s+)?(?:send|write|drop|shoot|email|follow up|update|keep you|let you know|report back)\b/i,
  // What the talk as a whole gave them.
  /\b(?:gave|given|giving) me (?:a |so )?(?:much |really |lot |way |far )?(?:clearer|better|good|great|real|lot|lots|plenty|new|honest|fuller|more realistic) (?:picture|idea|sense|feel|understanding|perspective|view|of clarity|to think)\b/i,
  /\b(?:this|that|today|you|our (?:talk|chat|call|conversation))\s+(?:really\s+|truly\s+)?(?:helped|clarified|cleared up|answered)\b/i,
];

/** Whether the turn is a goodbye: thanks, no question, and a sign the user is done. */
export function takingLeave(text: string): boolean {
  if (/\?/.test(text) || !THANKS.test(text)) return false;
  return SIGNS.some((re) => re.test(text));
}
