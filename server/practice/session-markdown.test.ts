import { describe, expect, it } from 'vitest';
import type { PracticeSession } from '../../shared/contracts/practice.ts';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import { sessionFileName, sessionMarkdown } from './session-markdown.ts';

const persona = PRESET_PERSONAS.find((p) => p.id === 'preset-software-engineer')?.card;
if (!persona) throw new Error('software engineer preset missing');

const session: PracticeSession = {
  id: 's1',
  personaId: 'preset-software-engineer',
  persona,
  minutes: 15,
  agendaId: null,
  seed: 7,
  status: 'ended',
  createdAt: '2026-03-01T10:00:00.000Z',
  endedAt: '2026-03-01T10:20:00.000Z',
  elapsedMinutes: 1.5,
  turns: [
    { role: 'user', content: 'Thanks for\nmaking time!', at: '2026-03-01T10:01:00.000Z', elapsedMinutes: 0.4, complete: true },
    { role: 'professional', content: 'Happy to help.', at: '2026-03-01T10:01:05.000Z', elapsedMinutes: 1.5, complete: false },
  ],
  debrief: {
    score: 40,
    items: [
      {
        ruleId: 'conduct.opening-thanks',
        title: 'Opens by thanking them',
        passed: true,
        evidence: ['Thanks for making time!'],
        advice: 'Good. As the guide puts it: “say thanks” (000_e59610dcce94501e.txt)',
        sources: ['000_e59610dcce94501e.txt'],
      },
      {
        ruleId: 'conduct.asks-referrals',
        title: 'Asks who else to talk to',
        passed: false,
        evidence: [],
        advice: 'Ask who else to talk to (001_e8fb9925143dd3b5.txt, 004_dec1d6c4ab16813b.txt).',
        sources: ['001_e8fb9925143dd3b5.txt'],
      },
    ],
    remarks: ['Warm tone, per 002_bf65b95f0912a037.txt.'],
    thankYouDraft: 'Dear Sam, thank you.',
    coach: { kind: 'offline' },
    createdAt: '2026-03-01T10:20:00.000Z',
  },
};

describe('sessionMarkdown', () => {
  it('writes the transcript, the debrief with guides named (never their file names) and the note', () => {
    const first = persona.name.split(' ')[0];
    expect(sessionMarkdown(session)).toBe(
      [
        `# Practice: ${persona.name}, ${persona.role}`,
        '',
        `${persona.organization} · ${persona.field} · 15 minutes asked for · 2026-03-01`,
        '',
        '## Transcript',
        '',
        '**You** (0.4 min): Thanks for making time!',
        '',
        `**${first}** (1.5 min) *(cut off)*: Happy to help.`,
        '',
        '## Debrief',
        '',
        'Score: **40**/100',
        '',
        '- ✅ **Opens by thanking them**: Good. As the guide puts it: “say thanks” (a career column on informational interviews)',
        '  > Thanks for making time!',
        '- ❌ **Asks who else to talk to**: Ask who else to talk to (a university career center’s guide, “Breaking into Repro”, a reproductive-health careers guide).',
        '- Warm tone, per a career guide contrasting them with job interviews.',
        '',
        '## Thank-you note',
        '',
        'Dear Sam, thank you.',
        '',
      ].join('\n'),
    );
  });
});

describe('sessionMarkdown with the asker’s scores', () => {
  it('lists each score with its measure, advice and the user’s words', () => {
    const withScores = {
      ...session,
      debrief: {
        ...session.debrief!,
        askerScores: [
          { id: 'talk-share' as const, title: 'Let them talk', verdict: 'good' as const, measure: 'You spoke about 20% of the time.', evidence: ['Thanks for making time!'], advice: 'Good balance.' },
          { id: 'time-kept' as const, title: 'Keeps to the time', verdict: 'not-rated' as const, measure: 'Not rated: the call stopped early.', evidence: [], advice: 'Mention the time near the end.' },
        ],
      },
    };
    const md = sessionMarkdown(withScores);
    expect(md).toContain('### You as the asker\n\n- ✅ **Let them talk**: You spoke about 20% of the time. Good balance.\n  > Thanks for making time!\n- ➖ **Keeps to the time**: Not rated: the call stopped early. Mention the time near the end.');
  });
});

describe('sessionFileName', () => {
  it('names the export by the professional and the day, not by the session id', () => {
    expect(sessionFileName(session)).toBe('practice-tomas-lindqvist-2026-03-01.md');
    expect(sessionFileName({ ...session, persona: { ...persona, name: 'Dr. Zoë Ñúñez' } })).toBe('practice-dr-zoe-nunez-2026-03-01.md');
  });
});
