import { MAX_MINUTES, MIN_MINUTES, minutesProblem, type Channel, type ContextFields } from '../utils/context-fields.ts';

interface ContextFieldsFormProps {
  fields: ContextFields;
  onChange: (fields: ContextFields) => void;
}

/** Who the message is for and how it will be sent: feeds the live checklist and the critique. */
export function ContextFieldsForm({ fields, onChange }: ContextFieldsFormProps) {
  const set = <K extends keyof ContextFields>(key: K, value: ContextFields[K]) => onChange({ ...fields, [key]: value });
  const minutesError = minutesProblem(fields.minutesRequested);

  return (
    <fieldset className="context">
      <legend>About the message</legend>
      <p className="field__hint context__hint">All optional. The checklist uses them to judge personalization and the ask.</p>
      <div className="context__grid">
        <div className="field">
          <label htmlFor="ctx-name" className="field__label">
            Recipient name
          </label>
          <input
            id="ctx-name"
            type="text"
            autoComplete="off"
            maxLength={120}
            value={fields.recipientName}
            onChange={(e) => set('recipientName', e.target.value)}
            placeholder="e.g. Dana Reyes"
          />
        </div>
        <div className="field">
          <label htmlFor="ctx-role" className="field__label">
            Recipient role
          </label>
          <input
            id="ctx-role"
            type="text"
            autoComplete="off"
            maxLength={160}
            value={fields.recipientRole}
            onChange={(e) => set('recipientRole', e.target.value)}
            placeholder="e.g. Product analytics lead"
          />
        </div>
        <div className="field">
          <label htmlFor="ctx-org" className="field__label">
            Organization
          </label>
          <input
            id="ctx-org"
            type="text"
            autoComplete="organization"
            maxLength={160}
            value={fields.organization}
            onChange={(e) => set('organization', e.target.value)}
            placeholder="e.g. Northwind Health"
          />
        </div>
        <div className="field field--wide">
          <label htmlFor="ctx-connection" className="field__label">
            How you’re connected
          </label>
          <input
            id="ctx-connection"
            type="text"
            autoComplete="off"
            maxLength={400}
            aria-describedby="ctx-connection-hint"
            value={fields.connection}
            onChange={(e) => set('connection', e.target.value)}
            placeholder="e.g. Priya Shah (my manager at Contoso) suggested I write"
          />
          <p id="ctx-connection-hint" className="field__hint">
            Who referred you, or what you have in common.
          </p>
        </div>
        <div className="field">
          <label htmlFor="ctx-channel" className="field__label">
            Channel
          </label>
          <select id="ctx-channel" value={fields.channel} onChange={(e) => set('channel', e.target.value as Channel)}>
            <option value="email">Email</option>
            <option value="linkedin">LinkedIn connection note</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="ctx-minutes" className="field__label">
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
            <p id="ctx-minutes-error" className="field__error">
              {minutesError}
            </p>
          )}
        </div>
      </div>
    </fieldset>
  );
}
