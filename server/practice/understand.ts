import type { FactAsk, FactStance, FactTopic, PersonaCard } from '../../shared/contracts/practice.ts';
import { findFollowUpCue, findQuestions, sharedContentWords } from '../../shared/practice/signals.ts';

/**
 * What a user's turn asks, richer than its intents (classify-turn.ts): the fact topics it is about,
 * the kind of answer it wants (their path, a transition, a project, a person, a number, an
 * opinion, their day), the stance it asks for (what they like, dislike, find hard or surprising),
 * whether it asks them to go on, the words it picks up from the last reply, and a premise about the
 * professional that the card contradicts ("when you went into nursing…" to an advocate).
 */
export interface Understanding {
  /** The asked part of the turn (questions only, when there are any). */
  query: string;
  topics: FactTopic[];
  asks: FactAsk[];
  stance: FactStance | undefined;
  /** "Tell me more", "how so?", "what was that like?": continue the last answer. */
  sayMore: boolean;
  /** Content words the turn shares with the last reply. */
  referents: string[];
  /** A field the question assumes they work in, which they do not ("nursing"). */
  wrongPremise: string | undefined;
  /** "Can I keep you posted?", "may I follow up later?": a yes, warmly. */
  keepInTouch: boolean;
  /** "What exactly is your role?", "what do you do?": their current job first. */
  asksRole: boolean;
  /** "What does a UX researcher do?": about people in their role, answered from their own life. */
  thirdPerson: boolean;
  /** A duty the question assumes they have and the card contradicts, as the gentle correction said first. */
  dutyPremise: string | undefined;
  /** The question is about them or their own work ("you", "your"): a weaker match on the card still answers it. */
  aboutThem: boolean;
}

/**
 * Duties a question may wrongly assume ("how many engineers report to you?" to a staff engineer,
 * "do you still see patients?" to a policy manager): what gives it away, what on the card would
 * make it true (their role, their career's roles, their week), and the correction they say first.
 */
const DUTIES: ReadonlyArray<{ asked: RegExp; theirs: RegExp; say: string }> = [
  {
    asked: /\b(?:report(?:s|ing)? (?:directly )?to you|your (?:direct )?reports|(?:people|engineers|staff) do you manage|(?:do|how do) you manage (?:a team|people|engineers|staff|your team)|performance reviews? (?:for|of) your|your (?:team of|staff of))\b/i,
    theirs: /\b(?:manag(?:e|er|ing)|lead|director|supervis\w*|direct reports|staff of|my team)\b/i,
    say: "Nobody reports to me, actually; I'm not a people manager",
  },
  {
    asked: /\b(?:(?:see|treat|examine|care for) (?:your |the |any )?patients|patients (?:do|did|would) you (?:see|treat|care for)|your patients|prescrib\w*)\b/i,
    theirs: /\b(?:nurse|nursing|physician|doctor|clinician|therapist|pharmacist|midwife|patients? a shift)\b/i,
    say: "I don't see patients myself",
  },
  {
    asked: /\b(?:(?:you )?perform (?:abortions?|surger(?:y|ies)|operations|procedures)|(?:abortions?|surger(?:y|ies)|operations|procedures) (?:do|did) you (?:perform|do)|you operate)\b/i,
    theirs: /\b(?:surgeon|physician|doctor|obstetrician|gynecologist)\b/i,
    say: "I don't perform procedures myself; that's for physicians",
  },
  {
    asked: /\b(?:(?:your|a|the) medical residency|med(?:ical)? school|residency (?:program )?did you|your residency)\b/i,
    theirs: /\b(?:physician|doctor|resident|M\.D\.)\b/i,
    say: "I'm not a physician, so no medical residency for me",
  },
  {
    asked: /\b(?:(?:when |how )?you design (?:the |your )?(?:screens?|interfaces?|apps?|pages?|them)|your (?:mockups|wireframes|designs|prototypes)|design tools?|build your (?:mockups|wireframes|prototypes)|what the screens should look like)\b/i,
    theirs: /\bdesigner\b/i,
    say: "I don't design the screens myself; the designers do",
  },
  {
    asked: /\b(?:admissions?|admit (?:students|applicants|people)|which applicants|accept (?:students|applicants))\b/i,
    theirs: /\badmissions?\b/i,
    say: "I don't work in admissions",
  },
  {
    asked: /\b(?:(?:you )?(?:write|draft|pass|set|make) (?:the )?(?:state |federal |city |county |energy |building |zoning |health )*(?:regulations|rules|laws|legislation|codes|ordinances|statutes))\b/i,
    theirs: /\b(?:legislator|senator|representative|council ?member|commissioner|regulator|rulemaking)\b/i,
    say: "I don't write the rules myself; legislators and agencies do",
  },
  {
    asked: /\b(?:when you vote|you vote on|your vote|do you vote)\b/i,
    theirs: /\b(?:legislator|senator|representative|council ?member|commissioner|board member)\b/i,
    say: "I don't get a vote myself; elected officials make that call",
  },
];

/** What the card says they are: their role, their headline, the roles on their path (not their week: "I sit with the designer" is not designing). */
function ownDuties(card: PersonaCard): string {
  return [card.role, card.publicProfile.headline, ...card.careerPath.map((s) => s.role)].join(' ');
}

export function dutyPremise(card: PersonaCard, question: string): string | undefined {
  const own = ownDuties(card);
  const duty = DUTIES.find((d) => d.asked.test(question) && !d.theirs.test(own));
  return duty ? `${duty.say}.` : undefined;
}

/**
 * "What do you like, and what could you do without?": a turn that asks two things, as its two
 * questions (each ends "?"), or one question when it asks one.
 */
export function splitTwoPart(query: string): string[] {
  const parts = query
    .split(/(?:,\s*|;\s*|\s+)(?:and|but|plus|also)\s+(?=(?:what|how|why|who|which|where|when|is|are|do|does|did|would|could|can|any)\b)|\?\s+(?=\S)/i)
    .map((p) => p.trim().replace(/(?<![?.!\s])[?.!\s]*$/, '?'))
    .filter((p) => p.split(/\s+/).length >= 3);
  return parts.length === 2 ? parts : [query];
}

const TOPIC_PATTERNS: ReadonlyArray<[FactTopic, RegExp]> = [
  ['path', /next in (?:their|your|a|the) careers?|career (?:ladder|progression|growth|trajectory)|where (?:can|does|could|might) (?:this|it|the (?:job|role|work)) lead|move up|advancement|promot|how did you (?:get|end up|become|decide|start|come|find|land|choose|pick|move|go|break)|your (?:own )?(?:career )?(?:path|journey|story|trajectory|route|background)|career path|led you|brought you|drew you|attracted you|got you (?:into|interested|started)|what made you (?:choose|decide|go|switch|move|want)|why did you (?:choose|leave|move|switch|go|get|decide|become|pick)|before (?:this|that|your current)|where did you (?:start|begin|work)|first job|always (?:want|know)|transition(?:ed)?|pivot|switch(?:ed)? (?:careers?|fields?|from|into|to)|change(?:d)? careers?/i],
  ['week', /\b(?:typical|average|normal|usual) (?:day|week|workday)|day[- ]to[- ]day|week look like|your week|spend (?:most of )?(?:your|the) (?:time|days?|weeks?)|your (?:schedule|calendar)|what do you (?:actually )?do (?:all day|each day|every day|day)|\byour shifts?\b|\bshifts? (?:like|look)|legislative session|this (?:semester|term|quarter)|spend(?:ing)? (?:most of )?(?:your|the) time|decide what to work on/i],
  ['day', /\b(?:typical|average|normal|usual) (?:day|workday)|a day in|day look like|your day|daily|each day|every day|morning|afternoon|\b(?:slow|busy|quiet|long|good|bad|hectic) (?:day|shift)/i],
  ['projects', /\bproject|working on|(?:doing|up to|focused on) (?:these days|right now|at the moment)|currently (?:doing|working|focused)|what (?:exactly )?(?:is|was) your (?:role|job|position|title)|what (?:exactly )?do you do\b(?! (?:on|when|during|if|in|with|about|after|before|for fun|differently)\b)|your (?:role|job|position|responsibilit|work) (?:there|at|involve|entail|like|now)|responsib|what does your (?:job|role|work|team) (?:involve|entail|look like)|proud|accomplish|recent(?:ly)? (?:work|launch|win)/i],
  ['tools', /\btools?\b|software|tech(?:nology)? stack|\bstack\b|platforms?|programs? (?:do you|you) use|technolog|spreadsheets?|\bexcel\b|\bsql\b|\bpython\b|what do you use/i],
  ['metrics', /\bmeasur|metrics?|\bkpis?\b|success look like|how do you (?:know|tell) (?:if|whether|when)|impact|outcomes?|targets?|\bgoals?\b|numbers? (?:do you|you) (?:track|watch|look)|track(?:ing)? (?:progress|results)|(?:track|tell|know|judge|figure out|see|check) (?:whether|if)|paying off|(?:is|are) (?:actually )?working\b|doing a good job|changed anything|made a difference/i],
  ['team', /\bteams?\b|colleagues|co-?workers|who do you work with|work (?:closely )?with|collaborat|report to|your (?:manager|boss|supervisor)|direct reports|\bstaff\b|manage (?:people|a team)/i],
  ['people', /\bwho (?:do|did|are|were|helped|inspired|influenced)|people (?:you|in your)|\bperson\b/i],
  ['mentors', /\bmentor|role models?|influenc(?:ed|es|er)|inspir(?:ed|ation)|who (?:shaped|changed) (?:you|your)|looked up to|helped you (?:along|get|grow)|inspired you|guided you|sponsor|looked up to|took you under|who (?:helped|taught|influenced) you|learn(?:ed)? (?:the most )?from/i],
  ['mistakes', /\bmistakes?|regrets?|went wrong|fail(?:ed|ure|ures)?\b|the hard way|screw(?:ed)? up|do (?:anything )?differently|lessons? learned|incidents?\b|outages?|went (?:badly|sideways)|got (?:it )?wrong|get wrong|slip-?ups?|(?:fight|battle|vote|campaign) you lost|you lost\b|blew it/i],
  ['enjoy', /\benjoy|\blike (?:most|best)\b|\blike about\b|\blove (?:about|most)|favou?rite part|most (?:satisfying|rewarding|fun|meaningful)|best part|keeps you (?:going|there|in|motivated)|motivat|\bmeaningful|sense of purpose|pays? off|worth the (?:effort|sacrifice|stress|hours)|fulfil|get(?:s)? you (?:up|excited)|proudest/i],
  ['dislikes', /\bdislike|(?:do ?n[o']t|not) (?:like|enjoy|love)|least (?:favou?rite|enjoy|like|fun|rewarding|enjoyable)|(?:like|enjoy|love) (?:\w+ )?least|\bhate\b|annoy|worst part|downsides?|drawbacks?|pet peeve|wish you didn['’]t|drains? you|(?:could|can|would) (?:you )?do without|drives? you (?:crazy|nuts|mad|up the wall)|bugs you|gets on your nerves|can['’]t stand/i],
  ['hard', /\bhard(?:est)?\b|challeng|frustrat|difficult|struggle|tough|stressful|obstacles?|what keeps you up/i],
  ['balance', /\bbalance|\bhours\b|overtime|weekends?|burn ?out|\bstress|evenings|flexib|work from home|remote|hybrid|on[- ]call|time off|vacation days|family life|sustainable pace|long days/i],
  ['change', /\bchange about|would you change|if you could (?:change|fix)|what would you (?:change|fix|improve)|improve about|wish (?:were|was) different|reform/i],
  ['training', /\btraining|certif|courses?|degrees?|licen[cs]|credential|master['’]?s|\bphd\b|grad(?:uate)? school|bootcamp|classes|qualif|study|studied|major(?:ed)?\b|education|(?:grad(?:uate)?|law|med(?:ical)?|nursing|business|night|summer) school|school (?:did you|do you|should|would)|(?:which|what) school|(?:back )?to school|in school/i],
  ['outlook', /\bfuture|(?:role|job|work|field|industry) (?:has )?(?:changed|evolved)|how has (?:your|the) (?:role|job|work|field)|changed since|facing (?:the|your|this) (?:industry|field|sector|profession)|(?:industry|field) right now|outlook|trends?|heading|next (?:few|couple|\d+|three|five|ten) years|\bAI\b|artificial intelligence|job market|\bmarket\b|demand for|growing|growth|evolv|chang(?:e|es|ing|ed) in (?:the|your) (?:field|industry|work)|where (?:is|do you see) (?:the|this) (?:field|industry)/i],
  ['advice', /\badvice|younger self|(?:if you|could you) (?:were |could )?(?:start(?:ing)? over|go back)|if you were (?:me|starting|in my)|what (?:should|would you tell|would you say to|do you wish) (?:I|someone|a student|people)|\btips?\b|recommend(?:ation)?s? for (?:me|someone|students)|what would you do (?:differently|in my)|should I\b|would you recommend/i],
  ['referrals', /\bwho else|anyone else|someone else|other people (?:I|to)|(?:should|could) I (?:talk|speak|reach out) to|introduc/i],
  ['opinions', /\bopinion|your (?:view|take)|do you think|what do you make of|feel about|overrated|underrated|worth it|agree/i],
  ['getting-started', /\bstronger candidate|experience (?:would|should|do I need|matters)|entry[- ]level|\bget(?:ting)? (?:started|into|in to|a foot)|break(?:ing)? (?:in|into)|entry[- ]?(?:level|point|roles?)|start(?:ing)? out|first (?:step|role)|how (?:does|do|would|can) (?:someone|one|people|I|a student) (?:start|begin|become|enter|get)|prepare/i],
  ['skills', /\bskills?\b|thrive|kind of (?:person|people)|personality|traits|who does well|what makes (?:someone|people|a person) (?:good|successful|effective)|stronger candidate|qualities|good at|stand out|succe(?:ed|ssful|ss) in|strengths?|what makes (?:someone|a person|people) (?:good|great)|abilities|what it takes/i],
  ['culture', /culture|like to work (?:at|there|for)|work environment|values|management style|what(?:['’]s| is) it like (?:at|working)|the (?:organization|company|org|hospital|university|nonprofit|agency)\b|your (?:organization|company|employer)\b(?! visits?)/i],
  ['surprises', /surpris|biggest (?:adjustment|shock|learning curve)|learning curve|(?:hardest|biggest) (?:thing )?to (?:adjust|get used)|get used to|expected|wish (?:you(?:['’]d| had)?|someone had|somebody had) (?:known|told)|didn['’]t (?:know|expect)|unexpected|misconceptions?|myths?|caught you off guard/i],
  ['reading', /\bbooks?|\bread(?:ing)?\b|articles?|podcasts?|newsletters?|blogs?|journals?|resources?|keep (?:up|informed|current)|stay (?:current|up to date|informed)/i],
  ['associations', /organi[sz]ations? (?:should|to join|for|I)|professional (?:organi[sz]ations?|associations?|groups?|bodies)|associations?|conferences?|societ(?:y|ies)|meetups?|communit(?:y|ies) (?:to|I|for)|networking (?:groups?|events?)|join\b/i],
  // "Does it pay off?", "earn their trust" are not about pay.
  ['salary-range', /\bsalar(?:y|ies)|\bpay\b(?! off)|compensation|\bearn(?:s|ing)? (?:a living|money|more|less|enough|per|about|around|in a year)|(?:much|what) (?:do|does|can|could|would|will|might) [\w ]{1,30}? earn\b|make a living|money/i],
];

const GENERIC: readonly FactTopic[] = ['people', 'opinions'];

const ASK_PATTERNS: ReadonlyArray<[FactAsk, RegExp]> = [
  ['path', /next in (?:their|your|a|the) careers?|career (?:ladder|progression|growth|trajectory)|where (?:can|does|could|might) (?:this|it|the (?:job|role|work)) lead|move up|advancement|promot|how did you (?:get|end up|become|start|come|find|land|break)|your (?:own )?(?:career )?(?:path|journey|story|background)|career path|led you|got you into|where did you start|first job/i],
  ['transition', /why did you (?:leave|move|switch|go|decide)|transition|switch|pivot|change(?:d)? (?:careers?|jobs?|fields?)|move(?:d)? (?:from|to|into)|go(?:ing)? from|leave|left/i],
  ['project', /\bprojects?|working on|proud|accomplish|recent(?:ly)?|these days|right now|at the moment|your role|what (?:exactly )?do you do/i],
  ['person', /\bwho\b|mentor|someone|anyone|\bperson\b|boss|manager|team|colleague/i],
  ['number', /how (?:many|much|long|often|big)|percent|what share|\bhours\b|how fast/i],
  ['opinion', /do you think|your (?:opinion|view|take)|would you say|worth|should I|recommend|feel about|\bbest\b|favou?rite|like most|like best|dislike|least/i],
  ['day', /\b(?:typical|average|normal|usual) (?:day|week)|day[- ]to[- ]day|a day in|your (?:day|week|schedule)|daily/i],
];

const STANCES: ReadonlyArray<[FactStance, RegExp]> = [
  ['dislikes', /\bdislike|(?:do ?n[o']t|not) (?:like|enjoy|love)|least (?:favou?rite|enjoy|like|fun|rewarding|enjoyable)|(?:like|enjoy|love) (?:\w+ )?least|\bhate\b|annoy|worst|downsides?|drawbacks?|pet peeve|frustrat|(?:could|can|would) (?:you )?do without|drives? you (?:crazy|nuts|mad)|bugs you|can['’]t stand/i],
  ['hard', /\bhard(?:est)?\b|challeng|difficult|struggle|tough|stressful|obstacles?/i],
  ['surprising', /surpris|unexpected|didn['’]t expect|wish (?:you|someone) (?:had )?(?:known|told)/i],
  ['likes', /\benjoy|\blike (?:most|best|about)|\blove\b|favou?rite|rewarding|satisfying|best part|fun|proud/i],
];

const SAY_MORE = /\b(?:tell me more|say more|go on|keep going|elaborate|expand on|unpack|more about that|more on that|what (?:was|is) that like|how so|for example|an example|what do you mean|what happened(?: next| then)?|and then|how did (?:that|it) (?:go|feel|turn out|work out)|why (?:was|is) that|really\?)\b/i;
const BARE_FOLLOW = /^\s*(?:and|so|oh|wow|really|interesting|huh)?[,!.\s]*(?:why|how|how so|then what|what then|what happened|such as|like what|meaning)\s*\??\s*$/i;

const KEEP_IN_TOUCH = /\b(?:keep you (?:posted|updated|in the loop)|(?:stay|keep) in touch|follow up with you|update you|let you know how (?:it|things|my)|reach out (?:again|later|in a few)|send you an update|touch base)\b/i;

/** Fields a question might wrongly assume, as the noun a person would say. */
const FIELDS = [
  'nursing', 'medicine', 'law', 'engineering', 'software', 'accounting', 'finance', 'banking', 'marketing', 'teaching', 'education',
  'consulting', 'design', 'advocacy', 'sustainability', 'economics', 'policy', 'sales', 'journalism', 'real estate', 'pharmacy',
  'architecture', 'social work', 'academia', 'research', 'healthcare', 'tech', 'government', 'nonprofit', 'fundraising', 'data science',
  'human resources', 'recruiting', 'publishing', 'film', 'music', 'retail', 'the military', 'politics',
];
const ROLE_NOUNS: Record<string, string> = {
  nurse: 'nursing', doctor: 'medicine', physician: 'medicine', lawyer: 'law', attorney: 'law', engineer: 'engineering', developer: 'software',
  programmer: 'software', accountant: 'accounting', banker: 'banking', marketer: 'marketing', teacher: 'teaching', consultant: 'consulting',
  designer: 'design', economist: 'economics', journalist: 'journalism', pharmacist: 'pharmacy', architect: 'architecture', 'social worker': 'social work',
  professor: 'academia', recruiter: 'recruiting',
};
const FIELD_ALT = FIELDS.join('|');
const ROLE_ALT = Object.keys(ROLE_NOUNS).join('|');
const PREMISE = new RegExp(
  `\\byou(?:r)?\\b(?:[\\s,]+[\\w'’]+){0,4}?\\s+(?:into|in|to|at|from)\\s+(?:the\\s+)?(${FIELD_ALT})\\b|\\byour\\s+(${FIELD_ALT})\\s+(?:career|work|job|background|days|years|experience|training)\\b|\\b(?:you\\s+(?:were|are|became|worked as|trained as)|as)\\s+an?\\s+(${ROLE_ALT})\\b`,
  'i',
);

/** Words of the card that make a field theirs ("research" for a UX researcher). */
function cardWorld(card: PersonaCard): string {
  return [card.role, card.field, card.organization, card.publicProfile.headline, card.publicProfile.summary, ...card.careerPath.map((s) => `${s.role} ${s.organization}`)]
    .join(' ')
    .toLowerCase();
}

export function wrongPremise(card: PersonaCard, question: string): string | undefined {
  const match = PREMISE.exec(question);
  if (!match) return undefined;
  const said = (match[1] ?? match[2] ?? match[3] ?? '').toLowerCase();
  const field = match[3] ? (ROLE_NOUNS[said] ?? said) : said;
  const world = cardWorld(card);
  const stemOf = (w: string) => w.replace(/(?:ing|ers?|ists?|ics|y)$/, '');
  if (world.includes(said) || world.includes(field) || world.includes(stemOf(field))) return undefined;
  // "the military", "real estate": a field the card never mentions.
  return field;
}

export function understand(text: string, lastReply: string | undefined, card: PersonaCard): Understanding {
  const questions = findQuestions(text);
  const query = questions.length > 0 ? questions.map((q) => q.quote).join(' ') : text;
  // Topics come from what is asked: "I'm a senior studying public health" is not a question about training.
  // The field's own name is not a topic: "people in higher-education administration" is not about education.
  const asked = query.replace(new RegExp(card.field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), 'the field');
  // The main topic is the one the question says most about: the longest match ("facing your industry"
  // over "right now"), then the order of the patterns.
  const topics =
    questions.length > 0
      ? TOPIC_PATTERNS.flatMap(([t, re], order) => {
          const m = re.exec(asked);
          return m ? [{ t, length: m[0].length, order }] : [];
        })
          // A generic topic ("people", "opinions") is never the main one when a specific one is there.
          .sort((a, b) => Number(GENERIC.includes(a.t)) - Number(GENERIC.includes(b.t)) || b.length - a.length || a.order - b.order)
          .map(({ t }) => t)
      : [];
  // "How did you get into this?" is their path, not how people get started in general.
  const pruned = topics.includes('path') ? topics.filter((t) => t !== 'getting-started') : topics;
  const asks = ASK_PATTERNS.filter(([, re]) => re.test(query)).map(([a]) => a);
  const stance = STANCES.find(([, re]) => re.test(query))?.[0];
  const referents = lastReply ? sharedContentWords(lastReply, text) : [];
  const sayMore = lastReply !== undefined && (SAY_MORE.test(text) || BARE_FOLLOW.test(text) || findFollowUpCue(text).length > 0);
  return {
    query,
    topics: pruned,
    asks: asks.length > 0 ? asks : ['general'],
    stance,
    sayMore,
    referents,
    wrongPremise: questions.length > 0 ? wrongPremise(card, query) : undefined,
    keepInTouch: KEEP_IN_TOUCH.test(text),
    asksRole: /\b(?:your (?:role|job|title|position)(?! (?:in|on) (?:the )?hiring)|what (?:exactly )?do you do\b(?! (?:on|when|during|if|in|with|about|after|before|for fun|differently)\b)|what(?:['’]s| is) your (?:day )?job|what do you do for (?:work|a living))/i.test(query),
    thirdPerson: /\b(?:what does|how does|do) (?:a|an|the) [\w -]{2,40}? (?:do|spend|need|earn|make)\b/i.test(query),
    dutyPremise: questions.length > 0 ? dutyPremise(card, query) : undefined,
    aboutThem: /\b(?:you|your|yours|yourself)\b/i.test(query),
  };
}
