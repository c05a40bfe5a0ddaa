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
  return { problems: parsed.error.issues.slice(0, 6).map((i) => `${i.path.join('.') || 'card'}: ${i.message}`) };
}
