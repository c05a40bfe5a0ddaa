import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENDA_TITLE, suggestedAgendaTitle } from './agenda-title.ts';

describe('suggestedAgendaTitle', () => {
  it('names who the agenda is for: role and organization, either alone, or the field', () => {
    expect(suggestedAgendaTitle({ role: 'Program Director', organization: 'Green Futures Alliance', field: 'sustainability' })).toBe(
      'Program Director, Green Futures Alliance',
    );
    expect(suggestedAgendaTitle({ role: ' Staff Engineer ' })).toBe('Staff Engineer');
    expect(suggestedAgendaTitle({ organization: 'Railyard' })).toBe('Railyard');
    expect(suggestedAgendaTitle({ field: 'UX research' })).toBe('Informational interview: UX research');
  });

  it('falls back to the plain title with nothing known, blanks only, or a title past the 120-character cap', () => {
    expect(suggestedAgendaTitle({})).toBe(DEFAULT_AGENDA_TITLE);
    expect(suggestedAgendaTitle({ role: '  ', organization: '' })).toBe(DEFAULT_AGENDA_TITLE);
    expect(suggestedAgendaTitle({ role: 'r'.repeat(100), organization: 'o'.repeat(30) })).toBe(DEFAULT_AGENDA_TITLE);
  });
});
