import { describe, expect, it } from 'vitest';
import { extractFacts } from '../text/facts.ts';
import { analyse } from '../text/nlp.ts';
import { conservativeEdits } from './edit-policy.ts';
import { FAVOUR, favourInSubject, JOB_PLEA } from '../text/shapes.ts';
import { offlineOutreachCritique } from './offline-outreach.ts';

const edited = (draft: string) => offlineOutreachCritique(draft, {}).editedDraft ?? draft;
const sentences = (t: string) => analyse(t).sentences.map((s) => s.text.trim());

/**
 * Round 8 blind readers on edited drafts (shapes; the drafts here are written for the test): the
 * writer offering themself for work, left beside the ask the edits put in, keeps the message a job
 * approach ("still a job pitch", "leftover internship plea", "still asks a favour"). A job plea is a
 * favour: the edits take it out as they take out a referral ask.
 */
describe('edited drafts, round 11: a job plea goes with the favours', () => {
  it.each([
    ['availability to start', "Hi Ms. Ortega,\n\nI'm a second-year welding student at Tulsa Tech and I read your piece on pipeline inspection. Are there any openings on your inspection team? I'm available to begin right away.\n\nThanks,\nLuis Ferrer", /available to begin/],
    ['an offer to do any work', "Hey Tomas,\n\nI'm finishing a carpentry certificate at Red Rocks and saw your timber-frame barn on Instagram. Is your shop hiring this fall? I'll happily take anything: sweeping, deliveries, sanding.\n\nBest,\nJune", /take anything/],
    ['a sentence that says they seek a role', 'Dear Mr. Achebe,\n\nI am a quantity surveyor with six years in Lagos, now settled in Leeds. Seeking a junior estimator position with your firm. Please let me know of any vacancies.\n\nKind regards,\nFemi Balogun', /Seeking a junior estimator/],
    ['their background adding value', 'Dear Ms. Lindgren,\n\nI recently finished my MS in operations research at Georgia Tech. I would welcome a chance to discuss how my skills could bring real value to the pricing group at Kroger. Please send me any openings.\n\nBest,\nArjun Rao', /bring real value/],
    ['a résumé dropped off in person', "Hi Chef Aoki,\n\nI'm a line cook at a ramen bar in Portland and I loved your talk at the Feast festival. Is your kitchen hiring? Could I stop in on a weekday afternoon with my CV?\n\nThanks,\nMina", /with my CV/],
    ['a word on referrals', "Hi Dana,\n\nI'm a nurse in Tucson and I saw your post about the travel ICU contract at Banner. Could you refer me for the next cohort? I hear referrals count for a lot there.\n\nThanks so much,\nPriya", /referrals count/],
    ['a list of openings to be put on', "Hi Dr. Osei,\n\nWe met at the AGU fall meeting in Chicago. I'm finishing my MS in hydrology. Could you forward me any openings you hear about? I'd also be glad to be put on any mailing lists you know of.\n\nAll the best,\nNora Quinn", /mailing lists/],
    ['their suppliers asked for', "Hi Bea,\n\nMy uncle Ray says you grew Flour Bell from a farmers' market stall into two bakeries. I'm planning a bakery of my own in Boise. Could you review my business plan (attached)? Also, could you share your wholesale suppliers with me?\n\nThank you,\nGus Marr", /wholesale suppliers/],
  ])('%s', (_n, draft, plea) => {
    const out = edited(draft);
    expect(out).not.toMatch(plea);
    // The message still asks for the conversation, once.
    expect(sentences(out).filter((s) => /\b(?:would you have|could we|can we)\b/i.test(s)).length).toBe(1);
  });

  it('reads the pleas as favours, and the informational sentences beside them as none', () => {
    for (const s of ["I'm ready to start immediately.", 'Would love to get on your crew this summer.', "I'm looking for an apprenticeship in a cabinet shop.", 'I can begin any day.']) {
      expect(JOB_PLEA.test(s), s).toBe(true);
      expect(FAVOUR.test(s), s).toBe(true);
    }
    for (const s of [
      "I'm free to work around your schedule.",
      "I'd take whatever time you can spare.",
      "I'm looking for insight into the role of a charge nurse.",
      'I would love to hear how you came to be on the team at Pixar.',
      'How do you bring value to your clients as a solo appraiser?',
      'I hear the work is seasonal.',
    ]) {
      expect(JOB_PLEA.test(s), s).toBe(false);
    }
  });
});

/**
 * Round 7 and 8 blind readers: what leaned on a favour stays after the favour is taken out — the
 * writer's own ask said as an addition to it ("'I'd also appreciate' now has nothing before it",
 * "'first' before what?"), the favour's deadline ("anything by Sunday would be amazing" after a call is
 * asked), and what a word or a letter from them would do ("a word from you would really help"). They go
 * with the favour: the addition's word, the deadline's sentence, the praise of the favour.
 */
describe('edited drafts, round 11: nothing leans on a favour taken out', () => {
  it.each([
    ['"also" in the writer’s ask', "Dear Ms. Pryor,\n\nI'm a second-year geology student at Colorado School of Mines and I'm very interested in mine reclamation. I've attached my CV and I'd be grateful if you could pass it along to the hiring lead for the field internship. I would also welcome 15 minutes to hear about your work whenever suits you.\n\nBest regards,\nOwen Tate", /\balso\b/],
    ['"first" in the writer’s ask', "Hi Renata,\n\nI read your Atlantic piece on wildfire smoke data. I'm a public health grad moving into data reporting. Would you be willing to introduce me to your desk editor? Glad to talk for 20 minutes first if that's useful.\n\nThanks,\nSami", /\bfirst\b/],
    ['"also" opening the writer’s ask', "Hi Dr. Lowe,\n\nWe met at the ASM meeting in Houston. I'm finishing my MS in microbiology. Could you send me any openings you hear about? Also happy to chat for 15 minutes about your work.\n\nBest,\nIris", /\bAlso\b/],
  ])('%s', (_n, draft, word) => {
    const out = edited(draft);
    expect(out).not.toMatch(word);
    // The writer's own ask stays, the favour goes.
    expect(out).toMatch(/\b(?:15|20) minutes\b/);
    expect(out).not.toMatch(/pass it along|introduce me|send me any/);
  });

  it('"also" in the writer’s words about a call, with no minutes and no stock ask shape', () => {
    const out = edited("Dear Mr. Quist,\n\nI'm a new MLS graduate from Pratt with a focus on digital preservation, and Dr. Lena Ruiz suggested I write to you. I'd be grateful if you could pass along my résumé to the hiring lead at the Newberry. I'd also welcome a short call whenever suits you.\n\nMany thanks,\nTheo Park");
    expect(out).not.toMatch(/pass along|\balso\b/);
    expect(out).toContain("I'd welcome a short call whenever suits you.");
  });

  it('the favour’s deadline goes with the favour', () => {
    const out = edited("Hi Corinne,\n\nWe met at the PRSA mixer in Denver. I'm applying for a communications role at Children's Hospital Colorado and wondered if you could read over my writing samples (attached) and tell me what you'd change? No pressure at all, but the deadline is Friday, so anything by Thursday would be wonderful.\n\nThanks so much,\nAbby");
    expect(out).not.toMatch(/deadline|by Thursday/);
    expect(out).toMatch(/\?/);
  });

  it('a word or a letter from them praised beside the favour goes with it', () => {
    const one = edited("Hi Marco,\n\nThanks for connecting! I'm applying to the junior designer opening at Pentagram, which I think is your studio. Could you flag my application to the design director? I know it's a big ask, but a good word from you could make all the difference.\n\nBest,\nLena");
    expect(one).not.toMatch(/word from you/);
    const two = edited("Dear Dr. Faulk,\n\nI volunteered at your clinic for a month last summer (I'm Ben's cousin). I'm applying to PA programs and need another letter from a practising PA. Would you be willing to write me a letter? The CASPA deadline is Sept 1, so if you could submit it by mid-August that would be ideal.\n\nThank you!\nTara Boyd");
    expect(two).not.toMatch(/another letter|deadline|submit it/);
  });
});

/**
 * Round 7 and 8 blind readers: a list of credentials in parentheses kept whole ("reads like a job
 * application", "distracts from a good ask"). The aside goes, and the words before it stay (who they are).
 */
describe('edited drafts, round 11: a list of credentials in parentheses goes', () => {
  it.each([
    ['an email', "Dear Ms. Arnaud,\n\nI'm a junior in chemical engineering at Rice (GPA 3.88, Dean's List four semesters, AIChE chapter president, winner of the 2024 ChemE Car Competition). I read your Nature piece on green hydrogen and would love to hear how you moved from the lab into project development.\n\nWould you have 20 minutes for a call in the next few weeks? Tuesdays after 3 p.m. CT suit me.\n\nBest regards,\nMaya Lindqvist", 'a junior in chemical engineering at Rice.', /GPA|Dean's List|president|winner/],
    ['a message with a longer list', "Dear Mr. Haddad,\n\nThanks for connecting. I'm a new graduate of the paramedic program at Broward College (class valedictorian, summa cum laude, NREMT certified on the first attempt, Phi Theta Kappa, Dean's scholarship recipient). Your post on community paramedicine caught my eye. Might you spare 15 minutes by phone to share how your county started its program? Thursday mornings work for me.\n\nRespectfully,\nLena Ortiz", 'a new graduate of the paramedic program at Broward College.', /valedictorian|cum laude|scholarship/],
  ])('%s', (_n, draft, kept, gone) => {
    const out = edited(draft);
    expect(out).toContain(kept);
    expect(out).not.toMatch(gone);
  });

  it('keeps an aside that is no list of credentials, and a sentence of them the writer may need', () => {
    const aside = "Hi Ms. Reyes,\n\nI'm a second-year nursing student at UNM (I work nights as a CNA, so mornings are hard). I'd love to hear how you moved into flight nursing.\n\nWould you have 20 minutes for a call in the next few weeks? Afternoons after 2 suit me.\n\nThanks,\nAna";
    expect(edited(aside)).toContain('(I work nights as a CNA, so mornings are hard)');
  });
});

/**
 * Round 8 readers on a voicemail: the request to be called back was taken out as extra work, with the
 * writer's name said again after it, "leaving the number with no ask". In a call, being called back is
 * the ask: no edit takes it, nor the name that follows it.
 */
describe('edited drafts, round 11: a voicemail keeps its callback', () => {
  it('no deletion of the callback request or the name said again', () => {
    const draft = "Hi, this message is for Ines Faria. This is Carl Mott, I met you at the beekeepers' fair in Salem, and I've been keeping two hives for a few years and wondered how you turned it into a business. Anyway, if you could give me a call back when you get a minute that'd be great. It's Carl. My number is 971-555-0148. Thanks, bye.";
    const context = { channel: 'phone' as const };
    const facts = extractFacts(draft, context);
    const sentences = analyse(draft).sentences.map((x) => {
      const lead = /^\s*/.exec(x.text)![0].length;
      return { ...x, start: x.start + lead, text: x.text.slice(lead) };
    });
    const callback = sentences.find((x) => x.text.startsWith('Anyway'))!;
    const name = sentences.find((x) => x.text === "It's Carl.")!;
    const proposed = [{ id: 'a', ruleId: 'outreach.no-extra-labour', kind: 'delete' as const, start: callback.start, end: callback.end + 1, text: '', reason: 'extra work' }];
    const kept = conservativeEdits({ draft, edits: proposed, facts, context, sentences });
    expect(kept.some((e) => e.start < callback.end && e.end > callback.start)).toBe(false);
    expect(kept.some((e) => e.start < name.end && e.end > name.start)).toBe(false);
  });
});

describe('edited drafts, round 11: a referral, a pitch and a wish to ask', () => {
  it('an employee referral goes, and no stock ask is put beside the writer’s own wish for a call', () => {
    const out = edited("Dear Ms. Hale,\n\nI saw that you lead the underwriting team at Erie Insurance in Pittsburgh. I applied for the Underwriting Trainee opening and I'm confident I'm a great fit. Could you put in an employee referral for me? I'd also be glad to have a 20-minute call if that would help.\n\nBest regards,\nNoah Park");
    expect(out).not.toMatch(/employee referral|great fit|Would you have/);
    expect(out).toContain('glad to have a 20-minute call');
  });

  it('a call’s favour said as a wish to ask becomes the spoken ask', () => {
    const out = offlineOutreachCritique("Hello, is this Mr. Duarte? My name is Irina Popescu, I found your number on the port authority website. I am customs broker trainee and I just passed the license exam. I want to ask if you can please look at my application and tell your manager I am a good candidate. Thank you very much.", { channel: 'phone' }).editedDraft ?? '';
    expect(out).not.toMatch(/look at my application|good candidate/);
    expect(out).toMatch(/Would you have time for a short call sometime to tell me about your work\?/);
  });
});

/**
 * Round 7 and 8 readers: a short "Thanks!" put on its own line above the writer's closing ("Cheers,",
 * "Peace,") is a second sign-off; a subject that still names the review or the mentoring the edits took
 * out ("Would you mind taking a look?", "… feedback") no longer matches the message.
 */
describe('edited drafts, round 11: one closing, a subject that matches', () => {
  it('a casual draft’s thanks ends its last paragraph, never a line above the closing', () => {
    const out = edited("hey Priya,\n\nsaw ur talk at the Denver dev meetup, im a bootcamp grad getting into data eng. could we grab 20 min on zoom sometime next week? tues or wed evening works\n\nCheers,\nomar");
    expect(out).not.toMatch(/\n\s*Thanks!\s*\n/);
    expect(out.trimEnd().endsWith('Cheers,\nomar')).toBe(true);
  });

  it('a subject naming feedback, a look or mentoring goes once the body no longer asks it', () => {
    const body = "Hi Jo,\n\nWe met at the SXSW mixer. Would you have time for a short call about your work?\n\nThanks,\nAl";
    for (const subject of ['Pitch deck feedback', 'Would you mind taking a look?', 'Mentorship?']) expect(favourInSubject(subject, body), subject).toBeTruthy();
    expect(favourInSubject('Question from a fellow Longhorn', body)).toBeUndefined();
  });
});
