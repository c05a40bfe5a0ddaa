import { describe, expect, it } from 'vitest';
import { PersonaCard } from '../contracts/practice.ts';
import { draftCardFromProfile } from './profile-draft.ts';
import { BIO, LINKEDIN_PASTE } from './profile-draft.fixtures.ts';

describe('draftCardFromProfile', () => {
  it('reads the name, the roles with dates (oldest first) and the education of a pasted LinkedIn profile', () => {
    const { card, found } = draftCardFromProfile(LINKEDIN_PASTE, 2026);
    expect(PersonaCard.safeParse(card).success).toBe(true);
    expect(found).toEqual({ name: true, roles: 3, education: 1 });
    expect(card.name).toBe('Maria Gonzalez');
    expect(card.role).toBe('Senior Program Manager');
    expect(card.organization).toBe('Riverbend Food Bank');
    expect(card.careerPath.map((s) => [s.role, s.organization, s.years])).toEqual([
      ['AmeriCorps VISTA', 'Habitat for Humanity', '2015–2016'],
      ['Volunteer Coordinator', 'Riverbend Food Bank', '2016–2020'],
      ['Senior Program Manager', 'Riverbend Food Bank', '2020–now'],
    ]);
    expect(card.yearsInField).toBe(11);
    expect(card.publicProfile.education).toEqual(['BA, Sociology, University of Texas at Austin']);
    expect(card.publicProfile.summary).toMatch(/partner pantries/);
  });

  it('reads a short bio in prose', () => {
    const { card } = draftCardFromProfile(BIO, 2026);
    expect(card.name).toBe('Alan Reyes');
    expect(card.role).toBe('Clinical research coordinator');
    expect(card.organization).toBe('Mercy Health');
    expect(card.careerPath.map((s) => s.years)).toEqual(['before my first job', '2014–2019', '2019–now']);
    expect(card.publicProfile.education).toEqual(['B.S. in Biology, Ohio State University']);
  });

  it('still drafts a valid card from text with nothing it recognises', () => {
    const { card, found } = draftCardFromProfile('someone I met at a conference, works on water stuff', 2026);
    expect(PersonaCard.safeParse(card).success).toBe(true);
    expect(found.roles).toBe(0);
  });
});
