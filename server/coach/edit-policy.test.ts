import { describe, expect, it } from 'vitest';
import { lintOutreach } from '../../shared/rules/index.ts';
import { extractFacts, maskPlaceholders } from '../text/facts.ts';
import { formatClash, lostFacts, newShapes } from '../text/shapes.ts';
import { offlineOutreachCritique } from './offline-outreach.ts';
import { applyEdits, suggestEdits } from './suggested-edits.ts';

const edits = (draft: string, context = {}) => suggestEdits(draft, context, lintOutreach(maskPlaceholders(draft), context));

/** Drafts in the shapes blind readers found made worse (2026-12-07), written anew for this test. */
const DRAFTS: Array<[string, string, object]> = [
  ['a connection the rules missed', "Hi Ms. Reyes,\n\nI'm Tom, a second-year nursing student at Baylor. I heard you speak at our chapter's career night and loved what you said about flight nursing. Could we talk for 20 minutes by phone next week?\n\nThanks,\nTom", {}],
  ['a phone script', "Hi, is this Mr. Kowal? This is Nina Petrov, my uncle Stan said you run the print shop on Elm. I'm thinking about getting into screen printing. What does it pay? Could you tell me how you started?", {}],
  ['coffee in person', 'Hi Gwen,\n\nWe met at the Portland Zine Fest. I\'m Ray, a librarian, and I\'d love to hear how you started your small press. I can meet you Saturday at 9am at the Heart Coffee on 12th.\n\nRay', {}],
  ['an hour tomorrow', "Hello Marcus,\n\nI'm a junior studying architecture. I'd like to hear how you decided to focus on adaptive reuse.\n\nCould we meet tomorrow for an hour over coffee?\n\nJonah", {}],
  ['a LinkedIn note near its limit', "Hi Dana, fellow Tulane alum here (Class of '19). I'm a paralegal at a mid-size firm in New Orleans thinking about law school and would love 15 minutes to hear how you decided between practice areas and firms after graduation. Thanks so much for considering!", { channel: 'linkedin' }],
  ['the topic in the only long sentence', "Hi Leo,\n\nI'm trying to understand the path from graduate school into curatorial work at a large museum, and your gallery talk on the Azulejo collection last month at the ROM was the first time I saw how the two fit together for someone like me who is still deciding. Would you have 20 minutes for a call?\n\nBea", {}],
  ['a favour in a clause', "Ms. Adebayo - I'm a SOC analyst exploring threat intel roles. I'd value 15 min on your path at CrowdStrike, and would be grateful to be kept in mind if your team grows.", { channel: 'linkedin' }],
  ['a lowercase sign-off', 'hey!! saw ur bakery on insta, i wanna open one too. how much do u make a year? can we get coffee sometime\n\nbri', {}],
];

describe('the law of suggested edits', () => {
  it.each(DRAFTS)('%s: no blank, no new failure shape, no fact lost, the format kept', (_name, draft, context) => {
    const list = edits(draft, context);
    const out = applyEdits(draft, list);
    const facts = extractFacts(draft, context);
    expect(out).not.toMatch(/\[[^\]]*\]/);
    expect(newShapes(draft, out, undefined, facts)).toEqual({});
    expect(lostFacts(draft, out, facts)).toEqual([]);
    expect(formatClash(out, facts.channel)).toBeUndefined();
    // Each edit alone is no worse either.
    for (const e of list) expect(newShapes(draft, applyEdits(draft, [e]), undefined, facts)).toEqual({});
  });

  it('puts nothing into a phone script but takes the pay question out', () => {
    const [, draft] = DRAFTS[1]!;
    const list = edits(draft);
    expect(list.every((e) => e.kind === 'delete')).toBe(true);
    const out = applyEdits(draft, list);
    expect(out).not.toMatch(/What does it pay/);
    expect(out).toContain("I'm thinking about getting into screen printing.");
  });

  it("keeps the writer's day, time and minutes", () => {
    const out = applyEdits(DRAFTS[3]![1], edits(DRAFTS[3]![1]));
    expect(out).toContain('Could we meet tomorrow for an hour over coffee?');
    expect(out).not.toMatch(/next few weeks|20 minutes|phone or video/);
  });

  it('keeps a LinkedIn note within 300 characters', () => {
    const [, draft, context] = DRAFTS[4]!;
    expect([...applyEdits(draft, edits(draft, context))].length).toBeLessThanOrEqual(300);
  });

  it('never deletes the sentence that carries the topic', () => {
    const [, draft] = DRAFTS[5]!;
    expect(applyEdits(draft, edits(draft))).toContain('the path from graduate school into curatorial work');
  });

  it('drops only the favour clause of a sentence that carries the topic', () => {
    const [, draft, context] = DRAFTS[6]!;
    const out = applyEdits(draft, edits(draft, context));
    expect(out).toContain("I'd value 15 min on your path at CrowdStrike.");
    expect(out).not.toMatch(/kept in mind/);
  });

  it('keeps what it adds above a lowercase sign-off, on the ask\'s own line, with the stop the ask lacked', () => {
    const [, draft] = DRAFTS[7]!;
    const out = applyEdits(draft, edits(draft));
    expect(out).toMatch(/\n\nbri$/);
    expect(out).not.toMatch(/how much do u make/);
    // A texting draft gets the line in its own register (readers: "the formal 'I'm happy to work around your schedule.' clashes").
    expect(out).toMatch(/[cC]an we get coffee sometime[^\n]*\? Happy to work around your schedule\./);
    expect(out).not.toContain('Thank you for considering it.');
  });

  it('a draft that passes every rule gets "ready to send" and no edits', () => {
    const draft = "Dear Dr. Okafor,\n\nI'm a second-year master's student in public health at Lakeside University, and Professor Ines Barros suggested I reach out to you. I'd love to learn how you moved from field epidemiology into health policy.\n\nWould you have 20 minutes for a phone or Zoom call in the next few weeks? I'm free Tuesdays and Thursdays after 1 p.m., and happy to work around your schedule.\n\nThank you for considering it,\nAmara";
    const r = offlineOutreachCritique(draft, {});
    expect(r.readyToSend).toBe(true);
    expect(r.edits).toBeUndefined();
  });
});
