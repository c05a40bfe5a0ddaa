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
    expect('problems' in result && result.problems.join('\n')).toMatch(/name/i);
    expect('problems' in result && result.problems.join('\n')).toMatch(/career path/i);
  });

  // A newcomer saw "careerPath.0.years: Too small: expected string to have >=1 characters".
  it('says each problem in the form’s own words, once, never as a schema path', () => {
    const form = { ...toForm(PRESET_PERSONAS[0]!.card), name: '', careerPath: 'one | two', yearsInField: 'many', enjoys: '' };
    const result = fromForm(form);
    if (!('problems' in result)) throw new Error('expected problems');
    expect(result.problems).toEqual([
      'Name is empty.',
      'Years in the field must be a number.',
      'Career path, line 1: give every part, separated by “|”: role | organization | years | what it taught them.',
      'Career path needs at least 3 lines.',
      'What they enjoy needs at least 1 line.',
    ]);
    for (const problem of result.problems) expect(problem).not.toMatch(/careerPath|publicProfile|expected|>=/);
  });
});
