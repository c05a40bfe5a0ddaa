import type { PracticeSession } from '../../shared/contracts/practice.ts';
import { withGuideNames } from '../../shared/guides.ts';
import { round1 } from '../../shared/practice/transcript.ts';
import { firstName } from './persona-engine.ts';

/**
 * A session as Markdown: who, the transcript with simulated times, the debrief, the note. It is for
 * people, so guides are cited by name (as on the page), not by their stored file names.
 */
export function sessionMarkdown(session: PracticeSession): string {
  const { persona: card, debrief } = session;
  const who = firstName(card.name);
  const out = [
    `# Practice: ${card.name}, ${card.role}`,
    '',
    `${card.organization} · ${card.field} · ${session.minutes} minutes asked for · ${session.createdAt.slice(0, 10)}`,
    '',
    '## Transcript',
    '',
  ];
  for (const turn of session.turns) {
    const speaker = turn.role === 'user' ? 'You' : who;
    const cut = turn.complete ? '' : ' *(cut off)*';
    out.push(`**${speaker}** (${round1(turn.elapsedMinutes)} min)${cut}: ${turn.content.replace(/\s+/g, ' ').trim()}`, '');
  }
  if (debrief) {
    out.push('## Debrief', '', `Score: **${debrief.score}**/100`, '');
    for (const item of debrief.items) {
      out.push(`- ${item.passed ? '✅' : '❌'} **${item.title}**: ${withGuideNames(item.advice)}`);
      for (const quote of item.evidence) out.push(`  > ${quote}`);
    }
    for (const remark of debrief.remarks) out.push(`- ${withGuideNames(remark)}`);
    if (debrief.askerScores && debrief.askerScores.length > 0) {
      out.push('', '### You as the asker', '');
      const mark = { good: '✅', 'work-on': '❌', 'not-rated': '➖' } as const;
      for (const score of debrief.askerScores) {
        out.push(`- ${mark[score.verdict]} **${score.title}**: ${score.measure} ${score.advice}`);
        for (const quote of score.evidence) out.push(`  > ${quote}`);
      }
    }
    out.push('', '## Thank-you note', '', debrief.note ?? debrief.thankYouDraft, '');
  }
  return out.join('\n');
}

/** `practice-jelena-okafor-2026-03-01.md`: whom you practised with, and when (never the session's UUID). */
export function sessionFileName(session: Pick<PracticeSession, 'persona' | 'createdAt'>): string {
  const slug = session.persona.name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 40)
    .replace(/(?<!-)-+$/, '');
  return `practice-${slug ? `${slug}-` : ''}${session.createdAt.slice(0, 10)}.md`;
}
