// Trains the fold models and the shipped model of a kind on two worker threads (they are
// independent, each seeded on its own: the weights are the same whatever the order they finish in).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type Example, train, type TrainOptions, type Weights } from './logreg.ts';

export interface TrainJob {
  /** Indices of the examples to train on. */
  indices: Int32Array;
  options: TrainOptions;
}

/** How many threads train at once: `TRAIN_THREADS`, else 2 (or 1 on a one-core machine). */
function threads(): number {
  const asked = Number(process.env.TRAIN_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  return Math.min(2, availableParallelism());
}

export async function trainMany(examples: readonly Example[], jobs: readonly TrainJob[]): Promise<Weights[]> {
  const n = Math.min(threads(), jobs.length);
  if (n <= 1) return jobs.map((j) => train([...j.indices].map((i) => examples[i]!), j.options));
  const results: Weights[] = new Array(jobs.length);
  let next = 0;
  const workers = Array.from({ length: n }, () => new Worker(new URL('./worker.ts', import.meta.url), { workerData: { examples } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const give = () => {
              if (next >= jobs.length) return resolve();
              const index = next++;
              worker.once('message', (weights: Weights) => {
                results[index] = weights;
                give();
              });
              worker.postMessage(jobs[index]);
            };
            worker.once('error', reject);
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
