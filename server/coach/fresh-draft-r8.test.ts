import { describe, expect, it } from 'vitest';
import { offlineOutreachCritique } from './offline-outreach.ts';

const fresh = (draft: string, context = {}) => offlineOutreachCritique(draft, context).freshDraft?.text ?? '';

describe('fresh draft, round 8 (blind readers, round 6)', () => {
  it('signs with the writer\'s name, its lowercase particle kept', () => {
    const out = fresh("Dear Dr. Okoye,\n\nAs one of the few senior women engineers at Airbus, I think you have a responsibility to help. I'm a second-year aerospace student at TU Delft and I'd like 45 minutes of your time next week. Please send me a few slots.\n\nBest,\nLotte de Vries");
    expect(out).not.toContain('[Your name]');
    expect(out).toContain('Lotte de Vries');
    expect(out).not.toContain('De Vries');
  });
  it('a number inside a pay question is no time amount, and "im Luis" is the caller', () => {
    const out = fresh("[Call script] yo is this Ray? ok so im Luis, Hector's cousin. real quick how much u making an hour as a journeyman now and is Local 433 taking apprentices this spring? i can start whenever", { channel: 'phone-script' });
    expect(out).not.toMatch(/an hour|60 minutes|\[Your name\]/);
    expect(out).toContain('Luis');
  });
});
