import { asciiLower, isSpace, runEnd, withoutClosingAside } from '../../shared/text/scan.ts';
import type { FactAsk, FactStance, FactTopic, PersonaCard } from '../../shared/contracts/practice.ts';
import { findFollowUpCue, findQuestions, sharedContentWords } from '../../shared/practice/signals.ts';
import { guessTopics, type TopicGuess } from '../../shared/language/intents.ts';
import { ensureIntentModel } from './intent-model.ts';
import { BARE_FOLLOW } from '../text/linear-scans.ts';

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
  /** A role the question says they have or had, which the card does not ("as the CTO…"), as the correction said first. */
  rolePremise: string | undefined;
  /** The question is about them or their own work ("you", "your"): a weaker match on the card still answers it. */
  aboutThem: boolean;
  /**
   * What the question asks about, read from how it is framed ("how did you go from…", "what's
   * on your plate", "who taught you…") rather than from any word it shares with a fact: the one
   * topic an answer must be on. Also first in `topics`.
   */
  aspect: FactTopic | undefined;
  /** Something the user says they said that no earlier reply bears out ("the CRRT rollout"): set by the engine, corrected first. */
  unfounded?: string | undefined;
  /** A fact the question's premise denies ("since you can't talk to patients…"): set by the engine, said as the correction. */
  denied?: string | undefined;
  /** The topic model's reading of the question, most likely first (for the answer of last resort before "I don't know"). */
  guesses?: TopicGuess[];
  /** What the turn says around its questions ("I keep hearing 'influence without authority'"): words that help rank, never topics. */
  context: string;
}

/**
 * The question's frame, most specific first: the first that matches is what it asks about. A
 * frame wins over a stray topic word ("what made you pick logistics software" is a transition, not
 * a question about tools; "what would you do first, mid-career with a decent salary" is advice).
 */
export const ASPECTS: ReadonlyArray<[FactTopic, RegExp]> = [
  ['referrals', /\b(?:do|would|might) you know (?:anyone|anybody|someone|somebody|people|a \w+) (?:who|that|doing|working|at|in|from)\b|\b(?:anyone|anybody|someone|somebody) you know (?:who|that|at|in)\b|\bpoint me (?:to|toward|towards|at) (?:someone|somebody|anyone|anybody|people)\b|\b(?:anyone|anybody|someone|somebody|who|people) else\b[^?]{0,100}\b(?:talk|speak|reach out|meet|contact|connect|ask)\b|\b(?:who else|anyone else|anybody else|someone else|other people) (?:(?:should|could|would|do you think|might|can) (?:I|you)|I should|to talk|you(?:['’]d| would) (?:suggest|recommend)|worth)|\b(?:should|could) I (?:talk|speak|reach out) to\b|\bpeople you(?:['’]d| would) (?:suggest|recommend) I\b/i],
  ['mistakes', /\bmistakes?\b|\bmess(?:ed)? (?:it |things |something )?up\b|\b(?:run|handle|approach|do|done) (?:\w+ ){0,2}differently\b|\bdo (?:it|that) over\b|\bregrets?\b|\bwent (?:wrong|sideways|badly)|\bgot (?:it )?wrong\b|\b(?:do|done) (?:anything |something )?differently\b|\bincidents?\b|\boutages?\b|\bscrew(?:ed)? up\b|\blessons? learned\b|\bfail(?:ed|ure)\b/i],
  ['surprises', /\b(?:people|most people|outsiders|students|others) (?:get wrong|misunderstand|don['’]t (?:know|realize|realise|understand|expect))|\bmisconceptions?\b|\bmyths?\b|\bsurpris|\bwish (?:you(?:['’]d| had)?|someone had|I had|new \w+ \w* ?knew|\w+ knew)|\b(?:didn['’]t|did not) expect|\bunexpected\b/i],
  ['mentors', /\bmentor|\bwho (?:taught|helped|shaped|influenced|inspired|guided|trained) you|\b(?:influence|influences) on you|\brole models?\b|\blooked up to\b|\btook you under\b|\bwho (?:did )?you learn(?:ed)? (?:the )?most from|\bwho(?:['’]s| has| was| were)? (?:been )?(?:the )?(?:biggest|most important) (?:influence|help)/i],
  ['salary-range', /\bsalar(?:y|ies) (?:range|should|for|do|can)|\bwhat (?:do|does|can|could|would) (?:an? |the )?(?:entry[- ]level |new |junior )?[\w -]{0,30}(?:make|earn)\b|\bpay (?:range|like) for\b/i],
  ['path', /\bhow (?:you|someone|people|one) (?:ended|ends?|wound|winds?) up\b|\bhow did you (?:first )?(?:get|end up|become|come|find (?:your way|this|the (?:field|job|role|work)|it|yourself)|land|break|wind up|start|get started|choose|pick|decide)\b|\bwhat (?:made|led|drew|brought|got|pulled) you (?:to |into |in)?(?:choose|decide|go|switch|move|want|pick|leave|get|come|join|this|the field|[\w -]{0,40})|\bwhy did you (?:choose|leave|move|switch|go|get|decide|become|pick|join|quit)\b|\bhow did you go from\b|\bhow(?:['’]d| did)? you (?:arrive|arrived|came|come|got|end(?:ed)? up|wound up|land(?:ed)?) (?:to|at|into|in|on)\b|\byour (?:own )?(?:career )?(?:path|journey|story|trajectory|background)\b|\bcareer path\b|\bfirst job\b|\bwhere did you (?:start|begin)\b|\b(?:what was|how was) (?:it like )?(?:being|working as|the [\w-]+ (?:year|years|job)|your time)\b|\bwhat was (?:it|that|the [\w-]+(?: \w+)?) like\b|\bwhat was (?:the )?[\w -]{2,30} (?:year|job|stint|time) like\b|\bbefore this,? right\b|\byou (?:move|moved|switch|switched) (?:over )?(?:from|into|to)\b|\btransition(?:ed)?\b|\bswitch(?:ed)? (?:careers?|fields?|from|into|to)\b/i],
  ['change', /\bwould you change\b|\bif you could (?:change|fix)\b|\bwhat would you (?:change|fix|improve)\b|\bchange about\b/i],
  ['outlook', /\bfuture\b|\bheading\b|\bnext (?:few|couple of|\d+|three|five|ten) years\b|\bin (?:five|ten|\d+) years\b|\blook different\b|\bchanged since\b|\bhow has [\w -]{2,40} changed\b|\bchanging\b|\btrends?\b|\bjob market\b|\boutlook\b|\blandscape\b/i],
  ['advice', /\badvice\b|\bif you were (?:me|in my|starting|a |my |\w+ again)|\bin my shoes\b|\bwhat would you (?:tell|say to|do (?:first|if|in))\b|\bwould you (?:recommend|suggest) (?:I|starting|going|doing|taking)\b/i],
  ['projects', /\b(?:current|recent|favou?rite|new|big) (?:program|project|campaign|initiative|study|bill|rollout)s?\b(?! (?:manager|director|coordinator|officer|assistant))|\btell me about (?:a|one|the) (?:company|project|time|case|client|student|patient|bill|study|campaign|program)\b|\b(?:you(?:['’]re| are)|are you|you been|you currently|u) (?:\w+ )?working on\b|\bwhat(?:['’]s| is| are)? (?:you|your team) (?:\w+ )?working on\b|\b(?:most )?focused on (?:right now|these days|this)|\bon your plate\b|\bproud(?:est)?\b|\bprojects?\b|\bwhat(?:['’]s| is| are) (?:taking|keeping) (?:most of )?your (?:energy|time)|\bthis (?:year|session|term|semester|quarter)\b(?!.*\b(?:hours|weekends)\b)|\bcurrently (?:doing|focused|building)|\bwhat (?:are|is) (?:you|your team) (?:building|focused on)|\bany(?:thing)? (?:cool|big|new) (?:rn|right now|these days|at the moment)/i],
  ['skills', /\bskills?\b|\bqualities\b|\btraits\b|\bwhat makes (?:someone|a person|people|an? [\w -]{2,30}) (?:good|great|successful|effective)|\blook for in\b|\bgood at (?:your|this|the) (?:job|work|role)\b|\bthrive\b|\bwhat it takes\b/i],
  ['day', /\b(?:typical|average|normal|usual|regular) (?:day|workday|shift)\b|\b(?:look|looks|like) (?:like )?on an? (?:mon|tues|wednes|thurs|fri)day\b|\bday look(?:s)? like\b|\b(?:your|a) day (?:actually )?(?:involve|entail|look)|\bwhat does your day\b|\ba day in\b|\bwhat(?:['’]s| is) your (?:normal |typical )?day\b/i],
  ['week', /\b(?:typical|average|normal|usual|regular) (?:day|week|workday|shift)|\b(?:typical|average|normal|usual) month\b|\b(?:day|week|month|year)s? looks? like\b|\byour (?:week|day|days|weeks)\b|\bwhat does your (?:day|week|job|role|work) (?:actually )?(?:involve|entail|look like)|\bday[- ]to[- ]day\b|\ball (?:day|week)\b|\bdaily\b|\brhythm of\b|\bhow much of (?:it|your (?:time|week|day))\b|\bspend (?:most of )?(?:your|the) (?:time|days?|weeks?)|\bschedule like\b|\bday (?:as|like)\b|\bwhat(?:['’]s| is) your (?:normal |typical )?day\b|\bjob involve\b|\bwhat does (?:your|a|an) (?:\w+ ){0,4}(?:actually )?(?:do all|spend)/i],
  ['balance', /\bhours\b|\bwork[- ]life\b|\bbalance\b|\bweekends?\b|\bevenings?\b|\bnights?\b|\bon[- ]call\b|\bburn ?out\b|\bovertime\b|\bshifts?\b|\bmonday to friday\b|\b(?:young|small) (?:kids|children|daughter|son)\b|\bfamily\b/i],
  ['dislikes', /\bworst\b|\bleast\b|\bdislike|\b(?:could|can|would) (?:you )?(?:happily )?do without\b|\bdrives? you (?:nuts|crazy|mad)|\bhand (?:off |over )?to someone else\b|\bwears? you (?:down|out)\b|\bdon['’]t (?:like|love|enjoy)\b|\bpet peeve|\bdownsides?\b|\bannoy/i],
  ['hard', /\bhard(?:est)?\b|\btough(?:est)?\b|\bchalleng|\bdifficult|\bstressful\b|\bstruggle|\bfrustrat|\bemotional (?:side|toll|weight|part)|\bhow do you (?:deal|cope|handle)\b/i],
  ['enjoy', /\benjoy|\blove (?:about|most)|\brewarding\b|\bsatisfying\b|\bbest part\b|\bkeeps you\b|\bfavou?rite (?:part|thing)|\bmeaningful\b|\bmotivat/i],
  ['metrics', /\bmeasur|\bmetrics?\b|\bkpis?\b|\b(?:know|tell|judge|see) (?:if|whether|when) (?:[\w -]{0,40})(?:work|worked|working|made a difference|succeed|helped|paid off)|\bsuccess (?:look|mean)|\bwhat (?:are you|do you) (?:actually )?track|\bimpact\b/i],
  ['outlook', /\b(?:ai|artificial intelligence|chatbots?)\b/i],
  ['tools', /\btools?\b|\btech(?:nology)? stack\b|\bstack\b|\bsoftware (?:do you|you) use|\bwhat do you use\b|\bprograms? (?:do you|you) use/i],
  ['training', /\btraining (?:helped|did you|do you|would|should|matters?|programs?)\b|\bwhat training\b|\bdegrees?\b|\bmaster['’]?s\b|\bcertif|\bcredential|\blaw school\b|\bgrad(?:uate)? school\b|\bph\.?d\b|\bbootcamp\b|\bcourses?\b|\bclasses\b|\bmsn\b|\bccrn\b|\bcecd\b|\blicen[cs]e\b|\bqualifications?\b/i],
  ['reading', /\bbooks?\b|\bnewsletters?\b|\bpodcasts?\b|\bwhat do you read\b|\bstay (?:current|up to date|informed)\b/i],
  ['associations', /\bprofessional (?:groups?|associations?|organi[sz]ations?)\b|\bassociations?\b|\bconferences?\b|\bgroups? (?:would you|to join|worth)|\bjoin(?:ing)?\b/i],
  ['advice', /\badvice\b|\bshould I\b|\bwould you (?:recommend|suggest|tell|say to|do (?:first|if))|\bwhat would you (?:tell|say to|do)\b|\bif you were (?:me|in my|starting|a |my )|\bin my shoes\b|\bwhat should (?:I|someone|a student)\b|\bwhere should I\b|\bfirst step\b|\bhow (?:would|could|can|should) (?:I|someone|somebody|a student|one) (?:even )?(?:get|start|find|go about|break|prepare)|\bwhat (?:can|could) I do\b|\bwhat should I build\b|\bworth (?:it|doing)\b/i],
  ['team', /\bteams?\b|\bwho do you work with\b|\bwork (?:most )?closely with\b|\bcolleagues\b|\breport to\b|\bpeople you work with\b|\bwork with outside\b|\bcoalition partners?\b/i],
  ['culture', /\bculture\b|\bwhat(?:['’]s| is) it like (?:to work )?(?:at|working at|there)\b|\bwork environment\b/i],
  ['opinions', /\bwhat do you think (?:about|of)\b|\byour (?:opinion|take|view)\b|\bhow do you feel about\b/i],
];

/** Texting shorthand as words: "what r u working on rn" asks what "what are you working on right now" does. */
export function unText(text: string): string {
  return text
    .replace(/\bu\b/gi, 'you')
    .replace(/\bur\b/gi, 'your')
    .replace(/\br\b/gi, 'are')
    .replace(/\brn\b/gi, 'right now')
    .replace(/\bim\b/g, "I'm")
    .replace(/\bwhats\b/gi, "what's")
    .replace(/\bhows\b/gi, "how's");
}

const TRANSITION_FRAME = /\b(?:what (?:made|led|pulled|drew) you|why did you|how did you go from|move (?:over )?(?:from|to|into)|switch|after (?:working|being))\b/i;

/** A question about money itself: what people earn, a salary range, compensation. */
const MONEY_ASKED = /\b(?:salary|salaries|compensation|pay (?:range|scale|band)|what (?:do|does|can|could|would|will) [\w -]{1,40}(?:make|earn)|how much [\w -]{0,30}(?:make|earn|paid)|earn(?:ing)? (?:a living|enough(?! (?:trust|respect|credibility|confidence|goodwill))))\b/i;

export function aspectOf(query: string): FactTopic | undefined {
  return fusedAspect(query).aspect;
}

/** Every frame the question matches, most specific first (each topic once). */
export function framesOf(query: string): FactTopic[] {
  const text = unText(query);
  const out: FactTopic[] = [];
  for (const [topic, re] of ASPECTS) if (!out.includes(topic) && re.test(text)) out.push(topic);
  return out;
}

/** Frames read precisely by their wording, which the topic model (trained on 18 broader topics) does not name. */
const SPECIFIC_FRAMES: readonly FactTopic[] = ['referrals', 'mistakes', 'mentors', 'salary-range', 'change', 'metrics', 'training', 'opinions', 'dislikes', 'team', 'day'];

/** A card topic as the model's topics say it: a mistake is a hard part, a mentor one of the people. */
const MODEL_SIDE: Partial<Record<FactTopic, FactTopic[]>> = {
  day: ['week'], team: ['people', 'culture'], mentors: ['people'], referrals: ['people'], mistakes: ['hard', 'surprises'], dislikes: ['hard'],
  change: ['outlook', 'culture'], training: ['getting-started', 'skills'], metrics: ['projects'], opinions: ['outlook'],
};

/**
 * What the question asks about: the hand-written frames fused with the trained intent model read
 * as card topics (shared/language/intents.ts). A frame the model finds plausible stands; a broad frame the model
 * finds unlikely gives way to the model's confident topic ("what tools do you use day to day?" is
 * about tools, not the week); a question no frame reads ("how'd you end up in logistics?") takes
 * the model's topic when it is confident.
 */
export function fusedAspect(query: string): { aspect: FactTopic | undefined; guesses: TopicGuess[] | undefined } {
  const frames = framesOf(query);
  // One precise frame ("who else should I talk to?") has nothing for the model to overrule: no inference.
  if (frames.length === 1 && SPECIFIC_FRAMES.includes(frames[0]!)) return { aspect: frames[0], guesses: undefined };
  ensureIntentModel();
  const guesses = guessTopics(unText(query));
  const p = (t: FactTopic) => Math.max(guesses.find((g) => g.topic === t)?.probability ?? 0, ...(MODEL_SIDE[t] ?? []).map((s) => guesses.find((g) => g.topic === s)?.probability ?? 0));
  const [top, next] = guesses;
  const first = frames[0];
  if (!first) {
    // Alone, the model names the aspect when it is sure, or clearly surer than of anything else.
    // Two topics near-tied ("what training helped you?": reading 0.64, skills 0.63) is no reading at all.
    const margin = top ? top.probability - (next?.probability ?? 0) : 0;
    const sure = top && ((top.probability >= MODEL_ALONE && (margin >= 0.15 || top.probability >= 0.85)) || (top.probability >= 0.45 && top.probability >= 2 * (next?.probability ?? 0)));
    if (!sure) return { aspect: undefined, guesses };
    // "Do you know other people I could talk with?": people to talk to are a referral.
    // Money only when money is named: "does the effort pay off?" is not about pay.
    if (top.topic === 'salary-range' && !MONEY_WORDS.test(query)) return { aspect: undefined, guesses };
    const referral = top.topic === 'people' && /\b(?:talk(?:ing)?|speak(?:ing)?|reach(?:ing)? out|contact|meet|connect|introduce)\b/i.test(query);
    return { aspect: referral ? 'referrals' : top.topic, guesses };
  }
  if (!top || top.topic === first) return { aspect: first, guesses };
  // Two frames, one the model prefers clearly: "what tools do you use day to day?" is about tools.
  const preferred = frames.includes(top.topic) && top.probability >= p(first) + (SPECIFIC_FRAMES.includes(first) ? 0.3 : 0.15) && top.probability >= 0.5;
  if (preferred) return { aspect: top.topic, guesses };
  if (SPECIFIC_FRAMES.includes(first) || p(first) >= FRAME_KEPT) return { aspect: first, guesses };
  // A broad frame the model finds unlikely, against a topic it is sure of: "how do you expect the field to change…" is the outlook.
  const overruled = top.probability >= 0.6 && p(first) < 0.1;
  return { aspect: overruled ? top.topic : first, guesses };
}

const MONEY_WORDS = /\b(?:pay(?!s? off| (?:it|that) forward)|paid|salar\w*|earn\w*|make|money|compensation|start(?:ing)? (?:out )?at|ballpark|wages?|income)\b|\$\d/i;

/** The model's probability from which it names the aspect of a question no frame reads. */
const MODEL_ALONE = 0.6;
/** The model's probability from which a frame it did not rank first still stands. */
const FRAME_KEPT = 0.2;

/**
 * Duties a question may wrongly assume ("how many engineers report to you?" to a staff engineer,
 * "do you still see patients?" to a policy manager): what gives it away, what on the card would
 * make it true (their role, their career's roles, their week), and the correction they say first.
 */
const DUTIES: ReadonlyArray<{ asked: RegExp; theirs: RegExp; say: string }> = [
  {
    asked: /\b(?:you manage (?:like |about |around |over |roughly )?(?:\d+|a|the|your|all|many|several|\w+) (?:\w+ )?(?:engineers|people|staff|nurses|advisors|researchers|reports|employees)|(?:do|write|give) (?:their |the |your )?performance reviews|report(?:s|ing)? (?:directly )?to you|your (?:direct )?reports|(?:people|engineers|staff) do you manage|(?:do|how do) you manage (?:a team|people|engineers|staff|your team)|performance reviews? (?:for|of) your|your (?:team of|staff of))\b/i,
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
    asked: /\b(?:(?:when |how )?(?:you|who) designs? (?:the |your )?(?:screens?|interfaces?|apps?|pages?|them|visuals?|icons?|layouts?)|your (?:mockups|wireframes|designs|prototypes)|design tools?|build your (?:mockups|wireframes|prototypes)|what the screens should look like)\b/i,
    theirs: /\bdesigner\b/i,
    say: "I don't design the screens myself; the designers do",
  },
  {
    asked: /\b(?:admissions?|admit (?:students|applicants|people)|which applicants|accept (?:students|applicants))\b/i,
    theirs: /\badmissions?\b/i,
    say: "I don't work in admissions",
  },
  {
    asked: /\b(?:(?:you|your (?:organi[sz]ation|agency|office|team|group)|who) (?:write|writes|draft|drafts|pass|passes|set|sets|make|makes|issue|issues) (?:the )?(?:[\w'’-]+ ){0,3}(?:regulations|rules|laws|legislation|codes|ordinances|statutes)|companies you (?:inspect|regulate|fine|audit))\b/i,
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

/**
 * "As the CTO, how do you…", "since you're a nurse practitioner…", "you started out as a legislative
 * aide": a role said to be theirs. The role's head noun must appear in what the card says they are
 * (their role, headline, summary, the roles of their path); otherwise they correct it first.
 */
const ROLE_CLAIM = /\b(as (?:an?|the)|since (?:you(?:['’]re| are)|your|ur) (?:an?|the)|you(?:['’]re| are) (?:an?|the)|you (?:were (?:working |employed )?as|worked as|started (?:out )?as|used to be) (?:an?|the)|you (?:were|became) (?:an?|the)|(?:became|become) (?:an?|the))\s+((?:[A-Za-z-]+\s+){0,3}?[A-Za-z-]+?)(?=\s*(?:[,.?!;—]|\b(?:how|do|did|what|why|then|right|before|and|at|for|in|like)\b|$))/i;
const NOT_ROLES = /^(?:one|person|kind|lot|bit|part|little|big|good|great|way|student|new grad|result|matter|reminder|side note)$/i;

const TIME_WORDS = new Set(['first', 'before', 'once', 'originally', 'initially', 'too', 'also', 'still', 'then', 'back', 'there']);

export function rolePremise(card: PersonaCard, question: string): string | undefined {
  const match = ROLE_CLAIM.exec(question);
  if (!match) return undefined;
  const [, frame, phrase] = match as unknown as [string, string, string];
  // "If you were a sophomore again…" is a supposition, not a premise.
  if (/\b(?:if|imagine|suppose|pretend)\s*$/i.test(question.slice(0, match.index))) return undefined;
  // "you were a peer health educator first, right?": a trailing word of time is no part of the role.
  const words = phrase.trim().split(/\s+/);
  while (words.length > 1 && TIME_WORDS.has(words.at(-1)!.toLowerCase())) words.pop();
  const role = words.join(' ');
  const head = role.split(/\s+/).at(-1)!.toLowerCase();
  if (NOT_ROLES.test(role) || NOT_ROLES.test(head) || head.length < 3) return undefined;
  // "As a new grad, what should I…": the role is the asker's when the question goes on about "I".
  if (/^as\b/i.test(frame)) {
    const rest = question.slice(match.index + match[0].length);
    const pronoun = /\b(you|your|I|me|my)\b/i.exec(rest)?.[1]?.toLowerCase();
    if (pronoun !== 'you' && pronoun !== 'your') return undefined;
  }
  const own = [card.role, card.field, card.publicProfile.headline, card.publicProfile.summary, ...card.careerPath.map((s) => s.role)].join(' ').toLowerCase();
  const singular = head.replace(/s$/, '');
  const word = new RegExp(`\\b${singular}s?\\b`, 'i');
  if (word.test(own)) return undefined;
  // "I'd assumed I'd be a good supervisor": a fact in which they say it of themselves.
  const whole = new RegExp(`\\b${role.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?\\b`, 'i');
  const said = (card.facts ?? []).some((f) => f.text.split(/(?<=[.!?])\s+/).some((sentence) => whole.test(sentence) && /\bI(?:['’]\w+)?\b/.test(sentence)));
  if (said) return undefined;
  const article = /^the\b/i.test(frame.split(' ').at(-1) ?? '') ? 'the' : /^[aeiou]/i.test(role) ? 'an' : 'a';
  const named = `${article} ${role.replace(/^([A-Z])(?=[a-z])/, (c) => c.toLowerCase())}`;
  if (/started/i.test(frame)) {
    const first = card.careerPath[0];
    return first ? `I didn't start out as ${named}, actually; I started as ${withArticleLower(first.role)}.` : undefined;
  }
  return `I'm not ${named}, actually; I'm ${withArticleLower(card.role)}.`;
}

function withArticleLower(role: string): string {
  const lower = role.replace(/\b([A-Z])([a-z]+)/g, (w) => w.toLowerCase()).replace(/^([^,]+), ([^,]+)$/, '$1 for $2');
  return `${/^[aeiou]/i.test(lower) ? 'an' : 'a'} ${lower}`;
}

export function dutyPremise(card: PersonaCard, question: string): string | undefined {
  const own = ownDuties(card);
  const duty = DUTIES.find((d) => d.asked.test(question) && !d.theirs.test(own));
  return duty ? `${duty.say}.` : undefined;
}

const JOINS = ['and', 'but', 'plus', 'also'];
const ASKING_WORDS = new Set(['what', 'how', 'why', 'who', 'which', 'where', 'when', 'is', 'are', 'do', 'does', 'did', 'would', 'could', 'can', 'any']);
const isWord = (ch: string) => /\w/.test(ch);

/**
 * A turn split where a second question starts: at ", and what…" / "; but how…" / " also is…" (a
 * join, spaces, an asking word) and after a "?" followed by more. What
 * `text.split(/(?:,\s*|;\s*|\s+)(?:and|but|plus|also)\s+(?=(?:what|how|…|any)\b)|\?\s+(?=\S)/i)`
 * gives, found in one pass (that pattern's spaces backtracked over every run of them).
 */
export function splitQuestions(text: string): string[] {
  const out: string[] = [];
  let piece = 0;
  // The end of a join that starts its spaces at `from` (after "," or ";", or the spaces themselves).
  const joinEnd = (from: number, needSpace: boolean): number | undefined => {
    const word = runEnd(text, isSpace, from);
    if (needSpace && word === from) return undefined;
    const join = JOINS.find((w) => asciiLower(text.slice(word, word + w.length)) === w);
    if (!join || !isSpace(text[word + join.length])) return undefined;
    const next = runEnd(text, isSpace, word + join.length);
    return ASKING_WORDS.has(asciiLower(text.slice(next, runEnd(text, isWord, next)))) ? next : undefined;
  };
  for (let i = 0; i < text.length; ) {
    const ch = text[i]!;
    let end: number | undefined;
    if (ch === ',' || ch === ';') end = joinEnd(i + 1, false);
    else if (ch === '?') {
      const after = runEnd(text, isSpace, i + 1);
      if (after > i + 1 && after < text.length) end = after;
    } else if (isSpace(ch)) {
      end = joinEnd(i, true);
      if (end === undefined) {
        // No join after these spaces: none after any later start among them either.
        i = runEnd(text, isSpace, i);
        continue;
      }
    }
    if (end === undefined) {
      i++;
      continue;
    }
    out.push(text.slice(piece, i));
    piece = end;
    i = end;
  }
  out.push(text.slice(piece));
  return out;
}

/**
 * "What do you like, and what could you do without?": a turn that asks two things, as its two
 * questions (each ends "?"), or one question when it asks one.
 */
export function splitTwoPart(query: string): string[] {
  // "…wants a splashy announcement but what the business needs is something boring?": a clause, not a second question.
  if (!/\?\s+\S/.test(query) && /\b(?:but|and) (?:what|how|why|who|which|where|when) (?:the|a|an|my|your|their|his|her|its|they|he|she|it|we|I|you|people|someone|everyone)\b(?! (?:do|does|did|would|should|can|could)\b)/i.test(unText(query))) return [query];
  const parts = splitQuestions(unText(query))
    .map((p) => p.trim().replace(/(?<![?.!\s])[?.!\s]*$/, '?'))
    .filter((p) => p.split(/\s+/).length >= 3);
  // Each part must itself be a question: "I know it depends on the season, but could you…" is one.
  // A short lead is allowed: "and on the flip side, what's the part…".
  const asking = (p: string) => QUESTION_START.test(p.replace(/^(?:and|so|also|or|but|plus|oh|ok(?:ay)?|sorry|like),?\s+/i, '').replace(/^(?:[\w'’-]+\s+){0,4}?[\w'’-]+[,:]\s*/, '').replace(/^(?:[\w'’-]+\s+){0,4}?[\w'’-]+[,:]\s*/, ''));
  return parts.length === 2 && parts.every(asking) ? parts : [query];
}

const QUESTION_START = /^(?:what|what['’]s|how|how['’]s|why|who|whom|whose|which|where|when|is|are|was|were|do|does|did|would|could|can|will|should|have|has|any|if|tell me)\b/i;

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

const KEEP_IN_TOUCH = /\b(?:(?:keep|kept) you (?:posted|updated|in the loop)|send you a (?:short |quick )?(?:note|update|line) (?:once|when|after|later)|(?:stay|keep) in touch|follow up with you|update you|let you know how (?:it|things|my)|reach out (?:again|later|in a few)|send you an update|touch base)\b/i;

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
  // "are you fully in teaching now?" to a nurse educator: a field they say in their own words is theirs.
  const word = new RegExp(`\\b${said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
  const firstPerson = (card.facts ?? []).some((f) => f.text.split(/(?<=[.!?])\s+/).some((sentence) => word.test(sentence) && /\b(?:I|I['’]\w+|my|me)\b/.test(sentence) && !/\b(?:not|never|n['’]t)\b/i.test(sentence)));
  if (firstPerson) return undefined;
  // "the military", "real estate": a field the card never mentions.
  return field;
}

/** Whether the question names their organization ("at Railyard", "Green Futures"). */
function namesOrganization(card: PersonaCard, query: string): boolean {
  const name = withoutClosingAside(card.organization).trim();
  const head = name.split(/\s+/)[0] ?? '';
  return name.length > 0 && (query.toLowerCase().includes(name.toLowerCase()) || (head.length >= 4 && new RegExp(`\\b${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(query)));
}

export function understand(text: string, lastReply: string | undefined, card: PersonaCard): Understanding {
  const questions = findQuestions(text);
  // Texting shorthand read as words ("how do u test it" is about them).
  const query = unText(questions.length > 0 ? questions.map((q) => q.quote).join(' ') : text);
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
  // What it asks about, from its frame, leads: "what made you pick logistics software" is a transition.
  // "Tell me more", "can I keep you posted?": the model reads no topic into a turn that asks for none.
  const plain = (SAY_MORE.test(text) || BARE_FOLLOW.test(text) || KEEP_IN_TOUCH.test(text)) && framesOf(asked).length === 0;
  const fused = questions.length > 0 && !plain ? fusedAspect(asked) : undefined;
  const aspect = fused?.aspect;
  const framed = aspect ? [aspect, ...topics.filter((t) => t !== aspect)] : topics;
  // "How did you get into this?" is their path, not how people get started in general.
  const pathPruned = framed.includes('path') ? framed.filter((t) => t !== 'getting-started') : framed;
  // "Do you pay them?", "mid-career, decent salary": money mentioned is not a question about entry pay.
  const pruned = aspect !== 'salary-range' && !MONEY_ASKED.test(unText(asked)) ? pathPruned.filter((t) => t !== 'salary-range') : pathPruned;
  const framedAsks = ASK_PATTERNS.filter(([, re]) => re.test(query)).map(([a]) => a);
  // "What made you decide to move over…", "how did you go from…": a transition, whatever the words.
  const asks = aspect === 'path' && TRANSITION_FRAME.test(query) && !framedAsks.includes('transition') ? [...framedAsks, 'transition' as const] : framedAsks;
  const stance = STANCES.find(([, re]) => re.test(query))?.[0];
  const referents = lastReply ? sharedContentWords(lastReply, text) : [];
  // A cue like "what made you…" continues the last answer only when the question asks about nothing of its own.
  const sayMore = lastReply !== undefined && (SAY_MORE.test(text) || BARE_FOLLOW.test(text) || (findFollowUpCue(text).length > 0 && !aspect));
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
    // The premise is often said before the question: "You started out as a legislative aide. What made you…?"
    rolePremise: questions.length > 0 ? rolePremise(card, unText(text)) : undefined,
    // "What's the stack like at Railyard?", "how is it over there?": about them too.
    aboutThem: /\b(?:you|your|yours|yourself|over there)\b/i.test(query) || namesOrganization(card, query),
    aspect,
    guesses: fused?.guesses,
    context: questions.length > 0 ? unText(questions.reduce((rest, q) => rest.replace(q.quote, ' '), text)) : '',
  };
}
