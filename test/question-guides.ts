import { readGuide } from './guides.ts';

/**
 * The guides' own example questions, read from the guide files at test time (never copied into
 * the project): the bad → good pairs of "What to Avoid" in guide 000, and the recommended question
 * lists of guides 000, 001 and 002. Each extraction fails loudly when a guide no longer has the
 * section it reads.
 */

const G000 = '000_e59610dcce94501e.txt';

function between(text: string, start: string, end: string, file: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from + start.length);
  if (from < 0 || to < 0) throw new Error(`${file}: the section between "${start}" and "${end}" was not found`);
  return text.slice(from + start.length, to);
}

/** What comes just before a quoted question says whether the guide warns against it. */
const WARNS = /(?:avoid asking,|questions like,|For instance,)\s*$/;

export interface BadGoodPair {
  bad: string;
  good: string[];
}

/** Each question the guide warns against, with the questions it offers instead. */
export function guideBadGoodPairs(): BadGoodPair[] {
  const section = between(readGuide(G000), 'What to Avoid', 'Following Up', G000);
  const pairs: BadGoodPair[] = [];
  for (const m of section.matchAll(/“([^”]+\?)”/g)) {
    const question = m[1]!;
    const before = section.slice(Math.max(0, m.index - 40), m.index);
    if (WARNS.test(before)) pairs.push({ bad: question, good: [] });
    else pairs.at(-1)?.good.push(question);
  }
  if (pairs.length === 0 || pairs.some((p) => p.good.length === 0)) throw new Error(`${G000}: the bad → good pairs were not found`);
  return pairs;
}

/** The recommended question lists: one entry per line of a list, as a user would paste it. */
export function guideRecommendedQuestions(): string[] {
  const lists = [
    { file: G000, start: 'Below are some questions', end: 'What to Avoid' },
    { file: '001_e8fb9925143dd3b5.txt', start: 'Some questions you might consider include:', end: 'During the informational interview' },
    { file: '002_bf65b95f0912a037.txt', start: 'Here is a basic set of questions', end: 'What should I say further' },
  ];
  const questions: string[] = [];
  for (const { file, start, end } of lists) {
    for (const line of between(readGuide(file), start, end, file).split('\n')) {
      const item = /^\s*(?:•|-)\s+(.+\?)\s*$/.exec(line);
      if (item) questions.push(item[1]!.trim());
    }
  }
  // "As the conversation winds down, be sure to ask “Who else should I talk to?”"
  const closing = /ask “([^”]+\?)”/.exec(readGuide('001_e8fb9925143dd3b5.txt'));
  if (closing) questions.push(closing[1]!);
  return questions;
}
