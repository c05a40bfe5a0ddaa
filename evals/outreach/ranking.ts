import type { OutreachContext } from '../../shared/contracts/outreach.ts';

/**
 * Whole messages labelled the way a careful reader would: `good` ones they would answer, `bad`
 * ones they would not (or should not have been sent). Written for infochat, in our own words; used
 * to measure how well the score ranks messages (AUC: the chance a good one outscores a bad one).
 */
export interface RankedMessage {
  label: 'good' | 'bad';
  draft: string;
  context?: OutreachContext;
}

export const rankedMessages: RankedMessage[] = [
  // --- good
  {
    label: 'good',
    draft: `Dear Ms. Kowalski,

I'm a second-year social work student at Loyola, and Professor Ruth Adler suggested I contact you. I'd love to learn how you moved from case management into hospital discharge planning, and what surprised you in the first year.

Would you have 20 minutes for a phone call in the next few weeks? I'm free Tuesdays and Thursdays after 3 p.m., but happy to work around your schedule.

Thank you for considering this.

Best,
Hannah`,
  },
  {
    label: 'good',
    draft: `Hi Marcus,

We both studied at Howard, and I saw on LinkedIn that you went from civil engineering into urban planning. I'm a junior engineer at a county roads department thinking about the same move. Could I ask you for 15 minutes by phone about how you made it? Any weekday after 5 p.m. works for me. Thanks so much!

Devon`,
  },
  {
    label: 'good',
    draft: `Hello Dr. Nakamura,

I heard your talk on soil microbiomes at the ESA meeting in August. I'm a master's student in ecology deciding between a PhD and a job at a state agency, and I'd value your perspective on what research careers in agency labs look like. Would a 20-minute Zoom call in the next month be possible? I'm free Monday or Wednesday mornings. I'm grateful for any time you can spare.

Kind regards,
Ines Duarte`,
  },
  {
    label: 'good',
    draft: `Hi Tess, fellow Oberlin alum here! I'm a paralegal curious how you moved into legal tech product work. Could I ask you 20 min by phone, whenever suits you? Thank you!`,
    context: { channel: 'linkedin' },
  },
  {
    label: 'good',
    draft: `Dear Mr. Alvarez,

Like you, I'm a Marine Corps veteran, and Sgt. Dana Pruitt at the transition office gave me your name. I'm exploring careers in emergency management and would love to hear how you went from the service into county emergency planning. Could we talk for 20 minutes by phone? I'm flexible most days, and could also meet near your office for coffee. Thank you for your time.

Respectfully,
Luis Ortega`,
  },
  {
    label: 'good',
    draft: `Hi Priya, I'm a data analyst at a nonprofit and a fellow member of the Women in Analytics Slack. I'm curious how you structure experimentation at a marketplace company. Would a 15-minute video call next Tue or Thu afternoon work? Thanks either way!`,
  },
  {
    label: 'good',
    draft: `Hello Ms. Obi,

My name is Chen Wei and I'm a high school biology teacher. Your former colleague, Mark Ellis, suggested I write: I'm considering a move into science communication and would love to understand what the day-to-day of a museum exhibit developer involves.

Would you be open to a 20-minute phone call sometime in the next few weeks? I'm free after 3:30 p.m. on weekdays. I appreciate you considering it.

Best wishes,
Chen`,
  },
  {
    label: 'good',
    draft: `Hi Jordan,

I'm a bootcamp graduate and we met briefly at the PyData meetup in June. I'd love to hear how you chose between data engineering and analytics engineering early in your career. Could we grab a 20-minute coffee near your office, or a call if that's easier? I'm free Friday mornings. Thanks for considering it!

Sam`,
  },
  {
    label: 'good',
    draft: `Dear Dr. Haddad, I'm a third-year pharmacy student at Purdue and a fellow Rho Chi member. I'd like to learn what a residency in oncology pharmacy demands week to week. Would you have 15 minutes for a phone call on Monday or Wednesday afternoon? Thank you for thinking it over. Sincerely, Aisha`,
  },
  {
    label: 'good',
    draft: `Hi Elena, Maya Brooks thought you'd be a great person to ask about grant writing for arts groups. I'm a theatre manager exploring that path. 20 min by phone some weekday after 4? Thank you!`,
    context: { channel: 'linkedin' },
  },
  {
    label: 'good',
    draft: `Hello Mr. Greene,

I'm a nurse in the cardiac ICU, and I read your article on nurse informaticists in the AJN. I'm trying to understand how clinical staff move into EHR optimization roles and what skills mattered most for you. Could we talk for 20 minutes by phone or Teams in the next few weeks? I'm free Tuesday or Friday mornings. Thank you very much.

Best,
Rafaela`,
  },
  {
    label: 'good',
    draft: `Hi Ana,

I'm a junior at Smith and, like you, a former Girl Scouts camp counselor turned environmental science major. I'd love to learn how you got into watershed restoration work with the state. Would you have 20 minutes for a call next week? I can do Tuesday at 10 or Thursday at 2. Thank you so much for considering it, and no worries if the timing is bad.

Warmly,
Zoe`,
  },
  // --- bad
  { label: 'bad', draft: `Hey, can we chat sometime?` },
  { label: 'bad', draft: `would love to pick your brain!` },
  { label: 'bad', draft: `Hi, I'm looking for a job in marketing. Are you hiring? Thanks.` },
  {
    label: 'bad',
    draft: `Dear Hiring Manager,

Please find attached my resume. I am a motivated graduate with a B.A. in Economics, a 3.8 GPA, Dean's List every semester, and two internships. I would welcome the opportunity to discuss open positions on your team.

Sincerely,
Jason`,
  },
  {
    label: 'bad',
    draft: `Hi Laura,

I'm a recent graduate and I'd love to learn more about you and what you do. Let me know when you're free!

Thanks,
Ben`,
  },
  {
    label: 'bad',
    draft: `Hello,

I am writing to ask whether you could help me with my job search. I have attached my CV. I am available for an hour-long meeting tomorrow. Please reply by tonight.

Regards,
K.`,
  },
  {
    label: 'bad',
    draft: `Hi Dan! Fellow Badger here. I'm president of the Consulting Club, VP of Finance Society, interned at BCG and Bain, and won the national case competition. Any roles on your team?`,
    context: { channel: 'linkedin' },
  },
  { label: 'bad', draft: `Hello, I would like to connect and catch up about the industry. Let me know.` },
  {
    label: 'bad',
    draft: `Hi Kim,

I'm a software engineer and we both studied at Waterloo. I'd love to hear how you moved into developer relations. Could we meet for an hour over lunch tomorrow? I'd also love it if you could review my resume and keep me in mind if something opens up.

Thanks,
Ravi`,
  },
  {
    label: 'bad',
    draft: `Greetings. I want to get hired at your company and I think you can help. I have 10 years of experience, an MBA, a PMP certification, and I led a team of 40 people that increased revenue 35%. When can we talk?`,
  },
  { label: 'bad', draft: `Thanks in advance!` },
  {
    label: 'bad',
    draft: `Dear Dr. Patel,

I'm a biology major. I would like to set up a standing monthly call with you so you can mentor me through my career. I've already booked Friday at 9 a.m. on your calendar.

Best,
Ali`,
  },
];
