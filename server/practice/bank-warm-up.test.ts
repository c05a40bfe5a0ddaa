import { describe, expect, it } from 'vitest';
import { builtPresetBanks, PRESET_BANKS, presetBank, warmPresetBanks } from './persona-bank.ts';

// Its own file: a fresh module, so no earlier test has built an index yet.
describe('warmPresetBanks: the bank indexes built in the background after start-up', () => {
  it('builds every preset’s index, one preset a step, handing the loop back between them', async () => {
    expect(builtPresetBanks()).toEqual([]);
    const steps: Array<() => void> = [];
    const built: string[] = [];
    const done = warmPresetBanks({ onBuilt: (id) => built.push(id), yieldTo: (step) => void steps.push(step) });
    // Nothing is built on the caller's turn: the first step waits for the loop.
    expect(built).toEqual([]);
    const presets = [...PRESET_BANKS.keys()];
    for (let i = 0; i < presets.length; i++) {
      steps.shift()!();
      // Each step builds one preset, then hands the next step back to the loop.
      expect(built).toEqual(presets.slice(0, i + 1));
      expect(steps).toHaveLength(1);
    }
    steps.shift()!();
    await done;
    expect(builtPresetBanks().sort()).toEqual(presets.sort());
    // A request now finds the index built: the same object, not a new build.
    const index = presetBank(presets[0]!);
    expect(presetBank(presets[0]!)).toBe(index);
  });

  it('stops between presets when the server shuts down', async () => {
    const controller = new AbortController();
    const steps: Array<() => void> = [];
    const built: string[] = [];
    const done = warmPresetBanks({ onBuilt: (id) => built.push(id), yieldTo: (step) => void steps.push(step), signal: controller.signal });
    steps.shift()!();
    controller.abort();
    steps.shift()!();
    await done;
    expect(built).toHaveLength(1);
    expect(steps).toEqual([]);
  });
});
