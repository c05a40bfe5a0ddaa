import { describe, expect, it } from 'vitest';
import { reviewQuestion } from '../../shared/questions/review.ts';
import { createOfflineQuestionsCoach } from '../coach/questions-coach.ts';
import { FAMILIES, improveResult, oneQuestion, openingRole, similar, strayQuestionTopic, verifiedTopic, withoutPreface } from './question-rephrase.ts';
import { questionShapes } from './shapes.ts';

const review = (q: string, context = {}) => improveResult(reviewQuestion(q, context), context);

describe('question rephrasing by category', () => {
  it('every family has at least eight human-written templates', () => {
    for (const family of Object.values(FAMILIES)) expect(family.length).toBeGreaterThanOrEqual(8);
  });

  it.each([
    'Which achievements, and why, have meant the most to you?',
    'Tell me about a time you failed and what you learned.',
    'Why did you leave consulting for the nonprofit sector?',
    'How many golf balls fit in a school bus?',
    'Could you refer me for the GIS analyst opening?',
    'What is your greatest weakness?',
    'Where do you see yourself in five years?',
    'How much do you make?',
    'Why have you never worked abroad?',
    'Can you review my resume before Friday?',
    'Why do you use Figma rather than Sketch?',
  ])('%s: a complete rephrasing and alternatives that differ, none with a failure shape', (q) => {
    const r = review(q);
    const all = [...(r.rephrased ? [r.rephrased] : []), ...r.alternatives];
    expect(all.length).toBeGreaterThan(0);
    for (const out of all) expect(questionShapes(out), out).toEqual({});
    expect(new Set(all).size).toBe(all.length);
    for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) expect(similar(all[i]!, all[j]!), `${all[i]} / ${all[j]}`).toBe(false);
  });

  it('an ask aimed at an opening becomes a question about the work', () => {
    const r = review('Could you refer me for the GIS analyst opening?');
    expect(r.rephrased).toBe('What does the work of a GIS analyst involve day to day?');
    expect(r.rephrased).not.toMatch(/opening|refer/);
  });

  it('a why-question keeps its verb and object through the clause transform', () => {
    const r = review('Why did you leave consulting for the nonprofit sector?');
    expect(r.rephrased).toMatch(/consulting/);
    expect(r.rephrased).toMatch(/nonprofit sector/);

  });

  it('a brain-teaser maps to a question about their field', () => {
    const r = review('How many golf balls fit in a school bus?', { field: 'urban planning' });
    expect(r.rephrased).not.toMatch(/golf|bus/);
  });

  it('finds a topic only where the tagger sees a noun phrase that names a subject', () => {
    expect(verifiedTopic('Why Microsoft and not a startup?')).toBe('Microsoft');
    expect(verifiedTopic('What is your greatest weakness?')).toBeUndefined();
    expect(verifiedTopic('How much money do you make?')).toBeUndefined();
    expect(openingRole('Could you refer me for the GIS analyst opening?')).toBe('a GIS analyst');
    expect(openingRole('Are there any open positions?')).toBeUndefined();
  });
});

describe('one question, with clean slots (readers 2026-12-07)', () => {
  it.each([
    ['How did you decide it was time to move on from Meta? Was it the layoffs or were you pushed out?', 'How did you decide it was time to move on from Meta?'],
    ['Ms. What first drew you to your field?', 'What first drew you to your field?'],
    ["How did you make the choice of React over Vue for your team's front end. What evidence did you base it on?", "How did you make the choice of React over Vue for your team's front end?"],
    ['I switched from teaching last year. What skills carried over for you?', 'I switched from teaching last year. What skills carried over for you?'],
  ])('%s', (input, want) => {
    expect(oneQuestion(input)).toBe(want);
  });

  it('a leading question alone is no rephrasing', () => {
    expect(oneQuestion("Wasn't that a mistake?")).toBeUndefined();
  });

  it.each([
    ['Dana', 'Hi Dana, are there any openings on your unit?'],
    ['the obvious move', "Why didn't you just go into administration? Wouldn't that have been the obvious move?"],
    ['a DCF', 'Walk me through a DCF.'],
    ['March', 'What would it take for me to get on one of your crews by March?'],
  ])('"%s" is no topic for a template', (topic, question) => {
    expect(strayQuestionTopic(topic, question)).toBe(true);
  });

  it('a rephrasing keeps no leftover tail, and a template takes the field the user gave over a stray phrase', async () => {
    const { results } = await createOfflineQuestionsCoach().review(["Why'd you quit surgery residency? Couldn't hack the hours?"], { field: 'medicine' });
    const r = results[0]!;
    expect(r.rephrased).not.toMatch(/hack the hours/);
    for (const a of r.alternatives) expect(a).not.toMatch(/surgery residency look like|drew you to surgery residency/);
  });
});

describe('withoutPreface (blind readers, round 2)', () => {
  it.each([
    ["Hi Dana, thanks for meeting! Before we start, I'm just going to be upfront: what does a typical week look like for you?", false, 'What does a typical week look like for you?'],
    ['If the server crashed at midnight. How do you handle being on call?', false, 'How do you handle being on call?'],
    ["I've read some harsh reviews of warehouse jobs online. What did you enjoy most about your earlier roles?", true, 'What did you enjoy most about your earlier roles?'],
    ['What made you stay in the Navy after your first tour tho?', false, 'What made you stay in the Navy after your first tour?'],
  ])('%s', (q, template, want) => {
    expect(withoutPreface(q as string, template as boolean)).toBe(want);
  });

  it("keeps the writer's own context before a question of theirs", () => {
    const q = "I'm switching from teaching to instructional design. Which of your skills carried over best?";
    expect(withoutPreface(q, false)).toBe(q);
  });

  it.each([
    ["What's the most miserable year you had at the firm, and who made it that bad?", {}],
    ["I've heard the leadership at Meta is pretty toxic. Is it as bad as people say?", {}],
    ['Which partners at Kirkland are the nightmare ones to work for? I want to know who to avoid.', {}],
    ['In your view, who is most to blame for the staffing crisis on your unit: administration or the travel nurse agencies?', {}],
    ['Is it true tenured profs at Michigan pull in like 200k? Is that about what you get?', {}],
  ])('a loaded or gossip question is never kept with a word swapped: %s', (q, context) => {
    const r = review(q, context);
    expect(r.verdict).toBe('rephrase');
    expect(r.rephrased).not.toMatch(/who made it|as bad as people say|who to avoid|to blame|what you get|challenge ones/i);
  });

  it('a field label is written as English in a rephrasing', () => {
    const r = review('Is it true the head chef at your old place used to throw pans at people?', { field: 'restaurant / culinary' });
    expect(`${r.rephrased} ${r.alternatives.join(' ')}`).not.toMatch(/restaurant \/ culinary|in restaurant\?/);
  });
});

describe('hostile and loaded questions are always rephrased, never a word swapped (blind readers, round 4)', () => {
  const loaded = [
    'What would you say is most dysfunctional about the county planning department?',
    'How do you reconcile working for a tobacco company with any sense of responsibility for public health?',
    'Is the team growing at all this year? Asking for, uh, a friend. The friend is me.',
    'Why you choose to be farmer when you have university diploma? Is it not a step back?',
    'Hi Dr. Ahmed, what year did you finish medical school?',
    "I know it's a bit forward, but it would really help to know what you personally brought home last year - ballpark is fine.",
  ];
  it.each(loaded)('%s', (q) => {
    const r = review(q, { field: 'urban planning' });
    expect(r.verdict).toBe('rephrase');
    expect(r.rephrased).not.toBeNull();
    expect(r.rephrased!).not.toMatch(/dysfunctional|reconcile|growing|step back|brought home|you choose|^(?:Hi|Dear) /i);
  });

  it('a rephrasing that keeps the charge or splices words is replaced from the templates', () => {
    for (const q of ['How can you justify defending people you know are guilty?', 'what do u hate most abt ur manager lol', 'on a scale of 1-10 how good r u at managing ur crew lol']) {
      const r = review(q);
      expect(r.rephrased!).not.toMatch(/guilty|about your manager|\blol\b/i);
    }
    expect(oneQuestion('Dear Ms. What skills would make someone competitive?')).toBe('What skills would make someone competitive?');
  });
});

