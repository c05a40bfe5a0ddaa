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

describe('a favour in texting forms is a favour (blind readers, round 6: "keeps \'how much u make a year\' and \'r they hiring?\'")', () => {
  it('"how much u make", "r they hiring" leave the edited draft', () => {
    const draft = "hey Big Mike, my buddy Dwayne said u drive for Werner. how much u make a year doing OTR and r they hiring? got my CDL-A last month. call me 555-0194.";
    const out = edited(draft);
    expect(out).not.toMatch(/how much|hiring/i);
    expect(out).toMatch(/Dwayne/);
  });
});

describe('edited drafts: one ask, one thanks, the sign-off last, the greeting\'s comma read on (blind readers, round 6)', () => {
  it('a "call so you can get to know me" is a pitch: it goes, and the message asks once', () => {
    const out = edited("Dear Dr. Ahmed,\n\nI'm a fourth-year medical student at McMaster. I noticed you sit on the selection committee. Would you be willing to put in a good word for me with the other committee members? I'd be happy to set up a 15-minute call so you can get to know me first.\n\nSincerely,\nArjun Sharma");
    expect(out).not.toMatch(/get to know me|good word/);
    expect(out.match(/\bcall\b/g)?.length).toBe(1);
  });
  it('thanks in the writer\'s own language is thanks: no stock English line beside "Muchas gracias"', () => {
    const out = edited("Hola Sra. Villaseñor,\n\nI'm Andrés Guzmán, I graduated from Tec de Monterrey in hospitality and I'm now at a boutique hotel in Mérida. I'd love to hear how you moved from operations into the manager role.\n\nWould 20 minutes by video next week work? Mornings before 11 are best for me.\n\nMuchas gracias,\nAndrés");
    expect(out).not.toMatch(/Thank you for considering it/);
  });
  it('a CV pasted under the sign-off: what is added goes above the sign-off, in its own paragraph', () => {
    const out = edited("Dear Ms. Abara,\n\nI'm a senior at Howard studying political science, and I found your name through the Rangel Fellowship alumni page. I'd like to hear how you chose the consular track.\n\nWould you be available for a 20-minute call on Tuesday 15 April or Thursday 17 April, any time after 1pm ET?\n\nIn case it's useful for context, I've pasted my CV below.\n\nRespectfully,\nImani Roberts\n\n---\nIMANI ROBERTS\nEducation: Howard University, B.A. Political Science (expected 2025)");
    const thanks = out.indexOf('Thank you');
    if (thanks >= 0) expect(out.slice(thanks)).toMatch(/^Thank you[^\n]*\n\nRespectfully,\nImani Roberts/);
    expect(out.trimEnd()).not.toMatch(/Thank you for considering it\.$/);
  });
  it('"Hi, ⟨replaced ask⟩" reads on from the comma in lower case', () => {
    const out = edited('Hi, I applied for the Logistics Coordinator role at Maersk Rotterdam last week. Could you refer me internally? Would really help. Thanks', { channel: 'linkedin-message' });
    expect(out).not.toMatch(/^Hi, [A-HJ-Z]/);
  });
  it('an entitled demand is no fact of who the writer is: it goes', () => {
    const out = edited('I have sent you three requests now. Please accept and reply with times for a 30-min call this week. I am a serious candidate and expect the courtesy of a response.', { channel: 'linkedin-message' });
    expect(out).not.toMatch(/courtesy|three requests/);
  });
});

describe('a number inside a favour is no time amount', () => {
  it('"how much u making an hour" gives the ask no "60 minutes"', () => {
    const out = edited("[Call script] yo is this Ray? ok so im Luis, Hector's cousin. real quick how much u making an hour and is Local 433 taking apprentices this spring? i can start whenever", { channel: 'phone-script' });
    expect(minutesIn(out)).toEqual([]);
  });
});

describe('the register edits add no shape the writer had not written', () => {
  it('"can u tell me…? would love to chat…" asks twice as written: spelled out, it is no new two-asks', async () => {
    const { newShapes } = await import('../text/shapes.ts');
    const draft = 'hey!! saw ur talk at the devrel summit, it was sooo good. im a jr dev trying to get into devrel. can u tell me how u got started? would love to chat for like 30 min on zoom whenever. thx!!';
    const out = edited(draft, { channel: 'linkedin' });
    expect(out).toMatch(/Can you tell me how you got started\?/);
    expect(newShapes(draft, out)).toEqual({});
  });
});
