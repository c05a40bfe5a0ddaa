import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation, useRoute, useSearch } from 'wouter';
import type { ActiveCoach } from '../../../../../shared/contracts/common.ts';
import {
  MAX_DRAFT_CHARS,
  type CritiqueRequest,
  type DraftDetail,
  type DraftVersionSummary,
  type StoredCritique,
} from '../../../../../shared/contracts/outreach.ts';
import type { ContactBrief } from '../../../../../shared/contracts/contact-brief.ts';
import { ContactBanner } from '../../../components/contact-banner.tsx';
import { ApiError } from '../../../lib/api-client.ts';
import { useCritique } from '../hooks/use-critique.ts';
import { useDraft } from '../hooks/use-drafts.ts';
import { useLiveLint } from '../hooks/use-live-lint.ts';
import {
  EMPTY_STATE,
  loadWorkspace,
  saveWorkspace,
  useWorkspace,
  type WorkspaceState,
} from '../hooks/use-workspace.ts';
import type { ChecklistItem } from '../utils/checklist-items.ts';
import { fromContext, minutesProblem, toContext, type ContextFields } from '../utils/context-fields.ts';
import { draftPath, NEW_DRAFT_PATH } from '../utils/draft-path.ts';
import { EXAMPLE_STATE } from '../utils/example.ts';
import { ContextFieldsForm } from './context-fields.tsx';
import { CritiquePanel } from './critique-panel.tsx';
import { DraftEditor } from './draft-editor.tsx';
import { DraftHistory } from './draft-history.tsx';
import { LiveCheck, LiveScoreBar } from './live-check.tsx';
import { cx } from '../styles.ts';
import { PageIntro } from '../../../components/page-intro.tsx';

interface UndoState {
  /** Whose editor the undo restores (undefined: the new draft's). */
  draftId: string | undefined;
  message: string;
  previous: WorkspaceState;
}

/** The editor for one stored version, with the critique it got. */
function stateFromVersion(draft: DraftDetail, version: DraftVersionSummary): WorkspaceState {
  return {
    workspace: { draft: version.text, fields: fromContext(version.context), draftId: draft.id },
    result: version.critique ? { critique: version.critique, draft: version.text } : undefined,
  };
}

const hasContent = (state: WorkspaceState | undefined) =>
  state !== undefined && (state.workspace.draft.trim() !== '' || state.result !== undefined);

/**
 * The outreach coach. Its URL says which draft is in the editor: `/outreach` a new one,
 * `/outreach/drafts/:id` a stored one (opened from History, or saved by its first critique).
 */
export function OutreachPage({ coach }: { coach: ActiveCoach | undefined }) {
  const [, params] = useRoute<{ id: string }>('/drafts/:id');
  const routeDraftId = params?.id;
  const [, navigate] = useLocation();
  const { state, setState, setStateFor, forget } = useWorkspace(routeDraftId);
  // A stored draft this browser has not edited yet comes from the server.
  const stored = useDraft(routeDraftId);
  const view = state ?? EMPTY_STATE;
  const { workspace, result } = view;
  const live = useLiveLint(workspace.draft, workspace.fields);
  const [activeRuleId, setActiveRuleId] = useState<string | null>(null);
  const [undo, setUndo] = useState<UndoState | null>(null);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const critiqueHeadingRef = useRef<HTMLHeadingElement>(null);
  const focusResult = useRef(false);
  // What callbacks that finish later (a critique) need to know about now.
  const latest = useRef({ routeDraftId, state });
  useEffect(() => {
    latest.current = { routeDraftId, state };
  });

  const { run, start, cancel, fail, clearError } = useCritique(coach?.kind === 'model' ? 'stream' : 'single');

  useEffect(() => {
    if (routeDraftId === undefined || state !== undefined || !stored.data) return;
    const last = stored.data.versions.at(-1);
    setState(last ? stateFromVersion(stored.data, last) : { ...EMPTY_STATE, workspace: { ...EMPTY_STATE.workspace, draftId: routeDraftId } });
  }, [routeDraftId, state, stored.data, setState]);

  // The draft being continued is gone (deleted elsewhere): keep the text as a new draft.
  const draftMissing = run.error?.code === 'draft_not_found';
  useEffect(() => {
    if (!draftMissing || routeDraftId === undefined || !state) return;
    saveWorkspace(undefined, { workspace: { ...state.workspace, draftId: undefined }, result: undefined });
    forget(routeDraftId);
    navigate(NEW_DRAFT_PATH, { replace: true });
  }, [draftMissing, routeDraftId, state, navigate, forget]);

  const resultId = result?.critique.critiqueId;
  useEffect(() => {
    if (!focusResult.current || !resultId) return;
    focusResult.current = false;
    critiqueHeadingRef.current?.focus();
    critiqueHeadingRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [resultId]);

  const setDraft = (draft: string) => setState((s) => ({ ...s, workspace: { ...s.workspace, draft } }));
  const setFields = (fields: ContextFields) => setState((s) => ({ ...s, workspace: { ...s.workspace, fields } }));
  // Opened from a contact: the context comes from the contact, unless the user already filled it in.
  const fillFromContact = useCallback(
    (contact: ContactBrief) =>
      setState((s) =>
        s.workspace.fields.recipientName.trim()
          ? s
          : {
              ...s,
              workspace: {
                ...s.workspace,
                fields: {
                  ...s.workspace.fields,
                  recipientName: contact.name,
                  recipientRole: contact.role ?? '',
                  organization: contact.organization ?? '',
                  connection: contact.connection ?? '',
                  channel: contact.channel === 'linkedin' || contact.channel === 'phone' ? contact.channel : 'email',
                },
              },
            },
      ),
    [setState],
  );

  /** Replaces an editor's content, keeping what was there one click away. */
  const replaceWorkspace = (draftId: string | undefined, previous: WorkspaceState | undefined, next: WorkspaceState, message: string) => {
    if (run.running) cancel();
    clearError();
    setUndo(hasContent(previous) && previous ? { draftId, message, previous } : null);
    setStateFor(draftId, next);
  };

  const onResult = useCallback(
    (critique: StoredCritique, sentFor: string | undefined, text: string) => {
      focusResult.current = true;
      const withResult = (s: WorkspaceState): WorkspaceState => ({
        workspace: { ...s.workspace, draftId: critique.draftId },
        result: { critique, draft: text },
      });
      if (sentFor !== undefined) return setStateFor(sentFor, withResult);
      // A new draft was just stored: its editor moves to the draft's own URL, and the new-draft editor is empty again.
      const now = latest.current;
      const scratch = now.routeDraftId === undefined ? now.state : loadWorkspace(undefined);
      saveWorkspace(critique.draftId, withResult(scratch ?? EMPTY_STATE));
      setStateFor(undefined, EMPTY_STATE);
      if (now.routeDraftId === undefined) navigate(draftPath(critique.draftId), { replace: true });
    },
    [navigate, setStateFor],
  );

  const submit = () => {
    if (run.running || !state) return;
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
    start(request, (critique) => onResult(critique, routeDraftId, draft));
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

  const focusEditor = () => {
    textareaRef.current?.focus({ preventScroll: true });
    textareaRef.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  const applyRewrite = (rewrite: string) => {
    replaceWorkspace(routeDraftId, view, { ...view, workspace: { ...workspace, draft: rewrite } }, 'The rewrite is in the editor.');
    focusEditor();
  };

  const openVersion = (draft: DraftDetail, version: DraftVersionSummary) => {
    const previous = draft.id === routeDraftId ? state : loadWorkspace(draft.id);
    replaceWorkspace(
      draft.id,
      previous,
      stateFromVersion(draft, version),
      `Opened version ${version.version} of “${draft.title || 'Untitled draft'}”. Your next critique is saved as a new version.`,
    );
    if (draft.id !== routeDraftId) navigate(draftPath(draft.id));
    focusEditor();
  };

  const newDraft = () => {
    const scratch = routeDraftId === undefined ? state : loadWorkspace(undefined);
    if (hasContent(scratch)) replaceWorkspace(undefined, scratch, EMPTY_STATE, 'Started a new draft.');
    if (routeDraftId !== undefined) navigate(NEW_DRAFT_PATH);
    textareaRef.current?.focus();
  };

  // `/outreach?example=1` (the first-run steps): the worked example in a new draft, what was there one Undo away.
  const wantsExample = new URLSearchParams(useSearch()).has('example');
  useEffect(() => {
    if (!wantsExample) return;
    replaceWorkspace(undefined, loadWorkspace(undefined), EXAMPLE_STATE, 'Loaded an example draft to Jelena Okafor.');
    navigate(NEW_DRAFT_PATH, { replace: true });
  }, [wantsExample]);

  const undoReplace = () => {
    if (!undo) return;
    setStateFor(undo.draftId, undo.previous);
    setUndo(null);
    textareaRef.current?.focus();
  };

  const onDeleted = (id: string) => {
    forget(id);
    if (undo?.draftId === id) setUndo(null);
    if (id === routeDraftId) navigate(NEW_DRAFT_PATH, { replace: true });
  };

  const shownUndo = undo && undo.draftId === routeDraftId ? undo : null;

  return (
    <div className={cx('page outreach')}>
      <PageIntro page="outreach" />

      <ContactBanner page="outreach" onContact={fillFromContact} link={{ kind: 'draft', targetId: workspace.draftId }} offerSent />

      <div className={cx('outreach__grid')}>
        <section className={cx('card outreach__editor')} aria-labelledby="draft-heading" onKeyDown={onEditorKeyDown}>
          <div className={cx('card__head card__head--row')}>
            <h2 id="draft-heading">Your draft</h2>
            <button type="button" className={cx('button button--quiet')} onClick={newDraft}>
              New draft
            </button>
          </div>
          {routeDraftId !== undefined && state && (
            <p className={cx('continuing')} data-testid="continuing">
              {stored.data?.title ? `Continuing “${stored.data.title}”` : 'Continuing a saved draft'} — your next critique is
              saved as a new version of it.
            </p>
          )}
          {state && <LiveScoreBar items={live.items} score={live.score} empty={live.text.trim() === ''} />}
          {state ? (
            <DraftEditor
              value={workspace.draft}
              onChange={setDraft}
              items={live.items}
              highlightText={live.text}
              activeRuleId={activeRuleId}
              channel={workspace.fields.channel}
              textareaRef={textareaRef}
            />
          ) : (
            <StoredDraftStatus notFound={stored.error instanceof ApiError && stored.error.status === 404} error={stored.error?.message} />
          )}
          {state && <ContextFieldsForm fields={workspace.fields} onChange={setFields} />}
          {state && (
            <div className={cx('actions')}>
              <button type="button" className={cx('button button--primary')} onClick={submit} aria-disabled={run.running || undefined}>
                {run.running ? 'Getting critique…' : 'Get full critique'}
              </button>
              {run.running ? (
                <button type="button" className={cx('button button--quiet')} onClick={cancel}>
                  Cancel
                </button>
              ) : (
                <span className={cx('actions__hint')} aria-hidden="true">
                  <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
                </span>
              )}
            </div>
          )}
          <div role="alert" className={cx('alert-region')}>
            {run.error && (
              <div className={cx('alert')}>
                <p>
                  <strong>No critique this time.</strong> {run.error.message}
                </p>
                <p className={cx('alert__safe')}>
                  Your draft is still here and saved in this browser.
                  {draftMissing && ' The saved draft it continued no longer exists; try again to save it as a new draft.'}
                </p>
                <button
                  type="button"
                  className={cx('button button--quiet button--small')}
                  onClick={() => {
                    // The message goes with its button: back to the draft it was about.
                    clearError();
                    textareaRef.current?.focus();
                  }}
                >
                  Dismiss
                </button>
              </div>
            )}
          </div>
          <div role="status" className={cx('status-region')}>
            {shownUndo && (
              <div className={cx('undo')}>
                <span>{shownUndo.message}</span>
                <button type="button" className={cx('link-button')} onClick={undoReplace}>
                  Undo
                </button>
                <button type="button" className={cx('link-button')} onClick={() => {
                    setUndo(null);
                    textareaRef.current?.focus();
                  }}
                  aria-label="Dismiss message"
                >
                  ✕
                </button>
              </div>
            )}
          </div>
        </section>

        <div className={cx('outreach__live')}>
          <LiveCheck
            items={live.items}
            score={live.score}
            empty={live.text.trim() === ''}
            activeRuleId={activeRuleId}
            onActiveRule={setActiveRuleId}
            onShowEvidence={showEvidence}
          />
        </div>

        <div className={cx('outreach__critique')}>
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

        <div className={cx('outreach__history')}>
          <DraftHistory currentDraftId={routeDraftId} onOpenVersion={openVersion} onDeleted={onDeleted} />
        </div>
      </div>
    </div>
  );
}

/** In place of the editor while a stored draft loads, or when its URL names no draft. */
function StoredDraftStatus({ notFound, error }: { notFound: boolean; error: string | undefined }) {
  if (notFound) {
    return (
      <div className={cx('alert')} data-testid="draft-not-found">
        <p>
          <strong>This draft no longer exists.</strong> It may have been deleted.
        </p>
        <p>
          <Link href={NEW_DRAFT_PATH}>Start a new draft</Link> or open another one from History.
        </p>
      </div>
    );
  }
  if (error) {
    return (
      <p className={cx('inline-error')} role="alert">
        Could not load this draft: {error}
      </p>
    );
  }
  return (
    <p className={cx('muted')} role="status">
      Loading the draft…
    </p>
  );
}
