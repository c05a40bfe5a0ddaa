import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'wouter';
import type { ActiveCoach } from '../../../../../shared/contracts/common.ts';
import { MAX_SESSION_MINUTES, MIN_SESSION_MINUTES, type Persona, type PersonaCard } from '../../../../../shared/contracts/practice.ts';
import type { ApiError } from '../../../lib/api-client.ts';
import { createPersona } from '../api/create-persona.ts';
import { createSession } from '../api/create-session.ts';
import { deletePersona } from '../api/delete-persona.ts';
import { generatePersona } from '../api/generate-persona.ts';
import { getPersonas } from '../api/get-personas.ts';
import { listSavedAgendas, readSavedAgenda, savedAgendaKeys } from '../api/get-saved-agendas.ts';
import { rememberSessionAgenda, useStoredAgenda } from '../hooks/use-stored-session.ts';
import { agendaLines, agendaQuestions } from '../utils/agenda-checklist.ts';
import { reviewQuestion } from '../../../../../shared/questions/review.ts';
import { PersonaEditor } from './persona-editor.tsx';
import { cx } from '../styles.ts';

const MINUTE_CHOICES = [15, 20, 30] as const;

const EXAMPLE_PERSONA_ID = 'preset-sustainability-director';
const EXAMPLE_AGENDA = [
  'How did you move from field organizing into program leadership?',
  'What does a typical week look like for you?',
  'Which skills matter most for someone starting out in sustainability nonprofits?',
  'Who else would you suggest I talk to?',
].join('\n');

/** Pick (or describe) a professional, choose the time, optionally load or paste an agenda, start. */
export function SetupView({
  onStarted,
  coach,
  initialAgendaId = null,
  example = false,
  initialCard = null,
}: {
  /** Set up with the worked example: Jelena Okafor, 20 minutes, questions for her. */
  example?: boolean;
  onStarted: (sessionId: string) => void;
  coach?: ActiveCoach | undefined;
  /** A saved agenda to load at once (`/practice?agenda=<id>`, from the Questions page). */
  initialAgendaId?: string | null;
  /** A card to open in the editor at once (drafted from a contact's pasted profile, from Contacts). */
  initialCard?: PersonaCard | null;
}) {
  // Writing a persona from a line needs a model; offline the form says so instead of failing on submit.
  const canGenerate = coach?.kind === 'model';
  const queryClient = useQueryClient();
  const personas = useQuery({ queryKey: ['personas'], queryFn: ({ signal }) => getPersonas(signal) });
  const [chosen, setChosen] = useState<string | null>(example ? EXAMPLE_PERSONA_ID : null);
  const [minutes, setMinutes] = useState('20');
  const [editing, setEditing] = useState<Persona | null>(null);
  // A card drafted from the contact's profile opens in the editor, for the user to complete and save.
  useEffect(() => {
    if (initialCard) setEditing({ id: 'from-contact', preset: false, card: initialCard, createdAt: '' });
  }, [initialCard]);
  const [agenda, setAgenda] = useStoredAgenda();
  const savedAgendas = useQuery({ queryKey: savedAgendaKeys.all, queryFn: ({ signal }) => listSavedAgendas(signal) });
  const [agendaId, setAgendaId] = useState<string | null>(initialAgendaId);
  const loadedAgenda = useQuery({
    queryKey: savedAgendaKeys.one(agendaId ?? ''),
    queryFn: ({ signal }) => readSavedAgenda(agendaId ?? '', signal),
    enabled: agendaId !== null,
  });
  useEffect(() => {
    if (example) setAgenda(EXAMPLE_AGENDA);
  }, [example, setAgenda]);
  // The agenda's lines the rules flag (a job ask, their own salary…), each with its rephrasing.
  const agendaBox = useRef<HTMLTextAreaElement>(null);
  const flagged = useMemo(
    () =>
      agendaLines(agenda)
        .map((question) => reviewQuestion(question))
        .filter((r) => r.verdict !== 'informational' && r.rephrased !== null)
        .map((r) => ({ question: r.question, rephrased: r.rephrased ?? '' })),
    [agenda],
  );
  const takeRephrasing = (question: string, rephrased: string) => {
    setAgenda(
      agenda
        .split('\n')
        .map((line) => (agendaLines(line)[0] === question ? rephrased : line))
        .join('\n'),
    );
    // The button goes with its line: focus returns to the questions.
    agendaBox.current?.focus();
  };
  // Loading an agenda fills the box with its questions in order and the time it was planned for.
  useEffect(() => {
    if (!loadedAgenda.data) return;
    setAgenda(agendaQuestions(loadedAgenda.data).join('\n'));
    setMinutes(String(loadedAgenda.data.minutes));
  }, [loadedAgenda.data, setAgenda]);

  const start = useMutation<Awaited<ReturnType<typeof createSession>>, ApiError, string>({
    mutationFn: (personaId) => createSession({ personaId, minutes: Number(minutes), ...(agendaId ? { agendaId } : {}) }),
    onSuccess: (session) => {
      rememberSessionAgenda(session.id, agenda);
      queryClient.setQueryData(['practice-session', session.id], session);
      void queryClient.invalidateQueries({ queryKey: ['practice-sessions'] });
      onStarted(session.id);
    },
  });
  const save = useMutation<Persona, ApiError, Parameters<typeof createPersona>[0]>({
    mutationFn: createPersona,
    onSuccess: (persona) => {
      void queryClient.invalidateQueries({ queryKey: ['personas'] });
      setChosen(persona.id);
      setEditing(null);
    },
  });

  // Deleting a professional the user described: asked first (naming them), then said, and the
  // keyboard kept in the picker (on the professional now chosen), since the button went with its card.
  const [pickerNote, setPickerNote] = useState('');
  const [focusPicker, setFocusPicker] = useState(false);
  const picker = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    if (!focusPicker) return;
    setFocusPicker(false);
    picker.current?.querySelector<HTMLInputElement>('input[name="persona"]:checked')?.focus();
  }, [focusPicker]);
  const removed = (persona: Persona, note: string) => {
    queryClient.setQueryData<Persona[]>(['personas'], (list) => list?.filter((p) => p.id !== persona.id));
    void queryClient.invalidateQueries({ queryKey: ['personas'] });
    if (chosen === persona.id) setChosen(null);
    setPickerNote(note);
    setFocusPicker(true);
  };
  const remove = useMutation<void, ApiError, Persona>({
    // Already gone (deleted in another tab) is what was asked for: said so, not as an error.
    mutationFn: (persona) => deletePersona(persona.id).catch((error: unknown) => {
      if (error instanceof Error && 'code' in error && error.code === 'persona_not_found') return;
      throw error;
    }),
    onSuccess: (_nothing, persona) =>
      removed(persona, `Deleted ${persona.card.name}. Conversations you practiced with them stay in History, transcripts and debriefs included.`),
  });
  const askToDelete = (persona: Persona) => {
    if (!window.confirm(`Delete ${persona.card.name} (${persona.card.role}), the professional you described? Conversations you practiced with them stay in History. This cannot be undone.`)) return;
    remove.mutate(persona);
  };

  const [description, setDescription] = useState('');
  const generate = useMutation<Persona, ApiError, string>({
    mutationFn: generatePersona,
    onSuccess: (persona) => {
      void queryClient.invalidateQueries({ queryKey: ['personas'] });
      setChosen(persona.id);
      setDescription('');
    },
  });

  const minutesNumber = Number(minutes);
  const minutesOk = Number.isInteger(minutesNumber) && minutesNumber >= MIN_SESSION_MINUTES && minutesNumber <= MAX_SESSION_MINUTES;
  const selected = personas.data?.find((p) => p.id === chosen) ?? personas.data?.[0];

  if (editing) {
    return (
      <PersonaEditor
        template={editing.card}
        saving={save.isPending}
        error={save.error?.message}
        onCancel={() => setEditing(null)}
        onSave={(card) => save.mutate(card)}
      />
    );
  }

  return (
    <form
      className={cx('practice-setup')}
      onSubmit={(event) => {
        event.preventDefault();
        if (selected && minutesOk) start.mutate(selected.id);
      }}
    >
      <fieldset className={cx('persona-picker')} ref={picker}>
        <legend>Who would you like to talk to?</legend>
        {personas.isPending && <p className={cx('muted')}>Loading professionals…</p>}
        {personas.error && <p role="alert" className={cx('error')}>{personas.error.message}</p>}
        <div className={cx('persona-grid')}>
          {personas.data?.map((persona) => (
            <div key={persona.id} className={cx('persona-slot')}>
              <label className={cx('persona-option')} data-persona-id={persona.id}>
                <input
                  type="radio"
                  name="persona"
                  value={persona.id}
                  checked={selected?.id === persona.id}
                  onChange={() => setChosen(persona.id)}
                />
                <span className={cx('persona-option__name')}>{persona.card.name}</span>
                <span className={cx('persona-option__role')}>
                  {persona.card.role}, {persona.card.organization}
                </span>
                <span className={cx('persona-option__meta')}>
                  {persona.card.field} · {persona.card.yearsInField} years · {persona.card.temperament}
                  {persona.preset ? '' : ' · yours'}
                </span>
              </label>
              {!persona.preset && (
                <button
                  type="button"
                  className={cx('link-button persona-slot__delete')}
                  aria-label={`Delete ${persona.card.name}`}
                  disabled={remove.isPending}
                  onClick={() => askToDelete(persona)}
                >
                  Delete
                </button>
              )}
            </div>
          ))}
        </div>
        <p role="status" className={cx('muted persona-note')} data-testid="persona-note">
          {pickerNote}
        </p>
        {remove.error && (
          <p role="alert" className={cx('error')}>
            {remove.error.message}
          </p>
        )}
        {selected && (
          <button type="button" className={cx('button button--quiet')} onClick={() => setEditing(selected)}>
            Describe your own professional (starting from {selected.card.name})
          </button>
        )}
        <div className={cx('generate-persona')}>
          <label>
            <span>Or have a model write one from a line</span>
            <input
              value={description}
              disabled={!canGenerate}
              aria-describedby="generate-needs-model"
              placeholder="e.g. a wildlife biologist at a state parks agency"
              onChange={(event) => setDescription(event.target.value)}
            />
          </label>
          <button
            type="button"
            className={cx('button button--secondary')}
            disabled={!canGenerate || description.trim().length < 3 || generate.isPending}
            onClick={() => generate.mutate(description.trim())}
          >
            {generate.isPending ? 'Writing…' : 'Generate'}
          </button>
          {!canGenerate && (
            <p className={cx('muted generate-persona__note')} id="generate-needs-model">
              Needs a configured model (the coach is offline now). Pick a professional above or describe your own.
            </p>
          )}
          {generate.error && <p role="alert" className={cx('error')}>{generate.error.message}</p>}
        </div>
      </fieldset>

      <fieldset className={cx('minutes-picker')}>
        <legend>How much time did they agree to?</legend>
        {MINUTE_CHOICES.map((m) => (
          <label key={m} className={cx('chip')}>
            <input type="radio" name="minutes" value={m} checked={minutes === String(m)} onChange={() => setMinutes(String(m))} />
            {m} minutes
          </label>
        ))}
        <label className={cx('chip')}>
          Other:
          <input
            type="number"
            min={MIN_SESSION_MINUTES}
            max={MAX_SESSION_MINUTES}
            aria-label="Other number of minutes"
            placeholder={`${MIN_SESSION_MINUTES}–${MAX_SESSION_MINUTES}`}
            value={MINUTE_CHOICES.some((m) => String(m) === minutes) ? '' : minutes}
            onChange={(event) => setMinutes(event.target.value)}
          />
        </label>
        {!minutesOk && <p className={cx('error')}>Choose between {MIN_SESSION_MINUTES} and {MAX_SESSION_MINUTES} minutes.</p>}
      </fieldset>

      <fieldset className={cx('agenda-picker')}>
        <legend>Your agenda (optional)</legend>
        {savedAgendas.data && savedAgendas.data.agendas.length === 0 && (
          <p className={cx('muted')} data-testid="no-saved-agendas">
            No saved agendas yet — <Link href="~/questions">plan one on the Questions page</Link>, or type your questions below.
          </p>
        )}
        {savedAgendas.error && <p className={cx('error')}>{savedAgendas.error.message}</p>}
        {savedAgendas.data && savedAgendas.data.agendas.length > 0 && (
          <label className={cx('agenda-field')}>
            <span>Load a saved agenda</span>
            <select
              value={agendaId ?? ''}
              onChange={(event) => {
                const id = event.target.value || null;
                setAgendaId(id);
                if (id === null) setAgenda('');
              }}
            >
              <option value="">None — type or paste your questions</option>
              {savedAgendas.data.agendas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title} ({a.questionCount} questions, {a.minutes} min)
                </option>
              ))}
            </select>
          </label>
        )}
        {agendaId !== null && loadedAgenda.isPending && <p className={cx('muted')}>Loading the agenda…</p>}
        {loadedAgenda.error && <p role="alert" className={cx('error')}>{loadedAgenda.error.message}</p>}
        <label className={cx('agenda-field')}>
          <span>The questions you prepared, one a line — they stay at hand during the conversation</span>
          <textarea ref={agendaBox} rows={4} value={agenda} onChange={(event) => setAgenda(event.target.value)} />
        </label>
        {flagged.length > 0 && (
          // A question that would make it a job interview is named, with what to ask instead, before the conversation starts.
          <div className={cx('notice agenda-flagged')} data-testid="agenda-flagged">
            <p>
              {flagged.length === 1 ? 'One question here' : `${flagged.length} questions here`} would turn the conversation into a job
              interview:
            </p>
            <ul>
              {flagged.map((f) => (
                <li key={f.question}>
                  “{f.question}” — ask instead: “{f.rephrased}”{' '}
                  <button type="button" className={cx('link-button')} aria-label={`Use the rephrasing of: ${f.question}`} onClick={() => takeRephrasing(f.question, f.rephrased)}>
                    Use this
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </fieldset>

      {start.error && <p role="alert" className={cx('error')}>{start.error.message}</p>}
      <button type="submit" className={cx('button button--primary')} disabled={!selected || !minutesOk || start.isPending}>
        {start.isPending ? 'Starting…' : `Start the conversation${selected ? ` with ${selected.card.name}` : ''}`}
      </button>
    </form>
  );
}
