import { describe, expect, it } from 'vitest';
import { parseEvalArgs, UsageError } from './args.ts';

describe('parseEvalArgs', () => {
  it('runs offline by default, 16 cases at once, once each, with the cache on', () => {
    expect(parseEvalArgs([])).toEqual({ model: false, judge: false, repeat: 1, concurrency: 16, filter: undefined, bless: false, cache: true, out: undefined, help: false });
  });

  it('with --model: 4 at once and the judge on; every option parsed', () => {
    expect(parseEvalArgs(['--model', '--repeat', '3', '--filter', ' linkedin ', '--bless', '--no-cache', '--out', 'tmp/r'])).toEqual({
      model: true, judge: true, repeat: 3, concurrency: 4, filter: 'linkedin', bless: true, cache: false, out: 'tmp/r', help: false,
    });
    expect(parseEvalArgs(['--concurrency', '2']).concurrency).toBe(2);
  });

  it('refuses a bad number or an unknown option, naming it', () => {
    expect(() => parseEvalArgs(['--repeat', 'two'])).toThrow(new UsageError('--repeat must be a whole number from 1 to 100, not "two"'));
    expect(() => parseEvalArgs(['--concurrency', '0'])).toThrow(UsageError);
    expect(() => parseEvalArgs(['--modle'])).toThrow(UsageError);
  });
});
