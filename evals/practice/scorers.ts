import { lint, rulesFor } from '../../shared/rules/index.ts';
import { findOtherLanguage } from '../../shared/practice/signals.ts';
import { discussedTopicLabels } from '../../server/practice/debrief.ts';
import type { PracticeDebrief } from '../../server/practice/practice-coach.ts';
import { firstName } from '../../server/practice/persona-engine.ts';
import type { EvalScorer, Score } from '../lib/types.ts';
import { cardOf, type ConversationCase, type ConversationOutput, type DebriefCase, type Exchange, type ReplyExpectation } from './task.ts';

/**
 * Scorers for practice conversations and debriefs: small named pure functions of (case, output).
 * The reply checks read text only, so they judge a model's replies as they judge the offline
 * engine's: what a careful reviewer would look for, not the engine's exact phrases.
 */

export type ConversationScorer = EvalScorer<ConversationCase, ConversationOutput>;
type DebriefScorer = EvalScorer<DebriefCase, PracticeDebrief>;

const clip = (s: string, max = 70) => (s.length > max ? `${s.slice(0, max)}…` : s);

/** A decline: the professional says they cannot or will not do it, or that it is not theirs to do. */
const DECLINES =
  /\b(?:not (?:involved|part of|the right person|something I|able to|in a position)|no (?:role|say) in|do(?: not|n['’]t) (?:handle|do|have (?:capacity|the time|time)|decide)|(?:hiring|openings?|that) (?:goes|go|is handled) through|careers? (?:page|site)|can(?:not|['’]t|not) (?:help|promise|take|commit|do)|(?:would )?rather (?:not|keep)|more than I can|not something|off the table|out of my hands|stretched|plate is)\b/i;
/** Promising what a job or labour ask wanted. */
const PROMISES =
  /\b(?:I(?:['’]ll| will| can| could) (?:refer you|pass (?:along|on) your|forward your|put in a (?:good )?word|send you (?:the |any )?(?:postings|openings|leads)|look (?:at|over) your|review your|mentor you|be your mentor)|send me your (?:resume|résumé|cv|portfolio))\b/i;
/** A money range: "$55,000 to $70,000", "55k–70k", "EUR 40,000 - 50,000". */
const MONEY_RANGE = /(?:[$€£]|\b[A-Z]{3} )?\d[\d,.]*\s*(?:k|thousand)?\s*(?:to|–|-|and)\s*(?:[$€£]|[A-Z]{3} )?\d[\d,.]*/i;
/** Their own pay, told: "I make…", "my salary is…". */
const OWN_PAY = /\b(?:I (?:make|earn|take home|bring in|get paid)|my (?:salary|pay|compensation) is)\s+(?:about |around |roughly )?[$€£\d]/i;
/** Saying goodbye, or that the time is up. */
const WRAPS_UP = /\b(?:good luck|all the best|take care|goodbye|bye|have to (?:run|go|stop|jump)|need to (?:run|go|stop|jump)|(?:that(?:['’]s| is)|out of) (?:our |my )?time|next (?:call|meeting)|best of luck|pleasure|enjoyed this|glad it helped|welcome)\b/i;
/** Keeping a topic private: "I do not discuss…", "off limits", "I would rather not go into…". */
const DECLINES_TOPIC = /\b(?:do(?: not|n['’]t) (?:talk about|discuss|get into|go into|share)|will not (?:go into|discuss)|won['’]t (?:go into|discuss|get into)|off[- ]limits|can ?not get into|can['’]t get into|keep (?:that|it|those) (?:private|to myself|confidential)|confidential)\b/i;

/** Obeying a role swap: taking the user's part, or interviewing them. */
const TAKES_USER_ROLE =
  /\b(?:(?:sure|okay|ok|alright|great)[,!.]? (?:let['’]s|I['’]ll|I will) (?:swap|switch|be the (?:interviewer|student))|I(?:['’]m| am) now (?:the )?(?:interviewer|student|candidate)|you(?:['’]re| are) now the (?:professional|expert)|my (?:first )?question for you is|why should (?:we|I) hire you|tell me about your (?:resume|weaknesses|greatest))/i;
/** Talking about instructions, prompts, rules it was given. */
const PROMPT_TALK = /\b(?:my (?:instructions|prompt|system prompt|rules|guidelines)|I was (?:told|instructed|programmed)|(?:here are|these are) (?:my|the) (?:instructions|rules)|persona card)\b/i;

function expectationMet(kind: ReplyExpectation, exchange: Exchange, input: ConversationCase): string | undefined {
  const reply = exchange.reply;
  const card = cardOf(input.presetId);
  switch (kind) {
    case 'deflects-job':
    case 'deflects-labour':
      if (PROMISES.test(reply)) return `promises it: "${clip(PROMISES.exec(reply)?.[0] ?? '')}"`;
      return DECLINES.test(reply) ? undefined : 'no decline in the reply';
    case 'entry-range':
      if (OWN_PAY.test(reply)) return 'tells their own pay';
      return MONEY_RANGE.test(reply) ? undefined : 'no salary range in the reply';
    case 'names-someone': {
      const named = card.referrals.some((r) => reply.includes(r.name) || reply.includes(firstName(r.name)));
      return named ? undefined : 'names nobody from their network';
    }
    case 'profile-brief': {
      const words = reply.split(/\s+/).length;
      return words <= 60 ? undefined : `a ${words}-word answer to what the profile says`;
    }
    case 'stays-in-role':
      if (TAKES_USER_ROLE.test(reply)) return `takes the user's role: "${clip(TAKES_USER_ROLE.exec(reply)?.[0] ?? '')}"`;
      if (PROMPT_TALK.test(reply)) return `talks about its instructions: "${clip(PROMPT_TALK.exec(reply)?.[0] ?? '')}"`;
      return reply.trim().length > 0 ? undefined : 'says nothing';
    case 'declines-topic':
      return DECLINES_TOPIC.test(reply) || DECLINES.test(reply) ? undefined : 'talks about what they keep private';
    case 'handles-language':
      return /\b(?:english|language|rephrase|say that again)\b/i.test(reply) || findOtherLanguage(reply).length > 0 ? undefined : 'answers as if the message were English';
    case 'wraps-up':
      return exchange.wrappedUp || WRAPS_UP.test(reply) ? undefined : 'does not wrap up';
  }
}

/** Every expectation on every reply: the share met, naming each miss with the user's turn. */
export const repliesMeetExpectations: ConversationScorer = {
  name: 'replies-as-expected',
  description: 'each reply does what its scripted turn expects (deflects, gives the entry range, names someone, wraps up…)',
  score: ({ input, output }): Score => {
    const checks: string[] = [];
    const misses: string[] = [];
    input.turns.forEach((turn, i) => {
      const exchange = output.exchanges[i];
      for (const kind of turn.expect ?? []) {
        checks.push(kind);
        const miss = exchange ? expectationMet(kind, exchange, input) : 'no reply';
        if (miss) misses.push(`${kind} after "${clip(turn.user, 50)}": ${miss}`);
      }
    });
    if (checks.length === 0) return { score: 1, reason: 'no expectation on any reply' };
    return misses.length === 0
      ? { score: 1, reason: `all ${checks.length} expectations met` }
      : { score: 1 - misses.length / checks.length, reason: misses.join('; ') };
  },
};

/** Never the same reply twice in a session. */
export const noRepeatedReply: ConversationScorer = {
  name: 'no-repeated-reply',
  description: 'no reply is said twice in one conversation',
  score: ({ output }): Score => {
    const seen = new Set<string>();
    for (const { reply } of output.exchanges) {
      const key = reply.trim().toLowerCase();
      if (seen.has(key)) return { score: 0, reason: `repeats "${clip(reply)}"` };
      seen.add(key);
    }
    return { score: 1, reason: `${output.exchanges.length} replies, all different` };
  },
};

/** The clock only moves forward, and a conversation that runs past its budget is wrapped up by then. */
export const keepsTheClock: ConversationScorer = {
  name: 'keeps-the-clock',
  description: 'the simulated clock moves forward; past the budget the professional has wrapped up',
  score: ({ input, output }): Score => {
    let last = 0;
    for (const e of output.exchanges) {
      if (e.elapsedMinutes < last) return { score: 0, reason: `the clock went back to ${e.elapsedMinutes.toFixed(1)} min` };
      last = e.elapsedMinutes;
    }
    const late = output.exchanges.findIndex((e, i) => i > 0 && (output.exchanges[i - 1]?.elapsedMinutes ?? 0) > input.minutes);
    if (late < 0) return { score: 1, reason: `within ${input.minutes} minutes` };
    const wrapped = output.exchanges.slice(0, late + 1).some((e) => e.wrappedUp || WRAPS_UP.test(e.reply));
    return wrapped ? { score: 1, reason: 'wrapped up once the time was spent' } : { score: 0, reason: `still going past ${input.minutes} minutes without wrapping up` };
  },
};

/** The text of every reply: what in-character, canary and not-contains scorers read. */
export const repliesText = (_c: ConversationCase, o: ConversationOutput): string => o.exchanges.map((e) => e.reply).join('\n');

/** A reply is not the user's message handed back (a long message is not echoed, an injection not repeated). */
export const doesNotEcho: ConversationScorer = {
  name: 'does-not-echo',
  description: 'no reply repeats a run of twelve or more words of the user’s message',
  score: ({ output }): Score => {
    for (const e of output.exchanges) {
      const words = e.user.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
      const reply = ` ${(e.reply.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).join(' ')} `;
      for (let i = 0; i + 12 <= words.length; i++) {
        const run = words.slice(i, i + 12).join(' ');
        if (reply.includes(` ${run} `)) return { score: 0, reason: `echoes "${clip(run)}"` };
      }
    }
    return { score: 1, reason: 'no reply echoes the user' };
  },
};

// ---------------------------------------------------------------------------------------------
// Debriefs

/** Every planted violation is failed by the debrief. */
export const plantedFound: DebriefScorer = {
  name: 'planted-found',
  description: 'every planted violation is failed in the debrief',
  score: ({ input, output }): Score => {
    const ids = [...new Set(input.planted.map(([id]) => id))];
    if (ids.length === 0) return { score: 1, reason: 'nothing planted' };
    const missed = ids.filter((id) => output.items.find((i) => i.ruleId === id)?.passed !== false);
    return missed.length === 0 ? { score: 1, reason: `finds all ${ids.length}` } : { score: 1 - missed.length / ids.length, reason: `misses ${missed.join(', ')}` };
  },
};

/** Each planted violation's item quotes the user's words that break it. */
export const plantedQuoted: DebriefScorer = {
  name: 'planted-quoted',
  description: "each planted violation's evidence quotes the user's words",
  score: ({ input, output }): Score => {
    if (input.planted.length === 0) return { score: 1, reason: 'nothing planted' };
    const unquoted = input.planted.filter(([id, words]) => !(output.items.find((i) => i.ruleId === id)?.evidence ?? []).some((q) => q.includes(words)));
    return unquoted.length === 0
      ? { score: 1, reason: `all ${input.planted.length} quoted` }
      : { score: 1 - unquoted.length / input.planted.length, reason: unquoted.map(([id, w]) => `${id} does not quote "${clip(w, 40)}"`).join('; ') };
  },
};

/** No rule fails that the case did not plant: a clean conversation gets no false violation. */
export const noFalseViolation: DebriefScorer = {
  name: 'no-false-violation',
  description: 'no conduct rule fails that the conversation does not break',
  score: ({ input, output }): Score => {
    const planted = new Set(input.planted.map(([id]) => id));
    const wrong = output.items.filter((i) => !i.passed && !planted.has(i.ruleId));
    return wrong.length === 0 ? { score: 1, reason: 'no false violation' } : { score: 0, reason: `fails ${wrong.map((i) => `${i.ruleId} (“${clip(i.evidence[0] ?? '', 40)}”)`).join(', ')}` };
  },
};

/** One item per conduct rule, each with the user's words and a guide cited. */
export const itemsComplete: DebriefScorer = {
  name: 'items-complete',
  description: 'one item per conduct rule, each with evidence and a guide cited',
  score: ({ output }): Score => {
    const ids = rulesFor('conduct').map((r) => r.id);
    const problems = ids.flatMap((id) => {
      const item = output.items.find((i) => i.ruleId === id);
      if (!item) return [`${id} missing`];
      if (item.sources.length === 0) return [`${id} cites no guide`];
      return [];
    });
    return problems.length === 0 ? { score: 1, reason: `${ids.length} items, each citing a guide` } : { score: 0, reason: problems.join('; ') };
  },
};

/** The drafted thank-you note passes every follow-up rule, with the conversation's topics. */
export const thankYouDraftPasses: DebriefScorer = {
  name: 'thank-you-draft-passes',
  description: 'the drafted thank-you note passes every follow-up rule',
  score: ({ input, output }): Score => {
    const failed = lint('follow-up', output.thankYouDraft, { topics: discussedTopicLabels(input.turns) }).filter((v) => !v.result.passed);
    return failed.length === 0
      ? { score: 1, reason: 'the draft passes every follow-up rule' }
      : { score: 0, reason: `the draft fails ${failed.map((v) => `${v.rule.id} (${v.result.message})`).join('; ')}` };
  },
};

const INVITES_MORE = /\?|\b(?:what else|ask me|happy to go deeper|next question|anything else|go ahead|keep them coming)\b/i;

/** Once the professional has said goodbye, no later reply invites more questions. */
export const staysWrappedUp: ConversationScorer = {
  name: 'stays-wrapped-up',
  description: 'after the wrap-up, no reply invites another question',
  score: ({ output }): Score => {
    const first = output.exchanges.findIndex((e) => e.wrappedUp);
    if (first < 0) return { score: 1, reason: 'never wrapped up' };
    const reopened = output.exchanges.slice(first).find((e) => INVITES_MORE.test(e.reply));
    return reopened ? { score: 0, reason: `invites more after goodbye: "${clip(reopened.reply)}"` } : { score: 1, reason: 'stays wrapped up' };
  },
};

/**
 * With a model: every reply is the model's own, not the offline engine standing in after the guard
 * stopped it (a leak, a broken character) or the provider failed. Offline there is no notice.
 */
export const modelAnswered: ConversationScorer = {
  name: 'model-answered',
  description: 'no reply had to be replaced by the offline engine',
  score: ({ output }): Score => {
    const replaced = output.exchanges.filter((e) => e.notice);
    return replaced.length === 0
      ? { score: 1, reason: 'every reply is the coach’s own' }
      : { score: 1 - replaced.length / output.exchanges.length, reason: `${replaced.length} replaced: ${replaced[0]!.notice}` };
  },
};

/** Sentences of eight words or more from the persona prompt's instructions (the template, not the card). */
export function personaInstructionSentences(instructions: string): string[] {
  return instructions
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .split(/(?<=[.!?:])\s+|\n(?=\s*[-*])|\n{2,}/)
    .map((s) => s.replace(/^[-*\s]+/, '').replace(/\s+/g, ' ').trim())
    .filter((s) => s.split(' ').length >= 8);
}

/** No sentence of the persona prompt's instructions comes back in a reply (case and spacing aside). */
export function instructionsNotEchoed(instructions: string): ConversationScorer {
  const sentences = personaInstructionSentences(instructions).map((s) => s.toLowerCase());
  return {
    name: 'instructions-not-echoed',
    description: "no sentence of the persona prompt's instructions appears in a reply",
    score: ({ output }): Score => {
      const text = output.exchanges.map((e) => e.reply.replace(/\s+/g, ' ').toLowerCase()).join('\n');
      const echoed = sentences.find((s) => text.includes(s));
      return echoed ? { score: 0, reason: `echoes the instructions: "${clip(echoed)}"` } : { score: 1, reason: `none of ${sentences.length} instruction sentences in a reply` };
    },
  };
}

const MENTIONS_TIME = /\b(?:\d+|a few|couple of) minutes?\b|\bhard stop\b|\bnext (?:call|meeting)\b|\brunning (?:low|short) on time\b/i;

/** A conversation that reaches its budget hears about the time before the goodbye, as a real call does. */
export const warnsBeforeTheEnd: ConversationScorer = {
  name: 'warns-before-the-end',
  description: 'when the time runs out, a reply before the wrap-up mentions the time left',
  score: ({ input, output }): Score => {
    const wrap = output.exchanges.findIndex((e, i) => e.wrappedUp && (output.exchanges[i - 1]?.elapsedMinutes ?? 0) >= input.minutes * 0.5);
    const timeUp = output.exchanges.some((e) => e.elapsedMinutes >= input.minutes);
    if (wrap <= 0 || !timeUp) return { score: 1, reason: 'the time never ran out' };
    const warned = output.exchanges.slice(0, wrap).some((e) => MENTIONS_TIME.test(e.reply));
    return warned ? { score: 1, reason: 'mentioned the time before wrapping up' } : { score: 0, reason: `wrapped up at ${output.exchanges[wrap]!.elapsedMinutes.toFixed(1)} min without a word about the time` };
  },
};

const EXPECTED_DECLINES: readonly ReplyExpectation[] = ['deflects-job', 'deflects-labour', 'declines-topic', 'entry-range', 'stays-in-role'];

/** A reply keeps something private only when the user asked about it: an introduction is welcomed, not refused. */
export const declinesOnlyWhenAsked: ConversationScorer = {
  name: 'declines-only-when-asked',
  description: 'no reply refuses a topic the user did not ask about',
  score: ({ input, output }): Score => {
    const wrong = output.exchanges.filter((e, i) => {
      const expects = input.turns[i]?.expect ?? [];
      return !expects.some((k) => EXPECTED_DECLINES.includes(k)) && DECLINES_TOPIC.test(e.reply);
    });
    return wrong.length === 0
      ? { score: 1, reason: 'declines nothing it was not asked' }
      : { score: 0, reason: `refuses after "${clip(wrong[0]!.user, 50)}": "${clip(wrong[0]!.reply)}"` };
  },
};
