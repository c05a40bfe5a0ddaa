import { describe, expect, it } from 'vitest';
import { PRESET_BANKS, bankIndex } from '../../server/practice/persona-bank.ts';
import { PRESET_KEYS, retrievalLabels, scoreAll, scorePreset } from './retrieval-check.ts';

describe('the question bank ranker on the retrieval labels (dev, not blind)', () => {
  const scores = scoreAll();
  const total = (f: (s: (typeof scores)[number]) => number) => scores.reduce((a, s) => a + f(s), 0);
  it('labels every question, wrong-premise and referral turn of the used sets, with entries the banks hold', () => {
    expect(total((s) => s.n)).toBe(574);
    for (const key of Object.keys(PRESET_KEYS)) {
      const ids = new Set(PRESET_BANKS.get(PRESET_KEYS[key]!)!.map((e) => e.id));
      for (const label of retrievalLabels(key)) for (const id of [...label.best, ...label.partly]) expect(ids.has(id), `${key} ${label.id}: ${id}`).toBe(true);
    }
  });
  it('ranks an answering entry first for at least 73% of them (67.1% before the round-9 asks, 70.0% before coverage and head, 71.6% before the context prior)', () => {
    expect(total((s) => s.top1) / total((s) => s.covered)).toBeGreaterThanOrEqual(0.73);
    for (const s of scores) expect(s.top1 / s.covered, s.key).toBeGreaterThanOrEqual(0.55);
  });
  it('on the round-8 labels (84 turns, an engineer session): an answering entry first for at least 84% (82.1% before coverage and head, 83.3% before the context prior)', () => {
    const r8 = scoreAll({}, 'r8');
    const sum = (f: (s: (typeof r8)[number]) => number) => r8.reduce((a, s) => a + f(s), 0);
    expect(sum((s) => s.n)).toBe(84);
    for (const key of Object.keys(PRESET_KEYS)) {
      const ids = new Set(PRESET_BANKS.get(PRESET_KEYS[key]!)!.map((e) => e.id));
      for (const label of retrievalLabels(key, 'r8')) for (const id of [...label.best, ...label.partly]) expect(ids.has(id), `${key} ${label.id}: ${id}`).toBe(true);
    }
    expect(sum((s) => s.top1) / sum((s) => s.covered)).toBeGreaterThanOrEqual(0.84);
  });
  it('is deterministic: the same bank ranks the same way twice', () => {
    const bank = bankIndex(PRESET_BANKS.get(PRESET_KEYS.ux!)!);
    expect(scorePreset('ux', bank).misses).toEqual(scorePreset('ux', bank).misses);
  });
});
