import { describe, expect, it } from 'vitest';
import { offlineOutreachCritique } from './offline-outreach.ts';

/** The edited draft (every edit accepted) of a draft, as the page shows it. */
const edited = (draft: string, context = {}) => offlineOutreachCritique(draft, context).editedDraft ?? draft;
/** Numbers of minutes in a text ("20 minutes", "15-minute", "20 min"). */
const minutesIn = (t: string) => [...t.matchAll(/\b(\d{1,3})(?:[\s-]?min(?:ute)?s?)\b/gi)].map((m) => m[1]);

describe('edited drafts never invent a time amount (blind readers, round 6: "\'20 minutes\' is invented")', () => {
  it.each([
    ['no ask at all', "Dear Ms. Ortiz,\n\nMy name is Priya Shah and I study public health at Emory. I read your article on rural clinics and would love to hear what your work at the county health department looks like.\n\nBest,\nPriya"],
    ['a job ask that was the only ask', "Hi Priya, I see you're a PM at Lumen. I'm a business analyst looking to switch into product. Any openings on your team?"],
    ['a demand', 'Hey, I want to work in esports. Tell me everything you know about how to get hired at a team org. Need this by next week for a school project. Thx'],
    ['a whole day', "Hi Coach Rivera,\n\nI'm a physical therapy student, and my uncle, Tony Garza, told me you work with the city's minor-league team. I want to see what sports rehab is like day to day. Could I shadow you this weekend for the whole day? Thanks!\n\nMiguel"],
  ])('%s: no minutes the writer never gave', (_name, draft) => {
    const out = edited(draft);
    expect(minutesIn(out)).toEqual(minutesIn(draft));
  });

  it('the writer\'s own minutes are kept in the ask that replaces a job ask', () => {
    const out = edited("Hi Priya, I see you're a PM at Lumen. I'm a business analyst looking to switch into product, and 15 minutes of your time would mean a lot. Any openings on your team?");
    expect(out).not.toMatch(/\b20 minutes\b/);
  });

  it('a phone script gets the spoken ask without a number', () => {
    const out = edited("(Calling the garage on a Monday) Hi, is the owner in? ... Hi, I'm Jake, I want to be a mechanic. Are you guys hiring? I can start tomorrow, I'm a hard worker. How much do you pay?", { channel: 'phone-script' });
    expect(minutesIn(out)).toEqual([]);
  });
});

describe('register clean-up edits (blind readers, round 6: "unchanged slang with a formal line tacked on")', () => {
  const draft = "hey rico!! ngl ur flash on insta is sick lol. i've been drawing forever and i'd love to hear how u got started in tattooing. would u have 15 min for a call? thx\n\n-dani";
  it('accepted, every texting form is written out above the sign-off, which stays the writer\'s', () => {
    const out = edited(draft);
    expect(out).not.toMatch(/\b(?:ur|u|ngl|lol|lmk)\b|!!|(?:^|[.!?]\s)i\b/);
    expect(out).toMatch(/I've been drawing forever/);
    expect(out.trimEnd().endsWith('-dani')).toBe(true);
  });
  it('each fix is an edit of its own, on its own words', () => {
    const list = offlineOutreachCritique(draft, {}).edits ?? [];
    const register = list.filter((e) => e.ruleId === 'text.register');
    expect(register.length).toBeGreaterThanOrEqual(6);
    for (const e of register) expect(e.end - e.start).toBeLessThanOrEqual(6);
  });
});
