import type { OutreachCase } from './cases.ts';

/**
 * Bad drafts of every kind a newcomer pastes — cold LinkedIn notes, pasted CVs, job asks in passing,
 * vague and last-minute asks, no greeting or sign-off, all lowercase, bullet lists, texting shorthand,
 * non-native English — each labelled with the rules a careful reviewer fails (every other outreach
 * rule passes). Written for infochat to read every rewrite and subject line as a sender would; names
 * of people and organizations are invented.
 */
export const polishDrafts: OutreachCase[] = [
  {
    name: "polish: cold LinkedIn note, no greeting, vague ask",
    draft: `I noticed you work at Stripe as a data scientist. I am a statistics master's student at UC Davis and I want to become data scientist too. can we connect and talk sometime?`,
    context: { channel: 'linkedin' },
    failed: ['outreach.connection', 'outreach.specific-purpose', 'outreach.time-ask', 'outreach.proposes-times', 'outreach.easy-format', 'outreach.gracious'],
  },
  {
    name: "polish: all lowercase email, a referral by an advisor",
    draft: `hi ms. alvarez

i'm a sophomore at georgia tech studying industrial design. my advisor prof. kim said you'd be a great person to talk to. i'd love to hear how you ended up designing medical devices at boston scientific. would you have 20 min for a zoom call sometime next month? i'm free most afternoons.

thanks so much
jordan`,
    failed: [],
  },
  {
    name: "polish: long email with a pasted CV",
    draft: `Dear Mr. Okoye,

My name is Ifeoma Chukwu and I am a recent graduate of the University of Lagos now living in Houston. I am very interested in petroleum engineering consulting and would love to learn about your work at Wood Mackenzie. Could we have a call?

Below is my CV for your reference.

EDUCATION
University of Lagos, B.Sc. Petroleum Engineering, 2018 - 2023
EXPERIENCE
Shell Nigeria, Graduate Intern, 2022 - 2023
Total Energies, Summer Intern, 2021 - 2021
SKILLS
Petrel, Eclipse, Python

Regards,
Ifeoma`,
    failed: ['outreach.connection', 'outreach.time-ask', 'outreach.proposes-times', 'outreach.no-attachments', 'outreach.gracious'],
  },
  {
    name: "polish: a job ask in passing after a good ask",
    draft: `Hi Marcus,

I'm a UX designer with four years at a small agency, and we met at the Figma Config afterparty in June. I'd love to hear how you moved from agency work into an in-house design team at Spotify. Could we do a 20-minute video call in the next few weeks? I'm free Tuesday and Thursday mornings. Also, if your team ever has an opening for a mid-level designer, I'd love to be considered!

Thanks,
Lena`,
    failed: ['outreach.no-job-ask'],
  },
  {
    name: "polish: vague pick-your-brain ask for coffee",
    draft: `Hello Dr. Singh,

I'm a third-year biology student at McGill. I'd love to pick your brain and learn more about what you do. Would you be open to grabbing a coffee sometime?

Thank you,
Aarav`,
    failed: ['outreach.connection', 'outreach.specific-purpose', 'outreach.time-ask', 'outreach.proposes-times'],
  },
  {
    name: "polish: last-minute ask with the writer's own deadline",
    draft: `Hi Jenna,

I'm a marketing coordinator at a nonprofit and a fellow Oberlin grad. I'm curious how you got into brand partnerships at Patagonia. Are you free for a quick call tomorrow afternoon or later today? I need to decide on a job offer by Friday!

Thanks,
Chris`,
    failed: ['outreach.time-ask', 'outreach.gracious', 'outreach.plans-ahead'],
  },
  {
    name: "polish: no greeting and no sign-off",
    draft: `I'm a high school chemistry teacher in Phoenix thinking about a move into science writing. I read your piece in Undark on lithium mining and loved it. Could we talk for 15 minutes by phone about how you got your first freelance assignments? I'm free weekday evenings.`,
    failed: ['outreach.gracious'],
  },
  {
    name: "polish: purpose as a bullet list under a colon",
    draft: `Hi Tanya,

I'm a second-year MPH student at Emory, and Dr. Reyes in our department suggested I reach out. A few things I'd love to learn:
- how you moved from the CDC into a startup
- what your day looks like as a health data lead
- which skills mattered most early on

Would you have 20 minutes for a phone call in the next couple of weeks? I'm free Mondays and Wednesdays after 3 p.m.

Thank you for considering it,
Maya`,
    failed: [],
  },
  {
    name: "polish: non-native English, 'kindly give me some time'",
    draft: `Dear Sir,

I am Rahul from Pune, India. Currently I am doing final year of B.Tech in computer science. I am having very much interest for the field of cyber security and I want to know about your good company and how is the work there. Kindly give me some time for discussion at your earliest convenience. I will be very thankful to you.

Thanking you,
Rahul Sharma`,
    failed: ['outreach.connection', 'outreach.specific-purpose', 'outreach.time-ask', 'outreach.proposes-times', 'outreach.easy-format'],
  },
  {
    name: "polish: an hour at their office and monthly mentoring",
    draft: `Hi Professor Baker,

I'm a junior majoring in economics at Wesleyan and I attended your guest lecture on behavioral finance last week. I'd love to learn how you moved from academia into a quant role at Vanguard. Could we meet for an hour at your office? I'd also love it if you could be my mentor and meet monthly.

Best,
Dev`,
    failed: ['outreach.time-ask', 'outreach.proposes-times', 'outreach.no-extra-labour', 'outreach.gracious'],
  },
  {
    name: "polish: LinkedIn note: credentials and a job ask",
    draft: `Hi Olivia! I'm a Harvard MBA, ex-McKinsey, CFA charterholder and fluent in Mandarin. I'm looking for a role in venture capital and saw you're a partner at Accel. Would love to connect and chat about any openings!`,
    context: { channel: 'linkedin' },
    failed: ['outreach.connection', 'outreach.specific-purpose', 'outreach.time-ask', 'outreach.proposes-times', 'outreach.easy-format', 'outreach.brief', 'outreach.no-job-ask', 'outreach.no-credentials-dump', 'outreach.gracious'],
  },
  {
    name: "polish: texting style with shorthand",
    draft: `hey!! saw ur talk at the devrel summit, it was sooo good. im a jr dev trying to get into devrel. can u tell me how u got started? would love to chat for like 30 min on zoom whenever. thx!!`,
    failed: ['outreach.proposes-times'],
  },
  {
    name: "polish: long rambling email over the limit",
    draft: `Dear Ms. Fontaine,

I hope this email finds you well. My name is Claire Dubois and I am writing to you because I have been thinking a lot lately about my career and where it is going. I have been working as a paralegal at a mid-size law firm in Chicago for the past six years, and while I have learned a great deal, I feel that I am ready for a change. I have always been interested in the intersection of law and technology, and when I came across your profile on LinkedIn I was struck by your path from practicing law to leading legal operations at a software company. I would love to learn more about how you made that transition, what skills you found most transferable, and what a typical week looks like in legal operations. I know you must be incredibly busy, and I completely understand if you do not have time, but if you did, I would be so grateful for even a short conversation, perhaps 20 minutes by phone at any time that is convenient for you. I am generally free on Tuesdays and Thursdays, but I can be flexible. Thank you so much for taking the time to read this long email.

Warm regards,
Claire Dubois`,
    failed: ['outreach.brief'],
  },
  {
    name: "polish: a referral request with a name-drop",
    draft: `Hi Ben,

Your colleague Sara Kim gave me your name. I'm a mechanical engineer at Ford. I'm applying to the battery systems engineer position at Rivian and was hoping you could refer me or pass my resume to the hiring manager. Happy to chat for 15 minutes by phone this week if that helps.

Thanks,
Omar`,
    failed: ['outreach.specific-purpose', 'outreach.proposes-times', 'outreach.no-job-ask', 'outreach.plans-ahead'],
  },
  {
    name: "polish: vague networking, scheduling left to them",
    draft: `Hello,

I'm a recent graduate in communications. I'd love to connect and learn more about the industry. Let me know when you're free!

Best,
Taylor`,
    failed: ['outreach.connection', 'outreach.specific-purpose', 'outreach.time-ask', 'outreach.proposes-times', 'outreach.easy-format', 'outreach.gracious'],
  },
  {
    name: "polish: LinkedIn note without an ask or thanks",
    draft: `Hi Grace, fellow Smith College alum here! I'm a teacher exploring instructional design and would love to hear how you made the switch into L&D at Amazon.`,
    context: { channel: 'linkedin' },
    failed: ['outreach.time-ask', 'outreach.proposes-times', 'outreach.easy-format', 'outreach.gracious'],
  },
  {
    name: "polish: a portfolio attached and feedback asked",
    draft: `Hi Nadia,

I'm a self-taught illustrator and I loved your talk at the Society of Illustrators in April. I'd love to hear how you landed your first children's book contract. I've attached my portfolio and would really appreciate your feedback on it. Could we talk for 30 minutes on Zoom sometime in the next few weeks? I'm free Friday afternoons.

Thank you!
Sofia`,
    failed: ['outreach.no-attachments', 'outreach.no-extra-labour'],
  },
  {
    name: "polish: lowercase, a friend who works with them, '- sam'",
    draft: `hey kevin,

i'm a cs student at rutgers and my friend alex park works with you at datadog. i'm really curious what being a site reliability engineer is like day to day. could we chat sometime?

- sam`,
    failed: ['outreach.time-ask', 'outreach.proposes-times', 'outreach.easy-format', 'outreach.gracious'],
  },
  {
    name: "polish: a meeting booked for them and a reply deadline",
    draft: `Dear Mr. Lee,

I am an accounting student at Baruch and a fellow member of Beta Alpha Psi. I want to learn how you moved from audit into forensic accounting at the FBI. I have booked 30 minutes on your calendar for Monday at 10 a.m. Please confirm by tomorrow.

Sincerely,
Karen Wu`,
    failed: ['outreach.easy-format', 'outreach.gracious', 'outreach.plans-ahead'],
  },
  {
    name: "polish: many questions and no ask",
    draft: `Hi Dr. Moreno,

I'm a postdoc in neuroscience at UCSF and Professor Liu mentioned you made the jump to biotech. What was the hardest part of leaving academia? How did you find your first industry role? What does your week look like at Genentech? Do you think a second postdoc would help or hurt?

Thanks!
Emily`,
    failed: ['outreach.time-ask', 'outreach.proposes-times', 'outreach.easy-format'],
  },
  {
    name: "polish: LinkedIn note a little over 200 characters",
    draft: `Hi Rosa, I'm a civil engineer at the Denver Water utility and a fellow CU Boulder grad. I've been following your work on green infrastructure at the EPA and I'd love to learn how you moved from consulting into federal policy, and what skills mattered most. Would you have 20 minutes for a phone call in the coming weeks? I'm free Tuesday or Thursday afternoons. Thank you!`,
    context: { channel: 'linkedin' },
    failed: ['outreach.brief'],
  },
  {
    name: "polish: 'Dear Sir/Madam' and an internship ask",
    draft: `Dear Sir/Madam,

I am a student at NYU Stern. I want to work at Goldman Sachs in the future. Do you have any internships for the summer? I would like to talk to you about the investment banking division.

Regards,
Kevin`,
    failed: ['outreach.connection', 'outreach.time-ask', 'outreach.proposes-times', 'outreach.easy-format', 'outreach.no-job-ask', 'outreach.gracious'],
  },
  {
    name: "polish: 'Hello there!' and 'Cheers' without a name",
    draft: `Hello there!

I'm a barista who's been teaching myself Python for a year, and I found your blog post on switching careers at 35 on Hacker News. I'd love to hear how you got your first developer job without a degree. Could we chat for 20 minutes on Google Meet? Any evening next week works for me.

Cheers`,
    failed: ['outreach.gracious'],
  },
  {
    name: "polish: a one-line fragment",
    draft: `coffee sometime? want to learn about consulting`,
    failed: ['outreach.introduces-self', 'outreach.connection', 'outreach.time-ask', 'outreach.proposes-times', 'outreach.gracious'],
  },
  {
    name: "polish: French-influenced English, an hour this Saturday",
    draft: `Good morning Mrs. Laurent,

I write you because I am very interested by the job of sommelier. I am actually working in a restaurant in Montreal as server since two years. My friend Julien told me you are the best person to speak with. Is it possible to meet you one hour in your restaurant this Saturday? I thank you in advance for your answer.

Best regards,
Mathieu`,
    failed: ['outreach.time-ask', 'outreach.gracious', 'outreach.plans-ahead'],
  },
];
