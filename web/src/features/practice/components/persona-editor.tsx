import { useEffect, useRef, useState } from 'react';
import { type PersonaCard, TEMPERAMENTS, type Temperament } from '../../../../../shared/contracts/practice.ts';
import { fromForm, LIST_FIELDS, type PersonaForm, toForm } from '../utils/persona-form.ts';
import { draftCardFromProfile } from '../../../../../shared/practice/profile-draft.ts';
import { cx } from '../styles.ts';

interface Props {
  template: PersonaCard;
  saving: boolean;
  error: string | undefined;
  onSave: (card: PersonaCard) => void;
  onCancel: () => void;
}

const TEXT_FIELDS = [
  ['name', 'Name'],
  ['role', 'Role'],
  ['organization', 'Organization'],
  ['field', 'Field'],
  ['yearsInField', 'Years in the field'],
  ['headline', 'LinkedIn headline'],
  ['salaryLow', 'Entry salary, low (USD)'],
  ['salaryHigh', 'Entry salary, high (USD)'],
  ['salaryNote', 'Which entry roles the range is for'],
] as const satisfies ReadonlyArray<readonly [keyof PersonaForm, string]>;

/** Describe a professional: every card field, starting from a preset as a template. */
export function PersonaEditor({ template, saving, error, onSave, onCancel }: Props) {
  const [form, setForm] = useState<PersonaForm>(() => toForm(template));
  const [problems, setProblems] = useState<string[]>([]);
  const [profile, setProfile] = useState('');
  const [drafted, setDrafted] = useState('');
  const set = (key: keyof PersonaForm, value: string) => setForm((f) => ({ ...f, [key]: value }));
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The picker this replaces had the focus: start the editor at its top.
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    headingRef.current?.scrollIntoView({ block: 'start' });
  }, []);

  return (
    <form
      className={cx('persona-editor')}
      aria-label="Describe a professional"
      onSubmit={(event) => {
        event.preventDefault();
        const result = fromForm(form);
        if ('problems' in result) setProblems(result.problems);
        else {
          setProblems([]);
          // The template's facts stay with it while it is still the same person.
          const same = result.card.name === template.name && result.card.role === template.role && result.card.organization === template.organization;
          onSave(same && template.facts ? { ...result.card, facts: template.facts } : result.card);
        }
      }}
    >
      <h2 ref={headingRef} tabIndex={-1}>
        Describe a professional
      </h2>
      <p className={cx('muted')}>Everything they say comes from this card. Lists take one item a line; write them in the professional’s own voice.</p>
      <details className={cx('persona-editor__profile')}>
        <summary>Start from a LinkedIn profile or bio</summary>
        <label>
          <span>Paste the profile or bio of the person you are about to meet: their roles, dates and education fill the card; complete the rest yourself.</span>
          <textarea rows={6} value={profile} onChange={(event) => setProfile(event.target.value)} data-testid="profile-paste" />
        </label>
        <button
          type="button"
          className={cx('button')}
          disabled={profile.trim() === ''}
          onClick={() => {
            const { card, found } = draftCardFromProfile(profile);
            setForm(toForm(card));
            setDrafted(`Drafted: ${found.name ? card.name : 'no name found'}, ${found.roles} role${found.roles === 1 ? '' : 's'}, ${found.education} education line${found.education === 1 ? '' : 's'}. Check each field and make the lists their own.`);
          }}
        >
          Draft the card
        </button>
        <p className={cx('muted')} aria-live="polite">
          {drafted}
        </p>
      </details>
      <div className={cx('persona-editor__grid')}>
        {TEXT_FIELDS.map(([key, label]) => (
          <label key={key}>
            <span>{label}</span>
            <input value={form[key]} onChange={(event) => set(key, event.target.value)} />
          </label>
        ))}
        <label>
          <span>Temperament</span>
          <select value={form.temperament} onChange={(event) => setForm((f) => ({ ...f, temperament: event.target.value as Temperament }))}>
            {TEMPERAMENTS.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
      </div>
      {/* A paragraph, not a line: a one-line box showed only its first words. */}
      <label>
        <span>LinkedIn summary</span>
        <textarea rows={3} value={form.summary} onChange={(event) => set('summary', event.target.value)} />
      </label>
      <label>
        <span>Career path, oldest first — role | organization | years | what it taught them (three or more lines)</span>
        <textarea rows={4} value={form.careerPath} onChange={(event) => set('careerPath', event.target.value)} />
      </label>
      <label>
        <span>People they would suggest — name | role | why</span>
        <textarea rows={3} value={form.referrals} onChange={(event) => set('referrals', event.target.value)} />
      </label>
      <label>
        <span>Education (as on LinkedIn)</span>
        <textarea rows={2} value={form.education} onChange={(event) => set('education', event.target.value)} />
      </label>
      {LIST_FIELDS.map(([key, label]) => (
        <label key={key}>
          <span>{label}</span>
          <textarea rows={3} value={form[key]} onChange={(event) => set(key, event.target.value)} />
        </label>
      ))}
      {(problems.length > 0 || error) && (
        <div role="alert" className={cx('error')}>
          {error && <p>{error}</p>}
          {problems.length > 0 && (
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className={cx('actions')}>
        <button type="submit" className={cx('button button--primary')} disabled={saving}>
          {saving ? 'Saving…' : 'Save this professional'}
        </button>
        <button type="button" className={cx('button')} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
