import { describe, expect, it } from 'vitest';
import { PRESET_PERSONAS } from '../../../../../shared/practice/presets.ts';
import { fromForm, toForm } from './persona-form.ts';

describe('persona form', () => {
  it('round-trips every preset card', () => {
    // The form edits the card's fields; a preset's knowledge-card facts are not form fields (the editor keeps them while the person stays the same).
    for (const { card } of PRESET_PERSONAS) {
      const { facts: _facts, ...fields } = card;
      expect(fromForm(toForm(card))).toEqual({ card: fields });
    }
  });

  it('names the fields that are wrong', () => {
    const form = { ...toForm(PRESET_PERSONAS[0]!.card), careerPath: 'Only | one | step | here', name: '' };
    const result = fromForm(form);
    expect('problems' in result && result.problems.join('\n')).toMatch(/name/);
    expect('problems' in result && result.problems.join('\n')).toMatch(/careerPath/);
  });
});
