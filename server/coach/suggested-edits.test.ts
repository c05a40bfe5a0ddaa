import { describe, expect, it } from 'vitest';
import { lintOutreach } from '../../shared/rules/index.ts';
import { maskPlaceholders } from '../text/facts.ts';
import { newShapes } from '../text/shapes.ts';
import { offlineOutreachCritique } from './offline-outreach.ts';
import { applyEdits, DEMAND, suggestEdits } from './suggested-edits.ts';

const edits = (draft: string, context = {}) => suggestEdits(draft, context, lintOutreach(maskPlaceholders(draft), context));
const failing = (text: string, context = {}) => lintOutreach(maskPlaceholders(text), context).filter((v) => !v.result.passed).map((v) => v.rule.id);

const DRAFTS: Array<[string, string]> = [
  ['no times, no thanks', "Hi Ana,\n\nI'm a junior at Reed studying biology, and Dr. Cole suggested I write. I'd love to learn how you moved into genetic counseling. Would you have 20 minutes for a phone call?\n\nBest,\nLi"],
  ['no ask at all', "Dear Ms. Ortiz,\n\nMy name is Priya Shah and I study public health at Emory. I read your article on rural clinics and would love to hear what your work at the county health department looks like. Let me know when you're free.\n\nBest,\nPriya"],
  ['job ask is the only ask', "Hi Priya, I see you're a PM at Lumen. I'm a business analyst looking to switch into product. Any openings on your team? Happy to chat!"],
  ['an hour, tomorrow', "Hello Marcus,\n\nI'm a junior studying architecture, and your talk at the AIA student forum stayed with me. I'd like to hear how you decided to focus on adaptive reuse projects.\n\nCould we meet tomorrow for an hour over coffee? If you're not available, I understand. Thanks!\n\nJonah"],
  ['resume attached', "Dear Ms. Patel,\n\nWe met at the Women in Data meetup in March. I have attached my resume so you can see my background. I'd love to learn how you built the analytics team at Harbor Bank.\n\nCould we have a 30-minute video call? Any Wednesday afternoon works for me. Thank you, and no worries if you're too busy.\n\nBest,\nPriya"],
  ['vague, casual', "Hey! I'm a marketing coordinator and would love to pick your brain sometime. Let me know when works."],
  ['fragment', 'Hey, can we chat sometime?'],
  ['shadow a day', "Hi Coach Rivera,\n\nI'm a physical therapy student, and my uncle, Tony Garza, told me you work with the city's minor-league team. I want to see what sports rehab is like day to day. Could I shadow you this weekend for the whole day? Thanks!\n\nMiguel"],
  ['no thanks, a name alone', "Mr. Delgado,\n\nI served eight years as an Army logistics officer. Captain Ruiz, who served with you, passed along your name. I want to understand how you moved from military logistics into humanitarian supply work.\n\nWould you have 15 minutes for a phone call next week, say Wednesday or Friday afternoon?\n\nSam Whitaker"],
  ['pasted three times', "Dear Mr. Ruiz,\n\nMy name is Elena and I'm a chemistry teacher. For the past decade I have taught chemistry and coached the science olympiad team, organized the district science fair, mentored new teachers, and written curriculum for our advanced placement courses. For the past decade I have taught chemistry and coached the science olympiad team, organized the district science fair, mentored new teachers, and written curriculum for our advanced placement courses. For the past decade I have taught chemistry and coached the science olympiad team, organized the district science fair, mentored new teachers, and written curriculum for our advanced placement courses. A colleague, Dana Wu, suggested I contact you. I'd like to learn what moving into instructional design involves.\n\nWould you have 15 minutes for a video call? I'm free most weekday evenings after 5 p.m. Thank you for considering this.\n\nBest,\nElena"],
];

describe('suggestEdits', () => {
  it.each(DRAFTS)('%s: edits never overlap, each applies alone, and all of them fix more than they break', (_name, draft) => {
    const list = edits(draft);
    expect(list.length).toBeGreaterThan(0);
    for (let i = 1; i < list.length; i++) expect(list[i]!.start).toBeGreaterThanOrEqual(list[i - 1]!.end);
    for (const e of list) {
      const one = applyEdits(draft, [e]);
      expect(one).not.toBe(draft);
    }
    const all = applyEdits(draft, list);
    if (failing(draft).length > 0) expect(failing(all).length).toBeLessThan(failing(draft).length);
    expect(newShapes(draft, all)).toEqual({});
  });

  it.each([
    'Good morning Ms. Alvarez. I would welcome the chance to talk about hospital pharmacy with you whenever suits.',
    'heyy r u free to chat about game design sometime i have a few questions',
    'Hello Dr. Ito I hope you are well and I would like to ask about marine biology careers',
  ])('never inserts inside a word, nor before the greeting: %s', (draft) => {
    const words = new Set(draft.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean));
    for (const e of edits(draft)) {
      if (e.kind !== 'insert') continue;
      expect(/[\p{L}\p{N}]/u.test(draft[e.start - 1] ?? ' ') && /[\p{L}\p{N}]/u.test(draft[e.start] ?? ' ')).toBe(false);
      expect(e.start).toBeGreaterThan(0);
    }
    // Every word of the writer survives whole (the register fixes aside: they write "u" out, give "heyy" its capital).
    const after = applyEdits(draft, edits(draft).filter((e) => e.ruleId !== 'text.register'));
    for (const word of words) expect(after).toContain(word);
  });

  it('puts what it adds above a short sign-off line, not under it', () => {
    const draft = 'Hi Rosa,\nI am a nursing student at Mercy College and would love 15 minutes to hear about hospice work.\n- Imani';
    const out = applyEdits(draft, edits(draft));
    expect(out.trimEnd().endsWith('- Imani')).toBe(true);
  });

  it('keeps every sentence of the writer it does not edit', () => {
    const [, draft] = DRAFTS[0]!;
    const out = applyEdits(draft, edits(draft));
    for (const s of ["I'm a junior at Reed studying biology, and Dr. Cole suggested I write.", "I'd love to learn how you moved into genetic counseling.", 'Would you have 20 minutes for a phone call?']) expect(out).toContain(s);
    expect(out).toMatch(/Would you have 20 minutes for a phone call\? I'm happy to work around your schedule\.\n\nThank you for considering it\.\n\nBest,\nLi$/);
  });

  it('takes out a job ask beside the writer’s own offer to talk, and asks once: theirs (round 7 readers: doubled asks)', () => {
    const [, draft] = DRAFTS[2]!;
    const out = applyEdits(draft, edits(draft));
    expect(out).not.toMatch(/openings/);
    expect(out).not.toMatch(/Would you have/);
    expect(out).toContain("Happy to chat!");
  });

  it('replaces a job ask that is the only ask with an ask about the work', () => {
    const draft = "Hi Priya, I see you're a PM at Lumen. I'm a business analyst looking to switch into product. Any openings on your team?";
    const out = applyEdits(draft, edits(draft));
    expect(out).not.toMatch(/openings/);
    expect(out.match(/Would you have/g)).toHaveLength(1);
  });

  it.each([
    ['I would very much appreciate 20 minutes of your time to talk, whenever is convenient for you in the next few weeks.'],
    ['Would sometime in the next few weeks be possible?'],
    ['Maybe we can talk 15 minutes in any time you want.'],
  ])('adds no second ask beside the writer’s own in words the rules miss: %s', (ask) => {
    const draft = `Dear Ms. Ortiz,\n\nI'm a nursing student at Emory, and Dr. Lee suggested I write. I'd love to hear how you moved into informatics. ${ask}\n\nBest,\nAri`;
    const out = applyEdits(draft, edits(draft));
    expect(out, out).not.toMatch(/Would you have/);
  });

  it("never changes the writer's days, times or minutes: an hour tomorrow stays as written", () => {
    const [, draft] = DRAFTS[3]!;
    const out = applyEdits(draft, edits(draft));
    expect(out).toContain('Could we meet tomorrow for an hour over coffee?');
    expect(out).not.toContain('next few weeks');
  });

  it('a sentence pasted twice goes once', () => {
    const [, draft] = DRAFTS[9]!;
    const out = applyEdits(draft, edits(draft, {}));
    expect(out.match(/For the past decade/g)).toHaveLength(1);
  });

  it('the thanks goes above a lone name, not under it', () => {
    const [, draft] = DRAFTS[8]!;
    expect(applyEdits(draft, edits(draft))).toMatch(/Thank you for considering it\.\n\nSam Whitaker$/);
  });

  it('a blank already in the draft is not doubled, and a times blank becomes flexibility', () => {
    const draft = "Hi [Name],\n\n[Who you are]. I'd love to learn about your work in water policy. Would you have 20 minutes for a call? I'm free [two or three times].\n\nThanks,\n[Your name]";
    const out = applyEdits(draft, edits(draft));
    // The writer's three other blanks stay theirs; no edit adds one (a connection blank would be a fourth).
    expect(out.match(/\[/g)).toHaveLength(3);
    expect(out).toContain("I'm happy to work around your schedule.");
    expect(out).not.toContain('[two or three times]');
  });
});

describe('offline critique offers', () => {
  it('a draft that passes every rule is ready to send: no rewrite, no edits, no fresh draft', () => {
    const draft = "Dear Dr. Okafor,\n\nI'm a second-year master's student in public health at Lakeside University, and Professor Ines Barros suggested I reach out to you. I'd love to learn how you moved from field epidemiology into health policy.\n\nWould you have 20 minutes for a phone or Zoom call in the next few weeks? I'm free Tuesdays and Thursdays after 1 p.m., and happy to work around your schedule.\n\nThank you for considering it,\nAmara";
    const r = offlineOutreachCritique(draft, {});
    expect(r).toMatchObject({ readyToSend: true, score: 100 });
    expect(r.rewrite).toBeUndefined();
    expect(r.edits).toBeUndefined();
    expect(r.freshDraft).toBeUndefined();
  });

  it('a draft with a placeholder is unfinished: capped at 60, its blanks listed, and a blank satisfies no rule', () => {
    const draft = "Hi Dana,\n\nI'm [who you are]. Maria Lopez suggested I reach out. I'd love to learn how you moved into water policy. Would you have 20 minutes for a phone call? I'm free Tuesday after 2 p.m.\n\nThank you for considering it,\nJo";
    const r = offlineOutreachCritique(draft, {});
    expect(r.score).toBeLessThanOrEqual(60);
    expect(r.blanks).toEqual(['[who you are]']);
    expect(r.readyToSend).toBe(false);
    expect(r.findings.find((f) => f.ruleId === 'outreach.introduces-self')?.passed).toBe(false);
  });

  it('a texting draft gets what is added in its own register, and no second ask beside the offer it made', () => {
    const casual = 'hey Rich, Sal from the Carpenters Local 157 intro night said u do finish work for Pinnacle. im thinking about the apprenticeship. could i call u for 15 min some evening? thx, Nico';
    const out = applyEdits(casual, edits(casual));
    expect(out).not.toMatch(/I'm happy to work around your schedule|Thank you for considering it/);
    const offered = "Hi Jonas, Yale FES alum here too! I'm curious how you moved into energy policy at RMI. Also happy to chat for 20 min any Tue/Wed!";
    expect(applyEdits(offered, edits(offered))).not.toMatch(/Would you have/);
  });

  it('"a 20 minutes video call" becomes "a 20-minute video call", the writer\'s minutes kept', () => {
    const draft = "Dear Dr. Ramirez,\n\nI am Lucia Herrera, a master's student in Plant Pathology at UC Davis. I read your extension bulletin about strawberry root diseases.\n\nI am interested to know how extension specialists divide their time between research and working with growers. Could we have a 20 minutes video call? I am available Tuesday or Thursday mornings, or any other moment that is good for you.\n\nThank you for your time,\nLucia Herrera";
    const out = applyEdits(draft, edits(draft));
    expect(out).toContain('Could we have a 20-minute video call?');
    expect(out).not.toContain('20 minutes video');
  });

  it('the edited draft is all the edits applied', () => {
    const [, draft] = DRAFTS[1]!;
    const r = offlineOutreachCritique(draft, {});
    expect(r.editedDraft).toBe(applyEdits(draft, r.edits!));
  });
});

describe('a demand beside an inserted ask (blind readers, round 4: "the ask bolted on")', () => {
  it('the inserted ask takes the place of the demand; the writer\'s facts stay', () => {
    const draft = 'Hey, I want to work in esports. Tell me everything you know about how to get hired at a team org. Need this by next week for a school project. Thx';
    const edited = applyEdits(draft, edits(draft, { channel: 'linkedin' }));
    expect(edited).not.toMatch(/Need this by next week/);
    expect(edited).toMatch(/Would you have time for a short call\?/);
    expect(edited).toContain('I want to work in esports.');
    expect(edited.match(/\?/g)?.length ?? 0).toBe(1);
  });

  it('a demand that leaves with no other ask is replaced by the ask, never only deleted', () => {
    const draft = "Hi Karen,\n\nI just got my real estate license!! I'd love to shadow you at your showings for the next month.\n\nWhen can I start?\n\nBrittany";
    const edited = applyEdits(draft, edits(draft));
    expect(edited).not.toMatch(/When can I start/);
    expect(edited).toMatch(/Would you have time for a short call\?/);
  });

  it('"Please allow me to introduce myself" is no demand', () => {
    expect(DEMAND.test('Please allow me to introduce myself.')).toBe(false);
    expect(DEMAND.test('Please confirm a time by EOD.')).toBe(true);
    expect(DEMAND.test("I'll just swing by the farm around ten and you can show me around.")).toBe(true);
  });
});


describe('an inserted purpose never stands on a fragment (round 7)', () => {
  it('reads whole topics and rejects fragments', async () => {
    const { topicReadsWhole } = await import('../text/shapes.ts');
    expect(topicReadsWhole('jumping')).toBe(false);
    expect(topicReadsWhole('a moment')).toBe(false);
    expect(topicReadsWhole('how you moved from consulting into urban water management')).toBe(true);
    expect(topicReadsWhole('urban water management')).toBe(true);
    expect(topicReadsWhole('indie sets for two years')).toBe(false);
    expect(topicReadsWhole('nursing')).toBe(true);
  });
});
