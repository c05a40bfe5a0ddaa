import type { CareerStep, Fact, FactAsk, FactStance, FactTopic, PersonaCard } from '../contracts/practice.ts';
import { withoutClosingAside } from '../text/scan.ts';

/**
 * A card's facts: the ones written on it (`card.facts`), then the ones its lists imply, so a card
 * written before facts existed (or typed in the editor) is retrieved from the same way. The career
 * path becomes a story told in order, never "From 2014–2017 I was a…".
 */
export function cardFacts(card: PersonaCard): Fact[] {
  const written = card.facts ?? [];
  // A full knowledge card tells the story itself: the lists' lines would only say it twice.
  if (written.length >= FULL_CARD) return [...written, roleFact(card)];
  const seen = new Set(written.map((f) => normal(f.text)));
  const derived = derivedFacts(card).filter((f) => !seen.has(normal(f.text)));
  return [...written, ...derived];
}

/** Facts from which a card is complete on its own. */
export const FULL_CARD = 40;

const normal = (text: string) => text.toLowerCase().replace(/\W+/g, ' ').trim();

function fact(id: string, text: string, topics: FactTopic[], asks: FactAsk[], stance: FactStance = 'neutral', time: Fact['time'] = 'general', people: string[] = []): Fact {
  return { id, text, topics, asks, stance, time, people };
}

export function derivedFacts(card: PersonaCard): Fact[] {
  const out: Fact[] = [];
  const list = (prefix: string, lines: readonly string[], topics: FactTopic[], asks: FactAsk[], stance: FactStance = 'neutral', time: Fact['time'] = 'general') =>
    lines.forEach((text, i) => out.push(fact(`card-${prefix}-${i + 1}`, text, topics, asks, stance, time)));
  out.push(...pathStory(card));
  out.push(roleFact(card));
  card.publicProfile.education
    .filter((line) => !/not listed/i.test(line))
    .forEach((line, i) => out.push(fact(`card-education-${i + 1}`, `For my education, it was ${line.replace(/\.$/, '')}. What I learned on the job mattered just as much.`, ['training', 'path'], ['general'], 'neutral', 'general')));
  list('week', card.typicalWeek, ['week', 'day', 'projects'], ['day', 'general', 'project'], 'neutral', 'now');
  list('enjoys', card.enjoys, ['enjoy'], ['opinion', 'general'], 'likes', 'now');
  list('hard', card.findsHard, ['hard', 'dislikes'], ['opinion', 'general'], 'hard', 'now');
  list('advice', card.advice, ['advice'], ['opinion', 'general']);
  list('skills', card.skills, ['skills'], ['general']);
  list('start', card.gettingStarted, ['getting-started', 'training'], ['general']);
  list('trends', card.trends, ['outlook', 'change'], ['opinion', 'general']);
  list('reading', card.reading, ['reading'], ['general']);
  list('associations', card.associations, ['associations'], ['general']);
  list('surprises', card.surprises, ['surprises'], ['general'], 'surprising');
  list('culture', card.culture, ['culture', 'change'], ['opinion', 'general'], 'neutral', 'now');
  return out;
}

/** Their current role, from the card's own fields: the answer to "what exactly do you do?". */
export function roleFact(card: PersonaCard): Fact {
  const org = withoutClosingAside(card.organization);
  const years = `${card.yearsInField} ${card.yearsInField === 1 ? 'year' : 'years'}`;
  return fact('card-role', `I work as ${withArticle(card.role)} at ${org}, and I've been in ${card.field} for about ${years}.`, ['projects', 'team'], ['general', 'project', 'number'], 'neutral', 'now');
}

/** "2014–2017" → 2014; "2021–now" → 2021. */
export function startYear(years: string): number | undefined {
  const match = /\b(19|20)\d{2}\b/.exec(years);
  return match ? Number(match[0]) : undefined;
}

export function withArticle(role: string): string {
  // "Program Director, Community Energy" → "a program director for community energy".
  const lower = lowerRole(role).replace(/^([^,]+), ([^,]+)$/, '$1 for $2');
  return /^(?:the|a|an|my)\b/i.test(lower) ? lower : `${/^[aeiou]/i.test(lower) ? 'an' : 'a'} ${lower}`;
}

/** A role said mid-sentence: "Senior UX Researcher" → "senior UX researcher" (acronyms kept). */
export function lowerRole(role: string): string {
  return role
    .split(' ')
    .map((w) => (/^[A-Z][a-z'’-]+,?$/.test(w) ? w.toLowerCase() : w))
    .join(' ');
}

/** The career as a story: how it started, each move and why, where they are now. */
export function pathStory(card: PersonaCard): Fact[] {
  const steps = card.careerPath;
  const last = steps.length - 1;
  return steps.map((step, i) => {
    const year = startYear(step.years);
    const time: Fact['time'] = i === last ? 'now' : i === 0 ? 'early' : i === last - 1 ? 'recent' : 'mid';
    const text = storyLine(step, i, last, year);
    return fact(`card-path-${i + 1}`, text, ['path'], i === 0 ? ['path'] : ['path', 'transition'], 'neutral', time);
  });
}

function storyLine(step: CareerStep, i: number, last: number, year: number | undefined): string {
  const at = `${withArticle(step.role)} at ${step.organization}`;
  const note = step.note.trim();
  if (i === 0) return `I started out as ${at}${year ? `, back in ${year}` : ''}. ${note}`;
  if (i === last) return `${year ? `In ${year}` : 'Eventually'} I became ${at}, which is where I am now. ${note}`;
  const leads = [`From there I moved on to become ${at}.`, `Next I took a job as ${at}${year ? ` in ${year}` : ''}.`, `After that I went to ${step.organization}, as ${withArticle(step.role)}.`];
  return `${leads[(i - 1) % leads.length]} ${note}`;
}
