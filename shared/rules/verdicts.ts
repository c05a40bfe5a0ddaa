import type { CheckResult, Evidence } from './rule.ts';

/** The guide files, by number, as rules cite them. */
export const G000 = '000_e59610dcce94501e.txt';
export const G001 = '001_e8fb9925143dd3b5.txt';
export const G002 = '002_bf65b95f0912a037.txt';
export const G003 = '003_abca84236e19902c.txt';
export const G004 = '004_dec1d6c4ab16813b.txt';

/** A passed check; evidence only when there is some. */
export function passed(message: string, evidence: readonly Evidence[] = []): CheckResult {
  return { passed: true, message, ...(evidence.length > 0 ? { evidence: [...evidence] } : {}) };
}

/** A failed check with what to do about it. */
export function failed(message: string, suggestion: string, evidence: readonly Evidence[] = []): CheckResult {
  return { passed: false, message, suggestion, ...(evidence.length > 0 ? { evidence: [...evidence] } : {}) };
}
