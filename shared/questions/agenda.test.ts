import { describe, expect, it } from 'vitest';
import { agendaMarkdown, CLOSING_TEXT, OPENING_TEXT, planAgenda, sensibleOrder } from './agenda.ts';

describe('planAgenda', () => {
  it('opens with thanks and background, orders the questions, closes with the referral question and thanks', () => {
    const plan = planAgenda({
      title: 'Chat with Dana',
      minutes: 20,
      questions: [
        'Can you help me understand the salary range someone entering this field might expect?',
        'What does a typical week look like for you?',
        'How did you get your start in UX research?',
      ],
    });
    expect(plan).toEqual({
      title: 'Chat with Dana',
      minutes: 20,
      items: [
        { kind: 'opening', text: OPENING_TEXT, minutes: 2 },
        { kind: 'question', text: 'How did you get your start in UX research?', minutes: 2, category: 'career-path' },
        { kind: 'question', text: 'What does a typical week look like for you?', minutes: 2, category: 'day-to-day' },
        {
          kind: 'question',
          text: 'Can you help me understand the salary range someone entering this field might expect?',
          minutes: 2,
          category: 'compensation-range',
        },
        { kind: 'referral', text: 'Who else should I talk to?', minutes: 1, category: 'referrals' },
        { kind: 'closing', text: CLOSING_TEXT, minutes: 1 },
      ],
      totalMinutes: 10,
      fits: true,
      warning: null,
    });
  });

  it('keeps the opening at most three minutes, and the user order when asked', () => {
    const plan = planAgenda({ title: 't', minutes: 60, questions: ['What trends do you see?', 'How did you start?'], order: 'as-given' });
    expect(plan.items[0]).toEqual({ kind: 'opening', text: OPENING_TEXT, minutes: 3 });
    expect(plan.items.slice(1, 3).map((i) => i.text)).toEqual(['What trends do you see?', 'How did you start?']);
  });

  it("moves the user's own referral question to the end instead of adding a second", () => {
    const plan = planAgenda({ title: 't', minutes: 15, questions: ['Are there other people in your field whom you think I should talk to?', 'What surprised you most?'] });
    expect(plan.items.map((i) => i.kind)).toEqual(['opening', 'question', 'referral', 'closing']);
    expect(plan.items[2]?.text).toBe('Are there other people in your field whom you think I should talk to?');
  });

  it('warns when the questions do not fit the time, saying how many to drop', () => {
    const questions = Array.from({ length: 8 }, (_, i) => `What did project number ${i + 1} teach you about the work?`);
    const plan = planAgenda({ title: 't', minutes: 15, questions });
    expect(plan.fits).toBe(false);
    expect(plan.totalMinutes).toBe(19.5);
    expect(plan.warning).toBe('This agenda needs about 19.5 minutes, 4.5 more than the 15 you asked for. Drop 3 questions or ask for more time: honour the time they gave you.');
  });

  it('sorts by category and keeps the order within one', () => {
    expect(sensibleOrder(['What trends do you see in the industry?', 'How did you get started?', 'What led you to this career?'])).toEqual([
      'How did you get started?',
      'What led you to this career?',
      'What trends do you see in the industry?',
    ]);
  });
});

describe('agendaMarkdown', () => {
  it('renders a running clock, the items and the warning', () => {
    const plan = planAgenda({ title: 'Talk with Sam', minutes: 5, questions: ['What does a typical week look like for you?', 'How did you get your start?'] });
    expect(agendaMarkdown(plan)).toBe(
      [
        '# Talk with Sam',
        '',
        '5 minutes · planned 7 minutes',
        '',
        `1. \`0:00\` **Opening.** ${OPENING_TEXT} _(1 min)_`,
        '2. `1:00` How did you get your start? _(2 min)_',
        '3. `3:00` What does a typical week look like for you? _(2 min)_',
        '4. `5:00` **Before you close:** Who else should I talk to? _(1 min)_',
        `5. \`6:00\` **Closing.** ${CLOSING_TEXT} _(1 min)_`,
        '',
        '> **Warning:** This agenda needs about 7 minutes, 2 more than the 5 you asked for. Drop 1 question or ask for more time: honour the time they gave you.',
        '',
      ].join('\n'),
    );
  });
});
