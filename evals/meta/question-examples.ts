import { rulesFor } from '../../shared/rules/index.ts';
import { GUIDES_ABSENT_REASON, guidesPresent } from '../../test/guides.ts';
import { guideBadGoodPairs, guideRecommendedQuestions } from '../../test/question-guides.ts';
import { examplesFor, type LabelledExample } from './labelled-example.ts';

/**
 * Labelled examples for every question rule: at least ten questions a careful reviewer passes and
 * ten they fail, per rule, written for infochat (never taken from the guides or any page) and kept
 * apart from the questions eval's cases. A question is labelled for one rule at a time: "Why did
 * you quit McKinsey?" fails the justification rule and may pass the salary rule. The should-pass
 * side is mostly near misses — questions that share a word or a shape with the rule's failures
 * but that the guides would accept — because that is where a checker over-reaches.
 */

const PROFILE = `Lena Okafor
Senior Data Scientist, Brightline Energy (2020 – present)
Data Analyst, City of Portland (2016 – 2020)
M.S. Statistics, Oregon State University
Certified Analytics Professional (CAP)`;

export const questionExamples: LabelledExample[] = [
  ...examplesFor('question.not-job-seeking', (should) => {
    should.pass('How do people usually get their first role in clinical research?');
    should.pass('What does the hiring process look like for entry-level jobs in publishing?');
    should.pass('Which job titles should I look for if I want to do this kind of work?');
    should.pass('What would make an applicant stand out for a role like yours?');
    should.pass('How do most analysts in your field find their openings?');
    should.pass('Is it realistic to move into product management without an MBA?');
    should.pass('How has hiring in game studios changed over the last few years?');
    should.pass('What do you wish applicants understood about how your team recruits?');
    should.pass('Who else would you suggest I talk to about careers in urban forestry?');
    should.pass('What kinds of internships helped people you know break into journalism?');
    should.pass('How competitive is the job market for new speech therapists right now?');
    should.fail('Is your studio taking on any junior animators this year?');
    should.fail('r u guys hiring');
    should.fail('Could you keep me in mind when the analyst spot opens?');
    should.fail('What would it take for me to get an interview with your team?');
    should.fail('Do you think I could land a position at Deloitte?');
    should.fail("I'd really like to work for your agency — are there openings?");
    should.fail('Could you put in a word for me with the recruiter?');
    should.fail('Is the data engineer role on your site still open?');
    should.fail('Would your clinic consider me for a part-time nursing shift?');
    should.fail('Are any roles coming up at Etsy this spring?');
    should.fail('Any chance you could use an extra intern on the design team?');
  }),
  ...examplesFor('question.not-screening', (should) => {
    should.pass('Which strengths matter most for success in hospital administration?');
    should.pass('What skills took you the longest to develop?');
    should.pass('Where do you see the field of ed tech going in the next decade?');
    should.pass('What would you do differently if you were starting your career today?');
    should.pass('If you were in my position, what would you focus on first?');
    should.pass('How do people in your role usually handle difficult clients?');
    should.pass('What have you learned from projects that did not go to plan?');
    should.pass('What makes someone a good fit for a team like yours?');
    should.pass('What does a typical project look like from start to finish?');
    should.pass('How did you get comfortable leading meetings?');
    should.pass('What kinds of problems does your team solve in a typical week?');
    should.fail('What is your biggest weakness as a designer?');
    should.fail('Tell me about a time you had to meet a tough deadline.');
    should.fail('Where do you see yourself ten years from now?');
    should.fail('Why should a hospital hire you rather than someone else?');
    should.fail('How would you handle an angry customer?');
    should.fail('What would you do if your project lost its funding?');
    should.fail('Describe a disagreement you resolved with a colleague.');
    should.fail('How would your manager describe you?');
    should.fail('Imagine you inherited a failing team. What is your first move?');
    should.fail('What are your three greatest strengths?');
    should.fail('What do you bring to the table that others do not?');
  }),
  ...examplesFor('question.no-justification-demand', (should) => {
    should.pass('How did you decide to move from teaching into instructional design?');
    should.pass('What led you to specialise in tax law?');
    should.pass('What drew you to working with nonprofits?');
    should.pass('Why do you think remote work has stuck in software but not in banking?');
    should.pass('What books would you recommend to someone new to supply chain work?');
    should.pass('What made you decide to stay in the public sector?');
    should.pass('How did you know it was the right time to go freelance?');
    should.pass('What did you weigh when you chose between two offers early on?');
    should.pass('Why has demand for data privacy lawyers grown so fast?');
    should.pass('What has kept you in the field for so long?');
    should.pass('What were the most useful courses you took, looking back?');
    should.fail('Why did you pick sales of all careers?');
    should.fail('why did u leave the bank');
    should.fail('Explain why you switched from law to design.');
    should.fail('What are the four best podcasts for marketers, and why?');
    should.fail('Why would anybody take a government job over a private one?');
    should.fail('Can you justify the cost of your MBA?');
    should.fail('What made you think a startup was a smart move?');
    should.fail('Give me your reasons for choosing consulting.');
    should.fail('Why are you still working in retail?');
    should.fail("Why haven't you gone back for a PhD?");
    should.fail('Defend the decision to leave a stable job.');
  }),
  ...examplesFor('question.positive-framing', (should) => {
    should.pass('What are some of the challenges in your work right now?');
    should.pass('What do you find frustrating about grant cycles, and how do you cope?');
    should.pass('What is the hardest part of being a new manager?');
    should.pass('What do you like least about the travel?');
    should.pass('What is something you would change about your industry?');
    should.pass('What surprised you most when you started?');
    should.pass('How do people in your role avoid burnout?');
    should.pass('What mistakes do newcomers often make in this field?');
    should.pass('What are the downsides people rarely mention?');
    should.pass('How did you decide when to move on from your first job?');
    should.pass('What is the least glamorous part of the work?');
    should.fail('What is the worst part of being a pharmacist?');
    should.fail('what do you hate about your job');
    should.fail('Isn\'t accounting kind of a dead end?');
    should.fail('Why is the pay in theatre so awful?');
    should.fail('How toxic is your office really?');
    should.fail('Do you regret going into academia?');
    should.fail("Don't you get tired of answering the same emails every day?");
    should.fail('What annoys you most about your clients?');
    should.fail('What was the biggest failure of your team last year?');
    should.fail('Is it true that agencies treat interns like dirt?');
    should.fail('Why did you leave your last company?');
  }),
  ...examplesFor('question.not-on-profile', (should) => {
    should.pass('What did you enjoy most about your time at the City of Portland?', { profile: PROFILE });
    should.pass('How did your statistics degree prepare you for data science?', { profile: PROFILE });
    should.pass('What was the biggest adjustment going from government to a private company?');
    should.pass('How much does where you studied matter in this field?');
    should.pass('What did you take from your first job that you still use?');
    should.pass('How has your role changed since you started?');
    should.pass('What was it like moving from a large firm to a small one?');
    should.pass('Which certifications have actually helped you in your work?');
    should.pass('How did your time as an analyst shape how you lead?');
    should.pass('What drew you from consulting into healthcare?');
    should.pass('What do you remember most about your first year on the job?');
    should.fail('Where did you go to grad school?');
    should.fail('what was ur major');
    should.fail('Which companies have you worked for?');
    should.fail('How long have you been at your company?');
    should.fail('What was your title before you were promoted?');
    should.fail('When did you join the firm?');
    should.fail('Were you at the City of Portland before Brightline?', { profile: PROFILE });
    should.fail('Are you a certified analytics professional?', { profile: PROFILE });
    should.fail('Where were you working before your current job?');
    should.fail('Can you list the jobs you have held since college?');
    should.fail('What degrees do you have?');
  }),
  ...examplesFor('question.no-personal-salary', (should) => {
    should.pass('What range might someone entering the field expect?');
    should.pass('Can you help me understand typical starting pay for paralegals?');
    should.pass('How does pay tend to grow over the first few years in nursing?');
    should.pass('Is it normal to negotiate a first offer in this industry?');
    should.pass('How do bonuses usually work at consulting firms?');
    should.pass('What benefits matter most to people in your field besides salary?');
    should.pass('How do salaries compare between nonprofits and government agencies?');
    should.pass('Where can I find reliable salary data for this field?');
    should.pass('How does freelance pricing usually work for illustrators?');
    should.pass('What should a new graduate know about equity at startups?');
    should.pass('How much does a master\'s degree change starting pay in this field?');
    should.fail('How much do you earn?');
    should.fail("what's ur salary");
    should.fail('What was your starting pay at the firm?');
    should.fail('Do you make more than six figures?');
    should.fail('How big is your annual bonus?');
    should.fail('What do engineers at your level make at Google?');
    should.fail('Would you mind telling me what you make?');
    should.fail('What rate do you charge your clients?');
    should.fail("What's your take home pay each month?");
    should.fail('How much stock did they give you when you joined?');
    should.fail('Are you paid fairly for what you do?');
  }),
  ...examplesFor('question.no-extra-labour', (should) => {
    should.pass('Who else should I talk to?');
    should.pass('Are there other people in your field you think I should speak with?');
    should.pass('What makes a résumé stand out in your field?');
    should.pass('What should a strong portfolio for junior designers include?');
    should.pass('Where do people usually hear about new openings in this field?');
    should.pass('How have mentors shaped your career?');
    should.pass('What does mentorship look like at your company?');
    should.pass('What do hiring managers look for in a cover letter here?');
    should.pass('Which writing samples tend to impress editors?');
    should.pass('Do you know anyone else who might be open to a similar chat?');
    should.pass('How do people in this field find good mentors?');
    should.fail('Could you look over my résumé?');
    should.fail('would u review my cover letter');
    should.fail('Can you give me notes on my writing sample?');
    should.fail('Could you introduce me to your director?');
    should.fail('Can you send me any openings you hear about?');
    should.fail('If you see a posting that suits me, could you forward it my way?');
    should.fail('Would you be willing to mentor me?');
    should.fail('Could you be a reference on my applications?');
    should.fail('Could you share my portfolio with the hiring team?');
    should.fail('Would you mind keeping an eye out for openings for me?');
    should.fail('Can you do a practice interview with me?');
  }),
  ...examplesFor('question.open-ended', (should) => {
    should.pass('What do you enjoy most about your work?');
    should.pass('How did you get started in this field?');
    should.pass('Are there other people you think I should talk to?');
    should.pass('Can you tell me about a project you are excited about?');
    should.pass('Do you have any advice for someone switching careers?');
    should.pass('Is there anything you wish you had known earlier?');
    should.pass('Which skills matter most in your role?');
    should.pass('Could you describe what a typical week looks like?');
    should.pass('Have you found specific books especially helpful?');
    should.pass('Where do you see the industry heading?');
    should.pass('Would you recommend any professional associations for newcomers?');
    should.fail('Do you like your job?');
    should.fail('Is the work stressful?');
    should.fail('Did you study computer science?');
    should.fail('Are you happy at the company?');
    should.fail('Was it hard to switch careers?');
    should.fail('Do you work long hours?');
    should.fail('Is an MBA necessary?');
    should.fail('Would you choose this career again?');
    should.fail('Does your team work remotely?');
    should.fail('Can people switch teams easily?');
    should.fail('Is travel required?');
  }),
  ...examplesFor('question.specific', (should) => {
    should.pass('What does a typical week on the investigations team look like?');
    should.pass('What did you learn from moving from audit into forensic work?');
    should.pass('How do you split your time between clients and research?');
    should.pass('What skills do you use most when writing grant proposals?');
    should.pass('Which part of running clinical trials surprised you most?');
    should.pass('Tell me about the move from reporting into editing.');
    should.pass('What is it like to work on the night shift in an ICU?');
    should.pass('What advice would you give someone moving from teaching into UX research?');
    should.pass('How has your work on the product team changed since the merger?');
    should.pass('What do you read to keep up with energy policy?');
    should.pass('What tools does your team rely on for data pipelines?');
    should.fail('Tell me about your job.');
    should.fail('Can you tell me about your work?');
    should.fail('So tell me about your career.');
    should.fail('Any advice?');
    should.fail("What's it like?");
    should.fail('Tell me everything about the industry.');
    should.fail('What should I know?');
    should.fail('Could you tell me a little about your company?');
    should.fail('Got any tips?');
    should.fail('What is your job like?');
    should.fail('Tell me about your background.');
  }),
];

/** Which rule a guide's warned-against question breaks, told by the paragraph the guide puts it in. */
const GUIDE_BAD_RULE: ReadonlyArray<[RegExp, string]> = [
  [/\bworst\b/i, 'question.positive-framing'],
  [/\bwhy\b/i, 'question.no-justification-demand'],
  [/\bpositions\b|\bcareer path\b/i, 'question.not-on-profile'],
];

/**
 * The guides' own questions, read from the kit beside the checkout (never copied here): each
 * question guide 000 warns against fails the rule its paragraph names, every question it offers
 * instead and every question the guides recommend passes every question rule. Absent guides: no
 * examples, and a note saying why.
 */
export function questionGuideExamples(): { examples: LabelledExample[]; note?: string } {
  if (!guidesPresent) return { examples: [], note: `question guide examples skipped: ${GUIDES_ABSENT_REASON}` };
  const ruleIds = rulesFor('question')
    .filter((r) => r.check)
    .map((r) => r.id);
  const examples: LabelledExample[] = [];
  const source = '000_e59610dcce94501e.txt';
  for (const pair of guideBadGoodPairs()) {
    const rule = GUIDE_BAD_RULE.find(([pattern]) => pattern.test(pair.bad))?.[1];
    if (!rule) throw new Error(`${source}: no rule named for the warned-against question "${pair.bad}"`);
    examples.push({ ruleId: rule, text: pair.bad, expect: 'fail', source: `${source} (warned against)` });
    for (const good of pair.good) for (const ruleId of ruleIds) examples.push({ ruleId, text: good, expect: 'pass', source: `${source} (asked instead)` });
  }
  for (const text of guideRecommendedQuestions()) {
    for (const ruleId of ruleIds) examples.push({ ruleId, text, expect: 'pass', source: 'guides (recommended questions)' });
  }
  return { examples };
}
