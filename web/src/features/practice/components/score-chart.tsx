import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import { cx } from '../styles.ts';
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
    const data: uPlot.AlignedData = [points.map((p) => Date.parse(p.at) / 1000), points.map((p) => p.score)];
    const chart = new uPlot(
      {
        width: Math.max(260, el.clientWidth),
        height: 220,
        // One session has no span of time: show the day around it.
        scales: { x: { time: true, range: (_u, min, max) => (min === max ? [min - 43_200, max + 43_200] : [min, max]) }, y: { range: [0, 100] } },
        series: [{}, { label: 'Score', stroke: '#1f4f46', width: 2, points: { show: true, size: 7 } }],
        axes: [{}, { label: 'score' }],
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
