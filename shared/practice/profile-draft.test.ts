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
  // The field is the profession the bio states (its role or title words), never a topic word around it.
  it.each([
    ['Maya Chen is an environmental engineer at Brightwater Consulting, where she designs stormwater systems for cities. Her work focuses on climate resilience and sustainability.', 'environmental engineering', 'Environmental engineer'],
    ['Tom Park is a senior civil engineer with the City of Austin since 2016.', 'civil engineering', 'Senior civil engineer'],
    ['Aisha Bello has been an ICU nurse for twelve years, most recently at Riverside Hospital. She cares about patient safety and health equity.', 'nursing', 'ICU nurse'],
    ['Priya Natarajan has taught fourth grade at Maple Elementary School for nine years. She leads the school garden and its sustainability club.', 'education', 'Teacher'],
    ['Daniel Osei is a banking and finance lawyer at Hale & Morrow LLP, advising lenders on investment deals.', 'law', 'Banking and finance lawyer'],
    ['Grace Liu is a senior financial accountant at Northwind Foods, where she closes the books each month and works with the investment team.', 'accounting', 'Senior financial accountant'],
    ['Luca Romano is the executive chef at Trattoria Sole, where he runs a kitchen of twelve and designs a seasonal menu with local farms.', 'culinary arts', 'Executive chef'],
  ])('takes the field from the profession the bio states: %s', (bio, field, role) => {
    const { card } = draftCardFromProfile(bio, 2026);
    expect(card.field).toBe(field);
    expect(card.role).toBe(role);
    expect(PersonaCard.safeParse(card).success).toBe(true);
  });

  it('keeps the topic hints for a title that names no profession', () => {
    expect(draftCardFromProfile('Ana Ruiz is a program director at Green Futures Alliance.', 2026).card.field).toBe('nonprofits');
    expect(draftCardFromProfile('Sam Lee is an engineering manager at Stripe.', 2026).card.field).toBe('software engineering');
    expect(draftCardFromProfile('Kim Ode is the head of sustainability at Acme Foods.', 2026).card.field).toBe('sustainability');
  });
});
