import { composeReply } from '../../server/practice/persona-engine.ts';
import { findSelfIntro } from '../../shared/practice/signals.ts';
import { findPreset } from '../../shared/practice/presets.ts';
import type { TranscriptTurn } from '../../shared/practice/transcript.ts';
import { consistentAnswers, contradictions, isFallback, mattr, nearRepeats, openingVariety } from './persona-metrics.ts';
import { SELF_INTROS } from './self-intros.ts';
import { type StudentCase, studentCases } from './students.ts';

/**
 * The persona figures of issue 14, offline and without a model: every scripted student on every
 * preset over k seeds. `node evals/practice/persona-report.ts` prints them; the test beside it
 * holds the targets.
 */

export interface Session {
  case: StudentCase;
  seed: number;
  users: string[];
  replies: string[];
}

export function play(c: StudentCase, seed = c.seed): Session {
  const card = findPreset(c.presetId)!.card;
  const history: TranscriptTurn[] = [];
  const replies: string[] = [];
  for (const turn of c.turns) {
    const reply = composeReply({ card, seed, minutes: c.minutes, history, userText: turn.user });
    history.push({ role: 'user', content: turn.user, elapsedMinutes: reply.userElapsedMinutes }, { role: 'professional', content: reply.text, elapsedMinutes: reply.elapsedMinutes });
    replies.push(reply.text);
  }
  return { case: c, seed, users: c.turns.map((t) => t.user), replies };
}

const QUESTION = /\?\s*$|^(?:what|how|why|which|who|where|when|tell me)\b/i;
const CLOSING = /\bthank(?:s| you)\b[^?]*$/i;

/** Replies to real questions (not greetings, thanks or goodbyes): the fallback share's denominator. */
export function questionTurns(s: Session): number[] {
  return s.users.flatMap((u, i) => (QUESTION.test(u.trim()) && !(CLOSING.test(u) && !u.includes('?')) ? [i] : []));
}

export interface SessionVerdict {
  passed: boolean;
  problems: string[];
  fallbacks: number;
  questions: number;
}

/** One session against the persona bars: no near-repeat, no contradiction, at most one fallback, a consistent drift probe. */
export function judge(s: Session): SessionVerdict {
  const problems: string[] = [];
  const repeats = nearRepeats(s.replies);
  if (repeats.length > 0) problems.push(`near-repeat at turn ${repeats[0]!.index} of turn ${repeats[0]!.earlier}`);
  const conflicts = contradictions(s.replies);
  if (conflicts.length > 0) problems.push(`contradiction: ${conflicts[0]!.claim} (${conflicts[0]!.values.join(' vs ')})`);
  const questions = questionTurns(s);
  const fallbacks = questions.filter((i) => isFallback(s.replies[i]!)).length;
  if (fallbacks > 1) problems.push(`${fallbacks} fallbacks`);
  if (s.case.drift) {
    const [a, b] = s.case.drift;
    const verdict = consistentAnswers(findPreset(s.case.presetId)!.card, s.replies[a]!, s.replies[b]!);
    if (!verdict.consistent) problems.push(`drift: ${verdict.reason}`);
  }
  return { passed: problems.length === 0, problems, fallbacks, questions: questions.length };
}

export interface PersonaReport {
  conversations: number;
  k: number;
  sessions: number;
  fallbackShare: number;
  contradictionSessions: number;
  nearRepeatSessions: number;
  driftConsistent: number;
  mattr: number;
  openingVarietyAcrossSessions: number;
  passK: number;
  passRate: number;
  selfIntrosRecognised: number;
  failures: string[];
}

export function personaReport(k = 5): PersonaReport {
  const cases = studentCases();
  const runs = cases.map((c) => Array.from({ length: k }, (_, j) => play(c, c.seed + j * 9973)));
  const sessions = runs.flat();
  const verdicts = sessions.map(judge);
  const fallbacks = verdicts.reduce((s, v) => s + v.fallbacks, 0);
  const questions = verdicts.reduce((s, v) => s + v.questions, 0);
  const drift = sessions.filter((s) => s.case.drift);
  const driftOk = drift.filter((s) => consistentAnswers(findPreset(s.case.presetId)!.card, s.replies[s.case.drift![0]]!, s.replies[s.case.drift![1]]!).consistent).length;
  // Openings across sessions: the first answer to the same first question, one per seed and preset.
  const firstAnswers = runs.filter((r) => r[0]!.case.kind === 'plain').flatMap((r) => r.map((s) => s.replies[1]!));
  const failures = sessions.flatMap((s, i) => (verdicts[i]!.passed ? [] : [`${s.case.name} (seed ${s.seed}): ${verdicts[i]!.problems.join('; ')}`]));
  return {
    conversations: cases.length,
    k,
    sessions: sessions.length,
    fallbackShare: fallbacks / Math.max(1, questions),
    contradictionSessions: sessions.filter((s) => contradictions(s.replies).length > 0).length,
    nearRepeatSessions: sessions.filter((s) => nearRepeats(s.replies).length > 0).length,
    driftConsistent: driftOk / Math.max(1, drift.length),
    mattr: sessions.reduce((sum, s) => sum + mattr(s.replies.join(' ')), 0) / sessions.length,
    openingVarietyAcrossSessions: openingVariety(firstAnswers),
    passK: runs.filter((r) => r.every((s, j) => verdicts[runs.indexOf(r) * k + j]!.passed)).length / runs.length,
    passRate: verdicts.filter((v) => v.passed).length / verdicts.length,
    selfIntrosRecognised: SELF_INTROS.filter((text) => findSelfIntro(text).length > 0).length / SELF_INTROS.length,
    failures,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const k = Number(process.argv[2] ?? 5);
  const r = personaReport(k);
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  console.log(`persona metrics, offline: ${r.conversations} scripted conversations × ${r.k} seeds = ${r.sessions} sessions`);
  console.log(`  fallback share (replies to questions)   ${pct(r.fallbackShare)}   target ≤ 5%`);
  console.log(`  sessions with a contradiction           ${r.contradictionSessions} / ${r.sessions}   target 0`);
  console.log(`  sessions with a near-repeat             ${r.nearRepeatSessions} / ${r.sessions}`);
  console.log(`  drift probe consistent                  ${pct(r.driftConsistent)}`);
  console.log(`  vocabulary variety (MATTR, window 50)   ${r.mattr.toFixed(3)}`);
  console.log(`  opening variety across sessions        ${pct(r.openingVarietyAcrossSessions)}`);
  console.log(`  pass rate / pass^${r.k}                      ${pct(r.passRate)} / ${pct(r.passK)}`);
  console.log(`  self-introductions recognised           ${pct(r.selfIntrosRecognised)}   target ≥ 95%`);
  for (const f of r.failures.slice(0, 30)) console.log(`  - ${f}`);
}
