import { printShapeTimings, timeShapes } from './bench/hostile-shapes.ts';
printShapeTimings(timeShapes());
