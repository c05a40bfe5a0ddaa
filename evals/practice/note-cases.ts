import { lint, rulesFor, score, toFinding } from '../../shared/rules/index.ts';
import type { EvalCase, RuleVerdictCheck, Task } from '../lib/types.ts';

/**
 * Thank-you notes after a practice conversation, each labelled with the follow-up rules a careful
 * reviewer fails, and with the conversation's topics where the note editor would know them. The
 * note is checked by the rulebook alone (`POST /api/followup/critique`), offline and with a model.
 */

export interface NoteCase extends EvalCase {
  note: string;
  topics?: readonly string[];
  /** Follow-up rules the note breaks; every other rule should pass. */
  failed: readonly string[];
}

export interface NoteOutput {
  score: number;
  findings: Array<{ ruleId: string; passed: boolean; message: string }>;
}

export const noteTask: Task<NoteCase, NoteOutput> = async (input) => {
  const findings = lint('follow-up', input.note, { topics: input.topics ?? [] }).map(toFinding);
  return { output: { score: score(findings), findings: findings.map((f) => ({ ruleId: f.ruleId, passed: f.passed, message: f.message })) } };
};

export function noteRuleVerdicts(input: NoteCase, output: NoteOutput): RuleVerdictCheck[] {
  return rulesFor('follow-up').map((rule) => ({
    ruleId: rule.id,
    expectedPass: !input.failed.includes(rule.id),
    actualPass: output.findings.find((f) => f.ruleId === rule.id)?.passed ?? false,
  }));
}

export const showNote = {
  input: (c: NoteCase): string => `${c.note}${c.topics?.length ? `\n\n— topics — ${c.topics.join(', ')}` : ''}\n— reviewer fails — ${c.failed.join(', ') || 'none'}`,
  output: (o: NoteOutput): string => `score ${o.score}\n${o.findings.map((f) => `${f.passed ? 'pass' : 'FAIL'}  ${f.ruleId}: ${f.message}`).join('\n')}`,
};

const THANKS = 'follow-up.thanks';
const TOPICS = 'follow-up.names-topics';
const ACTS = 'follow-up.acts-on-advice';
const NOTHING_NEW = 'follow-up.asks-nothing-new';
const CHECK_IN = 'follow-up.no-empty-check-in';

const note = (name: string, text: string, failed: string[], topics?: string[]): NoteCase => ({ name, note: text, failed, ...(topics ? { topics } : {}) });

export const noteCases: NoteCase[] = [
  note('complete note, UX research', 'Dear Priya,\n\nThank you for talking with me on Tuesday. What you said about recruiting participants from busy clinics stuck with me, and I have signed up for the UXPA chapter meetup you suggested.\n\nBest,\nSam', [], ['recruiting participants', 'a typical week']),
  note('complete note, nursing, casual', 'hi grace — thanks so much for the chat! your point about night shifts was really honest. i start as a CNA on med-surg next month like you recommended', [], ['night shifts']),
  note('complete note, economic development', 'Marcus,\n\nI appreciate the half hour you gave me. I keep thinking about the incentive packages you described, and I reached out to Linda Park this week.\n\nThanks again,\nAmira', []),
  note('complete note after acting on the advice', 'Dear Dr. Castillo,\n\nA short update and a thank-you: as you suggested, I volunteered for orientation week, and hearing about your caseload made the work make sense. I loved it.\n\nWarmly,\nJo', []),
  note('complete note, software, with a career update', 'Tomás — thanks again for explaining how design docs work at Railyard. I started writing one for my side project, and it changed how I plan.', [], ['a typical week', 'design docs']),
  note('thanks only', 'Dear Jelena,\n\nThank you so much for your time. It was great to meet you.\n\nBest,\nLee', [TOPICS, ACTS]),
  note('names topics, no plan', 'Hi Dana, thank you! Your point about the legislative calendar was eye-opening.', [ACTS]),
  note('asks for openings', 'Thanks again for your time, Priya. I loved hearing about synthesis days. I will read the book you mentioned. If you see any openings on your team, please let me know.', [NOTHING_NEW]),
  note('asks for a resume review', 'Dear Grace, thank you for explaining residency programs. I will apply to two of them. Could you review my resume before I send it?', [NOTHING_NEW]),
  note('asks for another call', 'Marcus, thanks for the conversation about site selection — I am going to read the state plan you mentioned. Would you have time for another call next month?', [NOTHING_NEW]),
  note('empty check-in', 'Hi Helen, just checking in! Any updates?', [THANKS, TOPICS, ACTS, CHECK_IN]),
  note('still looking, send me things', 'Thanks again. I am still looking for a job, so if you see any openings please send them my way.', [TOPICS, ACTS, NOTHING_NEW, CHECK_IN]),
  note('no thanks, just a plan', 'Tomás, your advice about contributing to open source was spot on. I have started on a small library this week.', [THANKS]),
  note('touching base months later', 'Dear Jelena,\n\nJust touching base to say hello — I am still searching for something in the field.\n\nBest,\nLee', [THANKS, TOPICS, ACTS, CHECK_IN]),
  note('asks to be introduced', 'Thank you, Dana. What you said about coalitions was helpful, and I plan to join one this spring. Could you introduce me to Keisha Morgan?', [NOTHING_NEW]),
  note('topics given, none named', 'Dear Priya, thank you for your time! I will read more about the field this month.', [TOPICS], ['recruiting participants', 'synthesis']),
  note('unrelated accomplishment, no topic', 'Hi Marcus, thanks for the chat. Also, my paper on medieval tax records was accepted!', [TOPICS, ACTS]),
  note('mentor ask', 'Grace, thank you so much. Hearing about the simulation lab convinced me, and I have registered for the open house. Would you be my mentor through school?', [NOTHING_NEW]),
  note('short and complete', 'Thank you, Helen! I took your advice about residence life and applied to be an RA supervisor.', []),
  note('pick your brain again', 'Thanks Tomás, you mentioned on-call weeks and that helped me a lot. I will ask my manager about shadowing. I would love to pick your brain again soon.', [NOTHING_NEW]),
];
