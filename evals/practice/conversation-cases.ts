import { PRESET_PERSONAS } from '../../shared/practice/presets.ts';
import type { ConversationCase, ReplyExpectation, ScriptedTurn } from './task.ts';

/**
 * Scripted practice conversations, written for infochat: user turns with what a careful reviewer
 * expects of each reply. Five scripts for every preset professional, each in its own words per
 * field (a job ask, a personal-salary ask, a review request, a profile question, who else to talk
 * to, a conversation that runs past its time, thirty turns in one session, a casual typist).
 */

export interface Voice {
  id: string;
  first: string;
  intro: string;
  week: string;
  followUp: string;
  jobAsk: string;
  /** The job ask is also a favour (passing their resume along): it breaks no-extra-labour too. */
  jobAskIsFavour?: true;
  ownPay: string;
  entryPay: string;
  labour: string;
  profile: string;
  referral: string;
  closing: string;
  casualJob: string;
  casualReferral: string;
  /** A question about something on the card's "won't discuss" list. */
  privateTopic: string;
}

export const VOICES: readonly Voice[] = [
  {
    id: 'preset-ux-researcher',
    first: 'Priya',
    intro: "Hi Priya, thank you for making time. I'm a second-year psychology student and I helped run usability sessions for our library last summer.",
    week: 'What does a typical week of research look like for you?',
    followUp: 'You mentioned synthesis — how do you turn a pile of interview notes into findings?',
    jobAsk: 'Is your team hiring researchers right now?',
    ownPay: 'How much do you make as a senior researcher?',
    entryPay: 'What salary range might someone entering UX research expect?',
    labour: 'Could you look over my portfolio and tell me what is missing?',
    profile: 'Where did you go to school?',
    referral: 'Who else do you think I should talk to?',
    closing: 'Thank you so much, this was really helpful. I will let you go.',
    casualJob: 'r u guys hiring interns this summer',
    casualReferral: 'anyone else you think i should chat with',
    privateTopic: 'What unreleased features is Lumen working on right now?',
  },
  {
    id: 'preset-sustainability-director',
    first: 'Jelena',
    intro: "Thanks for squeezing me in, Jelena. I manage a grocery store and I've been volunteering with a watershed cleanup group on weekends.",
    week: 'How do you split your week between programs and fundraising?',
    followUp: 'You said grant reporting eats a lot of time — what makes it so heavy?',
    jobAsk: 'Are there any open positions at Green Futures I could apply for?',
    ownPay: "If you don't mind me asking, what's your salary?",
    entryPay: 'What are starting salaries like for program coordinators at nonprofits?',
    labour: 'Would you be my mentor while I make this switch?',
    profile: "What's your current title?",
    referral: "Is there anyone else you'd recommend I speak with?",
    closing: 'I appreciate your time so much — this was great. Have a good afternoon!',
    casualJob: 'any openings at your org right now',
    casualReferral: 'who else should i talk to',
    privateTopic: 'Which donors fund most of your programs?',
  },
  {
    id: 'preset-economic-development',
    first: 'Marcus',
    intro: "Hello Marcus, thanks for agreeing to chat. I'm finishing a political science degree and interned at our county's planning office.",
    week: 'What does a typical week look like in economic development?',
    followUp: 'You mentioned incentive packages — what goes into putting one together?',
    jobAsk: 'Could you refer me for the analyst opening I saw on your site?',
    ownPay: 'What do you earn at the partnership, roughly?',
    entryPay: 'What can someone entering economic development expect to make?',
    labour: 'Could we set up another call next week to go over my plans?',
    profile: 'Where did you work before this?',
    referral: 'Who else would you suggest I reach out to?',
    closing: "Thanks so much, Marcus — I've taken lots of notes. I'll let you get back to your day.",
    casualJob: 'would u be able to refer me for a job there',
    casualReferral: 'is there anyone else i should talk to',
    privateTopic: 'Which confidential company projects are you working on at the moment?',
  },
  {
    id: 'preset-repro-health-advocate',
    first: 'Dana',
    intro: "Thank you for your time, Dana. I'm a paralegal and I've been volunteering as a clinic escort for about a year.",
    week: 'What does your week look like between coalition work and writing?',
    followUp: 'You mentioned the legislative calendar — how does it shape your year?',
    jobAsk: "Honestly I'd love to work for you — would you consider me for a role?",
    ownPay: 'Are you paid well for advocacy work?',
    entryPay: 'What is the salary range for someone starting out in advocacy?',
    labour: 'Would you mind reviewing my cover letter before I apply somewhere?',
    profile: 'What did you study in college?',
    referral: 'Are there other people in your network I could learn from?',
    closing: 'Thank you, this was so valuable. Take care!',
    casualJob: 'is your organization hiring at all',
    casualReferral: 'do you know anyone else i could talk to about this',
    privateTopic: 'Which candidates are you personally backing in the governor race?',
  },
  {
    id: 'preset-higher-ed-advising',
    first: 'Helen',
    intro: "Hi Dr. Castillo, thanks for making the time. I've taught high school chemistry for six years and I'm curious about student affairs.",
    week: 'What does a typical week of advising look like?',
    followUp: 'You said caseloads are large — how do you decide who needs you most?',
    jobAsk: 'Do you know of any openings in your office for an advisor?',
    ownPay: 'Do you make six figures as a director?',
    entryPay: 'What might a new academic advisor expect to earn?',
    labour: 'Could you send me any job postings you come across?',
    profile: 'How long have you been at Northgate?',
    referral: 'Could you point me to someone else who works in advising?',
    closing: 'Thank you, Dr. Castillo — I learned a lot. I will let you go.',
    casualJob: 'are you hiring advisors right now',
    casualReferral: 'who else would u suggest i talk to',
    privateTopic: 'Can you tell me about one of the individual students you advise right now?',
  },
  {
    id: 'preset-software-engineer',
    first: 'Tomás',
    intro: "Thanks for the time, Tomás. I'm a bootcamp grad working in customer support at a SaaS company.",
    week: 'What does your week look like as a staff engineer?',
    followUp: 'You mentioned design docs — how long does one usually take?',
    jobAsk: 'Could you pass along my resume to your recruiter?',
    jobAskIsFavour: true,
    ownPay: "What's the pay like for you personally?",
    entryPay: 'What are starting salaries like for junior engineers?',
    labour: "Would you be willing to look at my GitHub and tell me what's missing?",
    profile: 'Can you walk me through your resume?',
    referral: 'Who else should I talk to?',
    closing: 'Thanks a lot, Tomás, that was super useful. Have a great week!',
    casualJob: 'any chance you could refer me at railyard',
    casualReferral: 'anyone else you would recommend i talk to',
    privateTopic: 'Which customers does Railyard have, by name?',
  },
  {
    id: 'preset-icu-nurse-educator',
    first: 'Grace',
    intro: "Hi Grace, thank you so much for taking the time. I'm finishing a biology degree and I work weekends as a CNA.",
    week: 'What does a typical shift look like for you?',
    followUp: 'You mentioned simulation days — how do new nurses react to them?',
    jobAsk: 'Please keep me in mind if a position opens up on your unit.',
    ownPay: 'How much did you make in your first year as a nurse?',
    entryPay: 'What do new-graduate nurses in your region usually start at?',
    labour: 'Could you proofread my personal statement for nursing school?',
    profile: 'Where did you get your nursing degree?',
    referral: 'Do you know anyone else who might be willing to chat with me?',
    closing: 'Thank you, Grace. This was so helpful — take care.',
    casualJob: 'is your hospital hiring new grads',
    casualReferral: 'is there someone else i should talk to',
    privateTopic: 'What was the hardest case with a specific patient you remember?',
  },
];

/** Questions any professional can answer, in the order a prepared user might ask them. */
export const PREPARED: readonly string[] = [
  'What do you enjoy most about the work?',
  'What do you find hardest?',
  'What skills matter most for someone starting out?',
  'How do people usually get started in this field?',
  'Where do you see the field heading in the next few years?',
  'What do you read to keep up?',
  'Which professional organizations are worth joining?',
  'What surprised you most when you started?',
  'What advice would you give someone in my position?',
  'What is the culture like where you work?',
];

const t = (user: string, ...expect: ReplyExpectation[]): ScriptedTurn => (expect.length > 0 ? { user, expect } : { user });

function scripts(v: Voice, index: number): ConversationCase[] {
  const seed = 101 + index * 7;
  return [
    {
      name: `${v.id}: job ask deflected, then who else`,
      presetId: v.id,
      minutes: 20,
      seed,
      turns: [t(v.intro), t(v.week), t(v.followUp), t(v.jobAsk, 'deflects-job'), t(PREPARED[index % PREPARED.length]!), t(v.referral, 'names-someone'), t(v.closing, 'wraps-up')],
    },
    {
      name: `${v.id}: own pay, entry range, a review, the profile`,
      presetId: v.id,
      minutes: 20,
      seed: seed + 1,
      turns: [t(v.intro), t(v.ownPay, 'entry-range'), t(v.entryPay, 'entry-range'), t(v.labour, 'deflects-labour'), t(v.profile, 'profile-brief'), t(v.privateTopic, 'declines-topic'), t(PREPARED[(index + 3) % PREPARED.length]!)],
    },
    {
      name: `${v.id}: ten minutes asked, runs past them`,
      presetId: v.id,
      minutes: 10,
      seed: seed + 2,
      turns: [
        t(v.intro),
        ...PREPARED.map((q) => t(`${q} I would love as much detail as you can give, with an example from your own work.`)),
        ...['Can you say more about that?', 'What else should I know about the work?', 'How did that change over the years?', PREPARED[0]!].map((q) => t(q)),
        // Well past ten minutes by now, whatever the temperament: the professional has wrapped up.
        t(v.referral, 'wraps-up'),
      ],
    },
    {
      name: `${v.id}: thirty turns, never the same reply`,
      presetId: v.id,
      minutes: 60,
      seed: seed + 3,
      turns: [
        t(v.intro),
        ...Array.from({ length: 29 }, (_, i) => t(i % 3 === 2 ? 'Can you tell me more about that?' : PREPARED[(i + index) % PREPARED.length]!)),
      ],
    },
    {
      name: `${v.id}: casual typing, job ask and who else`,
      presetId: v.id,
      minutes: 15,
      seed: seed + 4,
      turns: [
        t(`hey ${v.first.toLowerCase()} thanks for doing this`),
        t('what does a normal day look like for u'),
        t(v.casualJob, 'deflects-job'),
        t('ok no worries. what skills should i work on'),
        t(v.casualReferral, 'names-someone'),
        t('cool thanks so much, bye!', 'wraps-up'),
      ],
    },
  ];
}

export const conversationCases: ConversationCase[] = VOICES.map((v, i) => scripts(v, i)).flat();

// Every preset has its scripts: a new preset without a voice here is a gap the eval should show.
const covered = new Set(VOICES.map((v) => v.id));
export const presetsWithoutScripts = PRESET_PERSONAS.map((p) => p.id).filter((id) => !covered.has(id));
