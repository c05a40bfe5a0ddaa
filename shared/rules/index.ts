export * from './rule.ts';
export * from './lint.ts';
export { rulebook } from './rulebook.ts';
