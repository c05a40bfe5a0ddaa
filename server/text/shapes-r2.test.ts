import { describe, expect, it } from 'vitest';
import { extractFacts, findTimes, isSpoken } from './facts.ts';
import { analyse } from './nlp.ts';
import { freshDraft } from '../coach/fresh-draft.ts';
import { asksForMeeting, availabilityNotOffered, closingStart, danglingReference, FAVOUR, favourInSubject, isStrayTopic, textAfterSignoff, twoAsks } from './shapes.ts';

/** The shapes blind readers named in round 2 (2026-12-07), each a mechanical scorer. */
describe('round-2 failure shapes', () => {
  it.each([
    'I respectfully request the honour of a 30-minute informational interview at your earliest convenience.',
    "Let me know if you're around sometime.",
    'I would welcome a conversation about your path.',
    'Would love to hop on a call and just hear your story!!',
    'I wondered if you would ever be willing to talk to me about it.',
    'I can swing by the district today around 4?',
  ])("the writer's own ask, in their phrasing: %s", (s) => {
    expect(asksForMeeting(s)).toBe(true);
    expect(twoAsks(`Hi Dana,\n\n${s} Would you have 20 minutes to talk?\n\nBest,\nLi`)).toBeDefined();
  });

  it.each(["I'm happy to work around your schedule.", 'I studied nursing at Emory.', "I'm free most afternoons."])('no ask: %s', (s) => {
    expect(asksForMeeting(s)).toBe(false);
  });

  it('finds the closing: a casual sign-off, a dashed name, contact lines, a bare link', () => {
    const a = "Would love to hear your story!!\n\nblessings!!\nCaleb";
    expect(a.slice(closingStart(a)).trim()).toBe('blessings!!\nCaleb');
    const b = 'lmk asap tysm 💕\n-ava';
    expect(b.slice(closingStart(b)).trim()).toBe('-ava');
    const c = 'Thanks for considering it.\n\nThanks,\nDanny Kowalski\n419-555-0137';
    expect(c.slice(closingStart(c)).trim()).toBe('Thanks,\nDanny Kowalski\n419-555-0137');
    const d = 'also r u hiring lol\nsoundcloud.com/lilrezbeats';
    expect(d.slice(closingStart(d)).trim()).toBe('soundcloud.com/lilrezbeats');
    expect(closingStart('Can we talk sometime?')).toBe('Can we talk sometime?'.length);
  });

  it('text after the sign-off', () => {
    const input = "Hi Pastor Jay,\n\nWould love to hear your story!\n\nblessings!!\nCaleb";
    expect(textAfterSignoff(input, `${input} Thank you for considering it.`)).toBeDefined();
    expect(textAfterSignoff(input, input.replace('story!', "story! I'm happy to work around your schedule."))).toBeUndefined();
  });

  it('a subject that still names the favour the body no longer asks', () => {
    expect(favourInSubject('Quick favor - Google L3 referral', 'Would you have 20 minutes for a call about your work?')).toBeDefined();
    expect(favourInSubject('Referral for SOC Analyst II (Req #48213)?', 'Would you have 20 minutes to talk?')).toBeDefined();
    expect(favourInSubject('Question from a Hennepin Tech student', 'Would you have 20 minutes to talk?')).toBeUndefined();
  });

  it('a sentence left pointing at a deleted résumé', () => {
    const input = 'I have attached my résumé and transcript. Please let me know if there is anyone else I should send them to.';
    expect(danglingReference(input, 'Please let me know if there is anyone else I should send them to.')).toBeDefined();
    expect(danglingReference(input, 'Would you have 20 minutes to talk?')).toBeUndefined();
  });

  it('availability taken from a deadline or a past day is no offer', () => {
    const input = 'I really need to hear back by Friday. I emailed you last Monday.';
    expect(availabilityNotOffered(input, "I'm free Friday, and happy to work around your schedule.")).toBeDefined();
    expect(availabilityNotOffered('I could do Wednesday afternoon.', "I'm free Wednesday afternoon.")).toBeUndefined();
    expect(findTimes(input).map((t) => t.text)).toEqual([]);
    expect(findTimes('(Calling the restaurant at 7:15 on a Friday) Hi, can I talk to the manager?').map((t) => t.text)).toEqual([]);
  });

  it.each([
    "I'm reaching out because I truly believe I would be a great addition to Edelman's consumer team.",
    'I can start Monday.',
    "I'm a hard worker.",
    'Could you tell me what you make as a senior manager at EY, including your bonus?',
    'hey r u guys hiring for SDR?',
    'Would you be willing to be my mentor?',
    'can u listen to my beats and tell me if im good enough??',
    "I'll send my résumé and the job link right after you reply, so you can vouch for me.",
  ])('a favour or job pitch: %s', (s) => {
    expect(FAVOUR.test(s)).toBe(true);
  });

  it('a link never ends a sentence; a sentence never runs over a paragraph break', () => {
    const s = analyse('Could you look at my portfolio (behance.net/kaitdesigns) and tell me what to fix? Thanks!').sentences.map((x) => x.text);
    expect(s[0]).toBe('Could you look at my portfolio (behance.net/kaitdesigns) and tell me what to fix?');
    const p = analyse("Whenever you're free, I'm free 😊\n\nblessings!!\nCaleb").sentences.map((x) => x.text);
    expect(p[0]).toBe("Whenever you're free, I'm free 😊");
  });

  it('a phone script after a stage direction or a filler word', () => {
    expect(isSpoken('(Calling the restaurant at 7:15 on a Friday) Hi, can I talk to the manager?')).toBe(true);
    expect(isSpoken("Yeah hi, Mr. Rossi? My name's Tony, I got your number off your van.")).toBe(true);
    expect(isSpoken('Hi Dana,\n\nI study biology at Reed.')).toBe(false);
  });

  it("the professional's role in a question to them is not who the writer is", () => {
    const f = extractFacts("Hi Mr. Feinberg,\n\nI'm thinking about tax. Could you tell me what you make as a senior manager at EY?\n\nThanks,\nCarla Mendes");
    expect(f.affiliation).toBeUndefined();
    expect(extractFacts("Hi Ana,\n\nI'm a junior at Reed studying biology. Would you have 20 minutes?\n\nLi").affiliation?.text).toMatch(/junior at Reed/);
  });

  it.each(['10 years', 'a year and a half', '8 or 10 years', 'six months'])('an amount of time is no topic: %s', (t) => {
    expect(isStrayTopic(t)).toBe(true);
  });

  it("the fresh draft keeps the writer's own connection sentence, stranded preposition and all", () => {
    const draft = "Hi Ray,\n\nI'm Danny Kowalski, an apprentice with Bradley Mechanical. Gary Pruitt at the supply house said you started your shop from a single van and that you're good people to talk to.\n\nI want to know what to learn now if I want my own shop in 8 or 10 years. Would you have 15 minutes for a phone call?\n\nThanks,\nDanny";
    const fresh = freshDraft(draft);
    expect(fresh.text).toContain('Gary Pruitt');
    expect(fresh.subject ?? '').not.toMatch(/on (?:8 or )?10 years/);
  });
});
