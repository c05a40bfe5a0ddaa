import { describe, expect, it } from 'vitest';
import { guideName, guideNames, withGuideNames } from './guides.ts';

describe('guide names', () => {
  it('names a known guide and keeps an unknown file as it is', () => {
    expect(guideName('004_dec1d6c4ab16813b.txt')).toBe('“Breaking into Repro”, a reproductive-health careers guide');
    expect(guideName('999_0000000000000000.txt')).toBe('999_0000000000000000.txt');
  });

  it('lists each guide once', () => {
    expect(guideNames(['001_e8fb9925143dd3b5.txt', '001_e8fb9925143dd3b5.txt'])).toEqual(['a university career center’s guide']);
  });

  it('replaces file names inside advice text', () => {
    expect(withGuideNames('As the guide puts it: “Be brief.” (000_e59610dcce94501e.txt)')).toBe(
      'As the guide puts it: “Be brief.” (a career column on informational interviews)',
    );
  });
});
