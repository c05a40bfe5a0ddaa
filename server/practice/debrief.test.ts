import { describe, expect, it } from 'vitest';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import { lint } from '../../shared/rules/index.ts';
import {
  BAD_CONVERSATION,
  BAD_CONVERSATION_AGAIN,
  CLEAN_CASUAL_CONVERSATION,
  CLEAN_CONVERSATION,
  PLANTED,
  PLANTED_AGAIN,
  script,
} from '../../test/fixtures/practice-conversations.ts';
import { coachHint, discussedTopicLabels, offlineDebrief, standsAlone, workPhrase } from './debrief.ts';

const card = PRESET_PERSONAS.find((p) => p.id === 'preset-ux-researcher')!.card;

describe('offlineDebrief', () => {
  it('passes every conduct rule of a clean conversation, quoting the user, with advice citing the guide', () => {
    const debrief = offlineDebrief({ card, minutes: 20, turns: script(CLEAN_CONVERSATION) });
    expect(debrief.score).toBe(100);
    expect(debrief.items).toHaveLength(11);
    for (const item of debrief.items) {
      expect(item.passed, item.ruleId).toBe(true);
      expect(item.evidence.length, item.ruleId).toBeGreaterThan(0);
      expect(item.advice).toMatch(/As the guide puts it: “.+” \(00\d_[0-9a-f]+\.txt\)$/);
    }
    expect(debrief.items.find((i) => i.ruleId === 'conduct.opening-thanks')).toEqual({
      ruleId: 'conduct.opening-thanks',
      title: 'Opening thanks',
      passed: true,
      evidence: ['Hi Priya, thank you so much for making time to talk with me today.'],
      advice: 'You opened by thanking them for their time. As the guide puts it: “Open the conversation by thanking the person you’ve contacted for making time to talk” (000_e59610dcce94501e.txt)',
      sources: ['000_e59610dcce94501e.txt'],
    });
  });

  it('scores a casual but clean conversation 100 too', () => {
    expect(offlineDebrief({ card, minutes: 20, turns: script(CLEAN_CASUAL_CONVERSATION) }).score).toBe(100);
  });

  it.each([
    ['one', BAD_CONVERSATION, PLANTED],
    ['another', BAD_CONVERSATION_AGAIN, PLANTED_AGAIN],
  ])('finds every planted violation in %s bad conversation, with its quote', (_which, conversation, planted) => {
    const debrief = offlineDebrief({ card, minutes: 20, turns: script(conversation) });
    for (const [id, words] of planted) {
      const item = debrief.items.find((i) => i.ruleId === id)!;
      expect(item.passed, id).toBe(false);
      expect(item.evidence.some((quote) => quote.includes(words)), id).toBe(true);
    }
    expect(debrief.score).toBeLessThan(30);
  });

  it('drafts a thank-you note that names the topics and passes the follow-up rules', () => {
    const turns = script([
      ...CLEAN_CONVERSATION.slice(0, -1),
      ['p', `${card.advice[0]} Also talk to ${card.referrals[0]!.name}.`],
      ['u', 'Thank you so much!'],
    ]);
    const { thankYouDraft } = offlineDebrief({ card, minutes: 20, turns });
    expect(thankYouDraft).toContain('Dear Priya,');
    expect(thankYouDraft).toContain(card.referrals[0]!.name);
    const failing = lint('follow-up', thankYouDraft, { topics: discussedTopicLabels(turns) }).filter((v) => !v.result.passed);
    expect(failing.map((v) => v.rule.id)).toEqual([]);
  });
});

describe('the thank-you note (issue 13, item 4)', () => {
  it('is built from the user’s words, signed with the name they gave, never the professional’s sentences as theirs', () => {
    const turns = script([
      ['u', 'Hi Priya, thanks for making time. I’m Jordan, a junior studying psychology.'],
      ['p', 'Every role I have had involved persuading someone in writing, so I write a lot.'],
      ['u', 'What does a typical week look like for you?'],
      ['p', `Mondays are planning. You should talk to ${card.referrals[0]!.name}.`],
      ['u', 'I hadn’t thought about research operations as a career path at all. I’ll look into the ResearchOps community this week.'],
      ['p', 'Good luck.'],
      ['u', 'Thank you so much for your time!'],
    ]);
    const { thankYouDraft } = offlineDebrief({ card, minutes: 20, turns });
    expect(thankYouDraft).toMatch(/\nJordan$/);
    expect(thankYouDraft).not.toContain('[Your name]');
    expect(thankYouDraft).not.toMatch(/persuading someone in writing/);
    // Their next step, in a sentence of the note's own (never their chat line pasted in).
    expect(thankYouDraft).toMatch(/\b(?:I'm going to|My next step is to|I plan to) look into the ResearchOps community this week\./);
    expect(thankYouDraft).toContain(card.referrals[0]!.name);
  });

  it('keeps the placeholder when no name was given', () => {
    const { thankYouDraft } = offlineDebrief({ card, minutes: 20, turns: script(CLEAN_CONVERSATION) });
    expect(thankYouDraft).toMatch(/\[Your name\]$/);
    // The professional's advice lines are never quoted as the user's.
    for (const line of card.advice) expect(thankYouDraft).not.toContain(line.slice(0, 40));
  });
});

describe('the asker’s scores', () => {
  const scoresOf = (turns: ReturnType<typeof script>, minutes = 20) => offlineDebrief({ card, minutes, turns }).askerScores!;
  const byId = (scores: ReturnType<typeof scoresOf>, id: string) => scores.find((s) => s.id === id)!;

  it('says "not rated" with no evidence when there is nothing to judge', () => {
    const scores = scoresOf(script([['u', 'Hi!'], ['p', 'Hello. What would you like to know?']]));
    for (const id of ['talk-share', 'follow-up-depth', 'time-kept'] as const) {
      expect(byId(scores, id).verdict, id).toBe('not-rated');
      expect(byId(scores, id).evidence, id).toEqual([]);
    }
    expect(byId(scores, 'open-questions').verdict).toBe('not-rated');
  });

  it('rates a clean conversation and quotes the user for every rated item', () => {
    const turns = script(CLEAN_CONVERSATION);
    const userText = turns.filter((t) => t.role === 'user').map((t) => t.content).join('\n');
    for (const score of scoresOf(turns)) {
      if (score.verdict === 'not-rated') continue;
      expect(score.evidence.length, score.id).toBeGreaterThan(0);
      for (const quote of score.evidence) expect(userText, `${score.id}: ${quote}`).toContain(quote.replace(/…$/, ''));
    }
    expect(byId(scoresOf(turns), 'open-questions').verdict).toBe('good');
  });

  it('flags a monologue, closed questions and no follow-ups', () => {
    const long = 'I have been thinking a lot about my career and my options and all the different things I could do. '.repeat(8);
    const turns = script([
      ['u', `Hi, thanks for your time. ${long} Is the work hard?`],
      ['p', 'Sometimes.'],
      ['u', `${long} Do you like it?`],
      ['p', 'Yes.'],
      ['u', `${long} Are there many jobs?`],
      ['p', 'Some.'],
    ]);
    const scores = scoresOf(turns);
    expect(byId(scores, 'talk-share').verdict).toBe('work-on');
    expect(byId(scores, 'talk-share').measure).toMatch(/\d+%/);
    expect(byId(scores, 'open-questions').verdict).toBe('work-on');
    expect(byId(scores, 'open-questions').evidence).toContain('Is the work hard?');
    expect(byId(scores, 'follow-up-depth').verdict).toBe('work-on');
    expect(byId(scores, 'agenda').advice).toMatch(/next steps/);
  });

  // Read against the round 5–7 transcripts: introductions missed, quotes cut at "Ms.", a permission question taken for a follow-up.
  it('counts every common self-introduction as the background, and quotes it before the thanks', () => {
    for (const [intro, quote] of [
      ["Morning, Dana. Name's Earl. I'm 59, sold insurance for thirty years. Appreciate you talking to an old guy.", "Name's Earl."],
      ['Hey. Thanks for the call. Forestry junior, want to do fire.', 'Forestry junior, want to do fire.'],
      ['Hi. Amara here. Marine bio student. Thanks for the call.', 'Amara here.'],
    ] as const) {
      const agenda = byId(scoresOf(script([['u', intro], ['p', 'Happy to. What would you like to know?'], ['u', 'What does a week look like?'], ['p', 'Busy.']])), 'agenda');
      expect(agenda.measure, intro).toMatch(/opening and background/);
      expect(agenda.evidence[0], intro).toBe(quote);
    }
  });

  it('quotes whole sentences (a title’s full stop ends none), counts a stated next step, and credits thanks at the end as the close', () => {
    const turns = script([
      ['u', "Good afternoon, Ms. Lindahl. My name is Kwame. I'm a final-year student."],
      ['p', 'Welcome, Kwame.'],
      ['u', 'What skills matter most?'],
      ['p', 'Organisation. Talk to Harold Price.'],
      ['u', 'Is it okay if I write that down? How did you start?'],
      ['p', 'Of course. I started as a temp.'],
      ['u', 'What surprised you?'],
      ['p', 'The paperwork.'],
      ['u', 'I will look into the AIC and contact Mr. Price. Thank you very much, Ms. Lindahl.'],
      ['p', 'Good luck.'],
    ]);
    const scores = scoresOf(turns);
    const agenda = byId(scores, 'agenda');
    expect(agenda.evidence).toContain('I will look into the AIC and contact Mr. Price.');
    expect(agenda.evidence).toContain('Thank you very much, Ms. Lindahl.');
    expect(agenda.measure).toMatch(/next steps and who else/);
    expect(byId(scores, 'time-kept').verdict).toBe('good');
    expect(byId(scores, 'time-kept').evidence).toEqual(['Thank you very much, Ms. Lindahl.']);
    // "Is it okay if I write that down?" asks about the call, not the work: neither closed nor a follow-up.
    expect(byId(scores, 'open-questions').evidence.join(' ')).not.toContain('write that down');
    expect(byId(scores, 'follow-up-depth').evidence.join(' ')).not.toContain('write that down');
    expect(byId(scores, 'open-questions').measure).toBe('3 of 3 questions were open.');
  });

  it('agrees in number: "1 of 1 question was open"', () => {
    const scores = scoresOf(script([['u', "Hi, I'm Sam, a nursing student."], ['p', 'Hello.'], ['u', 'How did you start?'], ['p', 'As a tech.']]));
    expect(byId(scores, 'open-questions').measure).toBe('1 of 1 question was open.');
  });
});

describe('coachHint', () => {
  it('suggests opening with thanks before anything is said', () => {
    expect(coachHint({ card, minutes: 20, turns: [] })).toEqual({
      hint: 'Start by thanking Priya for making time, then give a short background: who you are and why UX research interests you.',
      ruleId: 'conduct.opening-thanks',
      sources: ['000_e59610dcce94501e.txt'],
    });
  });

  it('credits asking who else to talk to in everyday words', () => {
    for (const ask of ['Who do you think I should talk to next?', 'Who would you recommend I reach out to?']) {
      const debrief = offlineDebrief({ card, minutes: 20, turns: script([['u', 'Hi, thank you for making time!'], ['p', 'Of course.'], ['u', ask], ['p', 'Ana Ruiz.']]) });
      expect(debrief.items.find((item) => item.ruleId === 'conduct.asks-referrals'), ask).toMatchObject({ passed: true, evidence: [ask] });
    }
  });

  it('flags a job ask with its quote', () => {
    const hint = coachHint({ card, minutes: 20, turns: script([['u', 'Hi, thanks! Are you hiring?'], ['p', 'Not my area.']]) });
    expect(hint.ruleId).toBe('conduct.no-job-ask');
    expect(hint.hint).toMatch(/^“Are you hiring\?” — Keep the conversation to information/);
  });

  it('suggests a prepared question on a topic not yet covered, and who else to ask near the end', () => {
    const early = coachHint({ card, minutes: 20, turns: script(CLEAN_CONVERSATION.slice(0, 4)) });
    expect(early.ruleId).toBe('conduct.follow-up-questions');
    const late = coachHint({ card, minutes: 10, turns: script(CLEAN_CONVERSATION.slice(0, 12)) });
    expect(late).toMatchObject({ ruleId: 'conduct.asks-referrals', hint: 'Time is nearly up: ask who else you should talk to.' });
  });
});

describe('the thank-you note addresses and signs as the transcript does', () => {
  const turn = (role: 'user' | 'professional', content: string, i: number) => ({ role, content, elapsedMinutes: i });
  const ask = 'What does a typical week look like for you, and what surprised you most when you started?';
  it('uses "Mr. Tran" when the user said "Mr. Tran", and the name from "Mr. Tran, Sarah Whitfield."', () => {
    const turns = [turn('user', 'Mr. Tran, Sarah Whitfield. Thanks for making time.', 0), turn('professional', 'Glad to. What would you like to know?', 1), turn('user', ask, 2)];
    const note = offlineDebrief({ card: { ...card, name: 'Kevin Tran' }, minutes: 20, turns }).thankYouDraft;
    expect(note).toMatch(/^Dear Mr\. Tran,/);
    expect(note).not.toMatch(/Kevin/);
    expect(note).toMatch(/\nSarah$/);
  });

  it('uses the title and surname of a card with a title when the user used neither name', () => {
    const turns = [turn('user', 'Good morning, Captain. Thanks for seeing me.', 0), turn('professional', 'Sure thing.', 1), turn('user', ask, 2)];
    const note = offlineDebrief({ card: { ...card, name: 'Captain Luis Delgado' }, minutes: 20, turns }).thankYouDraft;
    expect(note).toMatch(/^Dear Captain Delgado,/);
  });

  it.each([
    ["Hi Farah - I'm Miguel, well, everyone calls me Sam. Thanks for the chat!", 'Sam'],
    ['Hey Brad, Tyler here. Appreciate you taking the call.', 'Tyler'],
    // Blind readers found "[Your name]" after these (round 3).
    ["Hello Rabbi Levinson. This is Sister Agnes's nephew, Paul. She said you two serve on the interfaith council together.", 'Paul'],
    ['hi shawna!! im kayla, my cousin Brittany gets her hair done at ur salon and said u wouldnt mind me asking some stuff', 'Kayla'],
  ])('signs with the name the user goes by: %s', (opening, name) => {
    const turns = [turn('user', opening, 0), turn('professional', 'Happy to.', 1), turn('user', ask, 2)];
    expect(offlineDebrief({ card, minutes: 20, turns }).thankYouDraft).toMatch(new RegExp(`\\n${name}$`));
  });

  it('signs with the name the professional greeted the user by when the user never said it', () => {
    const turns = [turn('professional', 'Jasmine? Hi, Vincent here. Sorry I am a minute late.', 0), turn('user', 'No problem at all! Thank you for making time.', 1), turn('user', ask, 2)];
    expect(offlineDebrief({ card, minutes: 20, turns }).thankYouDraft).toMatch(/\nJasmine$/);
  });
});

describe('the note says only what stands alone', () => {
  it.each([
    "Thanks, Brad, I didn't know about the SDR path at all.",
    "That's awesome, I'll call her Monday after work.",
    "I hadn't thought of framing it that way before today.",
    "I've got a page of notes here - this was so helpful.",
  ])('leaves out a line that needs the conversation: %s', (line) => {
    expect(standsAlone(line)).toBe(false);
  });

  it('keeps a plan that names its object', () => {
    expect(standsAlone("I'll look up the DW Simpson survey and start learning SQL.")).toBe(true);
  });

  it('thanks them for their work by their role', () => {
    expect(workPhrase({ role: 'Large-animal veterinarian', field: 'veterinary medicine' })).toBe('your work as a large-animal veterinarian');
    expect(workPhrase({ role: 'Founder & CEO, Acme', field: 'startups' })).toBe('your work in startups');
  });
});

describe('thank-you note, round 2 (blind readers 2026-12-07)', () => {
  const preset = PRESET_PERSONAS.find((p) => p.id === 'preset-ux-researcher')!.card;
  const note = (turns: Array<[string, string]>, name = 'Femi Okafor') => {
    const c = { ...preset, name, role: 'project foreman', referrals: [{ name: 'Nobody Listed', role: 'n/a', why: 'n/a' }] };
    return offlineDebrief({ card: c, minutes: 20, turns: turns.map(([role, content], i) => ({ role: role as 'user' | 'professional', content, elapsedMinutes: i })) }).thankYouDraft;
  };

  it('uses the name they asked to be called, the person they named, and no role they never spoke of', () => {
    const text = note([
      ['user', "Hi Mr. Okafor, thanks for making time. I'm Teresa, I'm in the electrical program at Hennepin Tech."],
      ['professional', "Happy to. Call me Femi. What's on your mind?"],
      ['user', 'What does a normal week look like for you?'],
      ['professional', 'Talk to Rachel Suarez at the training center. She runs the apprenticeship intake.'],
    ]);
    expect(text).toMatch(/^Dear Femi,/);
    expect(text).toContain('Rachel Suarez');
    expect(text).not.toContain('project foreman');
    expect(text).not.toContain('what you suggested');
    expect(text.trimEnd().endsWith('Teresa')).toBe(true);
  });

  it('signs with the name as the user gave it, and thanks an offered introduction', () => {
    const mei = note([
      ['user', "Hi Dr. Patel, I'm Mei Ling Wu, the P2 Dr. Hanna mentioned."],
      ['professional', 'Happy to. My colleague Priya Nair moved from retail too. I’ll ask if she’s open to a chat.'],
    ], 'Dr. Anjali Patel');
    expect(mei.trimEnd().endsWith('Mei Ling Wu')).toBe(true);
    expect(mei).toContain('Thank you for offering to introduce me to Priya Nair.');
    const noor = note([
      ['user', 'Hi Dr. Fairbanks! This is Noor Haddad, I emailed you about mixed-animal practice.'],
      ['professional', 'Noor! How is Pepper doing?'],
    ], 'Dr. Ellen Fairbanks');
    expect(noor.trimEnd().endsWith('Noor')).toBe(true);
    expect(noor).not.toContain('[Your name]');
    const danny = note([
      ['user', 'Hi Ray, Danny Kowalski, Gary at the supply house told me to call.'],
      ['professional', 'Danny! Gary said you would call.'],
    ], 'Ray Molnar');
    expect(danny.trimEnd().endsWith('Danny')).toBe(true);
  });
});
