import { describe, expect, it } from 'vitest';
import { lintOutreach } from '../../shared/rules/index.ts';
import { freshDraft, favourPurpose } from './fresh-draft.ts';

const timeAsk = (text: string) => lintOutreach(text, {}).find((v) => v.rule.id === 'outreach.time-ask')!.result;

describe('the time amount (round 7): the writer’s own, never an invented one', () => {
  it('asks for a short call when the writer named no amount, and the time-ask rule passes it', () => {
    const draft = 'Dear Ms. Ortiz,\n\nMy name is Priya Shah and I study public health at Emory. I would love to hear what your work at the county health department looks like.\n\nBest,\nPriya';
    const f = freshDraft(draft);
    expect(f.text).not.toMatch(/\d+\s*(?:-minute|minutes)/);
    expect(f.subject ?? '').not.toMatch(/\d/);
    expect(f.text).toMatch(/\bshort (?:call|conversation)\b/);
    expect(timeAsk(f.text).passed).toBe(true);
  });

  it('keeps the writer’s minutes when they gave them', () => {
    const f = freshDraft('Hi Sam,\n\nI’m Jo, a nursing student. I’d love to learn how you moved into hospice care. Could we talk for 15 minutes by phone?\n\nThanks,\nJo');
    expect(f.text).toMatch(/15 minutes|15-minute/);
  });

  it('passes "a short call" as the guide’s explicit request for a short conversation, still suggesting minutes', () => {
    const r = timeAsk('Would you have time for a short call next week?');
    expect(r.passed).toBe(true);
    expect(r.message).toMatch(/minute/);
    expect(timeAsk('Could we have a quick chat sometime?').passed).toBe(false);
  });
});

describe('a favour turned into an honest informational ask about THAT topic', () => {
  it('a job opening → the work of that role', () => {
    expect(favourPurpose('Dear Mr. Hale,\n\nI am writing to ask whether your firm has any openings for a tax associate. I graduated from Iowa in May.\n\nThanks,\nSam')).toMatch(/the work of a tax associate/);
  });
  it('a named role at a company → the work there, never the req number', () => {
    const p = favourPurpose("Hi Raj, I'm applying to the L4 Data Engineer role at Stripe (req #1234) and wondered if you could refer me.");
    expect(p).toMatch(/the work of a data engineer at Stripe/);
    expect(p).not.toMatch(/req|L4|refer/);
  });
  it('a letter for programs they apply to → the program, with its time', () => {
    expect(favourPurpose('I was a TA in your course in 2022. I am applying to public health MPH programs this fall and wondered if you could write me a letter.')).toMatch(/^I'm applying to public health MPH programs this fall, and I'd love to hear/);
  });
  it('any shift at your hotel → the work there, with the writer’s background kept', () => {
    const f = freshDraft("Hi Ms. Dunn,\n\nI'm sorry to bother you. I've been out of work for three months since the Hilton on 5th closed and I'm getting desperate. I'll take any shift at your hotel, anything at all.\n\nThank you,\nAna");
    expect(f.text).toMatch(/I've been out of work for three months since the Hilton on 5th closed\./);
    expect(f.text).not.toMatch(/desperate|any shift/);
    expect(f.text).toMatch(/the work at your hotel/);
    expect(f.text).not.toMatch(/how you got started and what your work looks like day to day/);
  });
});

describe('the fresh draft keeps what the writer wrote, and says it in written English', () => {
  const TEXTED = "hey mr park!! i'm jason. i saw ur post on the discord abt private credit and i'd love to hear how u got into it lol. could we talk tue 2/25 or wed 2/26 after 2pm ET? lmk!! thx\n\njason";

  it('keeps the recipient, in written form, with the writer’s greeting word', () => {
    expect(freshDraft(TEXTED).text.split('\n')[0]).toBe('Hi Mr. Park,');
    expect(freshDraft('Dear Dr. Levin,\n\nI am Megan, a senior at Tufts. I would love to learn how you chose clinical work.\n\nBest,\nMegan').text.split('\n')[0]).toBe('Dear Dr. Levin,');
    expect(freshDraft('hi maya! i am a junior at uva and want to learn how you got into animation.').text.split('\n')[0]).toBe('Hi Maya,');
  });

  it('keeps every proposed day and time, abbreviations and dates included', () => {
    expect(freshDraft(TEXTED).text).toMatch(/Tuesday 2\/25 or Wednesday 2\/26 after 2 p\.m\. ET/);
  });

  it('keeps the writer’s own purpose and connection (texting forms written out), never a generic one beside it', () => {
    const f = freshDraft(TEXTED);
    expect(f.text).toMatch(/I saw your post on the Discord about private credit and I'd love to hear how you got into it\./);
    expect(f.text).toMatch(/I'm Jason\./);
    expect(f.text).not.toMatch(/\b(?:u|ur|abt|lol|lmk|i)\b|!!|how you got started and what your work looks like/);
  });
});

describe('proposed days kept wherever the writer offered them', () => {
  it('inside an aside of the ask ("Monday, Wednesday or Friday afternoons are open for me")', () => {
    const f = freshDraft("Hi Ms. Reyes,\n\nI'm Tom, a first-year MSW student at Smith. I'd love to learn how you got into school social work. If you could spare 15 minutes at some point - Monday, Wednesday or Friday afternoons are open for me - I'd be grateful.\n\nBest,\nTom");
    expect(f.text).toMatch(/Monday, Wednesday or Friday afternoons/);
  });
  it('in a rambling sentence: the days are kept, not the ramble', () => {
    const f = freshDraft("Hi Tanya, this is Marcus Hill, a member at Summit Credit Union. I just wanted to touch base and connect about stuff, if you have 15 minutes sometime next week, maybe Tuesday or Wednesday afternoon. My number is 608-555-0133.", { channel: 'phone' });
    expect(f.text).toMatch(/Tuesday or Wednesday afternoon/);
    expect(f.text).not.toMatch(/touch base|stuff/);
  });
});

describe('no fragment as the fresh draft’s topic', () => {
  it('never "hear about jumping"', () => {
    const f = freshDraft("Hey Mike,\n\nI'm an SDR at a startup and thinking about jumping. Could do a 15 min call whenever.\n\nThanks,\nDerrick");
    expect(f.text).not.toMatch(/about jumping/);
  });
});

describe('a connection sentence that goes on to say the purpose is kept whole', () => {
  it('keeps "…, and I’d really like to hear more about how that happened", never a generic purpose', () => {
    const f = freshDraft("Hi Simone,\n\nThanks again for talking with me at the career fair - I was the one asking about night audit. You mentioned you started on the front desk and worked up to rooms manager, and I'd really like to hear more about how that happened.\n\nWould you have half an hour for a call?\n\nBest,\nDevon Mitchell");
    expect(f.text).toMatch(/and I'd really like to hear more about how that happened\./);
    expect(f.text).not.toMatch(/how you got started and what your work looks like/);
  });
});
