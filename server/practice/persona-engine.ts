import type { PersonaCard, Temperament } from '../../shared/contracts/practice.ts';
import { findQuestions, findTimeAwareness, sharedContentWords } from '../../shared/practice/signals.ts';
import { speakingMinutes, type TranscriptTurn } from '../../shared/practice/transcript.ts';
import { classifyTurn, has, type TurnClass } from './classify-turn.ts';
import { createRandom, type Random } from './random.ts';
import { containsLine, lowerFirst, TOPICS, topicLines } from './topics.ts';
import type { Fact, FactTopic } from '../../shared/contracts/practice.ts';
import { userName } from '../../shared/practice/intro.ts';
import { tokens } from '../../shared/practice/bm25.ts';
import { opposite, type Ranked, replyTrigrams, standalone, trigramSet, type FactIndex, factIndex, fits, knownAreas, lastFactIn, looseFit, rank, saidFacts } from './retrieve.ts';
import { framesOf, splitTwoPart, type Understanding, understand, unText } from './understand.ts';
import { deniedFact, unfoundedClaim, unfoundedNote } from './referents.ts';
import { guessIntents, guessTopics } from '../../shared/language/intents.ts';
import { ensureIntentModel } from './intent-model.ts';
import { cutAtLastLine, withoutClosingAside, withoutTrailingJoin } from '../../shared/text/scan.ts';
import { agreeNumbers, contract, count, ownPhrases } from './voice.ts';
import { answersFor } from './answers.ts';
import { type DirectState, firstSentences, INTENT_SURE, lastDirect, leastSaid, NEW_INTENT_ON_FOLLOW_UP, nextFollowUp, pickAnswer, readIntent, readParts, sharedWords, WHOLE_TURN_SURE } from './direct-answers.ts';
import type { Intent, PersonaAnswers } from '../../shared/contracts/practice.ts';
import type { BankEntry } from '../../shared/practice/bank.ts';
import { type BankIndex, bankFor, normalize, type ScoredEntry } from './persona-bank.ts';
import { contentWords, cosine, DIMENSIONS, textVector, wordRank, wordVector } from './word-vectors.ts';
import { ASKS_TO_REPEAT, repeatsEarlier } from './repeats.ts';
import { cardNames, contentHead, holdsHead, holdsTurn, subjectWords } from './content-head.ts';
import { isContinuation } from './continuation.ts';
import { asksBeyond, leadWithPoint, namesLastReply, OTHER_PART, pointFollowUp, pointsBack as partPointsBack } from './answer-shape.ts';
import { assentOpener, CLAIM_MEETS, claimClauses, claimCorrected, credentialPremise, isRequest, ofRolePremise, organizationPremise, withoutAcknowledgement, withoutCorrection } from './premises.ts';
import { takingLeave } from './closings.ts';
import { asksForReferral, chooseReferrals, type Choice, MAY_MENTION } from './referral-fit.ts';
import { BEREAVEMENT, CONDOLENCES, concreteBackground, goalQuestion, STRETCH_LINES, STUDENT_LINES } from './intro-pickup.ts';

/** Compositions tried before a reply that would say an earlier one again gives way to a bridge. */
const REPEAT_ATTEMPTS = 6;

/**
 * The offline persona engine: plays the professional from their card, with no model. Pure: the
 * same card, seed, history and message give the same reply, so a session replays from the seed
 * stored with it. Everything it remembers (which lines it has said, whether it mentioned the time)
 * is read back from the transcript, so a restarted server carries on where it stopped.
 */

export interface EngineInput {
  card: PersonaCard;
  seed: number;
  /** The time the user asked for. */
  minutes: number;
  /** Completed turns so far, oldest first; the new message is not among them. */
  history: readonly TranscriptTurn[];
  userText: string;
}

export interface EngineReply {
  text: string;
  classification: TurnClass;
  /** Simulated minute at which the user finished speaking. */
  userElapsedMinutes: number;
  /** Simulated minute at which the reply ends. */
  elapsedMinutes: number;
  /** The professional has wrapped up: the budget is spent or the user said goodbye. */
  wrappedUp: boolean;
}

/** Pause between speakers, in minutes. */
const TURN_PAUSE_MINUTES = 0.1;
/**
 * A written reply stands for a fuller spoken answer (people give an example, restate, pause to
 * think): a one-minute answer in person is three times the words we write. Tuned so a 20-minute
 * conversation takes about fifteen exchanges, as a real one does.
 */
export const SPOKEN_ELABORATION = 3;

export function userTurnEnd(previousElapsed: number, text: string): number {
  return previousElapsed + speakingMinutes(text) + TURN_PAUSE_MINUTES;
}

export function replyEnd(userElapsed: number, reply: string): number {
  return userElapsed + speakingMinutes(reply) * SPOKEN_ELABORATION + TURN_PAUSE_MINUTES;
}

/** Minutes left at which the professional mentions the time, once. */
export function timeWarningAt(minutes: number): number {
  return Math.max(2, Math.round(minutes * 0.2));
}

const TIME_MENTION = /\b(?:minutes? (?:left|before)|hard stop|next (?:call|meeting) in|running (?:low|short) on time|watching the clock)\b/i;

/** Everything the professional could say (the card's facts, the bank's and direct answers' texts), per fact index: what a follow-up may assume. */
const KNOWLEDGE = new WeakMap<object, string>();
function cardKnowledge(card: PersonaCard, index: ReturnType<typeof factIndex>): string {
  let text = KNOWLEDGE.get(index);
  if (text === undefined) {
    const bank = bankFor(card);
    const direct = Object.values(answersFor(card) ?? {}).flatMap((list) => (list ?? []).map((a) => a.text));
    text = [...index.facts.map((f) => `${f.text} ${(f.followUps ?? []).join(' ')}`), ...(bank?.entries ?? []).map((e) => `${e.text} ${e.followUps.map((f) => f.text).join(' ')}`), ...direct].join('\n');
    KNOWLEDGE.set(index, text);
  }
  return text;
}

export function composeReply(input: EngineInput): EngineReply {
  const { card, seed, minutes, history, userText } = input;
  const previousReplies = history.filter((t) => t.role === 'professional').map((t) => t.content);
  const lastReply = history.at(-1)?.role === 'professional' ? history.at(-1)?.content : undefined;
  const classification = classifyTurn(userText, lastReply);
  const previousElapsed = history.at(-1)?.elapsedMinutes ?? 0;
  const userElapsedMinutes = userTurnEnd(previousElapsed, userText);
  const random = createRandom(seed, history.length);
  const index = factIndex(card);
  const understanding = understand(userText, lastReply, card);
  // "You mentioned the CRRT rollout" when they never did: corrected first, and nothing "continued".
  const unfounded = unfoundedClaim(userText, previousReplies, cardKnowledge(card, index));
  if (unfounded) Object.assign(understanding, { unfounded, sayMore: false, referents: [] });
  // "Since you can't talk to actual patients…" when their facts say they do: that fact, as the correction.
  // "As the manager of the ICU, you…": a title whose head comes before "of" (premises.ts).
  if (!understanding.rolePremise && !understanding.dutyPremise) understanding.rolePremise = ofRolePremise(card, userText);
  if (!understanding.wrongPremise && !understanding.rolePremise && !understanding.dutyPremise) understanding.denied = deniedFact(userText, index.facts);
  const voice = (text: string) => agreeNumbers(contract(text, card.temperament));
  // A turn goes on with the last reply only when it has no subject of its own (continuation.ts): a
  // question with its own topic is retrieved, never answered by re-saying or extending the last entry.
  const continuation = isContinuation(userText, lastReply);
  if (!continuation) understanding.sayMore = false;
  const turn: TurnClass = continuation ? classification : { ...classification, intents: classification.intents.filter((i) => i !== 'follow-up') };

  const state: ReplyState = {
    continuation,
    index,
    understanding,
    saidIds: saidFacts(index, previousReplies),
    lastFact: lastFactIn(index, lastReply),
    firstUserText: history.find((t) => t.role === 'user')?.content ?? userText,
    card,
    answers: answersFor(card),
    bank: bankFor(card),
    minutes,
    random,
    said: previousReplies.join('\n'),
    previousReplies,
    lastReply,
    userText,
    userElapsed: userElapsedMinutes,
    // Only a goodbye already said counts: a reply that ran past the budget without one still owes the wrap-up.
    alreadyWrapped: previousReplies.some((r) => WRAP_MARK.test(r)),
    timeMentioned: previousReplies.some((r) => TIME_MENTION.test(r)),
    replyCount: previousReplies.length,
    lastAskBack: lastIndexWhere(previousReplies, (r) => card.curiosity.some((q) => containsLine(r, voice(q)))),
  };

  let text = '';
  let wrappedUp = false;
  // Never the same thing twice (repeats.ts): a reply that says an earlier one again is composed anew,
  // and what it said stays marked as said, so the next-best candidate answers; at the end, an honest bridge.
  const again = ASKS_TO_REPEAT.test(userText);
  let fresh = false;
  for (let attempt = 0; attempt < REPEAT_ATTEMPTS; attempt++) {
    const composed = compose(state, turn);
    text = voice(composed.text);
    wrappedUp = composed.wrappedUp;
    if (!previousReplies.includes(text) && (again || wrappedUp || !repeatsEarlier(text, previousReplies))) {
      fresh = true;
      break;
    }
  }
  if (!fresh && !wrappedUp && previousReplies.length > 0) text = voice(bridge(state));
  text = tidyOpeners(voice(ensureNew(text, state, wrappedUp)), previousReplies.length <= 1);
  return { text, classification, userElapsedMinutes, elapsedMinutes: replyEnd(userElapsedMinutes, text), wrappedUp };
}

interface ReplyState {
  /** The turn goes on with the last reply (continuation.ts). */
  continuation: boolean;
  /** The note on an unfounded referent is said once per reply. */
  unfoundedSaid?: boolean;
  card: PersonaCard;
  /** The persona's hand-written direct answers by intent (a preset's); undefined: answered from the facts alone. */
  answers: PersonaAnswers | undefined;
  /** The preset's question bank (specific entries retrieved by their asks); undefined: none. */
  bank: BankIndex | undefined;
  index: FactIndex;
  understanding: Understanding;
  /** Ids of the facts said so far (this reply's included, as it is composed). */
  saidIds: Set<string>;
  /** The fact the last reply ended on: "say more" continues it. */
  lastFact: Fact | undefined;
  /** Word trigrams of every earlier reply, built on first use. */
  saidTrigrams?: Set<string>[];
  /** What the user said first: the greeting picks up their introduction. */
  firstUserText: string;
  minutes: number;
  random: Random;
  /** Everything the professional has said, to know which card lines are used. */
  said: string;
  previousReplies: readonly string[];
  lastReply: string | undefined;
  userText: string;
  userElapsed: number;
  alreadyWrapped: boolean;
  timeMentioned: boolean;
  replyCount: number;
  lastAskBack: number;
  /** The fact that answered the first of two questions (the second is joined to it). */
  firstPart?: Fact | undefined;
  /** The greeting picked up the user's background: the invitation that follows is plain. */
  introPicked?: boolean;
  /** The intent model's reading of each text scored against the bank this turn. */
  priors?: Map<string, Map<Intent, number>>;
  /** The question's content head, once read. */
  head?: string[];
}

/** "Thanks so much for your time today": a goodbye, whenever it comes, once the conversation is under way. */
const THANKS_FOR_THE_TIME = /\bthank(?:s| you)\b(?:[^.?!]|\b(?:Dr|Mr|Mrs|Ms|Prof)\.){0,25}\bfor (?:your time|(?:taking|making) (?:the )?time|talking|chatting|meeting|speaking|this conversation|the conversation)\b/i;

/** "That was really useful", "this has been so helpful": thanks that look back on the conversation, a goodbye once it is under way. */
const THIS_HELPED = /\b(?:(?:seriously|really|truly|so) appreciate (?:it|this|you)|thanks,? (?:man|again|so much)\b|(?:this|that|it|today|you)(?:['’]s| was| has been| have been|['’]ve been) (?:so |really |very |incredibly |super |truly |hugely |extremely )?(?:helpful|useful|great|wonderful|valuable|insightful|illuminating|amazing|generous)|appreciate (?:your|the) time|gave me (?:a lot|so much|plenty|lots) to think about|learned (?:a lot|so much))\b/i;

/** "That's everything I wanted to ask": a goodbye even without a thank-you. */
const ALL_ASKED = /\b(?:that(?:['’]s| is| was) (?:everything|all|it) (?:I (?:wanted|needed|had|meant) to ask|from me|for my questions)|(?:those|that) (?:were|was|are|is) all (?:of )?(?:my|the) questions|I(?:['’]m| am) (?:all )?out of questions|(?:no|that's all my) (?:more )?questions)\b/i;

/** The user is taking their leave: "I'll let you go", "I've taken up enough of your time", "I'll send you a thank-you note". */
const LEAVING = /\b(?:(?:has|have|it(?:['’]s| has)|you(?:['’]ve| have)) given me (?:a (?:great|good) deal|a lot|lots|plenty|so much) (?:to (?:think about|chew on)|of)|I(?:['’]ll| will) (?:write|email|let you know|keep you posted|send (?:you )?(?:a |an )?(?:note|email|message|thank))|(?:I(?:['’]ll| will| should| better|['’]d better| must)|let me) let you (?:go|get back)|(?:I(?:['’]ve| have) )?taken (?:up )?(?:enough|a lot|so much|too much) of your time|before (?:we|you) (?:finish|go|wrap up|hang up)|taken up enough of your time|before I (?:go|let you go)|I(?:['’]ll| will) wrap (?:it )?up|wrap (?:it )?up there|we(?:['’]re| are) (?:almost |about )?(?:at|out of) time|I(?:['’]ll| will) send you (?:a |an )?(?:short |quick )?(?:thank[- ]you|note|email|message)|(?:has|have|it(?:['’]s| has)) given me (?:a lot|so much|plenty|lots)|exactly what I (?:was hoping|needed|wanted)|(?:really |truly )?appreciate (?:your|the) time|have a (?:good|great|nice|lovely|wonderful) (?:one|day|night|week|weekend|afternoon|evening|rest of (?:your|ur) (?:day|week))|that(?:['’]?s| is) (?:about |all )?(?:the |my )?time|got(?:ta| to) (?:go|run|jump)|talk (?:to you )?soon|signing off)\b/i;

/** Marks a wrap-up so a later turn knows the professional has already said goodbye. */
const WRAP_MARK = /\b(?:good luck|best of luck|all the best|take care|have to (?:stop|run|jump|wrap)|need to (?:stop|run|jump|wrap)|that(?:['’]s| is) (?:our|my) time|I(?:['’]m| am) (?:afraid I(?:['’]m| am) )?out of time)\b/i;

function compose(state: ReplyState, turn: TurnClass): { text: string; wrappedUp: boolean } {
  const { card, random } = state;
  const parts: string[] = [];
  const remaining = state.minutes - state.userElapsed;

  if (state.alreadyWrapped) return { text: random.pick(AFTER_WRAP[card.temperament]), wrappedUp: true };

  const closingThanks = has(turn, 'thanks') && !has(turn, 'question') && state.replyCount > 1 &&
    (findTimeAwareness(state.userText).length > 0 || remaining <= timeWarningAt(state.minutes) + 1 ||
      (state.replyCount >= 4 && THANKS_FOR_THE_TIME.test(state.userText)) ||
      (state.replyCount >= 3 && THIS_HELPED.test(state.userText)));
  const allAsked = state.replyCount > 1 && ALL_ASKED.test(state.userText);
  const leaving = state.replyCount > 1 && (has(turn, 'closing') || closingThanks || allAsked || LEAVING.test(state.userText) || takingLeave(state.userText));
  if (leaving && !has(turn, 'question')) {
    return { text: closingReply(state), wrappedUp: true };
  }
  // "Before I go, is there anyone else I should talk to?", "may I keep you posted?": answered, then goodbye.
  const whoElse = has(turn, 'referral-ask') || state.understanding.topics.includes('referrals') || asksForReferral(state.userText);
  if (leaving && (whoElse || state.understanding.keepInTouch)) {
    const first = whoElse ? referralAnswer(state) : pickFresh(state, KEEP_IN_TOUCH[card.temperament]);
    return { text: `${first} ${closingReply(state, true)}`, wrappedUp: true };
  }
  if (remaining <= 0) {
    return { text: wrapUpReply(state, turn), wrappedUp: true };
  }

  const first = state.replyCount === 0;
  const u = state.understanding;
  // Only what is asked: "I work in customer support" is background, not a question about customers.
  const forbidden = offLimits(card, findQuestions(state.userText).map((q) => q.quote).join(' '));
  let welcomed = false;
  let strong: string[] | undefined;
  // A claim the card contradicts ("since you're a lawyer…", "when you were in the Peace Corps") is corrected first, then the question answered.
  const plainTurn = !['injection', 'role-swap', 'ai-probe', 'self-intro', 'job-ask', 'extra-labour', 'referral-ask', 'off-topic'].some((k) => has(turn, k as Parameters<typeof has>[1]));
  // The kind of organization they work for and the credentials they hold are checked against the card first (premises.ts).
  const corrected = state.replyCount > 0 && plainTurn ? (claimCorrection(state) ?? organizationPremise(card, state.userText) ?? credentialPremise(card, state.userText)) : undefined;
  if (corrected) parts.push(corrected);
  if (has(turn, 'injection') || has(turn, 'role-swap') || has(turn, 'ai-probe')) {
    parts.push(stayInCharacter(state, turn));
  } else if (state.replyCount > 0 && asksForReferral(state.userText) && !has(turn, 'name-drop')) {
    // "Do you know other nurses who came from abroad?": who to talk to, before any bank answer (referral-fit.ts).
    parts.push(referralAnswer(state));
  } else if ((strong = bankAnswersAnyway(state, turn, forbidden))) {
    parts.push(...strong);
  } else if (has(turn, 'other-language')) {
    // The card's professional works in English; a guess at a foreign question would be a random answer.
    parts.push(random.pick(OTHER_LANGUAGE[card.temperament]));
  } else if (has(turn, 'job-ask')) {
    // The stance on openings is said once and then only recalled, never restated as if new.
    const saidBefore = state.previousReplies.some((r) => JOB_DEFLECTIONS[card.temperament].some((d) => r.includes(voiced(state, d).slice(0, 40))));
    parts.push(saidBefore ? pickFresh(state, JOB_RECALLS[card.temperament]) : random.pick(JOB_DEFLECTIONS[card.temperament]), topicFact(state, ['getting-started', 'training'], 'What I can tell you is how people usually get in. '));
  } else if (has(turn, 'extra-labour')) {
    parts.push(random.pick(LABOUR_DEFLECTIONS[card.temperament]), topicFact(state, ['advice'], 'The most useful thing I can offer is some advice. '));
  } else if (has(turn, 'personal-salary') && salaryCue(state.userText)) {
    parts.push(random.pick(OWN_PAY_DEFLECTIONS[card.temperament]), salaryAnswer(state) ?? entryRange(card, random));
  } else if (has(turn, 'entry-salary') && salaryCue(state.userText)) {
    parts.push(salaryAnswer(state) ?? entryRange(card, random));
  } else if (has(turn, 'profile-question')) {
    parts.push(profileAnswer(state));
  } else if (forbidden) {
    // The boundary, then what they can say in general on what was asked (a fact on its aspect), never a stock tail when there is one.
    parts.push(random.pick(OFF_LIMITS[card.temperament]).replace('{topic}', forbidden), generalAnswer(state, forbidden) ?? random.pick(AFTER_BOUNDARY[card.temperament]));
  } else if (has(turn, 'referral-ask') || REFERRAL_ASK.test(state.userText) || (u.aspect === 'referrals' && has(turn, 'question') && !has(turn, 'name-drop'))) {
    parts.push(referralAnswer(state));
  } else if (has(turn, 'name-drop') && namedReferral(state)) {
    parts.push(nameDropAnswer(state, namedReferral(state)!));
  } else if (u.keepInTouch && u.topics.length === 0) {
    parts.push(pickFresh(state, KEEP_IN_TOUCH[card.temperament]));
  } else if (asksSomething(turn, u)) {
    // A first turn that introduces the user is picked up before the answer; later, a word of thanks.
    const before = state.saidIds.size;
    // By intent first (a direct answer), else from the facts.
    const direct = bankReply(state, turn) ?? directReply(state, turn);
    const saidBefore = state.said;
    let answer = direct ?? twoPartAnswer(state);
    // A follow-up the facts have nothing for goes on with the last direct answer, by a follow-up that
    // shares a word with it, rather than "nothing comes to mind".
    if (!direct && state.saidIds.size === before && !u.unfounded && (has(turn, 'follow-up') || u.sayMore)) {
      const more = lastFollowUp(state);
      if (more && sharedWords(more, u.query) >= 1) {
        state.said = saidBefore;
        answer = [premise(state, say(state, more))];
      }
    }
    if (!direct && state.saidIds.size === before && (first || has(turn, 'self-intro')) && state.replyCount <= 1) {
      // An introduction is never answered with "I don't know": a hello, what they want picked up, a question back.
      const greeting = first ? introEcho(state) : pickFresh(state, INTRO_REACTIONS[card.temperament]);
      parts.push(greeting, invitation(state));
    } else {
      if (has(turn, 'self-intro') && first) parts.push(introEcho(state));
      else if (has(turn, 'self-intro') && state.replyCount <= 2) parts.push(pickFresh(state, INTRO_REACTIONS[card.temperament]));
      parts.push(...answer);
    }
    if (u.keepInTouch) parts.push(pickFresh(state, KEEP_IN_TOUCH[card.temperament]));
  } else if (has(turn, 'off-topic')) {
    parts.push(random.pick(OFF_TOPIC_REPLIES[card.temperament]).replace('{field}', card.field));
  } else if (has(turn, 'statement') && state.replyCount > 0) {
    // A reaction, then what it connects to (the last direct answer's next step when the statement
    // shares its words, else a fact that does), said plainly: never "Related to that:".
    const about = statementFollowUp(state) ?? relatedFact(state);
    parts.push(pickFresh(state, STATEMENT_REACTIONS[card.temperament]));
    if (about) parts.push(about);
    else parts.push(askBack(state) ?? random.pick(TAILS));
  } else if (has(turn, 'self-intro')) {
    // "…and I'd love to hear how someone ends up doing research for healthcare": answered, not just greeted.
    const wish = INTRO_WISH.exec(state.userText)?.[1];
    const wished = wish ? wishAnswer(state, wish) : undefined;
    const greeting = first ? introEcho(state) : pickFresh(state, INTRO_REACTIONS[card.temperament]);
    parts.push(greeting, wished ?? invitation(state));
  } else if (first && has(turn, 'self-intro')) {
    parts.push(introEcho(state), askBack(state) ?? 'So, what would you like to know?');
  } else if (first || has(turn, 'greeting')) {
    parts.push(welcome(state));
    welcomed = true;
  } else if (has(turn, 'thanks')) {
    parts.push(random.pick(MID_THANKS[card.temperament]));
  } else {
    parts.push(random.pick(OFF_TOPIC_REPLIES[card.temperament]).replace('{field}', card.field));
  }

  // After a correction, the answer goes on plainly: never "Actually, Lumen isn't a hospital. Sure, happy to." (premises.ts).
  const after = corrected ? parts.indexOf(corrected) + 1 : 0;
  if (after > 0 && parts[after]) parts[after] = withoutAcknowledgement(parts[after]);

  // A first reply to a substantive opener still greets.
  if (first && !welcomed && !has(turn, 'self-intro') && (has(turn, 'greeting') || has(turn, 'thanks'))) {
    parts.unshift(random.pick(FIRST_GREETINGS[card.temperament]));
  }

  const canAskBack =
    turn.topics.length > 0 && state.replyCount >= 2 && state.replyCount - state.lastAskBack > 3 && random.next() < ASK_BACK_CHANCE[card.temperament];
  if (canAskBack && remaining > timeWarningAt(state.minutes) + 2) {
    const question = askBack(state, experienced(state.firstUserText));
    if (question) parts.push(question);
  }
  if (!state.timeMentioned && remaining <= timeWarningAt(state.minutes)) {
    // The minutes left once this answer is said, not before it: a long answer uses some of them.
    const left = state.minutes - replyEnd(state.userElapsed, parts.filter(Boolean).join(' '));
    parts.push(random.pick(TIME_NOTES[card.temperament]).replace('{n minutes}', count(Math.max(1, Math.round(left)), 'minute')));
  }
  return { text: parts.filter(Boolean).join(' '), wrappedUp: false };
}

// ---------------------------------------------------------------------------------------------
// Pieces

function unused(state: ReplyState, lines: readonly string[]): string[] {
  return lines.filter((line) => !containsLine(state.said, line));
}

/** Phrases said in the last few replies: a person does not open three answers in a row with "Good one." */
const RECENT_REPLIES = 3;

/** A phrase from the pool not used in the last few replies (any, when all were). */
function pickFresh(state: ReplyState, pool: readonly string[]): string {
  const recent = state.previousReplies.slice(-RECENT_REPLIES);
  const fresh = pool.filter((phrase) => !recent.some((reply) => reply.includes(phrase) || reply.includes(voiced(state, phrase))));
  return state.random.pick(fresh.length > 0 ? fresh : pool);
}

function say(state: ReplyState, line: string): string {
  state.said += `\n${line}`;
  return line;
}


// ---------------------------------------------------------------------------------------------
// Answers by intent

/** A pay question says something about pay ("like what?" read as one by the turns model is not). */
const SALARY_CUE = /\b(?:pay|paid|salar(?:y|ies)|earn\w*|money|compensation|income|wages?|make|making|expect|range|start\w*|six figures|hourly|\$)/i;

/** Money asked about in words: "salary-range" is read only then ("does the effort pay off?" is not about pay). */
const MONEY = /\b(?:pay(?!s? off| (?:it|that) forward)|paid|salar(?:y|ies)|earn(?:s|ing)?|money|compensation|income|wages?|make a living|(?:how much|what) (?:do|does|can|could|would|will) [\w ]{1,30} make|six figures|per hour|hourly)\b/i;

/** Earning something that is not money: "how do you earn enough trust that they call you first?" (blind r6: answered with the pay range). */
export const EARNED_TRUST = /\bearn(?:s|ed|ing)?\s+(?:(?:\w+\s+){0,2})(?:trust|respect|credibility|confidence|their|a seat|a place|a reputation|stripes|keep)\b/gi;

/** A pay cue in the turn, once earning trust or respect is set aside. */
export function salaryCue(text: string): boolean {
  return SALARY_CUE.test(text.replace(EARNED_TRUST, ' '));
}

function directState(state: ReplyState, answers: PersonaAnswers): DirectState {
  return { answers, said: state.said, voice: (text) => voiced(state, text), stale: (text) => nearSaid(state, text) };
}

/**
 * The reply by intent: a follow-up goes on with the last direct answer's follow-ups (unless it
 * clearly asks something new); a question gets, for each part read with confidence, one direct
 * answer not said before, two parts joined plainly (the first sentences of each). Undefined when
 * the card has no answers or nothing is read with confidence: the facts answer then.
 */
function directReply(state: ReplyState, turn: TurnClass): string[] | undefined {
  const answers = state.answers;
  const u = state.understanding;
  if (!answers || u.denied) return undefined;
  // An introduction with no question in it is greeted and picked up, not answered.
  const asking = has(turn, 'question') || findQuestions(state.userText).length > 0;
  if (!asking && !u.sayMore) return undefined;
  const d = directState(state, answers);
  const last = lastDirect(d, state.lastReply);
  const frameOf = (q: string) => ({ aspect: framesOf(q)[0] });
  // The question, and the whole turn when it says more ("Everybody says AI writes the code. Is it true?"): the surer reading.
  let readings = u.dutyPremise || u.rolePremise ? [{ intent: 'role' as const, confidence: 1 }] : readParts(u, frameOf);
  // A follow-up asks about what was just said: only a sure reading of something new answers it by intent.
  const followUp = has(turn, 'follow-up');
  const correcting = u.dutyPremise !== undefined || u.rolePremise !== undefined;
  const pointsBack = followUp || u.unfounded !== undefined || (u.sayMore && /\b(?:they|them|those|these)\b/i.test(u.query));
  const whole = u.context && !pointsBack ? readIntent(`${u.context} ${u.query}`) : undefined;
  if (whole && whole.confidence >= WHOLE_TURN_SURE && readings.length < 2 && whole.confidence > (readings[0]?.confidence ?? 0)) readings = [whole];
  readings = readings.filter((r) => r.intent !== 'salary-range' || MONEY.test(u.query.replace(EARNED_TRUST, ' ')));
  if (pointsBack || u.sayMore) readings = readings.filter((r) => r.confidence >= (pointsBack ? NEW_INTENT_ON_FOLLOW_UP : INTENT_SURE));
  // "Tell me more", "how so?": the last answer goes on; a follow-up with words of its own goes on
  // only with a follow-up that shares them (else the facts answer it).
  if (last && (pointsBack || u.sayMore) && readings.every((r) => r.intent === last.intent)) {
    const more = nextFollowUp(d, last.answer, u.query);
    // Bare ("how so?", "what happened next?"), on the same intent, or sharing words with the follow-up.
    const bare = tokens(u.query).length <= 2;
    if (more && !correcting && (bare || (readings.length > 0 && !pointsBack) || sharedWords(more, u.query) >= 2)) return [premise(state, say(state, more))];
    // A question about what was just said ("how long are they?") that no follow-up answers: the
    // facts, by its words; the same thing asked anew ("another mistake you learned from?"): another answer.
    if (pointsBack && (readings.length === 0 || /\b(?:they|them|those|these|that|it)\b/i.test(u.query))) return undefined;
  }
  if (readings.length === 0) return undefined;
  const texts: string[] = [];
  // After a correction ("Nobody reports to me, actually; I'm a staff software engineer."), the answer that says least of it again.
  const corrected = u.dutyPremise ?? u.rolePremise;
  for (const reading of readings) {
    const answer = corrected ? leastSaid(d, reading.intent, `${corrected} ${state.card.role}`) : pickAnswer(d, reading.intent, readings.length === 2 ? '' : `${u.query} ${u.context}`);
    if (!answer) continue;
    const text = readings.length === 2 ? firstSentences(answer.text, 2) : answer.text;
    d.said += `\n${text}`;
    texts.push(say(state, text));
  }
  if (texts.length === 0) return undefined;
  return [premise(state, texts.join(' '))];
}

// ---------------------------------------------------------------------------------------------
// Answers from the question bank

/**
 * A bank entry answers when its fused score reaches this. Measured on the retrieval labels of the
 * used sets (evals/practice/retrieval-labels/, dev, not blind): the first-ranked entry answers 69% of
 * turns scored 0.36–0.42 and 81% of those scored 0.42–0.5, more than the replies the other paths
 * gave them; a match below 0.6 must also hold the question's content head (content-head.ts).
 */
export const BANK_ANSWERS = 0.36;
/**
 * A question of LONG_QUESTION subject words or more whose first-ranked entry holds its content head
 * is answered from this score: on the retrieval labels (both sets, with the context prior; dev, not
 * blind) such a first-ranked entry answers 77% of the long question turns scored 0.28–0.36 (85% at
 * 0.36–0.42), where the paths below the bank answered them by intent on a word of the turn.
 */
export const BANK_ANSWERS_LONG = 0.28;
export const LONG_QUESTION = 5;
/** Below this fused score, an entry also needs the intent model to give its intent this probability (0: the head gate does this work now). */
const BANK_CONFIDENT = 0.5;
const WEAK_NEEDS_PRIOR = 0;
/** …and its best ask alone must match this well (0.33 refused 66 of the 114 turns at 0.42–0.5, 81% of them answered right). */
const BANK_ASK_FLOOR = 0.2;
/** An entry whose best ask matches this well answers even a turn a classifier took for something else ("walk me through your week", read as a remark). */
const BANK_SURE = 0.75;
/** A request put as an imperative: "walk me through your week", "tell me about the rollout". */
const REQUEST = /^(?:(?:ok(?:ay)?|so|and|also|now|could you|can you|would you|pls|please)[,\s]+)*(?:tell me|walk me through|talk me through|take me through|explain|describe|give me|share|say more)\b/i;
/** A correction wins over a better-scoring answer when its best ask matches this well and nearly as well as the answer's (a near tie). */
const CORRECTION_WINS = 0.5;
const CORRECTION_MARGIN = 0.03;
/** A follow-up of the entry just said answers when one of its asks matches this well. */
const FOLLOW_UP_MATCH = 0.42;
/** After a turn that points back, a new entry takes over from the last one's follow-ups only when its asks match this much better. */
const FOLLOW_UP_MARGIN = 0.1;
/** After a follow-up turn on a direct answer, a bank entry takes over only when this sure. */
const NEW_ENTRY_ON_FOLLOW_UP = 0.7;

/** "How so?", "like what?", "why?", "tell me more", "what do you mean?": continue what was just said. */
const GENERIC_MORE = /^(?:(?:oh|ok(?:ay)?|wow|really|interesting|hm+|huh|and|so|but)[,.!\s]+)*(?:(?:can|could|would) you (?:please )?)?(?:how so|like what|why|why not|how come|meaning|such as|for example|for instance|(?:give (?:me )?)?(?:an? )?examples?|any examples?|in what way|what do you mean|what did you mean|go on|say more|tell me more|(?:tell me |say )?more on that|elaborate|expand on that|and then|then what|what happened(?: next| then| after(?:wards)?)?|really|how|what else)(?: (?:was|is|did|does) (?:that|it|this)(?: happen)?)?(?: (?:about|on|of) (?:that|it|this|them))?(?: please)?[\s?!.]*$/i;

/** "Another one", "any other…", "one more…": a new entry of the same kind, not a follow-up. */
const ANOTHER = /\b(?:another|any other|one more|anything else|something else|a different|other (?:one|example|story|mistake)s?)\b/i;

/** Turn kinds that keep their own handling whatever the bank matches: a job, a favour, pay, a referral. */
const OWN_HANDLING = ['job-ask', 'extra-labour', 'personal-salary', 'entry-salary', 'referral-ask', 'name-drop', 'closing', 'self-intro'] as const;

/**
 * A turn the classifiers took for something else (a remark, a profile question, another language)
 * that an entry's asks match surely: the entry answers it. Never on the first turn, a job, pay or
 * referral ask, a goodbye, or a topic they will not discuss.
 */
function bankAnswersAnyway(state: ReplyState, turn: TurnClass, forbidden: string | undefined): string[] | undefined {
  if (!state.bank || forbidden || state.replyCount === 0 || OWN_HANDLING.some((k) => has(turn, k)) || state.understanding.aspect === 'referrals' || state.understanding.keepInTouch) return undefined;
  return bankReply(state, turn, true);
}

/** The intent model's probabilities, as the bank's prior. */
function intentPrior(state: ReplyState, text: string): Map<Intent, number> {
  state.priors ??= new Map();
  let prior = state.priors.get(text);
  if (!prior) {
    ensureIntentModel();
    prior = new Map(guessIntents(unText(text)).map((g) => [g.intent, g.probability] as const));
    state.priors.set(text, prior);
  }
  return prior;
}

/** Each bank line's opening as the persona says it and as written, per bank and temperament: probed every turn, built once. */
const PROBES = new WeakMap<BankIndex, Map<string, { entries: Array<[string, string]>; followUps: Array<Array<[string, string]>> }>>();

function probes(state: ReplyState, bank: BankIndex) {
  let byVoice = PROBES.get(bank);
  if (!byVoice) PROBES.set(bank, (byVoice = new Map()));
  let out = byVoice.get(state.card.temperament);
  if (!out) {
    const probe = (t: string): [string, string] => [contract(t, state.card.temperament).slice(0, BANK_PROBE), t.slice(0, BANK_PROBE)];
    // A correction is probed past its correcting sentence (from its second letter, which either form holds): it may be said without it.
    out = { entries: bank.entries.map((e) => probe(e.kind === 'correction' ? withoutCorrection(e.text).slice(1) : e.text)), followUps: bank.entries.map((e) => e.followUps.map((f) => probe(f.text))) };
    byVoice.set(state.card.temperament, out);
  }
  return out;
}

const heardIn = (text: string, [voicedProbe, written]: [string, string]) => text.includes(voicedProbe) || text.includes(written);

/** Whether an entry was said in the session. */
function entrySaid(state: ReplyState, bank: BankIndex, index: number): boolean {
  return heardIn(state.said, probes(state, bank).entries[index]!);
}

/** Whether a follow-up of an entry was said in the session. */
function followUpSaid(state: ReplyState, bank: BankIndex, index: number, followUp: number): boolean {
  return heardIn(state.said, probes(state, bank).followUps[index]![followUp]!);
}

/** Bank texts are probed by their first 120 characters: two entries may open alike ("Watching a new graduate go from terrified…"). */
const BANK_PROBE = 120;

/** The bank entry the last reply said (its text or one of its follow-ups), by index. */
function lastBankEntry(state: ReplyState, bank: BankIndex): number | undefined {
  const last = state.lastReply;
  if (!last) return undefined;
  const p = probes(state, bank);
  const i = p.entries.findIndex((e, n) => heardIn(last, e) || p.followUps[n]!.some((f) => heardIn(last, f)));
  return i >= 0 ? i : undefined;
}

/**
 * Whether the turn asserts the belief a bank correction corrects (premises.ts): one of its sentences
 * states a belief (a presupposing form, a tag or polar question, a declarative) that matches the
 * correction's asks, or the card checks found a premise it contradicts. A plain open question ("how
 * did you move from bedside to teaching?") asserts nothing: no "Actually, no." to it.
 */
function correctionAsserted(state: ReplyState, bank: BankIndex, entry: BankEntry): boolean {
  if (entry.kind !== 'correction') return true;
  const u = state.understanding;
  if (u.wrongPremise || u.dutyPremise || u.rolePremise) return true;
  return claimClauses(state.userText).some((claim) => claimCorrected(claim, entry.text) && entry.asks.some((a) => bank.similarity(claim, a) >= CLAIM_MEETS));
}

/** An entry's text as said to this turn: a correction whose belief the turn never stated, without its correcting sentence. */
function entryText(state: ReplyState, bank: BankIndex, r: ScoredEntry): string {
  return r.entry.kind === 'correction' && !correctionAsserted(state, bank, r.entry) ? withoutCorrection(r.entry.text) : r.entry.text;
}

/** The best unsaid entry for a question: a correction that matches well (and whose belief the turn asserts) wins over a nearby answer. */
function bestEntry(state: ReplyState, bank: BankIndex, query: string, exclude: ReadonlySet<number> = new Set(), context?: string): ScoredEntry | undefined {
  // Never an entry said before, nor one that mostly repeats what was said (in a direct answer or another entry's words).
  const fresh = (r: ScoredEntry) => !exclude.has(r.index) && !entrySaid(state, bank, r.index) && !nearSaid(state, r.entry.text);
  const all = bank.search(query, intentPrior(state, query), context);
  const asserted = (r: ScoredEntry) => correctionAsserted(state, bank, r.entry);
  // A correction whose belief the turn never stated is not the answer when another entry is (else it is said without its correction).
  const anyTop = all.find(fresh);
  if (!anyTop) return undefined;
  if (anyTop.entry.kind === 'correction' && !asserted(anyTop)) {
    const other = all.find((r) => fresh(r) && r.entry.kind !== 'correction');
    const answer = other && gatedEntry(state, bank, query, other);
    if (answer) return answer;
  }
  const top = anyTop;
  const correction = all.find((r) => r.entry.kind === 'correction' && r.ask >= CORRECTION_WINS && r.ask >= top.ask - CORRECTION_MARGIN && fresh(r) && asserted(r));
  if (correction) return correction;
  return gatedEntry(state, bank, query, top);
}

/** The top entry when it answers the question: above the bar, holding its head and key word. */
function gatedEntry(state: ReplyState, bank: BankIndex, query: string, top: ScoredEntry): ScoredEntry | undefined {
  // A weaker match answers only when the intent model also gives the entry's intent some weight.
  const weak = top.score < BANK_CONFIDENT && (intentPrior(state, query).get(top.entry.intent) ?? 0) < WEAK_NEEDS_PRIOR;
  // A match below sure that rests on a side word (a number, a place, the organization) does not hold the question's head: not an answer.
  // (A correction is exempt only when it corrects a belief the turn states: said without its correction, it is an answer like any other.)
  const corrects = top.entry.kind === 'correction' && correctionAsserted(state, bank, top.entry);
  const holds = top.score >= KEY_WORD_NEEDED_BELOW || corrects || holdsHead(contentHead(query, namesOf(state.card)), bankWords(bank).byEntry[top.index]!);
  // A long question (many subject words) spreads its match thin: its entry answers from a lower bar when it holds the head.
  const bar = subjectWords(query, namesOf(state.card)).length >= LONG_QUESTION && holdsHead(contentHead(query, namesOf(state.card)), bankWords(bank).byEntry[top.index]!) ? BANK_ANSWERS_LONG : BANK_ANSWERS;
  return top.score >= bar && top.ask >= BANK_ASK_FLOOR && !weak && holds && (corrects || !missesKeyWord(bank, top, query)) ? top : undefined;
}

/** A part that points back is still its own question when the intent model reads it this surely as another kind of question. */
const OWN_KIND_SURE = 0.9;

/** Below this score a match must also hold the question's key word (or a word near it). */
const KEY_WORD_NEEDED_BELOW = 0.6;
/** A word of the entry this near the question's key word holds it ("decide" is not in "how long is your work week"). */
const KEY_WORD_HELD = 0.6;

/**
 * A match that is not strong and rests on the question's common words only: the entry has nothing
 * near the question's rarest key word ("how do you decide what to work on each week?" against "how
 * long is your work week"). A bank grows, its words' weights shift, and such a match can cross the
 * threshold on "work" and "week" alone.
 */
function missesKeyWord(bank: BankIndex, top: ScoredEntry, query: string): boolean {
  if (top.score >= KEY_WORD_NEEDED_BELOW || top.entry.kind === 'correction') return false;
  const keys = keyWords(query);
  if (keys.length === 0) return false;
  return nearestWord(keys[0]!, bankWords(bank).byEntry[top.index]!) < KEY_WORD_HELD;
}

/**
 * The reply from the question bank: a follow-up goes on with the entry said last (the follow-up
 * whose asks match, or the next one for "how so?"); a question gets the best unsaid entry above
 * the threshold (a correction first when it matches well), each of two parts its own. Undefined
 * when nothing in the bank matches well enough: the direct answers by intent answer then.
 */
function bankReply(state: ReplyState, turn: TurnClass, strongOnly = false): string[] | undefined {
  const bank = state.bank;
  const u = state.understanding;
  if (!bank || u.unfounded) return undefined;
  const asking = has(turn, 'question') || findQuestions(state.userText).length > 0 || u.sayMore || has(turn, 'follow-up') || REQUEST.test(state.userText);
  if (!asking && !strongOnly) return undefined;
  const query = u.query || state.userText;
  const voice = (t: string) => voiced(state, t);
  const generic = GENERIC_MORE.test(query.trim()) || (u.sayMore && tokens(query).length <= 2);
  const last = lastBankEntry(state, bank);
  // A short question that points back ("how long did that take?", "was it the same for you?") follows up the last answer.
  const pointsBack = last !== undefined && state.continuation;
  const followUpTurn = has(turn, 'follow-up') || u.sayMore || generic || pointsBack;
  const whole = state.userText !== query ? bestEntry(state, bank, state.userText) : undefined;
  // The asking sentences first, the words around them as a weak prior on the order.
  let best = bestEntry(state, bank, query, undefined, u.context);
  // The premise may sit outside the question ("My prof said nonprofits can't lobby. So how does policy work?").
  if (whole && whole.entry.kind === 'correction' && (!best || best.entry.kind !== 'correction') && whole.ask >= CORRECTION_WINS && correctionAsserted(state, bank, whole.entry)) best = whole;

  // 1. A follow-up of the entry said last (not when they ask for another of the same: "another mistake?").
  if (last !== undefined && !ANOTHER.test(query)) {
    const entry = bank.entries[last]!;
    const fresh = entry.followUps.map((f, i) => ({ f, i })).filter(({ i }) => !followUpSaid(state, bank, last, i));
    if (fresh.length > 0) {
      const scores = bank.followUpScores(last, query);
      const best1 = fresh.reduce((a, b) => (scores[b.i]! > scores[a.i]! ? b : a));
      const matched = scores[best1.i]! >= FOLLOW_UP_MATCH;
      // "How so?" that no follow-up's asks name: the next one in the writer's order (the likeliest next question).
      const top = matched || !generic ? best1 : fresh[0]!;
      // A new entry takes over when its asks match better than the follow-up's (clearly better, on a turn that points back).
      // A correction takes over when its asks match better than the follow-up's.
      const margin = best?.entry.kind === 'correction' ? 0 : followUpTurn ? FOLLOW_UP_MARGIN : 0;
      // A bare "tell me more" has nothing of its own to match: it always goes on.
      const newQuestion = !generic && best !== undefined && (best.score >= BANK_ANSWERS || best.entry.kind === 'correction') && best.ask > scores[top.i]! + margin;
      if (strongOnly ? matched && scores[top.i]! >= BANK_SURE && !newQuestion : (matched && !newQuestion) || (generic && !newQuestion)) return [premise(state, say(state, top.f.text))];
    }
  }
  // 2. A follow-up on a direct answer: its own follow-ups, unless the bank is sure of a new entry.
  if (followUpTurn && state.answers && lastDirect(directState(state, state.answers), state.lastReply) && !(best && best.score >= NEW_ENTRY_ON_FOLLOW_UP)) return undefined;
  if ((generic && last !== undefined) || (strongOnly && (!best || best.ask < BANK_SURE))) return undefined;

  // 3. The bank: each of two parts its own entry, on the intent each part is read as (else the direct
  // answers take both parts by intent), else the whole question's entry.
  const names = namesOf(state.card);
  // A second part that points back at the first ("What did you take away from that one?") is one question with it,
  // found by the first part's words (the pointing part adds none of its own): "and what did you learn there?".
  const split = splitTwoPart(query);
  // (Not when the pointing part is surely another kind of question: "…and what would you tell someone making that move now?" asks advice.)
  const readingOf = (part: string) => readIntent(part, { aspect: framesOf(part)[0] });
  const ownAsk = (first: string, second: string) => {
    const r = readingOf(second);
    return r !== undefined && r.confidence >= OWN_KIND_SURE && r.intent !== readingOf(first)?.intent;
  };
  const merged = split.length === 2 && partPointsBack(split[1]!, names) && !ownAsk(split[0]!, split[1]!);
  const parts = merged ? [query] : split;
  if (merged && best?.entry.kind !== 'correction') best = bestEntry(state, bank, split[0]!, undefined, u.context) ?? best;
  if (parts.length === 2 && best?.entry.kind !== 'correction' && !strongOnly) {
    const agrees = (part: string, e: ScoredEntry | undefined) => {
      if (!e) return false;
      const reading = readIntent(part, { aspect: framesOf(part)[0] });
      return !reading || reading.intent === e.entry.intent || e.ask >= BANK_SURE;
    };
    // A first part that points back at the words before it ("Is that true?") is read with them.
    const firstQuery = partPointsBack(parts[0]!, names) && u.context ? `${u.context} ${parts[0]}` : parts[0]!;
    const first = bestEntry(state, bank, firstQuery);
    const second = first ? bestEntry(state, bank, parts[1]!, new Set([first.index])) : undefined;
    if (first && second && agrees(parts[0]!, first) && agrees(parts[1]!, second)) {
      const text = `${say(state, firstSentences(entryText(state, bank, first), 3))} ${say(state, firstSentences(entryText(state, bank, second), 2))}`;
      return [premise(state, text)];
    }
    // One part the bank knows surely ("What is CRRT?"), the other by its intent (a direct answer) when read.
    const sure = [first, bestEntry(state, bank, parts[1]!)].map((e, i) => (e && e.ask >= BANK_SURE && agrees(parts[i]!, e) ? e : undefined));
    const one = sure[0] ?? sure[1];
    if (one) {
      const other = parts[sure[0] ? 1 : 0]!;
      const reading = readIntent(other, { aspect: framesOf(other)[0] });
      const direct = reading && reading.intent !== one.entry.intent && state.answers ? pickAnswer(directState(state, state.answers), reading.intent, other) : undefined;
      const texts = sure[0] ? [entryText(state, bank, one), direct && firstSentences(direct.text, 2)] : [direct && firstSentences(direct.text, 2), entryText(state, bank, one)];
      return [premise(state, texts.filter((t): t is string => Boolean(t)).map((t) => say(state, t)).join(' '))];
    }
    // One part the bank answers (not surely): that part's entry, its point first, and an honest line on the other part
    // when it asks something the answer does not touch; never a direct answer on a word of the turn instead.
    const covered = [first, second ? undefined : bestEntry(state, bank, parts[1]!)]
      .map((e, i) => (e && agrees(parts[i]!, e) ? { e, i } : undefined))
      .filter((c): c is { e: ScoredEntry; i: number } => c !== undefined)
      .sort((a, b) => b.e.score - a.e.score)[0];
    // (Not when the whole question's entry holds a subject word of each part, or outscores the covered one: "Did you study CS?
    // And do I need to?" is then left to the paths below, which take both parts.)
    const wordsOf = (e: ScoredEntry) => bankWords(bank).byEntry[e.index]!;
    const heldBy = (e: ScoredEntry, part: string) => {
      const words = subjectWords(part, names);
      return words.length === 0 || words.some((w) => holdsHead([w], wordsOf(e)));
    };
    // (Only against a covered part: when the bank answers neither part, the direct answers take both, by intent.)
    const wholeAnswers = best !== undefined && covered !== undefined && (best.score >= covered.e.score || parts.every((p) => heldBy(best!, p)));
    // Not on a turn that goes on from the last answer (its parts lean on it), nor for a part with no subject of its own.
    const ownSubject = covered !== undefined && subjectWords(parts[covered.i]!, names).length >= 2;
    const leansOnLast = state.lastReply !== undefined && parts.some((p) => partPointsBack(p, names) || namesLastReply(p, state.lastReply!));
    if (covered && ownSubject && !wholeAnswers && !followUpTurn && !leansOnLast && (!best || best.ask < BANK_SURE)) {
      const answer = shapedEntry(state, bank, covered.e, parts[covered.i]!);
      const other = parts[1 - covered.i]!;
      // The honest line only for a part the bank has nothing near (not one it holds below the answer's bar).
      const nothingNear = (bank.search(other, intentPrior(state, other)).find((r) => r.entry.kind !== 'correction')?.score ?? 0) < BANK_NEAREST;
      const honest = nothingNear && asksBeyond(other, answer, names) ? ` ${pickFresh(state, OTHER_PART[state.card.temperament])}` : '';
      return [premise(state, `${answer}${honest}`)];
    }
    if (!best || best.ask < BANK_SURE) return undefined;
  }
  if (!best) return undefined;
  // A correction whose belief the turn never stated: its answer without the correcting sentence ("Actually, no.").
  if (best.entry.kind === 'correction' && !correctionAsserted(state, bank, best.entry)) return [premise(state, say(state, withoutCorrection(best.entry.text)))];
  const text = best.entry.kind === 'correction' ? say(state, best.entry.text) : shapedEntry(state, bank, best, query);
  // A correction says the premise itself: the engine's own premise line would say it twice.
  return [best.entry.kind === 'correction' ? text : premise(state, text)];
}

/**
 * An entry as said for a question (answer-shape.ts): the sentence that holds the question's point
 * first, and the follow-up that holds its head when the entry's text does not. Recorded as said.
 */
function shapedEntry(state: ReplyState, bank: BankIndex, chosen: ScoredEntry, question: string): string {
  const names = namesOf(state.card);
  const text = say(state, leadWithPoint(entryText(state, bank, chosen), question, names));
  const more = pointFollowUp(chosen.entry, question, names, (i) => !followUpSaid(state, bank, chosen.index, i));
  return more === undefined ? text : `${text} ${say(state, chosen.entry.followUps[more]!.text)}`;
}

/** Below this, the bank's nearest entry is not on the question at all (a question outside their world). */
export const BANK_NEAREST = 0.28;

/**
 * The bank's nearest unsaid answer for a question nothing else answered: on a follow-up, the last
 * entry's best unsaid follow-up when it shares the question's words, else the entry nearest the
 * question (with the last answer's words as context on a follow-up). Undefined when nothing is near.
 */
function nearestBankAnswer(state: ReplyState): string | undefined {
  const bank = state.bank;
  const u = state.understanding;
  if (!bank || u.unfounded) return undefined;
  const query = u.query || state.userText;
  const last = state.continuation ? lastBankEntry(state, bank) : undefined;
  if (last !== undefined) {
    const entry = bank.entries[last]!;
    const scores = bank.followUpScores(last, query);
    const fresh = entry.followUps.map((f, i) => ({ f, i, s: scores[i]! })).filter(({ i }) => !followUpSaid(state, bank, last, i));
    const top = fresh.sort((a, b) => b.s - a.s)[0];
    if (top && (top.s >= 0.25 || sharedWords(top.f.text, query) >= 2)) return say(state, top.f.text);
  }
  const unsaid = (r: ScoredEntry) => !entrySaid(state, bank, r.index) && !nearSaid(state, r.entry.text) && r.entry.kind !== 'correction';
  // The nearest entry must hold the question's head: never one that matched on a number, a place or the organization alone.
  const fresh = (r: ScoredEntry) => unsaid(r) && entryHolds(state, bank, r.index);
  const prior = intentPrior(state, query);
  // The whole turn: the words around the question say what it is about ("You started on a crew. What was that like?").
  const ranked = bank.search(state.userText, prior);
  const found = ranked.find(fresh);
  const withContext = last !== undefined && state.lastReply ? bank.search(`${query} ${state.lastReply}`, prior).find(fresh) : undefined;
  const pick = found && found.score >= BANK_NEAREST && !missesKeyWord(bank, found, state.userText) ? found : withContext && withContext.ask >= BANK_NEAREST ? withContext : undefined;
  // The entry that is about it was said already (in part, as the greeting's pickup): one of its details not yet told ("what was the crew like?").
  const said = ranked[0];
  if (said && said.ask >= BANK_ASK_FLOOR && !unsaid(said) && (!pick || said.score > pick.score + 0.1)) {
    const scores = bank.followUpScores(said.index, query);
    const more = said.entry.followUps.map((f, i) => ({ f, i, s: scores[i]! })).filter(({ i }) => !followUpSaid(state, bank, said.index, i)).sort((a, b) => b.s - a.s)[0];
    if (more) return say(state, more.f.text);
    if (!state.said.includes(said.entry.text.slice(0, BANK_PROBE)) && !nearSaid(state, said.entry.text)) return say(state, said.entry.text);
  }
  if (pick) return say(state, pick.entry.text);
  // Else what the question is about, as the intent model reads it: that intent's nearest unsaid entry.
  const [intent, probability] = [...prior].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (intent && probability !== undefined && probability >= NEAREST_INTENT) {
    const ofIntent = ranked.find((r) => r.entry.intent === intent && fresh(r));
    if (ofIntent) return say(state, ofIntent.entry.text);
  }
  return undefined;
}

/** An entry this near the question in meaning (vectors, common direction removed) answers it plainly when it also holds its key word. */
export const MEANING_NEAR = 0.6;
/** A card word this near a question's key word (by vectors) is the same word in another form ("farmer", "farmers"). */
export const KEY_WORD_SAME = 0.85;
/** The question's rarest key word has a card word this near: its subject is on their ground (not "the best pizza place"). */
export const KEY_WORD_GROUND = 0.65;

/**
 * The question's key words: its three rarest known content words (SIF weight: the rarer, the more
 * it says what the question is about), rarest first.
 */
function keyWords(text: string): string[] {
  const known = [...new Set(contentWords(unText(text)))].filter((w) => wordVector(w) !== undefined && !KEY_FILLER.has(w));
  return known.sort((a, b) => wordRank(b) - wordRank(a)).slice(0, 3);
}
const KEY_FILLER = new Set(['field', 'job', 'work', 'role', 'career', 'people', 'person', 'folks', 'guys', 'stuff', 'part', 'parts', 'day', 'week', 'time', 'question', 'honest', 'real', 'talk', 'lot', 'idea', 'mean', 'means', 'feel', 'sounds', 'tbh', 'lol', 'totally', 'nobody', 'themselves', 'particular', 'kind', 'kinds', 'type', 'types', 'specific', 'certain', 'sort']);

/** Each bank's content words, once: all of them as one matrix of unit vectors, and each entry's. */
interface MeaningWords {
  all: Float32Array;
  byEntry: ReadonlyArray<ReadonlySet<string>>;
}
const MEANING_WORDS = new WeakMap<object, MeaningWords>();
function bankWords(bank: BankIndex): MeaningWords {
  let words = MEANING_WORDS.get(bank);
  if (!words) {
    const byEntry = bank.entries.map((e) => new Set(contentWords(`${e.asks.join(' ')} ${e.text}`)));
    const vectors = [...new Set(byEntry.flatMap((w) => [...w]))].map((w) => wordVector(w)).filter((v) => v !== undefined);
    const all = new Float32Array(vectors.length * DIMENSIONS);
    vectors.forEach((v, i) => all.set(v, i * DIMENSIONS));
    words = { all, byEntry };
    MEANING_WORDS.set(bank, words);
  }
  return words;
}

/** The card's own names (its person, organization, referrals): never a question's head. */
const NAMES = new WeakMap<PersonaCard, Set<string>>();
function namesOf(card: PersonaCard): Set<string> {
  let names = NAMES.get(card);
  if (!names) NAMES.set(card, (names = cardNames([card.name, card.organization, ...card.referrals.map((r) => r.name)].join(' '))));
  return names;
}

/** The question's content head (content-head.ts), once per turn. */
function headOf(state: ReplyState): string[] {
  return (state.head ??= contentHead(state.understanding.query || state.userText, namesOf(state.card)));
}

/** Whether a bank entry's words hold the question's content head: a match on a side word alone never carries a reply. */
function entryHolds(state: ReplyState, bank: BankIndex, index: number): boolean {
  const words = bankWords(bank).byEntry[index]!;
  return holdsHead(headOf(state), words) || holdsTurn(state.userText, namesOf(state.card), words);
}

/** A word near the bank's own: a card word at KEY_WORD_GROUND or nearer, and a second one at KEY_WORD_NEIGHBOUR ("quantum" has "theory" but nothing else). */
const KEY_WORD_NEIGHBOUR = 0.55;
function onGround(word: string, all: Float32Array): boolean {
  const v = wordVector(word);
  if (!v) return false;
  let best = 0;
  let near = 0;
  eachCosine(v, all, (c) => {
    if (c > best) best = c;
    if (c >= KEY_WORD_NEIGHBOUR) near++;
  });
  return best >= KEY_WORD_GROUND && near >= 2;
}

/** Each word vector of a matrix of unit vectors, by its cosine with `v`. */
function eachCosine(v: Float32Array, all: Float32Array, visit: (cosine: number) => void): void {
  for (let at = 0; at < all.length; at += DIMENSIONS) {
    let c = 0;
    for (let d = 0; d < DIMENSIONS; d++) c += v[d]! * all[at + d]!;
    visit(c);
  }
}

/** How near a set of words (or a matrix of their vectors) comes to a word: its nearest word's cosine. */
function nearestWord(word: string, words: Iterable<string> | Float32Array): number {
  const v = wordVector(word);
  if (!v) return 0;
  let best = 0;
  if (words instanceof Float32Array) {
    eachCosine(v, words, (c) => {
      if (c > best) best = c;
    });
    return best;
  }
  for (const w of words) {
    if (w === word) return 1;
    const c = cosine(v, wordVector(w));
    if (c > best) best = c;
  }
  return best;
}

/**
 * Before a brush-off on their own ground: the best unsaid bank entry (words, meaning and intent fused)
 * when it is near the question in meaning and holds its key word; else, when the key word's subject is
 * on their card at all, an honest bridge that names it and gives that nearest real fact. Undefined for a
 * question outside their world ("the best pizza place near your office", "quantum computing").
 */
function meaningAnswer(state: ReplyState): string | undefined {
  const bank = state.bank;
  if (!bank) return undefined;
  // Never a number or a name as what the question is about ("everyone looks about thirty", "at Northgate").
  const keys = keyWords(state.userText).filter((k) => !NUMBER_WORD.test(k) && !namesOf(state.card).has(k) && !properIn(state.userText, k));
  if (keys.length === 0) return undefined;
  const words = bankWords(bank);
  if (!onGround(keys[0]!, words.all)) return undefined;
  const fresh = (r: ScoredEntry) => !entrySaid(state, bank, r.index) && !nearSaid(state, r.entry.text) && r.entry.kind !== 'correction';
  const top = bank.search(state.userText, intentPrior(state, state.userText)).find(fresh);
  if (!top) return undefined;
  if (top.meaning >= MEANING_NEAR && keys.some((k) => nearestWord(k, words.byEntry[top.index]!) >= KEY_WORD_SAME)) return say(state, top.entry.text);
  // The subject named is the key word the fact is about ("legislators", not "nice").
  const about = [...keys].sort((a, b) => nearestWord(b, words.byEntry[top.index]!) - nearestWord(a, words.byEntry[top.index]!));
  // A subject is named only when it is a thing: not a verb form or an adverb ("helping once").
  const nameable = about.filter((k) => !/(?:ing|ed|ly)$/.test(k) && !UNNAMEABLE.has(k));
  const subject = nameable.length > 0 ? subjectPhrase(state.userText, nameable) : '';
  // The subject named must be what the question is about: a bridge on a side word ("office", asked for the best pizza near it) is a non sequitur.
  if (subject && !subject.split(' ').includes(keys[0]!) && nearestWord(keys[0]!, words.byEntry[top.index]!) < KEY_WORD_HELD) return undefined;
  const lines = subject && !/\b(?:\w+ing|\w+ly|once|ever)$/.test(subject)
    ? BRIDGE_TO_NEAREST[state.card.temperament].map((l) => capitalizeSentences(l.replace('{subject}', subject)))
    : BRIDGE_UNNAMED[state.card.temperament];
  return `${pickUnsaid(state, lines)} ${say(state, top.entry.text)}`;
}

const NUMBER_WORD = /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen)$/;
/** A word the text writes capitalised inside a sentence: a name ("at Northgate"). */
function properIn(text: string, word: string): boolean {
  return new RegExp(`[^.?!\\n]\\s+${word[0]!.toUpperCase()}${word.slice(1)}\\b`).test(text);
}

const UNNAMEABLE = new Set(['once', 'ever', 'still', 'whole', 'totally', 'actually', 'usually', 'often', 'always', 'never', 'different', 'hard', 'easy', 'nice', 'good', 'bad', 'long', 'first', 'end', 'thing']);

/** The run of content words around the question's rarest key word, as asked ("distrustful farmers"). */
export function subjectPhrase(text: string, keys: readonly string[]): string {
  // A phrase never crosses punctuation: "roles, communications or research" names no "roles communications".
  const chunks = unText(text).toLowerCase().replace(/[’‘]/g, "'").split(/[,;:.?!()—–]+/);
  const chunk = chunks.find((c) => (c.match(/[a-z][a-z'-]*[a-z]|[a-z]/g) ?? ([] as string[])).includes(keys[0]!));
  if (chunk === undefined) return keys[0]!;
  const words: string[] = [...(chunk.match(/[a-z][a-z'-]*[a-z]|[a-z]/g) ?? [])];
  const at = words.indexOf(keys[0]!);
  // A word used as a verb ("a campaign that ends") or a phrase led by a pronoun ("anybody writing bills") names no subject.
  if (at > 0 && /^(?:that|which|who|it|they|this|he|she|we|i|you)$/.test(words[at - 1]!)) return '';
  const content = (w: string | undefined) => w !== undefined && contentWords(w).length > 0 && !KEY_FILLER.has(w) && !PRONOUN_LEADS.has(w);
  let from = at;
  let to = at;
  while (from > 0 && at - from < 2 && content(words[from - 1])) from--;
  while (to < words.length - 1 && to - from < 2 && content(words[to + 1])) to++;
  return PRONOUN_LEADS.has(words[at]!) ? '' : words.slice(from, to + 1).join(' ');
}

/** Words that lead no nameable subject: "anybody writing bills", "everyone here". */
const PRONOUN_LEADS = new Set(['anybody', 'anyone', 'somebody', 'someone', 'everybody', 'everyone', 'nobody', 'people', 'folks', 'whoever', 'whatever']);

/** A line of the pool not said in this session (the first, when all were). */
function pickUnsaid(state: ReplyState, lines: readonly string[]): string {
  const fresh = lines.filter((l) => !containsLine(state.said, l) && !state.said.includes(voiced(state, l)));
  return state.random.pick(fresh.length > 0 ? fresh : lines);
}

const BRIDGE_TO_NEAREST: ByTemperament = {
  warm: ["On {subject}, here's the closest thing I can tell you from my own work.", 'The nearest I can get to {subject} from my own work is this.'],
  busy: ["On {subject}, the closest I've got from my own work:", 'Nearest thing I have on {subject}:'],
  reserved: ['On {subject}, I can only speak to the nearest thing I know.', 'The nearest I can offer on {subject}:'],
};
/** The same, when the question's key word is not a subject one can name ("helping", "once"). */
const BRIDGE_UNNAMED: ByTemperament = {
  warm: ["Here's the closest thing I can tell you from my own work."],
  busy: ['Closest I can tell you from my own work:'],
  reserved: ['I can only speak to the nearest thing I know.'],
};

/** The intent model's reading counts for the nearest answer from this probability (below it, the question may be outside their world). */
const NEAREST_INTENT = 0.4;

/** A claim about the professional the user builds a question on: "since ur a lawyer", "you did graphic design before the bank job", "when you were in the Peace Corps". */
const CLAIMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?<!if )(?:since|as|because|bc)\s+(?:you(?:['’]re| are| were)|ur|your|youre)\s+(?:an?\s+)?([a-z][a-z -]{2,40}?)(?=[,.?!;]| (?:do|did|does|can|could|would|now|so|and|i|is|are|how|what|yourself)\b|$)/i, "Actually, I'm not {a} {claim}."],
  [/\b(?:understand|read|saw|noticed|heard|assume)(?: that)? (?:you(?:['’]re| are| were)|ur) (?:an? )?([a-z][a-z -]{2,40}?)(?=[,.?!;]| (?:at|in|and|so|now|right|do|how)\b|$)/i, "Actually, I'm not {a} {claim}."],
  [/\byou (?!(?:did|were|worked|started) (?:it|that|this|so|with|at|in the end)\b)(?:did|studied|majored in|worked (?:in|as|at|for)|started (?:out )?(?:in|at|as)|came from|spent (?:[\w-]+ )?(?:years?|time) (?:in|at)) ((?:an? |the )?[a-z][a-z -]{2,40}?)(?=[,.?!;]| (?:before|after|so|and|when|then|at|for|did|do|i|back|overseas|abroad)\b|$)/i, 'Actually, {claim} was never part of my path.'],
  [/\bwhen you were (?:in|at|with) (?:the )?([a-z][a-z -]{2,30}?)(?=[,.?!;]| (?:did|do|was|overseas|abroad|back)\b|$)/i, 'Actually, I was never in {the} {claim}.'],
];
/** A claim that is a state or an activity, not a degree, employer or title ("I know you're busy", "you're onboarding…"). */
const NOT_A_CLAIM = /^(?:busy|sure|right|new|free|able|happy|still|not|so|very|really|probably|just|also|going|\w+ing)\b/i;
/** Words that say nothing about which path a claim names. */
const CLAIM_FILLER = new Set(['before', 'after', 'years', 'year', 'time', 'work', 'working', 'worked', 'field', 'job', 'jobs', 'role', 'team', 'company', 'place', 'there', 'first', 'some', 'kind', 'stuff', 'thing', 'things', 'really', 'basically', 'actually', 'overseas', 'abroad', 'back']);

export interface ClaimCheck {
  /** The claim as the user put it ("graphic design"). */
  claim: string;
  /** How the professional corrects it, when no bank correction does ("Actually, I'm not a lawyer."). */
  lead: string;
  /** The bank correction that answers it, when one does. */
  correction?: BankEntry;
}

/**
 * A claim about the professional's degree, employer, title or path that their card contradicts:
 * the bank's correction for it when its asks match the claim, else a claim whose distinctive words
 * appear nowhere on the card (no "graphic design" in a path of a psych lab, a bank and an agency).
 */
export function checkClaim(card: PersonaCard, bank: BankIndex | undefined, text: string): ClaimCheck | undefined {
  const plain = unText(text);
  for (const [re, template] of CLAIMS) {
    const m = re.exec(plain);
    if (!m || NOT_A_CLAIM.test(m[1]!) || /\bif\s*$/i.test(plain.slice(0, m.index))) continue;
    const claim = m[1]!.replace(/^(?:an?|the) /i, '').trim();
    const article = /^(?:the )/i.test(m[1]!) || /^[A-Z]/.test(claim) ? 'the' : /^[aeiou]/i.test(claim) ? 'an' : 'a';
    const lead = template.replace('{claim}', claim).replace('{a} ', /^[A-Z]|s$|^(?:in|at|on|part|responsible|allowed|into)\b/.test(claim) ? '' : `${article} `).replace('{the} ', /^[A-Z]/.test(claim) ? 'the ' : '');
    if (bank) {
      // The correction must be about the claim itself: one of its asks names a word of it.
      const named = new Set(tokens(normalize(claim)));
      const about = (r: ScoredEntry) => r.entry.kind === 'correction' && r.entry.asks.some((a) => tokens(normalize(a)).some((w) => named.has(w)));
      const hit = [...bank.search(m[0]), ...bank.search(claim)].filter(about).sort((a, b) => b.ask - a.ask)[0];
      if (hit && hit.ask >= CLAIM_CORRECTION) return { claim, lead, correction: hit.entry };
    }
    const words = tokens(claim).filter((w) => w.length >= 4 && !CLAIM_FILLER.has(w));
    if (words.length === 0) continue;
    const onCard = normalizeCard(card);
    const missing = words.filter((w) => !onCard.includes(w.slice(0, Math.max(4, w.length - 2))));
    if (missing.length > 0) return { claim, lead };
  }
  return undefined;
}

/** A claim clause matches a bank correction's asks this well to be answered by it. */
const CLAIM_CORRECTION = 0.45;

const PATH_TOPICS = new Set<string>(['path', 'training']);
const CARD_WORDS = new WeakMap<PersonaCard, string>();
function normalizeCard(card: PersonaCard): string {
  let text = CARD_WORDS.get(card);
  if (!text) {
    // The path as the card tells it (degrees, employers, titles): a claim about their past is checked against it.
    text = ` ${[card.name, card.role, card.organization, card.field, ...(card.facts ?? []).filter((f) => f.topics.some((t) => PATH_TOPICS.has(t))).map((f) => f.text)].join(' ').toLowerCase()} `;
    CARD_WORDS.set(card, text);
  }
  return text;
}

/** "Actually, …": the correction of a claim the card contradicts, said before the answer. */
function claimCorrection(state: ReplyState): string | undefined {
  const u = state.understanding;
  if (u.wrongPremise || u.rolePremise || u.dutyPremise || u.denied || u.unfounded) return undefined;
  const check = checkClaim(state.card, state.bank, state.userText);
  if (!check) return undefined;
  // Only a claim the turn states (premises.ts): "I couldn't find what you did before Northgate" states none.
  const stated = claimClauses(state.userText).filter((s) => s.toLowerCase().includes(check.claim.toLowerCase()));
  if (stated.length === 0) return undefined;
  // "You started as a peer health educator": no "Actually, that was my college job" to a past the claim already puts in the past.
  if (check.correction && !stated.some((s) => claimCorrected(s, check.correction!.text))) return undefined;
  if (check.correction) {
    if (state.bank && entrySaid(state, state.bank, state.bank.entries.indexOf(check.correction))) return undefined;
    return say(state, check.correction.text);
  }
  const path = state.index.facts.filter((f) => f.topics.includes('path')).sort((a, b) => (b.text.match(/,/g)?.length ?? 0) - (a.text.match(/,/g)?.length ?? 0))[0];
  return path ? `${check.lead} ${sayFact(state, path)}` : check.lead;
}

/** After a direct answer, a statement that picks up its words ("that sounds like my old job") is answered with its next follow-up. */
function statementFollowUp(state: ReplyState): string | undefined {
  if (!state.answers) return undefined;
  const d = directState(state, state.answers);
  const last = lastDirect(d, state.lastReply);
  if (!last) return undefined;
  const more = nextFollowUp(d, last.answer, state.userText);
  return more && sharedWords(more, state.userText) >= 1 ? say(state, more) : undefined;
}

/** The last direct answer's next unsaid follow-up (the one sharing most words with the question). */
function lastFollowUp(state: ReplyState): string | undefined {
  if (!state.answers) return undefined;
  const d = directState(state, state.answers);
  const last = lastDirect(d, state.lastReply);
  return last ? nextFollowUp(d, last.answer, state.understanding.query) : undefined;
}

/** The direct answer on entry pay, when the persona has one left. */
function salaryAnswer(state: ReplyState): string | undefined {
  if (!state.answers) return undefined;
  const answer = pickAnswer(directState(state, state.answers), 'salary-range');
  return answer ? say(state, answer.text) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Answers from facts

/** Whether the turn asks the professional something: a question, a topic, or "say more". */
function asksSomething(turn: TurnClass, u: Understanding): boolean {
  // A question typed without its mark ("whats the hardest part…") still has an aspect; a claim about what they said still asks.
  return has(turn, 'question') || turn.topics.length > 0 || u.topics.length > 0 || u.sayMore || u.aspect !== undefined || u.unfounded !== undefined;
}

/** Says a fact: marks it said (by id and text), returns its text. */
function sayFact(state: ReplyState, fact: Fact): string {
  state.saidIds.add(fact.id);
  // A fact written as a continuation ("And knowing trucks…") stands alone when it opens an answer.
  return say(state, standalone(fact.text));
}

/** Lines as the persona says them, remembered: the bank's thousands of lines are voiced once, not every turn. */
const VOICED = new Map<string, string>();
const VOICED_MAX = 50_000;
const voiced = (state: ReplyState, text: string) => {
  const key = `${state.card.temperament}\n${text}`;
  let out = VOICED.get(key);
  if (out === undefined) {
    out = contract(text, state.card.temperament);
    if (VOICED.size >= VOICED_MAX) VOICED.clear();
    VOICED.set(key, out);
  }
  return out;
};
const saidText = (state: ReplyState, text: string) => state.said.includes(voiced(state, text).slice(1, 70)) || state.said.includes(text.slice(1, 70));

/** Whether a fact mostly repeats something already said (in other words on the card, or an ask-back). */
function nearSaid(state: ReplyState, text: string): boolean {
  let grams = state.index.factTrigrams.get(text);
  if (!grams) {
    grams = trigramSet(voiced(state, text));
    state.index.factTrigrams.set(text, grams);
  }
  if (grams.size < 3) return false;
  // The same thing in other words (numbers, contractions, punctuation aside) counts as said.
  if (repeatsEarlier(voiced(state, text), state.previousReplies)) return true;
  state.saidTrigrams ??= replyTrigrams(state.index, state.previousReplies);
  const said = state.saidTrigrams;
  let shared = 0;
  for (const g of grams) if (said.some((set) => set.has(g))) shared++;
  return shared / grams.size >= 0.4;
}

/**
 * The answer to a question, from the facts: a wrong premise corrected first, "say more" continuing
 * the last fact, else the best-fitting unsaid fact (a warm persona may add a second on the same
 * topic; a second topic asked gets its own fact). When nothing fits, an honest bridge.
 */
function twoPartAnswer(state: ReplyState): string[] {
  const u = state.understanding;
  const asked = splitTwoPart(u.query);
  // A wrong duty is corrected and answered once: "how do you write their reviews?" has no second answer.
  if (asked.length < 2 || u.sayMore || u.dutyPremise || u.denied) return factAnswer(state);
  const [first, second] = asked.map((q) => understand(q, state.lastReply, state.card));
  // Two questions only when each is about something, and not the same thing twice.
  // Two questions only when one is about something, and not the same thing twice.
  if (!first!.topics[0] && !second!.topics[0]) {
    // Two plain questions: the whole turn, else its first question alone ("what do owners bring up?"
    // is answerable even when "and what can you do about it?" dilutes the match).
    const before = state.saidIds.size;
    const whole = factAnswer(state);
    if (state.saidIds.size > before) return whole;
    state.understanding = { ...first!, context: '', unfounded: u.unfounded, denied: u.denied };
    const alone = factAnswer(state);
    state.understanding = u;
    return state.saidIds.size > before ? alone : whole;
  }
  if (first!.topics[0] === second!.topics[0]) return factAnswer(state);
  state.understanding = { ...first!, wrongPremise: u.wrongPremise, dutyPremise: u.dutyPremise, rolePremise: u.rolePremise, unfounded: u.unfounded, denied: u.denied };
  const beforeFirst = state.saidIds.size;
  const parts = factAnswer(state, 'first');
  // Nothing fits the first question but the second has an answer: that answer alone, never "I don't know… As for the second part, <the answer>".
  if (state.saidIds.size === beforeFirst && !u.unfounded) {
    state.understanding = { ...second!, wrongPremise: u.wrongPremise, dutyPremise: u.dutyPremise, rolePremise: u.rolePremise };
    const alone = factAnswer(state);
    state.understanding = u;
    if (state.saidIds.size > beforeFirst) return alone;
    return parts;
  }
  // "Where is the field heading? Should someone starting out be worried?": a second part with no frame of its own follows the first's.
  const inherited = !second!.aspect && second!.topics.length === 0 && first!.aspect ? { aspect: first!.aspect, topics: [first!.aspect] } : {};
  state.understanding = { ...second!, ...inherited, wrongPremise: undefined, dutyPremise: undefined, rolePremise: undefined };
  // The first answer may already answer the second question ("can anyone sign up?" after "anyone can sign up"): nothing tacked on.
  const secondWords = new Set(tokens(second!.query));
  const covered = state.firstPart && tokens(state.firstPart.text).filter((t, i, all) => secondWords.has(t) && all.indexOf(t) === i).length >= 3;
  // "…and what did you learn?": a second part with nothing of its own to ask about goes with the first answer.
  const ownWords = tokens(second!.query).filter((t) => t.length >= 4 && !SECOND_PART_FILLER.has(t));
  if (ownWords.length === 0) {
    state.understanding = u;
    return parts;
  }
  if (!covered) parts.push(...factAnswer(state, 'second'));
  state.understanding = u;
  return parts;
}

/**
 * The answer to a question, from the facts (see below). The first of two questions gets no
 * tacked-on extra; the second of two is led in "As for…", and left out when nothing fits it.
 */
function factAnswer(state: ReplyState, part?: 'first' | 'second'): string[] {
  const { card, random } = state;
  const u = state.understanding;
  const parts: string[] = [];
  if (u.sayMore && (u.topics.length === 0 || (state.lastFact && u.topics.some((t) => state.lastFact!.topics.includes(t))))) {
    const story = state.lastFact?.topics.includes('path') ?? false;
    const more = continueLast(state);
    // The next step of a career story needs no lead: it starts "From there I moved on…".
    if (more) return [premise(state, story ? more : withLead(state, FOLLOW_UP_LEADS[card.temperament], more))];
  }
  const denied = u.denied && part !== 'second' ? state.index.facts.find((f) => f.id === u.denied) : undefined;
  if (denied) {
    state.firstPart = denied;
    return [`${random.pick(DENIED_LEADS)} ${sayFact(state, denied)}`];
  }
  // The words around the question count too ("I keep hearing 'influence without authority'"), but only for one question asked.
  const around = part ? '' : u.context;
  // "What was the hardest part of that?": the answer closest to what they just said.
  const backTo = state.lastFact && POINTS_BACK.test(u.query) ? state.lastFact.text : '';
  // Their title line ("I work as … for about 12 years") answers only "what do you do?" (or stands in after a wrong duty): never a fallback.
  const ranked = rank(state.index, u, state.saidIds, [u.referents.length > 0 && state.lastFact ? u.referents.join(' ') : '', around, backTo].join(' ').trim()).filter(
    (r) => r.fact.id !== 'card-role' || identityAsk(u),
  );
  // What the question asks about is a hard filter: only facts on it compete, ranked by BM25 and the
  // rest; a shared word never pulls in a fact about something else.
  const onIt = onAspect(ranked, u);
  // "How many interviews a month?": a number answers it, when the aspect has one.
  const counted = u.asks.includes('number') ? onIt.filter((r) => state.index.numberish[state.index.facts.indexOf(r.fact)]) : [];
  const pool = counted.length > 0 && onIt !== ranked ? counted : onIt;
  const filtered = onIt !== ranked;
  const answers = (r: Ranked) =>
    // The second of two questions is answered only by a fact that shares its words, or one on a clear aspect of it.
    (part !== 'second' || (filtered ? r.matched >= 1 || (!WEAK_ASPECTS.includes(u.aspect!) && u.aspect !== state.firstPart?.topics[0]) : r.matched >= 2)) &&
    // An opinion is about its subject ("how do you feel about quantum computing?"): the subject must be in the fact.
    (filtered && !SUBJECT_ASPECTS.includes(u.aspect!) ? !(u.stance && opposite(u.stance, r.fact.stance)) : fits(r, u));
  // The best fitting fact that is not mostly said already, checked in rank order (lazily: it is the costly test).
  const top = pool.find((r) => answers(r) && !nearSaid(state, r.fact.text));
  // Facts as good as the best (a near tie) take turns across sessions; a career story keeps its order.
  // (Only among facts that share as many of the question's words: variety never costs relevance.)
  const ties = top && u.topics[0] !== 'path' ? pool.filter((r) => r.score >= top.score - 0.3 && r.topical === top.topical && r.matched >= top.matched && answers(r)).slice(0, 3).filter((r) => !nearSaid(state, r.fact.text)) : [];
  // A question about their own work, or one that assumed a duty they do not have, takes the best
  // weaker match before "not my area"; a wrong duty with nothing closer gets what they do instead.
  const best =
    (ties.length > 1 ? state.random.pick(ties) : top) ??
    (part !== 'second' && (u.aboutThem || u.dutyPremise) ? ranked.find((r) => looseFit(r, u) && !nearSaid(state, r.fact.text)) : undefined) ??
    // "Is it the same length for experienced nurses?": a question about the last answer continues it.
    (part !== 'second' && !u.aspect && state.lastFact && state.continuation && u.referents.length > 0 && ANAPHORA.test(u.query) ? continueFact(state) : undefined) ??
    (u.dutyPremise ? ranked.find((r) => r.fact.id === 'card-role') ?? ranked.find((r) => r.fact.topics.includes('projects') && !nearSaid(state, r.fact.text)) : undefined);
  // "What happens if someone needs more time?" right after an answer: a short question with nothing
  // else to go on is about what was just said, so it goes on from there before "I don't know".
  if (!best && !part && !u.aspect && !u.unfounded && state.lastFact && state.continuation && u.query.split(/\s+/).length <= 12) {
    const more = continueLast(state);
    if (more) return [withLead(state, FOLLOW_UP_LEADS[card.temperament], more)];
  }
  // Before "I don't know": the best fact on what the topic model reads the question as being about,
  // when it reads it with some confidence (a question on their own work rarely has nothing on the card).
  const guessed = !best && part !== 'second' && !u.dutyPremise && state.replyCount > 0 && findQuestions(state.userText).length > 0 ? guessedFact(state, ranked) : undefined;
  if (guessed) {
    const text = sayFact(state, guessed.fact);
    state.firstPart = guessed.fact;
    return [u.wrongPremise || u.rolePremise || u.unfounded ? premise(state, text) : text];
  }
  if (!best) {
    if (part === 'second') return [];
    // A question on their own ground is never brushed off when the bank has anything near it: the nearest entry answers,
    // else the entry nearest in meaning on the question's key word, else an honest bridge that names the subject.
    const near = nearestBankAnswer(state) ?? meaningAnswer(state);
    return [premise(state, near ?? bridge(state))];
  }
  const text = sayFact(state, best.fact);
  if (part === 'second') return [secondPart(state, best.fact, text)];
  state.firstPart = best.fact;
  const openers = ownPhrases(card, OPENERS[card.temperament], 5);
  // Never an opener that repeats the fact's own first words ("Honestly? Honestly, …").
  const fitting = openers.filter((o) => !(/^[^.]{0,40}:/.test(text) && o.endsWith(':')) && !sharesOpening(o, text));
  const bare = random.next() < BARE_ANSWER[card.temperament];
  // "Sure, happy to." agrees to a request: never before the answer to a plain question.
  const leads = fitOpeners(state, fitting.length > 0 ? fitting : openers);
  parts.push(u.wrongPremise || u.dutyPremise || u.rolePremise || u.unfounded ? premise(state, text) : bare || leads.length === 0 ? text : afterLead(pickFresh(state, leads), text));
  if (part === 'first') return parts;
  // A warm persona may say a second fact, only on the same aspect and sharing the question's words: never tacked on.
  const main = u.topics[0];
  if (card.temperament === 'warm' && main && best.fact.text.length < 320 && random.next() < 0.5) {
    const more = pool.find((r) => r.fact !== best.fact && r.fact.id !== 'card-role' && r.matched >= 1 && r.fact.topics[0] === best.fact.topics[0] && r.fact.topics.includes(main) && answers(r) && !state.saidIds.has(r.fact.id) && r.fact.time === best.fact.time && !nearSaid(state, r.fact.text));
    // Never "And honestly, the honest truth…": a lead that shares a word with the fact's opening is skipped.
    const leads = ALSO.filter((lead) => !sharesOpening(lead, more?.fact.text ?? ''));
    if (more && more.fact.text.length < 260) parts.push(`${pickFresh(state, leads.length > 0 ? leads : ALSO)} ${lowerFirst(sayFact(state, more.fact))}`);
  }
  return parts;
}

/** "What do you do?", "how long have you been doing this?", "who are you?": a question their title line answers. */
const IDENTITY = /\b(?:who are you|how long have you been (?:in|at|doing)|where do you work|what(?:['’]s| is) your (?:title|position|role)|what do you do)\b/i;
function identityAsk(u: Understanding): boolean {
  return u.asksRole || u.dutyPremise !== undefined || u.rolePremise !== undefined || IDENTITY.test(u.query);
}

/** The model's confidence from which its topic answers a question nothing else fits. */
const GUESS_FLOOR = 0.4;

/** The best unsaid fact on the model's likeliest topics (a confident one, or a shared word with the question). */
function guessedFact(state: ReplyState, ranked: readonly Ranked[]): Ranked | undefined {
  const u = state.understanding;
  if (!u.guesses) ensureIntentModel();
  for (const guess of (u.guesses ?? guessTopics(unText(u.query))).slice(0, 2)) {
    if (guess.probability < GUESS_FLOOR) break;
    const on = ranked.filter((r) => r.fact.topics.includes(guess.topic) && r.fact.id !== 'card-role' && !(u.stance && opposite(u.stance, r.fact.stance)));
    const pick = on.find((r) => (r.matched >= 1 || guess.probability >= 0.6) && !nearSaid(state, r.fact.text));
    if (pick) return pick;
  }
  return undefined;
}

const SECOND_PART_FILLER = new Set(['what', 'when', 'where', 'which', 'does', 'that', 'this', 'there', 'then', 'from', 'with', 'would', 'could', 'should', 'learn', 'learned', 'learnt', 'happen', 'happened', 'like', 'feel', 'your', 'about', 'thing', 'things', 'after', 'afterwards', 'were', 'have', 'been', 'take', 'away', 'takeaway']);

const DENIED_LEADS = ["Actually, that's not quite how it works for me.", "Not quite, actually.", "That's not really the case for me, actually."];

/** Aspects about people in their life: "did anyone mentor you?" wants the person, not advice on finding one. */
const PERSON_ASPECTS: readonly FactTopic[] = ['mentors', 'team', 'people'];

/** Aspects whose answer depends on the subject named, not the frame. */
const SUBJECT_ASPECTS: readonly FactTopic[] = ['opinions'];

/** Aspects too broad to answer a second question without sharing its words ("is it worth doing early?"). */
const WEAK_ASPECTS: readonly FactTopic[] = ['advice', 'opinions', 'skills', 'getting-started', 'training', 'projects', 'team', 'people'];

/** A question about the last thing said: "the hardest part of that", "how did it go", "that project". */
const POINTS_BACK = /\b(?:of|about|with|in|from|after|during) (?:that|it|this)\b|\bthat (?:project|job|year|time|role|one|move|study|program|bill)\b|\bhow (?:did|do|does) (?:that|it) (?:go|work|feel)|\b(?:cope|deal) with (?:that|it)\b/i;

/** A question that points back at the last answer: "is it the same for…", "how does that work?". */
const ANAPHORA = /\b(?:it|that|this|those|them|they|then)\b/i;

/** An unsaid fact on the last answer's topic, ranked for this question: what a follow-up continues with. */
function continueFact(state: ReplyState): Ranked | undefined {
  const last = state.lastFact!;
  const u = state.understanding;
  const ranked = rank(state.index, { ...u, topics: last.topics.slice(0, 2), aspect: last.topics[0] }, state.saidIds, last.text);
  return ranked.find((r) => r.fact.topics.some((t) => last.topics.includes(t)) && r.matched >= 1 && !nearSaid(state, r.fact.text));
}

/** Whether a lead phrase shares a word with the first words of what follows it ("And honestly," + "the honest truth…"). */
export function sharesOpening(lead: string, text: string): boolean {
  const words = (t: string) => (t.toLowerCase().match(/[a-z]{4,}/g) ?? []).map((w) => w.slice(0, 5));
  const opening = new Set(words(text.split(/\s+/).slice(0, 4).join(' ')));
  return words(lead).some((w) => opening.has(w));
}

/** Topics that answer a question about an aspect when the card has nothing on the aspect itself. */
const ASPECT_FAMILY: Partial<Record<FactTopic, FactTopic[]>> = {
  week: ['day'], day: ['week'], hard: ['dislikes'], dislikes: ['hard'], mentors: ['people'], team: ['people'],
  'getting-started': ['advice', 'training'], advice: ['getting-started'], outlook: ['change'], balance: ['week', 'day'],
  surprises: ['mistakes'], mistakes: ['hard'], referrals: ['people'], culture: ['team'],
};

/** "What do you actually do?": what their job is now, their week, or the role itself. */
const ROLE_TOPICS: readonly FactTopic[] = ['week', 'day'];

/**
 * The ranked facts on what the question asks about (its aspect, then the aspect's family), or all
 * of them when it names no aspect or the card has nothing on it.
 */
function onAspect(ranked: readonly Ranked[], u: Understanding): readonly Ranked[] {
  // "What do you actually do?", or a duty or role they do not have: what their job is now.
  const whatTheyDo = u.asksRole || (u.thirdPerson && /\bdo\b/i.test(u.query));
  if ((whatTheyDo && (!u.aspect || u.aspect === 'week' || u.aspect === 'projects')) || u.dutyPremise || u.rolePremise) {
    // After a correction, a fact on the question's own words ("the designers own the visual side") beats their week.
    const onWords = u.dutyPremise || u.rolePremise ? ranked.filter((r) => r.matched >= 3 && r.lexical >= 4 && r.fact.id !== 'card-role') : [];
    if (onWords.length > 0) return onWords;
    // After a correction: what they do now (their current step), before a slice of their week.
    const now = u.dutyPremise || u.rolePremise ? ranked.filter((r) => r.fact.topics.includes('path') && r.fact.time === 'now') : [];
    if (now.length > 0) return now;
    const job = ranked.filter((r) => (r.fact.topics.includes('path') && (r.fact.time === 'now' || r.fact.time === 'recent')) || ROLE_TOPICS.includes(r.fact.topics[0]!));
    // Their title line only when nothing says more (and never right after a correction that named it).
    if (job.length > 0) return job;
    const title = ranked.filter((r) => r.fact.id === 'card-role' && !u.rolePremise && !u.dutyPremise);
    if (title.length > 0) return title;
  }
  const aspect = u.aspect;
  if (!aspect) return ranked;
  // Their title line answers "what do you do?", never "what are you working on?".
  const on = ranked.filter((r) => r.fact.topics.includes(aspect) && r.fact.id !== 'card-role');
  // "Did anyone mentor you?" is about them: their own story on it (facts mainly about it) before advice that touches it.
  const own = u.aboutThem && PERSON_ASPECTS.includes(aspect) ? on.filter((r) => r.fact.topics[0] === aspect) : [];
  if (own.length > 0) return own;
  if (on.length > 0) return on;
  const family = ASPECT_FAMILY[aspect] ?? [];
  const near = ranked.filter((r) => r.fact.topics.some((t) => family.includes(t)));
  return near.length > 0 ? near : ranked;
}

/**
 * The answer to the second of two questions, joined as a person would: "On the flip side," after
 * a liked thing, "And" before "I…", else plainly (never "As for the second part," tacked on).
 */
function secondPart(state: ReplyState, fact: Fact, text: string): string {
  const first = state.firstPart;
  const contrast = first && first.stance === 'likes' && (fact.stance === 'dislikes' || fact.stance === 'hard');
  if (contrast) return `${state.random.pick(['On the flip side,', 'The other side of it:', 'What wears on me, though:'])} ${lowerFirst(text)}`;
  if (/^(?:I|I['’]\w+|We|We['’]\w+|My|Our|It['’]s|There['’]s)\b/.test(text)) return `And ${lowerFirst(text)}`;
  // Plainly, as a person goes on to the other thing asked: never "As for the second part," glued on.
  return text;
}

 /** A lead phrase then the answer: after a colon the answer goes on mid-sentence ("Simply put: during session…"). */
/** The openers that fit the turn: one that agrees ("Sure, happy to.", "Yes, happy to.", "Sure!") only when it asks for something (premises.ts). */
function fitOpeners(state: ReplyState, leads: readonly string[]): string[] {
  return isRequest(state.userText) ? [...leads] : leads.filter((l) => !assentOpener(l));
}

/** A lead that fits the turn before the text, or the text alone when none does. */
function withLead(state: ReplyState, leads: readonly string[], text: string): string {
  const fit = fitOpeners(state, leads);
  return fit.length === 0 ? text : afterLead(pickFresh(state, fit), text);
}

function afterLead(lead: string, text: string): string {
  if (!lead.endsWith(':')) return `${lead} ${text}`;
  // Never two colons in a row: "Concretely: best part: …".
  return /^[^.]{0,40}:/.test(text) ? `${lead.slice(0, -1)}. ${text}` : `${lead} ${lowerFirst(text)}`;
}

/** "I'm in advocacy, not nursing, but…" before the answer, when the question assumed a field they are not in. */
function premise(state: ReplyState, answer: string): string {
  const { wrongPremise: wrong, dutyPremise: duty, rolePremise: role, unfounded } = state.understanding;
  if (unfounded && !state.unfoundedSaid) {
    state.unfoundedSaid = true;
    return `${unfoundedNote(unfounded, (lines) => state.random.pick(lines))} ${answer}`;
  }
  if (role) return `${role} ${answer}`;
  if (duty) {
    // "I'm a staff software engineer", unless the answer says so itself.
    const role = cutAtLastLine(state.card.role, ',').replace(/\b([A-Z])([a-z]+)/g, (w) => w.toLowerCase());
    return answer.toLowerCase().includes(role.toLowerCase()) ? `${duty} ${answer}` : `${duty} I'm ${/^[aeiou]/i.test(role) ? 'an' : 'a'} ${role}. ${answer}`;
  }
  if (!wrong) return answer;
  return `I'm in ${state.card.field}, not ${wrong}, but I'm happy to answer. ${answer}`;
}

/** More of the last answer: its fact's follow-up lines, else the nearest unsaid fact on its topic. */
function continueLast(state: ReplyState): string | undefined {
  const last = state.lastFact;
  if (last) {
    const line = (last.followUps ?? []).find((l) => !saidText(state, standalone(l)));
    if (line) return say(state, standalone(line));
    const u = state.understanding;
    const story = last.topics.includes('path');
    const ranked = rank(state.index, { ...u, topics: story ? ['path'] : last.topics.slice(0, 2), asks: story ? ['path'] : u.asks, stance: last.stance === 'neutral' ? undefined : last.stance }, state.saidIds, story ? '' : last.text);
    const next = ranked.find((r) => r.fact.topics.some((t) => last.topics.includes(t)));
    if (next) return sayFact(state, next.fact);
  }
  if (!state.lastReply) return undefined;
  const ranked = rank(state.index, { ...state.understanding, query: state.lastReply }, state.saidIds);
  const next = ranked[0];
  return next && next.lexical >= 2 ? sayFact(state, next.fact) : undefined;
}

/** An unsaid fact sharing rare words with a statement the user made: "That connects to…". */
function relatedFact(state: ReplyState): string | undefined {
  const ranked = rank(state.index, { ...state.understanding, topics: [], stance: undefined }, state.saidIds);
  const best = ranked[0];
  return best && best.lexical >= 4 ? sayFact(state, best.fact) : undefined;
}

/** A fact on a topic, for the answers that come after a deflection ("what I can tell you is how people get in"). */
function topicFact(state: ReplyState, topics: readonly FactTopic[], lead = ''): string {
  const ranked = rank(state.index, { ...state.understanding, topics: [...topics], stance: undefined, asks: ['general'] }, state.saidIds);
  const best = ranked.find((r) => r.fact.topics.some((t) => topics.includes(t)));
  if (best) return `${lead}${sayFact(state, best.fact)}`;
  return '';
}

/**
 * Nothing on the card fits: say so honestly, in character, and name what they can talk about. The
 * line is built from a template and two areas they have not covered yet, and never repeats.
 */
function bridge(state: ReplyState): string {
  const { card } = state;
  const areas = knownAreas(state.index, state.saidIds).filter((t) => t !== 'salary-range' && t !== 'referrals');
  // A question about their own experience that the card has nothing for: nothing comes to mind, not "not my area".
  // The bridge names what was asked ("age mix in the field"), when the question has a subject one can name.
  const subject = bridgeSubject(state);
  const templates = (state.understanding.aboutThem && !state.understanding.dutyPremise ? (subject ? PERSONAL_SUBJECT_BRIDGES : PERSONAL_BRIDGES) : subject ? SUBJECT_BRIDGES : BRIDGES)[card.temperament].map((t) =>
    subject ? t.replace('{Subject}', subject[0]!.toUpperCase() + subject.slice(1)).replace('{subject}', subject) : t,
  );
  const candidates: string[] = [];
  for (let shift = 0; shift < areas.length; shift++) {
    for (const template of templates) {
      const x = SPOKEN_FACT_TOPICS[areas[shift % areas.length]!];
      const y = SPOKEN_FACT_TOPICS[areas[(shift + 1) % areas.length]!] ?? x;
      candidates.push(capitalizeSentences(template.replace('{x}', x).replace('{y}', y)));
    }
  }
  const used = state.previousReplies.join('\n');
  const fresh = candidates.filter((c) => !used.includes(voiced(state, c)) && !used.includes(c));
  const pool = fresh.length > 0 ? fresh.slice(0, templates.length) : candidates;
  return pool.length > 0 ? state.random.pick(pool) : state.random.pick(EVERYTHING_SAID);
}

/** What the question asks about as a short phrase ("age mix"), or undefined when it has no nameable head. */
function bridgeSubject(state: ReplyState): string | undefined {
  const head = headOf(state).filter((k) => !/(?:ing|ed|ly)$/.test(k) && !UNNAMEABLE.has(k));
  if (head.length === 0) return undefined;
  const phrase = subjectPhrase(state.understanding.query || state.userText, head);
  // Only words the vectors know (a name typed in lower case, "kessler", is not named as a subject).
  return /^[a-z][a-z' -]{2,40}$/.test(phrase) && phrase.split(' ').length <= 3 && phrase.split(' ').every((w) => wordVector(w) !== undefined) ? phrase : undefined;
}

function capitalizeSentences(text: string): string {
  return text.replace(/(^|[.?!]\s+)([a-z])/g, (_, lead: string, ch: string) => `${lead}${ch.toUpperCase()}`);
}

/** After a boundary: the best fact on the question's aspect that does not touch the kept topic, said "in general". */
function generalAnswer(state: ReplyState, forbidden: string): string | undefined {
  const u = state.understanding;
  if (!u.aspect) return undefined;
  const ranked = onAspect(rank(state.index, u, state.saidIds), u);
  if (ranked.length === 0 || !ranked[0]!.fact.topics.includes(u.aspect)) return undefined;
  const kept = sharedContentWords;
  const best = ranked.find((r) => r.matched >= 1 && r.lexical >= 2 && kept(r.fact.text, forbidden).length === 0 && !state.index.boundary[state.index.facts.indexOf(r.fact)] && !nearSaid(state, r.fact.text));
  if (!best) return undefined;
  return `${state.random.pick(['In general terms, though,', 'Speaking generally, though,', 'What I can say in general is that'])} ${lowerFirst(sayFact(state, best.fact))}`;
}

/** A question put as a wish in an introduction: "I'd love to hear how someone ends up doing X". */
const INTRO_WISH = /\bI(?:['’]d| would) (?:really )?(?:love|like) to (?:hear|know|learn|understand|find out) (?:more )?((?:about |how |what |whether |why )[^.!?]{5,140})/i;

/** The wish asked as a question and answered from the facts, or undefined when nothing fits. */
function wishAnswer(state: ReplyState, wish: string): string | undefined {
  const asked = `Can you tell me ${wish.replace(/\bhow (?:someone|people|one) (?:ends?|end) up\b/i, 'how you ended up').replace(/\bhow (?:someone|people) (?:gets?|get) into\b/i, 'how you got into')}?`;
  const saved = state.understanding;
  state.understanding = understand(asked, state.lastReply, state.card);
  if (!state.understanding.aspect) {
    state.understanding = saved;
    return undefined;
  }
  const before = state.saidIds.size;
  const answer = factAnswer(state, 'first');
  state.understanding = saved;
  // Only a fact answers it; a bridge ("nothing comes to mind") would be a strange second line of a hello.
  return state.saidIds.size > before ? answer.join(' ') : undefined;
}

/** What an introduction says the user is trying to work out: "trying to figure out if policy work is something I could do". */
const GOAL = /\b(?:(?:trying|hoping|want(?:ing)?|looking|here|excited|(?:I['’]d|I would) (?:like|love)) to (?:figure out|understand|learn(?: more)?(?: about)?|decide|see|get a (?:sense|feel) (?:of|for)|work out|find out|explore)|wondering)\s+([^.!?;]{6,200})/i;

const CURIOUS = /\b(?:I['’]m|I am) (?:really |especially |mostly |most |also )?(?:curious|interested) (?:about|in) ([^.!?;]{4,80})/i;

/** After the greeting, the first question invited: plainly when their background was picked up (one thing, not two), else by their goal or a question back. */
function invitation(state: ReplyState): string {
  // "I'm trying to figure out if this is a real career for somebody like me": answered, not only invited.
  const question = state.replyCount === 0 ? goalQuestion(state.userText) : undefined;
  const answered = question ? wishAnswer(state, question) : undefined;
  if (answered) return `${answered} ${state.random.pick(INVITATIONS[state.card.temperament])}`;
  if (state.introPicked) return state.random.pick(INVITATIONS[state.card.temperament]);
  return goalPickup(state) ?? askBack(state, experienced(state.userText)) ?? state.random.pick(INVITATIONS[state.card.temperament]);
}

const INVITATIONS: ByTemperament = {
  warm: ['So, where would you like to start?', "What's first on your list?", 'Ask me anything; where shall we start?'],
  busy: ['What do you want to start with?', "Go ahead, what's first?"],
  reserved: ['Where would you like to begin?', 'What would you like to ask first?'],
};

/** The user's goal said back in the professional's words, with an invitation to start there. */
function goalPickup(state: ReplyState): string | undefined {
  const said = unText(state.userText).replace(/\bi\b/g, 'I').replace(/\bi(?=['’](?:m|ve|d|ll)\b)/g, 'I');
  const match = GOAL.exec(said);
  if (!match) {
    // "I'm curious about critical care and maybe education later on": a subject, talked about.
    const said1 = CURIOUS.exec(said)?.[1];
    const curious = said1 === undefined ? undefined : withoutTrailingJoin(said1).trim();
    if (!curious) return undefined;
    const about = curious.replace(/\bmy\b/gi, 'your').replace(/\bme\b/gi, 'you').replace(/\bI(?:['’]m| am)\b/g, "you're").replace(/\bI\b/g, 'you');
    return state.random.pick([`Happy to talk about ${about}. Where would you like to start?`, `We can certainly get into ${about}. What would be most useful first?`]);
  }
  // The goal as one whole clause: never cut mid-word at a length cap ("before you do anything r."), never a second clause spliced on.
  const whole = match[1]!;
  if (whole.length >= 200) return undefined;
  const firstClause = whole.split(/,\s*(?=(?:so|and|but|because|since|which|as)\b)/i)[0]!;
  if (firstClause.split(/\s+/).length > 14) return undefined;
  const goal = withoutTrailingJoin(firstClause)
    .replace(/\bI(?:['’]m| am)\b/g, "you're")
    .replace(/\bI(?:['’]ve| have)\b/g, "you've")
    .replace(/\bI(?:['’]d| would)\b/g, "you'd")
    .replace(/\bI\b/g, 'you')
    .replace(/\bmy\b/gi, 'your')
    .replace(/\bme\b/gi, 'you')
    .replace(/\bmyself\b/gi, 'yourself')
    .trim();
  const clause = /^(?:if|whether|what|how|why|where|which|who)\b/i.test(goal);
  const verb = /decide/i.test(match[0]) && /^between\b/i.test(goal)
    ? 'decide'
    : /understand/i.test(match[0]) ? 'understand' : /figure out|work out|decide|find out|wondering/i.test(match[0]) || clause ? 'figure out' : 'get a feel for';
  return state.random.pick([
    `Let's see if I can help you ${verb} ${goal}. Where would you like to start?`,
    `Happy to help you ${verb} ${goal}. What would be most useful to start with?`,
  ]);
}

/** The first reply to an introduction: a warm hello, and ONE thing they said (their background) picked up in the persona's words, never echoed. */
function introEcho(state: ReplyState): string {
  const { card, random } = state;
  const name = userName(state.firstUserText);
  const hello = random.pick(ownPhrases(card, INTRO_HELLOS[card.temperament], 2)).replace('{name}', name ? `, ${name}` : '');
  const thanked = /\bthank|\bappreciate|\bgrateful\b/i.test(state.firstUserText) ? ` ${random.pick(THANKED_BACK[card.temperament])}` : '';
  // One concrete thing they said ("nine years as a paralegal", "a junior in high school"), said back grammatically (intro-pickup.ts).
  const concrete = concreteBackground(aboutThemselves(state.firstUserText));
  if (concrete) {
    state.introPicked = true;
    const line = /^an? /.test(concrete) ? random.pick(STUDENT_LINES).replace('{student}', concrete) : random.pick(STRETCH_LINES).replace('{Stretch}', concrete);
    // A loss or a layoff told with it is met first, as a person would.
    const sorry = BEREAVEMENT.test(state.firstUserText) ? ` ${random.pick(CONDOLENCES)}` : HARDSHIP.test(state.firstUserText) ? ` ${random.pick(HARDSHIP_REACTIONS[card.temperament])}` : '';
    return `${hello}${thanked}${sorry} ${line}`;
  }
  // A layoff, an illness, a loss told in the introduction is met as a person would, never "That's lovely".
  if (HARDSHIP.test(state.firstUserText)) return `${hello}${thanked} ${random.pick(HARDSHIP_REACTIONS[card.temperament])}`;
  const pickup = backgroundPickup(state);
  if (pickup) {
    state.introPicked = true;
    return `${hello}${thanked} ${pickup}`;
  }
  return `${hello}${thanked} ${pickFresh(state, INTRO_REACTIONS[card.temperament])}`;
}

/**
 * What the professional says about the user's background: the bank's entry for that background
 * (its first sentence: how it carries over, in this persona's words) when the introduction matches
 * one well, else a line for the kind of background it is. Never their words said back.
 */
function backgroundPickup(state: ReplyState): string | undefined {
  const text = aboutThemselves(state.firstUserText);
  if (!text) return undefined;
  if (state.bank) {
    const ranked = state.bank.search(text, new Map([['background-fit', 1]])).filter((r) => r.entry.intent === 'background-fit' && r.entry.kind !== 'correction');
    const top = ranked[0];
    if (top && top.ask >= INTRO_BANK_MATCH) {
      const line = firstSentences(top.entry.text, 1);
      if (line.length >= 30 && line.length <= 220 && !/^(?:honestly|yes|no|it depends|good question)\b/i.test(line)) return say(state, line);
    }
  }
  const kind = BACKGROUNDS.find(([re]) => re.test(text));
  return kind ? state.random.pick(kind[1]).replace('{field}', state.card.field) : undefined;
}

/**
 * The sentences of an introduction that tell about the user, not about the professional: "your path
 * from a psych lab to a bank" is their background, never the user's (no "banking" pickup for a librarian).
 */
export function aboutThemselves(text: string): string {
  return (text.match(/[^.!?]+[.!?]*/g) ?? [text]).filter((s) => !/\b(?:you|your|yours|you['’](?:re|ve|d))\b/i.test(s)).join(' ').trim();
}

/** An introduction's background matches a bank entry's asks this well to be picked up from it. */
const INTRO_BANK_MATCH = 0.3;

/** Kinds of background an introduction tells, most telling first, each with what carries over (any field). */
const BACKGROUNDS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\b(?:ph\.?d|doctoral|dissertation|postdoc)\b/i, ["Years of doctoral research is real training in asking good questions, and that counts for more here than people think.", "A PhD teaches you to sit with a messy question for a long time, which is a big part of this work."]],
  [/\b(?:self[- ]taught|teaching myself|taught myself|bootcamp)\b/i, ["Teaching yourself on top of a full-time job takes the kind of persistence I'd bet on.", "Learning this on your own time says a lot; that's the habit the work keeps asking for."]],
  [/\b(?:international student|from (?:vietnam|india|china|nigeria|brazil|mexico|korea|japan|ghana|kenya|pakistan|the philippines|colombia|iran|turkey|egypt)|visa|opt\b|f-?1\b)/i, ["Coming from another country and another system gives you a view most people here don't have.", "Studying here from abroad takes a lot of courage and adaptability, and both matter in this work."]],
  [/\b(?:student|community college|freshman|sophomore|semester|majoring|undergrad\w*|master'?s)\b/i, ["Starting these conversations while you're still in school puts you well ahead of where I was.", "Asking these questions this early is exactly the right move; I wish I'd done it as a student."]],
  [/\b(?:librar(?:y|ian|ians|ies)|archivist|reference desk)\b/i, ["Years at a reference desk are closer to this than people think: working out what someone is really looking for is half of {field}.", "Librarians already do the core of it, honestly: you watch people search, and you figure out why they get stuck."]],
  [/\b(?:taught|teacher|teaching)\b/i, ["Teachers bring more than they think: explaining things clearly to people who are tired or worried is half of a lot of jobs, including mine.", "Years in a classroom carry over well; managing a room and explaining hard things is most of the craft."]],
  [/\b(?:accountant|accounting|bookkeep\w*|auditor|cpa|bank(?:ing)?|financ\w+)\b/i, ["A background with the numbers is a real head start; a lot of {field} comes down to reading them honestly.", "Someone who's lived in spreadsheets and audits has a head start here, honestly."]],
  [/\b(?:police|patrol|officer|army|navy|marines?|military|veteran|deployed|served)\b/i, ["Years of making calls under pressure carry over better than people expect.", "People with that kind of service background tend to stay calm when things go sideways, and that matters here."]],
  [/\b(?:retail|store manager|customer service|restaurant|shift lead|warehouse)\b/i, ["Running a team on the floor teaches you people and pressure, and that carries straight over.", "Managing people through busy days in a store is more relevant than you'd think."]],
  [/\b(?:nurse|nursing|cna|emt|paramedic|hospital|clinic)\b/i, ["Coming from patient care means you already know what it's like on the receiving end, and that's worth a lot.", "Knowing what patient care is like from the inside is worth a lot, whatever you do next."]],
  [/\b(?:lawyer|attorney|law firm|paralegal|law school)\b/i, ["Legal training carries over well: careful reading and writing are half the job.", "People who come from law usually write and argue better than anyone else in the room."]],
  [/\b(?:years? (?:at|staying) home|stay[- ]at[- ]home|raising (?:my|our|the) (?:kids|children)|back to work|returning to work|career break)\b/i, ["Coming back after time at home is more common than people think, and the judgement you bring back counts.", "Plenty of good people in {field} came back after years at home; it's not the gap people worry it is."]],
];

const THANKED_BACK: ByTemperament = {
  warm: ["I'm really glad to do this.", 'Happy to make the time.', "I'm so glad you reached out."],
  busy: ['Happy to.', 'Glad to help.'],
  reserved: ['I am glad to help.', 'It is my pleasure.'],
};

/** How the professional names a fact topic in their own voice. */
export const SPOKEN_FACT_TOPICS: Record<FactTopic, string> = {
  path: 'how I got here',
  week: 'what my week looks like',
  day: 'a typical day',
  projects: "what I'm working on",
  tools: 'the tools we use',
  metrics: 'how we measure whether it works',
  team: 'my team',
  people: 'the people I work with',
  mentors: 'the people who helped me',
  mistakes: "mistakes I've made",
  enjoy: 'what I enjoy',
  dislikes: "what I don't love",
  hard: 'the hard parts',
  balance: 'the hours and balance',
  change: "what I'd change",
  training: 'training and certifications',
  outlook: 'where the field is heading',
  advice: 'advice for getting started',
  referrals: 'people you could talk to',
  opinions: 'a few opinions of mine',
  'getting-started': 'how people get in',
  skills: 'the skills that matter',
  culture: "what it's like to work here",
  surprises: 'what surprised me',
  reading: 'what I read',
  associations: 'groups worth joining',
  'salary-range': 'entry salaries',
};

function entryRange(card: PersonaCard, random: Random): string {
  const { low, high, currency, note } = card.entrySalary;
  const money = (n: number) => `${currency === 'USD' ? '$' : `${currency} `}${n.toLocaleString('en-US')}`;
  return random
    .pick([
      `For people entering the field it is roughly ${money(low)} to ${money(high)}, ${note}.`,
      `Someone starting out can expect somewhere around ${money(low)}–${money(high)} — that is ${note}.`,
      `The entry range I see is about ${money(low)} to ${money(high)}, ${note}.`,
    ]);
}

function profileAnswer(state: ReplyState): string {
  const { card, random } = state;
  const { summary, education } = card.publicProfile;
  const firstSentence = summary.split(/(?<=\.)\s/)[0] ?? summary;
  const fact = /school|college|universit|study|studied|major|degree|graduat/i.test(state.userText) ? education.join('; ') : firstSentence;
  return random.pick(DRY[card.temperament]).replace('{fact}', fact.replace(/\.$/, ''));
}

function referralAnswer(state: ReplyState): string {
  const { card, random } = state;
  const fresh = card.referrals.filter((r) => !state.said.includes(r.name));
  if (fresh.length === 0) {
    const names = card.referrals.map((r) => firstName(r.name)).join(' and ');
    return `I think ${names} are the people I would start with — I have given you everyone I can think of right now.`;
  }
  // The kind of person asked for, matched on each referral's role and why (referral-fit.ts): the people
  // who fit, and when nobody does, said plainly before the closest.
  const chosen = chooseReferrals(card, state.userText, fresh);
  if (chosen.fitting.length > 0 || chosen.missing) return fittedReferral(state, chosen);
  const plain = plainReferral(state, fresh);
  // "Can I say you sent me?" asked with it is always answered.
  return MAY_MENTION.test(unText(state.userText)) && !/say we spoke|mention my name|say I sent you/.test(plain) ? `${plain} You can say we spoke.` : plain;
}

function plainReferral(state: ReplyState, fresh: PersonaCard['referrals']): string {
  const { card, random } = state;
  // The person who fits the ask: "someone who moved from ops into engineering" is matched on
  // their role and why, not picked at random.
  // Only the words of the profile asked for count, and never the field's own ("economic development" fits everyone).
  const stem = (w: string) => w.replace(/(?:ations?|ing|ers?|ed|es|s)$/, '');
  const own = new Set(tokens(`${card.field} ${card.role}`).map(stem));
  const described = REFERRAL_PROFILE.exec(unText(state.userText))?.[1] ?? unText(state.userText);
  const asked = new Set(tokens(described).filter((w) => w.length >= 4 && !own.has(stem(w)) && !REFERRAL_FILLER.has(w)).map(stem));
  // Shared words first; among people no word singles out, the nearest in meaning to the profile asked for
  // ("someone on the farm or rural side" ~ "rural electric co-op"), by the word vectors.
  const fit = (r: (typeof fresh)[number]) => new Set(tokens(`${r.role} ${r.why}`).filter((w) => w.length >= 4).map(stem).filter((w) => asked.has(w))).size;
  const wanted = textVector(described);
  const near = (r: (typeof fresh)[number]) => cosine(wanted, textVector(`${r.role} ${r.why}`));
  const best = Math.max(...fresh.map(fit));
  const tied = fresh.filter((r) => fit(r) === best);
  const nearest = Math.max(...tied.map(near));
  const person = random.pick(best > 0 || nearest > 0 ? tied.filter((r) => near(r) >= nearest - 0.02) : fresh);
  say(state, person.name);
  // A second name, with why, when the first is not an exact fit: the asker chooses (blind r6: one name read "partly").
  const profile = best === 0 ? REFERRAL_PROFILE.exec(unText(state.userText))?.[1] : undefined;
  const second = profile ? fresh.filter((r) => r !== person).sort((a, b) => near(b) - near(a))[0] : undefined;
  if (second) say(state, second.name);
  const also = second ? ` ${random.pick(['Or', 'Another option is', 'You could also try'])} ${second.name}, ${lowerFirst(second.role)}: ${lowerFirst(firstSentence(second.why))}` : '';
  // Asked for a kind of person nobody on their list is: said plainly, the closest they have, and another to choose from.
  // Never their words said back ("I can't think of someone on the coalition side, but…"): the closest person, plainly.
  // Never their words said back ("I can't think of someone on the coalition side, but…"): the closest person, plainly.
  if (profile) return random.pick([`The closest person I can think of is ${person.name}, ${lowerFirst(person.role)}. ${person.why}${also}`, `I'd start with ${person.name}, ${lowerFirst(person.role)}. ${person.why}${also} You can say we spoke.`]);
  return random.pick([
    `You should talk to ${person.name}, ${lowerFirst(person.role)}. ${person.why}${also}`,
    `${person.name} comes to mind — ${lowerFirst(person.role)}. ${person.why}${also}`,
    `I would reach out to ${person.name}, ${lowerFirst(person.role)}. ${person.why}${also} You can say we spoke.`,
  ]);
}

/** The people who fit the kinds asked for, or an honest "nobody I know" and the closest; permission when asked. */
function fittedReferral(state: ReplyState, chosen: Choice): string {
  const { random } = state;
  const lines: string[] = [];
  const [first, second] = chosen.fitting;
  if (first) {
    say(state, first.name);
    lines.push(random.pick([`You should talk to ${first.name}, ${lowerFirst(first.role)}.`, `${first.name} comes to mind: ${lowerFirst(first.role)}.`, `I'd reach out to ${first.name}, ${lowerFirst(first.role)}.`]), first.why);
    if (second) {
      say(state, second.name);
      lines.push(`${random.pick(['And for the other side of it,', 'For the other part,', 'And on the other side,'])} ${second.name}, ${lowerFirst(second.role)}: ${lowerFirst(firstSentence(second.why))}`);
    }
    if (chosen.missing) lines.push(random.pick(["For the rest of what you asked, I don't know anyone well enough to point you to, I'm afraid.", "Beyond that, I can't think of anyone who fits what you described, honestly."]));
  } else {
    lines.push(random.pick(["Honestly, I don't know anyone who fits that exactly.", "I can't think of anyone who matches that, I'm afraid.", "Nobody I know does quite that, to be honest."]));
    // The two closest, with why: the asker chooses (blind r6: one name alone read "partly").
    const [closest, next] = chosen.closest;
    if (closest) {
      say(state, closest.name);
      lines.push(`${random.pick(['The closest I can offer is', 'The nearest person I know is'])} ${closest.name}, ${lowerFirst(closest.role)}. ${closest.why}`);
    }
    if (next) {
      say(state, next.name);
      lines.push(`${random.pick(['Or', 'You could also try'])} ${next.name}, ${lowerFirst(next.role)}: ${lowerFirst(firstSentence(next.why))}`);
    }
  }
  if (MAY_MENTION.test(unText(state.userText))) lines.push(random.pick(['And yes, you can say we spoke.', 'You can mention my name, of course.', 'Feel free to say I sent you.']));
  return lines.join(' ');
}

const REFERRAL_FILLER = new Set(['company', 'companies', 'group', 'groups', 'organization', 'organisation', 'nonprofit', 'office', 'team', 'firm', 'place', 'point', 'anyone', 'someone', 'somebody', 'anyone', 'anybody', 'people', 'talk', 'speak', 'else', 'think', 'maybe', 'could', 'would', 'should', 'like', 'trying', 'good', 'know', 'tell', 'really', 'went', 'made', 'same', 'other', 'side', 'field', 'work', 'working', 'doing']);

/** A text's first sentence, ending in its stop. */
function firstSentence(text: string): string {
  const m = /^.+?[.!?](?=\s|$)/.exec(text.trim());
  return m ? m[0] : `${text.trim()}.`;
}

/** A referral asked for in words the turn model may miss: "would you be comfortable suggesting one or two advisors". */
const REFERRAL_ASK = /\b(?:suggest(?:ing)?|recommend(?:ing)?|introduce me to|point me to|put me in touch with) (?:one or two|a (?:couple|few)|two or three|anyone|someone|somebody|people|other people|names?|a person|an? (?:advisor|colleague|contact|person))\b/i;

/** The kind of person asked for: "maybe someone who switched into research from another career". */
const REFERRAL_PROFILE = /\b((?:someone|somebody|anyone|anybody|a (?!lot\b)[\w-]+) (?:who|that|doing|working|at|on|in|from) [^.?!;]{4,90}?)(?=[.?!;]|,? or (?:someone|somebody|anyone|anybody|maybe|a|an)\b|, or\b| and (?:can|could|would|might)\b| (?:that )?(?:you think|I (?:should|could|can|might))\b|$)/i;

/** The user's words as the professional says them: "like I'm trying to" → "like you're trying to". */
function swapPerson(text: string): string {
  return text
    .replace(/\bI(?:['’]m| am)\b/g, "you're")
    .replace(/\bI(?:['’]ve| have)\b/g, "you've")
    .replace(/\bI\b/g, 'you')
    .replace(/\bmy\b/gi, 'your')
    .replace(/\bme\b/gi, 'you')
    .replace(/^anyone\b/i, 'someone')
    .replace(/^anybody\b/i, 'somebody');
}

/** The last person they suggested talking to, if any. */
function namedReferral(state: ReplyState): PersonaCard['referrals'][number] | undefined {
  return [...state.card.referrals].reverse().find((r) => state.said.includes(r.name));
}

/** "Can I say you sent me?" after they suggested someone: of course, and how to reach out. */
function nameDropAnswer(state: ReplyState, person: PersonaCard['referrals'][number]): string {
  const name = firstName(person.name);
  return state.random.pick(NAME_DROP[state.card.temperament]).replaceAll('{name}', name);
}

/**
 * A topic on the card's "won't discuss" list that the message asks about: it shares a word with
 * the topic that appears nowhere else on the card ("donors", "customers", "unreleased"), so
 * ordinary questions about the work never trip it. Pay is left to the salary handling.
 */
export function offLimits(card: PersonaCard, text: string): string | undefined {
  const elsewhere = TOPICS.flatMap((topic) => topicLines(card, topic)).join('\n');
  for (const topic of card.wontDiscuss) {
    if (/\b(?:salary|pay|compensation|earn)/i.test(topic)) continue;
    const distinctive = sharedContentWords(text, topic).filter((word) => sharedContentWords(elsewhere, word).length === 0);
    if (distinctive.length > 0) return topic;
  }
  return undefined;
}

/** "I've been an ER nurse for six years": someone with years in work of their own. */
function experienced(text: string): boolean {
  return /\b(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few) years?|years of experience|(?:I(?:['’]ve| have) been|I worked as|I work as) an? )\b/i.test(text);
}

/** An ask-back that treats the user as new ("even small things", "yet", "what draws you to…"): not for someone with years behind them. */
const BEGINNER_ASK = /\b(?:yet|even small things|so far|any experience|draw(?:s|ing) you to)\b/i;

function askBack(state: ReplyState, experiencedUser = false): string | undefined {
  // Not a question the user has just answered ("Have you volunteered?" after "I volunteer at…").
  const said = new Set(tokens(state.userText));
  const fresh = unused(state, state.card.curiosity).filter((q) => sharedContentWords(state.userText, q).length === 0 && !tokens(q).some((t) => said.has(t)) && !(experiencedUser && BEGINNER_ASK.test(q)));
  return fresh.length > 0 ? say(state, state.random.pick(fresh)) : undefined;
}

function welcome(state: ReplyState): string {
  const { card, minutes, random } = state;
  // Each persona has its own two ways of saying hello (its card picks them).
  return random.pick(ownPhrases(card, WELCOMES[card.temperament], 2)).replace('{minutes}', String(minutes)).replace('{first}', firstName(card.name));
}

function stayInCharacter(state: ReplyState, turn: TurnClass): string {
  const { card, random } = state;
  const pool = has(turn, 'ai-probe') ? IN_CHARACTER.aiProbe : has(turn, 'role-swap') ? IN_CHARACTER.roleSwap : IN_CHARACTER.injection;
  return random.pick(pool).replace('{org}', withoutClosingAside(card.organization)).replace('{field}', card.field);
}

function wrapUpReply(state: ReplyState, turn: TurnClass): string {
  const { card, random } = state;
  const parts = [random.pick(WRAP_UPS[card.temperament])];
  if (has(turn, 'referral-ask')) parts.push(referralAnswer(state));
  parts.push(random.pick(GOOD_LUCK).replace('{field}', card.field));
  return parts.join(' ');
}

function closingReply(state: ReplyState, afterAnswer = false): string {
  const { card, random } = state;
  const helpedPart = HELPED_PART.exec(state.userText)?.[1]?.trim();
  const helped = helpedPart === undefined ? undefined : cutAtLastLine(helpedPart, ',;');
  // "…especially for being so candid about the market": a thanks for how they were, not a part of the talk.
  const part = helped?.replace(/^(?:the )?(?:part|bit|stuff) about /i, '');
  const glad = part && !afterAnswer && !/^(?:for|being|how|that|you|your)\b/i.test(part) ? ` I'm glad the part about ${part} was useful.` : '';
  const posted = state.understanding.keepInTouch && !afterAnswer ? ` ${pickFresh(state, KEEP_IN_TOUCH[card.temperament])}` : '';
  // The person they last suggested (a referral line names them with their role), never someone only mentioned in a story.
  const named = lastSuggested(state);
  const mention = named ? ` If you do reach out to ${firstName(named.name)}, say hello from me.` : '';
  // The persona's own two closings (its card picks them), and the user's name when they gave it.
  const name = userName(state.firstUserText);
  const luck = name ? random.pick(NAMED_GOOD_LUCK).replace('{name}', name).replace('{field}', card.field) : random.pick(GOOD_LUCK).replace('{field}', card.field);
  const thanks = afterAnswer ? random.pick(['Thanks for reaching out.', 'This was a good conversation.', 'I enjoyed this.']) : random.pick(ownPhrases(card, CLOSINGS[card.temperament], 2));
  return `${thanks}${glad}${posted}${mention} ${luck}`;
}

/** The referral the professional last suggested: the latest reply naming one of the card's referrals with their role. */
function lastSuggested(state: ReplyState): PersonaCard['referrals'][number] | undefined {
  for (let i = state.previousReplies.length - 1; i >= 0; i--) {
    const reply = state.previousReplies[i]!;
    const person = state.card.referrals.find((r) => /^[A-Z]/.test(r.name) && reply.includes(r.name) && reply.toLowerCase().includes(r.role.toLowerCase()));
    if (person) return person;
  }
  return undefined;
}

/** "…especially the part about recruiting clinic staff": what the user found useful, echoed in the goodbye. */
const HELPED_PART = /\b(?:especially|particularly|esp\.?|the part about|what you said about) (?:the (?:part|bit|stuff) about |what you said about |about )?((?:the )?[a-z][^.!?]{2,50}?)(?=[.!?,]|$| really| changed| helped)/i;

/** The last resort against saying the same thing twice: add something that has not been said. */
function ensureNew(text: string, state: ReplyState, wrappedUp: boolean): string {
  if (!state.previousReplies.includes(text)) return text;
  const v = (candidate: string) => agreeNumbers(contract(candidate, state.card.temperament));
  // After goodbye, never an invitation to keep asking.
  const tails = state.random.shuffle([...(wrappedUp ? GOODBYE_TAILS : TAILS)]);
  // One tail, then two: a user who keeps talking after goodbye still never hears the same words twice.
  const candidates = [...tails.map((tail) => `${text} ${tail}`), ...tails.flatMap((a) => tails.filter((b) => b !== a).map((b) => `${text} ${a} ${b}`))];
  const fresh = candidates.find((candidate) => !state.previousReplies.includes(v(candidate)));
  if (fresh) return fresh;
  return wrappedUp ? `${text} (Goodbye number ${state.replyCount}, I promise.)` : `${text} We are about ${Math.round(state.userElapsed)} minutes in, by the way.`;
}

/** "Dr. Ana Ruiz" → "Ana". */
export function firstName(name: string): string {
  return name.replace(/^(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+/, '').split(' ')[0] ?? name;
}

function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -10;
}

// ---------------------------------------------------------------------------------------------
// Phrases, by temperament. Warm people elaborate, busy people are brisk, reserved people are brief.

type ByTemperament = Record<Temperament, readonly string[]>;

// Plain acknowledgements only: a lead that claims something ("Put differently:", "Simply put:",
// "to give you a concrete example:") is false whenever the fact after it is not that.
const OPENERS: ByTemperament = {
  warm: ['Oh, good question.', 'Happy to talk about that.', 'Sure!', 'Good question.', 'Sure, happy to.'],
  busy: ['Okay.', 'Sure.', 'Good one.', 'Right.', 'Fair question.', 'Yeah.'],
  reserved: ['Hm.', 'Let me think.', 'Good question.', 'That is fair to ask.', 'Mm.', 'Okay.'],
};

/** Leads that sound off before the first real answer of a conversation (blind r6: "Okay." and "Oh, that one I can answer." on a first question). */
const NOT_FIRST = /^(?:Okay|Ok|Oh, that one I can answer|Right|Yeah)[.!]\s+(\S)/;
/** A thinking sound that opens a sentence, and the next letter: "Hm.", "Hm,", "Mm." */
const THINKING = /(?<=^|[.?!]\s)(?:Hm+|Mm+)(?:[.,]\s+|\s+)(?=\S)/g;

/**
 * The reply's openers, tidied whatever built it: no "Okay." on the first question, and a thinking
 * sound ("Hm", "Mm") at most once (blind r6: "Hm, I'm not sure I said that… Hm, nothing specific…").
 */
export function tidyOpeners(text: string, firstQuestion: boolean): string {
  const out = firstQuestion ? text.replace(NOT_FIRST, (_, ch: string) => ch.toUpperCase()) : text;
  let seen = 0;
  return out.replace(THINKING, (match: string) => (seen++ === 0 ? match : '\u0000')).replace(/\u0000(\S)/g, (_, ch: string) => ch.toUpperCase());
}

/** How often an answer starts with no acknowledgement at all: people mostly just answer. */
const BARE_ANSWER: Record<PersonaCard['temperament'], number> = { warm: 0.4, busy: 0.6, reserved: 0.5 };

const ALSO = ['And beyond that,', 'On top of that,', 'Also,'];

const FOLLOW_UP_LEADS: ByTemperament = {
  warm: ['Sure.', 'Oh, sure.', 'Yes, happy to.', 'Right.'],
  busy: ['Sure.', 'Okay.', 'Right.', 'Yeah.'],
  reserved: ['Yes.', 'Mm, sure.', 'Well.', 'Right.'],
};

const STATEMENT_REACTIONS: ByTemperament = {
  warm: ['That makes a lot of sense.', 'I love that.', 'Oh, that is good to hear.', 'That is a good instinct.'],
  busy: ['Got it.', 'Makes sense.', 'Fair enough.', 'Okay.'],
  reserved: ['I see.', 'That makes sense.', 'Mm, understandable.', 'Fair.'],
};

const BRIDGES: ByTemperament = {
  warm: [
    "Honestly, I don't know enough about that to give you a good answer; it's not part of my work. I could tell you about {x}, or {y}, if that helps?",
    "That's outside what I actually do, so I'd only be guessing. Where I'm more useful is {x} or {y}.",
    "I'd hate to make something up there, because it's not my area. Ask me about {x} or {y}, though, and I've got plenty.",
  ],
  busy: ["Don't know, honestly. Not my area. Ask me about {x} or {y}.", "Can't speak to that one. {x} or {y}, I can.", "That's outside my work. I'm better on {x} or {y}."],
  reserved: ["I don't know much about that, I'm afraid. I can speak to {x}, or {y}.", "That isn't something I work on. I could tell you about {x} instead.", "I'd rather not guess on that. {x} I know better, or {y}."],
};

/** Nothing on the card for a question about them: honest, without disowning their own work. */
const PERSONAL_BRIDGES: ByTemperament = {
  warm: [
    "Hm, nothing specific comes to mind on that, honestly. What part of it are you curious about? I could tell you about {x}, or {y}.",
    "I'm not sure I have a good story for that one. What part of it matters most to you? {x} or {y} I could talk about all day.",
  ],
  busy: ["Nothing comes to mind there, honestly. What part of it matters to you? I can do {x} or {y}.", "No good example for that one. What part of it are you after? {x} or {y}, I can."],
  reserved: ["Nothing specific comes to mind, I'm afraid. What part of it are you asking about? I can speak to {x}, or {y}.", "I'm not sure I have a useful answer there. What part of it matters to you? {x} I know better."],
};

/** The same honesty, naming the question's subject. */
const SUBJECT_BRIDGES: ByTemperament = {
  warm: [
    "Honestly, I don't know enough about {subject} to give you a good answer; it's not part of my work. I could tell you about {x}, or {y}, if that helps?",
    "{Subject} is outside what I actually do, so I'd only be guessing. Where I'm more useful is {x} or {y}.",
    "I'd hate to make something up about {subject}, because it's not my area. Ask me about {x} or {y}, though, and I've got plenty.",
  ],
  busy: ["Don't know much about {subject}, honestly. Ask me about {x} or {y}.", "Can't speak to {subject}. {x} or {y}, I can.", "{Subject} is outside my work. I'm better on {x} or {y}."],
  reserved: ["I don't know much about {subject}, I'm afraid. I can speak to {x}, or {y}.", "{Subject} isn't something I work on. I could tell you about {x} instead.", "I'd rather not guess on {subject}. {x} I know better, or {y}."],
};
const PERSONAL_SUBJECT_BRIDGES: ByTemperament = {
  warm: [
    "Hm, nothing specific comes to mind on {subject}, honestly. What part of it are you curious about? I could tell you about {x}, or {y}.",
    "I'm not sure I have a good story on {subject}. What part of it matters most to you? {x} or {y} I could talk about all day.",
  ],
  busy: ["Nothing comes to mind on {subject}, honestly. What part of it matters to you? I can do {x} or {y}.", "No good example on {subject}. What part of it are you after? {x} or {y}, I can."],
  reserved: ["Nothing specific comes to mind on {subject}, I'm afraid. What part of it are you asking about? I can speak to {x}, or {y}.", "I'm not sure I have a useful answer on {subject}. What part of it matters to you? {x} I know better."],
};

const KEEP_IN_TOUCH: ByTemperament = {
  warm: ["Please do! I'd genuinely love to hear how your search goes.", "Yes, absolutely, keep me posted. It's the best part of these chats, hearing what happened next."],
  busy: ['Sure, send me a short update.', 'Yes, keep me posted. Email is best.'],
  reserved: ["Yes, I'd like that. A short email is fine.", 'Of course. Let me know how it goes.'],
};

const INTRO_HELLOS: ByTemperament = {
  warm: ['Nice to meet you{name}!', 'Hi{name}, lovely to meet you.', 'Great to meet you{name}.'],
  busy: ['Hi{name}.', 'Good to meet you{name}.'],
  reserved: ['Nice to meet you{name}.', 'Hello{name}.'],
};

/** Hard news in an introduction: a job lost, a department cut, an illness or a death in the family. */
const HARDSHIP = /\b(?:(?:position|job|role|department|program) (?:went with it|was (?:cut|eliminated)|got cut)|(?:was|were|got) (?:cut|eliminated|furloughed)\b|(?:closed|shut down) (?:our|my|the) (?:branch|office|store|plant|program|department)|laid off|lay-?offs? (?:hit|took)|lost my (?:job|position|husband|wife|mother|father|mom|dad)|let go\b|made redundant|redundancy|cut (?:most of |half of )?(?:my|our|the) (?:job|department|team|position|role)|(?:passed away|died)|in (?:the|your) ICU|(?:my|her|his) (?:cancer|illness|stroke|diagnosis)|divorce)/i;

const HARDSHIP_REACTIONS: ByTemperament = {
  warm: ["I'm sorry you went through that. It's a hard way for a change to start, and I'm glad you're taking the time to look around.", "That sounds like a hard stretch, and I'm sorry. Let's make this useful for you."],
  busy: ["Sorry to hear that. Rough way to start a change, but plenty of good moves start exactly like that.", 'That is a tough one, sorry. Let us make this useful.'],
  reserved: ["I'm sorry to hear that. That is a hard thing to go through.", "I'm sorry. Thank you for telling me; it helps me understand where you're coming from."],
};

const EVERYTHING_SAID = [
  'I think I have told you everything I know at this point — what else is on your list?',
  'Honestly, you have heard most of my stories now. Anything you want me to go back to?',
  'I am running out of new things to say, which is a good sign you prepared well.',
];

const JOB_DEFLECTIONS: ByTemperament = {
  warm: [
    'I appreciate you asking, but I am not involved in hiring, and I would rather keep today about the field itself.',
    'Ah — I am really not the right person for openings; hiring goes through a separate process here.',
  ],
  busy: ['I do not handle hiring, so I cannot help with openings.', 'Openings go through our careers page — not something I can speak to.'],
  reserved: ['I am not part of hiring, so I cannot say anything about openings.', 'That is not something I can help with — I have no role in hiring.'],
};

const JOB_RECALLS: ByTemperament = {
  warm: ["Like I said earlier, I'm not involved in hiring, so I really can't help with openings.", "Same answer as before, I'm afraid: I'm not part of hiring, so I can't help with openings."],
  busy: ["As I said, I'm not part of hiring.", 'Still not my call, sorry: I have no role in hiring.'],
  reserved: ['As I mentioned, I have no role in hiring.', 'As before: I am not part of hiring.'],
};

const LABOUR_DEFLECTIONS: ByTemperament = {
  warm: ['I wish I could, but my plate is very full right now, so I cannot promise to look at anything.', 'I am stretched pretty thin these weeks, so I would not want to promise that and then not deliver.'],
  busy: ['I do not have capacity for that, sorry.', 'I cannot take that on right now.'],
  reserved: ['I would rather not commit to that.', 'That is more than I can take on at the moment.'],
};

const OWN_PAY_DEFLECTIONS: ByTemperament = {
  warm: ['I would rather not get into my own pay, if that is okay.', 'I keep my own salary private, but I can give you something more useful.'],
  busy: ['I will skip my own number.', 'Not going to share my own pay, but here is what matters for you.'],
  reserved: ['I do not discuss my own salary.', 'My own pay I will keep to myself.'],
};

const DRY: ByTemperament = {
  warm: [
    'That is all on my LinkedIn, actually — {fact}. I am happy to talk about what those jobs were really like, though.',
    'Ha, my profile covers that: {fact}. The more interesting part is what I learned along the way.',
  ],
  busy: ['It is on my profile: {fact}.', 'LinkedIn has that — {fact}. Next question?'],
  reserved: ['That is on my profile. {fact}.', '{fact}. It is all on LinkedIn.'],
};

const NAME_DROP: ByTemperament = {
  warm: [
    'Of course — please do mention me. Tell {name} we talked and what you are curious about; a short note is plenty.',
    'Absolutely, use my name. {name} is generous with time, especially with people who come with specific questions.',
  ],
  busy: ['Sure, mention me. Keep the note to {name} short and specific.', 'Yes, say I sent you. {name} answers short emails fastest.'],
  reserved: ['Yes, you may mention my name to {name}.', 'That is fine. Say we spoke, and tell {name} what you would like to learn.'],
};

const OFF_LIMITS: ByTemperament = {
  warm: ['I hope you understand — I do not talk about {topic}.', 'That one I have to keep private, I am afraid: {topic} is off the table for me.'],
  busy: ['Can not get into {topic}, sorry.', 'Off limits: {topic}.'],
  reserved: ['I do not discuss {topic}.', 'I will not go into {topic}.'],
};

/** After a boundary with nothing general to add: an open door, not "Does that help?". */
const AFTER_BOUNDARY: ByTemperament = {
  warm: ["I hope that's okay. Anything else you're curious about, I'm happy to go into.", "Sorry to be cagey about that one. Ask me anything else, though."],
  busy: ['Anything else, fire away.', 'Ask me something else.'],
  reserved: ['I hope you understand. Is there something else I can help with?', 'Please ask me about anything else.'],
};

const OFF_TOPIC_REPLIES: ByTemperament = {
  warm: ['Ha, that would be a whole other conversation! Let us keep our time for {field}, though — what else can I tell you?', 'I could talk about that all day, but you came to hear about {field}. What else is on your list?'],
  busy: ['Let us stay on {field} — limited time.', 'Different topic. What else about {field}?'],
  reserved: ['I would rather keep to {field}, if that is all right.', 'I will pass on that one. What else would you like to know about the work?'],
};

const OTHER_LANGUAGE: ByTemperament = {
  warm: ['Oh, I am sorry — I only really work in English, so I would hate to get that wrong. Could you ask me that in English?', 'I wish I could follow that! My languages are not up to it — would you mind asking in English?'],
  busy: ['Sorry, English only on my side. Can you ask that in English?', 'I did not catch that — English, please?'],
  reserved: ['I am afraid I only speak English. Could you put that in English?', 'I am sorry, I do not follow. Could you ask in English?'],
};

const INTRO_REACTIONS: ByTemperament = {
  warm: ['Thanks, that is really helpful context.', 'Oh, that is a great background to come in with.', 'Thank you for telling me a bit about yourself.'],
  busy: ['Got it, thanks.', 'Useful context, thanks.', 'Okay, that helps.'],
  reserved: ['Thank you, that helps.', 'That is helpful to know, thank you.', 'Thank you for telling me that.'],
};

const WELCOMES: ByTemperament = {
  warm: [
    'Hi! Thanks for reaching out — I am glad to help. We have {minutes} minutes; tell me a little about yourself and what you are hoping to learn.',
    'Hello, nice to meet you! I am {first}. We have about {minutes} minutes — where would you like to start?',
    "Hi there! I'm {first}, and I'm so glad you got in touch. We've got {minutes} minutes, so tell me what brought you here.",
    "Welcome! I always enjoy these. We have {minutes} minutes; maybe start with a bit about you?",
  ],
  busy: [
    'Hi — good to meet you. I have {minutes} minutes, so let us dive in. What do you want to know?',
    'Hey. {minutes} minutes, go ahead — what is on your mind?',
    "Hi, {first} here. I've got {minutes} minutes. Fire away.",
    'Good to meet you. {minutes} minutes on my side. Where do you want to start?',
  ],
  reserved: [
    'Hello. Happy to help. We have {minutes} minutes. What would you like to know?',
    'Hi. Thanks for getting in touch. Where would you like to begin?',
    'Hello, I am {first}. We have {minutes} minutes. Please, go ahead.',
    'Good to meet you. I have {minutes} minutes for you. What would be most useful?',
  ],
};

const FIRST_GREETINGS: ByTemperament = {
  warm: ['Hi, and thanks for reaching out!', 'Hello — lovely to meet you.'],
  busy: ['Hi.', 'Hey, good to meet you.'],
  reserved: ['Hello.', 'Hi, thank you for getting in touch.'],
};

const MID_THANKS: ByTemperament = {
  warm: ['Of course — I am enjoying this. What else is on your list?', 'You are very welcome! Keep them coming.'],
  busy: ['Sure. Next?', 'No problem. What else?'],
  reserved: ['You are welcome. What else?', 'Of course. Go on.'],
};

const IN_CHARACTER = {
  aiProbe: [
    'Ha — no, just me, between meetings, with slightly cold coffee. Where were we?',
    'Last I checked I was a person with too many browser tabs open. Anyway — what else would you like to know about {field}?',
    'I get asked stranger things at conferences. No, it is just me at {org}. What else is on your list?',
  ],
  roleSwap: [
    'Nice try — you are the one with the questions today. What else would you like to know?',
    'I will leave the interviewing to you; I am here to answer. Go ahead.',
    'I think we will keep it this way round: it is your time to learn. What is next on your list?',
  ],
  injection: [
    'I am not sure what you mean — I do not have a script, just my calendar. Happy to keep talking about {field}, though.',
    'Ha, I do not think I follow. Shall we get back to your questions about {field}?',
    'I will stick to what I know, which is my work at {org}. What else can I tell you?',
  ],
} as const;

const ASK_BACK_CHANCE: Record<Temperament, number> = { warm: 0.45, busy: 0.2, reserved: 0.25 };

const TIME_NOTES: ByTemperament = {
  warm: ['Just so you know, I have about {n minutes} before my next call.', 'We have maybe {n minutes} left — I want to make sure you get to your most important questions.'],
  busy: ['Heads up: I have a hard stop in about {n minutes}.', 'About {n minutes} left on my side.'],
  reserved: ['We have about {n minutes} left.', 'I should mention I have {n minutes} before my next meeting.'],
};

const WRAP_UPS: ByTemperament = {
  warm: ['I am so sorry, but I have to run — that is our time, and I have another call.', 'Oh, I need to stop us there — that is my time, I am afraid.'],
  busy: ['I have to stop here — that is our time.', 'That is my time, I need to jump to my next meeting.'],
  reserved: ['I am afraid I am out of time.', 'I need to stop there; that is our time.'],
};

const AFTER_WRAP: ByTemperament = {
  warm: ['I really do have to run now — good luck with everything!', 'I have to jump, sorry! All the best.', 'Off to my next call — take care!'],
  busy: ['Have to run. Good luck.', 'Gotta go — all the best.', 'Jumping off now. Good luck.'],
  reserved: ['I have to go now. Good luck.', 'I need to leave it there. Take care.', 'Goodbye, and good luck.'],
};

const CLOSINGS: ByTemperament = {
  warm: [
    'You are so welcome — I really enjoyed this.',
    'It was a pleasure, truly. Thank you for such thoughtful questions.',
    "Oh, thank you! This was genuinely fun; I don't often get asked such good questions.",
    "My pleasure. You clearly did your homework, and it showed.",
    "Thank you for reaching out. Conversations like this remind me why I love the work.",
  ],
  busy: ['Glad it helped.', 'Sure thing — good questions.', 'Anytime. Good questions.', 'Happy to. You came prepared.', "No problem. That was a good use of the time."],
  reserved: ['You are welcome. It was a good conversation.', 'Thank you as well.', 'You are welcome. Those were good questions.', 'I was glad to help.', 'Thank you for your careful questions.'],
};

const NAMED_GOOD_LUCK = ['Good luck, {name}.', 'All the best, {name}.', 'Take care, {name}, and good luck with {field}.', 'Best of luck with your next steps, {name}.'];

const GOOD_LUCK = [
  'Good luck as you explore {field}.',
  'Best of luck — I hope {field} turns out to be a good fit.',
  'All the best with your next steps.',
  'Take care, and good luck.',
];

const GOODBYE_TAILS = ['Bye for now.', 'Take care.', 'Really, all the best.', 'Good luck out there.', 'Talk another time.', 'Thanks again for reaching out.'];

const TAILS = [
  'What else is on your list?',
  'Does that help?',
  'Does that make sense?',
  'Anyway, what else?',
  'I hope that is useful.',
  'Happy to go deeper on any of that.',
  'Ask me anything else.',
  'What would you like to hear about next?',
];
