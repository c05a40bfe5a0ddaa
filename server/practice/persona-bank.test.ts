import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PersonaCard } from '../../shared/contracts/practice.ts';
import type { BankEntry } from '../../shared/practice/bank.ts';
import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import type { TranscriptTurn } from '../../shared/practice/transcript.ts';
import { BankFileError, bankFor, bankIndex, loadBanks, presetBank } from './persona-bank.ts';
import { composeReply } from './persona-engine.ts';
import { contract } from './voice.ts';

const entry = (id: string, intent: BankEntry['intent'], asks: string[], text: string, followUps: BankEntry['followUps'] = [], kind?: 'correction'): BankEntry => ({
  id,
  intent,
  asks,
  text,
  followUps,
  ...(kind ? { kind } : {}),
});

/** A small bank in the shape the writers use: specific points that share the intent's words. */
const ENTRIES: BankEntry[] = [
  entry('orientation-length', 'getting-started', ['how long is orientation for new icu nurses', 'how many weeks of orientation do new grads get', 'whats the orientation like'], 'New grads get twelve weeks of orientation with a preceptor, experienced nurses about six.', [
    { asks: ['who are the preceptors', 'how do you pick preceptors'], text: 'Preceptors are staff nurses with two years on the unit who took our preceptor course.' },
  ]),
  entry('new-nurse-confidence', 'hard', ['how long until new icu nurses actually feel confident', 'when do new grads stop feeling lost on the unit', 'is it normal to feel overwhelmed the first year'], 'Most feel steady around the one-year mark, well after orientation ends.', [
    { asks: ['what helps them get there faster', 'what makes the difference'], text: 'A steady preceptor and a few bad nights survived with backup make the difference.' },
    { asks: ['what about you', 'how long did it take you', 'was it the same for you'], text: 'For me it was closer to eighteen months; my first code still replays in my head.' },
  ]),
  entry('typical-week', 'week', ['what does a typical week look like', 'walk me through your week', 'how do you split your time'], 'My week is about half on the unit teaching at the bedside and half in classes and meetings.'),
  entry('premise-doctorate', 'education', ['since you have a doctorate in nursing', 'did your dnp help you get this role', 'you must have needed a doctorate for this'], "Actually I don't have a doctorate — I have a master's in nursing education, which is what most educators here have.", [], 'correction'),
  entry('education-needed', 'education', ['what degree do you need to be a nurse educator', 'do i need a masters to teach nurses', 'what education did you need'], "Most unit educators have a master's in nursing education and several years at the bedside first."),
];

describe('bankIndex (TF-IDF cosine over asks, text and intent prior)', () => {
  const bank = bankIndex(ENTRIES);

  it('picks the specific entry, not the one that shares the topic word', () => {
    // Both entries are about new nurses; only one answers how long until they feel confident.
    expect(bank.search('How long does it usually take for a new nurse to feel confident on the unit?')[0]!.entry.id).toBe('new-nurse-confidence');
    expect(bank.search('how many weeks is orientation?')[0]!.entry.id).toBe('orientation-length');
  });

  it('matches texting and non-native phrasings by their character grams', () => {
    expect(bank.search('wats ur typical wk like')[0]!.entry.id).toBe('typical-week');
    expect(bank.search('When new nurse start, how many week they have orientation?')[0]!.entry.id).toBe('orientation-length');
  });

  it('uses the intent model as a prior between close entries', () => {
    const query = 'what degree did you need';
    const without = bank.search(query);
    const withPrior = bank.search(query, new Map([['education', 0.9]]));
    expect(withPrior[0]!.score).toBeGreaterThan(without[0]!.score);
    const plain = bank.search('walk me through it', new Map([['week', 1]])).find((r) => r.entry.id === 'typical-week')!;
    const noPrior = bank.search('walk me through it').find((r) => r.entry.id === 'typical-week')!;
    expect(plain.score - noPrior.score).toBeCloseTo(0.15, 5);
  });

  it('scores the follow-ups of an entry by their asks, generic ones included', () => {
    const i = ENTRIES.findIndex((e) => e.id === 'new-nurse-confidence');
    const scores = bank.followUpScores(i, 'and how long did that take you?');
    expect(scores[1]).toBeGreaterThan(scores[0]!);
    expect(bank.followUpScores(i, 'what about you?')[1]).toBeGreaterThan(0.6);
  });

  it('is deterministic and bounded', () => {
    const a = bank.search('is it normal to be overwhelmed').map((r) => [r.entry.id, r.score]);
    const b = bankIndex(ENTRIES).search('is it normal to be overwhelmed').map((r) => [r.entry.id, r.score]);
    expect(a).toEqual(b);
    for (const r of bank.search('how long until new icu nurses actually feel confident')) expect(r.ask).toBeLessThanOrEqual(1 + 1e-9);
    expect(bank.search('how long until new icu nurses actually feel confident')[0]!.ask).toBeCloseTo(1, 5);
  });
});

describe('loadBanks', () => {
  const good = { presetId: 'preset-x', entries: ENTRIES };
  const errorOf = (content: string, name = 'preset-x.json') => {
    const d = mkdtempSync(path.join(tmpdir(), 'infochat-bank-'));
    writeFileSync(path.join(d, name), content);
    try {
      loadBanks(d);
      return undefined;
    } catch (error) {
      expect(error).toBeInstanceOf(BankFileError);
      return (error as Error).message;
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  };

  it('reads a valid bank (follow-ups default to none)', () => {
    const d = mkdtempSync(path.join(tmpdir(), 'infochat-bank-'));
    try {
      writeFileSync(path.join(d, 'preset-x.json'), JSON.stringify(good));
      const loaded = loadBanks(d).get('preset-x')!;
      expect(loaded.map((e) => e.id)).toEqual(ENTRIES.map((e) => e.id));
      expect(loaded.find((e) => e.id === 'typical-week')!.followUps).toEqual([]);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('fails with one line naming the file and what is wrong', () => {
    expect(errorOf('{"presetId":')).toMatch(/^shared\/practice\/cards\/bank\/preset-x\.json: not JSON/);
    expect(errorOf(JSON.stringify({ ...good, entries: [{ ...ENTRIES[0], intent: 'weekly' }] }))).toMatch(/^shared\/practice\/cards\/bank\/preset-x\.json: entries\.0\.intent: /);
    expect(errorOf(JSON.stringify({ ...good, entries: [ENTRIES[0], ENTRIES[0]] }))).toBe('shared/practice/cards/bank/preset-x.json: entries: entry ids must be unique');
    expect(errorOf(JSON.stringify({ ...good, entries: [{ ...ENTRIES[0], asks: [] }] }))).toMatch(/entries\.0\.asks: /);
    expect(errorOf(JSON.stringify({ ...good, entries: [{ ...ENTRIES[0], kind: 'fix' }] }))).toMatch(/entries\.0\.kind: /);
    expect(errorOf(JSON.stringify(good), 'preset-y.json')).toBe('shared/practice/cards/bank/preset-y.json: presetId preset-x does not match the file name');
    for (const message of [errorOf('{"presetId":'), errorOf(JSON.stringify({ presetId: 'preset-x' }))]) expect(message).not.toContain('\n');
  });
});

// The engine with the presets' banks (content-agnostic: each check uses the bank's own entries).
describe('the engine answers from the question bank', () => {
  const presets = PRESET_PERSONAS.filter((p) => bankFor(p.card));
  const spoken = (card: PersonaCard, line: string) => contract(line, card.temperament).slice(0, 60);
  function converse(card: PersonaCard, messages: readonly string[], seed = 5) {
    const history: TranscriptTurn[] = [];
    return messages.map((userText) => {
      const r = composeReply({ card, seed, minutes: 60, history, userText });
      history.push({ role: 'user', content: userText, elapsedMinutes: r.userElapsedMinutes }, { role: 'professional', content: r.text, elapsedMinutes: r.elapsedMinutes });
      return r.text;
    });
  }
  /** Entries whose first ask is a plain question the engine routes to the bank (not a referral, job or pay ask). */
  const plain = (card: PersonaCard) =>
    bankFor(card)!.entries.filter((e) => e.kind !== 'correction' && e.intent !== 'salary-range' && !/\b(?:hiring|job|refer|salary|pay|talk to)\b/i.test(e.asks[0]!));

  it.skipIf(presets.length === 0)('answers a question with the entry whose asks it matches, never the same entry twice', () => {
    for (const { card } of presets) {
      const entries = plain(card).slice(0, 12);
      let hits = 0;
      for (const e of entries) {
        const [, reply] = converse(card, ['Hi, thanks for making time!', `${e.asks[0]!}?`]);
        if (reply!.includes(spoken(card, e.text))) hits++;
      }
      // Its own ask picks the entry (a rare near-duplicate in another entry may take it).
      expect(hits, card.name).toBeGreaterThanOrEqual(entries.length - 1);
      // Asked twice, the entry is said once: the second time gets something else.
      const e = entries[0]!;
      const replies = converse(card, ['Hi, thanks for making time!', `${e.asks[0]!}?`, `${e.asks[1] ?? e.asks[0]!}?`]);
      expect(replies.filter((r) => r.includes(spoken(card, e.text))).length, card.name).toBe(1);
    }
  });

  it.skipIf(presets.length === 0)('continues the entry just said with the follow-up its asks match, and "how so?" with its next one', () => {
    for (const { card } of presets) {
      const e = plain(card).find((x) => x.followUps.length >= 2)!;
      const fu = e.followUps[1]!;
      const [, first, more] = converse(card, ['Hi, thanks for making time!', `${e.asks[0]!}?`, `${fu.asks[0]!}?`]);
      expect(first, card.name).toContain(spoken(card, e.text));
      expect(more, `${card.name}: ${more}`).toContain(spoken(card, fu.text));
      const [, , how] = converse(card, ['Hi, thanks for making time!', `${e.asks[0]!}?`, 'How so?']);
      expect(e.followUps.some((f) => how!.includes(spoken(card, f.text))), `${card.name}: ${how}`).toBe(true);
    }
  });

  it.skipIf(presets.length === 0)('answers a wrong premise with its correction', () => {
    for (const { card } of presets) {
      const corrections = bankFor(card)!.entries.filter((e) => e.kind === 'correction');
      for (const c of corrections.slice(0, 6)) {
        const [, reply] = converse(card, ['Hi, thanks for making time!', `${c.asks[0]!}?`]);
        // A premise that names a job ask or pay goes through those paths first; the rest get their correction.
        if (/\b(?:hiring|salary|pay|paid|earn|make)\b/i.test(c.asks[0]!)) continue;
        expect(reply, `${card.name}: ${c.asks[0]} → ${reply}`).toContain(spoken(card, c.text));
      }
    }
  });
});

describe('the third similarity, by meaning (word vectors)', () => {
  const entries = [
    entry('day', 'balance', ['What does a typical day look like for you?'], 'Mornings are site visits, afternoons are the desk.'),
    entry('trust', 'hard', ['How do you earn the trust of skeptical growers?'], 'Slowly: I show up at the co-op meetings and I listen before I pitch anything.'),
    entry('pay', 'salary-range', ['What does an entry-level coordinator make?'], 'Roughly forty-two to fifty-five thousand dollars.'),
    entry('read', 'reading', ['What newsletters or books do you read?'], 'Canary Media, mostly, and the utility commission dockets.'),
  ];
  const fix = entry('fix', 'hard', ['I guess you just tell growers what to do?'], 'Not at all: growers decide, we bring the numbers.', [], 'correction');

  it('raises a paraphrase the words miss ("wary ranchers" ~ "skeptical growers"), and nothing unrelated', () => {
    const question = 'how do you deal with wary ranchers';
    const words = bankIndex(entries, { vectorWeight: 0 }).search(question);
    const both = bankIndex(entries).search(question);
    const score = (list: typeof words, id: string) => list.find((r) => r.entry.id === id)!;
    expect(score(both, 'trust').meaning).toBeGreaterThan(0.5);
    expect(score(both, 'trust').score).toBeGreaterThan(score(words, 'trust').score + 0.02);
    for (const id of ['pay', 'read']) expect(score(both, id).score).toBeCloseTo(score(words, id).score, 6);
    // The lexical match alone (the engine's floors read it) is unchanged.
    expect(score(both, 'trust').ask).toBeCloseTo(score(words, 'trust').ask, 6);
  });

  it('never reorders entries the words already tell apart, and never ranks a correction by meaning alone', () => {
    const index = bankIndex([...entries, fix]);
    expect(index.search('What does a typical day look like?')[0]!.entry.id).toBe('day');
    const correction = index.search('how would you win over distrustful farmers').find((r) => r.entry.id === 'fix')!;
    expect(correction.score).toBeCloseTo(bankIndex([...entries, fix], { vectorWeight: 0 }).search('how would you win over distrustful farmers').find((r) => r.entry.id === 'fix')!.score, 6);
  });
});

describe('the question content the bank search prefers (coverage and content head)', () => {
  it('ranks the entry that holds the question subject over one sharing a side word', () => {
    // "what do you ask on those visits?": the visit questions, not how the visit program is measured.
    const econdev = presetBank('preset-economic-development')!;
    expect(econdev.search('what do you ask on those visits?')[0]!.entry.id).toBe('tools-visit-questions');
  });
  it('reports each entry its IDF-weighted coverage of the question, 1 with no known content word', () => {
    const ranked = presetBank('preset-economic-development')!.search('what do you ask on those visits?');
    expect(ranked[0]!.cover).toBe(1);
    expect(ranked.find((r) => r.entry.id === 'metrics-visit-program')!.cover).toBeLessThan(1);
    expect(presetBank('preset-economic-development')!.search('how so?').every((r) => r.cover === 1)).toBe(true);
  });
  it('leaves a question the bank barely touches in its lexical order (no re-ranking on one mentioned word)', () => {
    const bank = presetBank('preset-sustainability-director')!;
    const q = 'What is the best pizza place near your office?';
    expect(bank.search(q).map((r) => r.entry.id).slice(0, 5)).toEqual(bankIndex(bank.entries, { coverWeight: 0, headWeight: 0 }).search(q).map((r) => r.entry.id).slice(0, 5));
  });
});
