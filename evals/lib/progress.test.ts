import { describe, expect, it } from 'vitest';
import { progressBar } from './progress.ts';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream };
}

describe('progressBar', () => {
  it('draws on a terminal and clears its line at the end', () => {
    const { written, stream: s } = stream(true);
    const bar = progressBar(s, {});
    bar.update(4, 4, 'outreach critique');
    bar.clear();
    expect(written).toEqual([`\r  ${'█'.repeat(28)} 4/4  ${'outreach critique'.padEnd(40)}`, '\r\x1b[2K']);
  });

  it('is silent in CI and when the output is piped', () => {
    for (const [isTTY, env] of [[true, { CI: 'true' }], [false, {}]] as const) {
      const { written, stream: s } = stream(isTTY);
      const bar = progressBar(s, env);
      bar.update(1, 2, 'x');
      bar.clear();
      expect(written).toEqual([]);
    }
  });
});
