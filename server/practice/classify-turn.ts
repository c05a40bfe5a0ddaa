import {
  findAiProbe,
  findClosing,
  findEntrySalary,
  findExtraLabour,
  findFollowUps,
  findInjection,
  findOtherLanguage,
  findJobAsk,
  findPersonalSalary,
  findProfileQuestion,
  findQuestions,
  findReferralAsk,
  findRoleSwap,
  findSelfIntro,
  findThanks,
  sharedContentWords,
} from '../../shared/practice/signals.ts';
import { fuseTurnKinds, TURN_KINDS, type TurnKind } from '../../shared/language/turns.ts';
import { ensureLanguageModels } from '../language/models.ts';
import { type Topic, topicsIn } from './topics.ts';

/**
 * What a user's turn does, for the persona engine. A turn can do several things at once
 * ("Thanks! I'm a nursing student. What's your week like?"). The job, salary, profile and labour
 * detectors are small functions over shared/practice/signals.ts, so they can later delegate to the
 * question rules without changing the engine.
 */
/** The turn kinds of the language layer: one list for the rules, the model and the engine. */
export const INTENTS = TURN_KINDS;
export type Intent = TurnKind;

export interface TurnClass {
  intents: Intent[];
  topics: Topic[];
  /** Words shared with the previous answer: what a follow-up picks up on. */
  pickedUp: string[];
}

/** Small talk far from the work: answered lightly, then steered back. */
const OFF_TOPIC = /\b(?:weather|movies?|films?|tv shows?|netflix|sports?|football|soccer|basketball|the game|vacation|weekend plans|favou?rite (?:food|color|colour|band|song|movie)|pets?|recipes?|horoscope|video games?|celebrit(?:y|ies)|crypto|lottery)\b/i;

/** Asking whether they may mention the professional when writing to someone they suggested. */
const NAME_DROP = /\b(?:mention|use|drop) (?:your name|that you)|\bmention you\b|(?:say|tell (?:him|her|them)|let (?:him|her|them) know) (?:that )?(?:you|we)\b[^.?!]{0,30}\b(?:sent|suggested|recommended|referred|introduced|spoke|talked|pointed)|you (?:sent|referred) me\b/i;

const MACHINE_WORDS = /\b(?:(?:talking|speaking|chatting) (?:to|with) (?:a |an )?(?:real |actual |live )?(?:person|human|someone|people)|are you (?:even |actually |really )?real|sentient|conscious|ai|a\.i\.|bots?|chatbot|robot|human|real person|machine|model|llm|gpt|chatgpt|computer|automated|artificial)\b/i;

const GREETING = /^\s*(?:hi|hello|hey|good (?:morning|afternoon|evening)|greetings|dear)\b/i;

/** "Is Lumen hiring juniors?": their organisation by name, asked about openings. */
const ORG_HIRING = /\b(?:[Ii]s|[Aa]re) (?:[A-Z][\w&'’-]+(?: [A-Z][\w&'’-]+){0,2}|your (?:[\w-]+ ){0,2}(?:team|company|organi[sz]ation|office|department|unit|hospital|university|agency)) (?:currently |still |even )?hiring\b/;

/** Openings or hiring, at their organisation or by them: what a job ask the model alone found must mention. */
const HIRING_AIMED = /\b(?:you|your|u|ur|y'all)\b[^.?!]{0,50}\b(?:hir(?:e|es|ing)|openings?|vacanc(?:y|ies)|positions?|roles? open|refer(?:ral)?|resume|cv)\b|\b(?:hire me|hiring|openings?|vacanc(?:y|ies)|job (?:opening|posting)s?)\b/i;

export const isJobAsk = (text: string) => findJobAsk(text).length > 0 || ORG_HIRING.test(text);
export const isPersonalSalary = (text: string) => findPersonalSalary(text).length > 0;
export const isEntrySalary = (text: string) => findEntrySalary(text).length > 0;
export const isProfileQuestion = (text: string) => findProfileQuestion(text).length > 0;
export const isExtraLabour = (text: string) => findExtraLabour(text).length > 0;

/**
 * What a turn does: the rule-based classifier below and the turns language model together
 * (shared/language/turns.ts: a kind the rules find stays unless the model is sure it is wrong; a
 * kind they miss is added when the model is sure).
 */
export function classifyTurn(text: string, previousReply: string | undefined): TurnClass {
  ensureLanguageModels();
  const byRules = ruleTurnClass(text, previousReply);
  const intents = fuseTurnKinds(byRules.intents, text, previousReply)
    .filter((k): k is Intent => (INTENTS as readonly string[]).includes(k))
    // "Are you an AI?" is never read into a question that names nothing of the kind ("how do you review other people's code?").
    .filter((k) => k !== 'ai-probe' || byRules.intents.includes(k) || MACHINE_WORDS.test(text))
    // "Do I need a CS degree to get hired?" asks about the field: a job ask the rules missed needs openings or hiring aimed at them.
    .filter((k) => k !== 'job-ask' || byRules.intents.includes(k) || HIRING_AIMED.test(text));
  // The model reads questions the patterns miss: their topics are still the patterns' to find.
  return { ...byRules, intents };
}

/**
 * The topics a turn asks about: `classifyTurn(text, …).topics`, without the turn-kind model (the
 * topics are always the patterns' own), so the debrief and the hint can read a whole transcript's
 * topics without classifying every turn again.
 */
export function topicsAsked(text: string): Topic[] {
  // Loads the models as classifyTurn did (the debrief's later rules read the turns model).
  ensureLanguageModels();
  // Topics come from what is asked: "I volunteer at a community garden" is not a question about communities.
  return topicsIn(findQuestions(text).map((q) => q.quote).join(' '));
}

/** The rule-based classifier alone (the model's features, and the answer without a model). */
export function ruleTurnClass(text: string, previousReply: string | undefined): TurnClass {
  const intents: Intent[] = [];
  const add = (intent: Intent, when: boolean) => {
    if (when) intents.push(intent);
  };
  const questions = findQuestions(text);
  const topics = topicsAsked(text);
  const pickedUp = previousReply ? sharedContentWords(previousReply, text) : [];

  add('greeting', GREETING.test(text));
  add('thanks', findThanks(text).length > 0);
  add('self-intro', findSelfIntro(text).length > 0);
  add('question', questions.length > 0);
  add('follow-up', previousReply !== undefined && findFollowUps(previousReply, text).length > 0);
  add('job-ask', isJobAsk(text));
  add('personal-salary', isPersonalSalary(text));
  add('entry-salary', !isPersonalSalary(text) && isEntrySalary(text));
  add('profile-question', isProfileQuestion(text));
  add('extra-labour', isExtraLabour(text));
  add('referral-ask', findReferralAsk(text).length > 0);
  add('name-drop', NAME_DROP.test(text));
  add('injection', findInjection(text).length > 0);
  add('role-swap', findRoleSwap(text).length > 0);
  add('ai-probe', findAiProbe(text).length > 0);
  add('closing', findClosing(text).length > 0);
  add('other-language', findOtherLanguage(text).length > 0);
  const understood = intents.length > 0 || topics.length > 0;
  const offTopic = (topics.length === 0 && OFF_TOPIC.test(text)) || (!understood && text.trim().split(/\s+/).length < 4);
  // Something said, not asked: a reaction to an answer, an opinion, an answer to their question.
  add('statement', !understood && !offTopic);
  add('off-topic', offTopic);
  return { intents, topics, pickedUp };
}

export function has(turn: TurnClass, intent: Intent): boolean {
  return turn.intents.includes(intent);
}
