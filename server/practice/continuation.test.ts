import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isContinuation, ownWords } from './continuation.ts';

const LAST = 'Our stack: Go for services, Postgres, Kafka for events, Kubernetes and Terraform for infrastructure. Nothing exotic. Boring is good.';

describe('a turn that goes on with the last reply', () => {
  it('has no subject of its own beyond it', () => {
    for (const t of ['How so?', 'Tell me more about that.', 'how long did that take?', 'And Kafka?', 'what about Terraform?', 'Why is that good?', 'You mentioned Kafka. Why that one?']) {
      expect(isContinuation(t, LAST), t).toBe(true);
    }
  });
  it('is not a question with its own topic, however short or polite', () => {
    for (const t of [
      'Can you give me an example of a technical decision that was really hard for you?',
      'Is there an incident in production that you remember well?',
      'Who actually uses the software you build?',
      'How do the people on your team deal with burnout?',
      'Is that a problem for someone who is very quiet in meetings?',
    ]) {
      expect(isContinuation(t, LAST), t).toBe(false);
    }
    expect(isContinuation('How so?', undefined)).toBe(false);
  });
  it('reads the words it brings of its own', () => {
    expect(ownWords('Why Kafka and not a queue?', LAST)).toEqual(['queue']);
  });
});

describe('on the used blind sets (their writers labelled each turn a question or a follow-up)', () => {
  const root = path.join(import.meta.dirname, '../../evals/practice');
  const turns: Array<{ kind: string; user: string; before: string | undefined }> = [];
  for (const dir of readdirSync(root).filter((d) => d.startsWith('blind'))) {
    const full = path.join(root, dir);
    const file = [...readdirSync(full).filter((f) => /^replies-(?:new|B-)/.test(f)).map((f) => path.join(full, f)), ...(readdirSync(full).includes('B') ? readdirSync(path.join(full, 'B')).filter((f) => f.startsWith('replies-')).map((f) => path.join(full, 'B', f)) : [])][0];
    if (!file) continue;
    for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
      const item = JSON.parse(line) as { kind: string; user: string; professionalBefore: string | null };
      turns.push({ kind: item.kind, user: item.user, before: item.professionalBefore ?? undefined });
    }
  }
  const rate = (kind: string) => {
    const of = turns.filter((t) => t.kind === kind);
    return of.filter((t) => isContinuation(t.user, t.before)).length / of.length;
  };
  it('never reads a question with its own topic as a continuation (the turn classifier and "say more" did for 12%)', () => {
    expect(turns.filter((t) => t.kind === 'question').length).toBeGreaterThan(400);
    expect(rate('question')).toBeLessThanOrEqual(0.01);
    expect(rate('wrong-premise')).toBe(0);
  });
  it('still reads the follow-ups that point back as continuations', () => {
    expect(rate('follow-up')).toBeGreaterThanOrEqual(0.1);
  });
});
