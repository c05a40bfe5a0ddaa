import { describe, expect, it } from 'vitest';
import { analyse } from '../text/nlp.ts';
import { FAVOUR, JOB_PLEA } from '../text/shapes.ts';
import { offlineOutreachCritique } from './offline-outreach.ts';

const edited = (draft: string, channel?: 'phone-script') => offlineOutreachCritique(draft, channel ? { channel } : {}).editedDraft ?? draft;
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
