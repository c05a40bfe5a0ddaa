import { PersonaCard, type Temperament } from '../../../../../shared/contracts/practice.ts';

/**
 * The persona editor's form: every card field as text. Lists are one item a line; career steps
 * are `role | organization | years | note`, referrals `name | role | why`.
 */
export interface PersonaForm {
  name: string;
  role: string;
  organization: string;
  field: string;
  yearsInField: string;
  temperament: Temperament;
  careerPath: string;
  referrals: string;
  headline: string;
  summary: string;
  education: string;
  salaryLow: string;
  salaryHigh: string;
  salaryNote: string;
  typicalWeek: string;
  enjoys: string;
  findsHard: string;
  advice: string;
  skills: string;
  gettingStarted: string;
  trends: string;
  reading: string;
  associations: string;
  surprises: string;
  culture: string;
  curiosity: string;
  wontDiscuss: string;
}

/** The list fields, in form order, with their labels. */
export const LIST_FIELDS = [
  ['typicalWeek', 'A typical week'],
  ['enjoys', 'What they enjoy'],
  ['findsHard', 'What they find hard'],
  ['advice', 'Advice they give'],
  ['skills', 'Skills that matter'],
  ['gettingStarted', 'How people get started'],
  ['trends', 'Where the field is heading'],
  ['reading', 'What they read'],
  ['associations', 'Professional organizations'],
  ['surprises', 'What surprised them'],
  ['culture', 'Their organization'],
  ['curiosity', 'Questions they ask back'],
  ['wontDiscuss', 'Topics they will not discuss'],
] as const satisfies ReadonlyArray<readonly [keyof PersonaForm, string]>;

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const cells = (line: string) => line.split('|').map((c) => c.trim());

export function toForm(card: PersonaCard): PersonaForm {
  return {
    name: card.name,
    role: card.role,
    organization: card.organization,
    field: card.field,
    yearsInField: String(card.yearsInField),
    temperament: card.temperament,
    careerPath: card.careerPath.map((s) => [s.role, s.organization, s.years, s.note].join(' | ')).join('\n'),
    referrals: card.referrals.map((r) => [r.name, r.role, r.why].join(' | ')).join('\n'),
    headline: card.publicProfile.headline,
    summary: card.publicProfile.summary,
    education: card.publicProfile.education.join('\n'),
    salaryLow: String(card.entrySalary.low),
    salaryHigh: String(card.entrySalary.high),
    salaryNote: card.entrySalary.note,
    typicalWeek: card.typicalWeek.join('\n'),
    enjoys: card.enjoys.join('\n'),
    findsHard: card.findsHard.join('\n'),
    advice: card.advice.join('\n'),
    skills: card.skills.join('\n'),
    gettingStarted: card.gettingStarted.join('\n'),
    trends: card.trends.join('\n'),
    reading: card.reading.join('\n'),
    associations: card.associations.join('\n'),
    surprises: card.surprises.join('\n'),
    culture: card.culture.join('\n'),
    curiosity: card.curiosity.join('\n'),
    wontDiscuss: card.wontDiscuss.join('\n'),
  };
}

/** The card the form describes, or the first problems (field: message) to show. */
export function fromForm(form: PersonaForm): { card: PersonaCard } | { problems: string[] } {
  const candidate = {
    name: form.name,
    role: form.role,
    organization: form.organization,
    field: form.field,
    yearsInField: Number(form.yearsInField),
    temperament: form.temperament,
    careerPath: lines(form.careerPath).map((line) => {
      const [role = '', organization = '', years = '', note = ''] = cells(line);
      return { role, organization, years, note };
    }),
    referrals: lines(form.referrals).map((line) => {
      const [name = '', role = '', why = ''] = cells(line);
      return { name, role, why };
    }),
    publicProfile: { headline: form.headline, summary: form.summary, education: lines(form.education) },
    entrySalary: { low: Number(form.salaryLow), high: Number(form.salaryHigh), currency: 'USD', note: form.salaryNote },
    ...Object.fromEntries(LIST_FIELDS.map(([key]) => [key, lines(form[key])])),
  };
  const parsed = PersonaCard.safeParse(candidate);
  if (parsed.success) return { card: parsed.data };
  // Said in the form's own words (its labels, its lines), once each: never a schema path.
  return { problems: [...new Set(parsed.error.issues.map(problemText))].slice(0, 6) };
}

const LABELS: Record<string, string> = {
  name: 'Name',
  role: 'Role',
  organization: 'Organization',
  field: 'Field',
  yearsInField: 'Years in the field',
  temperament: 'Temperament',
  careerPath: 'Career path',
  referrals: 'People they would suggest',
  'publicProfile.headline': 'LinkedIn headline',
  'publicProfile.summary': 'LinkedIn summary',
  'publicProfile.education': 'Education',
  'entrySalary.low': 'Entry salary, low (USD)',
  'entrySalary.high': 'Entry salary, high (USD)',
  'entrySalary.note': 'Which entry roles the range is for',
  ...Object.fromEntries(LIST_FIELDS),
};

interface Issue {
  path: PropertyKey[];
  code: string;
  message: string;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
}

/** One schema issue as the form says it: "Career path, line 2: give all four parts …", "Name is empty." */
export function problemText(issue: Issue): string {
  const [head, index] = issue.path;
  if ((head === 'careerPath' || head === 'referrals') && typeof index === 'number') {
    const parts = head === 'careerPath' ? 'role | organization | years | what it taught them' : 'name | role | why';
    return `${LABELS[head]}, line ${index + 1}: give every part, separated by “|”: ${parts}.`;
  }
  const key = issue.path.filter((p) => typeof p !== 'number').join('.');
  const label = LABELS[key] ?? (key || 'The card');
  const line = typeof issue.path.at(-1) === 'number' ? `, line ${(issue.path.at(-1) as number) + 1},` : '';
  const n = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  if (issue.code === 'too_small' && issue.origin === 'array') return `${label} needs at least ${n} ${n === 1 ? 'line' : 'lines'}.`;
  if (issue.code === 'too_small' && issue.origin === 'string') return n <= 1 ? `${label}${line} is empty.` : `${label}${line} needs at least ${n} characters.`;
  if (issue.code === 'too_big' && issue.origin === 'array') return `${label} takes at most ${n} lines.`;
  if (issue.code === 'too_big' && issue.origin === 'string') return `${label}${line} is too long: at most ${n} characters.`;
  if (issue.code === 'too_small' || issue.code === 'too_big') return `${label} must be between the limits: ${issue.message.replace(/^Too (?:small|big): /, '')}.`;
  if (issue.code === 'invalid_type') return `${label} must be a number.`;
  return `${label}: ${issue.message}`;
}
