import { MAX_MINUTES, MIN_MINUTES, minutesProblem, type Channel, type ContextFields } from '../utils/context-fields.ts';
import { cx } from '../styles.ts';

interface ContextFieldsFormProps {
  fields: ContextFields;
  onChange: (fields: ContextFields) => void;
}

/** Who the message is for and how it will be sent: feeds the live checklist and the critique. */
export function ContextFieldsForm({ fields, onChange }: ContextFieldsFormProps) {
  const set = <K extends keyof ContextFields>(key: K, value: ContextFields[K]) => onChange({ ...fields, [key]: value });
  const minutesError = minutesProblem(fields.minutesRequested);

  return (
    <fieldset className={cx('context')}>
      <legend>About the message</legend>
      <p className={cx('field__hint context__hint')}>All optional. The checklist uses them to judge personalization and the ask.</p>
      <div className={cx('context__grid')}>
        <TextField id="ctx-name" label="Recipient name" maxLength={120} placeholder="e.g. Dana Reyes"
          value={fields.recipientName} onChange={(v) => set('recipientName', v)} />
        <TextField id="ctx-role" label="Recipient role" maxLength={160} placeholder="e.g. Product analytics lead"
          value={fields.recipientRole} onChange={(v) => set('recipientRole', v)} />
        <TextField id="ctx-org" label="Organization" maxLength={160} placeholder="e.g. Northwind Health" autoComplete="organization"
          value={fields.organization} onChange={(v) => set('organization', v)} />
        <TextField id="ctx-connection" label="How you’re connected" maxLength={400} wide
          placeholder="e.g. Priya Shah (my manager at Contoso) suggested I write"
          hint="Who referred you, or what you have in common."
          value={fields.connection} onChange={(v) => set('connection', v)} />
        <div className={cx('field')}>
          <label htmlFor="ctx-channel" className={cx('field__label')}>
            Channel
          </label>
          <select id="ctx-channel" value={fields.channel} onChange={(e) => set('channel', e.target.value as Channel)}>
            <option value="email">Email</option>
            <option value="linkedin">LinkedIn connection note</option>
            <option value="phone">Phone call or voicemail</option>
          </select>
        </div>
        <div className={cx('field')}>
          <label htmlFor="ctx-minutes" className={cx('field__label')}>
            Minutes requested
          </label>
          <input
            id="ctx-minutes"
            type="number"
            inputMode="numeric"
            min={MIN_MINUTES}
            max={MAX_MINUTES}
            step={5}
            aria-invalid={minutesError ? true : undefined}
            aria-describedby={minutesError ? 'ctx-minutes-error' : undefined}
            value={fields.minutesRequested}
            onChange={(e) => set('minutesRequested', e.target.value)}
            placeholder="e.g. 20"
          />
          {minutesError && (
            <p id="ctx-minutes-error" className={cx('field__error')}>
              {minutesError}
            </p>
          )}
        </div>
      </div>
    </fieldset>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  placeholder: string;
  hint?: string;
  wide?: boolean;
  autoComplete?: string;
}

/** A labelled one-line text input, with an optional hint tied to it for screen readers. */
function TextField({ id, label, value, onChange, maxLength, placeholder, hint, wide, autoComplete = 'off' }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={cx(wide ? 'field field--wide' : 'field')}>
      <label htmlFor={id} className={cx('field__label')}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        autoComplete={autoComplete}
        maxLength={maxLength}
        aria-describedby={hintId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
      />
      {hint && (
        <p id={hintId} className={cx('field__hint')}>
          {hint}
        </p>
      )}
    </div>
  );
}
