import { describe, expect, it } from 'vitest';
import { offlineOutreachCritique } from '../coach/offline-outreach.ts';
import { channelContext, extractFacts } from './facts.ts';

// Round 12: the readers of round 9 found "[Your name]" in drafts whose writer had signed or introduced
// themself in a form the fact reader missed. Drafts written for these tests (not the readers' dev set).

describe('the writer’s name, in every form people sign or introduce themselves (blind readers, round 9)', () => {
  it.each([
    // A one-paragraph note closed by any short closing, a comma, then a name of one to three words.
    ['Hi Ms. Varga, I run the tool crib at a plant in Akron and read your post on predictive maintenance. Could we talk for 15 minutes next week? Many thanks indeed, Oskar Lindgren', 'Oskar Lindgren'],
    ['Hello Dr. Paku, I’m a marine science junior at UH Mānoa. Could I ask you about reef restoration work over a 20-minute call? Aloha nui, Kainoa', 'Kainoa'],
    ['Dear Mr. Okoro, I am a third-year apprentice electrician. Might you spare 15 minutes to talk about estimating? Gratefully yours, Femi Adewale', 'Femi Adewale'],
    ['Hi Tess, I saw your panel at the Portland climbing gym. Could I buy you a coffee and ask how you became a route setter? Thank you, Marguerite de Vries', 'Marguerite de Vries'],
    // A name after a dash at the note's end, with no stop before it.
    ['hey Lena saw ur mural on 5th, im a sophomore doing illustration. could we chat 15 min some weekend? no worries if ur busy — Priyanka', 'Priyanka'],
    // "its X" with no apostrophe at a clause's start.
    ['hi Coach Dale, its Marcus from the Saturday clinic. thinking about coaching after school, got 10 min this week?', 'Marcus'],
    ['yo Sam its Delia, Rob’s cousin. ur at the brewery downtown right? could i ask u a few things about brewing', 'Delia'],
    // "X here" after a dash.
    ['Mr. Haddad — Omar Farouk here, a welding student at Lincoln Tech. Could I ask you about pipeline work for 15 minutes?', 'Omar Farouk'],
  ])('finds the name in %j', (draft, name) => expect(extractFacts(draft).name?.text).toBe(name));

  it('finds the name above a school line or a P.S. under the signature', () => {
    expect(extractFacts('Dear Ms. Hart,\n\nI’m a first-year law student and heard your talk on tenant rights. Could we speak for 20 minutes?\n\nWith thanks,\nAmara Nwosu\nGeorgetown University Law Center, Class of 2027').name?.text).toBe('Amara Nwosu');
    expect(extractFacts('Hi Jules,\n\nChef Ortiz suggested I write. Could I ask about your move into bread for 20 minutes some Monday?\n\nBest,\nTomás Rivera\n\nP.S. Your sourdough class was the reason I started baking.').name?.text).toBe('Tomás Rivera');
  });

  it('reads no name into a closing that speaks to the reader or names a day', () => {
    expect(extractFacts('Hi Maria, I’m a nursing student at Pace. Could we talk for 15 minutes? Let me know, Maria').name).toBeUndefined();
    expect(extractFacts('Hi Jo, I’m a nursing student at Pace. Could we talk for 15 minutes? Free Monday, Tuesday').name).toBeUndefined();
    expect(extractFacts('Hi Jo, could we talk for 15 minutes? I’m free most days - Monday').name).toBeUndefined();
  });

  it('puts no [Your name] in the offered drafts when the writer signed the note', () => {
    const draft = 'Hi Dr. Amsel - I map floodplains for the county and caught your talk on lidar last spring. I’d love to hear how you moved from production mapping into research. Would a 20 min call on Tues 4/8 or Thu 4/10 work? If not, name a time and I’ll make it work. Much appreciated, Ingrid Solberg';
    const r = offlineOutreachCritique(draft, channelContext('email'));
    for (const text of [r.editedDraft, r.freshDraft?.text].filter((t): t is string => !!t)) {
      expect(text).not.toContain('[Your name]');
      expect(text).toContain('Ingrid');
    }
  });
});
