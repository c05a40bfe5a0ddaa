import { describe, expect, it } from 'vitest';
import { PersonaCard } from '../contracts/practice.ts';
import { PRESET_PERSONAS } from './presets.ts';

describe('preset personas', () => {
  it('are at least six, each a valid card', () => {
    expect(PRESET_PERSONAS.length).toBeGreaterThanOrEqual(6);
    for (const preset of PRESET_PERSONAS) expect(PersonaCard.safeParse(preset.card).error).toBeUndefined();
  });

  it('are in distinct fields, with unique ids and names', () => {
    for (const key of ['id', 'name', 'field'] as const) {
      const values = PRESET_PERSONAS.map((p) => (key === 'id' ? p.id : p.card[key]));
      expect(new Set(values).size).toBe(values.length);
    }
  });

  it('have enough to say for a 20-minute conversation (at least 40 distinct lines each)', () => {
    for (const { card } of PRESET_PERSONAS) {
      const lines = [
        ...card.typicalWeek, ...card.enjoys, ...card.findsHard, ...card.advice, ...card.skills, ...card.gettingStarted,
        ...card.trends, ...card.reading, ...card.associations, ...card.surprises, ...card.culture, ...card.curiosity,
        ...card.careerPath.map((s) => s.note), ...card.referrals.map((r) => r.why),
      ];
      expect(new Set(lines).size, card.name).toBeGreaterThanOrEqual(40);
    }
  });
});

describe('PersonaCard contract', () => {
  const card = PRESET_PERSONAS[0]!.card;
  it('rejects a career path under three steps and a salary range upside down', () => {
    expect(PersonaCard.safeParse({ ...card, careerPath: card.careerPath.slice(0, 2) }).success).toBe(false);
    expect(PersonaCard.safeParse({ ...card, entrySalary: { ...card.entrySalary, low: 200_000 } }).success).toBe(false);
    expect(PersonaCard.safeParse({ ...card, temperament: 'grumpy' }).success).toBe(false);
  });
});
