// One training thread of scripts/train/pool.ts: the examples once, then one job per message.
import { parentPort, workerData } from 'node:worker_threads';
import { type Example, train } from './logreg.ts';
import type { TrainJob } from './pool.ts';

const examples = (workerData as { examples: Example[] }).examples;
parentPort!.on('message', (job: TrainJob) => {
  const weights = train([...job.indices].map((i) => examples[i]!), job.options);
  parentPort!.postMessage(weights, [weights.w.buffer as ArrayBuffer, weights.bias.buffer as ArrayBuffer]);
});
