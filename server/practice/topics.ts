import { withoutClosingAside } from '../../shared/text/scan.ts';
import type { PersonaCard } from '../../shared/contracts/practice.ts';

/**
 * What a question can be about, and where on the persona card the answer lives. The patterns are
 * the many ways people ask about the same thing; a question may hit several topics.
 */
export const TOPICS = [
  'week',
  'enjoy',
  'hard',
  'skills',
  'getting-started',
  'path',
  'advice',
  'trends',
  'reading',
  'associations',
  'surprises',
  'culture',
] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_PATTERNS: Record<Topic, RegExp> = {
  week: /\b(?:typical|average|normal|usual) (?:day|week|workday)|day[- ]to[- ]day|day look like|week look like|spend (?:most of )?(?:your|the) (?:time|days?|weeks?)|daily (?:work|routine|tasks)|(?:your|a) schedule|what do you (?:actually )?do (?:all day|each day|every day|day)/i,
  enjoy: /\benjoy|\blike (?:most|best)\b|\blike about\b|\blove (?:about|most)|favou?rite part|most (?:satisfying|rewarding|fun|meaningful)|best part|what (?:do you )?like (?:most|best)|keeps you (?:going|there|in)|fulfil/i,
  hard: /\bhard(?:est)?\b|challeng|frustrat|difficult|least (?:favou?rite|enjoy)|worst|struggle|downsides?|tough|what do you (?:dislike|not like)|drawbacks?|stressful/i,
  skills: /\bskills?\b|qualities|good at|stand out|succe(?:ed|ssful|ss)|competitive|strengths?|what makes (?:someone|a person|people) (?:good|great)|tools? (?:do you|should)|abilities/i,
  'getting-started': /\bget(?:ting)? (?:started|into|in to|a foot)|break(?:ing)? (?:in|into)|entry[- ]?(?:level|point|roles?)|start(?:ing)? out|first (?:job|role|step)|degree|training|qualif|certif|bootcamp|master['’]?s|grad(?:uate)? school|(?:need|have) to (?:study|learn)|how (?:does|do|would) (?:someone|one|people|I) (?:start|begin|become|enter)|classes|courses?|prepare/i,
  path: /how did you (?:get|end up|become|decide|start|come|find|land|choose|pick|move|go)|your (?:own )?(?:path|journey|story|trajectory|route|background)|led you|brought you|drew you|attracted you|got you (?:into|interested|started)|what made you (?:choose|decide|go|switch|move|want)|why did you (?:choose|leave|move|switch|go|get|decide|become|pick)|next step in your career|time to (?:move|take the next)|transition(?:ed)? (?:from|into|to)|pivot/i,
  advice: /\badvice|if you were (?:me|starting|in my)|what (?:should|would you tell|would you say to|do you wish) (?:I|someone|a student|people)|tips?\b|recommend(?:ation)? for (?:me|someone|students)|what would you do (?:differently|in my)/i,
  trends: /\bfuture|job market|\bmarket\b|demand for|trends?|next (?:few|couple|\d|three|five|ten) years|chang(?:e|ing|ed) in (?:the|your) (?:field|industry|work)|\b(?:field|industry|profession|sector)\b[^.?!]{0,24}\bchang(?:e|es|ing|ed)\b|growth areas?|developments?|outlook|\bAI\b|artificial intelligence|heading|evolv|where (?:is|do you see) (?:the|this) (?:field|industry)/i,
  reading: /\bbooks?|\bread(?:ing)?\b|articles?|podcasts?|newsletters?|blogs?|journals?|resources?|keep (?:up|informed|current)|stay (?:current|up to date|informed)|media|publications?/i,
  associations: /organi[sz]ations? (?:should|to join|for|I)|professional (?:organi[sz]ations?|associations?|groups?|bodies)|associations?|conferences?|societ(?:y|ies)|meetups?|communit(?:y|ies)|networking (?:groups?|events?)|events? (?:to attend|should)|join\b/i,
  surprises: /surpris|expected|wish you(?:['’]d| had)? knew|wish you(?:['’]d| had) known|wish (?:someone|somebody) (?:had )?told you|didn['’]t (?:know|expect)|unexpected|learn(?:ed)? on the job|misconceptions?|myths?|caught you off guard/i,
  culture: /culture|like to work (?:at|there|for)|(?:your|the) team like|work environment|values|change about|colleagues|management style|work[- ]life|balance|burnout|remote|hybrid|climate for|what(?:['’]s| is) it like (?:at|working)|the (?:organization|company|org|hospital|university|nonprofit)\b/i,
};

/** How a topic is named in a thank-you note or a hint: "your typical week". */
export const TOPIC_LABELS: Record<Topic, string> = {
  week: 'what a typical week looks like',
  enjoy: 'what you enjoy most about the work',
  hard: 'the hard parts of the job',
  skills: 'the skills that matter most',
  'getting-started': 'how people get started in the field',
  path: 'how your own career path unfolded',
  advice: 'your advice for someone starting out',
  trends: 'where the field is heading',
  reading: 'what you read to keep up',
  associations: 'professional organizations worth joining',
  surprises: 'what surprised you about the work',
  culture: 'what your organization is like to work in',
};

/** A question the coach can suggest for a topic not yet covered, tailored to the card. */
export function suggestedQuestion(topic: Topic, card: PersonaCard): string {
  const org = withoutClosingAside(card.organization);
  switch (topic) {
    case 'week':
      return `What does an average week look like for you at ${org}?`;
    case 'enjoy':
      return `What do you enjoy most about working in ${card.field}?`;
    case 'hard':
      return 'What are some of the challenges and frustrations in the work you do now?';
    case 'skills':
      return `Which skills do you think matter most for succeeding in ${card.field}?`;
    case 'getting-started':
      return `How do people usually get started in ${card.field}?`;
    case 'path':
      return `How did you decide when it was time to take the next step in your career?`;
    case 'advice':
      return `What advice would you give someone exploring ${card.field} today?`;
    case 'trends':
      return 'What developments do you expect in the field over the next three to five years?';
    case 'reading':
      return 'What do you read to stay informed about the field?';
    case 'associations':
      return 'Which professional organizations would you suggest someone interested in this field explore?';
    case 'surprises':
      return 'What has surprised you most about your current role?';
    case 'culture':
      return `What do you like most about ${org}, and is there anything you would like to see change?`;
  }
}

/** The card's answers on a topic, each a line the persona can say as is. */
export function topicLines(card: PersonaCard, topic: Topic): readonly string[] {
  switch (topic) {
    case 'week':
      return card.typicalWeek;
    case 'enjoy':
      return card.enjoys;
    case 'hard':
      return card.findsHard;
    case 'skills':
      return card.skills;
    case 'getting-started':
      return card.gettingStarted;
    case 'path':
      return card.careerPath.map((step) => `${capitalize(stepIntro(step.role, step.organization, step.years))} ${step.note}`);
    case 'advice':
      return card.advice;
    case 'trends':
      return card.trends;
    case 'reading':
      return card.reading;
    case 'associations':
      return card.associations;
    case 'surprises':
      return card.surprises;
    case 'culture':
      return card.culture;
  }
}

function stepIntro(role: string, organization: string, years: string): string {
  return `from ${years} I was ${/^[aeio]/i.test(role) ? 'an' : 'a'} ${lowerFirst(role)} at ${organization}.`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words that keep their capital mid-sentence. */
const PROPER_START = /^(?:I|I['’]\w+|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Dr|Mr|Ms|Mrs)\b/;

export function lowerFirst(text: string): string {
  // Keep acronyms, names and days ("UX researcher", "Monday is planning", "AmeriCorps") as they are.
  if (PROPER_START.test(text) || /^\S+[A-Z]/.test(text.split(' ')[0] ?? '')) return text;
  // Two capitalised words open a title or a name ("Interviewing Users by…", "The American Journal…").
  if (/^[A-Z][\w'’-]* (?!I\b|I['’])[A-Z]/.test(text)) return text;
  if (/^An? [a-z]/.test(text)) return text.charAt(0).toLowerCase() + text.slice(1);
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

export function topicsIn(text: string): Topic[] {
  const found = TOPICS.filter((topic) => TOPIC_PATTERNS[topic].test(text));
  // "How did you get into this?" asks for their path, not how people get started in general;
  // "what would you do differently if you were starting out" asks for advice first.
  if (found.includes('path')) return found.filter((topic) => topic !== 'getting-started');
  if (found.length > 1 && found.includes('getting-started')) return [...found.filter((topic) => topic !== 'getting-started'), 'getting-started'];
  return found;
}

/** Whether `text` contains a card line, even with its first letter's case changed mid-sentence. */
export function containsLine(text: string, line: string): boolean {
  return text.includes(line.slice(1));
}
