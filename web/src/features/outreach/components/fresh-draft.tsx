import type { FreshDraft } from '../../../../../shared/contracts/outreach.ts';
import { CopyButton } from '../../../components/copy-button.tsx';
import styles from './suggested-edits.module.css';

const CHANNEL: Record<FreshDraft['channel'], string> = {
  email: 'Email',
  'linkedin-note': 'LinkedIn connection note',
  'linkedin-message': 'LinkedIn message',
  'phone-script': 'Phone script',
};

/** (b) A fresh draft written from the facts of the writer's draft, with the blanks that only the writer can fill. */
export function FreshDraftView({ fresh, onUse }: { fresh: FreshDraft; onUse: (text: string) => void }) {
  return (
    <div data-testid="fresh-draft">
      <p className="muted">
        {CHANNEL[fresh.channel]}, written from what your draft says{fresh.placeholders.length > 0 ? '; fill in the blanks in [brackets] before sending.' : '.'}
      </p>
      {fresh.subject && (
        <p>
          <strong>Subject: </strong>
          <span data-testid="fresh-draft-subject">{fresh.subject}</span>
        </p>
      )}
      <p className="prose-box" style={{ whiteSpace: 'pre-wrap' }} data-testid="fresh-draft-text">
        {fresh.text}
      </p>
      {fresh.placeholders.length > 0 && (
        <ul className={styles.blanks} aria-label="Blanks to fill">
          {fresh.placeholders.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className={styles.toolbar}>
        <CopyButton text={fresh.subject ? `Subject: ${fresh.subject}\n\n${fresh.text}` : fresh.text} what="fresh draft" />
        <button type="button" className="button button--secondary" onClick={() => onUse(fresh.text)}>
          Use fresh draft
        </button>
      </div>
    </div>
  );
}

/** "Ready to send", or the blanks the draft still holds (a draft with a blank is unfinished). */
export function Readiness({ readyToSend, blanks }: { readyToSend?: boolean | undefined; blanks?: string[] | undefined }) {
  if (readyToSend) {
    return (
      <p className={styles.ready} data-testid="ready-to-send" role="note">
        <strong>Ready to send.</strong> Every rule is met and nothing is left to fill in.
      </p>
    );
  }
  if (!blanks || blanks.length === 0) return null;
  return (
    <div className="notice" role="note" data-testid="blanks">
      <strong>Unfinished: </strong>
      {blanks.length === 1 ? 'one blank is' : `${blanks.length} blanks are`} still to fill, so the score is capped at 60:
      <ul className={styles.blanks}>
        {blanks.map((b, i) => (
          <li key={`${b}${i}`}>{b}</li>
        ))}
      </ul>
    </div>
  );
}
