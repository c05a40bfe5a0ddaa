import { describe, expect, it } from 'vitest';
import { channelContext } from '../text/facts.ts';
import { freshDraft } from './fresh-draft.ts';

// Round 11: the readers of round 8 found the writer's times the fact a fresh draft dropped most often.
// Drafts written for these tests (not the readers' dev set).
const freshFor = (note: string) => freshDraft(note, channelContext('linkedin-note')).text;

describe('fresh draft: the writer’s times are kept, however they offered them (blind readers, round 8)', () => {
  it('keeps an availability sentence that says the times suit them in words AVAILABLE never listed', () => {
    const offers = ['Monday or Friday mornings are ideal for me.', 'Wed or Fri evenings are easy for me.', "I'm flexible most mornings before ten.", 'Any weekday morning next month works.'];
    for (const when of offers) {
      const draft = `Dear Ms. Quist,\n\nI'm a second-year forestry student at Oregon State, and your talk on seed orchards stayed with me. I'd love 20 minutes by phone to hear how you moved from field crews into tree improvement. ${when}\n\nBest,\nRowan Pike`;
      const text = freshDraft(draft, channelContext('email')).text;
      expect(text, when).toMatch(/Monday|Wednesday|Wed|mornings before ten|weekday morning/);
      expect(text, when).not.toContain('in the next few weeks');
    }
  });

  it('keeps times offered in a question after the ask ("would sometime next week work, maybe Tuesday?")', () => {
    const call = 'Hi, is this Captain Moreau? Hi, my name is Dev Rana, I deckhand on the harbour ferry, and Captain Ito said you started out the same way. I would love twenty minutes sometime about how you earned your master ticket. Would sometime next week work, maybe Monday or Wednesday evening? Thank you so much.';
    const text = freshDraft(call, channelContext('phone')).text;
    expect(text).toMatch(/Monday or Wednesday evening/);
  });

  it('says a note’s times before its thanks when they fit in 200 characters', () => {
    const note = 'Dear Mr. Haldane, I restore clocks as a hobby and read your piece on tower clock escapements. I would be glad of 15 minutes on a call to hear how you trained. Mondays or Thursdays suit me best. Regards, Ines Kerr';
    const text = freshDraft(note, channelContext('linkedin-note')).text;
    expect(text).toMatch(/Mondays or Thursdays/);
    expect([...text].length).toBeLessThanOrEqual(200);
    expect(text).not.toMatch(/Thank you! .*Monday|Thanks! .*Monday/);
    // "maybe a weekday morning" in the ask: never "I'm free a weekday morning".
    const morning = freshFor('Hi Ines, I took your Coptic binding class in June. Could I ask you about your path into hand bookbinding over a 20-min call, maybe a weekday morning? Thank you! Sarah');
    expect(morning).toContain('A weekday morning would suit me.');
  });
});

describe('fresh draft: what the writer asked to hear in the ask stays the topic (blind readers, round 8)', () => {
  it('keeps the question in the ask over a field read elsewhere or the generic "how you got started"', () => {
    const email = 'Dear Mr. Abernathy,\n\nI am a pastry cook in Leeds, interested in moving into chocolate work. I would be grateful for 20 minutes on a call to learn how you trained as a chocolatier. Mondays suit me best.\n\nKind regards,\nPia Lund';
    const text = freshDraft(email, channelContext('email')).text;
    expect(text).toContain('how you trained as a chocolatier');
    expect(text).not.toMatch(/how you got started|about moving into chocolate work/);
    const call = "Good afternoon, this is a message for Ms. Okoye. My name is Bram Kuiper. I'm a welder thinking about a move into pipeline inspection, and I'd be grateful for fifteen minutes to hear how you earned your CWI and what a day on the right-of-way is like. You can reach me at 555-0142. Thank you.";
    expect(freshDraft(call, channelContext('phone')).text).toContain('how you earned your CWI and what a day on the right-of-way is like');
  });

  it('leaves out the ask’s own time and format words, and any ask that points back or asks for a job', () => {
    const email = 'Dear Ms. Varga,\n\nI am a final-year student of viticulture. Might you spare 20 minutes by phone sometime next month to share how you planted your first vineyard block?\n\nBest,\nLeo Brandt';
    const text = freshDraft(email, channelContext('email')).text;
    expect(text).toContain('how you planted your first vineyard block');
    expect(text).not.toMatch(/how you planted your first vineyard block (?:by|sometime)/);
    const job = 'Dear Ms. Varga,\n\nI am a final-year student of viticulture. Might you spare 20 minutes to share how you would hire for a cellar role?\n\nBest,\nLeo Brandt';
    expect(freshDraft(job, channelContext('email')).text).not.toContain('how you would hire');
    // A vague one is no topic the writer gave ("learn more about what you do").
    const vague = "Hello Dr. Brandt,\n\nI'm a second-year geology student at Laval. I'd love to pick your brain and learn more about what you do. Would you be open to a coffee sometime?\n\nThanks,\nNoe";
    expect(freshDraft(vague, channelContext('email')).text).not.toMatch(/(?:learn|hear|about) what you do\b/);
  });
});

describe('fresh draft: the referral said after the writer’s name and a dash is kept (blind readers, round 8)', () => {
  it('keeps "… it’s Kyle — Ana gave me your number" and "My name is X — Professor Y gave me your number"', () => {
    const call = "Hi, is this Rosa? Hey Rosa, it's Tomas Feld — Ana Ruiz from the Reno Lions Club gave me your number. I'm looking at getting into surveying. Would you have twenty minutes one evening next week, Monday or Tuesday? Thanks.";
    expect(freshDraft(call, channelContext('phone')).text).toContain('Ana Ruiz from the Reno Lions Club gave me your number.');
    const voicemail = "[voicemail] Hi, this message is for Dara Holm. My name is Lin Okafor — Professor Wes Abel at Pratt gave me your number and said you might talk with a student. I'm studying furniture design and I'm curious how you moved from design into production. Mornings are best for me. My number is 212-555-0190. Thanks so much.";
    expect(freshDraft(voicemail, channelContext('phone')).text).toContain('Professor Wes Abel at Pratt gave me your number');
  });
});

describe('fresh draft: the writer’s own availability sentence, its days written out, only when it holds every time they offered', () => {
  it('keeps "Thurs the 9th or anytime the week of the 13th…" as written, days spelled out', () => {
    const email = "Hi Marta,\n\nI'm Jonas Berg; I've been restoring canoes in my garage for four years and I'd be grateful for 20 min to hear how you went from hobby to running a boat shop.\n\nThurs the 9th or anytime the week of the 13th would work on my end.\n\nMany thanks,\nJonas";
    expect(freshDraft(email, channelContext('email')).text).toContain('Thursday the 9th or anytime the week of the 13th would work on my end.');
  });
  it('lists the times instead when their sentence leaves one out ("sometime next week?" then "Tues or Thurs evenings are easy for me")', () => {
    const message = "Hi Siri,\n\nThanks for writing back! I'm a home cook looking at culinary school and wondering how people go from line cook to sous chef. Would you be up for a call sometime next week? Tues or Thurs evenings are easy for me.\n\nCheers,\nMats";
    const text = freshDraft(message, channelContext('email')).text;
    expect(text).toMatch(/next week/);
    expect(text).toMatch(/Tuesday or Thursday evenings/);
  });
});
