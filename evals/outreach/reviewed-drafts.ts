import type { OutreachCase } from './cases.ts';

/**
 * More hand-labelled outreach drafts, across fields, channels and kinds of mistake: each labelled
 * with the rules a careful reviewer fails (every other outreach rule passes). Written for
 * infochat; the names of people and organizations are invented.
 */
export const reviewedDrafts: OutreachCase[] = [
  {
    name: 'reviewed: nurse to informatics, complete and warm',
    draft: `Dear Ms. Okonkwo,

I'm an ICU nurse at Mercy General, and my former charge nurse, Lydia Park, suggested I write to you. I'm curious how you moved from bedside care into clinical informatics, and what a week of EHR build work looks like.

Could we have a 20-minute phone call in the next few weeks? Tuesday or Thursday mornings suit me, but I'm happy to fit your schedule. Thank you for considering it, and no worries if the timing doesn't work.

Warm regards,
Hannah`,
    context: { recipientName: 'Ms. Okonkwo', channel: 'email' },
    failed: [],
  },
  {
    name: 'reviewed: teacher asks for an hour and attaches a portfolio',
    draft: `Hi Marco,

I'm a high school art teacher and a fellow RISD graduate. I'd love to hear how you went from teaching into exhibition design at the Harlow Museum.

Could we meet for an hour at your office sometime next month? I've attached my portfolio so you can see my work. Thanks so much, and if you're too busy I understand.

Elena`,
    failed: ['outreach.time-ask', 'outreach.proposes-times', 'outreach.no-attachments'],
  },
  {
    name: 'reviewed: cold LinkedIn note that asks about openings',
    draft: `Hi Priya, I see you're a PM at Lumen. I'm a business analyst looking to switch into product. Any openings on your team? Happy to chat!`,
    context: { recipientName: 'Priya', channel: 'linkedin' },
    failed: [
      'outreach.connection',
      'outreach.specific-purpose',
      'outreach.time-ask',
      'outreach.proposes-times',
      'outreach.easy-format',
      'outreach.no-job-ask',
      'outreach.gracious',
    ],
  },
  {
    name: 'reviewed: veteran with a clear ask but no thanks',
    draft: `Mr. Delgado,

I served eight years as an Army logistics officer and am now finishing a supply-chain certificate at Bay State. Captain Ruiz, who served with you, passed along your name. I want to understand how you moved from military logistics into humanitarian supply work with an NGO.

Would you have 15 minutes for a phone call next week, say Wednesday or Friday afternoon?

Sam Whitaker`,
    context: { recipientName: 'Mr. Delgado' },
    failed: ['outreach.gracious'],
  },
  {
    name: 'reviewed: asks for résumé feedback and a referral',
    draft: `Dear Dr. Chen,

I'm a final-year biochemistry PhD student at Ashford, and Professor Grant suggested I contact you. I'd like to learn how you moved from academic research into medical affairs at a biotech.

Would you be open to a 20-minute Zoom call in the next couple of weeks? I'm free most afternoons after 2 p.m. If you have time, could you also look over my resume and refer me for the medical science liaison role on your team?

Thank you so much, and I completely understand if you can't.
Maya`,
    context: { recipientName: 'Dr. Chen' },
    failed: ['outreach.no-job-ask', 'outreach.no-extra-labour'],
  },
  {
    name: 'reviewed: urgent request for tomorrow',
    draft: `Hi Jonas,

I'm a junior UX designer at a small agency and we met at the Figma Config afterparty. I'm trying to understand how research operations teams are structured at larger companies like yours.

I have a big decision to make this week, so could we do a 20-minute call tomorrow at 10am or 4pm? Thanks a lot, and no pressure if it's not possible.

Ren`,
    failed: ['outreach.plans-ahead'],
  },
  {
    name: 'reviewed: a list of credentials opens the note',
    draft: `Dear Ms. Varga,

I hold a BA in Economics and an MSc in Finance, I'm a CFA charterholder, and I've spent 9 years of experience in equity research, where I won two industry awards. We were both on the panel at the Women in Finance summit last spring. I'd like to hear how you made the jump from the buy side into impact investing.

Would a 30-minute video call work in the next few weeks? Mondays or Tuesdays after 3 p.m. work for me. Thank you for considering it; I understand if now is a busy time.

Best,
Dora`,
    context: { recipientName: 'Ms. Varga' },
    failed: ['outreach.no-credentials-dump'],
  },
  {
    name: 'reviewed: short LinkedIn note, complete',
    draft: `Hi Tomás, fellow UT Austin alum and junior data analyst here. Could I ask you 15 min by phone about moving into sports analytics? Free Tue/Wed evenings. Thanks, and no worries if not!`,
    context: { recipientName: 'Tomás', channel: 'linkedin' },
    failed: [],
  },
  {
    name: 'reviewed: vague ask with no time, no format, no times',
    draft: `Hello Dr. Amin,

My name is Farah and I'm a second-year pharmacy student. Dr. Haddad from our clinical rotations mentioned you. I would love to connect and hear about your experience sometime.

Thank you!
Farah`,
    context: { recipientName: 'Dr. Amin' },
    // Relabelled: outreach.gracious passes (was fail). A plain closing thanks with no pressure is what the guides ask (issue 6).
    failed: ['outreach.specific-purpose', 'outreach.time-ask', 'outreach.proposes-times', 'outreach.easy-format'],
  },
  {
    name: 'reviewed: career changer, coffee near their office',
    draft: `Dear Mr. Abiodun,

I'm an accountant exploring a move into urban planning, and I found your name in the Lakeview alumni directory. I'm hoping to learn what the first couple of years in a city planning department involve, and which skills from finance carry over.

Would you have 20 minutes for a coffee near your office, or a phone call if easier, sometime in the next three weeks? I'm free weekday mornings before 9 and Thursday afternoons. Thank you for considering it, and if you're not the right person, I'd be grateful for a pointer to someone who is.

Best regards,
Ines`,
    context: { recipientName: 'Mr. Abiodun' },
    failed: [],
  },
  {
    name: 'reviewed: asks them to send postings and be a mentor',
    draft: `Hi Keisha,

I'm a recent journalism graduate, and we met at the Online News Association mixer in May. I'd love to learn how you got into audience research at a public radio station.

Could we talk for 20 minutes on a phone call next week? I'm free Monday or Wednesday after noon. Also, would you be my mentor as I look for my first job, and send me any postings you see?

Thank you, and no worries if you're busy!
Dev`,
    failed: ['outreach.no-extra-labour'],
  },
  {
    name: 'reviewed: polite but leaves all scheduling to them',
    draft: `Dear Professor Lindqvist,

I'm a master's student in marine biology at Coastal University, and Dr. Ayodele recommended I reach out to you. I'd like to learn how you decided between an academic career and working at a national fisheries agency.

Would you have 20 minutes for a video call? Please let me know when you're free.

Thank you for your time, and I understand if this isn't possible.
Oskar`,
    context: { recipientName: 'Professor Lindqvist' },
    failed: ['outreach.proposes-times'],
  },
  {
    name: 'reviewed: two-hour tour request, no format',
    draft: `Hi Aaron,

I'm a mechanical engineering senior and a fellow Society of Automotive Engineers member. I'd love to understand how battery testing works at an EV startup like yours.

Could I visit your lab for a two-hour tour and meet the team? I'm free any Friday in March. Thank you, and no worries if that's not possible.

Jules`,
    failed: ['outreach.time-ask', 'outreach.easy-format'],
  },
  {
    name: 'reviewed: CV pasted under the message',
    draft: `Hello Ms. Brandt,

I'm a communications coordinator, and we both volunteer at the Eastside Literacy Project. I'd love to learn how you moved into grant writing for arts nonprofits. Would 20 minutes by phone next Tuesday or Thursday afternoon work? Thank you, and no pressure at all.

Lena

EXPERIENCE
Communications Coordinator, Harbor Arts, 2021 – present
Marketing Assistant, City Theatre, 2018 – 2021`,
    context: { recipientName: 'Ms. Brandt' },
    failed: ['outreach.no-attachments'],
  },
  {
    name: 'reviewed: LinkedIn note well over the limit',
    draft: `Hi Chloe, I'm a fellow Northeastern alum currently working as a lab technician at a contract research organization, and I've been really interested in how people move from the bench into clinical trial management. I'd love to hear about your path from lab work into your current role at Verity Trials and what skills mattered most. Would you have 20 minutes for a phone call in the next few weeks? I'm flexible on timing. Thank you so much!`,
    context: { recipientName: 'Chloe', channel: 'linkedin' },
    // Relabelled: outreach.gracious passes (was fail). A plain closing thanks with no pressure is what the guides ask (issue 6).
    failed: ['outreach.brief'],
  },
  {
    name: 'reviewed: good email that says it is not asking about jobs',
    draft: `Dear Mr. Nakamura,

I'm a software developer at a logistics firm, and I read your essay on accessible transit apps in Civic Tech Monthly. I'd love to learn how your team tests with riders who use screen readers.

Would you be open to a 20-minute Zoom call in the next few weeks? Wednesdays after 1 p.m. work well, and I'm happy to adjust. I'm not asking about openings, only about your approach.

Thank you for considering it, and no worries if not.
Alex`,
    context: { recipientName: 'Mr. Nakamura' },
    failed: [],
  },
  {
    name: 'reviewed: terse note with only a question',
    draft: `What's it like working at Brightline Health? Can we talk?`,
    failed: [
      'outreach.introduces-self',
      'outreach.connection',
      'outreach.specific-purpose',
      'outreach.time-ask',
      'outreach.proposes-times',
      'outreach.easy-format',
      'outreach.gracious',
    ],
  },
  {
    name: 'reviewed: librarian, plain thanks and no way out',
    draft: `Dear Ms. Osei,

I'm a public librarian in Dayton, and my colleague Ruth Adler suggested I reach out. I'm exploring corporate archives and would love to learn how you built the records program at Calder Foods.

Would you have 20 minutes for a phone call in the next few weeks? I'm available Mondays and Wednesdays after 3 p.m.

Thank you very much,
Grace`,
    context: { recipientName: 'Ms. Osei' },
    // Relabelled: outreach.gracious passes (was fail). A plain closing thanks with no pressure is what the guides ask (issue 6).
    failed: [],
  },
  {
    name: 'reviewed: headcount question in a friendly note',
    draft: `Hi Sofia,

I'm a data scientist at an insurance company, and Ben Ortiz from your team said you'd be a great person to talk to. I'm curious how your group decides which fraud models to retrain each quarter. Is your team hiring this year?

Could we do a 20-minute video call next week, maybe Tuesday at 11 or Thursday at 2? Thanks, and no worries either way.

Luis`,
    failed: ['outreach.no-job-ask'],
  },
  {
    name: 'reviewed: student asks for an informational interview, no details',
    draft: `Dear Mr. Patel,

I am a sophomore at Westfield College studying economics. I would like to request an informational interview with you at your earliest convenience.

Sincerely,
Arjun Mehta`,
    context: { recipientName: 'Mr. Patel' },
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
    name: 'reviewed: social worker, flexible and specific',
    draft: `Hi Dr. Moreno,

I'm a school social worker, and I heard you speak on the trauma-informed schools panel at the state conference. I'd like to learn how you moved from clinical practice into designing district-wide mental health programs.

Could I have 15 minutes of your time on a call sometime in the next few weeks? I can work around your calendar. Thank you, and I understand if it isn't a good time.

Best,
Nadia`,
    failed: [],
  },
  {
    name: 'reviewed: asks to shadow for a day, this weekend',
    draft: `Hi Coach Rivera,

I'm a physical therapy student, and my uncle, Tony Garza, told me you work with the city's minor-league team. I want to see what sports rehab is like day to day. Could I shadow you this weekend for the whole day? Thanks!

Miguel`,
    // Relabelled: outreach.gracious passes (was fail). "Thanks!" with no pressure is gratitude; a big ask is not pressure (issue 6).
    failed: ['outreach.time-ask', 'outreach.easy-format', 'outreach.plans-ahead'],
  },
  {
    name: 'reviewed: asks them to proofread a personal statement',
    draft: `Dear Ms. Achebe,

I'm a paralegal at Marsh & Lowe, and I saw your talk at the Legal Aid Society fundraiser. I'm applying to law schools and would love to learn how you chose public-interest law. Could we speak for 20 minutes by phone some Thursday afternoon in the next month? Could you also proofread my personal statement before I submit it?

Thank you, and no pressure if you're too busy.
Tara`,
    context: { recipientName: 'Ms. Achebe' },
    failed: ['outreach.no-extra-labour'],
  },
  {
    name: 'reviewed: intro by a mutual friend, a 45-minute ask',
    draft: `Hi Grace,

Our mutual friend Omar Haddad thought we should talk: I'm a chemical engineer considering a move into battery recycling, which I know is your field. I'd love to hear how your startup sources spent cells and what the first hires there did.

Would you have 45 minutes for a video call in the next few weeks? Any Tuesday or Wednesday afternoon works. Thank you, and no worries if not.

Ben`,
    failed: ['outreach.time-ask'],
  },
];
