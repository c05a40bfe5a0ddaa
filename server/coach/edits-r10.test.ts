import { describe, expect, it } from 'vitest';
import { closingStart, inlineSignoffAt } from '../text/shapes.ts';
import { analyse } from '../text/nlp.ts';
import { OWN_ASK } from './edit-policy.ts';
import { favourPurpose } from './fresh-draft.ts';
import { offlineOutreachCritique } from './offline-outreach.ts';

const edited = (draft: string) => offlineOutreachCritique(draft, {}).editedDraft ?? draft;
/** Sentences that ask for the meeting in any of the writer's phrasings the policy counts. */
const asks = (t: string) => analyse(t).sentences.filter((s) => OWN_ASK.test(s.text) || /\bWould you have\b/.test(s.text)).length;

/**
 * Round 8 blind readers on edited drafts (shapes, drafts written here): a stock line put after the
 * writer's signature or inside it ("Regards, R. I'm happy… Venkataraman", "Gracias, Lucía. Thank you…",
 * "…Mehta, PhD\n\nThank you…"), and a stock ask put beside the writer's own ask in words the policy
 * did not count ("would really value 20 minutes", "could possibly spare 15 minutes", "would be cool to
 * chat", "I've sent you a calendar invite").
 */
describe('edited drafts, round 10: the signature stays last', () => {
  it.each([
    ['an inline closing with an initial', 'Dear Mr. Osei: ten years in freight forwarding, licensed broker, fluent in three languages. Looking for a senior compliance role at Maersk. Please let me know of any openings. Best regards, T. Mensah-Boateng', 'Best regards, T. Mensah-Boateng'],
    ['thanks in the writer’s language, inline', 'Hi Mr. Duval, I tune pianos in Lyon and your article on regulating grand actions was wonderful. Would you have 20 min for a call next week to tell me how you trained? Tuesday after 5pm works. Merci, Élodie', 'Merci, Élodie'],
    ['a name line with a degree', 'Dear Ms. Harrow,\n\nI am a hospital chaplain resident at Emory and I read your piece on palliative care teams. I would like to hear how you moved into hospice leadership.\n\nWould you have 20 minutes for a call in the next few weeks? I am free Mondays after 2 p.m.\n\nWith kind regards,\nSamuel Okafor, MDiv', 'With kind regards,\nSamuel Okafor, MDiv'],
  ])('%s', (_n, draft, signature) => {
    const out = edited(draft);
    expect(out.trimEnd().endsWith(signature)).toBe(true);
  });

  it('finds the inline sign-off, and none in a sentence that only ends in a name', () => {
    expect(inlineSignoffAt('We met at the expo. Cheers, Dana Ruiz')).toBe('We met at the expo.'.length);
    expect(inlineSignoffAt('We met at the expo. I spoke with Dana Ruiz')).toBeUndefined();
    expect(closingStart('Is Thursday ok? Gracias, Lucía')).toBe('Is Thursday ok?'.length);
    expect(closingStart('Dear Ms. Lee,\n\nThanks for the talk.\n\nWith best regards,\nPriya Nair, PhD')).toBe('Dear Ms. Lee,\n\nThanks for the talk.'.length);
  });

  it('no stock thanks beside a thanks in the writer’s own language at the end of the line', () => {
    const out = edited('Hi Ms. Conti, I am a first-year nursing student in Turin and your talk on wound care stayed with me. Could we talk for 15 min next week about your path? Friday morning is best. Grazie, Marta');
    expect(out).not.toMatch(/Thank you for considering it/);
  });
});

describe('edited drafts, round 10: no stock ask beside the writer’s own', () => {
  it.each([
    ['a wish for minutes with no "I"', 'Dear Ms. Aalto,\n\nI am a second-year student in railway engineering at Aalto University. I saw your talk on signalling upgrades and would really value 15 minutes to hear how you moved from design into testing.\n\nI am free Wednesday mornings.\n\nKind regards,\nJussi Lehtonen'],
    ['minutes the reader could spare', 'Dear Mr. Park,\n\nI am a mechanic thinking about elevator inspection. My uncle Tom Reyes worked with you at the county. If you could perhaps spare 20 minutes sometime to tell me about the inspection side, I would be grateful.\n\nThank you,\nDavid Cho'],
    ['"would be cool to chat"', 'hey Rosa saw ur talk at the beekeepers meetup. im starting my first hives this spring, would be cool to chat for 20 min sometime about overwintering. free most weekends'],
    ['an invite already sent', 'Dr. Haas,\n\nI am a PhD student in hydrology at Utah State. I am curious how you moved from academia into the state water office. I have sent you a calendar invite for Friday at 2 p.m. for a 1/2 hour Teams call; if that is no good, please suggest another time.\n\nBest,\nNora Bell'],
  ])('%s', (_n, draft) => {
    const out = edited(draft);
    expect(asks(out)).toBeLessThanOrEqual(asks(draft));
    expect(out).not.toMatch(/Would you have (?:\d+ minutes|time) (?:to talk|for a short)/);
  });
});

describe('edited drafts, round 10: the ask that replaces a job ask says what the writer wants to hear about', () => {
  it.each([
    ['a lower-case role the writer applied for', 'Hi Priya, I see you manage signalling projects at Network Rail. I just applied for the junior signal technician posting there. Could you pass my CV to the hiring manager? Thanks, Owen', /signal technician/],
    ['a role with a level, in a deleted sentence', 'Hi Tomas,\n\nWe met at the piano technicians convention in Denver last spring. I have applied for the Concert Piano Technician II position at the Kennedy Center and wondered if you could put in a good word with the head of the department?\n\nThanks so much!\nLena Brooks', /concert piano technician(?! II)/],
  ])('%s', (_n, draft, role) => {
    const out = edited(draft);
    expect(out).toMatch(role);
    expect(out).toMatch(/\?/);
    expect(out).not.toMatch(/\bpass my CV\b|\bgood word\b/);
  });

  it('a role the edited draft still names is not said again', () => {
    const out = edited('Hi Ms. Ortiz,\n\nI am applying to the customs broker exam this spring and I need one more reference letter. Would you write one for me by Friday?\n\nThank you,\nAmir');
    expect(out.match(/customs broker/g)?.length ?? 0).toBeLessThanOrEqual(1);
  });
});

describe('favourPurpose, round 10', () => {
  it('reads no preposition as the role asked about ("hiring for editors")', () => {
    const line = favourPurpose('Hey Sam, are you hiring for editors this fall? I cut two short films last year. lmk!') ?? '';
    expect(line).not.toMatch(/\ban? for\b/);
  });
  it('names a role after "applied for" in lower case, without its level', () => {
    expect(favourPurpose('I applied for the Elevator Inspector II position last week. Could you refer me?')).toMatch(/the work of an elevator inspector looks like/);
    expect(favourPurpose('I applied for a junior customs broker job with Expeditors. Can you pass my name on?')).toMatch(/the work of a junior customs broker looks like/);
  });
});
