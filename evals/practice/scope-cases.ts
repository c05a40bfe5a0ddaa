/**
 * Our own questions for the five failure classes blind readers named on 2026-12-07 (the offline
 * persona refusing its own job, a stray stock line or tacked-on topic, a wrong premise left
 * standing, half of a two-part question, closings and greetings that miss). Written by the engineer
 * who then fixed the engine against them: NOT blind, and tuned on. Each case says what a relevant
 * reply must (not) do; `scope-cases.test.ts` scores them.
 */
import type { FactTopic } from '../../shared/contracts/practice.ts';

export type ScopeClass = 'own-job' | 'stray' | 'premise' | 'two-part' | 'closing' | 'greeting';

export interface ScopeCase {
  preset: string;
  cls: ScopeClass;
  text: string;
  /** two-part: a fact on each of these topics must be said. */
  both?: readonly [FactTopic, FactTopic];
}

const P = {
  ux: 'preset-ux-researcher',
  sus: 'preset-sustainability-director',
  eco: 'preset-economic-development',
  rh: 'preset-repro-health-advocate',
  adv: 'preset-higher-ed-advising',
  sw: 'preset-software-engineer',
  rn: 'preset-icu-nurse-educator',
} as const;

export const SCOPE_CASES: readonly ScopeCase[] = [
  // 1. Their own job: answered from the card, never "not my area".
  { preset: P.rn, cls: 'own-job', text: 'What are your shifts like these days?' },
  { preset: P.rn, cls: 'own-job', text: 'Do you remember a mistake you made early on as a nurse?' },
  { preset: P.rn, cls: 'own-job', text: 'How do you know whether your teaching is actually working on the unit?' },
  { preset: P.sw, cls: 'own-job', text: 'Can you tell me about a production incident you had to deal with?' },
  { preset: P.sw, cls: 'own-job', text: 'What was your worst mistake as a junior developer?' },
  { preset: P.sw, cls: 'own-job', text: 'How do you decide what to work on each week?' },
  { preset: P.eco, cls: 'own-job', text: 'What happens on one of your company visits?' },
  { preset: P.eco, cls: 'own-job', text: 'How do you measure whether your retention work is paying off?' },
  { preset: P.eco, cls: 'own-job', text: 'What did you get wrong when you first started in economic development?' },
  { preset: P.ux, cls: 'own-job', text: 'How do you figure out whether your research changed anything?' },
  { preset: P.ux, cls: 'own-job', text: 'Have you ever run a study that went badly?' },
  { preset: P.ux, cls: 'own-job', text: 'What does a research sprint look like for you?' },
  { preset: P.sus, cls: 'own-job', text: 'What is the toughest part of managing your programs?' },
  { preset: P.sus, cls: 'own-job', text: 'How do you track whether the solar program is working?' },
  { preset: P.sus, cls: 'own-job', text: 'What mistake taught you the most as a program manager?' },
  { preset: P.rh, cls: 'own-job', text: 'What does your week look like during the legislative session?' },
  { preset: P.rh, cls: 'own-job', text: 'How do you tell whether a campaign you ran worked?' },
  { preset: P.rh, cls: 'own-job', text: 'Was there a bill fight you lost, and what did you learn?' },
  { preset: P.adv, cls: 'own-job', text: 'How do you judge whether your advisors are doing a good job?' },
  { preset: P.adv, cls: 'own-job', text: 'What slip-up do you remember from your first year advising?' },
  { preset: P.adv, cls: 'own-job', text: 'What are you spending most of your time on this semester?' },

  // 2. A plain question gets its own answer: no stock line from another topic, no extra topic.
  { preset: P.rn, cls: 'stray', text: 'What do you do on a slow day on the unit?' },
  { preset: P.sw, cls: 'stray', text: 'How big is the codebase you work in?' },
  { preset: P.sw, cls: 'stray', text: 'How do you review other people’s code?' },
  { preset: P.eco, cls: 'stray', text: 'Which industries are you working with most right now?' },
  { preset: P.eco, cls: 'stray', text: 'How do you get companies to trust you?' },
  { preset: P.ux, cls: 'stray', text: 'How do you recruit participants for a study?' },
  { preset: P.ux, cls: 'stray', text: 'What tools do you use for your interviews?' },
  { preset: P.sus, cls: 'stray', text: 'How do you work with city staff?' },
  { preset: P.sus, cls: 'stray', text: 'What is a grant report like to write?' },
  { preset: P.rh, cls: 'stray', text: 'How do you prepare someone to testify?' },
  { preset: P.rh, cls: 'stray', text: 'Who are your coalition partners?' },
  { preset: P.adv, cls: 'stray', text: 'How big is an advisor’s caseload at your school?' },
  { preset: P.adv, cls: 'stray', text: 'What does orientation involve for your office?' },

  // 3. A premise about their role or duties that the card contradicts: corrected first.
  { preset: P.rn, cls: 'premise', text: 'How did you find your medical residency?' },
  { preset: P.rn, cls: 'premise', text: 'As a doctor, how do you work with the nurses?' },
  { preset: P.rh, cls: 'premise', text: 'Do you still see patients in a clinic?' },
  { preset: P.rh, cls: 'premise', text: 'How many abortions do you perform in a week?' },
  { preset: P.ux, cls: 'premise', text: 'How do you decide what the screens should look like when you design them?' },
  { preset: P.ux, cls: 'premise', text: 'Which design tools do you use to build your mockups?' },
  { preset: P.adv, cls: 'premise', text: 'How do you decide which applicants to admit?' },
  { preset: P.adv, cls: 'premise', text: 'What is it like being in charge of admissions?' },
  { preset: P.sw, cls: 'premise', text: 'How many engineers report to you?' },
  { preset: P.sw, cls: 'premise', text: 'How do you run performance reviews for your direct reports?' },
  { preset: P.sus, cls: 'premise', text: 'How do you write the state energy regulations?' },
  { preset: P.eco, cls: 'premise', text: 'How do you decide which companies get tax breaks when you vote on them?' },

  // 4. Two questions in one: both answered.
  { preset: P.rn, cls: 'two-part', text: 'What do you enjoy most, and what could you do without?', both: ['enjoy', 'dislikes'] },
  { preset: P.sw, cls: 'two-part', text: 'What do you like about the job, and what is the hardest part?', both: ['enjoy', 'hard'] },
  { preset: P.ux, cls: 'two-part', text: 'What tools do you use, and how do you measure success?', both: ['tools', 'metrics'] },
  { preset: P.eco, cls: 'two-part', text: 'What do you love about the work, and what drives you crazy?', both: ['enjoy', 'dislikes'] },
  { preset: P.sus, cls: 'two-part', text: 'What is your team like, and what are the hours like?', both: ['team', 'balance'] },
  { preset: P.rh, cls: 'two-part', text: 'What training helped you, and what skills matter most?', both: ['training', 'skills'] },
  { preset: P.adv, cls: 'two-part', text: 'What is the most rewarding part, and what would you change?', both: ['enjoy', 'change'] },

  // 5. A goodbye is a goodbye; a greeting after an introduction picks it up.
  { preset: P.rn, cls: 'closing', text: 'That is all my questions. Thank you so much.' },
  { preset: P.rh, cls: 'closing', text: 'I will let you go now. I really appreciate it.' },
  { preset: P.sw, cls: 'closing', text: 'Thanks, this was really helpful. Have a good rest of your day.' },
  { preset: P.adv, cls: 'closing', text: 'I think that covers everything. Thanks again!' },
  { preset: P.sus, cls: 'closing', text: 'Okay, I won’t keep you any longer. Thank you.' },
  { preset: P.ux, cls: 'closing', text: 'Thank you, this has been so helpful.' },
  { preset: P.eco, cls: 'closing', text: 'This was wonderful, thanks so much for your time!' },
  { preset: P.rn, cls: 'closing', text: 'Thank you, that was really useful. I appreciate it.' },
  { preset: P.rn, cls: 'greeting', text: 'Hi, I’m Dana. I’ve been an ER nurse for six years and I’m thinking about education roles.' },
  { preset: P.sw, cls: 'greeting', text: 'Hello! I’m Chris, a backend developer with eight years of experience, curious about the staff track.' },
  { preset: P.rh, cls: 'greeting', text: 'Hi, my name is Lee. I worked as a legislative aide for three years.' },
  { preset: P.ux, cls: 'greeting', text: 'Hi! I’m Maya, I’ve been a product designer for five years and want to move into research.' },
  { preset: P.adv, cls: 'greeting', text: 'Hi, I’m Ruth. I’ve worked as an academic advisor for four years at a community college.' },
];

/**
 * Written after the fix and run once, untuned (still by the same engineer, so not blind): the
 * figure at that one run is in the README; later changes may tune on it.
 */
export const SCOPE_HELD_OUT: readonly ScopeCase[] = [
  { preset: P.rn, cls: 'own-job', text: 'What was the hardest night you have had on the unit?' },
  { preset: P.rn, cls: 'premise', text: 'Which surgeries do you perform most often?' },
  { preset: P.rn, cls: 'two-part', text: 'What training did you need, and what does your week look like?', both: ['training', 'week'] },
  { preset: P.sw, cls: 'own-job', text: 'How do you know if a design review went well?' },
  { preset: P.sw, cls: 'premise', text: 'How do you manage your team of engineers day to day?' },
  { preset: P.sw, cls: 'two-part', text: 'What tools do you use, and what is on-call like?', both: ['tools', 'balance'] },
  { preset: P.ux, cls: 'own-job', text: 'What mistake did you make in your first research job?' },
  { preset: P.ux, cls: 'premise', text: 'How do you pick colors and fonts when you design the app?' },
  { preset: P.ux, cls: 'two-part', text: 'What is your team like, and what surprised you most about the job?', both: ['team', 'surprises'] },
  { preset: P.sus, cls: 'own-job', text: 'What are you working on this month?' },
  { preset: P.sus, cls: 'premise', text: 'Do you write the state building codes yourself?' },
  { preset: P.sus, cls: 'two-part', text: 'What do you love about the job, and what are the downsides?', both: ['enjoy', 'dislikes'] },
  { preset: P.eco, cls: 'own-job', text: 'How do you know when a company is about to leave the county?' },
  { preset: P.eco, cls: 'premise', text: 'How many people report to you at the EDC?' },
  { preset: P.eco, cls: 'two-part', text: 'Who mentored you, and what skills matter most?', both: ['mentors', 'skills'] },
  { preset: P.rh, cls: 'own-job', text: 'What is the hardest part of the legislative session for you?' },
  { preset: P.rh, cls: 'premise', text: 'How many patients do you see on a typical day at your clinic?' },
  { preset: P.rh, cls: 'two-part', text: 'How did you get into policy, and what would you change about the field?', both: ['path', 'change'] },
  { preset: P.adv, cls: 'own-job', text: 'What metrics do you report to the provost?' },
  { preset: P.adv, cls: 'premise', text: 'How many students does your admissions office accept each year?' },
  { preset: P.adv, cls: 'closing', text: 'Well, I have taken enough of your time. Thank you, truly.' },
];
