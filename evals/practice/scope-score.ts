import { composeReply } from '../../server/practice/persona-engine.ts';
import { answersFor } from '../../server/practice/answers.ts';
import { bankFor } from '../../server/practice/persona-bank.ts';
import { contract } from '../../server/practice/voice.ts';
import { INTENT_TOPIC } from '../../shared/language/intents.ts';
import type { FactTopic, Intent, PersonaCard } from '../../shared/contracts/practice.ts';
import { factIndex, saidFacts } from '../../server/practice/retrieve.ts';
import { understand } from '../../server/practice/understand.ts';
import { findPreset } from '../../shared/practice/presets.ts';
import type { TranscriptTurn } from '../../shared/practice/transcript.ts';
import { type ScopeCase, SCOPE_CASES, SCOPE_HELD_OUT } from './scope-cases.ts';

/**
 * Scores the persona's reply to each of our own scope cases (scope-cases.ts) by machine checks, not
 * by a reader: the reply must not refuse (the honest "not my area" bridge), must not carry a stock
 * line from another topic or an "As for…" nobody asked for, must correct a wrong premise in its
 * first sentence, must give a fact on both topics of a two-part question, must say goodbye to a
 * goodbye, and must not ask someone who introduced themselves to introduce themselves.
 */

export const REFUSAL = /\b(?:outside (?:my|what I)|not my area|(?:don['’]t|do not) (?:really )?(?:know|work on) (?:much|enough|that)|rather not guess|isn['’]t something I work on|can['’]t speak to|not part of my work|hate to make something up)\b/i;
const STOCK = /\b(?:hiring|openings|salary|my own pay|off the table|(?:do not|don['’]t|will not) (?:talk about|discuss|go into)|entering the field it is roughly|starting out can expect|entry range)\b/i;
const CORRECTION = /\b(?:not|no|actually|rather than|isn['’]t|don['’]t|aren['’]t|never)\b/i;
const KEEP_GOING = /\b(?:go on|what else|keep them coming|next\?|fire away|ask me anything)\b/i;
const ASK_INTRO = /\b(?:about (?:yourself|you\b)|tell me (?:a (?:little|bit) )?about you|do you have (?:any )?experience|what brought you)\b/i;
/** Asked of someone who just said they have years in the work: "even small things", "yet", "what draws you to…". */
const ASK_BASICS = /\b(?:yet|even small things|so far|any experience|draw(?:s|ing) you to)\b/i;
const STOP = new Set(['about', 'would', 'could', 'should', 'there', 'their', 'which', 'these', 'those', 'where', 'whether', 'really', 'other', 'people', 'first', 'actually', 'doing', 'think', 'your', 'what', 'when', 'work', 'working']);
/** A reply is on the question when it shares a content word (by its first five letters) or a fact topic with it. */
function onQuestion(question: string, reply: string, factTopics: readonly string[]): boolean {
  const stems = (t: string) => new Set((t.toLowerCase().match(/[a-z]{5,}/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5)));
  const r = stems(reply);
  if ([...stems(question)].some((s) => r.has(s))) return true;
  return understand(question, undefined, { ...PLAIN_CARD }).topics.some((t) => factTopics.includes(t));
}

const PLAIN_CARD = findPreset('preset-ux-researcher')!.card;

export interface ScopeResult {
  c: ScopeCase;
  reply: string;
  ok: boolean;
  why: string;
}

function play(c: ScopeCase): { reply: string; wrappedUp: boolean } {
  const card = findPreset(c.preset)!.card;
  const history: TranscriptTurn[] = [];
  const before =
    c.cls === 'greeting'
      ? []
      : c.cls === 'closing'
        ? ['Hi, thanks for meeting with me.', 'How did you get into this field?', 'What does a typical week look like?', 'What advice would you give someone starting out?', 'Who else should I talk to?']
        : ['Hi, thanks for meeting with me.'];
  for (const userText of [...before, c.text]) {
    const r = composeReply({ card, seed: 11, minutes: 30, history, userText });
    if (userText === c.text) return { reply: r.text, wrappedUp: r.wrappedUp };
    history.push({ role: 'user', content: userText, elapsedMinutes: r.userElapsedMinutes });
    history.push({ role: 'professional', content: r.text, elapsedMinutes: r.elapsedMinutes });
  }
  throw new Error('unreachable');
}

const ALSO_COVERS: Partial<Record<Intent, FactTopic[]>> = { hard: ['dislikes'], culture: ['team'], people: ['team'] };

/** The card topics of the direct answers and bank entries (or their follow-ups) a reply says. */
function directTopics(card: PersonaCard, reply: string): FactTopic[] {
  const out = new Set<FactTopic>();
  for (const [intent, answers] of Object.entries(answersFor(card) ?? {}) as Array<[Intent, Array<{ text: string; followUps: string[] }>]>) {
    const heard = (line: string) => reply.includes(contract(line, card.temperament).slice(0, 60)) || reply.includes(line.slice(0, 60));
    if (!answers.some((a) => heard(a.text) || heard(a.text.split(/(?<=[.?!])\s/)[0]!) || a.followUps.some(heard))) continue;
    out.add(INTENT_TOPIC[intent]);
    // An intent's answers cover what the intent is defined to cover (the intents table): the hard part
    // includes what they dislike, the workplace culture what the team is like.
    for (const also of ALSO_COVERS[intent] ?? []) out.add(also);
  }
  // A question-bank entry (or one of its follow-ups) covers its intent's topics the same way.
  const heard = (line: string) => reply.includes(contract(line, card.temperament).slice(0, 60)) || reply.includes(line.slice(0, 60));
  for (const entry of bankFor(card)?.entries ?? []) {
    if (!heard(entry.text) && !heard(entry.text.split(/(?<=[.?!])\s/)[0]!) && !entry.followUps.some((f) => heard(f.text))) continue;
    out.add(INTENT_TOPIC[entry.intent]);
    for (const also of ALSO_COVERS[entry.intent] ?? []) out.add(also);
  }
  return [...out];
}

export function scoreCase(c: ScopeCase): ScopeResult {
  const { reply, wrappedUp } = play(c);
  const card = findPreset(c.preset)!.card;
  const index = factIndex(card);
  const facts = index.facts.filter((f) => saidFacts(index, [reply]).has(f.id));
  // A direct answer (a preset's answers file) counts as a fact on its intent's topic.
  const direct = directTopics(card, reply);
  if (direct.length > 0) facts.push({ id: 'direct-answer', text: '', topics: direct as [FactTopic, ...FactTopic[]], time: 'now', stance: 'neutral', people: [], asks: ['general'] });
  const fail = (why: string): ScopeResult => ({ c, reply, ok: false, why });
  const firstSentence = reply.split(/(?<=[.?!])\s/)[0] ?? reply;
  switch (c.cls) {
    case 'own-job':
      if (REFUSAL.test(reply)) return fail('refused');
      if (facts.length === 0) return fail('no fact');
      if (!onQuestion(c.text, reply, facts.flatMap((f) => f.topics))) return fail('off the question');
      break;
    case 'stray':
      if (REFUSAL.test(reply)) return fail('refused');
      if (STOCK.test(reply)) return fail('stock line');
      if (/\bAs for\b/.test(reply)) return fail('second topic');
      if (facts.length === 0) return fail('no fact');
      if (!onQuestion(c.text, reply, facts.flatMap((f) => f.topics))) return fail('off the question');
      break;
    case 'premise':
      if (!CORRECTION.test(firstSentence) || REFUSAL.test(firstSentence)) return fail('premise stood');
      break;
    case 'two-part': {
      const [a, b] = c.both!;
      if (!facts.some((f) => f.topics.includes(a))) return fail(`no ${a}`);
      if (!facts.some((f) => f.topics.includes(b))) return fail(`no ${b}`);
      break;
    }
    case 'closing':
      if (!wrappedUp || KEEP_GOING.test(reply)) return fail('not a goodbye');
      break;
    case 'greeting':
      if (ASK_INTRO.test(reply)) return fail('asks for an intro already given');
      if (/\byears?\b/i.test(c.text) && ASK_BASICS.test(reply)) return fail('asks an experienced person about basics');
      break;
  }
  return { c, reply, ok: true, why: '' };
}

export function scopeReport(cases: readonly ScopeCase[] = SCOPE_CASES) {
  const results = cases.map(scoreCase);
  const byClass = new Map<string, { ok: number; n: number }>();
  for (const r of results) {
    const e = byClass.get(r.c.cls) ?? { ok: 0, n: 0 };
    e.n++;
    if (r.ok) e.ok++;
    byClass.set(r.c.cls, e);
  }
  return { results, ok: results.filter((r) => r.ok).length, n: results.length, byClass };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { results, ok, n, byClass } = scopeReport(process.argv.includes('--held-out') ? SCOPE_HELD_OUT : SCOPE_CASES);
  for (const r of results) if (!r.ok || process.argv.includes('--all')) console.log(`${r.ok ? 'ok  ' : 'FAIL'} [${r.c.cls}] ${r.c.preset.replace('preset-', '')}: ${r.c.text}\n     ${r.why} → ${r.reply}`);
  for (const [k, v] of byClass) console.log(`${k}: ${v.ok}/${v.n}`);
  console.log(`total: ${ok}/${n} (${Math.round((100 * ok) / n)}%)`);
}
