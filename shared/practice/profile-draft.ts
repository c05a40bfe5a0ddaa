import { withoutClosingAside } from '../text/scan.ts';
import { type CareerStep, PersonaCard } from '../contracts/practice.ts';
import { lowerRole, withArticle } from './facts.ts';

/**
 * A persona card drafted offline from a pasted LinkedIn profile or a short bio: the name, the roles
 * with their organizations and dates, and the education, read from the text; the lists the text
 * cannot give are filled with plain first-person lines built from the role, the organization and
 * the field, for the user (or a model) to complete. The point is to practise with the person you
 * are about to meet, from what their profile says.
 */

export interface ProfileDraft {
  card: PersonaCard;
  /** What was read from the text, so the editor can say what to check. */
  found: { name: boolean; roles: number; education: number };
}

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const YEAR = '(?:19|20)\\d{2}';
const DATE_RANGE = new RegExp(`(?:${MONTH}\\s+)?(${YEAR})\\s*(?:[-–—]|to)\\s*(?:(?:${MONTH}\\s+)?(${YEAR})|(present|now|current|today))`, 'i');
const SECTION = /^(?:about|summary|experience|work experience|education|licenses? (?:&|and) certifications|skills|volunteering|volunteer experience|honors|publications|projects|languages|recommendations|interests|activity|courses)\s*$/i;
const SENIORITY = /^(?:senior|sr\.?|junior|jr\.?|lead|principal|staff|associate|assistant|chief|head of|director of|vp of|vice president of|manager of|deputy)\s+/i;

const FIELD_HINTS: ReadonlyArray<[RegExp, string]> = [
  [/\bux|user experience|user research/i, 'UX research and design'],
  [/\bproduct manag/i, 'product management'],
  [/\bsoftware|developer|engineer(?:ing)? manager|programmer|devops|backend|frontend/i, 'software engineering'],
  [/\bdata (?:scien|analy|engineer)/i, 'data science'],
  [/\bnurs/i, 'nursing'],
  [/\bphysician|doctor|medic/i, 'medicine'],
  [/\bteacher|teaching|educat/i, 'education'],
  [/\badvis(?:or|ing)|admissions|student (?:affairs|success)/i, 'higher education'],
  [/\bmarketing|brand|growth/i, 'marketing'],
  [/\bsales|account exec|business development/i, 'sales'],
  [/\bfinanc|analyst|banking|investment/i, 'finance'],
  [/\baccount(?:ant|ing)|audit/i, 'accounting'],
  [/\blawyer|attorney|counsel|paralegal|legal/i, 'law'],
  [/\bpolicy|advoca|government affairs/i, 'policy and advocacy'],
  [/\bsustainab|climate|energy|environment/i, 'sustainability'],
  [/\bhuman resources|\bhr\b|recruit|talent/i, 'human resources'],
  [/\bconsult/i, 'consulting'],
  [/\bjournalis|reporter|editor/i, 'journalism'],
  [/\bdesign/i, 'design'],
  [/\bresearch/i, 'research'],
  [/\beconomic development/i, 'economic development'],
  [/\bnonprofit|program (?:manager|director)|development director|fundrais/i, 'nonprofits'],
];

const STEP_NOTES = [
  'I learned a lot there, and it set up my next move.',
  'That job taught me how the work really gets done, day to day.',
  'It was a good stretch, and by the end I was ready for more responsibility.',
];

interface Role {
  role: string;
  organization: string;
  start?: number;
  end?: number;
  current: boolean;
}

const clean = (s: string) => s.replace(/\s+/g, ' ').replace(/^[\s•·\-–—|]+|(?<![\s•·\-–—|,.;])[\s•·\-–—|,.;]+$/g, '').trim();
const stripEmployment = (s: string) => clean(s.split(/(?<!\s)\s+·\s+/)[0] ?? s).replace(/(?<!\s)\s*\((?:full|part)[- ]time\)$/i, '');

function lines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

function sectionOf(all: string[], name: RegExp): string[] {
  const start = all.findIndex((l) => name.test(l));
  if (start < 0) return [];
  const rest = all.slice(start + 1);
  const end = rest.findIndex((l) => SECTION.test(l));
  return end < 0 ? rest : rest.slice(0, end);
}

/** Roles from a LinkedIn "Experience" section: title, organization, then a date line. */
function linkedInRoles(all: string[]): Role[] {
  const section = sectionOf(all, /^(?:work )?experience\s*$/i);
  const roles: Role[] = [];
  section.forEach((line, i) => {
    const range = DATE_RANGE.exec(line);
    if (!range || i === 0) return;
    const orgLine = section[i - 1]!;
    const titleLine = i >= 2 ? section[i - 2]! : undefined;
    const usable = (l: string | undefined) => l !== undefined && !DATE_RANGE.test(l) && !/^\d+ (?:yrs?|mos?)/i.test(l) && l.length <= 120;
    // "Title" / "Org · Full-time" / dates; or "Org" / "Title" / dates with the org above a group.
    let role = usable(titleLine) ? stripEmployment(titleLine!) : '';
    let organization = stripEmployment(orgLine);
    if (/\bat\b/.test(orgLine) && !role) [role, organization] = orgLine.split(/(?<!\s)\s+at\s+/).map(clean) as [string, string];
    if (!role || !organization) return;
    roles.push({ role, organization, start: Number(range[1]), ...(range[2] ? { end: Number(range[2]) } : {}), current: !!range[3] });
  });
  return roles;
}

/** Roles from prose: "is a program director at X", "was a field organizer at Y (2014–2017)". */
function bioRoles(text: string): Role[] {
  const roles: Role[] = [];
  const pattern = new RegExp(
    `\\b(is|was|served as|worked as|joined [^,.]+? as|became|spent [^,.]+? as|started (?:out )?as|previously|before that,? (?:she|he|they) was|now)\\s+(?:an?|the)\\s+([^,.;()]{3,80}?)\\s+(?:at|with|for)\\s+(?:the\\s+)?([A-Z][^,.;()]{1,80}?)(?:\\s*\\(?\\s*(?:from\\s+)?(${YEAR})\\s*(?:[-–—]|to|until)\\s*(${YEAR}|present|now)?\\)?|\\s+since\\s+(${YEAR}))?(?=[,.;)]|\\s+(?:and|where|before|after|since|from|until)\\b|$)`,
    'g',
  );
  for (const match of text.matchAll(pattern)) {
    const current = /^(?:is|now)$/i.test(match[1]!) || /present|now/i.test(match[5] ?? '') || match[6] !== undefined;
    const start = match[4] ? Number(match[4]) : match[6] ? Number(match[6]) : undefined;
    const end = match[5] && /^\d/.test(match[5]) ? Number(match[5]) : undefined;
    roles.push({ role: clean(match[2]!), organization: clean(match[3]!), ...(start ? { start } : {}), ...(end ? { end } : {}), current });
  }
  return roles;
}

function education(all: string[], text: string): string[] {
  const section = sectionOf(all, /^education\s*$/i).filter((l) => !/^\d+ (?:yrs?|mos?)/i.test(l));
  const out: string[] = [];
  for (let i = 0; i < section.length; i++) {
    const line = section[i]!;
    if (DATE_RANGE.test(line) || new RegExp(`^${YEAR}$`).test(line)) continue;
    const next = section[i + 1];
    if (next && !DATE_RANGE.test(next) && /\b(?:B\.?A|B\.?S|M\.?A|M\.?S|MBA|MPH|MSW|Ph\.?D|BSN|MSN|J\.?D|Bachelor|Master|Associate|Doctor|Certificate|Diploma)\b/i.test(next)) {
      out.push(`${clean(next)}, ${clean(line)}`);
      i++;
    } else out.push(clean(line));
  }
  const prose = /\b(?:holds?|earned|received|has|completed) an? ((?:B\.?A\.?|B\.?S\.?|M\.?A\.?|M\.?S\.?|MBA|MPH|MSW|Ph\.?D\.?|BSN|MSN|J\.?D\.?|bachelor['’]?s|master['’]?s|doctorate|degree|certificate)[^.;]{0,60}?) (?:from|at) ((?:the )?[A-Z][^,.;]{2,60})/g;
  for (const m of text.matchAll(prose)) out.push(`${clean(m[1]!)}, ${clean(m[2]!)}`);
  const studied = /\b(?:studied|graduated from|majored in [^,.]+ at) ((?:the )?[A-Z][^,.;]{2,60})/g;
  if (out.length === 0) for (const m of text.matchAll(studied)) out.push(clean(m[1]!));
  return [...new Set(out)].slice(0, 4);
}

function nameOf(all: string[], text: string): string | undefined {
  const first = all[0];
  if (first && /^(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’.-]*){1,3}(?:,\s*[A-Z]{2,5})?$/u.test(first) && !/\d/.test(first) && !SECTION.test(first)) {
    return first.replace(/,\s*[A-Z]{2,5}$/, '');
  }
  const bio = /^(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,2})\s+(?:is|has|was|leads|works|joined|serves)\b/u.exec(text.trim());
  return bio?.[1];
}

const yearText = (r: Role, now: number) => (r.start ? `${r.start}–${r.current ? 'now' : (r.end ?? r.start)}` : r.current ? `until ${now}` : 'earlier');

/**
 * A title's head noun, the profession it names, and the field that profession is: "environmental
 * engineer" is environmental engineering, "senior financial accountant" accounting, "banking and
 * finance lawyer" law. The profession the role states wins over any topic word in it or around it
 * (a bio that mentions sustainability does not make its engineer a sustainability person).
 * `modified` fields take the word before the noun ("civil engineer" → "civil engineering").
 */
const PROFESSIONS: ReadonlyArray<{ noun: RegExp; field: string; modified?: (word: string) => string }> = [
  { noun: /^engineers?$/i, field: 'engineering', modified: (w) => `${w} engineering` },
  { noun: /^(?:developers?|programmers?)$/i, field: 'software engineering' },
  { noun: /^scientists?$/i, field: 'science', modified: (w) => `${w} science` },
  { noun: /^(?:nurses?|nurse practitioners?|midwi(?:fe|ves))$/i, field: 'nursing' },
  { noun: /^(?:physicians?|doctors?|surgeons?|pediatricians?|paediatricians?|psychiatrists?)$/i, field: 'medicine' },
  { noun: /^pharmacists?$/i, field: 'pharmacy' },
  { noun: /^(?:therapists?|physiotherapists?)$/i, field: 'therapy', modified: (w) => `${w} therapy` },
  { noun: /^(?:teachers?|educators?|instructors?|tutors?|professors?|lecturers?)$/i, field: 'education' },
  { noun: /^(?:lawyers?|attorneys?|solicitors?|barristers?|counsel|paralegals?)$/i, field: 'law' },
  { noun: /^(?:accountants?|auditors?|bookkeepers?|CPAs?)$/i, field: 'accounting' },
  { noun: /^(?:chefs?|cooks?|bakers?|pâtissiers?|patissiers?)$/i, field: 'culinary arts' },
  { noun: /^architects?$/i, field: 'architecture' },
  { noun: /^designers?$/i, field: 'design', modified: (w) => `${w} design` },
  { noun: /^(?:journalists?|reporters?|correspondents?)$/i, field: 'journalism' },
  { noun: /^librarians?$/i, field: 'library work' },
  { noun: /^economists?$/i, field: 'economics' },
  { noun: /^electricians?$/i, field: 'electrical work' },
  { noun: /^(?:pilots?|aviators?)$/i, field: 'aviation' },
];
/** Words before a profession noun that say rank or licence, not the kind of work. */
const NOT_A_KIND = /^(?:senior|sr|junior|jr|lead|principal|staff|chief|head|executive|registered|licensed|certified|professional|practicing|practising|qualified|associate|assistant|deputy|sous|former|an?|the|and|&|of)$/i;

/** The field a title's profession names, or undefined when the title names none (a "program director"). */
function professionField(role: string): string | undefined {
  // The title itself, without what follows a comma or "of/for/in" ("Teacher of English" is a teacher).
  const words = role.split(/,|(?<!\s)\s+(?:of|for|in|at|with)\s+/i)[0]!.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    // Two-word nouns first ("nurse practitioner").
    const pair = i > 0 ? `${words[i - 1]} ${words[i]}` : '';
    const twoWord = pair ? PROFESSIONS.find((p) => p.noun.test(pair)) : undefined;
    const found = twoWord ?? PROFESSIONS.find((p) => p.noun.test(words[i]!));
    if (!found) continue;
    const before = words[i - (twoWord ? 2 : 1)];
    return found.modified && before && /^[a-z]+$/i.test(before) && !NOT_A_KIND.test(before) ? found.modified(before.toLowerCase()) : found.field;
  }
  return undefined;
}

/**
 * A profession the prose states of its person when no role with an organization was read: "has
 * been an ICU nurse for twelve years", "works as a line cook", "I'm a civil engineer", "has taught
 * fourth grade at …". The title as written (a few words before the noun), and where, when it says.
 */
function statedProfession(text: string): Role | undefined {
  const nouns = PROFESSIONS.map((p) => p.noun.source.replace(/^\^|\$$/g, '')).join('|');
  const said = new RegExp(
    `\\b(?:is|was|has been|had been|have been|works as|worked as|trained as|became|I am|I'm|I’m)\\s+(?:an?|the)\\s+((?:[A-Za-z-]+\\s+){0,3}?(?:${nouns}))\\b`,
    'i',
  ).exec(text);
  // The organization after "at"/"with" (the text's spaces are single): up to a comma or stop, or
  // a word that starts a new clause. Cut, not matched, so no pattern backtracks over the tail.
  const where = (from: number) => {
    const at = /\b(?:at|with) (?:the )?(?=[A-Z])/.exec(text.slice(from));
    if (!at) return undefined;
    const tail = text.slice(from + at.index + at[0].length).split(/[,.;()]/)[0]!.split(/ (?:for|and|where|since|from|until)\b/)[0]!.trim();
    return tail.length >= 2 && tail.length <= 81 ? tail : undefined;
  };
  if (said) {
    const organization = where(said.index);
    return { role: clean(said[1]!), organization: organization ? clean(organization) : 'their organization', current: true };
  }
  const teaches = /\b(?:teaches|has taught|taught|have taught)\b/i.exec(text);
  if (teaches) {
    const organization = where(teaches.index);
    return { role: 'Teacher', organization: organization ? clean(organization) : 'their school', current: true };
  }
  return undefined;
}

function fieldFor(role: string, headline: string): string {
  const stated = professionField(role);
  if (stated) return stated;
  const hint = FIELD_HINTS.find(([re]) => re.test(`${role} ${headline}`));
  if (hint) return hint[1];
  return lowerRole(role.replace(SENIORITY, '')).replace(/(?<!\s)\s+(?:manager|director|coordinator|specialist|officer|lead)$/i, '') || 'their field';
}

/**
 * Drafts a card from a pasted profile or bio. `now` fixes the current year (for "Present" and the
 * years in the field), so the draft is deterministic.
 */
export function draftCardFromProfile(text: string, now = new Date().getFullYear()): ProfileDraft {
  const all = lines(text);
  const found = linkedInRoles(all);
  const roles = found.length > 0 ? found : bioRoles(text.replace(/\s+/g, ' '));
  // Oldest first; the current role last.
  const since = new RegExp(`\\bsince (${YEAR})`).exec(text);
  for (const r of roles) if (r.current && r.start === undefined && since) r.start = Number(since[1]);
  roles.sort((a, b) => (a.current === b.current ? (a.start ?? 0) - (b.start ?? 0) : a.current ? 1 : -1));
  const unique = roles.filter((r, i) => roles.findIndex((o) => o.role === r.role && o.organization === r.organization) === i).slice(-8);
  const headline = all.slice(1, 4).find((l) => /\bat\b|\||·/.test(l) && !DATE_RANGE.test(l)) ?? '';
  const current = unique.at(-1) ?? headlineRole(headline) ?? statedProfession(text.replace(/\s+/g, ' ')) ?? { role: 'Professional', organization: 'their organization', current: true };
  const schools = education(all, text.replace(/\s+/g, ' '));
  const name = nameOf(all, text) ?? 'Your contact';
  const field = fieldFor(current.role, headline);
  const starts = unique.map((r) => r.start).filter((y): y is number => y !== undefined);
  const yearsInField = Math.min(50, Math.max(1, starts.length > 0 ? now - Math.min(...starts) : 3));
  const org = withoutClosingAside(current.organization);
  const role = lowerRole(current.role);

  const steps: CareerStep[] = unique.map((r, i) => ({
    role: r.role,
    organization: r.organization,
    years: yearText(r, now),
    note: i === unique.length - 1 ? `It's where I am now, and the work I know best.` : STEP_NOTES[i % STEP_NOTES.length]!,
  }));
  // The card needs three steps: studies count as the first, then the current role stands alone.
  if (steps.length < 3 && schools[0]) steps.unshift({ role: 'Student', organization: schools[0].split(', ').at(-1)!, years: 'before my first job', note: `My studies gave me the grounding I still use in ${field}.` });
  while (steps.length < 3) steps.splice(steps.length - 1, 0, { role: `Early roles in ${field}`, organization: 'a few places', years: 'earlier', note: `I'd rather tell you about those in person; they shaped how I work now.` });

  const summaryText =
    sectionOf(all, /^(?:about|summary)\s*$/i).join(' ').slice(0, 780) ||
    text.replace(/\s+/g, ' ').trim().slice(0, 780) ||
    `${name}, ${withArticle(current.role)} at ${org}.`;
  const card = PersonaCard.parse({
    name,
    role: `${current.role.charAt(0).toUpperCase()}${current.role.slice(1)}`.slice(0, 120),
    organization: current.organization.slice(0, 120),
    field,
    yearsInField,
    careerPath: steps.slice(-8),
    typicalWeek: [
      `Most of my week as ${withArticle(role)} goes to the core of the job at ${org}, with a couple of standing meetings with the people I work with most.`,
      `I try to keep one block a week for planning and for catching up on what's changing in ${field}.`,
      `No two weeks are quite the same; it depends on what's due and who needs me.`,
    ],
    enjoys: [`I enjoy the moments when the work clearly helps someone; that's why I stayed in ${field}.`, `I like that I keep learning; the field doesn't stand still.`],
    findsHard: [`The hard part is that there's always more to do than time to do it, so I have to choose.`, `Explaining the value of my work to people outside ${field} takes real effort.`],
    advice: [
      `Talk to people who do the work, like you're doing now; it's the fastest way to learn what the job is really like.`,
      `Get one piece of real experience, even a small project or volunteering, so you have something concrete to talk about.`,
      `Be specific about what draws you to ${field}; it makes every conversation easier.`,
    ],
    referrals: [{ name: 'a colleague on my team', role: `someone else in ${field}`, why: `They see the work from a different angle than I do.` }],
    temperament: 'warm',
    wontDiscuss: ['my own salary'],
    publicProfile: { headline: (headline || `${current.role} at ${org}`).slice(0, 200), summary: summaryText, education: schools.length > 0 ? schools : ['Not listed on my profile'] },
    skills: [`Clear communication matters more than people expect in ${field}.`, `Being organised and following through is most of what makes people trust you.`],
    gettingStarted: [`People come into ${field} from different directions; my own route went through ${steps[0]!.organization}.`, `An entry role, an internship or a lateral move from a related job are the usual ways in.`],
    trends: [`The field is changing as tools and expectations change, and people who keep learning do well.`],
    reading: [`I follow a couple of newsletters and people in ${field}; I can send you names if you remind me.`],
    associations: [`There are professional groups in ${field} worth a look; local events are the easiest way to meet people.`],
    surprises: [`What surprised me most was how much of the job is about people, not just the technical work.`],
    culture: [`${org} is a place where people are generous with their time, which I appreciate.`],
    entrySalary: { low: 40_000, high: 60_000, currency: 'USD', note: 'as a rough guess only; check current postings in your area for real numbers' },
    curiosity: [`What made you want to talk to someone in ${field}?`, 'What have you looked into so far?'],
  });
  return { card, found: { name: name !== 'Your contact', roles: unique.length, education: schools.length } };
}

function headlineRole(headline: string): Role | undefined {
  const [role, organization] = headline.split(/(?<!\s)\s+at\s+|(?<!\s)\s+[|·]\s+/).map(clean);
  return role && organization ? { role, organization, current: true } : undefined;
}
