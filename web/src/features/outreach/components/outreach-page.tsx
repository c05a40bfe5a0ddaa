import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ActiveCoach } from '../../../../../shared/contracts/common.ts';
import {
  MAX_DRAFT_CHARS,
  type CritiqueRequest,
  type CritiqueResponse,
  type DraftDetail,
  type DraftVersionSummary,
} from '../../../../../shared/contracts/outreach.ts';
import { useCritique } from '../hooks/use-critique.ts';
import { useLiveLint } from '../hooks/use-live-lint.ts';
import { EMPTY_STATE, useWorkspace, type WorkspaceState } from '../hooks/use-workspace.ts';
import type { ChecklistItem } from '../utils/checklist-items.ts';
import { fromContext, minutesProblem, toContext, type ContextFields } from '../utils/context-fields.ts';
import { ContextFieldsForm } from './context-fields.tsx';
import { CritiquePanel } from './critique-panel.tsx';
import { DraftEditor } from './draft-editor.tsx';
import { DraftHistory } from './draft-history.tsx';
import { LiveCheck } from './live-check.tsx';

interface UndoState {
  message: string;
  previous: WorkspaceState;
}

export function OutreachPage({ coach }: { coach: ActiveCoach | undefined }) {
  const [state, setState] = useWorkspace();
  const { workspace, result } = state;
  const live = useLiveLint(workspace.draft, workspace.fields);
  const [activeRuleId, setActiveRuleId] = useState<string | null>(null);
  const [historyRevision, setHistoryRevision] = useState(0);
  const [undo, setUndo] = useState<UndoState | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const critiqueHeadingRef = useRef<HTMLHeadingElement>(null);
  const focusResult = useRef(false);

  const onResult = useCallback(
    (critique: CritiqueResponse, draft: string) => {
      // Later critiques of this text become new versions of the same stored draft.
      setState((s) => ({ workspace: { ...s.workspace, draftId: critique.draftId }, result: { critique, draft } }));
      setHistoryRevision((r) => r + 1);
      focusResult.current = true;
    },
    [setState],
  );
  const { run, start, cancel, fail, clearError } = useCritique(coach?.kind === 'model' ? 'stream' : 'single', onResult);

  // The draft being continued is gone (another database, or deleted): start a new one next time.
  const draftMissing = run.error?.code === 'draft_not_found';
  useEffect(() => {
    if (draftMissing) setState((s) => ({ ...s, workspace: { ...s.workspace, draftId: undefined } }));
  }, [draftMissing, setState]);

  const resultId = result?.critique.critiqueId;
  useEffect(() => {
    if (!focusResult.current || !resultId) return;
    focusResult.current = false;
    critiqueHeadingRef.current?.focus();
    critiqueHeadingRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [resultId]);

  const setDraft = (draft: string) => setState((s) => ({ ...s, workspace: { ...s.workspace, draft } }));
  const setFields = (fields: ContextFields) => setState((s) => ({ ...s, workspace: { ...s.workspace, fields } }));

  /** Replaces the editor's content, keeping what was there one click away. */
  const replaceWorkspace = (next: WorkspaceState, message: string) => {
    if (run.running) cancel();
    clearError();
    setUndo({ message, previous: state });
    setState(next);
  };

  const submit = () => {
    if (run.running) return;
    const { draft, fields, draftId } = workspace;
    if (!draft.trim()) return fail('Write your message first — the critique needs something to read.');
    if (draft.length > MAX_DRAFT_CHARS) {
      return fail(`The message is longer than ${MAX_DRAFT_CHARS.toLocaleString()} characters. Shorten it and try again.`);
    }
    const minutes = minutesProblem(fields.minutesRequested);
    if (minutes) return fail(`Minutes requested: ${minutes}`);
    const request: CritiqueRequest = { draft, context: toContext(fields) };
    if (draftId) request.draftId = draftId;
    setUndo(null);
    void start(request);
  };

  const onEditorKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  const showEvidence = (item: ChecklistItem) => {
    const evidence = item.evidence[0];
    const textarea = textareaRef.current;
    if (!evidence || !textarea) return;
    textarea.focus({ preventScroll: true });
    textarea.setSelectionRange(evidence.start, evidence.end);
    const mark = textarea.parentElement?.querySelector(`mark[data-rules~="${CSS.escape(item.ruleId)}"]`);
    (mark ?? textarea).scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  const applyRewrite = (rewrite: string) => {
    replaceWorkspace({ ...state, workspace: { ...workspace, draft: rewrite } }, 'The rewrite is in the editor.');
    textareaRef.current?.focus({ preventScroll: true });
    textareaRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  const openVersion = (draft: DraftDetail, version: DraftVersionSummary) => {
    replaceWorkspace(
      {
        workspace: { draft: version.text, fields: fromContext(version.context), draftId: draft.id },
        result: version.critique ? { critique: version.critique, draft: version.text } : undefined,
      },
      `Opened version ${version.version} of “${draft.title || 'Untitled draft'}”. Your next critique is saved as a new version.`,
    );
    textareaRef.current?.focus({ preventScroll: true });
    textareaRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  const newDraft = () => {
    const hasContent = workspace.draft.trim() !== '' || workspace.draftId !== undefined || result !== undefined;
    if (!hasContent) return;
    replaceWorkspace(EMPTY_STATE, 'Started a new draft.');
    textareaRef.current?.focus();
  };

  const undoReplace = () => {
    if (!undo) return;
    setState(undo.previous);
    setUndo(null);
    textareaRef.current?.focus();
  };

  return (
    <div className="page outreach">
      <div className="page__intro">
        <h1 tabIndex={-1}>Outreach message</h1>
        <p className="lede">
          Write the note that asks someone for a short conversation about their work. The checklist updates as you type; a
          full critique adds a rewrite.
        </p>
      </div>

      <div className="outreach__grid">
        <section className="card outreach__editor" aria-labelledby="draft-heading" onKeyDown={onEditorKeyDown}>
          <div className="card__head card__head--row">
            <h2 id="draft-heading">Your draft</h2>
            <button type="button" className="button button--quiet" onClick={newDraft}>
              New draft
            </button>
          </div>
          {workspace.draftId && (
            <p className="continuing" data-testid="continuing">
              Continuing a saved draft — your next critique is saved as a new version of it.
            </p>
          )}
          <DraftEditor
            value={workspace.draft}
            onChange={setDraft}
            items={live.items}
            highlightText={live.text}
            activeRuleId={activeRuleId}
            channel={workspace.fields.channel}
            textareaRef={textareaRef}
          />
          <ContextFieldsForm fields={workspace.fields} onChange={setFields} />
          <div className="actions">
            <button type="button" className="button button--primary" onClick={submit} aria-disabled={run.running || undefined}>
              {run.running ? 'Getting critique…' : 'Get full critique'}
            </button>
            {run.running ? (
              <button type="button" className="button button--quiet" onClick={cancel}>
                Cancel
              </button>
            ) : (
              <span className="actions__hint" aria-hidden="true">
                <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
              </span>
            )}
          </div>
          <div role="alert" className="alert-region">
            {run.error && (
              <div className="alert">
                <p>
                  <strong>No critique this time.</strong> {run.error.message}
                </p>
                <p className="alert__safe">
                  Your draft is still here and saved in this browser.
                  {draftMissing && ' The saved draft it continued no longer exists; try again to save it as a new draft.'}
                </p>
                <button type="button" className="button button--quiet button--small" onClick={clearError}>
                  Dismiss
                </button>
              </div>
            )}
          </div>
          <div role="status" className="status-region">
            {undo && (
              <div className="undo">
                <span>{undo.message}</span>
                <button type="button" className="link-button" onClick={undoReplace}>
                  Undo
                </button>
                <button type="button" className="link-button" onClick={() => setUndo(null)} aria-label="Dismiss message">
                  ✕
                </button>
              </div>
            )}
          </div>
        </section>

        <div className="outreach__live">
          <LiveCheck
            items={live.items}
            score={live.score}
            empty={live.text.trim() === ''}
            activeRuleId={activeRuleId}
            onActiveRule={setActiveRuleId}
            onShowEvidence={showEvidence}
          />
        </div>

        <div className="outreach__critique">
          <CritiquePanel
            running={run.running}
            mode={run.mode}
            progress={run.progress}
            totalRules={live.items.length}
            result={result}
            currentDraft={workspace.draft}
            headingRef={critiqueHeadingRef}
            activeRuleId={activeRuleId}
            onActiveRule={setActiveRuleId}
            onShowEvidence={showEvidence}
            onUseRewrite={applyRewrite}
          />
        </div>

        <div className="outreach__history">
          <DraftHistory
            revision={historyRevision}
            onRefresh={() => setHistoryRevision((r) => r + 1)}
            currentDraftId={workspace.draftId}
            onOpenVersion={openVersion}
          />
        </div>
      </div>
    </div>
  );
}
