/**
 * What a user says about themselves in an introduction: their first name and a short background
 * phrase turned to the second person ("a second-year nursing student", "you study economics").
 * The persona's greeting picks it up, and the thank-you note signs with the name.
 */
import { asciiLower, isSpace, runStart } from '../text/scan.ts';

const NOT_NAMES = new Set(
  ('a an the currently just really interested curious exploring finishing studying working not so very here looking hoping excited glad happy ' +
    'thrilled grateful thankful trying considering thinking still also in at on from with new now reaching writing calling sorry fine good ' +
    'well okay ok sure doing planning applying going getting about into switching moving transitioning majoring wondering passionate ' +
    'nervous keen eager back kind pretty quite relatively originally based')
    .split(' '),
);

const SIGN_OFFS = ['best', 'thanks', 'cheers', 'regards', 'sincerely'];

/**
 * The name under a sign-off at the end ("Thanks,\nJordan"), read from the end in one pass:
 * `/(?:^|\n)\s*(?:best|thanks|cheers|regards|sincerely),?\s*\n\s*([A-Z][a-z'’-]+)\s*$/i`, whose
 * nested spaces backtracked over every line break. The match as `[whole, name]`-like: `[1]` is the name.
 */
function signedName(text: string): [string, string] | null {
  const body = text.trimEnd();
  const nameStart = runStart(body, (ch) => !isSpace(ch));
  const name = body.slice(nameStart);
  if (!/^\p{L}[\p{L}\p{M}'’-]+$/u.test(name)) return null;
  const gap = runStart(body, isSpace, nameStart);
  if (!body.slice(gap, nameStart).includes('\n')) return null;
  const end = body[gap - 1] === ',' ? gap - 1 : gap;
  const word = SIGN_OFFS.find((w) => end >= w.length && asciiLower(body.slice(end - w.length, end)) === w);
  if (!word) return null;
  const before = runStart(body, isSpace, end - word.length);
  return before === 0 || body.slice(before, end - word.length).includes('\n') ? [body.slice(before), name] : null;
}

export function userName(text: string): string | undefined {
  const patterns = [
    /\b[Mm]y name(?:['’]s| is)\s+(\p{Lu}[\p{L}\p{M}'’-]+)/u,
    /\b(?:I['’]m|I am|this is|[Ii]t['’]s|call me)\s+(\p{Lu}[\p{Ll}\p{M}'’-]+)(?=[\s,.!;—-]|$)/u,
    /^(?:hi|hello|hey)?[,!\s]*(\p{Lu}[\p{Ll}\p{M}'’-]+) here\b/iu,
  ];
  for (const pattern of [...patterns, { exec: signedName }]) {
    const name = pattern.exec(text)?.[1];
    if (name && !NOT_NAMES.has(name.toLowerCase()) && /^\p{Lu}/u.test(name)) return name.replace(/['’]s$/, '');
  }
  return undefined;
}

/** Things done that say who someone is, first found first: each capture goes after "you". */
const DONE: readonly RegExp[] = [
  /\bI(?:['’]ve)? (spent (?:the last |over |nearly |almost |about )?(?:\w+|\d+) years (?:as|in|at|working (?:as|in|at)) [^,.;!?]{3,60}?)(?=,| and | but | before |[.;!?]|$)/i,
  /\bI (taught [^,.;!?]{3,50}? for (?:\w+|\d+) years)/i,
  /\bI(?:['’]ve| have) (been (?:a |an |doing |working (?:as|in) )[^,.;!?]{3,60}? for (?:\w+|\d+) years)/i,
  /\b(?:I['’]?m|I am|im) ((?:finishing|doing|completing|starting|in) (?:a|an|my|the) (?:master['’]?s|mba|mph|msw|phd|ph\.d\.|bachelor['’]?s|degree|program|bootcamp)[^,.;!?]{0,50}?)(?=,| and | but |[.;!?]|$)/i,
  /\bI (just (?:graduated|finished) [^,.;!?]{3,60}?)(?=,| and | but |[.;!?]|$)/i,
  /\b(?:I['’]?m|I am|im) ((?:an?|the) [^,.;!?()]{3,60}?)(?=,| and | who | where | because |[.;!?]|$)/i,
  /\b(been (?:doing |working (?:as|in|at) )?[^,.;!?]{3,40}? for (?:\w+|\d+) years)/i,
];

/** "I'm Sam, a second-year nursing student at…" → "a second-year nursing student at…". */
export function userBackground(text: string): string | undefined {
  const clean = (phrase: string) => phrase.trim().replace(/(?<!\s)\s+(?:and|but|who|so)$/i, '').replace(/(?<![,;:—-])[,;:—-]+$/, '').trim();
  const ok = (phrase: string | undefined) => phrase !== undefined && phrase.length >= 6 && phrase.split(' ').length <= 12 && !/\b(?:I|me|my|I['’]m)\b/.test(phrase);
  const candidates = [
    /\bI(?:['’]m| am)\s+(?:currently |now |also |actually )?(an? [^,.;!?()]{3,80}?)(?=,| and I| who | where | because |[.;!?]|$)/i.exec(text)?.[1],
    /\b(?:I['’]m|I am|[Mm]y name is|[Tt]his is)\s+[A-Z][a-z'’-]+,\s*(an? [^,.;!?()]{3,80}?)(?=,| and | who | where |[.;!?]|$)/.exec(text)?.[1],
  ];
  for (const candidate of candidates) if (candidate && ok(clean(candidate))) return clean(candidate);
  // What they have done, said in the second person: "you spent eleven years as a supply chain analyst".
  const done = DONE.map((re) => re.exec(text)).filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
  if (done) {
    const phrase = clean(done[1]!).replace(/\bmy\b/gi, 'your');
    const said = /^been\b/.test(phrase) ? `you've ${phrase}` : `you ${done[0].match(/^(?:I['’]?m|I am|im)\b/i) ? "'re " : ''}${phrase}`.replace(/^you 're /, "you're ");
    if (said.split(' ').length <= 14 && !/\b(?:I|me)\b/.test(phrase)) return said;
  }
  const verb = /\bI (study|work as|work in|work at|teach|volunteer at|volunteer with|manage|run)\s+([^,.;!?]{3,60}?)(?=,| and | but |[.;!?]|$)/i.exec(text);
  if (verb && ok(verb[2])) return `someone who ${verb[1]!.replace(/^study$/, 'studies').replace(/^work /, 'works ').replace(/^teach$/, 'teaches').replace(/^volunteer /, 'volunteers ').replace(/^manage$/, 'manages').replace(/^run$/, 'runs')} ${clean(verb[2]!)}`;
  return undefined;
}
