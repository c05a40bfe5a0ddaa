import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import { cx } from '../styles.ts';
import { timeAxis } from '../utils/time-axis.ts';
import 'uplot/dist/uPlot.min.css';

export interface ScorePoint {
  at: string;
  score: number;
}

/** Debrief scores over time (uPlot), sized to its container. The default export is what React.lazy loads. */
export default function ScoreChart({ points }: { points: readonly ScorePoint[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const times = points.map((p) => Date.parse(p.at) / 1000);
    const data: uPlot.AlignedData = [times, points.map((p) => p.score)];
    // Readable time ticks for 1, 2 or many sessions (utils/time-axis.ts), in the theme's colors.
    const axis = timeAxis(times);
    const style = getComputedStyle(el);
    const ink = style.getPropertyValue('--muted').trim() || '#555';
    const grid = style.getPropertyValue('--border').trim() || '#ddd';
    const line = style.getPropertyValue('--brand').trim() || '#1f4f46';
    const axisStyle = { stroke: ink, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
    const chart = new uPlot(
      {
        width: Math.max(260, el.clientWidth),
        height: 220,
        scales: { x: { time: true, range: () => [axis.min, axis.max] }, y: { range: [0, 100] } },
        series: [{}, { label: 'Score', stroke: line, width: 2, points: { show: true, size: 7, fill: line } }],
        axes: [
          { ...axisStyle, splits: () => axis.ticks, values: (_u, splits) => splits.map(axis.label) },
          { ...axisStyle, label: 'score', splits: () => [0, 25, 50, 75, 100] },
        ],
        legend: { show: false },
      },
      data,
      el,
    );
    const resize = () => chart.setSize({ width: Math.max(260, el.clientWidth), height: 220 });
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.destroy();
    };
  }, [points]);
  return <div ref={box} className={cx('score-chart')} data-testid="score-chart" role="img" aria-label={`Scores of ${points.length} sessions over time`} />;
}
