import { HOSTILE_SHAPES } from './bench/hostile-shapes.ts';
import { offlineOutreachCritique } from '../server/coach/offline-outreach.ts';
const shape = process.argv[2]!; const ch = process.argv[3] as 'email'|'linkedin';
const t = HOSTILE_SHAPES[shape]!;
for (let i = 0; i < 3; i++) offlineOutreachCritique(t, { channel: ch, connection: 'Maria Lopez referred me', recipientName: 'Jordan' });
const t0 = performance.now();
for (let i = 0; i < 10; i++) offlineOutreachCritique(t, { channel: ch, connection: 'Maria Lopez referred me', recipientName: 'Jordan' });
console.log(shape, ch, ((performance.now() - t0) / 10).toFixed(2), 'ms');
