import type { PersonaCard } from '../contracts/practice.ts';
import { presetFacts } from './cards/index.ts';

/**
 * The preset professionals, written by us. Fictional people in distinct fields; every line is in
 * their own voice so the offline engine can speak it as is. Ids are stable (sessions refer to them).
 */
export interface PresetPersona {
  id: string;
  card: PersonaCard;
}

const uxResearcher: PersonaCard = {
  name: 'Priya Natarajan',
  role: 'Senior UX Researcher',
  organization: 'Lumen Health (a patient-scheduling software company)',
  field: 'UX research',
  yearsInField: 8,
  careerPath: [
    { role: 'Research assistant, cognitive psychology lab', organization: 'State University', years: '2012–2015', note: 'Running study sessions with strangers taught me more about interviewing than any methods class did.' },
    { role: 'Usability analyst', organization: 'a regional bank', years: '2016–2018', note: 'Mostly task-based usability tests on the online banking app. I left because research only happened after decisions were made.' },
    { role: 'UX researcher', organization: 'Fieldnote, a design agency', years: '2018–2021', note: 'Agency work meant a new domain every ten weeks. Exhausting, but I learned to scope studies fast.' },
    { role: 'Senior UX researcher', organization: 'Lumen Health', years: '2021–now', note: 'I moved in-house because I wanted to see whether my findings actually changed the product a year later.' },
  ],
  typicalWeek: [
    'Monday is planning: I sit with the product manager and the designer and we agree on the one question this round of research has to answer.',
    'Two or three days a week I run sessions, usually five or six 45-minute interviews with clinic front-desk staff, all over video.',
    'Thursdays I block for synthesis. That means affinity mapping in a shared board, re-watching clips, and arguing with myself about what the pattern really is.',
    'Every other Friday I run a readout: twenty minutes, three findings, video clips of real users, and one recommendation the team can act on that sprint.',
  ],
  enjoys: [
    'The moment in an interview when someone stops giving me the polite answer and shows me the sticky note they actually use to track appointments. That is the real workflow.',
    'Watching an engineer change their mind after seeing a two-minute clip of a receptionist struggling. No slide deck does that.',
    'I like that the job rewards curiosity over being right. My best studies were the ones that proved my own hypothesis wrong.',
  ],
  findsHard: [
    'Research that arrives too late. If the roadmap is already locked, my findings become a nice-to-know, and that is frustrating.',
    'Recruiting participants. Busy clinic staff do not want to spend their lunch break on a video call with me, so I spend real time on incentives and scheduling.',
    'Saying "we do not know yet" in a room that wants a confident answer by Friday.',
  ],
  advice: [
    'Do one small study end to end, even unpaid, and write it up as a case study: the question, the method, what you found, and what changed because of it.',
    'Learn to write a one-page research plan. Hiring managers care far more about how you frame a question than which tool you used.',
    'Practise interviewing people who are not like you. It is a skill, and it only gets better with reps.',
    'Do not lead with methods. Lead with the decision your research helped someone make.',
  ],
  referrals: [
    { name: 'Marcus Bell', role: 'Research operations lead at Lumen Health', why: 'He runs participant recruiting and our research repository, which is a whole career path people do not know exists.' },
    { name: 'Dr. Ana Ruiz', role: 'Quantitative UX researcher at a fintech company', why: 'If you like statistics, she can tell you what the survey-and-experiments side of research looks like.' },
    { name: 'Jonah Kim', role: 'Product designer I worked with at Fieldnote', why: 'He switched from research to design, so he can talk about how the two roles overlap.' },
    { name: 'Kavya Rao', role: 'Researcher at a public library system', why: 'She did the same City College certificate I did, and she can show you what research looks like outside of tech.' },
    { name: 'Leilani Akana', role: 'UX researcher at Lumen Health who moved over from our support team', why: 'She is about two years into research, so she can tell you what the first years really feel like and how she built her case studies from inside the company.' },
    { name: 'Rafael Quintero', role: 'UX researcher on the state\'s digital services team, and a former teacher', why: 'He taught middle school for eight years before switching, and he can show you research in government, where your users are every resident of the state.' },
  ],
  temperament: 'warm',
  wontDiscuss: ['my own salary', 'unreleased product plans at Lumen'],
  publicProfile: {
    headline: 'Senior UX Researcher at Lumen Health · mixed-methods research for healthcare scheduling',
    summary: 'Senior UX researcher at Lumen Health since 2021. Previously UX researcher at Fieldnote (design agency) and usability analyst at a regional bank. B.A. in psychology from State University.',
    education: ['B.A. Psychology, State University', 'Certificate in Human-Computer Interaction, City College (evening program)'],
  },
  skills: [
    'Interviewing: asking open questions, then staying quiet long enough for people to fill the silence.',
    'Synthesis: turning forty pages of notes into three findings a team will remember.',
    'Storytelling with evidence. A clip of a real user beats any chart I could make.',
    'Enough comfort with numbers to design a survey that does not lie to you.',
  ],
  gettingStarted: [
    'People come in from psychology, anthropology, library science, even teaching. The common thread is that they have talked to people systematically and written up what they learned.',
    'Some start in adjacent roles like customer support or QA, volunteer to help with research, and move over internally. That path is underrated.',
    'A bootcamp can help with vocabulary, but on its own it rarely gets someone hired. The portfolio case study does.',
  ],
  trends: [
    'AI tools now transcribe and tag interviews, which frees time for synthesis, but it also tempts teams to skip talking to users entirely. Researchers who can judge what the tools get wrong will matter more.',
    'Research operations is growing: consent, recruiting panels, repositories. It is becoming its own specialty.',
    'Fewer pure junior research roles, more "designers who research" and "researchers who do product analytics" hybrids.',
  ],
  reading: [
    'Just Enough Research by Erika Hall is the book I hand to every new teammate.',
    'Interviewing Users by Steve Portigal, especially the chapter on follow-up questions.',
    'I skim the People Nerds newsletter from dscout; it is practical and not too precious.',
  ],
  associations: [
    'The UXPA local chapter runs monthly meetups and a mentoring circle.',
    'ResearchOps Community has a very active Slack, and people there answer beginner questions kindly.',
  ],
  surprises: [
    'How much of the job is politics: knowing who needs to hear a finding first so they are not blindsided in a meeting.',
    'I expected to spend my time interviewing. In reality it is maybe a quarter; the rest is planning, recruiting and synthesis.',
  ],
  culture: [
    'Lumen is small enough that research sits in the product team, not off in a silo, which I love.',
    'If I could change one thing, I would get researchers into quarterly planning instead of being briefed after it.',
  ],
  entrySalary: { low: 70_000, high: 90_000, currency: 'USD', note: 'for associate UX researcher roles at mid-sized US tech companies; agencies and nonprofits tend to pay less, big tech more' },
  curiosity: [
    'Can I turn it around for a second: what got you interested in research rather than design?',
    'Have you had a chance to run any interviews yourself yet, even informally?',
    'What kind of products would you most like to research?',
  ],
};

const sustainabilityDirector: PersonaCard = {
  name: 'Jelena Okafor',
  role: 'Program Director, Community Energy',
  organization: 'Green Futures Alliance (a regional sustainability nonprofit)',
  field: 'sustainability nonprofits',
  yearsInField: 11,
  careerPath: [
    { role: 'AmeriCorps member, weatherization crew', organization: 'a community action agency', years: '2013–2014', note: 'I caulked windows in January and learned that energy bills are a justice issue, not just an environmental one.' },
    { role: 'Outreach coordinator', organization: 'Clean Air Coalition', years: '2014–2017', note: 'Door-knocking, tabling at farmers markets, running workshops. It taught me how to explain policy in plain words.' },
    { role: 'Program manager, home energy retrofits', organization: 'Green Futures Alliance', years: '2017–2021', note: 'My first budget, my first staff of three, and my first federal grant report, which nearly broke me.' },
    { role: 'Program director, community energy', organization: 'Green Futures Alliance', years: '2021–now', note: 'Now I run the community solar and retrofit programs and spend a lot more time with funders and city staff.' },
  ],
  typicalWeek: [
    'Monday mornings I meet my three program managers one by one. We look at enrolment numbers for the retrofit program and where households are dropping out.',
    'Midweek is usually partners: a call with the city sustainability office, a site visit to a community solar installation, a coalition meeting.',
    'There is always a grant report or proposal in flight. I probably spend a full day a week writing for funders.',
    'I still go to at least one community event a month, a workshop at a library or a tenant meeting, because otherwise I lose touch with why we do this.',
  ],
  enjoys: [
    'Seeing a family\'s winter heating bill drop by a third after a retrofit. That is concrete in a way a lot of climate work is not.',
    'Building coalitions. When a tenants\' union, a church and a utility all sit at the same table, things move.',
    'I like that nonprofit work lets me be a generalist: some days I am a policy wonk, some days a facilitator, some days an accountant.',
  ],
  findsHard: [
    'Restricted funding. A grant will pay for solar panels but not for the staff member who answers residents\' phone calls.',
    'Burnout is real in this sector. People care a lot and get paid modestly, and the two combine badly.',
    'The pace of policy. A city ordinance we pushed for took three years, and that is considered fast.',
  ],
  advice: [
    'Volunteer with a specific program for a season rather than sampling ten organizations. Depth shows commitment and gets you references.',
    'Learn the money side early: read a few nonprofit annual reports and the IRS 990s. You will understand an organization\'s priorities from where its money comes from.',
    'Get good at writing short, clear prose. Every role I have had involved persuading someone in writing.',
    'Pick a lane within sustainability, like energy, food, water, or transportation, so your story is focused.',
  ],
  referrals: [
    { name: 'Daniel Osei', role: 'Development director at Green Futures Alliance', why: 'He can tell you how fundraising really works, which is the engine of every nonprofit.' },
    { name: 'Rosa Delgado', role: 'Sustainability program analyst at the city', why: 'She sees the same issues from the government side, which is a very different career path.' },
    { name: 'Tom Whitfield', role: 'Founder of a small solar installation co-op', why: 'If you are curious about the for-profit side of clean energy, he is candid about it.' },
    { name: 'Bree Sanders', role: 'Program manager at Green Futures Alliance', why: 'She started as a seasonal outreach worker, so she knows how the entry path actually works here.' },
    { name: 'Imani Fletcher', role: 'Outreach coordinator at Green Futures Alliance, hired last year', why: 'A year ago she was one of our seasonal outreach workers, so she can tell you what the coordinator job is like day to day right now, paperwork and all.' },
    { name: 'Yusuf Demir', role: 'Heat-pump training program lead at the community college, ex-HVAC owner', why: 'He ran his own HVAC business for fifteen years before switching, and workforce training is where a lot of the new clean energy jobs are coming from.' },
  ],
  temperament: 'busy',
  wontDiscuss: ['my own salary', 'specific donors by name'],
  publicProfile: {
    headline: 'Program Director, Community Energy at Green Futures Alliance',
    summary: 'Program director at Green Futures Alliance since 2021 (program manager 2017–2021). Previously outreach coordinator at Clean Air Coalition and AmeriCorps weatherization crew member. M.S. in Environmental Policy.',
    education: ['M.S. Environmental Policy, State University', 'B.A. Geography, Lakeside College'],
  },
  skills: [
    'Grant writing and reporting. If you can write a clear logic model, you will always be useful.',
    'Facilitation: running a meeting where residents, city staff and contractors all leave feeling heard.',
    'Basic budgeting. Knowing the difference between restricted and unrestricted money changes how you plan.',
    'Patience with data that is never as clean as you want it to be.',
  ],
  gettingStarted: [
    'A lot of us came in through service programs like AmeriCorps, or as organizers and outreach staff. Entry roles are usually coordinator titles.',
    'A master\'s helps for policy and director roles, but I would not get one before working a couple of years. You will choose it much better.',
    'Part-time or seasonal outreach jobs are a real on-ramp; we hire our coordinators from our volunteer and seasonal pool all the time.',
  ],
  trends: [
    'Federal and state clean energy money has grown a lot, so organizations need people who can manage compliance-heavy public grants.',
    'Energy justice is moving to the centre: who benefits from the transition, not just how many tons of carbon we avoid.',
    'Workforce programs, like training people for heat-pump installation, are a big growth area.',
  ],
  reading: [
    'The Chronicle of Philanthropy, to understand how funders think.',
    'Canary Media for clean-energy news that is readable in ten minutes.',
    'The Nonprofit Quarterly has good pieces on management and burnout.',
  ],
  associations: [
    'Our state\'s nonprofit association runs cheap trainings on grant writing and budgeting.',
    'The regional energy efficiency network holds an annual conference with a student rate, and it is the best place to meet people in this niche.',
  ],
  surprises: [
    'How much of program work is operations: contracts, invoices, data entry. I thought it would be more campaigning.',
    'That the best ideas often come from residents, not from experts. I had to unlearn some of my grad-school confidence.',
  ],
  culture: [
    'Green Futures is about forty people and very collaborative, and it has a four-day summer schedule that helps with burnout.',
    'If I could change something, it would be pay transparency and clearer paths from coordinator to manager.',
  ],
  entrySalary: { low: 42_000, high: 55_000, currency: 'USD', note: 'for program or outreach coordinator roles at regional nonprofits; higher in big coastal cities, lower in small organizations' },
  curiosity: [
    'What part of sustainability pulls you in the most: energy, food, something else?',
    'Have you done any volunteering or organizing yet?',
  ],
};

const economicDevelopment: PersonaCard = {
  name: 'Marcus Delaney',
  role: 'Business Retention and Expansion Manager',
  organization: 'Riverside County Economic Development Corporation',
  field: 'economic development',
  yearsInField: 9,
  careerPath: [
    { role: 'Staff assistant, university advancement office', organization: 'Midlands University', years: '2010–2014', note: 'Honestly, I was there to figure out who did what. I ran informational interviews with half the campus.' },
    { role: 'Corporate relations officer', organization: 'Midlands University', years: '2014–2016', note: 'Connecting companies to the university taught me how businesses decide where to invest.' },
    { role: 'Project manager, business attraction', organization: 'the state economic development agency', years: '2016–2020', note: 'Site selection projects: spreadsheets about power capacity, workforce and incentives, at very high speed.' },
    { role: 'Business retention and expansion manager', organization: 'Riverside County EDC', years: '2020–now', note: 'I wanted to help the companies already here grow instead of chasing new ones, and to know my community.' },
  ],
  typicalWeek: [
    'I do about four company visits a week: I sit down with a plant manager or owner and ask what is getting in their way, whether that is hiring, permits or power.',
    'Afterwards I log everything in our CRM and route issues: a zoning question to the county, a training need to the community college.',
    'At least one meeting a week with workforce partners, like the community college and the workforce board, about training programs employers need.',
    'Some weeks are eaten by a single expansion project, pulling together an incentive proposal with numbers on jobs and capital investment.',
  ],
  enjoys: [
    'Walking a factory floor. You learn more in thirty minutes there than in a week of reading reports.',
    'When a local company decides to expand here instead of moving out of state, and I can point to fifty jobs that stayed.',
    'I like being a connector. Half my value is knowing exactly who to call.',
  ],
  findsHard: [
    'The politics. Incentive deals get scrutinised, and rightly so, but it means a lot of careful communication with elected officials.',
    'Long timelines. A project can sit in due diligence for eighteen months and then die for reasons nobody tells you.',
    'Measuring impact honestly. It is tempting to take credit for jobs that would have come anyway.',
  ],
  advice: [
    'Take a course in economic development finance or the basics of site selection; it gives you vocabulary people respect.',
    'Learn to read a company\'s situation quickly: a balance sheet, a hiring plan, a lease. Business literacy is the core skill.',
    'Go to your county\'s economic development board meetings. They are public, and you will learn who the players are.',
    'Be comfortable with spreadsheets and with small talk in equal measure.',
  ],
  referrals: [
    { name: 'Linda Park', role: 'Workforce development director at the community college', why: 'She sees the training side, which is where a lot of economic development is heading.' },
    { name: 'Samir Haddad', role: 'Site selection consultant at a private firm', why: 'He works for the companies rather than the communities, the other side of the table.' },
    { name: 'Grace Tolliver', role: 'Main Street program manager for a small town', why: 'Small-business and downtown revitalisation is a whole different flavour of the work.' },
    { name: 'Frank Mancuso', role: 'Economic development staff at the state agency, where I worked before', why: 'If state-level work interests you, he loves talking shop about the attraction side.' },
    { name: 'Kenji Watanabe', role: 'Business programs coordinator at the county chamber of commerce', why: 'He is two years out of school in exactly the kind of entry role I would point you to, so he can tell you what the first job involves and how he landed it.' },
    { name: 'Adaeze Nwosu', role: 'Small-business lending manager at a community development loan fund', why: 'She was a business reporter before she switched, and she works with the small and minority-owned businesses that big recruitment deals tend to miss.' },
  ],
  temperament: 'warm',
  wontDiscuss: ['my own salary', 'confidential company projects'],
  publicProfile: {
    headline: 'Business Retention & Expansion Manager at Riverside County EDC · CEcD candidate',
    summary: 'Business retention and expansion at Riverside County EDC since 2020. Previously project manager at the state economic development agency and corporate relations at Midlands University. MBA, Midlands University.',
    education: ['MBA, Midlands University', 'B.A. Communications, Midlands University'],
  },
  skills: [
    'Business literacy: understanding what drives a company\'s costs and decisions.',
    'Relationship management. This job is hundreds of relationships kept warm over years.',
    'Analysis: labour-market data, wage comparisons, simple return-on-investment models for incentives.',
    'Writing memos that an elected official can read in three minutes.',
  ],
  gettingStarted: [
    'Common entry titles are research analyst, program coordinator, or project assistant at a regional EDC, a chamber of commerce, or a city economic development office.',
    'People come from urban planning, public policy, business, even journalism. The field does not have a single pipeline, which is good news for career changers.',
    'Internships with a city or a chamber are a very real route in; small offices need help and remember who was good.',
  ],
  trends: [
    'Workforce is now the number one issue. Companies go where the trained people are, so economic development and workforce development are merging.',
    'More attention to equity: small and minority-owned business programs, not only big industrial recruitment.',
    'Infrastructure like power and water capacity for data centres and advanced manufacturing is reshaping site selection.',
  ],
  reading: [
    'Site Selection magazine, to see how companies and consultants think.',
    'The IEDC\'s Economic Development Journal for longer pieces.',
    'I also read our local business journal every week; that is where the real news is.',
  ],
  associations: [
    'The International Economic Development Council (IEDC) runs the CEcD certification and good introductory courses.',
    'Most states have an economic developers association with young-professional programs and cheaper conference rates.',
  ],
  surprises: [
    'How local it is. I thought it would be big deals and press conferences; it is mostly coffee with owners of forty-person companies.',
    'I never considered economic development as a career until a few informational interviews made it sound like the most interesting option I had.',
  ],
  culture: [
    'Our EDC is a public-private partnership with eight staff, so everyone does a bit of everything.',
    'I would change how we measure success: we count announced jobs, and I would rather count wages and who gets hired.',
  ],
  entrySalary: { low: 50_000, high: 65_000, currency: 'USD', note: 'for analyst or coordinator roles at regional economic development organizations; state agencies publish their pay bands' },
  curiosity: [
    'What got you curious about economic development? It is not a field most people grow up knowing about.',
    'Are you more drawn to the data side or the relationship side?',
  ],
};

const reproHealthAdvocate: PersonaCard = {
  name: 'Dana Whitehorse',
  role: 'Policy and Advocacy Manager',
  organization: 'Access Forward (a reproductive-health advocacy organization)',
  field: 'reproductive-health advocacy',
  yearsInField: 7,
  careerPath: [
    { role: 'Peer health educator', organization: 'a campus health center', years: '2014–2016', note: 'Running workshops in residence halls is where I learned to talk about sensitive topics without flinching.' },
    { role: 'Field organizer', organization: 'a state ballot campaign', years: '2017–2018', note: 'Sixty-hour weeks, clipboards and volunteer shifts. I learned how decisions get made by people who show up.' },
    { role: 'Policy associate', organization: 'Access Forward', years: '2019–2022', note: 'Bill tracking, testimony drafting, coalition calls. I found out I love the details of legislation.' },
    { role: 'Policy and advocacy manager', organization: 'Access Forward', years: '2022–now', note: 'I lead our state legislative agenda and manage two associates.' },
  ],
  typicalWeek: [
    'During session, my week follows the legislature: committee hearings, meetings with legislative staff, and a Monday coalition call to plan the week.',
    'I write or edit a lot: fact sheets, testimony, action alerts. Plain language matters because our audience ranges from legislators to volunteers.',
    'Out of session I spend time on research and relationship-building, and I train volunteers to tell their stories to lawmakers.',
    'Every week there is some rapid response: a court decision or a bill amendment that changes the plan overnight.',
  ],
  enjoys: [
    'Watching a volunteer testify for the first time and realising their story moved a committee member.',
    'Coalition work. Partnering with clinics, legal groups and community organizations makes the work stronger and more honest.',
    'I enjoy the puzzle of legislation: one amendment can change who a law actually reaches.',
  ],
  findsHard: [
    'The emotional weight. We work on issues that affect people\'s lives directly, and losses hurt.',
    'Security and harassment are real concerns in this field, so I am careful about what I share online.',
    'Capacity: there are always more fights than people, and saying no to a coalition partner is hard.',
  ],
  advice: [
    'Get campaign or organizing experience, even one cycle. It teaches urgency and how power works.',
    'Learn your own state\'s legislative process in detail: how a bill moves, who the committee chairs are.',
    'Build your writing: a one-page fact sheet that a busy staffer can read in two minutes is gold.',
    'Look after yourself from the start. People who last in this field have boundaries.',
  ],
  referrals: [
    { name: 'Keisha Morgan', role: 'Community organizer at a reproductive justice collective', why: 'She can speak to the organizing and community side, which is the heart of this work.' },
    { name: 'Elena Vasquez', role: 'Staff attorney at a legal advocacy group', why: 'If you are thinking about law school, she can tell you what the legal path actually looks like.' },
    { name: 'Aaron Feld', role: 'Communications director at a health-policy nonprofit', why: 'Communications is a big part of advocacy and a separate career track.' },
    { name: 'Mina Farouk', role: 'Policy associate at Access Forward', why: 'She came in through a fellowship and can tell you what the associate role is like right now.' },
    { name: 'Renata Solís', role: 'Community outreach manager at a family-planning clinic, former nurse', why: 'She spent ten years as a labor and delivery nurse before moving into advocacy, so she can speak to switching careers and to the clinic side we partner with.' },
    { name: 'Theo Nakamura', role: 'Legislative aide to a state senator on the health committee', why: 'He sits on the other side of the meetings I take every session, and he can tell you how legislative staff decide which advocates to trust.' },
  ],
  temperament: 'reserved',
  wontDiscuss: ['my own salary', 'my personal views on specific candidates', 'internal coalition strategy'],
  publicProfile: {
    headline: 'Policy & Advocacy Manager at Access Forward',
    summary: 'Leads state legislative advocacy at Access Forward (policy associate 2019–2022). Previously field organizer on a state ballot campaign and peer health educator. M.P.H., State University.',
    education: ['M.P.H., State University', 'B.A. Gender Studies, Northfield College'],
  },
  skills: [
    'Policy analysis: reading a bill and explaining in two sentences what it does and whom it affects.',
    'Relationship-building with legislative staff, which is slow, steady and based on being reliable.',
    'Training and supporting volunteers, especially people sharing personal stories.',
    'Staying calm under pressure when news breaks at 9 p.m.',
  ],
  gettingStarted: [
    'Many people start as organizers, legislative interns, or program assistants at advocacy groups. Campaign cycles create a lot of short-term entry jobs.',
    'A public health or law degree helps for policy roles, but organizing and lived experience are valued and not just as a box to tick.',
    'Fellowships exist for early-career people in this field; they are competitive, but they are a well-trodden route in.',
  ],
  trends: [
    'The policy landscape now varies enormously by state, so state-level expertise is in demand.',
    'More integration of legal, clinical and advocacy work: organizations partner closely rather than working in parallel.',
    'Digital security and privacy are becoming part of everyone\'s job, not just IT\'s.',
  ],
  reading: [
    'The Guttmacher Institute\'s policy analyses, for data I can cite.',
    'I read Reproductive Health and Justice newsletters from a few coalitions to know what partners are working on.',
    'Reproductive Justice: An Introduction by Loretta Ross and Rickie Solinger is foundational.',
  ],
  associations: [
    'Your state\'s reproductive-health coalition, if it has volunteer committees, is the best way in.',
    'The American Public Health Association has a sexual and reproductive health section with student membership.',
  ],
  surprises: [
    'How much of policy work is patience and relationships with staffers, not dramatic speeches.',
    'That the people hiring are often not the person you meet: plenty of staff have no role in hiring at all.',
  ],
  culture: [
    'Access Forward is small, values-driven, and takes care to be clear about consent and boundaries, including around time.',
    'We have worked hard on sustainable hours; I would still like more staff so no one is the only person who knows a bill.',
  ],
  entrySalary: { low: 45_000, high: 58_000, currency: 'USD', note: 'for organizer, program assistant or policy associate roles at state-level advocacy organizations' },
  curiosity: [
    'What draws you to this work, if you are comfortable sharing?',
    'Are you leaning more toward organizing, policy or communications?',
  ],
};

const higherEdAdmin: PersonaCard = {
  name: 'Dr. Helen Castillo',
  role: 'Director of Academic Advising',
  organization: 'Northgate University',
  field: 'higher-education administration',
  yearsInField: 14,
  careerPath: [
    { role: 'Ph.D. student and teaching assistant, history', organization: 'Eastbrook University', years: '2006–2012', note: 'I loved teaching and advising undergraduates more than research, which took me a while to admit.' },
    { role: 'Academic advisor', organization: 'Northgate University, College of Arts and Sciences', years: '2012–2016', note: 'A caseload of 350 students. I learned every policy in the catalogue and every way students fall through the cracks.' },
    { role: 'Assistant director, first-year advising', organization: 'Northgate University', years: '2016–2020', note: 'My first supervisory role, plus orientation, which is a small festival to organise every summer.' },
    { role: 'Director of academic advising', organization: 'Northgate University', years: '2020–now', note: 'I lead eighteen advisors and work on retention with the provost\'s office.' },
  ],
  typicalWeek: [
    'I still advise a small caseload, about forty students, mostly ones on academic probation. It keeps me honest about what our policies feel like.',
    'Several committee meetings a week: retention, curriculum, the registrar\'s working group. Universities run on committees.',
    'Supervising my advisors: one-on-ones, case consultations when a student situation is complex, and hiring when we have a line.',
    'I look at data every week, like who has not registered for next term, and we do outreach before students disappear.',
  ],
  enjoys: [
    'A student who was on probation graduating on time. I keep the thank-you notes in a drawer for bad days.',
    'Building a team. Watching an advisor I hired grow into an assistant director is the best part of my job now.',
    'I like the rhythm of the academic year: it gives every season a fresh start.',
  ],
  findsHard: [
    'Slow decision-making. Changing one policy can take a year of committee approvals.',
    'Caseloads that are too large to do the job the way students deserve.',
    'Budget cycles where my team absorbs work from positions that were not refilled.',
  ],
  advice: [
    'Get student-facing experience: orientation leader, residence life, tutoring, peer advising. Hiring committees look for it.',
    'Read your target institution\'s strategic plan before you talk to anyone there. It tells you what they care about this decade.',
    'Be patient with the hierarchy. Titles and reporting lines matter a lot in higher ed, and understanding them helps you navigate.',
    'Do not assume you need a doctorate. For most advising and student affairs roles a master\'s is the norm, and some need none.',
  ],
  referrals: [
    { name: 'Omar Reyes', role: 'Associate director of career services at Northgate', why: 'Career services is the closest cousin to advising and hires often.' },
    { name: 'Dr. Beth Langford', role: 'Associate provost for student success at a community college', why: 'She can show you the community college side, which is a wonderful place to work and quite different.' },
    { name: 'Kwame Asante', role: 'Residence life coordinator at Northgate', why: 'Residence life is a common entry point into student affairs, and he loves talking about it.' },
    { name: 'Alicia Brennan', role: 'Assistant director of advising at Northgate University', why: 'She started as a frontline advisor and moved up, so she knows what the first few years feel like.' },
    { name: 'Tessa Moreau', role: 'Academic advisor at Northgate University, in her second year', why: 'She carries a full caseload right now and remembers the learning curve well, so she can tell you honestly what the first year of advising is like.' },
    { name: 'Curtis Afolabi', role: 'Success coach for online adult-degree students at a private university', why: 'He taught high-school English for six years before switching, and advising working adults online is a very different setting from our campus.' },
  ],
  temperament: 'warm',
  wontDiscuss: ['my own salary', 'individual students'],
  publicProfile: {
    headline: 'Director of Academic Advising at Northgate University',
    summary: 'Director of academic advising at Northgate University since 2020; assistant director of first-year advising 2016–2020; academic advisor 2012–2016. Ph.D. in History, Eastbrook University.',
    education: ['Ph.D. History, Eastbrook University', 'B.A. History, Northgate University'],
  },
  skills: [
    'Listening for what a student is not saying: the "I am fine" that means they are working thirty hours a week.',
    'Knowing policy well enough to find the legitimate exception.',
    'Working across offices: registrar, financial aid, counseling. Students do not care whose office a problem belongs to.',
    'Comfort with data and reports, which is now part of nearly every administrative role.',
  ],
  gettingStarted: [
    'Common entry roles are academic advisor, admissions counselor, residence life coordinator or program coordinator.',
    'A master\'s in higher education or student affairs is the usual credential, and many people do it part-time while working at a university, because tuition benefits help.',
    'People leaving Ph.D. programs do well here; they understand the academy from inside.',
  ],
  trends: [
    'Retention and student success are the big priorities, driven by enrolment pressures.',
    'More use of predictive analytics to flag students early, with real questions about how fairly those tools work.',
    'Holistic advising: advisors coordinating career, financial and academic support together.',
  ],
  reading: [
    'Inside Higher Ed and The Chronicle of Higher Education, daily.',
    'NACADA\'s Academic Advising Today for practical pieces.',
    'How College Works by Chambliss and Takacs changed how I think about relationships and student success.',
  ],
  associations: [
    'NACADA, the global community for academic advising, with regional conferences that are affordable and friendly.',
    'NASPA and ACPA for student affairs more broadly.',
  ],
  surprises: [
    'How much of my job is managing up and across, not working with students.',
    'How varied universities are: a small college, a community college and a research university feel like different industries.',
  ],
  culture: [
    'Northgate is a public university with strong benefits and a real commitment to first-generation students.',
    'I would change the pace of decision-making and give advisors more say in policy.',
  ],
  entrySalary: { low: 44_000, high: 55_000, currency: 'USD', note: 'for academic advisor or coordinator roles at US universities; public universities often publish salary ranges' },
  curiosity: [
    'Are you thinking about advising specifically, or student affairs more broadly?',
    'What was your own experience with advising as a student, if you do not mind me asking?',
  ],
};

const softwareEngineer: PersonaCard = {
  name: 'Tomás Lindqvist',
  role: 'Staff Software Engineer',
  organization: 'Railyard (a logistics software company)',
  field: 'software engineering',
  yearsInField: 12,
  careerPath: [
    { role: 'Physics student who wrote simulation scripts', organization: 'Lakeshore University', years: '2008–2012', note: 'I enjoyed making the code work more than I enjoyed the physics. That was the hint.' },
    { role: 'Junior developer', organization: 'a municipal IT department', years: '2012–2015', note: 'Old systems, real users, no hype. It taught me to respect boring, reliable software.' },
    { role: 'Backend engineer', organization: 'Parcelwise, a delivery start-up', years: '2015–2019', note: 'Everything was on fire and I learned more in four years than I thought possible. Also how not to run on-call.' },
    { role: 'Staff software engineer', organization: 'Railyard', years: '2019–now', note: 'I joined as a senior engineer and was promoted to staff; now I spend more time on design reviews than on code.' },
  ],
  typicalWeek: [
    'A normal week is maybe forty percent code, forty percent design docs and reviews, twenty percent meetings.',
    'I review a lot of pull requests. A good review is teaching, not gatekeeping.',
    'One week in six I am on call for our routing service, which means a pager and, sometimes, a 3 a.m. incident.',
    'I have two mentoring one-on-ones a week with newer engineers; we talk about anything from debugging to asking for a raise.',
  ],
  enjoys: [
    'The moment a hard bug finally makes sense. It is a puzzle with a very clear ending.',
    'Design reviews where someone junior spots the flaw everybody senior missed.',
    'Knowing that trucks get routed a bit better because of code I wrote; it is satisfyingly physical for software.',
  ],
  findsHard: [
    'Estimating. Everyone wants to know when something will be done, and software is bad at answering that.',
    'Legacy decisions: working around a choice someone made six years ago under pressure.',
    'Staying focused when meetings chop the day into small pieces.',
  ],
  advice: [
    'Build one thing end to end that real people use, even a small tool for a club or a family business. It teaches more than ten tutorials.',
    'Read other people\'s code. Contributing a small fix to an open-source project teaches you how real codebases work.',
    'Learn to write clearly: design docs, commit messages, bug reports. Senior engineers are judged on writing more than people expect.',
    'Get comfortable saying "I do not know, let me find out". It is the most senior sentence in engineering.',
  ],
  referrals: [
    { name: 'Mei Chen', role: 'Engineering manager at Railyard', why: 'If you are curious about the management track versus staying technical, she has done both.' },
    { name: 'Ravi Shankar', role: 'Site reliability engineer at a cloud company', why: 'Reliability and infrastructure is its own path, and he explains it well.' },
    { name: 'Lucia Ferraro', role: 'Developer advocate at a database company', why: 'For people who like code and teaching, developer relations is a real career.' },
    { name: 'Doris Kowalczyk', role: 'Runs applications for the city, where I started', why: 'If you are curious about public-sector tech, she can tell you what that path is like.' },
    { name: 'Sana Qureshi', role: 'Junior engineer at Railyard, about a year in, and one of my mentees', why: 'She is at the stage you are aiming for, so she can tell you what the interviews were like and what the first year on a real team involves.' },
    { name: 'Dwayne Mercer', role: 'Backend developer at a freight-brokerage start-up, former truck dispatcher', why: 'He went from dispatching trucks to a bootcamp in his thirties, so he can tell you honestly what switching into software takes right now.' },
  ],
  temperament: 'busy',
  wontDiscuss: ['my own salary or equity', 'Railyard\'s customers by name'],
  publicProfile: {
    headline: 'Staff Software Engineer at Railyard · distributed systems, routing',
    summary: 'Staff software engineer at Railyard since 2019. Previously backend engineer at Parcelwise and junior developer in a municipal IT department. B.S. in Physics, Lakeshore University.',
    education: ['B.S. Physics, Lakeshore University'],
  },
  skills: [
    'Debugging systematically: forming a hypothesis, testing it, and not changing three things at once.',
    'Breaking a big problem into small pieces you can ship and check.',
    'Communication: explaining a trade-off to a product manager without jargon.',
    'Fundamentals over frameworks: data structures, networking basics, how databases actually store things.',
  ],
  gettingStarted: [
    'Computer science degrees are the common path, but a lot of good engineers came from bootcamps, physics, or support roles. Self-taught works if you can show real projects.',
    'Entry titles are junior or associate engineer; internships and apprenticeships are the most reliable doors right now.',
    'Moving over internally, from QA, support or data analysis, is underrated and often easier than a cold application.',
  ],
  trends: [
    'AI coding assistants are changing the day-to-day: less typing, more reviewing. Judgment about what code should exist matters more than ever.',
    'The junior market is tighter than it was a few years ago, so projects and referrals through real relationships matter more.',
    'Reliability and security are getting more attention as everything becomes software.',
  ],
  reading: [
    'Designing Data-Intensive Applications by Martin Kleppmann, slowly, a chapter at a time.',
    'The Pragmatic Programmer is still the best career book for engineers.',
    'I follow a couple of engineering blogs from companies that write honest incident reviews.',
  ],
  associations: [
    'Local meetups for your language or stack; giving a ten-minute lightning talk there is a great first step.',
    'Open-source communities are the professional organizations of software, in a way.',
  ],
  surprises: [
    'How little of the job is writing new code. Most of it is reading, changing and deleting existing code.',
    'How much people skills matter for promotion past senior.',
  ],
  culture: [
    'Railyard is about 300 people, remote-friendly, and takes on-call health seriously, which I appreciate after my start-up years.',
    'I would change how much time goes to meetings; we are working on protecting focus days.',
  ],
  entrySalary: { low: 85_000, high: 120_000, currency: 'USD', note: 'for junior engineer roles at mid-sized US companies; it varies a lot by city and company size' },
  curiosity: [
    'What have you built so far, even small things?',
    'Are you more drawn to the product side or the infrastructure side?',
  ],
};

const nurseEducator: PersonaCard = {
  name: 'Grace Mwangi',
  role: 'Clinical Nurse Educator, Intensive Care',
  organization: 'St. Brigid Regional Medical Center',
  field: 'nursing',
  yearsInField: 13,
  careerPath: [
    { role: 'Certified nursing assistant', organization: 'a long-term care facility', years: '2009–2011', note: 'I worked nights while in nursing school. It taught me that basic care is not basic at all.' },
    { role: 'Registered nurse, medical-surgical unit', organization: 'St. Brigid Regional Medical Center', years: '2011–2014', note: 'Six patients a shift, time management under pressure, and learning to trust my assessment.' },
    { role: 'ICU staff nurse, then charge nurse', organization: 'St. Brigid Regional Medical Center', years: '2014–2021', note: 'Critical care pulled me in. Being charge nurse showed me I liked teaching and coordinating.' },
    { role: 'Clinical nurse educator, intensive care', organization: 'St. Brigid Regional Medical Center', years: '2021–now', note: 'I run orientation for new ICU nurses and ongoing training for the unit.' },
  ],
  typicalWeek: [
    'I spend two or three days on the unit alongside new nurses during their orientation, precepting and checking skills at the bedside.',
    'I run simulation sessions in our sim lab: a mannequin crashes and a team practises the response.',
    'There is always a policy or protocol update to turn into training, like a new sedation protocol or a new IV pump.',
    'I still pick up a clinical shift every couple of weeks, because educators who stop practising lose credibility fast.',
  ],
  enjoys: [
    'Watching a new graduate go from terrified to confident over twelve weeks.',
    'Simulation days: people make mistakes safely, and you can see the learning happen.',
    'The ICU team itself: respiratory therapists, pharmacists, physicians and nurses working closely together.',
  ],
  findsHard: [
    'Staffing shortages. When the unit is short, education is the first thing that gets cancelled.',
    'Moral distress: situations where we cannot give the care we think a patient deserves.',
    'Night and weekend schedules, especially early in a career. That is real and worth knowing going in.',
  ],
  advice: [
    'Shadow a nurse for a shift if you can. The reality of a twelve-hour shift is different from anything you read.',
    'Work as a nursing assistant or patient care tech first if possible. Hospitals hire their own, and you will learn fast.',
    'Choose your first unit for the teaching culture, not the specialty. A supportive first year matters more than anything.',
    'Look after your body: shoes, sleep, lifting technique. It is a physical job.',
  ],
  referrals: [
    { name: 'Ruth Adeyemi', role: 'Nurse recruiter and former oncology nurse at St. Brigid', why: 'She can explain residency programs for new graduates across the region.' },
    { name: 'James O\'Connell', role: 'Nurse practitioner in a rural family clinic', why: 'If advanced practice interests you, he can talk about the NP route.' },
    { name: 'Sofia Marin', role: 'Public health nurse with the county', why: 'Nursing outside the hospital is a big world, and she loves it.' },
    { name: 'Beatrice Holm', role: 'Part-time nursing-school faculty, and the educator in this role before me', why: 'She has seen both the hospital and the academic sides of nursing education.' },
    { name: 'Tariq Hussain', role: 'ICU staff nurse at St. Brigid, eighteen months out of our residency', why: 'I precepted him through his ICU orientation, so he can tell you what the first year as a new graduate really feels like, night shifts included.' },
    { name: 'Claire Dubois', role: 'Emergency nurse at a city trauma center; ex-accountant, accelerated BSN', why: 'She did an accelerated BSN after eight years in accounting, so she can tell you what changing careers into nursing takes, and the ER is a different pace from the ICU.' },
  ],
  temperament: 'reserved',
  wontDiscuss: ['my own salary', 'anything about specific patients'],
  publicProfile: {
    headline: 'Clinical Nurse Educator, ICU · St. Brigid Regional Medical Center · RN, CCRN',
    summary: 'Clinical nurse educator for intensive care at St. Brigid since 2021. ICU staff and charge nurse 2014–2021; medical-surgical RN 2011–2014. BSN, MSN in nursing education. CCRN certified.',
    education: ['MSN, Nursing Education, Lakeland University', 'BSN, Lakeland University'],
  },
  skills: [
    'Assessment: noticing the small change, like a patient who is suddenly quieter, before the monitor does.',
    'Communication under stress, especially closed-loop communication in an emergency.',
    'Prioritising: knowing which of six things must happen in the next five minutes.',
    'For education, breaking a complex skill into steps and giving feedback kindly and clearly.',
  ],
  gettingStarted: [
    'The routes are an associate degree in nursing or a BSN, then the NCLEX licensing exam. Many hospitals prefer or require a BSN now.',
    'Accelerated BSN programs exist for people who already have a bachelor\'s in something else, usually twelve to eighteen months and very intense.',
    'New graduate residency programs are the best first job: a year of structured support.',
  ],
  trends: [
    'Staffing models are changing, with more virtual nursing and team-based care.',
    'Experienced nurses are retiring, so there is a lot of demand and a lot of pressure on new nurses.',
    'Simulation and competency-based training are growing in nursing education.',
  ],
  reading: [
    'The American Journal of Critical Care for evidence updates.',
    'The Nurse Educator podcast, which is practical and short.',
    'From Novice to Expert by Patricia Benner explains how nurses actually learn.',
  ],
  associations: [
    'The American Association of Critical-Care Nurses has student membership and great free resources.',
    'Your state nurses association, and the National Student Nurses\' Association if you are in school.',
  ],
  surprises: [
    'How much I would love teaching. I never planned to leave full-time bedside care.',
    'How much of nursing is advocacy: speaking up for a patient when something is not right.',
  ],
  culture: [
    'St. Brigid is a community hospital with a strong nursing union and a good new-graduate residency.',
    'I would protect education time during staffing crunches; it is what keeps new nurses from leaving.',
  ],
  entrySalary: { low: 68_000, high: 85_000, currency: 'USD', note: 'for new-graduate registered nurses in our region, with night and weekend differentials on top' },
  curiosity: [
    'What is drawing you to nursing? People come to it for very different reasons.',
    'Have you spent any time in a hospital or clinic setting yet?',
  ],
};

const withFacts = (id: string, card: PersonaCard): PresetPersona => {
  const facts = presetFacts(id);
  return { id, card: facts ? { ...card, facts: [...facts] } : card };
};

/** The presets, each with its knowledge card's facts (shared/practice/cards/<id>.json). */
export const PRESET_PERSONAS: readonly PresetPersona[] = [
  withFacts('preset-ux-researcher', uxResearcher),
  withFacts('preset-sustainability-director', sustainabilityDirector),
  withFacts('preset-economic-development', economicDevelopment),
  withFacts('preset-repro-health-advocate', reproHealthAdvocate),
  withFacts('preset-higher-ed-advising', higherEdAdmin),
  withFacts('preset-software-engineer', softwareEngineer),
  withFacts('preset-icu-nurse-educator', nurseEducator),
];

export function findPreset(id: string): PresetPersona | undefined {
  return PRESET_PERSONAS.find((preset) => preset.id === id);
}
