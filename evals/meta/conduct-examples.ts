import { renderTranscript, type TranscriptTurn } from '../../shared/practice/transcript.ts';
import { examplesFor, type LabelledExample } from './labelled-example.ts';

/**
 * Labelled examples for every conduct rule: transcripts of practice conversations (the form the
 * checkers read, `renderTranscript`) that a careful reviewer passes or fails, written for infochat
 * (never taken from the guides or any page). They vary field, register and typing habits — lower
 * case, missing question marks, thanks in other words — and include the near misses a pattern
 * gets wrong (asking how hiring works in general, the entry salary, an offer the professional made).
 */

/**
 * A conversation from lines: `P:` starts the professional's lines, anything else is the user's.
 * Each turn ends `step` minutes after the last unless a line starts with `@minute `.
 */
export function talk(step: number, ...lines: string[]): string {
  let clock = 0;
  const turns: TranscriptTurn[] = lines.map((line) => {
    const at = /^@(\d+(?:\.\d+)?) /.exec(line);
    const body = at ? line.slice(at[0].length) : line;
    clock = at ? Number(at[1]) : clock + step;
    const professional = body.startsWith('P: ');
    return { role: professional ? 'professional' : 'user', content: professional ? body.slice(3) : body, elapsedMinutes: clock };
  });
  return renderTranscript(turns);
}

/** One user turn in a short exchange: the rule is about what that turn asks. */
const ask = (line: string, reply = 'P: Hm, let me think about how to answer that.') =>
  talk(1, 'Thanks so much for making the time today.', 'P: Of course. What would you like to know?', line, reply);

const context20 = { minutesRequested: 20 };
const context15 = { minutesRequested: 15 };
const context30 = { minutesRequested: 30 };

export const conductExamples: LabelledExample[] = [
  ...examplesFor('conduct.opening-thanks', (should) => {
    should.pass(talk(1, 'Hi Priya, thank you so much for making time to talk with me today.', 'P: Of course, happy to.'));
    should.pass(talk(1, 'hey, thanks for hopping on the call', 'P: No problem.'));
    should.pass(talk(1, 'Good morning Dr. Castillo. I really appreciate you fitting me in this week.', 'P: My pleasure.'));
    should.pass(talk(1, "Hello Marcus! I'm grateful you agreed to chat — I know your calendar is full.", 'P: Glad to.'));
    should.pass(talk(1, 'Hi Grace.', 'P: Hi! Good to meet you.', 'Thank you for taking the time, I know nurses never have a spare minute.'));
    should.pass(talk(1, 'Many thanks for agreeing to this conversation, Ms. Whitehorse.', 'P: You are welcome.'));
    should.pass(talk(1, 'thx for making time Tomás, really appreciate it', 'P: Sure.'));
    should.pass(talk(1, 'Hi Jelena, I appreciate you giving me twenty minutes of your afternoon.', 'P: Happy to help.'));
    should.pass(talk(1, "Hello! It's kind of you to make time — thank you. I'm a junior studying economics.", 'P: Great, welcome.'));
    should.pass(talk(1, "Hi Helen — thanks a lot for saying yes to this, it means a lot.", 'P: Of course.'));
    should.pass(talk(1, 'Hi there.', 'P: Hello, nice to meet you.', "Nice to meet you too, and thank you for being willing to talk about advising with me."));
    should.fail(talk(1, 'Hi Priya. What does a typical week look like for you?', 'P: Lots of interviews.'));
    should.fail(talk(1, "Hey, so I'm a CS junior and I want to know what staff engineers actually do.", 'P: Sure.'));
    should.fail(talk(1, 'Hello. What positions has your career path included?', 'P: It is on my profile.'));
    should.fail(talk(1, 'Good afternoon. Let me jump straight in: how did you get into economic development?', 'P: By accident, mostly.', 'What surprised you most?'));
    should.fail(talk(1, "hi grace. i'm a CNA looking at nursing school", 'P: Welcome.', 'what is a shift like'));
    should.fail(talk(1, 'Okay, first question — what skills matter most in advocacy work?', 'P: Listening, then writing.'));
    should.fail(talk(1, 'Hello Dr. Castillo, I have a list of questions about advising.', 'P: Go ahead.', 'How many students do you see in a week?'));
    should.fail(talk(1, "Hi Jelena, nice to meet you. I'm switching careers from retail management.", 'P: Nice to meet you.', 'What does a program manager do all day?'));
    should.fail(talk(1, 'So, UX research. Is it mostly interviews or mostly surveys?', 'P: Mostly interviews.'));
    should.fail(talk(1, "Hey Tomás, I'll keep this quick since you're busy.", 'P: Appreciated.', 'How do you decide what to work on each sprint?'));
    should.fail(talk(1, 'Hi! Can you hear me okay?', 'P: Yes, loud and clear.', 'Great. So how did you end up at Lumen Health?'));
  }),

  ...examplesFor('conduct.brief-intro', (should) => {
    should.pass(talk(1, "Thank you for making time. I'm a second-year psychology student, and I ran usability sessions for our library last summer. What does your week look like?", 'P: Busy.'));
    should.pass(talk(1, 'Hi Grace, thanks so much.', 'P: Of course.', "A bit about me: I've worked as a CNA on weekends for two years and I'm applying to nursing programs. What is a typical shift like?"));
    should.pass(talk(1, 'Thanks for the time. My name is Leo and I manage a grocery store, but I keep drifting toward sustainability work. How did you get started?', 'P: Through volunteering.'));
    should.pass(talk(1, "hi! i'm finishing a poli sci degree and interned at our county's planning office. what does economic development actually involve day to day", 'P: Lots of meetings.'));
    should.pass(talk(1, 'Thank you for agreeing to talk. For context, I have been teaching high school chemistry for six years and I am curious about student affairs. What drew you to advising?', 'P: The students.'));
    should.pass(talk(1, "Thanks, Tomás. I'm a bootcamp grad working in customer support at a SaaS company. What does a staff engineer do that a senior doesn't?", 'P: Mostly influence.'));
    should.pass(talk(1, "Thank you for your time. I've been volunteering at a clinic escort program for a year and I'm exploring advocacy as a career. What do you enjoy most about your work?", 'P: The people.'));
    should.pass(talk(1, "I appreciate you meeting with me. I am currently a paralegal and I've studied reproductive-health policy on my own. How do people move from legal work into advocacy?", 'P: Several ways.'));
    should.pass(talk(1, 'Thanks so much! Quick background: I studied biology, I work in a lab, and I want to understand nursing before committing to school.', 'P: Makes sense.', 'What surprised you most in your first year?'));
    should.pass(talk(1, "Hello and thanks. I'm transitioning from the military into project work and I've been reading about sustainability nonprofits. What does a program manager do in a week?", 'P: Plenty.'));
    should.pass(talk(1, "Thank you. I'm a nursing student — I got a small scholarship for rural health, which is why community clinics interest me. What is clinic nursing like?", 'P: Varied.'));
    should.pass(talk(1, 'thank u for doing this! im a junior in econ and i interned at the county planning office. whats your week like', 'P: Busy.'));
    should.pass(talk(1, 'Thanks for taking my call. I work at a public library and I help run our website surveys. How do you recruit participants?', 'P: Carefully.'));
    const longStory =
      "Thank you so much for making time. Let me start from the beginning. I grew up in a small town outside Tulsa where my parents ran a hardware store, and from a very young age I was the one who helped customers find what they needed, which I think is where my interest in people's problems started. " +
      'In high school I was captain of the debate team for three years, president of the environmental club, a volunteer at the animal shelter every weekend, and I graduated with a 3.9 grade point average and a regional science fair award for a project on water filtration. ' +
      'Then I went to State University, where I majored in psychology with a minor in statistics, made the dean’s list six semesters in a row, worked as a research assistant in two different labs, one on memory and one on decision making, and led a student organization for first-generation students that grew from twelve members to over one hundred during my time. ' +
      'After graduating I spent a year at a marketing agency doing survey analysis, then two years at a health insurance company analysing claims data, then I took a certificate in human-computer interaction online, completed four portfolio projects including a redesign of a bus ticketing app and a study of how older adults use patient portals, and presented one of them at a local meetup. ' +
      'I also mentor two students through an alumni program, I have read most of the well-known books on interviewing users, I have a newsletter with about four hundred subscribers where I write about design research, and I am now applying to research roles while also considering a graduate program, though I have not decided between the two, which is part of why I wanted to talk with you. ' +
      'My friends say I am a natural interviewer, my managers have always praised my attention to detail, and in my last performance review I was rated as exceeding expectations in every category, including communication, collaboration and analytical thinking, and I received the company’s quarterly recognition award twice. ' +
      'Outside work I run half marathons, volunteer with a literacy program on Saturdays, and I am learning Portuguese, which I mention because I think curiosity is the thread through all of it. So that is me, more or less. What does your week look like?';
    should.fail(talk(1, longStory, 'P: Wow, that is a lot.'));
    should.fail(talk(1, "Thank you for making time. I'm a senior with a 3.9 GPA, I've been on the dean's list every semester, I won the department's writing award, and I was president of the policy club. What is advocacy like?", 'P: Impressive.'));
    should.fail(talk(1, 'Thanks so much.', 'P: Sure.', "To give you some background: I graduated summa cum laude, I am a certified project manager, and I was named top performer at my firm two years running. How did you get into economic development?", 'P: Luck.'));
    should.fail(talk(1, 'Thank you for making time. What does a typical week look like for you?', 'P: Meetings and interviews.', 'What skills matter most?'));
    should.fail(talk(1, 'Hi Grace, thanks so much. How long is a typical shift?', 'P: Twelve hours.'));
    should.fail(talk(1, 'Thanks for the time, Tomás.', 'P: Sure.', 'How do you decide between two designs for a system?'));
    should.fail(talk(1, 'hey thanks for chatting. what got you into economic development', 'P: A summer job.', 'what do you like about it'));
    should.fail(talk(1, 'I appreciate it. So, advocacy: is most of it lobbying or organizing?', 'P: Both.'));
    should.fail(talk(1, 'Thank you! Straight to it — what does a day in student affairs look like?', 'P: Unpredictable.'));
    should.fail(talk(1, 'Thanks. What is the hardest part of nursing that nobody warns you about?', 'P: The nights.'));
    should.fail(talk(1, 'Thank you so much for the time today.', 'P: Of course.', 'What professional organizations do you belong to?'));
    should.fail(talk(1, "Many thanks! Let's start with the basics: how does a research project begin at Lumen?", 'P: With a question from product.'));
    should.fail(talk(1, 'Thanks for making time.', 'P: Happy to.', 'Can you walk me through how a grant gets written at your nonprofit?'));
  }),

  ...examplesFor('conduct.prepared-questions', (should) => {
    should.pass(talk(1, 'Thanks for the time.', 'P: Sure.', 'What does your week look like?', 'P: Meetings.', 'What do you enjoy most?', 'P: Students.', 'What is hardest?', 'P: Budgets.'));
    should.pass(talk(1, 'thanks! what is a typical shift like', 'P: Long.', 'what skills matter most for new grads', 'P: Assessment.', 'how do people pick a specialty', 'P: Rotations.'));
    should.pass(talk(1, 'Thank you. How did you get started in advocacy?', 'P: Volunteering.', 'Which organizations should I follow?', 'P: A few.', 'What trends do you see in the next five years?', 'P: More state work.'));
    should.pass(talk(1, "Thanks, Tomás. What's code review like at Railyard? And how do you pick what to learn next? Is a CS degree worth it these days?", 'P: Several answers.'));
    should.pass(talk(1, 'Thanks for this. Tell me about how a project gets funded.', 'P: Grants, mostly.', 'I wonder how you measure impact.', 'P: Carefully.', 'What would you tell someone starting out?', 'P: Volunteer first.'));
    should.pass(talk(1, 'Hi, thank you. What drew you to economic development?', 'P: A town I loved.', 'How much of the job is recruiting companies versus helping local ones?', 'P: Half and half.', "What do you read to keep up?", 'P: Trade newsletters.', 'Who else should I talk to?', 'P: Linda Park.'));
    should.pass(talk(1, 'Thanks. i am curious how advisors handle a student in crisis', 'P: With a referral.', 'how big is your caseload', 'P: Three hundred.', 'what would make someone competitive for an advising role', 'P: Experience with students.'));
    should.pass(talk(1, 'Thank you! Could you describe a project that surprised you?', 'P: The clinic study.', 'What skills did it take?', 'P: Patience.', 'How do you share findings with engineers?', 'P: Short videos.'));
    should.pass(talk(1, 'Thanks. What do nurses wish they had known before their first year?', 'P: That it is hard.', 'Should I work as a tech first?', 'P: Yes, if you can.', 'Which units are good for new grads?', 'P: Med-surg.'));
    should.pass(talk(1, 'Thank you for the time. Would you say fundraising skills matter for program staff?', 'P: Yes.', 'How do you balance field work and reporting?', 'P: Badly.', 'What professional groups are worth joining?', 'P: The regional network.'));
    should.pass(talk(1, 'Thanks. What does on-call look like for you?', 'P: One week in six.', 'How did your role change when you became staff?', 'P: Less code.', "What's the best way to learn system design?", 'P: Build things.', 'Which books helped you most?', 'P: A couple.'));
    should.fail(talk(1, 'Thanks for the time. What does your week look like?', 'P: Meetings.', 'Cool, thanks so much, that was helpful.'));
    should.fail(talk(1, 'Hi, thank you for meeting. I am a student and I find your work interesting.', 'P: Thanks.', 'Yes, it seems like a great career.', 'P: It is.', 'Okay, thank you!'));
    should.fail(talk(1, "thanks! so yeah i'm just curious about nursing in general", 'P: Sure.', 'cool cool', 'P: Anything specific?', "not really, i'll think about it. thanks"));
    should.fail(talk(1, 'Thanks for agreeing. Can you tell me everything about your job?', 'P: That is a lot.', 'Great, thank you.'));
    should.fail(talk(1, "Thank you. I read your article and I loved it.", 'P: Thank you.', 'I think I want to do what you do.', 'P: Good to hear.', 'What skills matter?', 'P: Writing.', 'Great, thanks a lot.'));
    should.fail(talk(1, 'Thanks! I have no particular questions, I just wanted to meet you.', 'P: Happy to chat.', 'It was nice meeting you.'));
    should.fail(talk(1, 'Thank you for doing this.', 'P: Of course.', 'How did you get started?', 'P: By accident.', 'How did you get started?', 'P: As I said, by accident.', 'Okay thank you.'));
    should.fail(talk(1, "Hello, thanks. I'm a senior in economics.", 'P: Welcome.', 'I think economic development sounds fun.', 'P: It can be.', 'I agree. Thank you for your time.'));
    should.fail(talk(1, "Thank you so much. I've been volunteering at a shelter and loved it.", 'P: That is great.', 'What do you enjoy about advocacy?', 'P: The people.', 'That makes sense. I appreciate it.'));
    should.fail(talk(1, 'Hi, thanks.', 'P: Hi.', 'So what do you do?', 'P: I run studies.', 'Nice.', 'P: Yes.', 'Right, okay, thanks for your time.'));
    should.fail(talk(1, "Thanks Dr. Castillo. I'm mostly here to listen — tell me whatever you think matters.", 'P: Sure, advising is...', 'That is really interesting.', 'P: It is a good field.', 'Thank you!'));
  }),

  ...examplesFor('conduct.follow-up-questions', (should) => {
    should.pass(talk(1, 'Thanks. What does your week look like?', 'P: Mondays are planning, midweek is interviews, Thursdays are synthesis.', 'You mentioned synthesis. How do you turn notes into findings?', 'P: Affinity maps.'));
    should.pass(talk(1, 'Thanks! What is hardest about the job?', 'P: Night shifts and short staffing.', 'how do you cope with the night shifts', 'P: Strict sleep.'));
    should.pass(talk(1, 'Thank you. How did you get started?', 'P: I volunteered at a food bank and ended up running their warehouse.', 'Running the warehouse sounds like a big jump — what was that like?', 'P: Chaotic.'));
    should.pass(talk(1, 'Thanks. What do you enjoy most?', 'P: Mentoring junior engineers through their first production incident.', 'Can you give me an example of one of those incidents?', 'P: A database failover.'));
    should.pass(talk(1, 'Thanks so much. What does a typical case look like?', 'P: A company wants to expand and we put together an incentive package with the county.', 'What goes into an incentive package?', 'P: Tax abatements, training grants.'));
    should.pass(talk(1, 'Thanks. What is frustrating about the work?', 'P: Policy wins that get reversed two years later.', 'When you say reversed, do you mean in court or by the legislature?', 'P: Both.'));
    should.pass(talk(1, 'Thank you. How do advisors work with faculty?', 'P: We sit on curriculum committees and flag where students stall.', 'Tell me more about the committees.', 'P: They meet monthly.'));
    should.pass(talk(1, 'Thanks. What surprised you?', 'P: How much of research is recruiting participants.', "That's interesting — why is recruiting so hard at a health company?", 'P: Clinics are busy.'));
    should.pass(talk(1, 'Thanks. What skills matter?', 'P: Writing above all, then budgeting.', 'Why writing above everything else?', 'P: Grants live on it.'));
    should.pass(talk(1, 'Thank you. What changed in nursing lately?', 'P: Simulation labs are everywhere now.', 'how are the simulation labs used with new grads', 'P: Weekly scenarios.'));
    should.pass(talk(1, 'Thanks. How do you pick projects?', 'P: Whatever reduces pager load first.', 'Going back to what you said about pager load, how do you measure it?', 'P: Pages per week.'));
    should.fail(talk(1, 'Thanks. What does your week look like?', 'P: Mondays are planning, midweek is interviews.', 'What skills matter most?', 'P: Listening.', 'Which organizations should I join?', 'P: The local chapter.'));
    should.fail(talk(1, 'thanks! what is a shift like', 'P: Twelve hours with three breaks.', 'what do you enjoy', 'P: The patients.', 'how do people pick a specialty', 'P: Rotations.'));
    should.fail(talk(1, 'Thank you. How did you get started?', 'P: Through a summer internship with the county.', 'What trends do you see coming?', 'P: Remote workers moving to small towns.', 'What do you read?', 'P: Trade newsletters.'));
    should.fail(talk(1, 'Thanks. What is hardest about advising?', 'P: Saying no to students.', 'What degree do most advisors have?', 'P: A master’s, usually.', 'How do you recommend preparing?', 'P: Work in residence life.'));
    should.fail(talk(1, 'Thank you. How do teams decide what to build?', 'P: Product managers bring problems; we estimate.', 'Is a CS degree necessary?', 'P: No.', 'What is on-call like?', 'P: Manageable.'));
    should.fail(talk(1, 'Thanks. What do you enjoy?', 'P: Seeing a policy change help someone.', 'What is the typical week?', 'P: Coalition calls and writing.', 'Which skills matter?', 'P: Patience.'));
    should.fail(talk(1, 'Thanks. What does a program manager do?', 'P: Keeps grants on track and volunteers happy.', 'How many hours do you work?', 'P: Forty-five or so.', 'Do you travel?', 'P: Sometimes.'));
    should.fail(talk(1, 'Thank you. Tell me about your first year.', 'P: I cried in the supply closet twice.', 'What should I read before nursing school?', 'P: A pharmacology primer.', 'Which hospitals hire new grads?', 'P: Most of them.'));
    should.fail(talk(1, 'Thanks. What are the biggest challenges in economic development?', 'P: Housing shortages scare companies off.', 'How do you measure success?', 'P: Jobs created.', 'What are the professional associations?', 'P: A state council.'));
    should.fail(talk(1, 'Hi, thanks. What do UX researchers read?', 'P: Mostly blogs and a few classic books.', 'How much do interviews matter versus surveys?', 'P: Interviews matter more.', 'What is the career ladder?', 'P: Associate, researcher, senior, lead.'));
    should.fail(talk(1, 'Thanks. How do you handle burnout?', 'P: Hard boundaries on evenings.', 'What organizations should I look at?', 'P: Regional coalitions.', 'How important is a law degree?', 'P: Not essential.'));
  }),

  ...examplesFor('conduct.no-job-ask', (should) => {
    should.pass(ask('How do people usually get their first role in UX research?'));
    should.pass(ask('What makes an applicant competitive for a new-grad residency?'));
    should.pass(ask("To be clear, I'm not looking for a job right now — I just want to understand the field."));
    should.pass(ask('How does hiring generally work for program staff at nonprofits, from what you have seen?'));
    should.pass(ask('How did you land your first job in economic development?'));
    should.pass(ask('What job titles should I search for if I want to do this kind of work?'));
    should.pass(ask('What do hiring managers in advocacy look for in a writing sample?'));
    should.pass(ask('Which skills would you build first if you were starting out in software today?'));
    should.pass(ask('What was the interview process like when you joined Lumen, years ago?'));
    should.pass(ask('Is it common for people to move between nonprofits and city government?'));
    should.pass(ask('What entry-level roles are a good way into student affairs?'));
    should.pass(ask('My cousin got hired at a hospital last spring — how long does onboarding usually take for new nurses?'));
    should.pass(ask('What is it like to join a team like yours as the only researcher?'));
    should.fail(ask("I'd really love to join your team — how would I go about that?"));
    should.fail(ask('Any chance there is room for a junior person at Railyard?'));
    should.fail(ask('Are you guys hiring at the moment?'));
    should.fail(ask('Is your team hiring any juniors this year?'));
    should.fail(ask('Do you know of any openings on your team?'));
    should.fail(ask('Would you be able to refer me for the associate researcher role?'));
    should.fail(ask('Could you put in a good word for me with the hiring manager?'));
    should.fail(ask('Could you pass along my resume to your recruiter?'));
    should.fail(ask("please keep me in mind if a position opens up on your unit"));
    should.fail(ask('How can I get hired at your company?'));
    should.fail(ask("Honestly, I'd love to work for you."));
    should.fail(ask("I applied for the program coordinator job last week — is there any way you could flag my application?"));
    should.fail(ask('Is there an opening in your department for someone like me?'));
    should.fail(ask('Would you consider me for a role on your team?'));
  }),

  ...examplesFor('conduct.no-personal-salary', (should) => {
    should.pass(ask('Can you help me understand the salary range someone entering this field might expect?'));
    should.pass(ask('what are starting salaries like for new grads in your region'));
    should.pass(ask('What does entry-level pay look like for program coordinators?'));
    should.pass(ask('Is the pay for people just starting out enough to live in the city?'));
    should.pass(ask('How do benefits and pay compare between hospitals and clinics for new nurses?'));
    should.pass(ask('What might a junior engineer expect to earn in their first role?'));
    should.pass(ask('Do advocacy organizations usually publish salary ranges in their postings?'));
    should.pass(ask('How do people in this field negotiate their first offer?'));
    should.pass(ask('What is the typical salary range for an associate researcher, roughly?'));
    should.pass(ask('What does a typical week look like for you?'));
    should.pass(ask('Is funding for salaries a constant worry at small nonprofits?'));
    should.pass(ask('How does pay usually change when people move into management?'));
    should.fail(ask('Did your pay go up a lot when you moved into management?'));
    should.fail(ask('How much do you make?'));
    should.fail(ask('If you don’t mind me asking, what is your salary?'));
    should.fail(ask("What's the pay like for you personally?"));
    should.fail(ask('Do you make six figures as a staff engineer?'));
    should.fail(ask('what do you earn at the hospital, roughly'));
    should.fail(ask('Are you paid well for all those night shifts?'));
    should.fail(ask("What's your current salary range, if you're comfortable sharing?"));
    should.fail(ask('How much did you make in your first year at Lumen?'));
    should.fail(ask('What do you take home after taxes?'));
    should.fail(ask('Is your compensation competitive with the private sector?'));
    should.fail(ask('How much do you get paid as a director?'));
  }),

  ...examplesFor('conduct.no-profile-questions', (should) => {
    should.pass(ask('What did you enjoy most about your work at the bank, and what was hard about it?'));
    should.pass(ask('How did you decide it was time to leave the agency?'));
    should.pass(ask('What from your psychology degree do you actually use day to day?'));
    should.pass(ask('What surprised you when you moved from the lab into industry?'));
    should.pass(ask('How has your role changed since you became a senior researcher?'));
    should.pass(ask('What made you choose a nonprofit over a consulting firm?'));
    should.pass(ask('Which of your past jobs prepared you best for this one?'));
    should.pass(ask('What do you wish you had known before your first advising job?'));
    should.pass(ask("How long does it usually take someone to get promoted in this field?"));
    should.pass(ask('What would you study if you were starting school again today?'));
    should.pass(ask('What is the title I should look for if I want to do what you do?'));
    should.pass(ask('Your profile says you moved from a bank to Lumen — what made that the right time?'));
    should.fail(ask('So which companies were you at before Lumen?'));
    should.fail(ask('What positions has your career path included?'));
    should.fail(ask('Where did you go to school?'));
    should.fail(ask("What's your current title?"));
    should.fail(ask('How long have you been at Lumen?'));
    should.fail(ask('Where did you work before this?'));
    should.fail(ask('What did you study in college?'));
    should.fail(ask('Can you walk me through your resume?'));
    should.fail(ask('where did you get your nursing degree'));
    should.fail(ask('What companies have you worked for?'));
    should.fail(ask('What certifications do you have?'));
    should.fail(ask('Where do you currently work?'));
  }),

  ...examplesFor('conduct.no-extra-labour', (should) => {
    should.pass(ask('What makes a strong portfolio for a junior researcher?'));
    should.pass(ask('How did you find a mentor early in your career?'));
    should.pass(ask('What should a good cover letter for a nonprofit say?'));
    should.pass(ask('Where do people in this field usually find job postings?'));
    should.pass(ask('How do you give feedback to new nurses on your unit?'));
    should.pass(ask("What do reviewers look for when they read a grant proposal?"));
    should.pass(talk(1, 'Thanks for your time.', 'P: If you send me your resume, I am happy to take a look.', "That's very kind, thank you — I'll send it over tonight."));
    should.pass(ask('Which job boards are worth watching for economic development roles?'));
    should.pass(ask('What side projects impress engineering managers?'));
    should.pass(ask('Is mentoring new hires part of your job?'));
    should.pass(ask('How do residency programs review applications?'));
    should.pass(ask('If I write a case study, what should it include?'));
    should.fail(ask('Would you have time to read my case study this week?'));
    should.fail(ask('Could you look over my resume and tell me what to fix?'));
    should.fail(ask("Would you be willing to look at my GitHub and tell me what's missing?"));
    should.fail(ask('Could we set up a weekly call so you can mentor me?'));
    should.fail(ask('If you see any job postings, could you send me them?'));
    should.fail(ask('Would you mind reviewing my cover letter before I submit it?'));
    should.fail(ask('could you proofread my personal statement for nursing school'));
    should.fail(ask('Would you be my mentor?'));
    should.fail(ask('Could you write me a recommendation for the program?'));
    should.fail(ask('Can you introduce me to your hiring manager?'));
    should.fail(ask('Could we do another call next week to go over my portfolio?'));
    should.fail(ask('Could you give me feedback on my writing sample?'));
  }),

  ...examplesFor('conduct.asks-referrals', (should) => {
    should.pass(ask('Who else do you think I should talk to?'));
    should.pass(ask("is there anyone else you'd recommend i speak with"));
    should.pass(ask('Are there other people in your field you think I could learn from?'));
    should.pass(ask('Do you know anyone in city government who might be willing to chat about this?'));
    should.pass(ask('Who else would you suggest I reach out to?'));
    should.pass(ask('Is there someone on the research operations side I should talk to?'));
    should.pass(ask('Could you point me to someone else who works in this area?'));
    should.pass(ask('Who would you talk to if you were in my shoes?'));
    should.pass(ask('Any colleagues you think would be good to speak with about the legal side?'));
    should.pass(ask('Is there anyone you would suggest I contact to learn about community colleges?'));
    should.pass(ask('Who else should I be learning from?'));
    should.pass(ask('ok last q — anyone u think i should talk to'));
    should.fail(ask('Who else is on your team?'));
    should.fail(ask('What does a typical week look like for you?'));
    should.fail(talk(1, 'Thanks for your time.', 'P: Sure.', 'What skills matter?', 'P: Writing.', 'Thank you so much, this was great.'));
    should.fail(ask('Which organizations should I join?'));
    should.fail(ask('What books do you recommend?'));
    should.fail(ask('Who is the hardest kind of client to work with?'));
    should.fail(ask('What websites do you read to keep up?'));
    should.fail(ask('Who do you report to?'));
    should.fail(ask('How do you work with other people on your team?'));
    should.fail(ask('Who decides which studies get funded?'));
    should.fail(ask('What conferences are worth attending?'));
    should.fail(ask('Who are the biggest employers in the region?'));
  }),

  ...examplesFor('conduct.respects-time', (should) => {
    should.pass(talk(2, 'Thanks for the time.', 'P: Sure.', 'What is your week like?', 'P: Busy.', 'I know we are almost at time, so one last question.', 'P: Go ahead.', 'Thank you!'), context20);
    should.pass(talk(3, 'Thanks.', 'P: Sure.', 'What do you enjoy?', 'P: Students.', 'Thank you so much.'), context20);
    should.pass(talk(1, 'Thanks.', 'P: Hi.', '@14 I want to respect your time, so I will let you go.', 'P: Thanks.', '@14.8 Have a good day!'), context15);
    should.pass(talk(1, 'Thanks for meeting.', 'P: Sure.', '@19 before we run out of time, who else should I talk to?', 'P: Linda.', '@20.5 thank you!'), context20);
    should.pass(talk(4, 'Thanks.', 'P: Of course.', 'What skills matter?', 'P: Writing.', 'What trends?', 'P: Funding cuts.', 'Thanks a lot.'), context30);
    should.pass(talk(1, 'Thanks!', 'P: Sure.', '@28 I promised thirty minutes, so last question: what should I read?', 'P: A few books.', '@29.5 Thank you!'), context30);
    should.pass(talk(1, 'hi thanks', 'P: hello', '@10 ok last thing', 'P: sure', '@12 thanks so much'), context15);
    should.pass(talk(2, 'Thank you for this.', 'P: Sure.', 'How did you start?', 'P: Volunteering.'), context20);
    should.pass(talk(4, 'Thanks.', 'P: Go ahead.', 'What do you read?', 'P: Newsletters.', 'How do you handle burnout?', 'P: Boundaries.', 'Thanks, I will let you go.'), context30);
    should.pass(talk(1, 'Thanks.', 'P: Hi.', '@20.8 thank you, have a good evening'), context20);
    should.pass(talk(3, 'Thanks for the time.', 'P: Sure.', 'What is hard about the work?', 'P: Budgets.'), {});
    should.fail(talk(1, 'Thanks.', 'P: Hi.', '@23 Okay. Where did you go to school?', 'P: State.'), context20);
    should.fail(talk(5, 'Thanks for this.', 'P: Sure.', 'What do you do?', 'P: Research.', 'Tell me more.', 'P: Okay.', 'And what else?'), context20);
    should.fail(talk(1, 'Thanks.', 'P: Hello.', '@18 I know we are nearly out of time, but one more question.', 'P: Go ahead.', '@24 And one more, sorry: what about trends?'), context20);
    should.fail(talk(1, 'hi, thanks', 'P: hi', '@17 so what else', 'P: well', '@19 cool, thanks!'), context15);
    should.fail(talk(4, 'Thanks for making time.', 'P: Sure.', 'How did you start?', 'P: Interning.', 'What do you love?', 'P: Data.', 'What is hard?', 'P: Politics.', 'Who else should I talk to?'), context30);
    should.fail(talk(1, 'Thanks.', 'P: Sure.', '@45 Sorry, I know this has run long, but could I ask about certifications too?', 'P: Briefly.'), context30);
    should.fail(talk(1, 'Thank you.', 'P: Hi.', '@12 What about night shifts?', 'P: Hard.', '@16.5 Thanks, bye.'), context15);
    should.fail(talk(3, 'Thanks so much.', 'P: Sure.', 'What is your week like?', 'P: Full.', 'How do you relax?', 'P: Hiking.', 'What would you change?', 'P: Meetings.', 'Okay, thank you.'), context15);
    should.fail(talk(1, 'Thank you!', 'P: Hi.', '@35 One more question if that is okay — how did you pick your graduate program?', 'P: Location.'), context20);
    should.fail(talk(1, 'Thanks.', 'P: Sure.', '@22.5 Great, I appreciate it.'), context20);
    should.fail(talk(2, 'Thanks.', 'P: Sure.', '@9 What is a typical week?', 'P: Meetings.', '@13 Last question: who else should I talk to?', 'P: Ruth.', '@40 Thank you for everything.'), context30);
  }),

  ...examplesFor('conduct.closing-thanks', (should) => {
    should.pass(talk(1, 'Hi.', 'P: Hi.', 'What is your week like?', 'P: Busy.', 'Thank you, this was really helpful.'));
    should.pass(talk(1, 'Hello.', 'P: Hello.', 'What do you enjoy?', 'P: Students.', 'really appreciate it grace, take care'));
    should.pass(talk(1, 'Hi there.', 'P: Hi.', 'Who else should I talk to?', 'P: Marcus Bell.', "Thanks so much — I'll reach out to Marcus."));
    should.pass(talk(1, 'Hi.', 'P: Hi.', 'How did you start?', 'P: Interning.', "I'm so grateful for your time today."));
    should.pass(talk(1, 'Hello.', 'P: Hi.', 'What is hard?', 'P: Budgets.', 'Thank you for your time and your honesty about budgets. Have a great afternoon!', 'P: You too.'));
    should.pass(talk(1, 'Hi.', 'P: Hello.', 'What skills matter?', 'P: Writing.', 'Many thanks, that was generous of you.'));
    should.pass(talk(1, 'Hey.', 'P: Hey.', 'What do you read?', 'P: Newsletters.', 'thx so much, bye!'));
    should.pass(talk(1, 'Hi.', 'P: Hi.', 'Any trends?', 'P: Remote work.', 'I really appreciate you sharing all of that.', 'P: Of course.', 'Bye for now!'));
    should.pass(talk(1, 'Hello.', 'P: Hi.', 'How do you unwind?', 'P: Running.', 'Thank you, Dr. Castillo. I learned a lot.'));
    should.pass(talk(1, 'Hi.', 'P: Hi.', 'What advice would you give?', 'P: Volunteer first.', "That's great advice, thank you. I'll let you get back to your day."));
    should.pass(talk(1, 'Hi.', 'P: Hi.', 'How do you recruit participants?', 'P: Through clinics.', 'This was so useful. Thanks again, Priya!'));
    should.fail(talk(1, 'Thank you for making time!', 'P: Sure.', 'What is your week like?', 'P: Busy.', 'Okay, bye.'));
    should.fail(talk(1, 'Thanks.', 'P: Sure.', 'What do you enjoy?', 'P: Students.', 'Cool. Where did you go to school?', 'P: State.'));
    should.fail(talk(1, 'Thanks so much for your time.', 'P: Of course.'));
    should.fail(talk(1, 'Thank you.', 'P: Hi.', 'How did you start?', 'P: Interning.', 'Got it. See you.'));
    should.fail(talk(1, 'Thanks.', 'P: Sure.', 'What is hard?', 'P: Politics.', 'Okay that makes sense', 'P: Anything else?', 'nope, that is all. bye'));
    should.fail(talk(1, 'Thanks a lot.', 'P: Sure.', 'What skills matter?', 'P: Writing.', 'Right. Have a good one.'));
    should.fail(talk(1, 'Thank you for meeting.', 'P: Of course.', 'Who else should I talk to?', 'P: Ruth.', 'Ok, I will email Ruth.'));
    should.fail(talk(1, 'thanks!', 'P: hi', 'what is a shift like', 'P: long', 'alright, gotta go'));
    should.fail(talk(1, 'Thank you!', 'P: Hello.', 'What trends do you see?', 'P: Automation.', 'Interesting. What about pay for new grads?', 'P: About 70 thousand.'));
    should.fail(talk(1, 'Thanks for your time today.', 'P: Sure.', 'How do you measure impact?', 'P: Surveys.', 'Makes sense.', 'P: Anything else?', 'That is all my questions.'));
    should.fail(talk(1, 'Thanks.', 'P: Sure.', 'Is a CS degree necessary?', 'P: No.', 'Good to know. Later!'));
  }),
];
