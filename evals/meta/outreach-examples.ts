import { examplesFor, type LabelledExample } from './labelled-example.ts';

/**
 * Labelled examples for every outreach rule: at least ten texts a careful reviewer passes and ten
 * they fail, written for infochat (never taken from the guides or any page). They are honest:
 * phrasings people really write, including the awkward ones a pattern may miss (a negated job
 * ask, a greeting that says "today", a credential list with no degree in it). A checker that
 * misses them shows it in the meta-evaluation's precision and recall; the examples are not bent
 * to fit the checker.
 */

// Paragraphs for the length rule: each a plausible piece of an outreach email.
const P = {
  intro: "Hi Ms. Adeyemi, I'm a second-year accounting student at Northgate College, and Professor Lund suggested I write to you.",
  purpose: "I'd love to learn how you moved from audit into forensic accounting and what a typical investigation looks like from the inside.",
  ask: "Would you have 20 minutes for a phone call in the next few weeks? I'm free Tuesday and Thursday afternoons, and happy to fit your calendar.",
  close: 'Thank you for considering it, and if now is a busy time, I completely understand.',
  story:
    'I started out in retail banking, where I spent three years reconciling accounts and handling fraud claims for small businesses. Those cases were the part of the job I enjoyed most, and they pushed me back to school to study accounting properly. Since then I have taken every course on internal controls and fraud examination our program offers, joined the student chapter of the fraud examiners association, and volunteered with a local tax clinic that helps families file their returns each spring.',
  detail:
    'I have also been reading about how forensic teams work with lawyers during litigation, and I am curious how much of the work is spreadsheets and how much is interviews, how teams divide a large case among junior and senior staff, and whether people usually come to the field from audit, from law enforcement or from somewhere else entirely.',
};
const join = (...parts: string[]) => parts.join(' ');
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

export const outreachExamples: LabelledExample[] = [
  ...examplesFor('outreach.introduces-self', (should) => {
    should.pass("I'm a second-year nursing student at Hillcrest College, and I'm curious how you moved into hospice care.");
    should.pass('My name is Tomás Ortega; I teach eighth-grade science in Fresno.');
    should.pass('I work as a payroll specialist at a regional credit union and have been wondering what forensic accounting involves.');
    should.pass("As a recent graduate in environmental engineering, I'm trying to understand careers at water utilities.");
    should.pass('I recently finished a coding bootcamp after ten years in hospitality.');
    should.pass("I've spent the last four years as a line cook, and I'm now exploring food-safety inspection.");
    should.pass('This is Priyanka Das; we sat at the same table at the Midwest UX meetup.');
    should.pass('I am currently a postdoc in structural biology, weighing a move into science policy.');
    should.pass("I'm an Army veteran moving into logistics management.");
    should.pass("I'm finishing my library science degree this spring and wondering what archival work at a company looks like.");
    should.pass("I study economics at Rutgers and I'm curious about your work on municipal bonds.");
    should.pass("Quick background: I'm a junior accountant at a small firm in Tulsa.");
    should.fail("I'd love to learn how you moved into hospice care. Would you have 20 minutes for a call?");
    should.fail('Your article on municipal bonds was fascinating. Could we talk for 15 minutes next week?');
    should.fail('Hi Dana, would you be open to a short phone call about your work in archives?');
    should.fail("I'm interested in learning about forensic accounting. Would you be free for a quick chat?");
    should.fail("Hope you're doing well! I'm writing to ask whether you'd share 20 minutes about your path into policy work.");
    should.fail("I'm hoping to hear how your team approaches field research. Do you have time Thursday afternoon?");
    should.fail('Would you be willing to tell me about a typical week as a museum registrar? Thank you!');
    should.fail("I've always admired the work your lab does on coral restoration and would love to hear more about it.");
    should.fail("Reaching out because I'm curious about careers in transit planning. Could we set up a call?");
    should.fail('Is there any chance you could spare 15 minutes to talk about grant writing? I can do most afternoons.');
    should.fail("I'm so glad I found your profile! I'd love to hear how you got started in sound design.");
    should.fail("We haven't met, but I'd value your perspective on moving from banking into climate finance.");
  }),

  ...examplesFor('outreach.connection', (should) => {
    should.pass('Maria Lopez suggested I reach out to you.');
    should.pass('We met briefly at the Portland Data Science meetup last month.');
    should.pass("I'm a fellow Oberlin alum, class of 2019.");
    should.pass('Your talk at the Society of Women Engineers conference on bridge inspection stuck with me.');
    should.pass('Professor Chen gave me your name when I mentioned I was curious about epidemiology.');
    should.pass('I found you through the Georgetown alumni directory.');
    should.pass("Our mutual friend Dev Patel thought you'd be the right person to ask.");
    should.pass('I read your piece in the Harvard Business Review on supply-chain resilience.');
    should.pass('We both volunteer with the Riverside Food Bank on Saturdays.');
    should.pass('I came across your profile on LinkedIn while researching biotech patent law.');
    should.pass("Jordan from your team mentioned you'd moved from nursing into health informatics.");
    should.pass('I listened to your episode of the Planet Money podcast about shipping containers.');
    should.pass('Ines Barros, my thesis advisor, thought we should talk.', { connection: 'Ines Barros, my thesis advisor' });
    should.fail("I'm a junior at Boise State studying marketing, and I'd like to learn about brand strategy.");
    should.fail('I am reaching out because I want to understand careers in urban forestry.');
    should.fail('Would you have 20 minutes to talk about your work as a court interpreter?');
    should.fail("I'm a mechanical engineer curious about moving into patent law.");
    should.fail("Hello, I'm exploring careers in public relations and would appreciate your insights.");
    should.fail("I've been thinking about a move into data journalism and have a few questions.");
    should.fail("My name is Ahmed and I'm interested in hospital administration.");
    should.fail("Hi there, I'm looking to learn more about careers in wildlife biology.");
    should.fail("I'm a high school senior who loves chemistry; could I ask you about pharmacy school?");
    should.fail('I want to learn what a day as a sommelier is like.');
    should.fail('I have a few questions about accounting careers. Could we talk for 15 minutes on Tuesday?');
    should.fail("Being new to the industry, I'd be grateful for 20 minutes of your perspective on product design.");
    should.fail("I'm a paralegal thinking about law school.", { connection: 'Referred by Sam Whitfield' });
  }),

  ...examplesFor('outreach.specific-purpose', (should) => {
    should.pass("I'd love to learn how you moved from teaching into instructional design.");
    should.pass("I'm curious about what the first year as a public defender looks like.");
    should.pass('Could I ask you about how your team decides which wildfire models to trust?');
    should.pass("I'm interested in learning how nonprofits measure the impact of tutoring programs.");
    should.pass("I'd like to hear what drew you to pediatric occupational therapy.");
    should.pass("I'm exploring careers in renewable energy finance and would value your take on project financing.");
    should.pass("I'm hoping to understand how a museum conservator splits time between lab work and exhibitions.");
    should.pass('I want to know what skills matter most for a junior actuary.');
    should.pass("I'd appreciate your perspective on moving from journalism into corporate communications.");
    should.pass("I'm trying to decide between clinical and research tracks in audiology, and your path spans both.");
    should.pass("I'd love to hear about your transition from the Army into federal cybersecurity work.");
    should.pass('Could we talk about what it takes to open an independent bookstore?');
    should.fail("I'd love to pick your brain sometime.");
    should.fail("I'd love to learn more about what you do.");
    should.fail('Could we chat about your career?');
    should.fail("I'm interested in hearing about your experience.");
    should.fail('I would really like to connect and hear your story.');
    should.fail("I'd appreciate any advice you could give me.");
    should.fail('I have some questions about your job and your company.');
    should.fail('Would you be open to a quick chat?');
    should.fail('I want to learn about your field.');
    should.fail('It would be great to talk with you about things.');
    should.fail("I'm reaching out to network and would love to connect.");
    should.fail('Could I get some insights from you on your background?');
  }),

  ...examplesFor('outreach.time-ask', (should) => {
    should.pass('Would you have 20 minutes for a call?');
    should.pass('Could I borrow fifteen minutes of your time?');
    should.pass('A 30-minute chat would be plenty.');
    should.pass('Would half an hour in the next few weeks work?');
    should.pass("I'd only need 15–20 minutes.");
    should.pass('Could we talk for 25 mins?');
    should.pass('Would you be open to a twenty-minute phone call?');
    should.pass('I promise to keep it to a quarter of an hour.');
    should.pass('Might you have 10 minutes to spare some afternoon?');
    should.pass('A short call of about 20 min would be wonderful.');
    should.pass('Could you spare twenty to thirty minutes?');
    should.pass('Would a 20 minute Zoom next week be possible?');
    should.fail('Would you have time for a quick chat?');
    should.fail('Could we meet for an hour over lunch?');
    should.fail("I'd love a few minutes of your time.");
    should.fail('Could we grab coffee sometime?');
    should.fail('Would you be open to a 45-minute call?');
    should.fail('Could you spare an hour or two on Friday?');
    should.fail('Are you free for a call next week?');
    should.fail("I'd be grateful for some of your time.");
    should.fail('Could I come by your office for a conversation?');
    should.fail('Would you be willing to do an informational interview with me?');
    should.fail('Let me know if you could spare 90 minutes for a walkthrough of your work.');
    should.fail('Could we set up a call to discuss your career?');
  }),

  ...examplesFor('outreach.proposes-times', (should) => {
    should.pass("I'm free Tuesday or Thursday after 2 p.m.");
    should.pass('Would Wednesday, March 12 at 10am work?');
    should.pass("Mornings before 11 are easiest for me, but I'm flexible.");
    should.pass("I'm happy to work around your schedule.");
    should.pass('Any weekday between 1 and 4 pm ET works for me.');
    should.pass('Could we try 9:30 on Friday?');
    should.pass("I'm available most afternoons next week.");
    should.pass('Whatever time suits you best works for me.');
    should.pass("I could do 3/14 or 3/17, or another day if those don't fit.");
    should.pass('My schedule is flexible, so I can fit around yours.');
    should.pass('Would early next week, say Monday or Tuesday, be possible?');
    should.pass("I'm around at lunchtime most days.");
    should.fail("Let me know when you're free.");
    should.fail('Please tell me what time would work for you.');
    should.fail('Would you have 20 minutes for a call sometime?');
    should.fail("Send me your availability and I'll make it work.");
    should.fail('Could we talk soon?');
    should.fail('When would be a good time for a call?');
    should.fail("I'd love to set up a call whenever you have a moment.");
    should.fail('Could we find a time to talk?');
    should.fail('Just reply with a few slots that suit you.');
    should.fail("I'd appreciate a short call in the coming weeks.");
    should.fail('Would you be open to a conversation at some point?');
    should.fail('What does your calendar look like?');
  }),

  ...examplesFor('outreach.easy-format', (should) => {
    should.pass('Would a 20-minute phone call work?');
    should.pass('Happy to hop on Zoom or Google Meet.');
    should.pass("I'd be glad to meet for coffee near your office.");
    should.pass('Could we do a quick video chat?');
    should.pass('I can call you at whatever number is easiest.');
    should.pass("I'll send a calendar invite with a Zoom link.");
    should.pass('Would a short call on Teams suit you?');
    should.pass("I'm glad to come to you, wherever is easiest.");
    should.pass('Could I treat you to lunch near your building?');
    should.pass('A FaceTime or regular phone call both work for me.');
    should.pass("We could talk by phone during your commute if that's easiest.");
    should.pass('Would you be open to a 15-minute call?');
    should.fail('Would you be open to meeting?');
    should.fail('Could we talk sometime next week?');
    should.fail("I'd love to hear more about your work.");
    should.fail('Could I visit your lab for an afternoon?');
    should.fail('Would you have 20 minutes to talk?');
    should.fail('Can we connect in the next few weeks?');
    should.fail("I'd like to schedule an informational interview with you.");
    should.fail('Could you come by our campus career center next Tuesday?');
    should.fail('Would you be able to meet with me?');
    should.fail("I'd love 20 minutes of your time to learn from you.");
    should.fail('Please let me know if a conversation is possible.');
    should.fail('Might you be willing to speak with me briefly?');
  }),

  ...examplesFor('outreach.brief', (should) => {
    should.pass(join(P.intro, P.purpose, P.ask, P.close));
    should.pass(join(P.intro, P.ask));
    should.pass(join(P.intro, P.purpose, P.ask, P.close, 'Best wishes, Rosa'));
    should.pass(join(P.purpose, P.ask));
    should.pass(join(P.intro, P.detail, P.close));
    should.pass(join(P.story, P.ask));
    should.pass('Hi Sam! Fellow Tulane alum here, now a nurse curious about informatics. 20 min by phone about your path? Free Tue/Thu evenings. Thanks, no worries if not!', { channel: 'linkedin' });
    should.pass("Hello Ana, Dev Patel suggested we talk. I'm a teacher exploring instructional design; could I ask you about it for 15 min on Zoom next week? Thank you either way.", { channel: 'linkedin' });
    should.pass('Hi Lee, I enjoyed your panel at DevOpsDays. Could I ask 20 minutes about your move from QA into SRE? Any weekday after 4pm works. Thanks!', { channel: 'linkedin' });
    should.pass(`${'Hi Kim, fellow Smith alum here and a new grant writer. Could we talk for 20 minutes about your path into foundation work? Free most mornings. Thank you, and no worries if not.'.padEnd(200, '!')}`, { channel: 'linkedin' });
    should.fail(join(P.intro, P.story, P.purpose, P.ask, P.close));
    should.fail(join(P.intro, P.story, P.detail, P.ask));
    should.fail(join(P.intro, P.purpose, P.detail, P.ask, P.close, P.close));
    should.fail(join(P.story, P.detail, P.close));
    should.fail(join(P.intro, P.detail, P.purpose, P.ask, P.close, 'Warmly, Rosa Jiménez, Accounting Student, Northgate College, Class of 2027'));
    should.fail(join(P.intro, P.purpose, P.ask, P.close), { channel: 'linkedin' });
    should.fail(join(P.intro, P.ask), { channel: 'linkedin' });
    should.fail("Hi Sam! I'm a fellow Tulane alum and a registered nurse with six years on a cardiac unit, and I have become very curious about clinical informatics. Could I ask you for 20 minutes by phone about your path into it?", { channel: 'linkedin' });
    should.fail(`${'Hi Kim, fellow Smith alum here and a new grant writer. Could we talk for 20 minutes about your path into foundation work? Free most mornings. Thank you, and no worries if not.'.padEnd(201, '!')}`, { channel: 'linkedin' });
    should.fail(join(P.story, P.story), { channel: 'email' });
    if (words(join(P.intro, P.story, P.purpose, P.ask, P.close)) <= 150) throw new Error('outreach.brief examples: the long email is not over 150 words');
  }),

  ...examplesFor('outreach.no-attachments', (should) => {
    should.pass("I'm happy to share more about my background when we talk.");
    should.pass("I won't take more than 20 minutes.");
    should.pass('I read your bio on the company site and loved your work on flood maps.');
    should.pass("I've been revising my resume lately, which got me thinking about career paths in HR.");
    should.pass("I'd be glad to send a CV later if it would help, but only if you ask.");
    should.pass('Your cover letter workshop last spring was what made me want to reach out.');
    should.pass('Thank you for posting the transcript of your keynote; it was great.');
    should.pass('Would you have 20 minutes for a phone call next week?');
    should.pass('I studied biology and now work in a hospital lab.');
    should.pass("I'd love to hear how you built your consulting portfolio in the early years.");
    should.pass('Your portfolio of public murals is what first caught my eye.');
    should.fail("I've attached my resume for your reference.");
    should.fail('Please find my CV attached.');
    should.fail('My résumé is below so you can see my background.');
    should.fail('Enclosed is a copy of my CV and a short bio.');
    should.fail('Here is my portfolio: https://example.com/portfolio');
    should.fail("I'm including my transcript and a writing sample in case they're useful.");
    should.fail('Thanks for reading.\n\nEDUCATION\nB.S. Biology, State University\n\nEXPERIENCE\nLab technician, Acme Labs, 2018 – 2021\nResearch assistant, State University, 2016 – 2018');
    should.fail('Resume attached!');
    should.fail('I attach my CV, which lists my publications.');
    should.fail("You'll find my résumé at the bottom of this message.");
    should.fail('I went ahead and attached my bio so you know a bit about me.');
    should.fail('Link to my CV: www.example.org/cv');
  }),

  ...examplesFor('outreach.no-job-ask', (should) => {
    should.pass("I'm not looking for a job right now, just trying to understand the field.");
    should.pass("I'd love to learn how people usually move into grant management.");
    should.pass("I know your team just grew, and I'm curious how you onboard new analysts.");
    should.pass("I'm curious how hiring works in museums in general: what do curators look for in new colleagues?");
    should.pass('Could we talk for 20 minutes about your path into consulting?');
    should.pass('What did your first role in the field look like?');
    should.pass("I'm happy where I work; I just want to understand how your field differs.");
    should.pass('Your job sounds fascinating; what does a typical week involve?');
    should.pass('I have no expectations beyond a conversation.');
    should.pass("I'm exploring roles like yours for a few years from now and want to understand the path.");
    should.pass('Which professional associations would you suggest for someone new to urban planning?');
    should.pass("I saw your post about the team's new data platform and would love to hear how it came together.");
    should.fail('Are you hiring at the moment?');
    should.fail('Would you be willing to refer me for the analyst role?');
    should.fail('Could you keep me in mind if anything opens up on your team?');
    should.fail('I noticed an opening for a research associate at your lab and wanted to ask about it.');
    should.fail("I'm looking for a new position in product management.");
    should.fail('Are there any openings for junior designers?');
    should.fail('I applied for the data analyst position last week and hoped you could put in a good word.');
    should.fail('Any chance you could pass my resume along to your hiring manager?');
    should.fail("I'd love to work for your company one day; do you know if they're taking on interns this summer?");
    should.fail('Is your firm hiring summer associates?');
    should.fail('Please consider me for any upcoming roles.');
    should.fail("I'm hoping to get my foot in the door at your agency.");
    should.fail('Could you help me land a job in your department?');
    should.fail("I'd like a job at your lab.");
  }),

  ...examplesFor('outreach.no-extra-labour', (should) => {
    should.pass("I'd only like 20 minutes of conversation; there's nothing to prepare.");
    should.pass('Could we talk about how you review manuscripts as an editor?');
    should.pass("I'd love to hear how you give feedback on writing to junior staff.");
    should.pass('What does mentoring look like on your team?');
    should.pass("I'm working on my application essays and wondered how you chose your program.");
    should.pass('Would you be open to a 20-minute call on Thursday?');
    should.pass("I won't ask you to look at anything; I just want to hear about your work.");
    should.pass('How did you find a mentor early in your career?');
    should.pass('Your newsletter of job postings in ecology has been so useful.');
    should.pass("I'd be grateful for a conversation, and that's all.");
    should.pass("I'd love to learn how you built your portfolio when you were starting out.");
    should.fail('Could you look over my resume before we talk?');
    should.fail('Would you mind giving me feedback on my cover letter?');
    should.fail('If you come across any job postings, could you send them my way?');
    should.fail('Would you be my mentor as I make this transition?');
    should.fail('Could you proofread my personal statement?');
    should.fail("I'd be grateful if you could review my portfolio and tell me what's missing.");
    should.fail('Please forward me any openings you hear about.');
    should.fail('Could you introduce me to a few people on your team?');
    should.fail('Can you critique my LinkedIn profile?');
    should.fail("I'd love your edits on my draft grant proposal.");
    should.fail("Could you take a look at my writing sample and tell me if it's good enough?");
    should.fail('Could you mentor me over the next year?');
  }),

  ...examplesFor('outreach.no-credentials-dump', (should) => {
    should.pass("I'm a data analyst at a hospital in Denver.");
    should.pass('I have an MBA and have spent a few years in retail.');
    should.pass("I recently finished my master's in social work.");
    should.pass("I'm a certified nurse looking into public health.");
    should.pass("After 5 years of experience in sales, I'm curious about customer success.");
    should.pass("I'm a second-year student at Howard studying political science.");
    should.pass('I studied history and now teach middle school.');
    should.pass('I led a small volunteer project last year, and it sparked my interest in nonprofit management.');
    should.pass("I'm a PhD candidate in sociology.");
    should.pass("Briefly: I'm an engineer with a background in robotics.");
    should.pass("I have a bachelor's in biology and I'm curious about genetic counseling.");
    should.pass('A small scholarship let me study abroad, which is why international development interests me.');
    should.fail("I hold a B.S. in Chemistry and an MBA, graduated summa cum laude, and I'm a certified PMP.");
    should.fail('With 12 years of experience, a master\'s degree, and three industry awards, I believe I bring a lot.');
    should.fail('I have managed 40 engineers, increased revenue by 35%, and launched products used by 2 million users.');
    should.fail("My GPA is 3.9, I made the dean's list every semester, and I've published two papers.");
    should.fail("I'm fluent in Spanish and Mandarin, proficient in Python and R, and hold a CPA.");
    should.fail('Education: BA Economics (Yale), MA Statistics (Columbia), PhD candidate (MIT).');
    should.fail("I'm an award-winning journalist with 8 years of experience and a master's from Columbia.");
    should.fail('I graduated with honors, was valedictorian of my class, and received a full scholarship.');
    should.fail("I've been named top performer three years running, promoted twice in two years, and I train every new hire on my team.");
    should.fail("I'm a certified Scrum master, a certified AWS architect and a published author.");
    should.fail("I've raised $2M for nonprofits, led 15 volunteers, and spoken at three national conferences.");
    should.fail("With a J.D., an LL.M., and 10 years of experience at top firms, I've argued before appellate courts.");
  }),

  ...examplesFor('outreach.gracious', (should) => {
    should.pass("Thank you for considering it, and if now isn't a good time, I completely understand.");
    should.pass("No worries if you're too busy; thanks either way!");
    should.pass("I appreciate your time, and if you're not the right person, a pointer to a colleague would be wonderful.");
    should.pass("Thanks so much. If it doesn't work for you, no problem at all.");
    should.pass("I'm grateful for any time you can spare, and I'll understand if you can't.");
    should.pass("Many thanks; I know how busy things get, so please don't feel obligated.");
    should.pass("Thank you! If your schedule doesn't allow it, I'd welcome the name of someone else I could ask.");
    should.pass('Thanks in advance, and no pressure at all.');
    should.pass("I'd be grateful for your time; if this isn't possible, I understand.");
    should.pass("Thank you for reading this far, and if you'd rather not, that's completely fine.");
    should.pass('Appreciate you considering it; totally understand if the timing is wrong.');
    should.pass('Thank you, and please feel free to say no.');
    // Relabelled pass (was fail): a plain closing thanks is gratitude with no pressure, which is all the
    // guides ask; issue 6 names this exact case ("a plain closing thanks … must pass").
    should.pass('Thanks!');
    should.fail('Looking forward to hearing from you.');
    should.fail('Thanks ahead of time for helping me out!');
    should.fail('I expect to hear back by Friday.');
    should.fail('Please respond at your earliest convenience.');
    should.fail('Thank you in advance for your help.');
    should.fail("If you're too busy, I understand.");
    should.fail('Let me know which time you pick.');
    should.fail("I'll follow up next week if I don't hear back.");
    should.fail('Thanks a lot, talk soon!');
    should.fail("I'm sure you'll find time for a fellow alum.");
    should.fail('I appreciate it in advance.');
    should.fail('Hope to hear from you soon. Best, Jo');
  }),

  ...examplesFor('outreach.plans-ahead', (should) => {
    should.pass('Would sometime in the next few weeks work?');
    should.pass('Any time in March would be great.');
    should.pass("I'm flexible over the next month.");
    should.pass('Could we find a time after your conference wraps up?');
    should.pass('Is there a day later this month that suits you?');
    should.pass('Would the week of the 20th work for you?');
    should.pass('I know calendars fill up, so anytime in the coming weeks is fine.');
    should.pass('Could we aim for early next month?');
    should.pass("I'm free Tuesday afternoons in April.");
    should.pass('There is no rush at all; whenever suits you over the next few weeks.');
    should.pass("I'll be in Chicago in three weeks and could meet then.");
    should.pass('I hope this note finds you well today. Could we talk sometime next month?');
    should.fail('Could we talk tomorrow morning?');
    should.fail('Are you free this afternoon for a quick call?');
    should.fail("I'd love to meet today if possible.");
    should.fail('Could you call me tonight?');
    should.fail('I need to talk to someone ASAP about this field.');
    should.fail("It's urgent: could we speak right away?");
    should.fail('Would later today work?');
    should.fail('Could we do a call in the next hour?');
    should.fail("I'm hoping we can talk as soon as possible.");
    should.fail('Could we meet this evening after work?');
    should.fail('My interview is on Monday, so could we talk this weekend?');
    should.fail('Are you around in 20 minutes for a quick call?');
  }),
];
