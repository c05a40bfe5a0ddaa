import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACT_TOPICS, KnowledgeCardFile, PersonaCard } from '../../contracts/practice.ts';
import { PRESET_PERSONAS } from '../presets.ts';
import { KNOWLEDGE_CARDS } from './index.ts';

const dir = new URL('.', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('knowledge cards', () => {
  it('has one file per preset, named by its id, and every file is loaded', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(PRESET_PERSONAS.map((p) => p.id).sort());
    expect([...KNOWLEDGE_CARDS.keys()].sort()).toEqual(PRESET_PERSONAS.map((p) => p.id).sort());
  });

  it.each(files)('%s validates, names its own preset, and is rich enough for 30 minutes', (file) => {
    const parsed = KnowledgeCardFile.safeParse(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.presetId).toBe(file.replace(/\.json$/, ''));
    expect(parsed.data.facts.length).toBeGreaterThanOrEqual(80);
    // The issue's coverage: the path, a day and week, projects, mentors, mistakes, balance, outlook, advice, referrals, opinions.
    const topics = new Set(parsed.data.facts.flatMap((f) => f.topics));
    for (const topic of ['path', 'week', 'projects', 'tools', 'team', 'mentors', 'mistakes', 'enjoy', 'hard', 'balance', 'change', 'training', 'outlook', 'advice', 'referrals', 'opinions'] as const) {
      expect(topics.has(topic), `${file} covers ${topic}`).toBe(true);
    }
    expect(FACT_TOPICS).toEqual(expect.arrayContaining([...topics]));
  });

  it.each(files)('%s suggests only people on its referral list (a fact that offers someone names a listed referral)', (file) => {
    const card = KnowledgeCardFile.parse(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    const listed = new Set(PRESET_PERSONAS.find((p) => p.id === card.presetId)!.card.referrals.map((r) => r.name.replace(/^Dr\. /, '')));
    const offered = card.facts.filter((f) => f.id.startsWith('referral-')).flatMap((f) => f.people.map((p) => p.replace(/^Dr\. /, '')));
    expect(offered.filter((name) => !listed.has(name))).toEqual([]);
  });

  it('every preset card, facts included, is a valid persona card', () => {
    for (const { id, card } of PRESET_PERSONAS) {
      expect(PersonaCard.safeParse(card).success, id).toBe(true);
      expect(card.facts?.length ?? 0, id).toBeGreaterThanOrEqual(80);
    }
  });

  it('rejects a card file with a duplicate id or an unknown topic', () => {
    const fact = { id: 'a', text: 'I like it.', topics: ['enjoy'], time: 'now', stance: 'likes', people: [], asks: ['general'] };
    expect(KnowledgeCardFile.safeParse({ presetId: 'x', facts: [fact, fact] }).success).toBe(false);
    expect(KnowledgeCardFile.safeParse({ presetId: 'x', facts: [{ ...fact, topics: ['gossip'] }] }).success).toBe(false);
    expect(KnowledgeCardFile.safeParse({ presetId: 'x', facts: [fact] }).success).toBe(true);
  });
});
