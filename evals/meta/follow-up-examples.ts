import { examplesFor, type LabelledExample } from './labelled-example.ts';

/**
 * Labelled examples for every follow-up rule: thank-you notes after an informational interview
 * that a careful reviewer passes or fails, written for infochat (never taken from the guides or
 * any page). Some carry the conversation's topics (`context.topics`), as the debrief's note
 * editor does; the rest are judged on their text alone.
 */

const dear = (name: string, ...body: string[]) => `Dear ${name},\n\n${body.join(' ')}\n\nBest,\nSam`;

export const followUpExamples: LabelledExample[] = [
  ...examplesFor('follow-up.thanks', (should) => {
    should.pass(dear('Priya', 'Thank you for talking with me on Tuesday.'));
    should.pass('Hi Grace — thanks so much for the chat yesterday, it helped a lot.');
    should.pass(dear('Marcus', 'I really appreciate the half hour you gave me last week.'));
    should.pass(dear('Dr. Castillo', 'I am grateful for your time and your honesty about caseloads.'));
    should.pass('Tomás, many thanks for walking me through how on-call works at Railyard.');
    should.pass(dear('Jelena', 'Your advice about volunteering first was exactly what I needed — thank you.'));
    should.pass('Hi Dana, I wanted to say how much I appreciated our conversation on Friday.');
    should.pass(dear('Ms. Whitehorse', 'Thanks again for making time in such a busy week.'));
    should.pass('Hello Helen, thank u for the conversation, I learned a lot about advising.');
    should.pass(dear('Priya', 'I appreciate you sharing how you moved from the bank into health tech.'));
    should.pass('Grace, I am so appreciative of the time you took to explain residency programs.');
    should.fail(dear('Priya', 'It was great to talk on Tuesday. I have signed up for the UXPA meetup you mentioned.'));
    should.fail('Hi Grace, just checking in! Any updates?');
    should.fail(dear('Marcus', 'Our conversation about site selection was fascinating. I will read the IEDC primer this month.'));
    should.fail('Tomás — I started the system design book you recommended. Chapter three is already changing how I think.');
    should.fail(dear('Jelena', 'Following our call, I joined the Saturday restoration crew.'));
    should.fail('Hi Dana, I enjoyed hearing about coalition work. Could you send me the names of those groups?');
    should.fail(dear('Dr. Castillo', 'I loved learning about the advising model at Northgate.'));
    should.fail('Hello Helen, it was a pleasure meeting you. I will look into residence life roles.');
    should.fail(dear('Priya', 'Great chatting! Talk soon.'));
    should.fail('Hi Marcus, I reached out to Linda Park as you suggested, and we are meeting next week.');
    should.fail(dear('Grace', 'It was lovely to meet you and hear about night shifts on the oncology floor.'));
  }),

  ...examplesFor('follow-up.names-topics', (should) => {
    should.pass(dear('Priya', 'Thank you for Tuesday. What you said about recruiting participants from busy clinics stayed with me.'), { topics: ['recruiting participants', 'a typical week'] });
    should.pass('Thanks Grace! Your point about night shifts was honest and useful.', { topics: ['night shifts', 'residency programs'] });
    should.pass(dear('Marcus', 'I keep thinking about the incentive packages you described.'), { topics: ['incentive packages'] });
    should.pass(dear('Dr. Castillo', 'Thank you. Hearing about your caseload and how you triage it was eye-opening.'));
    should.pass('Tomás, thanks. You mentioned that staff engineers spend more time writing than coding, which surprised me.');
    should.pass(dear('Jelena', 'Thank you for our conversation about grant reporting; I had no idea how much of the job it is.'));
    should.pass('Hi Dana, your advice about learning the legislative calendar was so practical. Thank you.');
    should.pass(dear('Helen', 'Thanks so much. The skills you listed for advisors gave me a clear plan.'), { topics: ['skills that matter', 'a typical week'] });
    should.pass('Thank you, Priya. I loved learning about synthesis days and how you pick three findings.', { topics: ['synthesis'] });
    should.pass(dear('Marcus', 'Thanks. You explained how site selection consultants work for companies, not towns, and that changed my picture of the field.'));
    should.pass('Grace, thank you. Your story about the simulation lab made me want to see one.', { topics: ['simulation training'] });
    should.fail(dear('Priya', 'Thank you so much for your time. It was great to meet you.'));
    should.fail('Hi Grace, thanks again for the chat! I really enjoyed it.');
    should.fail(dear('Marcus', 'Thank you for everything. You mentioned many things and I will think about them.'), { topics: ['grant writing', 'burnout'] });
    should.fail(dear('Dr. Castillo', 'I appreciate your time and insight. Best of luck this semester.'));
    should.fail('Thanks Tomás, that was super helpful. Have a great week!', { topics: ['on-call', 'code review'] });
    should.fail(dear('Jelena', 'Thank you for a lovely conversation. I learned so much.'));
    should.fail('Dana, many thanks for your generosity with your time.');
    should.fail(dear('Helen', 'Thanks again. I will keep exploring.'), { topics: ['residence life', 'caseloads'] });
    should.fail('Hi Priya, thank you! It meant a lot that you made time for me.');
    should.fail(dear('Marcus', 'I appreciate our call. It gave me a lot to think about.'));
    should.fail('Thank you so much, Grace — truly a great chat.', { topics: ['the first year', 'specialties'] });
  }),

  ...examplesFor('follow-up.acts-on-advice', (should) => {
    should.pass(dear('Priya', 'Thank you. I have already signed up for the UXPA chapter meetup you suggested.'));
    should.pass("Thanks Grace! I'm going to apply for tech positions at two hospitals, like you recommended.");
    should.pass(dear('Marcus', 'Thank you. I reached out to Linda Park last week and we are meeting on Thursday.'));
    should.pass(dear('Dr. Castillo', 'Thanks to your advice, I volunteered for orientation week and loved it.'));
    should.pass('Tomás, thank you. I will start contributing to one open-source project this month.');
    should.pass(dear('Jelena', 'Thank you. I plan to join the Saturday restoration crew you mentioned.'));
    should.pass('Hi Dana, thank you. I took your advice and read the last two years of the coalition’s reports.');
    should.pass(dear('Helen', 'Thank you. As you suggested, I am shadowing an advisor at my college next week.'));
    should.pass("Thanks Priya — I've ordered the interviewing book you mentioned and I'm halfway through.");
    should.pass(dear('Marcus', 'Thanks again. I intend to take the IEDC introductory course in the spring.'));
    should.pass("Grace, thank you. I'm following your suggestion and working as a CNA on a med-surg unit this summer.");
    should.fail(dear('Priya', 'Thank you for your time on Tuesday. It was wonderful to hear about your work.'));
    should.fail('Hi Grace, thanks for the chat! Your advice was great.');
    should.fail(dear('Marcus', 'Thank you. Your point about housing shortages was fascinating.'));
    should.fail(dear('Dr. Castillo', 'I appreciate your insight about caseloads. It was good to meet you.'));
    should.fail('Tomás, thanks for explaining on-call. Have a great weekend.');
    should.fail(dear('Jelena', 'Thank you for such an inspiring conversation about restoration work.'));
    should.fail('Hi Dana, thank you for your time and honesty. Take care.');
    should.fail(dear('Helen', 'Thanks! You gave me a lot to think about.'));
    should.fail('Priya, many thanks — I loved hearing about synthesis days.');
    should.fail(dear('Marcus', 'Thanks again for the call. Best wishes with the new project.'));
    should.fail('Grace, thank you so much. It was lovely to learn about the simulation lab.');
  }),

  ...examplesFor('follow-up.asks-nothing-new', (should) => {
    should.pass(dear('Priya', 'Thank you for Tuesday. I have signed up for the meetup you suggested.'));
    should.pass('Thanks Grace! I will apply for tech roles as you recommended.');
    should.pass(dear('Marcus', 'Thank you. As you offered, I have attached the one-page summary you said you would be glad to read.'));
    should.pass(dear('Dr. Castillo', 'Thank you. I reached out to Omar Reyes and we are meeting next week.'));
    should.pass('Tomás, thanks. I started the system design book you mentioned.');
    should.pass(dear('Jelena', 'Thank you for the conversation about grant reporting. I will keep you posted on how volunteering goes.'));
    should.pass('Hi Dana, thank you. Your advice about the legislative calendar was very helpful.');
    should.pass(dear('Helen', 'Thanks so much. I hope your orientation week goes smoothly.'));
    should.pass('Priya, thank you — I really enjoyed hearing how you moved from the bank into health tech.');
    should.pass(dear('Marcus', 'Thanks again. I will read the county’s economic plan before I talk with Linda.'));
    should.pass('Grace, thank you. No need to reply — I just wanted you to know the advice landed.');
    should.fail(dear('Priya', 'Thank you. If you see any openings on your team, please let me know.'));
    should.fail('Thanks Grace! Could you review my resume before I apply to the residency?');
    should.fail(dear('Marcus', 'Thank you! Would you have time for another call next month?'));
    should.fail(dear('Dr. Castillo', 'Thanks. Could you introduce me to Omar Reyes?'));
    should.fail('Tomás, thanks for the chat. Could you refer me for the backend role at Railyard?');
    should.fail(dear('Jelena', 'Thank you so much. Would you mind looking over my cover letter?'));
    should.fail('Hi Dana, thank you. Could you send me any job postings you come across?');
    should.fail(dear('Helen', 'Thanks! If you hear of any advising positions, I would love to know.'));
    should.fail('Priya, thanks so much. I would love to pick your brain again sometime soon.');
    should.fail(dear('Marcus', 'Thanks for the call. Could you keep me in mind if anything opens up?'));
    should.fail('Grace, thank you. Would you be my mentor as I go through nursing school?');
  }),

  ...examplesFor('follow-up.no-empty-check-in', (should) => {
    should.pass(dear('Priya', 'Thank you for Tuesday. I signed up for the UXPA meetup you mentioned.'));
    should.pass('Hi Grace, a quick update: I started as a CNA on the med-surg unit, as you suggested.');
    should.pass(dear('Marcus', 'I wanted to let you know I met Linda Park, and she was as generous as you said.'));
    should.pass(dear('Dr. Castillo', 'Good news: your advice helped me land an advising role at a community college. Thank you!'));
    should.pass('Tomás, thank you. Your point about writing design docs changed how I work on my project.');
    should.pass(dear('Jelena', 'Thank you for talking about grant reporting. I will read the two reports you mentioned.'));
    should.pass('Hi Dana, thanks for sharing how coalitions work. I am volunteering with one now.');
    should.pass(dear('Helen', 'I finished the orientation week you suggested I volunteer for, and I loved it.'));
    should.pass('Priya, thank you — the case-study idea was exactly right, and I have written my first one.');
    should.pass(dear('Marcus', 'Thank you. I checked in with the county office as you suggested, and they have a volunteer board.'));
    should.pass('Grace, thank you again for the honest picture of night shifts.');
    should.fail(dear('Priya', 'Just checking in to see how you are doing!'));
    should.fail('Hi Grace, just wanted to touch base.');
    should.fail(dear('Marcus', 'I am still looking for a job, so I thought I would say hi.'));
    should.fail('Tomás, just following up on our chat from a few months ago. Any news on your end?');
    should.fail(dear('Dr. Castillo', "Hope you're well! I'm still job hunting, nothing new to report."));
    should.fail('Hi Dana, circling back — just wanted to reach out again.');
    should.fail(dear('Jelena', 'Just checking in again. Still on the market.'));
    should.fail('Helen, touching base to say hello. Any updates?');
    should.fail(dear('Priya', 'Hi again! Just wanted to say hi and see how things are.'));
    should.fail('Marcus — just following up. I am still searching for something in the field.');
    should.fail(dear('Grace', 'Just checking back in since it has been a while.'));
  }),
];
