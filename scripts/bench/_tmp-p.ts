import { createWorkerOffload } from '../../server/offload/offload.ts';
const pool = createWorkerOffload({ threads: 1 });
import { measureWorstShapes, WORST_SHAPES } from './worst-requests.ts';
const which = process.argv[2]!;
const rows = await measureWorstShapes(pool, WORST_SHAPES.filter((s) => s.route.includes(which) && (s.shape.includes(process.argv[3] ?? ''))), 8, 60_000);
console.log(rows); await pool.close();
