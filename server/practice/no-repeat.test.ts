import { describe, expect, it } from 'vitest';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import type { TranscriptTurn } from '../../shared/practice/transcript.ts';
import { composeReply } from './persona-engine.ts';
import { repeatShare, repeatsEarlier, repeatWords } from './repeats.ts';
import { contentHead } from './content-head.ts';

const card = (id: string) => PRESET_PERSONAS.find((p) => p.id === id)!.card;

function converse(cardOf: ReturnType<typeof card>, messages: readonly string[], seed = 11) {
  const history: TranscriptTurn[] = [];
  const texts: string[] = [];
  for (const userText of messages) {
    const reply = composeReply({ card: cardOf, seed, minutes: 60, history, userText });
    history.push({ role: 'user', content: userText, elapsedMinutes: reply.userElapsedMinutes });
    history.push({ role: 'professional', content: reply.text, elapsedMinutes: reply.elapsedMinutes });
    texts.push(reply.text);
  }
  return texts;
}

describe('the same thing in other words', () => {
  it('is one range whether written in digits or in words, with or without contractions', () => {
    const digits = 'Junior engineer roles at mid-sized US companies are roughly $85,000 to $120,000. It varies a lot by city and company size.';
    const words = "I won't discuss my own pay. Entry range: junior engineer roles at mid-sized US companies are roughly eighty-five to a hundred and twenty thousand dollars. Varies a lot by city and company size.";
    expect(repeatWords('eighty-five to a hundred and twenty thousand')).toEqual(['#', 'to', 'a', '#']);
    expect(repeatWords("It's what we don't do")).toEqual(['it', 'what', 'we', 'do', 'not', 'do']);
    expect(repeatsEarlier(words, [digits])).toBe(true);
  });
  it('is the same answer when most of its content pairs were said, and not when only a word or two were', () => {
    const before = 'To become a registered nurse you need an associate degree in nursing or a BSN, then the NCLEX licensing exam. Many hospitals now prefer or require a BSN.';
    expect(repeatsEarlier('Well. The routes are an associate degree in nursing or a BSN, then the NCLEX licensing exam. Many hospitals now prefer or require a BSN, including ours.', [before])).toBe(true);
    expect(repeatsEarlier('Moral distress is real in the ICU. We debrief after hard deaths, and the chaplain joins when a nurse asks.', [before])).toBe(false);
    expect(repeatShare('Sure.', before)).toBe(0);
  });
});

/** Thirty different questions anyone might ask a professional, none of them asking to hear something again. */
const THIRTY = [
  'What does a typical week look like for you?', 'How did you get into this line of work?', 'What do you like most about the job?', 'What do you like least?',
  'What was the hardest part of your first year?', 'Who do you work with most closely?', 'What tools do you use every day?', 'What are you working on right now?',
  'Did anyone mentor you along the way?', 'What mistake taught you the most?', 'What skills matter most in your role?', 'What would you tell someone starting out?',
  'What does entry-level pay look like?', 'How many hours do you usually work?', 'Is there much travel?', 'What certifications or training helped you?',
  'Where do you think the field is heading?', 'What surprised you when you started?', 'How do you measure whether your work is going well?', 'What is a common misconception about your job?',
  'How do people usually get their first role in this field?', 'What would you change about your organization?', 'How do you handle stress?', 'What do you read to keep up?',
  'What professional groups are worth joining?', 'What does a good day look like?', 'What does a bad day look like?', 'How has remote work changed things for you?',
  'What did you study, and did it matter?', 'What would you have done differently early in your career?',
];

describe('a session of thirty different questions', () => {
  for (const { id, card: c } of PRESET_PERSONAS) {
    it(`never says an earlier reply again (${id})`, () => {
      const texts = converse(c, ["Hi, I'm Sam, a student exploring careers. Thanks for making the time.", ...THIRTY]);
      texts.forEach((text, i) => {
        const earlier = texts.slice(0, i);
        expect(repeatsEarlier(text, earlier), `turn ${i}: ${text}\nagainst: ${earlier.find((e) => repeatShare(text, e) >= 0.5)}`).toBe(false);
      });
    });
  }
});

describe('a reply never rests on a side word', () => {
  it('reads the question head without numbers, places or the organization', () => {
    expect(contentHead('Is there much age mix in this field? Everyone in the photos on your website looks about thirty.')).toEqual(expect.arrayContaining(['age', 'mix']));
    expect(contentHead('How is advising set up at Northgate? Is it centralized?')).not.toContain('northgate');
  });
  it('answers an age question without a reading list picked on "thirty"', () => {
    const c = card('preset-sustainability-director');
    const [, reply] = converse(c, ["Hi, I'm Bea, changing careers at sixty.", 'Is there much age mix in this field? Everyone in the photos on your website looks about thirty.']);
    expect(reply).not.toMatch(/\bthirty\b|Canary Media/i);
  });
  it('with nothing in the bank on it, says so naming the subject, and never the same bridge twice', () => {
    const c = card('preset-sustainability-director');
    const texts = converse(c, ["Hi, I'm Bea, changing careers at sixty.", 'Is there much age mix in this field?', 'How does quantum computing affect your work?', 'What is the best pizza place near your office?', 'Which poets do you read?']);
    expect(texts[1]).toMatch(/age mix/i);
    const bridges = texts.slice(1).map((t) => t.replace(/\b(?:age mix|quantum computing|pizza place|poets)\b/gi, '…'));
    expect(new Set(bridges).size).toBe(bridges.length);
  });
  it('gives their title line only when asked who they are or what they do', () => {
    const c = card('preset-software-engineer');
    const [, third] = converse(c, ["Hi, I'm Andrés, a civil engineer in a night bootcamp.", 'So what do you do at Railyard, exactly?']);
    const [, offQuestion] = converse(c, ["Hi, I'm Andrés, a civil engineer in a night bootcamp.", 'In logistics software is it important to know the physical operations? Or good engineers do not need to know how a rail yard works?']);
    expect(offQuestion).not.toMatch(/I work as a staff software engineer/);
    expect(third).toMatch(/staff software engineer|routing/i);
  });
  it('never says the entry pay range twice in one session', () => {
    const c = card('preset-software-engineer');
    const texts = converse(c, ["Hi, I'm Andrés.", 'I am 41. Is it too late to start as a junior developer?', 'And what could make a person like me different from the 25 years old bootcamp graduates?']);
    const ranges = texts.filter((t) => /\$85,000|eighty-five/i.test(t));
    expect(ranges.length, texts.join('\n---\n')).toBeLessThanOrEqual(1);
  });
});
