import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { SuggestedEdit } from '../../../../../shared/contracts/outreach.ts';
import { applyEdits } from '../../../../../shared/text/edits.ts';
import styles from './suggested-edits.module.css';

interface SuggestedEditsProps {
  /** The draft the edits were made for (offsets point into it). */
  draft: string;
  edits: SuggestedEdit[];
  /** Put the text (the draft with the accepted edits) in the editor. */
  onUse: (text: string) => void;
}

type Piece = { kind: 'text'; text: string } | { kind: 'edit'; edit: SuggestedEdit; index: number };

/** The draft cut into the writer's untouched text and the edits, in order. */
function pieces(draft: string, edits: SuggestedEdit[]): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  edits.forEach((edit, index) => {
    if (edit.start > at) out.push({ kind: 'text', text: draft.slice(at, edit.start) });
    out.push({ kind: 'edit', edit, index });
    at = Math.max(at, edit.end);
  });
  if (at < draft.length) out.push({ kind: 'text', text: draft.slice(at) });
  return out;
}

/**
 * (a) The coach's edits shown inline in the writer's own draft: what goes struck through, what
 * comes underlined, each with its own Accept (and Undo). Everything else is the writer's text, as
 * written. "Accept all" takes every edit; "Use edited draft" puts the result in the editor.
 */
export function SuggestedEdits({ draft, edits, onUse }: SuggestedEditsProps) {
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(() => new Set());
  const result = useMemo(() => applyEdits(draft, edits.filter((e) => accepted.has(e.id))), [draft, edits, accepted]);
  // "Accept all" disables itself: focus goes on to "Use edited draft", the next step, which names the
  // count accepted (its description), rather than falling to the page.
  const useButton = useRef<HTMLButtonElement>(null);
  const statusId = useId();
  const [focusUse, setFocusUse] = useState(false);
  useEffect(() => {
    if (!focusUse) return;
    setFocusUse(false);
    useButton.current?.focus();
  }, [focusUse]);
  const toggle = (id: string) =>
    setAccepted((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <div data-testid="suggested-edits">
      <p className="muted">
        {edits.length} suggested {edits.length === 1 ? 'edit' : 'edits'}; your other sentences stay as you wrote them. Accept the ones you want, one
        by one or all at once.
      </p>
      <p className={`prose-box ${styles.edits}`} data-testid="edits-inline">
        {pieces(draft, edits).map((piece, i) =>
          piece.kind === 'text' ? (
            <span key={`t${i}`}>{piece.text}</span>
          ) : (
            <span key={piece.edit.id} className={styles.edit} data-accepted={accepted.has(piece.edit.id)} data-testid="suggested-edit" title={piece.edit.reason}>
              {piece.edit.end > piece.edit.start && <del className={styles.removed}>{draft.slice(piece.edit.start, piece.edit.end)}</del>}
              {piece.edit.text && <ins className={styles.added}>{piece.edit.text}</ins>}
              <button
                type="button"
                className={styles.accept}
                aria-pressed={accepted.has(piece.edit.id)}
                aria-label={`${accepted.has(piece.edit.id) ? 'Undo' : 'Accept'} edit ${piece.index + 1}: ${piece.edit.reason}`}
                onClick={() => toggle(piece.edit.id)}
              >
                {accepted.has(piece.edit.id) ? 'Undo' : 'Accept'}
              </button>
            </span>
          ),
        )}
      </p>
      <div className={styles.toolbar}>
        <span role="status" data-testid="edits-accepted" id={statusId}>
          {accepted.size} of {edits.length} accepted
        </span>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setAccepted(new Set(edits.map((e) => e.id)));
            setFocusUse(true);
          }}
          disabled={accepted.size === edits.length}
        >
          Accept all
        </button>
        <button
          ref={useButton}
          type="button"
          className="button button--secondary"
          aria-describedby={statusId}
          onClick={() => onUse(result)}
          disabled={accepted.size === 0}
        >
          Use edited draft
        </button>
      </div>
      <details>
        <summary>Your draft with the accepted edits</summary>
        <p className="prose-box" data-testid="edited-text">
          {result}
        </p>
      </details>
    </div>
  );
}
