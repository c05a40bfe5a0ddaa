import { describe, expect, it } from 'vitest';
import { concreteBackground, goalQuestion, numberWords } from './intro-pickup.ts';
import { composeReply } from './persona-engine.ts';
import { findPreset } from '../../shared/practice/presets.ts';

describe('concreteBackground: one thing the user said, said back grammatically', () => {
  it('a stretch of work, with its years in words', () => {
    expect(concreteBackground("I've been a dental hygienist for almost 14 years, mostly in a small practice.")).toBe('Fourteen years as a dental hygienist');
    expect(concreteBackground('I spent 8 years in the Coast Guard and then moved into logistics.')).toBe('Eight years in the Coast Guard');
    expect(concreteBackground('I coached in a youth soccer league for twelve years before this.')).toBe('Twelve years coaching in a youth soccer league');
    expect(concreteBackground('I was pastry chef at a hotel for 6 years, and I loved it.')).toBe('Six years as a pastry chef at a hotel');
    expect(concreteBackground('was a line cook at a diner downtown 5 yrs til it closed')).toBe('Five years as a line cook at a diner downtown');
  });
  it('the longest of several', () => {
    expect(concreteBackground("I've been a bank teller for 3 years. Before that I spent 10 years as a flight attendant.")).toBe('Ten years as a flight attendant');
  });
  it('a student', () => {
    expect(concreteBackground("I'm a sophomore in college studying biology.")).toBe('a sophomore in college');
    expect(concreteBackground("I'm a 2nd year nursing student.")).toBe('a second-year nursing student');
    expect(concreteBackground("I'm Sam, 4th year history student at State.")).toBe('a fourth-year history student');
  });
  it('nothing it cannot say well', () => {
    expect(concreteBackground("I'm a little nervous, I've never done this before.")).toBeUndefined();
    expect(concreteBackground('I love puzzles and I read a lot.')).toBeUndefined();
  });
  it('numbers in words', () => {
    expect(numberWords(22)).toBe('twenty-two');
    expect(numberWords(40)).toBe('forty');
  });
});

describe('goalQuestion: a question inside the introduction', () => {
  it('finds "trying to figure out if…"', () => {
    expect(goalQuestion("I'm trying to figure out if a nonprofit job pays enough to live on.")).toBe('whether a nonprofit job pays enough to live on');
    expect(goalQuestion('I want to know if it is possible for me.')).toBeUndefined();
  });
});

describe('the engine greets with the concrete thing, not a stock line', () => {
  it('names the years and the role', () => {
    const card = findPreset('preset-software-engineer')!.card;
    const text = composeReply({ card, seed: 5, minutes: 30, history: [], userText: "Hi Tomás, thanks for this. I'm Kim. I've been a warehouse shift lead for 7 years and I've started learning JavaScript at night." }).text;
    expect(text).toMatch(/Seven years as a warehouse shift lead/);
    expect(text).not.toMatch(/in a store/);
  });
  it('meets a loss with condolence', () => {
    const card = findPreset('preset-ux-researcher')!.card;
    const text = composeReply({ card, seed: 5, minutes: 30, history: [], userText: 'Hello Priya. I taught third grade for 20 years. My wife died two years ago and I want a new start.' }).text;
    expect(text).toMatch(/sorry/i);
    expect(text).toMatch(/Twenty years teaching third grade/);
  });
});
