import { describe, expect, it } from 'vitest';
import { GUIDES_ABSENT_REASON, guidesPresent } from '../../test/guides.ts';
import { guideBadGoodPairs, guideRecommendedQuestions } from '../../test/question-guides.ts';
import { lint } from './lint.ts';
import { questionRules } from './question-rules.ts';
import { keyNouns, shareKept, splitQuestionList, stripListMarker } from './question-text.ts';
import type { CheckContext, CheckResult } from './rule.ts';

function check(id: string, text: string, ctx: CheckContext = {}): CheckResult {
  const rule = questionRules.find((r) => r.id === id);
  if (!rule?.check) throw new Error(`no checker for ${id}`);
  return rule.check(text, ctx);
}

function failedIds(text: string, ctx: CheckContext = {}): string[] {
  return lint('question', text, ctx)
    .filter((v) => !v.result.passed)
    .map((v) => v.rule.id);
}

/** Every evidence span must point at exactly its quote, in the question or in the profile. */
function expectSpansExact(text: string, result: CheckResult, profile = '') {
  for (const e of result.evidence ?? []) expect((e.in === 'profile' ? profile : text).slice(e.start, e.end)).toBe(e.quote);
}

interface Case {
  id: string;
  passes: string[];
  fails: string[];
}

const cases: Case[] = [
  {
    id: 'question.no-justification-demand',
    passes: [
      'What led you to choose pediatric nursing?',
      'How did you decide to move from the lab into policy work?',
      'Why do you think the field is moving toward remote teams?',
      'Why is there so much turnover in early-career teaching?',
      'What books would you recommend to someone starting in grant writing?',
      'What made the move to Denver the right one for you?',
    ],
    fails: [
      'Why did you choose marketing over finance?',
      'Why do you still work at a bank?',
      'Why would anyone go into insurance?',
      'Why should I study statistics instead of computer science?',
      'Why consulting?',
      'Why Google and not a smaller company?',
      'What are the five best podcasts for designers, and why?',
      'Which programming language is best — and why?',
      'Can you justify the decision to leave academia?',
      'What makes you think data science will still be hot in ten years?',
      "Why haven't you moved into management yet?",
      'Give me three reasons to pick public health.',
      'What was your reasoning behind switching to law?',
      'How do you reconcile working for a tobacco company with any sense of responsibility for public health?',
      'Why you choose to be farmer when you have university diploma? Is it not a step back?',
    ],
  },
  {
    id: 'question.positive-framing',
    passes: [
      'What are some of the challenges in your work at the food bank?',
      'What do you like most and least about your work?',
      'What do you find frustrating about grant cycles?',
      'How did Toxic Labs shape the way you run experiments?',
      'What mistakes do newcomers to the field commonly make?',
      'How do you avoid burnout in emergency medicine?',
    ],
    fails: [
      "What's the worst part of being a paralegal?",
      'What do you hate about agency life?',
      'Does it suck working weekends in retail?',
      'Is your manager as toxic as people say?',
      'What annoys you most about your clients?',
      'Do you regret going to law school?',
      'What is wrong with the hiring process at your firm?',
      'Were you laid off from your last job?',
      'Why did you quit teaching?',
      'What parts of the job are boring?',
      'What do you dislike about working in government?',
      'What was your biggest failure at Stripe?',
    ],
  },
  {
    id: 'question.not-on-profile',
    passes: [
      'What did you enjoy most about your time at Deloitte?',
      'How did your studies in chemistry prepare you for regulatory work?',
      'What experiences led you to your current role?',
      'What does a typical week in your role look like?',
      'What is it like to work at a company that size?',
    ],
    fails: [
      'Where did you go to college?',
      'What did you major in?',
      'What companies have you worked for?',
      'How long have you been at Airbnb?',
      "What's your job title?",
      'Where do you work?',
      'Did you work at McKinsey before this?',
      'What degree do you have?',
      'When was your company founded?',
      'How many employees does your organization have?',
      'What certifications do you hold?',
      'What was your previous job?',
      'Do you have a PhD?',
      'Walk me through your resume.',
    ],
  },
  {
    id: 'question.no-personal-salary',
    passes: [
      'What salary range might someone entering this field expect?',
      'How does pay usually grow in the first five years of a nursing career?',
      'What is a typical starting salary for new analysts at firms like yours?',
      'How do bonuses generally work in investment banking?',
      'How do people in this field approach salary negotiation?',
    ],
    fails: [
      'How much do you make?',
      "What's your salary?",
      'What is your salary range?',
      'How much are you paid as a senior engineer?',
      'Do you make six figures?',
      'What do you earn at Amazon?',
      'How big was your bonus last year?',
      'What was your starting salary?',
      'Are you underpaid compared with private practice?',
      'How much does your company pay you?',
      'Would you mind sharing your total comp?',
      'What is your hourly rate as a freelance editor?',
    ],
  },
  {
    id: 'question.no-extra-labour',
    passes: [
      'Who else should I talk to?',
      'Are there other people in your field whom you think I should talk to?',
      'Can you refer me to others who would be willing to share their experience?',
      'What makes a résumé stand out in this field?',
      'How have mentors shaped your career?',
      'Where do people in this field usually hear about new openings?',
    ],
    fails: [
      'Could you review my resume?',
      'Would you mind looking over my cover letter before I send it?',
      'Can I send you my portfolio for feedback?',
      'Could you give me feedback on my writing samples?',
      'Would you send me any job postings you come across?',
      'Can you let me know if any positions open up?',
      'Could you introduce me to your hiring manager?',
      'Would you be willing to connect me with someone at Pfizer?',
      'Would you be my mentor?',
      'Could we meet monthly going forward?',
      'Would you write me a letter of recommendation?',
      'Could you do a mock interview with me?',
      'Can I shadow you for a day?',
      'Could you help me fix my LinkedIn profile?',
    ],
  },
  {
    id: 'question.not-job-seeking',
    passes: [
      'What specific skills would make someone competitive for this kind of role?',
      'How did you get hired at your first agency?',
      'Will I need more formal training to apply for positions in this field?',
      'What do you read to keep informed of openings in your field?',
      'How does someone usually get started in museum education?',
      'What does it take to move from support into engineering?',
    ],
    fails: [
      'Are you hiring?',
      'Is your team hiring junior designers?',
      'Are there any openings at Spotify right now?',
      'Do you have any internships this summer?',
      'Could you refer me for the analyst position?',
      'How can I get a job at your company?',
      'Would you hire me?',
      'Could you pass my resume to HR?',
      'Do you think I would be a good fit for your team?',
      'Can you put in a good word for me?',
      'Who is the hiring manager for the UX role?',
      'Is your company looking for new grads?',
      'Please keep me in mind for anything that opens up.',
      'What are my chances of getting hired there?',
      'Can I apply directly to your team?',
    ],
  },
  {
    id: 'question.not-screening',
    passes: [
      'What skills do you think are most important to being successful in this field?',
      'If you were starting out today, what would you do differently?',
      'What do you see as the key developments in the field in the next 3–5 years?',
      'How do you manage competing deadlines during audit season?',
      'What is your leadership style like with new hires?',
      'What motivates you in your work?',
    ],
    fails: [
      'What are your strengths and weaknesses?',
      "What's your greatest weakness?",
      'Why should we hire you?',
      'Tell me about a time you disagreed with your manager.',
      'Describe a situation where you had to meet a tight deadline.',
      'Give me an example of a time you showed leadership.',
      'Where do you see yourself in five years?',
      'What would you do if a client refused to pay?',
      'How would you handle an angry customer?',
      'Imagine you had two projects due on the same day. What would you do?',
      'What is your greatest accomplishment?',
      'Tell me about yourself.',
      'How would your coworkers describe you?',
      'What makes you stand out from other engineers?',
      'What are your long-term career goals?',
      'How many tennis balls would fit in this room?',
    ],
  },
  {
    id: 'question.open-ended',
    passes: [
      'What do you enjoy most about your work?',
      'Have you found specific books or articles to be especially helpful in your work?',
      'Are there other people in your field whom you think I should talk to?',
      'Can you tell me how your team plans a product launch?',
      'Is there anything you would like to see change?',
    ],
    fails: ['Do you like your job?', 'Is the work stressful?', 'Did you enjoy grad school?', 'Is it hard to get promoted?', 'Was the transition difficult?'],
  },
  {
    id: 'question.specific',
    passes: [
      'What does a typical day in your job look like?',
      'What drew you to health informatics after nursing?',
      'Tell me about the redesign of the donor portal you led last year.',
    ],
    fails: ['Tell me about your job.', 'Can you tell me about your career?', 'Any advice?', "What's it like?", 'Tell me everything about the industry.'],
  },
];

describe('question rules', () => {
  it('cover every id the product promises, each with a checker and a cited guide', () => {
    expect(questionRules.map((r) => [r.id, r.severity])).toEqual([
      ['question.not-job-seeking', 'high'],
      ['question.not-screening', 'high'],
      ['question.no-justification-demand', 'medium'],
      ['question.positive-framing', 'medium'],
      ['question.not-on-profile', 'medium'],
      ['question.no-personal-salary', 'medium'],
      ['question.no-extra-labour', 'medium'],
      ['question.open-ended', 'low'],
      ['question.specific', 'low'],
    ]);
    for (const rule of questionRules) {
      expect(rule.appliesTo, rule.id).toBe('question');
      expect(rule.check, rule.id).toBeTypeOf('function');
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      for (const s of rule.sources) expect(s.quote.length, `${rule.id} quote stays short`).toBeLessThanOrEqual(140);
    }
  });

  for (const { id, passes, fails } of cases) {
    describe(id, () => {
      it.each(passes)('passes: %s', (text) => {
        const result = check(id, text);
        expect(result.passed, result.message).toBe(true);
      });
      it.each(fails)('fails: %s', (text) => {
        const result = check(id, text);
        expect(result.passed, result.message).toBe(false);
        expect(result.suggestion).toBeTruthy();
        expect(result.evidence?.length, 'points at the words').toBeGreaterThan(0);
        expectSpansExact(text, result);
      });
    });
  }

  it('keeps a proper noun that looks like a negative word ("Toxic Labs") out of the evidence', () => {
    expect(check('question.positive-framing', 'How did your years at Toxic Labs shape your research?').passed).toBe(true);
    expect(check('question.positive-framing', 'Was the culture toxic?').evidence).toEqual([{ start: 16, end: 21, quote: 'toxic' }]);
  });

  it('points at the profile line that already answers a question', () => {
    const profile = 'Dana Ortiz\nSenior UX Researcher at Northwind (2019 – present)\nEducation: M.S. Human Factors, Tufts University';
    const result = check('question.not-on-profile', 'Where did you go to school?', { profile });
    expect(result).toEqual({
      passed: false,
      message: 'The profile you pasted already answers this.',
      suggestion: expect.any(String),
      evidence: [
        { start: 0, end: 26, quote: 'Where did you go to school' },
        { start: 62, end: 109, quote: 'Education: M.S. Human Factors, Tufts University', in: 'profile' },
      ],
    });
    expectSpansExact('Where did you go to school?', result, profile);
    const named = check('question.not-on-profile', 'Did you work at Northwind before?', { profile });
    expect(named.evidence?.[0]).toEqual({ start: 0, end: 32, quote: 'Did you work at Northwind before' });
    expect(named.evidence?.[1]).toEqual({ start: 11, end: 61, quote: 'Senior UX Researcher at Northwind (2019 – present)', in: 'profile' });
  });

  it('says "their profile most likely answers this" without a pasted profile', () => {
    expect(check('question.not-on-profile', 'Where did you go to school?').message).toMatch(/LinkedIn/);
  });
});

describe.skipIf(!guidesPresent)(`the guides' own questions (${guidesPresent ? 'read from ../shared/guides' : GUIDES_ABSENT_REASON})`, () => {
  it('every bad question of a bad → good pair breaks a rule of at least medium severity; every good one passes every rule', () => {
    const pairs = guideBadGoodPairs();
    expect(pairs.length).toBeGreaterThanOrEqual(4);
    for (const { bad, good } of pairs) {
      const broken = lint('question', bad).filter((v) => !v.result.passed && v.rule.severity !== 'low');
      expect(broken.length, bad).toBeGreaterThan(0);
      for (const g of good) expect(failedIds(g), g).toEqual([]);
    }
  });

  it('"tell me about your work" (guide 004) fails question.specific', () => {
    expect(check('question.specific', 'Tell me about your work.').passed).toBe(false);
  });

  it("the guides' recommended questions pass every rule", () => {
    const recommended = guideRecommendedQuestions();
    expect(recommended.length).toBeGreaterThanOrEqual(20);
    for (const q of recommended) expect(failedIds(q), q).toEqual([]);
  });
});

describe('question text toolkit', () => {
  it('splits a pasted numbered or bulleted list into questions', () => {
    const pasted = '1. What do you enjoy most?\n\n  2) How did you start\n   in this field?\n• Who else should I talk to?\n- Any books?\nQ5: What surprised you?';
    expect(splitQuestionList(pasted)).toEqual([
      'What do you enjoy most?',
      'How did you start in this field?',
      'Who else should I talk to?',
      'Any books?',
      'What surprised you?',
    ]);
    expect(stripListMarker('  a) What next?')).toBe('What next?');
  });

  it('finds the nouns outside the broken words, and how many a rephrasing kept', () => {
    const q = 'Why did you leave your position at Toxic Labs?';
    const nouns = keyNouns(q, [{ start: 0, end: 17, quote: 'Why did you leave' }]);
    expect(nouns).toEqual(['position', 'toxic', 'lab']);
    expect(shareKept(nouns, 'How did you decide it was time to move on from your position at Toxic Labs?')).toBe(1);
    expect(shareKept(nouns, 'How did you decide to move on?')).toBe(0);
  });
});

/**
 * The forms added for generalisation (branch `qmeta`): structures and word families, each with a
 * near miss that must keep passing. Not the eval's questions: these pin the patterns themselves.
 */
const generalised: Case[] = [
  {
    id: 'question.no-justification-demand',
    passes: ['What made you think about moving into policy?', 'What were the biggest factors when you chose your first job?', 'Why do people stay in nursing for decades?'],
    fails: ['What made you believe a PhD was worth it?', 'Tell me your rationale behind leaving the firm.', 'why would anybody work nights', 'why did u switch to sales'],
  },
  {
    id: 'question.positive-framing',
    passes: ['What did you find challenging early on?', 'Tell me a joke you heard at the conference.', 'How do you keep the work interesting year after year?'],
    fails: ["Isn't copywriting a dead-end job?", "Don't you get tired of the paperwork?", 'Is it true that hospitals treat residents like robots?', "What was your agency's worst blunder?", 'Is the whole industry a joke?'],
  },
  {
    id: 'question.not-on-profile',
    passes: ['How much does the school you went to matter in this field?', 'What was your role like before the reorganisation?', 'How did the roles you have held prepare you for this one?'],
    fails: ['What was your title prior to this position?', 'Where were you employed before Google?', 'Can you name the companies you have worked for?'],
  },
  {
    id: 'question.no-personal-salary',
    passes: ['What pay might someone at the entry level expect?', 'How are people at the junior level usually paid in this field?', 'What is take-home pay like for new teachers after taxes?'],
    fails: ['What salary were you on when you started?', 'What do analysts at your level make?', "What's your take home pay?", 'Are you paid well enough?', 'what r u paid'],
  },
  {
    id: 'question.no-extra-labour',
    passes: ['Where do people hear about postings in this field?', 'What should a portfolio show to a design team?', 'How do you keep an eye on trends?'],
    fails: ['If a role opens up, could you send it my way?', 'Could you pass my portfolio along to your editor?', 'Would you keep your ears open for roles for me?', 'Can you text me when a job gets posted?'],
  },
  {
    id: 'question.not-job-seeking',
    passes: ['What does it take to get a job in this field?', 'How do people usually land interviews in publishing?', 'Do you think I could get into UX without a degree?', 'How often do roles open up in museum curation?'],
    fails: ['What would it take to land a job here?', 'Do you think I could get hired at your firm?', "I'd honestly love to intern at Pixar.", 'Are any positions opening up on your team?', 'Could your team use another analyst?', 'Is the designer job on your site still open?', 'is ur company hiring', 'Is there any way I could join your lab?'],
  },
  {
    id: 'question.not-screening',
    passes: ['Where do you see your field heading?', 'How do people on your team handle conflict?', 'What did you learn from the hardest project you worked on?', 'What do new hires usually bring to the team?'],
    fails: ['Where do you picture yourself in ten years?', 'Why should a firm choose you over the other applicants?', 'Walk me through a crisis you handled at work.', 'What unique skills do you bring to the team?', 'If you could be any fruit, which one would you be?'],
  },
];

// Later rounds: word families and structures found missing by each fresh batch (never its exact words).
generalised.push(
  {
    id: 'question.no-justification-demand',
    passes: ['What went into your decision to change fields?', 'Why do you think so many people leave the field early?'],
    fails: ['What on earth possessed you to go freelance?', 'List the two books every editor needs and say why.', 'Walk me through your reasoning for leaving the lab.', "Why'd you pick nursing?"],
  },
  {
    id: 'question.positive-framing',
    passes: ['What was a turning point in your career?', 'How do you recharge after a hard week?'],
    fails: ['What was the darkest period of your career?', "Isn't the grind exhausting?", 'Which clients are hardest to put up with?', 'Were you unhappy at the bank?'],
  },
  {
    id: 'question.not-on-profile',
    passes: ['What did you like about the company you were at before?', 'Which course would you recommend to someone starting out?'],
    fails: ['What firm were you with before this?', 'Are you still at Adobe?', 'Which coding bootcamp did you attend?'],
  },
  {
    id: 'question.no-personal-salary',
    passes: ['How do people negotiate a raise in this field?', 'What is a typical salary band for new analysts?'],
    fails: ['How much commission do you earn in a good month?', 'What is your company paying you?', 'Did you take a pay cut to move into nonprofits?', 'Are you well compensated for the hours?'],
  },
  {
    id: 'question.no-extra-labour',
    passes: ['Who else should I meet to learn more?', 'What did the portfolio you built early on teach you?'],
    fails: ['Could you read the cover letter I wrote and tell me what to fix?', 'Would you be up for meeting every couple of weeks?', 'Could we talk again next month?', 'Can you send me a list of contacts at your firm?'],
  },
  {
    id: 'question.not-job-seeking',
    passes: ['How do people find out when roles open in this field?', 'When do firms usually recruit summer analysts?'],
    fails: ["I'm on the market right now — any advice on getting in at your firm?", 'Does your company have anything for new grads?', 'Is your firm going to start hiring soon?', 'Could I get a referral from you?', 'What is the fastest route into a job at your agency?'],
  },
  {
    id: 'question.not-screening',
    passes: ['What do you enjoy most about leading a team?', 'How do people on your team give each other feedback?'],
    fails: ['What has been your biggest setback, and how did you bounce back?', 'How would you convince a skeptical client?', 'How would you describe your work ethic?', 'How do you react when your manager criticizes your work?', 'Describe a time your plan failed and how you responded.'],
  },
);

// Round 5: structural signals (the kind of question, not its phrasing): a demand aimed at their
// choice, blame aimed at their employer, their own money, a CV line as yes/no, the user as
// beneficiary, the person evaluated as a candidate.
generalised.push(
  {
    id: 'question.no-justification-demand',
    passes: ['Why do companies pick agencies over in-house teams?', 'How do teams justify new tooling to finance?', 'What made the move to Denver worth it for you?'],
    fails: ['Would you defend your move into sales?', 'Was quitting law not a bit reckless of you?', 'Why a startup rather than a bank?', 'Wasn\u2019t leaving academia risky for you?', 'What excuse did you give for leaving early?', 'You picked the safe choice, and why did you do that?'],
  },
  {
    id: 'question.positive-framing',
    passes: ['What mistakes do new managers often make?', 'What red flags should I watch for in a job ad?'],
    fails: ['What failures has your agency had with clients?', 'Which of your teammates is the least helpful?', 'Did the firm underpay you early on?', 'Is it a waste of your talent to stay in admin?'],
  },
  {
    id: 'question.positive-framing',
    // Negative superlatives other than "worst"; "most frustrating" and "most challenging" are the guides' own better question.
    passes: ['What do you find most frustrating about the work?', 'What is the most rewarding part of your role?', 'What is the least understood part of your work?', 'Which parts of the job are the most challenging?'],
    fails: ['What is the most annoying part of being a nurse?', "What's your least favourite client meeting?", 'Which task do you find the most demoralizing?', 'What was the most embarrassing moment on your team?', 'What is the least enjoyable part of residency?'],
  },
  {
    id: 'question.not-on-profile',
    passes: ['Did you study anything that still helps you today?', 'What did you do before you became a PM that helped most?'],
    fails: ['Did you minor in statistics?', 'Were you at Oracle before this?', 'What year did you join the paper?', 'What did you do before becoming a nurse?'],
  },
  {
    id: 'question.no-personal-salary',
    passes: ['Do people in your field usually get a signing bonus?', 'How much do juniors typically earn here?'],
    fails: ['How much do you actually take home?', 'Did you negotiate a relocation bonus?', 'What figure are you on now?', 'Does your role pay well?'],
  },
  {
    id: 'question.no-personal-salary',
    // Their own pay compared over time, or through their title; the field's pay stays fine.
    passes: ['How does pay usually grow over the first few years in this field?', 'Is it common to take a pay cut when moving into nonprofits?', 'What kind of pay bump do people see after certification?', 'Do people earn more in consulting than in-house?'],
    fails: ['Do you earn more now than you did in consulting?', 'Was the pay cut worth it for you when you switched?', 'How big was the bump in pay when you made partner?', 'What does someone with your title bring home?', 'Did you make less after you joined the nonprofit?'],
  },
  {
    id: 'question.no-extra-labour',
    passes: ['Could you give me a sense of your week?', 'Can you refer me to others in the field?'],
    fails: ['Could you compile a list of courses for me?', 'Can you email me your templates?', 'Would you help me meet someone in research?', 'Could you spare twenty minutes to read through my plan?'],
  },
  {
    id: 'question.not-job-seeking',
    passes: ['How do hiring managers decide whom to interview?', 'What would make someone like me a strong applicant in this field?'],
    fails: ['Would you consider me for the opening?', 'Are the apprenticeships open to people like me?', 'If I volunteer with you first, could I land an offer later?'],
  },
  {
    id: 'question.not-screening',
    passes: ['How does your team measure success?', 'How do people in your role handle a missed deadline?', 'What would you do differently if you started over?'],
    fails: ['How do you gauge your own performance?', 'What nicknames do your teammates use for you?', 'If you were handed a failing project, what would you do first?', 'How do you cope when you fall behind?'],
  },
);

describe('question rules: generalised forms', () => {
  for (const { id, passes, fails } of generalised) {
    describe(id, () => {
      it.each(passes)('passes: %s', (text) => {
        expect(check(id, text).passed).toBe(true);
      });
      it.each(fails)('fails: %s', (text) => {
        const result = check(id, text);
        expect(result.passed).toBe(false);
        expectSpansExact(text, result);
      });
    });
  }

  it('points its evidence at the informal words as written ("u", "ur")', () => {
    const text = 'why did u quit ur job';
    const result = check('question.no-justification-demand', text);
    expect(result.evidence).toEqual([{ start: 0, end: 9, quote: 'why did u' }]);
  });
});
