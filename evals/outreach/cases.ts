import type { OutreachContext } from '../../shared/contracts/outreach.ts';

/**
 * Hand-labelled outreach drafts: what a careful human reviewer says each one gets wrong.
 * Written for infochat (not taken from the guides). `failed` lists the rule ids a reviewer fails;
 * every other outreach rule is expected to pass.
 */
export interface OutreachCase {
  name: string;
  draft: string;
  context?: OutreachContext;
  failed: string[];
}

export const outreachCases: OutreachCase[] = [
  {
    name: 'model email: referral, purpose, 20 minutes, times, thanks',
    draft: `Dear Dr. Okafor,

I'm a second-year master's student in public health at Lakeside University, and Professor Ines Barros suggested I reach out to you. I'd love to learn how you moved from field epidemiology into health policy and what your work at the state health department looks like week to week.

Would you have 20 minutes for a phone or Zoom call in the next few weeks? I'm free Tuesdays and Thursdays after 1 p.m., and happy to work around your schedule. If now isn't a good time, I completely understand.

Thank you for considering it,
Amara`,
    context: { recipientName: 'Dr. Okafor', channel: 'email' },
    failed: [],
  },
  {
    name: 'job hunt in disguise',
    draft: `Hi Tom,

I'm a software engineer with 6 years of experience. I saw you work at Northwind and I'm looking for a new job. Are you hiring? I'd appreciate a referral if you think I'd be a fit.

Thanks,
Lee`,
    context: { recipientName: 'Tom' },
    failed: [
      'outreach.connection',
      'outreach.specific-purpose',
      'outreach.time-ask',
      'outreach.proposes-times',
      'outreach.easy-format',
      'outreach.no-job-ask',
    ],
  },
  {
    name: 'CV attached and a list of credentials',
    draft: `Dear Ms. Patel,

We met at the Women in Data meetup in March. I hold an MBA and a B.S. in Statistics, graduated magna cum laude, and I'm a certified project manager. I have attached my resume so you can see my background. I'd love to learn how you built the analytics team at Harbor Bank.

Could we have a 30-minute video call? Any Wednesday afternoon works for me. Thank you, and no worries if you're too busy.

Best,
Priya`,
    context: { recipientName: 'Ms. Patel' },
    failed: ['outreach.no-attachments', 'outreach.no-credentials-dump'],
  },
  {
    name: 'an hour, tomorrow',
    draft: `Hello Marcus,

I'm a junior studying architecture, and your talk at the AIA student forum stayed with me. I'd like to hear how you decided to focus on adaptive reuse projects.

Could we meet tomorrow for an hour over coffee? If you're not available, I understand. Thanks!

Jonah`,
    context: { recipientName: 'Marcus' },
    failed: ['outreach.time-ask', 'outreach.proposes-times', 'outreach.plans-ahead'],
  },
  {
    name: 'vague: pick your brain',
    draft: `Hey! I'm a marketing coordinator and would love to pick your brain sometime. Let me know when works.`,
    failed: [
      'outreach.connection',
      'outreach.specific-purpose',
      'outreach.time-ask',
      'outreach.proposes-times',
      'outreach.easy-format',
      'outreach.gracious',
    ],
  },
  {
    name: 'asks for extra labour',
    draft: `Dear Ana,

I'm a fellow Riverside College alum working in retail operations. I'd love to learn how you made the move into supply-chain consulting. Would you be open to a 20-minute phone call next week? I'm free Monday or Friday mornings. Could you also review my resume and send me any job postings you come across? Thank you so much for considering it; if you're too busy, I understand.

Best,
Kai`,
    context: { recipientName: 'Ana' },
    failed: ['outreach.no-job-ask', 'outreach.no-extra-labour'],
  },
  {
    name: 'LinkedIn note within 200 characters',
    draft: `Hi Sara, fellow Tufts alum here, now a nurse exploring health informatics. Could I ask you for 20 min by phone about your path into it? Free Tue/Thu evenings. Thank you, no worries if not!`,
    context: { recipientName: 'Sara', channel: 'linkedin' },
    failed: [],
  },
  {
    name: 'LinkedIn note too long',
    draft: `Hi Sara, I'm a registered nurse with eight years in the ICU and I'm a fellow Tufts alum. I've become really interested in health informatics and I'd love to learn how you moved from clinical work into your current role at Beacon Health. Would you have 20 minutes for a phone call sometime in the next few weeks? I'm flexible on timing. Thank you so much, and no worries if not!`,
    context: { recipientName: 'Sara', channel: 'linkedin' },
    failed: ['outreach.brief'],
  },
  {
    name: 'long background story',
    draft: `Dear Mr. Ruiz,

My name is Elena and I'm a high school chemistry teacher. ${'For the past decade I have taught chemistry and coached the science olympiad team, organized the district science fair, mentored new teachers, and written curriculum for our advanced placement courses. '.repeat(3)}A colleague, Dana Wu, suggested I contact you. I'd like to learn what moving from teaching into instructional design for a software company involves.

Would you have 15 minutes for a video call? I'm free most weekday evenings after 5 p.m., though happy to fit your calendar. Thank you for considering this.

Best,
Elena`,
    context: { recipientName: 'Mr. Ruiz' },
    failed: ['outreach.brief'],
  },
  {
    name: 'casual but complete: referral by first name, thanks either way',
    draft: `Hey Jamie! Sarah from the design bootcamp said you'd be great to talk to. I'm a graphic designer moving into product design and I'm curious how you structure your research sprints at Spotify. 20 min on Zoom next Tues or Wed? Thanks either way!`,
    failed: [],
  },
  {
    name: 'found through their article, flexible mornings',
    draft: `Hello Ms. Johnson — I came across your article on community health workers in the Boston Globe and it really resonated. I'm a public-health undergrad at BU trying to understand what the work of a program manager at a community clinic actually involves. Would you be open to a 15-minute call sometime in the next couple of weeks? I'm free Mon/Wed/Fri mornings. I know you're busy, so if it's not possible I completely understand. Thank you!
Best,
Aisha`,
    failed: [],
  },
  {
    name: 'coffee near their office, pointer to someone else',
    draft: `Dear Mr. Obi,
I am a paralegal at Smith & Co. and a fellow member of the Chicago Bar Association's young professionals group. I'm considering law school and would value your perspective on what the first years in litigation are really like. Would you have 20 minutes for a coffee near your office, or a call if that's easier? I'm flexible most weekdays after 4pm. Many thanks in advance — and if you're not the right person, I'd be grateful for a pointer to someone who might be.
Kind regards,
Grace`,
    failed: [],
  },
  {
    name: 'good ask with a headcount question tucked in, resume at the bottom',
    draft: `Hi Dana, I'm a fellow Cornell alum and a data analyst. I'd love to learn how you got into ML engineering at Stripe. Could we do a 20-minute call on Tuesday at 3pm? I'd also love to know if your team has any headcount for junior engineers. My resume is at the bottom of this email. Thanks, and no worries if not!`,
    failed: ['outreach.no-attachments', 'outreach.no-job-ask'],
  },
  // --- vague asks
  {
    name: 'vague: hear what you do, brainstorm',
    draft: `Hi Mateo,

I'm a second-year accounting student at Baruch and a fellow member of the Latino Business Society. I'd love to hear more about what you do and maybe brainstorm a few ideas together. Would you have 20 minutes for a phone call next Tuesday or Wednesday afternoon? Thank you!

Best,
Lucía`,
    failed: ['outreach.specific-purpose'],
  },
  {
    name: 'vague: catch up about the whole industry, learn more about you',
    draft: `Hello Ms. Lindqvist,

I'm a marketing coordinator at a regional bank, and Omar Haddad suggested I get in touch. I'd love to catch up about the fintech industry and learn more about you. Could we grab a 30-minute coffee near your office? I'm free Thursday mornings. Thanks so much for considering it.

Warmly,
Jae`,
    failed: ['outreach.specific-purpose'],
  },
  // --- indirect job asks
  {
    name: 'indirect job ask: remember me if something opens up',
    draft: `Dear Dr. Acheampong,

I'm a postdoc in structural biology, and we both studied at the University of Ghana. I'd love to learn how you moved from academia into drug discovery at a biotech. Would you have 20 minutes for a video call in the next few weeks? I'm free most afternoons after 2 p.m. If a position opens up on your team, please keep me in mind. Thank you for considering this.

Best regards,
Kwame`,
    failed: ['outreach.no-job-ask'],
  },
  {
    name: 'indirect job ask: help with my job search, join your team',
    draft: `Hi Priyanka,

Like you, I'm a Purdue engineering graduate. I'm a mechanical engineer exploring a move into battery manufacturing, and I'd love to understand how quality engineering works on a gigafactory line. My real hope is to join your team someday, so any help with my job search would mean a lot. Could we talk for 15 minutes by phone? I can do Monday or Friday at noon. Thanks!

Arjun`,
    failed: ['outreach.no-job-ask'],
  },
  {
    name: 'indirect job ask: openings in a field, a good word',
    draft: `Hey Nadia! Jordan Blake from the UX meetup said you'd be a great person to talk to. I'm a graphic designer and I'm curious how you run usability tests on a small budget. Do you have openings in research? I'd be grateful if you could put in a good word for me. 20 min on Zoom next Tue or Wed?`,
    failed: ['outreach.no-job-ask'],
  },
  // --- negations
  {
    name: 'negation: not asking about jobs, no résumé attached',
    draft: `Dear Mr. Fontaine,

I'm a high school history teacher and a fellow Bowdoin alum. I'm not asking about jobs, and there is no résumé attached: I only want to learn how you moved from teaching into museum education and what the first year was like. Would you have 20 minutes for a phone call sometime in the next few weeks? I'm flexible, and happy to work around your schedule. Thank you for considering this.

Best,
Claire`,
    failed: [],
  },
  {
    name: 'negation: not looking for a job, haven’t attached my CV',
    draft: `Hi Ken, Rosa Medina suggested I reach out. I'm a paramedic weighing a move into public health policy, and I'm not looking for a job right now; I haven't attached my CV either. I'd love to hear how you decided between an MPH and going straight into policy work. Could we do a 15-minute call on Thursday at 6 p.m. or Saturday morning? Thanks for reading!`,
    failed: [],
  },
  // --- fragments
  {
    name: 'fragment: five words, none of the essentials',
    draft: `Hey, can we chat sometime?`,
    failed: ['outreach.introduces-self', 'outreach.connection', 'outreach.specific-purpose', 'outreach.time-ask', 'outreach.proposes-times', 'outreach.easy-format', 'outreach.gracious'],
  },
  {
    name: 'fragment: intro and thanks only',
    draft: `I'm a junior at Emory. Thanks!`,
    failed: ['outreach.connection', 'outreach.specific-purpose', 'outreach.time-ask', 'outreach.proposes-times', 'outreach.easy-format'],
  },
  // --- credential lists
  {
    name: 'credential list in an email',
    draft: `Dear Ms. Adeyemi,

We met at the National Society of Black Engineers convention in March. I'm a senior in chemical engineering: president of the AIChE chapter, two internships at Dow and 3M, a Goldwater Scholarship, and I won the regional Chem-E-Car competition. I'd love to learn how you chose process safety as a specialty. Would you have 20 minutes for a phone call? I'm free Tuesday or Thursday after 4 p.m. Thank you!

Sincerely,
Tobi`,
    failed: ['outreach.no-credentials-dump'],
  },
  // --- LinkedIn notes
  {
    name: 'LinkedIn note listing offices held, internships and awards',
    draft: `Hi Grace! Fellow Duke alum. I'm VP of the Finance Club, interned at Goldman Sachs and won a case competition. Could I ask 20 min by phone about your move into impact investing? Any time works. Thanks!`,
    context: { recipientName: 'Grace', channel: 'linkedin' },
    failed: ['outreach.no-credentials-dump'],
  },
  {
    name: 'LinkedIn note with a plain thanks, shared employer',
    draft: `Hi Omar, we both worked at Deloitte Toronto, a few years apart. I'm now a data analyst curious how you moved into climate risk modelling. Could we talk 20 min by phone next Tue or Thu? Thank you!`,
    context: { recipientName: 'Omar', channel: 'linkedin' },
    failed: [],
  },
  {
    name: 'LinkedIn note: vague connect request',
    draft: `Hi Bea, I'm a product designer in Lisbon. I'd love to connect and pick your brain sometime!`,
    context: { recipientName: 'Bea', channel: 'linkedin' },
    failed: ['outreach.connection', 'outreach.specific-purpose', 'outreach.time-ask', 'outreach.proposes-times', 'outreach.easy-format', 'outreach.gracious'],
  },
  {
    name: 'pressure instead of grace: a deadline and a meeting taken for granted',
    draft: `Hi Dr. Moreau,

I'm a first-year medical student and Dr. Ellen Cho suggested I reach out. I'd love to learn how you balance clinical work with research in pediatric oncology. I've already blocked 20 minutes on your calendar for a Zoom call on Friday at 3 p.m. Please reply by Wednesday. Thanks!

Sam`,
    failed: ['outreach.gracious'],
  },
];

