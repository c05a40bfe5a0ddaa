/**
 * A progress bar on a terminal; silent in CI and when the output is piped (a log wants the
 * summary, not hundreds of redraws).
 */
export function progressBar(stream: NodeJS.WriteStream, env: Record<string, string | undefined>): {
  update: (done: number, total: number, label: string) => void;
  clear: () => void;
} {
  const live = Boolean(stream.isTTY) && !env.CI;
  let last = 0;
  let drawn = false;
  return {
    update(done, total, label) {
      if (!live) return;
      const now = Date.now();
      if (done < total && now - last < 80) return;
      last = now;
      const width = 28;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      stream.write(`\r  ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${done}/${total}  ${label.slice(0, 40).padEnd(40)}`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
