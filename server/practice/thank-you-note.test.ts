import { describe, expect, it } from 'vitest';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import { lint } from '../../shared/rules/index.ts';
import { discussedTopicLabels, thankYouDraft } from './debrief.ts';
import { addressAs } from './debrief.ts';
import { conversationSubject, findReferral, greetingName, labelFits, oddSignature, pickHighlight, proToNote, questionClause, signatureName, userPlan, userTakeaway } from './thank-you-note.ts';

// Transcripts written for these tests (not the readers' dev set).
const preset = PRESET_PERSONAS[0]!.card;
const say = (rows: Array<[string, string]>) => rows.map(([r, content], i) => ({ role: (r === 'u' ? 'user' : 'professional') as 'user' | 'professional', content, elapsedMinutes: i }));
const card = (over: Partial<typeof preset> = {}) => ({ ...preset, name: 'Odile Brenner', role: 'Head Cheesemaker', field: 'artisan cheesemaking', referrals: [{ name: 'Nobody Listed', role: 'n/a', why: 'n/a' }], ...over });

const CHEESE = say([
  ['u', "Hi Odile, Name's Gus, I work the counter at Fromagerie Lune. Thanks for making time."],
  ['p', 'Happy to, Gus. What do you want to know?'],
  ['u', "I'm trying to decide between an affinage apprenticeship and a dairy science degree. What does your week look like?"],
  ['p', 'Make days are Monday and Thursday, the rest is turning wheels in the cave and paperwork. I spent three years washing rinds in Savoie before anyone let me near a vat.'],
  ['u', 'What should I do now if I lean toward the apprenticeship?'],
  ['p', 'Take the ACS short course on cheese defects, it is cheap and it teaches you to taste. And talk to Henrik Dahl at Ridgeline Creamery. He runs the only paid apprenticeship in the state.'],
  ['u', "That's really helpful. I'll sign up for the ACS course before the spring session fills."],
  ['p', 'Good. Tell Henrik I sent you.'],
]);

describe('the thank-you note composer (issue 13)', () => {
  const note = thankYouDraft({ card: card(), minutes: 20, turns: CHEESE });

  it('greets with the name the user used, and signs with the name they go by', () => {
    expect(note).toMatch(/^Dear Odile,/);
    expect(note.trimEnd().endsWith('\nGus')).toBe(true);
    expect(note).not.toContain('[Your name]');
  });

  it('thanks them for what the conversation was about, in the user’s own terms', () => {
    expect(note).toContain('choosing between an affinage apprenticeship and a dairy science degree');
  });

  it('names the referral with the reason the professional gave, never an invented one', () => {
    expect(note).toMatch(/Henrik Dahl at Ridgeline Creamery, who runs the only paid apprenticeship in the state/);
    expect(note).not.toMatch(/their side of the work/);
  });

  it('says the user’s next step only because they said it, in a sentence of the note’s own', () => {
    expect(note).toMatch(/sign up for the ACS course before the spring session fills/);
    expect(note).not.toContain("I'll sign up for the ACS course");
  });

  it('keeps the note between 60 and 120 words, with no invented title, no pasted sentence of theirs', () => {
    const words = note.match(/[\p{L}\d][\p{L}\d'’.-]*/gu)!.length;
    expect(words).toBeGreaterThanOrEqual(60);
    expect(words).toBeLessThanOrEqual(120);
    expect(note.toLowerCase()).not.toContain('head cheesemaker');
    expect(note).not.toContain('before anyone let me near a vat');
    const failing = lint('follow-up', note, { topics: discussedTopicLabels(CHEESE) }).filter((v) => !v.result.passed).map((v) => v.rule.id);
    expect(failing).not.toContain('follow-up.thanks');
    expect(failing).not.toContain('follow-up.acts-on-advice');
    expect(failing).not.toContain('follow-up.asks-nothing-new');
  });

  it('picks one concrete thing they said, in the second person', () => {
    const h = pickHighlight(CHEESE, 'Henrik Dahl')!;
    expect(h.phrase).toMatch(/^(?:your advice to take the ACS short course on cheese defects|how you spent three years washing rinds in Savoie)$/);
    expect(proToNote('keep working while you study')).toBe('keep working while I study');
    expect(proToNote('volunteer with our mentoring program')).toBe('volunteer with your mentoring program');
    expect(pickHighlight(say([['p', 'Get your pitchside certification, the PHECC course, as soon as you can.']]))!.phrase).toBe('your advice to get my pitchside certification');
    // "if you want to keep working while you study" is a condition, not advice.
    expect(pickHighlight(say([['p', 'The evening program is good if you want to keep working while you study.']]))).toBeUndefined();
    // A pay fact that opens like an instruction is not advice the user takes.
    expect(pickHighlight(say([['p', 'Start around 60 percent of the senior rate and it goes up every year.']]))).toBeUndefined();
  });

  it('varies its wording by transcript, deterministically', () => {
    const again = thankYouDraft({ card: card(), minutes: 20, turns: CHEESE });
    expect(again).toBe(note);
    const openings = new Set(
      ['ACS', 'AWS', 'NBIS', 'CPE', 'IRE', 'SQL'].map((x) => thankYouDraft({ card: card(), minutes: 20, turns: say([['u', "Hi Odile, Name's Gus."], ['p', `Take the ${x} short course on cheese defects this spring.`], ['u', 'Thank you so much.']]) }).split('\n')[2]!.split(' ').slice(0, 3).join(' ')),
    );
    expect(openings.size).toBeGreaterThan(1);
  });
});

describe('the parts of the note', () => {
  it.each([
    ["hi, it's bea here, thanks for the call", 'Bea'],
    ['Hello! my name is Tomasz but everyone calls me Tom.', 'Tom'],
    ['Hey Dana - Lu here - short for Lucía.', 'Lu'],
    ["Name's Gus. Thanks for the time.", 'Gus'],
    ["Hello Cantor Weiss. This is Mrs. Farid's nephew, Omar.", 'Omar'],
  ])('signs with the name from an odd introduction: %s', (line, name) => {
    expect(oddSignature(say([['u', line]]))).toBe(name);
  });

  it('takes no word for a name that is not one', () => {
    expect(oddSignature(say([['u', "Thanks for having me, it's so nice here. What does a week look like?"]]))).toBeUndefined();
    expect(oddSignature(say([['u', 'Hi Dana, everything here is new to me.']]))).toBeUndefined();
  });

  it('finds the referral and its reason in the next sentence, or none', () => {
    expect(findReferral(say([['p', 'Call Ines Arce at Tri-County Lab. She trains the new techs.']]))).toMatchObject({ name: 'Ines Arce at Tri-County Lab', reason: 'who trains the new techs', offered: false });
    expect(findReferral(say([['p', 'Talk to Ines Arce. Tell her I sent you.']]))!.reason).toBeUndefined();
    expect(findReferral(say([['p', 'Look into Mesa Community College for the course.']]))).toBeUndefined();
    expect(findReferral(say([['p', 'Talk to Dr. (you know who).']]))).toBeUndefined();
    expect(findReferral(say([['p', 'My colleague Ines Arce moved from retail too. I’ll ask if she’s open to a chat.']]))!.offered).toBe(true);
    // Named bare, in answer to "who else": the appositive is the reason.
    expect(findReferral(say([['u', 'Who else should I talk to?'], ['p', 'Odette Vance, the lab director in Tulsa. She hires a lot of career changers.']]))).toMatchObject({ name: 'Odette Vance', reason: 'who is the lab director in Tulsa' });
    expect(findReferral(say([['u', 'What do you read?'], ['p', 'Odette Vance, mostly. Her blog is great.']]))).toBeUndefined();
  });

  it('never takes a plan that points back ("I\'ll do that") and cuts the referral out of a plan', () => {
    expect(userPlan(say([['u', "I'll do that this week."]]))).toBeUndefined();
    expect(userPlan(say([['u', "I'll start with the credential evaluation this week."]]))).toBe('start with the credential evaluation this week');
    expect(userPlan(say([['u', "I'm going to look into the night program and talk to Ines."]]), { name: 'Ines Arce', offered: false })).toBe('look into the night program');
  });

  it('states the subject from the user’s own question, or the field only when it was said', () => {
    expect(conversationSubject(say([['u', 'I wanted to ask how you moved from the cellar to the vineyard.']]), card())).toBe('how you moved from the cellar to the vineyard');
    expect(conversationSubject(say([['u', 'What is the work like?']]), card())).toBeUndefined();
    expect(conversationSubject(say([['u', 'How did you get into cheesemaking?']]), card())).toBe('artisan cheesemaking');
  });
});

describe('naming what the user asked', () => {
  it.each([
    ['What does a normal week look like for you on a big site?', 'what a normal week looks like for you on a big site'],
    ['How did you get your first commission?', 'how you got your first commission'],
    ["What's the hardest part?", 'the hardest part'],
    ['What should I be learning now?', 'what I should be learning now'],
    ['What surprised you most when you started?', 'what surprised you most when you started'],
    ['And what do you enjoy most about it?', 'what you enjoy most about the work'],
  ])('turns the question into a clause the note can name: %s', (question, clause) => {
    expect(questionClause(question)).toBe(clause);
  });

  it('leaves a question it cannot turn cleanly, or one about a job', () => {
    expect(questionClause('Is the work hard?')).toBeUndefined();
    expect(questionClause('What does the hiring process look like for that opening?')).toBeUndefined();
  });
});

describe('addressing them as they go by', () => {
  it('uses the title they introduced themselves with, the spelling the user used, never "coach" they refused', () => {
    expect(greetingName('Rev. Tomas Ibarra', say([['p', 'Hello, this is Father Ibarra returning your call.'], ['u', 'Yes, Father, thank you.']]), addressAs)).toBe('Father Ibarra');
    expect(greetingName('Zoë Lind', say([['u', 'hi zoe thanks for doing this']]), addressAs)).toBe('Zoe');
    expect(greetingName('Dana Kerr', say([['u', 'Coach Kerr, hi.'], ['p', 'Ha, nobody calls me coach. Go ahead.']]), addressAs)).toBe('Dana');
    expect(greetingName('Lt. Ana Ruiz', say([['u', 'Hey Lieutenant, thanks for meeting me.']]), addressAs)).toBe('Lieutenant Ruiz');
  });
});

describe('what the user said they learned', () => {
  it.each([
    ["Huh, I didn't realize how much of the job is paperwork.", "I hadn't realized how much of the job is paperwork."],
    ["I hadn't thought about the night-shift float pool at all.", "I hadn't thought about the night-shift float pool."],
    ['I think I underestimated the travel side.', 'I had underestimated the travel side.'],
  ])('says it as a sentence of the note: %s', (line, sentence) => {
    expect(userTakeaway(say([['u', line]]))).toMatch(new RegExp(`^(?:Before|Until) we talked, ${sentence.charAt(0)}${sentence.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  it('leaves out one that points back or asks', () => {
    expect(userTakeaway(say([['u', "I didn't know that existed!"]]))).toBeUndefined();
    expect(userTakeaway(say([['u', "I didn't know that, is it common?"]]))).toBeUndefined();
  });
});

describe('no splice and no "also" with nothing before it (blind readers, round 4)', () => {
  it('the advice after "my advice is -" keeps no dash; a referral line never says "also"', () => {
    const turns = say([
      ['u', "Hi Josh, I'm Bo. I'm thinking about wind tech after the Army. What would you tell someone like me?"],
      ['p', 'My advice is - get your GWO Basic Safety Training done before you apply anywhere. Talk to Ryan Blackwood at Troops to Turbines, he places vets and knows everybody.'],
      ['u', "That's really helpful, thank you. I'll look into the GWO course."],
    ]);
    const note = thankYouDraft({ card: card({ name: 'Josh Keller', field: 'wind energy' }), minutes: 30, turns });
    expect(note).not.toMatch(/advice to [-–—]/);
    expect(note).not.toMatch(/\balso follow up\b/);
    expect(note).not.toMatch(/and knows,/);
  });
});


describe('the name the note is signed with and the name it greets (blind readers, rounds 5–7)', () => {
  const sign = (rows: Array<[string, string]>, name = 'Odile Brenner') => thankYouDraft({ card: card({ name }), minutes: 20, turns: say(rows) }).trimEnd().split('\n').at(-1);
  const greet = (rows: Array<[string, string]>, name: string) => thankYouDraft({ card: card({ name }), minutes: 20, turns: say(rows) }).split('\n')[0];

  it.each([
    ["Hey Ms. Brenner, I'm Rodrigo, Rigo's fine. Thanks for this.", 'Rigo'],
    ['Good afternoon. I’m Jeremiah – Jem is fine. Thank you for agreeing to speak with me.', 'Jem'],
    ['Good morning. My name is Olusegun Bello, but Segun is easier. I work in mining.', 'Segun'],
    ["Hi! I'm Valentina, I go by Val. I'm a junior.", 'Val'],
    ["Hey Odile, I'm Theodore, Theo. Thanks for the time.", 'Theo'],
    ["Hi Odile, I'm Dr.-- sorry, just Kamal. Habit.", 'Kamal'],
    ["hey. name's LaToya. thanks for the time.", 'LaToya'],
    ['Hej Odile! Amina Yusuf here – I study statistics.', 'Amina Yusuf'],
  ])('signs with the name they go by: %s', (line, name) => {
    expect(sign([['u', line], ['p', 'Happy to help. What would you like to know?'], ['u', 'Thank you so much.']])).toBe(name);
  });

  it('signs with the name the professional kept calling them when the introduction held no clean name', () => {
    // "I'm Muslim" is no name; the professional's "Welcome, Fatima." is.
    expect(sign([['u', "Hello! Fatima. I'm a divinity student, and I'm Muslim, so I'm curious how interfaith work goes."], ['p', 'Welcome, Fatima. Our team includes Muslim and Christian chaplains.'], ['u', 'Thank you.']])).toBe('Fatima');
    // Never a greeting word, nor someone else they named.
    expect(sign([['u', 'Shalom, Cantor Rosen. Thank you so much for this.'], ['p', 'Shalom! Yes, I remember. What would you like to ask?'], ['u', 'Thank you.']], 'Cantor Miriam Rosen')).toBe('[Your name]');
    expect(sign([['u', 'hey Marco, this is Dev. my uncle Raj said you two worked together'], ['p', 'Ha, Raj! Good guy. What can I help with?'], ['u', 'Thanks.']])).toBe('Dev');
    expect(sign([['u', "Hi, I'm Cody."], ['p', 'Talk to my nephew, Travis. He is on the pipeline.'], ['u', "I'll call Travis. Thanks."]])).toBe('Cody');
  });

  it('greets with a title it knows, and the form the user typed in lowercase', () => {
    expect(greet([['u', 'Shalom, Cantor Rosen. Thank you.'], ['p', 'Shalom!']], 'Cantor Miriam Rosen')).toBe('Dear Cantor Rosen,');
    expect(greet([['u', 'hey mr kowalski, thanks for this'], ['p', 'Sure.']], 'Stan Kowalski')).toBe('Dear Mr. Kowalski,');
    expect(greet([['u', 'Good afternoon, Rev. Abernathy.'], ['p', 'Good afternoon.']], 'Rev. Dr. Ruth Abernathy')).toBe('Dear Reverend Abernathy,');
  });
});

describe('what the note says the professional said, and what it says the user will do (blind readers, rounds 5–7)', () => {
  const draft = (rows: Array<[string, string]>, over: Partial<typeof preset> = {}) => thankYouDraft({ card: card(over), minutes: 20, turns: say(rows) });

  it('turns their advice into the user’s words with the person right', () => {
    expect(pickHighlight(say([['p', "I'd recommend you read The Cheese Primer by Steven Jenkins, it covers the classics."]]))!.phrase).toBe('your advice to read The Cheese Primer by Steven Jenkins');
    expect(pickHighlight(say([['p', 'Keep a tasting journal open next to you when you taste.']]))!.phrase).toBe('your advice to keep a tasting journal open next to me when I taste');
    expect(pickHighlight(say([['p', 'Get a food handler card before you spend any money on courses.']]))!.phrase).toBe('your advice to get a food handler card before I spend any money on courses');
  });

  it('takes no courtesy, schedule, job description or vague "stuff" for advice', () => {
    expect(pickHighlight(say([['p', 'My pleasure. Take your time. What would you like to know?']]))).toBeUndefined();
    expect(pickHighlight(say([['p', 'Start at five, usually in the make room, turning wheels.']]))).toBeUndefined();
    expect(pickHighlight(say([['p', 'You need to be patient. And you need to track forty batches at once.']]))).toBeUndefined();
    expect(pickHighlight(say([['p', 'Practise the chemistry stuff, like pH and salt.']]))).toBeUndefined();
  });

  it('never says the user is taking advice they never said they would take; takes up the advice they said they would', () => {
    const valued = draft([['u', "Hi Odile, I'm Gus."], ['p', 'Take the ACS short course on cheese defects this spring.'], ['u', 'What is the hardest part?'], ['p', 'The hours.']]);
    expect(valued).toContain('ACS short course');
    expect(valued).not.toMatch(/I'm (?:taking|following) it|and I'm (?:taking|following)/);
    const chosen = draft([['u', "Hi Odile, I'm Gus."], ['p', 'Become a certified cheese professional through the ACS. Join the Guild of Affineurs as a student too.'], ['u', "Omg I'm definitely doing the Guild of Affineurs. Thank you!"]]);
    expect(chosen).toMatch(/I'm (?:going to act on|going to follow|starting on) your advice to join the Guild of Affineurs/);
  });

  it('names a question only as the user asked it, never a topic label they did not ask about', () => {
    const note = draft([['u', "Hi Odile, I'm Gus."], ['p', 'Hello Gus.'], ['u', 'What is the job like, over in the caves? I cannot picture it.'], ['p', 'Cold and quiet. Take the ACS short course on cheese defects.'], ['u', 'Thanks so much.']]);
    expect(note).not.toMatch(/organization is like to work in|I'm glad I asked/);
  });

  it('pads with at most two stock lines, repeats no thanks, and leaves no line pointing at nothing', () => {
    for (const x of ['ACS', 'AWS', 'NBIS', 'CPE', 'IRE', 'SQL', 'OSHA', 'GIS']) {
      const note = draft([['u', "Hi Odile, I'm Gus."], ['p', `Take the ${x} short course on cheese defects this spring.`], ['u', 'Thank you so much.']]);
      const body = note.split('\n')[2]!;
      expect(body).not.toContain('acting on it');
      expect(body.match(/\b(?:thanks|thank you) again\b/gi)?.length ?? 0).toBeLessThanOrEqual(1);
      expect(body.match(/\bgenero/gi)?.length ?? 0).toBeLessThanOrEqual(1);
      expect(body).not.toContain('I know how busy you are');
    }
  });

  it('thanks them about the field only when it reads as a topic (never an adjective or the person who does it)', () => {
    const turns: Array<[string, string]> = [['u', "Hi Odile, I'm Gus. I want to work in maritime jobs, maybe as a sommelier on ships."], ['p', 'Take the ACS short course on cheese defects this spring.'], ['u', 'Thank you.']];
    expect(draft(turns, { field: 'maritime' })).not.toMatch(/about maritime/);
    expect(draft(turns, { field: 'sommelier' })).not.toMatch(/about sommelier/);
  });

  it('says a plan only when the user said one, with no condition, no meeting with the professional, and no "tonight"', () => {
    expect(userPlan(say([['u', "I wonder whether it's worth it if I'm going to stay on the counter."]]))).toBeUndefined();
    expect(userPlan(say([['u', "I'll see you on shift Thursday!"]]))).toBeUndefined();
    expect(userPlan(say([['u', "I'm going to get out of your way now."]]))).toBeUndefined();
    expect(userPlan(say([['u', "I'll order the cheese book tonight."]]))).toBe('order the cheese book');
  });

  it('names the referral cleanly: an appositive, no reason pointing back, no space before a comma, and the offer as made', () => {
    const a = draft([['u', "Hi Odile, I'm Gus."], ['p', 'Talk to Sam Tiller, he is a retired chemist who started at 62.'], ['u', 'Thanks!']]);
    expect(a).toContain('Sam Tiller, a retired chemist who started at 62');
    expect(a).not.toMatch(/who is a retired chemist who/);
    const b = draft([['u', "Hi Odile, I'm Gus."], ['p', 'There are local guild meetings. Talk to Hal Price, he organises them.'], ['u', 'Thanks!']]);
    expect(b).toContain('Hal Price');
    expect(b).not.toContain('who organises them');
    const c = draft([['u', "Hi Odile, I'm Gus."], ['p', 'Marcus Bell from Ridgeline Imports runs a Tuesday tasting group, I can ask if there is room.'], ['u', 'That would be amazing!']]);
    expect(c).toContain('Thank you for offering to check with Marcus Bell');
    expect(c).not.toContain('introduce me to Ridgeline');
    expect(findReferral(say([['p', 'Pipeliners Local 798 out of Tulsa runs a training center; worth looking into.']]))).toBeUndefined();
    expect(findReferral(say([['p', 'Keisha Morgan runs the student program there.']]))!.name).toBe('Keisha Morgan');
    expect(findReferral(say([['p', 'Email Ben Okoro at Pattern Energy - he made almost exactly your switch.']]))).toMatchObject({ name: 'Ben Okoro at Pattern Energy', reason: 'who made almost exactly my switch' });
    expect(draft([['u', "Hi Odile, I'm Gus."], ['p', 'Look for ACPE-accredited programs. Talk to Ines Arce at the Bodleian , who trains the new techs.'], ['u', 'Thanks!']])).not.toMatch(/ ,|pointing me to ACPE/);
  });
});

describe('the note says "as you suggested" once', () => {
  it('when the plan is the advice and a referral follows', () => {
    for (const x of ['ACS', 'AWS', 'NBIS', 'CPE', 'IRE', 'SQL']) {
      const note = thankYouDraft({ card: card(), minutes: 20, turns: say([['u', "Hi Odile, I'm Gus."], ['p', `Join the ${x} chapter as a student. And talk to Henrik Dahl at Ridgeline Creamery, he runs the apprenticeship.`], ['u', `Thank you! I'll join the ${x} chapter and reach out to Henrik.`]]) });
      expect(note.match(/as you suggested/gi)?.length ?? 0, note).toBeLessThanOrEqual(1);
    }
  });
});

describe('what the readers of round 8 found: a goodbye taken for advice, a question misnamed, an offer said twice', () => {
  const draft = (rows: Array<[string, string]>, over: Partial<typeof preset> = {}) => thankYouDraft({ card: card(over), minutes: 20, turns: say(rows) });

  it('takes nothing the professional says after the user’s goodbye for advice', () => {
    const rows: Array<[string, string]> = [
      ['u', "Hi Odile, I'm Gus."],
      ['p', 'Make days are long. Most of it is cleaning.'],
      ['u', 'Okay, thanks so much. Bye!'],
      ['p', 'Bye, Gus. Bring me a wedge of your washed-rind sometime.'],
    ];
    expect(pickHighlight(say(rows))).toBeUndefined();
    expect(draft(rows)).not.toMatch(/washed-rind/);
    // Before the goodbye, the same sentence is theirs to give.
    expect(pickHighlight(say(rows.slice(0, 2).concat([['p', 'Take the ACS short course on cheese defects this spring.']])))!.phrase).toContain('ACS short course');
  });

  it('names a request for their recommendation as the user asked it, never as what they read themselves', () => {
    expect(questionClause('Is there a book I should read?')).toBe('which book I should read');
    expect(questionClause("Is there anything you'd recommend I read?")).toBe("what you'd recommend I read");
    expect(questionClause('Anything I should read or join?')).toBe('what I should read or join');
    expect(questionClause('What does your week look like right now, in the middle of a busy season?')).toBe('what your week looks like right now');
    // "work" after "your" is the subject's noun; the verb is the one after it.
    expect(questionClause('What does your work in the cave involve on a typical day, if there is one?')).toBe('what your work in the cave involves on a typical day');
    expect(labelFits('what you enjoy most about the work', 'What do you love most about it?')).toBe(true);
    expect(labelFits('what you read to keep up', 'Is there a book I should read?')).toBe(false);
    expect(labelFits('what you read to keep up', "I've been reading a lot about raw-milk rules, so what do cheesemakers do all day?")).toBe(false);
    expect(labelFits('what you read to keep up', 'What do you read to keep up with the science?')).toBe(true);
    const note = draft([
      ['u', "Hi Odile, I'm Gus. I've been reading a lot about raw-milk rules and I want to know what affineurs do all day."],
      ['p', 'Turning wheels, mostly, and checking humidity.'],
      ['u', 'Is there a book I should read?'],
      ['p', 'The Cheese Primer by Steven Jenkins. And join the Guild of Affineurs as a student.'],
      ['u', 'Thank you! Bye.'],
    ]);
    expect(note).not.toContain('what you read to keep up');
  });

  it('finds the person named after their role, with the role as who they are; an offer to introduce is thanked once, with no "I’ll reach out"', () => {
    const rows: Array<[string, string]> = [
      ['u', "Hi Odile, I'm Gus."],
      ['p', 'Take the ACS short course on cheese defects this spring.'],
      ['u', 'Who else should I talk to?'],
      ['p', 'Our cave manager, Tomas Reyes. He can tell you how the aging side works. I’ll connect you.'],
      ['u', 'Thank you so much!'],
    ];
    expect(findReferral(say(rows))).toMatchObject({ name: 'Tomas Reyes', reason: 'who is your cave manager', offered: true });
    const note = draft(rows);
    expect(note).toContain('Thank you for offering to introduce me to Tomas Reyes, your cave manager.');
    expect(note).not.toMatch(/reach out|follow up with|with what you told me in mind/);
    // A person named after their role as an example is no referral ("moved up without one"); Julie is.
    expect(findReferral(say([['u', 'Is there somewhere to go after bench work?'], ['p', 'My supervisor, Dr. Ines Cole, moved up without a degree.'], ['u', 'Who else should I talk to?'], ['p', 'Contact Julie Park, she teaches the affinage course at Rush.']]))!.name).toBe('Julie Park');
    // Passing on a number is not an introduction: the user reaches out.
    const number = findReferral(say([['p', 'Talk to Rhea Vance, she runs the dairy lab at the college. I’ll text you her number.']]));
    expect(number).toMatchObject({ name: 'Rhea Vance', offered: false });
  });

  it('signs with the name they gave before a dash, never a courtesy title the professional used', () => {
    const rows: Array<[string, string]> = [
      ['u', 'Ms. Brenner, good morning. Harriet Okafor — I wrote to you about the creamery open day.'],
      ['p', 'Good morning, Ms. Okafor. What would you like to know?'],
    ];
    expect(oddSignature(say(rows))).toBe('Harriet');
    expect(signatureName(say(rows), 'Ms')).toBeUndefined();
    expect(draft(rows).trimEnd().split('\n').at(-1)).toBe('Harriet');
  });

  it('takes applying to a fellowship or program for advice, not applying for a job', () => {
    expect(pickHighlight(say([['p', 'Apply for the Dairy Foods Fellowship when you graduate.']]))!.phrase).toBe('your advice to apply for the Dairy Foods Fellowship when I graduate');
    expect(pickHighlight(say([['p', 'Apply on our careers page when a posting opens.']]))).toBeUndefined();
  });
});

describe('the subject as the user asked it', () => {
  it('keeps a comparison a comparison: "how is X different from Y" is never "what X different from Y is like"', () => {
    const turns = say([['u', "Hi Odile, I'm Gus. I want to understand how is the work of an affineur different from a cheesemaker."], ['p', 'Happy to explain.']]);
    expect(conversationSubject(turns, card())).toBe('how the work of an affineur is different from a cheesemaker');
    expect(conversationSubject(say([['u', 'I want to understand how is the work in the caves.']]), card())).toBe('what the work in the caves is like');
  });
});

describe('advice whose object was in the user’s question', () => {
  it('names what to join when the professional only said "join as a student member"', () => {
    const turns = say([['u', 'Is the American Cheese Society worth joining before I work in a creamery?'], ['p', 'Yes. Join as a student member and go to the regional meetups.']]);
    expect(pickHighlight(turns)!.phrase).toBe('your advice to join the American Cheese Society as a student member and go to the regional meetups');
    // An object already there is left alone.
    expect(pickHighlight(say([['u', 'Is the American Cheese Society worth it?'], ['p', 'Join the Guild of Affineurs as a student member.']]))!.phrase).toBe('your advice to join the Guild of Affineurs as a student member');
  });
});
