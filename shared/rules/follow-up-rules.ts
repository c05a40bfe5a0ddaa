import { findExtraLabour, findJobAsk, findThanks } from '../practice/signals.ts';
import type { CheckContext, CheckResult, Evidence, Rule } from './rule.ts';
import { failed, G000, G001, G002, G003, G004, passed } from './verdicts.ts';
import { findEvery, sentenceEvidence } from './text.ts';

/**
 * The follow-up rules: the thank-you note after an informational interview. It thanks them, names
 * what was discussed, says how the user will act (or acted) on their advice, and asks for nothing
 * new. `context.topics`, when given, are the conversation's topics the note can name.
 *
 * One guide (004) suggests closing the note by asking them to pass along openings; the others, and
 * the issue, ask the note to request nothing new. We follow the stricter reading: the note is for thanks.
 */



const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function thanks(note: string): CheckResult {
  const hits = findThanks(note);
  if (hits.length > 0) return passed('The note thanks them.', [sentenceEvidence(note, hits[0]!)]);
  return failed('The note never thanks them.', 'Start with thanks for their time and insight, e.g. "Thank you for talking with me on Tuesday."');
}

const REFERS_TO_CONVERSATION: readonly RegExp[] = [
  /\byou (?:mentioned|said|described|explained|suggested|recommended|pointed out|talked about|shared)\b/i,
  /\byour (?:advice|point|suggestion|story|insights?|perspective|description|recommendation|tip|thoughts?) (?:about|on|to|that|regarding)\b/i,
  /\b(?:what you said|hearing|learning|talking) about\b/i,
  /\b(?:our|the) (?:conversation|chat|call|talk) about\b/i,
  // "Thank you for explaining residency programs", "for walking me through on-call".
  /\bfor (?:explaining|walking me through|telling me about|describing|talking me through|sharing (?:how|what|why|your))\b/i,
];

/** Content words of a topic that would show in a note naming it ("recruiting participants" → recruiting, participants). */
function topicWords(topic: string): string[] {
  return (topic.toLowerCase().match(/[\p{L}][\p{L}'’-]{4,}/gu) ?? []).filter((w) => !TOPIC_FILLER.has(w));
}
const TOPIC_FILLER = new Set(['about', 'their', 'there', 'which', 'would', 'people', 'someone', 'field', 'things', 'where', 'what']);

function namesTopics(note: string, context: CheckContext): CheckResult {
  const topics = context.topics ?? [];
  const named = topics.flatMap((topic) =>
    topicWords(topic).flatMap((word) => findEvery(note, [new RegExp(`\\b${escape(word)}`, 'i')]).slice(0, 1)),
  );
  if (named.length > 0) return passed('The note names what you talked about.', [sentenceEvidence(note, named[0]!)]);
  const refers = findEvery(note, REFERS_TO_CONVERSATION);
  if (refers.length > 0 && topics.length === 0) return passed('The note refers to what they told you.', [sentenceEvidence(note, refers[0]!)]);
  return failed(
    topics.length > 0 ? 'The note names none of the topics you discussed.' : 'The note does not mention anything you discussed.',
    topics.length > 0
      ? `Name one or two things from the conversation, e.g. what they said about ${topics.slice(0, 2).join(' or ')}.`
      : 'Mention one or two specific things they told you, so the note could only have been written after your conversation.',
  );
}

const ACTS_ON_ADVICE: readonly RegExp[] = [
  /\bI(?:['’]ve| have)? (?:already |since |just |now )?(?:started|joined|signed up|reached out|contacted|emailed|spoken|talked|read|ordered|picked up|bought|registered|enrolled|volunteered|begun|downloaded|subscribed|followed up|booked)\b/i,
  /\bI(?:['’]ll| will| plan to| intend to|['’]m going to| am going to|['’]m planning to| am planning to| want to| hope to) (?:\w+ )?(?:read|reach out|look into|join|sign up|start|try|follow|take|attend|contact|volunteer|check out|register|enrol|enroll|apply|practi[cs]e|build|write|explore|find|pick up|ask|shadow|email|call|talk to|speak with|research|study|update|revise)\b/i,
  /\b(?:took|taking|following|followed|acted on|put into practice) your (?:advice|suggestion|recommendation|tip)\b/i,
  /\b(?:as|like) you (?:suggested|recommended|advised)\b/i,
  /\b(?:thanks to|because of) your (?:advice|suggestion|recommendation|introduction)\b/i,
];

function actsOnAdvice(note: string): CheckResult {
  const hits = findEvery(note, ACTS_ON_ADVICE);
  if (hits.length > 0) return passed('The note says how you are acting on their advice.', [sentenceEvidence(note, hits[0]!)]);
  return failed(
    'The note does not say what you will do with their advice.',
    'Add one sentence on what you did or will do, e.g. "I have signed up for the chapter meetup you mentioned."',
  );
}

const NEW_ASKS: readonly RegExp[] = [
  /\b(?:could|would|can|will) you (?:please )?(?:send|introduce|connect|forward|refer|recommend me|keep me in mind|let me know (?:if|about|of) (?:any|an?|something)|look (?:at|over)|review|meet|chat again|talk again|hop on)\b/i,
  /\bif you (?:see|hear (?:of|about)|come across|know of) (?:anything|any (?:[\w-]+ ){0,2}(?:openings?|roles?|jobs?|positions?|opportunit(?:y|ies))|an? (?:[\w-]+ ){0,2}(?:opening|role|job|position))\b/i,
  /\b(?:another|a second|a follow-up) (?:call|chat|meeting|conversation)\b/i,
  /\bpick your brain (?:again|some more)\b/i,
];

function asksNothingNew(note: string): CheckResult {
  const hits = findEvery(note, [...NEW_ASKS]).concat(findJobAsk(note), findExtraLabour(note));
  const sentencesHit = dedupeSentences(note, hits);
  if (sentencesHit.length > 0) {
    return failed(
      'The note asks them for something new.',
      'Keep the note to thanks and what you did with their advice; if they offered something, accept it — but ask for nothing new.',
      sentencesHit,
    );
  }
  return passed('The note asks for nothing new.');
}

const EMPTY_CHECK_IN: readonly RegExp[] = [
  /\bjust (?:checking|wanted to check|touching base|following up|circling back|wanted to (?:say hi|reach out|touch base|follow up))\b/i,
  /\b(?:touching|touch) base\b/i,
  /\b(?:I(?:['’]m| am)|I(?:['’]ve| have) been) still (?:looking|searching|job[- ]hunting|on the (?:job )?market)\b/i,
  /\bstill looking for (?:a job|work|a position|a role|something)\b/i,
  /\b(?:any (?:news|updates?)(?: on your end)?\?|following up to see if)\b/i,
];

function noEmptyCheckIn(note: string): CheckResult {
  const hits = dedupeSentences(note, findEvery(note, EMPTY_CHECK_IN));
  if (hits.length > 0) {
    return failed(
      'The note reads as a content-free check-in.',
      'Replace the check-in with something that matters to them: what you did with their advice, or a conversation with someone they suggested.',
      hits,
    );
  }
  return passed('The note has substance, not just a check-in.');
}

function dedupeSentences(note: string, hits: Evidence[]): Evidence[] {
  const seen = new Set<number>();
  return hits
    .sort((a, b) => a.start - b.start)
    .map((hit) => sentenceEvidence(note, hit))
    .filter((s) => (seen.has(s.start) ? false : (seen.add(s.start), true)));
}

export const followUpRules: readonly Rule[] = [
  {
    id: 'follow-up.thanks',
    appliesTo: 'follow-up',
    severity: 'high',
    title: 'Thanks them',
    text: 'Thank them for their time and insight.',
    sources: [
      { guide: G003, quote: 'a thank-you email is a MUST' },
      { guide: G004, quote: 'This is critical: thank them for their time.' },
      { guide: G001, quote: 'follow up with your contact to thank them' },
    ],
    check: thanks,
  },
  {
    id: 'follow-up.names-topics',
    appliesTo: 'follow-up',
    severity: 'medium',
    title: 'Names topics',
    text: 'Mention topics you discussed, so the note is clearly about your conversation.',
    sources: [{ guide: G002, quote: 'Send a thank you letter or email mentioning some of the topics discussed during the interview' }],
    check: namesTopics,
  },
  {
    id: 'follow-up.acts-on-advice',
    appliesTo: 'follow-up',
    severity: 'medium',
    title: 'Acts on advice',
    text: 'Say how you will act, or have acted, on their advice.',
    sources: [
      { guide: G000, quote: 'You should also follow up to share how you’ve acted on their suggestions' },
      { guide: G001, quote: 'If you took their advice or used a resource they told you about, share your progress' },
    ],
    check: actsOnAdvice,
  },
  {
    id: 'follow-up.asks-nothing-new',
    appliesTo: 'follow-up',
    severity: 'high',
    title: 'Asks nothing new',
    text: 'Ask for nothing new: no job leads, reviews, introductions or more time.',
    sources: [
      { guide: G000, quote: 'while also avoiding making demands or requests for additional labor or time' },
      { guide: G004, quote: 'the goal is not to get a job or anything from the meeting' },
    ],
    check: asksNothingNew,
  },
  {
    id: 'follow-up.no-empty-check-in',
    appliesTo: 'follow-up',
    severity: 'medium',
    title: 'No empty check-in',
    text: 'Do not send a content-free check-in; every note carries something that matters to them.',
    sources: [{ guide: G000, quote: 'you should avoid sending frequent, relatively content-free check-ins' }],
    check: noEmptyCheckIn,
  },
];
