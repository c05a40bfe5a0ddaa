import { describe, expect, it } from 'vitest';
import { bm25Index, stem } from '../../shared/practice/bm25.ts';
import { userBackground, userName } from '../../shared/practice/intro.ts';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import { aspectOf, dutyPremise, rolePremise, splitTwoPart, understand, unText } from './understand.ts';
import { agreeNumbers, contract, count } from './voice.ts';

const advocate = PRESET_PERSONAS.find((p) => p.id === 'preset-repro-health-advocate')!.card;
const nurse = PRESET_PERSONAS.find((p) => p.id === 'preset-icu-nurse-educator')!.card;

const preset = (id: string) => PRESET_PERSONAS.find((p) => p.id === id)!.card;

describe('wrong duty premises and two-part questions', () => {
  it('finds a duty the card contradicts, and leaves one the card has alone', () => {
    const engineer = preset('preset-software-engineer');
    const researcher = preset('preset-ux-researcher');
    expect(dutyPremise(engineer, 'How many engineers report to you?')).toMatch(/nobody reports to me/i);
    expect(dutyPremise(preset('preset-sustainability-director'), 'How many people report to you?')).toBeUndefined();
    expect(dutyPremise(advocate, 'Do you still see patients?')).toMatch(/don't see patients/);
    expect(dutyPremise(nurse, 'Do you still see patients?')).toBeUndefined();
    expect(dutyPremise(nurse, 'How did you find your medical residency?')).toMatch(/not a physician/);
    // "I sit with the designer" in their week does not make a researcher a designer.
    expect(dutyPremise(researcher, 'Which design tools do you use to build your mockups?')).toMatch(/don't design/);
    expect(dutyPremise(preset('preset-higher-ed-advising'), 'What is it like being in charge of admissions?')).toMatch(/admissions/);
    expect(dutyPremise(researcher, 'What does a typical week look like?')).toBeUndefined();
  });

  it('splits a turn that asks two things, and keeps one question whole', () => {
    expect(splitTwoPart('What do you enjoy most, and what could you do without?')).toEqual(['What do you enjoy most?', 'what could you do without?']);
    expect(splitTwoPart('What is your team like? And what are the hours like?')).toHaveLength(2);
    expect(splitTwoPart('What tools and metrics do you use?')).toEqual(['What tools and metrics do you use?']);
    expect(understand('what could you do without?', undefined, nurse)).toMatchObject({ topics: ['dislikes'], stance: 'dislikes' });
    expect(understand('what do you like least?', undefined, nurse)).toMatchObject({ topics: ['dislikes'], stance: 'dislikes' });
  });

  it('hears questions about their own work that the blind readers saw refused', () => {
    expect(understand('Can you tell me about a production incident you had to deal with?', undefined, nurse).topics).toContain('mistakes');
    expect(understand('How do you know whether your teaching is working?', undefined, nurse).topics).toContain('metrics');
    expect(understand('What are your shifts like these days?', undefined, nurse).topics).toContain('week');
  });
});

describe('understand', () => {
  it('hears what a plain question asks about', () => {
    expect(understand('What are you working on these days?', undefined, advocate).topics).toContain('projects');
    expect(understand('Did anyone mentor you along the way?', undefined, advocate).topics).toContain('mentors');
    expect(understand('What exactly is your role there?', undefined, advocate).asksRole).toBe(true);
    expect(understand('Can I keep you posted on how my search goes?', undefined, advocate).keepInTouch).toBe(true);
    expect(understand('What do you dislike about the job?', undefined, advocate).stance).toBe('dislikes');
    expect(understand('How did you get into this field?', undefined, advocate).asks).toContain('path');
    expect(understand('How many people are on your team?', undefined, advocate).asks).toContain('number');
  });

  it('takes topics only from what is asked', () => {
    expect(understand("I'm a senior studying public health.", undefined, advocate).topics).toEqual([]);
  });

  it('hears "say more" only when there is an answer to continue', () => {
    expect(understand('Tell me more about that.', 'Mondays are planning.', advocate).sayMore).toBe(true);
    expect(understand('What happened next?', 'I started as a peer educator.', advocate).sayMore).toBe(true);
    expect(understand('Tell me more about that.', undefined, advocate).sayMore).toBe(false);
  });

  it('finds a wrong premise about the professional, not about the user', () => {
    expect(understand('When you went into nursing, what surprised you?', undefined, advocate).wrongPremise).toBe('nursing');
    expect(understand('As a nurse, how do you handle long shifts?', undefined, advocate).wrongPremise).toBe('nursing');
    expect(understand("I'm a nursing student. What surprised you?", undefined, advocate).wrongPremise).toBeUndefined();
    expect(understand('When you went into nursing, what surprised you?', undefined, nurse).wrongPremise).toBeUndefined();
  });

  it('never corrects a premise the card bears out (blind readers, round 6: "I\'m in nursing, not teaching" to a nurse educator)', () => {
    // Teaching is what a clinical nurse educator says she does, in her own words.
    expect(understand('Do you still take patients sometimes, or you are fully in teaching now?', undefined, nurse).wrongPremise).toBeUndefined();
    // Her first job on the card, with a word of time after it.
    expect(rolePremise(advocate, 'you were a peer health educator first right? what was that like')).toBeUndefined();
    expect(rolePremise(advocate, 'You were a lawyer first, right?')).toMatch(/^I'm not a lawyer, actually/);
  });
});

describe('bm25', () => {
  it('ranks the document sharing the rarer words first, and stems word forms', () => {
    const index = bm25Index(['I write grant proposals every month.', 'I run workshops in libraries.', 'Grants and workshops and meetings.']);
    const [a, b, c] = index.score('How do you write a grant proposal?');
    expect(a).toBeGreaterThan(c!);
    expect(b).toBe(0);
    expect(stem('projects')).toBe(stem('project'));
    expect(stem('managing')).toBe(stem('managed'));
  });
});

describe('voice', () => {
  it('contracts as people speak, less for a reserved persona', () => {
    expect(contract('I am not sure. It is fine. I do not know. I have been there.', 'warm')).toBe("I'm not sure. It's fine. I don't know. I've been there.");
    expect(contract('It is fine. I do not know.', 'reserved')).toBe("It is fine. I don't know.");
    expect(contract('That is what it is.', 'warm')).toBe("That's what it is.");
    // Never at the end of a clause.
    expect(contract('I say how confident I am, and what we are.', 'warm')).toBe('I say how confident I am, and what we are.');
  });

  it('makes numbers agree', () => {
    expect(count(1, 'minute')).toBe('1 minute');
    expect(count(3, 'minute')).toBe('3 minutes');
    expect(agreeNumbers('We have maybe 1 minutes left, not 11 minutes.')).toBe('We have maybe 1 minute left, not 11 minutes.');
  });
});

describe('intro', () => {
  it('reads the name and a background phrase from common introductions', () => {
    expect(userName("I'm Sam, a second-year nursing student.")).toBe('Sam');
    expect(userName('Hi! My name is Jordan and I study economics.')).toBe('Jordan');
    expect(userName("I'm really excited to talk")).toBeUndefined();
    expect(userBackground("I'm Sam, a second-year nursing student.")).toBe('a second-year nursing student');
    expect(userBackground('Thanks! I study public health.')).toBe('someone who studies public health');
  });
});

describe('what a question asks about (its aspect)', () => {
  it('reads the frame, not a stray topic word', () => {
    expect(aspectOf('What made you pick logistics software after a consumer app company?')).toBe('path');
    expect(aspectOf("What's on your plate right now?")).toBe('projects');
    expect(aspectOf('Has anyone in the field been a big influence on you?')).toBe('mentors');
    expect(aspectOf('If you were in my shoes, mid-career with a decent salary, what would you do first?')).toBe('advice');
    expect(aspectOf('What makes someone good at your job? How much data analysis do you use day to day?')).toBe('skills');
    expect(aspectOf('Where do you see the field heading over the next five years?')).toBe('outlook');
    expect(aspectOf('what could you do without?')).toBe('dislikes');
    expect(aspectOf(unText('what r u working on rn'))).toBe('projects');
    expect(aspectOf('Have you tried the new vegan ramen downtown?')).toBeUndefined();
  });

  it('money mentioned in passing is not a salary question', () => {
    const researcher = preset('preset-ux-researcher');
    expect(understand('How do you convince a receptionist to give you thirty minutes? Do you pay them?', undefined, researcher).topics).not.toContain('salary-range');
    expect(understand('What salary range should someone expect at entry level?', undefined, researcher).topics).toContain('salary-range');
  });

  it('splits after a short lead ("and on the flip side, what…") but not a statement before a question', () => {
    expect(splitTwoPart("What keeps you in advising? And on the flip side, what's the part you'd hand to someone else?")).toHaveLength(2);
    expect(splitTwoPart('I know it depends on the season, but could you walk me through a week?')).toHaveLength(1);
  });
});

describe('role premises', () => {
  it('corrects a role the card never gives them, and leaves their own and the asker’s alone', () => {
    expect(rolePremise(preset('preset-software-engineer'), 'As the CTO, how do you decide which projects get funded?')).toMatch(/^I'm not the CTO, actually; I'm a staff software engineer\./);
    expect(rolePremise(nurse, 'Since you are a nurse practitioner, do you still prescribe?')).toMatch(/not a nurse practitioner/);
    expect(rolePremise(advocate, 'You started out as a legislative aide. What made you move?')).toMatch(/didn't start out as a legislative aide.*peer health educator/);
    expect(rolePremise(preset('preset-higher-ed-advising'), 'Now that you are a director, do you still see students?')).toBeUndefined();
    expect(rolePremise(preset('preset-higher-ed-advising'), 'What was hardest when you became a supervisor?')).toBeUndefined();
    expect(rolePremise(preset('preset-software-engineer'), 'If you were a sophomore again, what would you focus on?')).toBeUndefined();
    expect(rolePremise(nurse, 'As a new grad, what should I do first?')).toBeUndefined();
  });
});

describe('backgrounds from what the user has done', () => {
  it('picks up years in a job, a degree in progress, what they taught', () => {
    expect(userBackground('By way of introduction, I spent eleven years as a supply chain analyst at a beverage company, and I volunteer on weekends.')).toBe('you spent eleven years as a supply chain analyst at a beverage company');
    expect(userBackground("I'm finishing a master's in urban planning at Portland State.")).toBe("you're finishing a master's in urban planning at Portland State");
    expect(userBackground('Quick background: I taught high school English for seven years, and I loved it.')).toBe('you taught high school English for seven years');
  });
});

describe('the frames fused with the trained topic model', () => {
  it('lets the model pick between two frames, and read a question no frame reads', async () => {
    const { fusedAspect } = await import('./understand.ts');
    expect(fusedAspect('What tools are you actually using day to day?').aspect).toBe('tools');
    expect(fusedAspect("how'd you end up in logistics software specifically?").aspect).toBe('path');
    expect(fusedAspect('Do you know other people that could be good for me to talk with?').aspect).toBe('referrals');
    expect(fusedAspect('How do you expect the field to change over the next several years?').aspect).toBe('outlook');
  });

  it('reads no topic into a question about nothing in their work, and no pay into "pay off"', async () => {
    const { fusedAspect } = await import('./understand.ts');
    expect(fusedAspect('Have you tried the new vegan ramen downtown?').aspect).toBeUndefined();
    expect(fusedAspect('Does the effort pay off in the end?').aspect).not.toBe('salary-range');
  });
});
