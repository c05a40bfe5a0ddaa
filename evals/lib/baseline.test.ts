import { describe, expect, it } from 'vitest';
import { bless, diffBaseline, type BaselineFile, type BaselineSection } from './baseline.ts';

const section = (cases: BaselineSection['cases'], rules: BaselineSection['rules'] = {}): BaselineSection => ({ blessedAt: '2026-11-23T00:00:00.000Z', cases, rules });
const BEFORE: BaselineFile = {
  version: 1,
  coaches: {
    offline: section(
      {
        'outreach/steady': { passRate: 1, scores: { agree: 1 } },
        'outreach/worse': { passRate: 1, scores: { agree: 1, nouns: 1 } },
        'outreach/better': { passRate: 0, scores: { agree: 0.5 } },
        'outreach/slipped': { passRate: 1, scores: { agree: 1, nouns: 1 } },
        'outreach/dropped': { passRate: 1, scores: { agree: 1 } },
      },
      { 'outreach.brief': { precision: 1, recall: 1 }, 'outreach.gracious': { precision: 0.8, recall: 1 } },
    ),
  },
};
const NOW = section(
  {
    'outreach/steady': { passRate: 1, scores: { agree: 1 } },
    'outreach/worse': { passRate: 0, scores: { agree: 0.9, nouns: 1 } },
    'outreach/better': { passRate: 1, scores: { agree: 1 } },
    'outreach/slipped': { passRate: 1, scores: { agree: 1, nouns: 0.5 } },
    'outreach/brand new': { passRate: 1, scores: { agree: 1 } },
  },
  { 'outreach.brief': { precision: 0.9, recall: 1 }, 'outreach.gracious': { precision: 1, recall: 1 } },
);

describe('diffBaseline', () => {
  it('lists regressions and improvements case by case, new and gone cases, and checkers that moved', () => {
    expect(diffBaseline(BEFORE, 'offline', NOW, false)).toEqual({
      coach: 'offline',
      hasBaseline: true,
      blessedAt: '2026-11-23T00:00:00.000Z',
      regressions: [
        { id: 'outreach/worse', eval: 'outreach', case: 'worse', before: { passRate: 1, scores: { agree: 1, nouns: 1 } }, after: { passRate: 0, scores: { agree: 0.9, nouns: 1 } }, scorers: [{ scorer: 'agree', before: 1, after: 0.9 }] },
        { id: 'outreach/slipped', eval: 'outreach', case: 'slipped', before: { passRate: 1, scores: { agree: 1, nouns: 1 } }, after: { passRate: 1, scores: { agree: 1, nouns: 0.5 } }, scorers: [{ scorer: 'nouns', before: 1, after: 0.5 }] },
      ],
      improvements: [{ id: 'outreach/better', eval: 'outreach', case: 'better', before: { passRate: 0, scores: { agree: 0.5 } }, after: { passRate: 1, scores: { agree: 1 } }, scorers: [{ scorer: 'agree', before: 0.5, after: 1 }] }],
      added: ['outreach/brand new'],
      removed: ['outreach/dropped'],
      ruleRegressions: [{ ruleId: 'outreach.brief', before: { precision: 1, recall: 1 }, after: { precision: 0.9, recall: 1 } }],
      ruleImprovements: [{ ruleId: 'outreach.gracious', before: { precision: 0.8, recall: 1 }, after: { precision: 1, recall: 1 } }],
    });
  });

  it('does not call the cases a filtered run skipped gone', () => {
    expect(diffBaseline(BEFORE, 'offline', NOW, true).removed).toEqual([]);
  });

  it('compares a coach only with its own section', () => {
    expect(diffBaseline(BEFORE, 'openai@gpt-4.1-mini', NOW, false)).toEqual({
      coach: 'openai@gpt-4.1-mini', hasBaseline: false, regressions: [], improvements: [], added: [], removed: [], ruleRegressions: [], ruleImprovements: [],
    });
  });
});

describe('bless', () => {
  it('replaces the coach section on a full run and keeps the other coaches', () => {
    const withModel: BaselineFile = { version: 1, coaches: { ...BEFORE.coaches, 'openai@m': section({ 'outreach/x': { passRate: 1, scores: {} } }) } };
    const next = bless(withModel, 'offline', NOW, false);
    expect(next.coaches.offline).toEqual(NOW);
    expect(next.coaches['openai@m']).toEqual(withModel.coaches['openai@m']);
  });

  it('merges a filtered run into the section, keeping the cases it did not run', () => {
    const partial = section({ 'outreach/steady': { passRate: 0, scores: { agree: 0 } } });
    const next = bless(BEFORE, 'offline', partial, true);
    expect(next.coaches.offline?.cases['outreach/steady']).toEqual({ passRate: 0, scores: { agree: 0 } });
    expect(next.coaches.offline?.cases['outreach/dropped']).toEqual({ passRate: 1, scores: { agree: 1 } });
  });
});
