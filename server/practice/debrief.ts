import type { AskerScore, CoachHint, DebriefItem, PersonaCard } from '../../shared/contracts/practice.ts';
import { lint, score, type RuleVerdict } from '../../shared/rules/index.ts';
import { renderTranscript, type TranscriptTurn } from '../../shared/practice/transcript.ts';
import { askerScores } from './asker-scores.ts';
import { factIndex, lastFactIn } from './retrieve.ts';
import { topicsAsked } from './classify-turn.ts';
import { lazyConductVerdicts } from './lazy-verdicts.ts';
import { userName } from '../../shared/practice/intro.ts';
import { analyse } from '../text/nlp.ts';
import { firstName } from './persona-engine.ts';
import { composeNote, greetingName, noteParts, oddSignature, signatureName, transcriptHash } from './thank-you-note.ts';
import { containsLine, type Topic, TOPIC_LABELS, TOPICS, suggestedQuestion, topicLines } from './topics.ts';

/**
 * The offline debrief: the conduct rules run on the transcript, each verdict with the user's own
 * words and advice citing the guide; a thank-you draft naming what was discussed. Deterministic.
 */

export interface PracticeTranscript {
  card: PersonaCard;
  minutes: number;
  turns: readonly TranscriptTurn[];
}

export interface DebriefBody {
  score: number;
  items: DebriefItem[];
  askerScores?: AskerScore[];
  remarks: string[];
  thankYouDraft: string;
}

export function conductVerdicts({ minutes, turns }: PracticeTranscript): RuleVerdict[] {
  return lint('conduct', renderTranscript(turns), { minutesRequested: minutes });
}

export function debriefItem({ rule, result }: RuleVerdict): DebriefItem {
  const [source] = rule.sources;
  const cite = source ? ` As the guide puts it: “${source.quote}” (${source.guide})` : '';
  return {
    ruleId: rule.id,
    title: rule.title,
    passed: result.passed,
    evidence: (result.evidence ?? []).map((e) => e.quote),
    advice: `${result.passed ? result.message : (result.suggestion ?? result.message)}${cite}`,
    sources: rule.sources.map((s) => s.guide),
  };
}

export function offlineDebrief(transcript: PracticeTranscript): DebriefBody {
  const verdicts = conductVerdicts(transcript);
  return {
    score: score(verdicts.map((v) => ({ passed: v.result.passed, severity: v.rule.severity }))),
    items: verdicts.map(debriefItem),
    askerScores: askerScores(transcript),
    remarks: [],
    thankYouDraft: thankYouDraft(transcript),
  };
}

/** Topics the user asked about, in the order they came up. */
export function discussedTopics(turns: readonly TranscriptTurn[]): Topic[] {
  const seen: Topic[] = [];
  for (const turn of turns) {
    if (turn.role !== 'user') continue;
    for (const topic of topicsAsked(turn.content)) if (!seen.includes(topic)) seen.push(topic);
  }
  return seen;
}

/** Each topic the user asked about, first time first, with the question that asked it. */
export function askedTopics(turns: readonly TranscriptTurn[]): Array<{ label: string; question: string }> {
  const out: Array<{ label: string; question: string }> = [];
  for (const turn of turns) {
    if (turn.role !== 'user') continue;
    let question: string | undefined;
    for (const topic of topicsAsked(turn.content)) {
      if (out.some((o) => o.label === TOPIC_LABELS[topic])) continue;
      question ??= analyse(turn.content).sentences.map((x) => x.text.trim()).find((x) => x.endsWith('?')) ?? turn.content;
      out.push({ label: TOPIC_LABELS[topic], question });
    }
  }
  return out;
}

export function discussedTopicLabels(turns: readonly TranscriptTurn[]): string[] {
  return discussedTopics(turns).map((topic) => TOPIC_LABELS[topic]);
}

/**
 * Whether a sentence said in the conversation reads on its own in a note: no second thanks or
 * name said to them ("Thanks, Brad, I didn't know…"), no spoken aside ("I've got a page of notes
 * here -"), nothing pointing back at what only the conversation said ("I'll call her Monday",
 * "framing it that way", "I'm going to go next week", "keep an eye out in August").
 */
export function standsAlone(text: string): boolean {
  if (/\b(?:thanks|thank you)\b/i.test(text)) return false;
  if (/(?:^|,\s*)(?:[A-Z][a-z]+|sir|ma['’]am)\s*(?:[-–—,]|$)/.test(text.replace(/^I\b/, ''))) return false;
  if (/\s[-–—]\s*$|\s[-–—]\s/.test(text)) return false;
  if (/\b(?:her|him|them|there|that way|this way|those|these)\b/i.test(text)) return false;
  if (/\b(?:it|that|this)[.!]?$/i.test(text)) return false;
  if (/\b(?:go|call|email|text|visit|try|do|check|look into)\s+(?:it|that|this)\b/i.test(text)) return false;
  if (/\bkeep an eye out\b(?!\s+for)/i.test(text) || /\b(?:go|going) (?:next|this|on|tomorrow)\b/i.test(text)) return false;
  return true;
}

/** Whether a sentence repeats the professional's words (eight words in a row), which the note never does. */
export function echoesProfessional(sentence: string, said: string): boolean {
  const words = sentence.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  const haystack = ` ${(said.toLowerCase().match(/[\p{L}'’]+/gu) ?? []).join(' ')} `;
  for (let i = 0; i + 8 <= words.length; i++) if (haystack.includes(` ${words.slice(i, i + 8).join(' ')} `)) return true;
  return false;
}

/** "your work as a large-animal veterinarian" from the card's role; the field when the role is long or a list. */
export function workPhrase(card: Pick<PersonaCard, 'role' | 'field'>): string {
  const role = card.role?.trim();
  if (role && role.split(/\s+/).length <= 5 && !/[&,/;(]/.test(role)) {
    const lower = role.split(/\s+/).map((w) => (/^[A-Z0-9]{2,}s?$/.test(w) ? w : w.toLowerCase())).join(' ');
    return `your work as ${/^[aeiou]/i.test(lower) ? 'an' : 'a'} ${lower}`;
  }
  return `your work in ${card.field}`;
}

/** Titles a professional may be addressed by: "Dr. Marsh", "Captain Delgado", "Chaplain Ruiz". */
const TITLE = /^(Dr|Mr|Ms|Mrs|Mx|Prof|Professor|Captain|Chaplain|Cantor|Deacon|Bishop|Imam|Rabbi|Pastor|Reverend|Father|Coach|Chef|Judge|Officer|Sergeant|Lieutenant|Engineer|Sister|Brother)\.?\s+(?:Dr\.?\s+)?/;

/**
 * The professional as the user addressed them in the transcript: "Mr. Tran" when that is what the
 * user said, the first name when the user used it, else the card's title and surname, else the full
 * name. Never a first name the user never used for someone they called "Dr. Marsh".
 */
export function addressAs(fullName: string, turns: readonly TranscriptTurn[]): string {
  const userText = turns.filter((t) => t.role === 'user').map((t) => t.content).join('\n');
  // They asked to be called by a name ("Call me Femi.", "Please, Ana is fine."): the note uses it.
  const proText = turns.filter((t) => t.role === 'professional').map((t) => t.content).join('\n');
  const asked = /\b[Cc]all me ([A-Z][a-z'’-]+)\b/.exec(proText) ?? /(?:^|[.!?,]\s+)(?:[Pp]lease,?\s+)?([A-Z][a-z'’-]+) is fine\b/.exec(proText);
  if (asked && !/^(?:That|This|It|Anything|Email|Text|Phone|Tuesday|Monday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(asked[1]!)) return asked[1]!;
  const title = TITLE.exec(fullName)?.[1];
  const bare = fullName.replace(TITLE, '').trim();
  const parts = bare.split(/\s+/);
  const first = parts[0] ?? bare;
  const surname = parts.length > 1 ? parts.at(-1)! : undefined;
  const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (surname) {
    const said = new RegExp(`\\b((?:Dr|Mr|Ms|Mrs|Mx|Prof|Professor|Captain|Chaplain|Rev|Cantor|Deacon|Bishop|Imam|Rabbi|Pastor|Reverend|Father|Coach|Chef|Judge|Officer|Sergeant|Lieutenant|Sister|Brother)\\.?\\s+${esc(surname)})\\b`).exec(userText);
    if (said) return said[1]!.replace(/^Rev\.?\s+/, 'Reverend ');
    // Typed in lowercase ("thanks mr kowalski"): the same form, written as a note writes it.
    const typed = new RegExp(`\\b(mr|ms|mrs|dr)\\.?\\s+${esc(surname)}\\b`, 'i').exec(userText);
    if (typed) return `${typed[1]!.charAt(0).toUpperCase()}${typed[1]!.slice(1).toLowerCase()}. ${surname}`;
  }
  if (new RegExp(`\\b${esc(first)}\\b`).test(userText) && first !== title) return first;
  if (title && surname) return `${title}${/^(?:Dr|Mr|Ms|Mrs|Mx|Prof)$/.test(title) ? '.' : ''} ${surname}`;
  return bare || fullName;
}

/**
 * The name the user goes by: what they asked to be called ("everyone calls me Sam"), their
 * self-introduction ("Tyler here", "Mr. Tran, Sarah Whitfield."), else the name the professional
 * greeted them by ("Happy to help, Jordan.").
 */
export function noteSignature(turns: readonly TranscriptTurn[]): string | undefined {
  const user = turns.filter((t) => t.role === 'user').map((t) => t.content);
  const pro = turns.filter((t) => t.role === 'professional').map((t) => t.content);
  const NOT = /^(?:Thanks|Thank|Sorry|Yes|Yeah|No|Okay|Ok|Sure|Great|Hi|Hello|Hey|Good|Well|So|Really|That|This|It|Wow|Right|Absolutely|Of|Happy|Nice|Glad|Honestly|Sir|Madam|Ma|Everyone|Anyway|Cool|Cantor|Rabbi|Reverend|Father|Pastor|Imam|Chaplain|Captain|Doctor|Professor|Coach|Chef|Deacon|Bishop|Elder|Sister|Brother|Officer|Judge|Sergeant|Lieutenant|Chief|Nurse|Shalom|Salaam|Hej|Hola|Ola|Olá|Bonjour|Ciao|Namaste|Aloha|Cheers|Bye|Welcome)$/u;
  for (const text of user) {
    const called = /\b(?:everyone|people|friends|most people|folks) calls? me ([A-Z][a-z'’-]+)/.exec(text) ?? /\bcall me ([A-Z][a-z'’-]+)/.exec(text);
    if (called && !NOT.test(called[1]!)) return called[1];
  }
  for (const text of user) {
    // The name as they gave it: "I'm Mei Ling Wu" signs in full (which words are the given name is not ours
    // to guess), "This is Noor Haddad" and "Hi Ray, Danny Kowalski, …" sign with the first name.
    const gave = /\b(?:I['’]m|I am|[Tt]his is|[Mm]y name(?:['’]s| is)|[Ii]t['’]s)\s+([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})(?=[\s,.!;—-]|$)/.exec(text) ?? /^(?:Hi|Hello|Hey|Good (?:morning|afternoon|evening))\s+[^,\n]{1,30},\s+([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})[,.]/.exec(text.trim());
    const words = gave?.[1]!.split(/\s+/) ?? [];
    if (words.length > 0 && !words.some((w) => NOT.test(w) || /^(?:I|Dr|Mr|Ms|Mrs|The|A|An)$/.test(w) || /['’]s$/.test(w))) return words.length >= 3 ? words.join(' ') : words[0];
    // "This is Sister Agnes's nephew, Paul.": the name after who they are to the person who connected them.
    const kin = /\b(?:[Tt]his is|I['’]m|[Ii]t['’]s) [^.!?\n]{0,40}?\b(?:nephew|niece|son|daughter|cousin|friend|student|grandson|granddaughter|brother|sister|colleague|neighbou?r|mentee),\s+([A-Z][a-z'’-]+)[.,!]/.exec(text);
    if (kin && !NOT.test(kin[1]!)) return kin[1];
    // "hi shawna!! im kayla, my cousin…": a name written in lowercase, as texting writes it.
    const lower = /(?:^|[\s,.!])(?:i['’]?m|this is|it['’]s)\s+([a-z][a-z'’-]{2,14})[,.!]/.exec(text);
    if (lower && !/^(?:fine|good|sorry|okay|ok|here|new|sure|glad|happy|not|just|so|really|still|back|done|ready|free|curious|interested|trying|thinking|wondering|calling|writing|also|actually|honestly|currently|now)$/.test(lower[1]!)) return lower[1]!.charAt(0).toUpperCase() + lower[1]!.slice(1);
    const here = /(?:^|[,.!—–-]\s*)([A-Z][a-z'’-]+) here\b/.exec(text);
    if (here && !NOT.test(here[1]!)) return here[1];
    // "Mr. Tran, Sarah Whitfield. Thanks for…": a full name standing alone after the address.
    const standing = /^(?:(?:Dr|Mr|Ms|Mrs|Mx|Captain|Chaplain)\.?\s+)?[A-Z][a-z'’-]+,\s+([A-Z][a-z'’-]+)\s+[A-Z][a-z'’-]+\.(?:\s|$)/.exec(text.trim());
    if (standing && !NOT.test(standing[1]!)) return standing[1];
    const said = userName(text);
    if (said) return said;
  }
  const userText = user.join('\n');
  for (const text of pro.slice(0, 3)) {
    // "Noor! I remember…", "Danny! Gary said…": a name they greet, that the user said too.
    const hailed = /^([A-Z][a-z'’-]+)!/.exec(text.trim());
    if (hailed && !NOT.test(hailed[1]!) && new RegExp(`\\b${hailed[1]}\\b`).test(userText)) return hailed[1];
    const greeted = /^(?:(?:Hi|Hey|Hello|Thanks|Thank you|Happy to help|Good to meet you|Nice to meet you|Great to meet you|Of course|Sure|Welcome|Good morning|Good afternoon)[,!]?\s+)([A-Z][a-z'’-]+)[,.!]/.exec(text.trim()) ?? /^[^.!?]{0,40},\s+([A-Z][a-z'’-]+)[.!]/.exec(text.trim());
    if (greeted && !NOT.test(greeted[1]!)) return greeted[1];
  }
  // "Jasmine? Hi, Vincent here.", "Ethan, hey, it's Greg.", "So, Caleb, you're thinking…": the professional says the user's name.
  for (const text of pro) {
    const named = /^([A-Z][a-z'’-]+)(?:\?\s+(?:Hi|Hey|Hello)|,\s+(?:hi|hey|hello))\b/.exec(text.trim()) ?? /(?:^|[.!?]\s+)(?:So|Well|Now|Okay|Alright|Look),\s+([A-Z][a-z'’-]+),\s/.exec(text);
    if (named && !NOT.test(named[1]!) && !/^(?:Honestly|Listen|Actually|Oh|Ha|Ah|Um|Look|Yep|Nope|Hmm|Exactly|Totally|Definitely|Fair|True|Perfect|Correct|Also|Plus|First|Second|Then|Now|Also)$/.test(named[1]!)) return named[1];
  }
  return undefined;
}

/**
 * A thank-you note the user can edit (issue 13): composed in `thank-you-note.ts` from what the
 * conversation was about, one concrete thing the professional said, the user's own next step and the
 * person the professional suggested, addressed and signed as the transcript names them.
 */
export function thankYouDraft({ card, turns }: PracticeTranscript): string {
  const greeting = greetingName(card.name, turns, addressAs);
  const signature = signatureName(turns, oddSignature(turns) ?? noteSignature(turns), card.name);
  return composeNote(noteParts({ card, turns }, { greeting, signature, asked: askedTopics(turns) }), transcriptHash(turns));
}

/**
 * A hint mid-conversation, out of the professional's voice: the most useful next move given where
 * the conversation is, taken from the conduct rules' verdicts so far.
 */
export function coachHint(transcript: PracticeTranscript): CoachHint {
  const { card, minutes, turns } = transcript;
  // Each rule runs when the hint gets to it (lazy-verdicts.ts): the first that applies ends the search.
  const verdicts = lazyConductVerdicts(transcript);
  const failedRule = (id: string) => {
    const v = verdicts.verdict(id);
    return v && !v.result.passed ? v : undefined;
  };
  const hint = (ruleId: string, text: string): CoachHint => {
    const rule = verdicts.rule(ruleId);
    return { hint: text, ruleId, sources: rule ? rule.sources.map((s) => s.guide) : [] };
  };
  const userTurns = turns.filter((t) => t.role === 'user');
  const elapsed = turns.at(-1)?.elapsedMinutes ?? 0;
  const remaining = minutes - elapsed;

  // Something already went wrong: say so first.
  for (const id of ['conduct.no-job-ask', 'conduct.no-personal-salary', 'conduct.no-extra-labour', 'conduct.no-profile-questions']) {
    const broken = failedRule(id);
    if (broken) {
      const quote = broken.result.evidence?.[0]?.quote;
      return hint(id, `${quote ? `“${quote}” — ` : ''}${broken.result.suggestion ?? broken.result.message} Move on with a question about the work itself.`);
    }
  }
  if (userTurns.length === 0) {
    return hint('conduct.opening-thanks', `Start by thanking ${firstName(card.name)} for making time, then give a short background: who you are and why ${card.field} interests you.`);
  }
  if (remaining <= Math.max(3, minutes * 0.2)) {
    if (failedRule('conduct.asks-referrals')) return hint('conduct.asks-referrals', 'Time is nearly up: ask who else you should talk to.');
    return hint('conduct.closing-thanks', `About ${Math.max(0, Math.round(remaining))} minutes left: say you want to respect their time, then thank them for something specific they told you.`);
  }
  if (failedRule('conduct.brief-intro') && userTurns.length <= 2) {
    return hint('conduct.brief-intro', 'Give a brief background — where you are now and how you have explored the field — in a few sentences, then ask your first question.');
  }
  const last = turns.at(-1);
  if (last?.role === 'professional' && failedRule('conduct.follow-up-questions') && userTurns.length >= 2) {
    const hook = lastFactIn(factIndex(card), last.content)?.text ?? TOPICS.flatMap((t) => topicLines(card, t)).find((line) => containsLine(last.content, line));
    const words = hook ? hook.split(/[.:;,—]/)[0]?.trim() : undefined;
    return hint('conduct.follow-up-questions', `Follow up on their answer before moving on${words ? ` — for example, ask more about “${words}”` : ''}: “Can you say more about that?”`);
  }
  const covered = discussedTopics(turns);
  const next = (['week', 'enjoy', 'hard', 'skills', 'getting-started', 'trends', 'advice', 'associations'] as const).find((t) => !covered.includes(t));
  if (next) return hint('conduct.prepared-questions', `Try a prepared question on ${TOPIC_LABELS[next]}: “${suggestedQuestion(next, card)}”`);
  return hint('conduct.asks-referrals', 'You have covered a lot. When you are ready to close, ask who else you should talk to.');
}
