import { useState, type RefObject } from 'react';
import type { StoredCritique } from '../../../../../shared/contracts/outreach.ts';
import type { CritiqueProgress } from '../api/stream-critique.ts';
import type { CritiqueMode } from '../hooks/use-critique.ts';
import { itemFromFinding, type ChecklistItem } from '../utils/checklist-items.ts';
import { CopyButton } from '../../../components/copy-button.tsx';
import { FreshDraftView, Readiness } from './fresh-draft.tsx';
import { SuggestedEdits } from './suggested-edits.tsx';
import { RuleChecklist } from './rule-checklist.tsx';
import { WIDE } from './live-check.tsx';
import { ScoreMeter } from './score-meter.tsx';
import { cx } from '../styles.ts';

interface CritiquePanelProps {
  running: boolean;
  mode: CritiqueMode;
  progress: CritiqueProgress | undefined;
  totalRules: number;
  result: { critique: StoredCritique; draft: string } | undefined;
  currentDraft: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  activeRuleId: string | null;
  onActiveRule: (ruleId: string | null) => void;
  onShowEvidence: (item: ChecklistItem) => void;
  onUseRewrite: (rewrite: string) => void;
}

const time = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function CritiquePanel(props: CritiquePanelProps) {
  const { running, result } = props;
  return (
    <section className={cx('card critique')} aria-labelledby="critique-heading" aria-busy={running} data-testid="critique-panel">
      <div className={cx('card__head')}>
        <h2 id="critique-heading" ref={props.headingRef} tabIndex={-1}>
          Full critique
        </h2>
        {!running && !result && (
          <p className={cx('card__sub')}>
            Press <strong>Get full critique</strong> for a score from the coach, suggested edits and a fresh draft. Each
            critique is saved to your history.
          </p>
        )}
      </div>
      {running && <CritiqueProgressView mode={props.mode} progress={props.progress} totalRules={props.totalRules} />}
      {result && <CritiqueResult {...props} result={result} dimmed={running} />}
    </section>
  );
}

function CritiqueProgressView({
  mode,
  progress,
  totalRules,
}: {
  mode: CritiqueMode;
  progress: CritiqueProgress | undefined;
  totalRules: number;
}) {
  const done = Math.min(progress?.findings ?? 0, totalRules);
  const label =
    mode === 'stream'
      ? `Model is reviewing… ${done} of ${totalRules} rules${progress && progress.attempt > 1 ? ` (attempt ${progress.attempt})` : ''}`
      : `Checking your draft against ${totalRules} rules…`;
  return (
    <div className={cx('progress')} role="status">
      <div className={cx('progress__row')}>
        <span className={cx('spinner')} aria-hidden="true" />
        <span className={cx('progress__label')}>{label}</span>
      </div>
      {mode === 'stream' ? (
        <progress max={totalRules} value={done} aria-label="Rules reviewed" />
      ) : (
        <progress aria-label="Critique in progress" />
      )}
      {progress?.rewrite && (
        <div className={cx('progress__rewrite')}>
          <p className={cx('progress__rewrite-label')}>Rewrite so far</p>
          <p className={cx('prose-box prose-box--streaming')}>{progress.rewrite}</p>
        </div>
      )}
    </div>
  );
}

function CritiqueResult({
  result,
  currentDraft,
  activeRuleId,
  onActiveRule,
  onShowEvidence,
  onUseRewrite,
  dimmed,
}: CritiquePanelProps & { result: { critique: StoredCritique; draft: string }; dimmed: boolean }) {
  const { critique, draft } = result;
  // On a phone the long lists fold (open on a tap); on a wide screen they start open.
  const [wide] = useState(() => typeof window === 'undefined' || window.matchMedia(WIDE).matches);
  const items = critique.findings.map(itemFromFinding);
  const met = items.filter((item) => item.passed);
  const failing = items.filter((item) => !item.passed);
  const passed = met.length;
  const stale = currentDraft !== draft;
  const coachName = critique.coach.kind === 'offline' ? 'Offline coach' : `Model ${critique.coach.model ?? ''}`.trim();

  return (
    <div className={cx(`result${dimmed ? ' result--dimmed' : ''}`)} data-testid="critique-result">
      <p className={cx('result__meta')}>
        Version {critique.version} · {coachName} · <time dateTime={critique.createdAt}>{time.format(new Date(critique.createdAt))}</time>
      </p>
      {critique.notice && (
        <div className={cx('notice')} role="note">
          <strong>Note: </strong>
          {critique.notice}
        </div>
      )}
      {stale && (
        <p className={cx('result__stale')}>You have edited the draft since this critique. Get a new one to see the changes scored.</p>
      )}
      <ScoreMeter score={critique.score} label="Critique score" passed={passed} total={items.length} />
      <Readiness readyToSend={critique.readyToSend} blanks={critique.blanks} />

      {critique.strengths.length > 0 && (
        <details className={cx('result__block result__fold')} open={wide}>
          <summary>
            <h3>What already works ({critique.strengths.length})</h3>
          </summary>
          <ul className={cx('strengths')}>
            {critique.strengths.map((strength) => (
              <li key={strength}>{strength}</li>
            ))}
          </ul>
        </details>
      )}

      {critique.subject && (
        <div className={cx('result__block')}>
          <h3>Subject line</h3>
          <div className={cx('subject')}>
            <p className={cx('prose-box subject__text')} data-testid="subject-text">
              {critique.subject}
            </p>
            <CopyButton text={critique.subject} what="subject" />
          </div>
        </div>
      )}

      {critique.edits && critique.edits.length > 0 && !stale && (
        <div className={cx('result__block')}>
          <h3>Suggested edits</h3>
          <SuggestedEdits key={critique.critiqueId} draft={draft} edits={critique.edits} onUse={onUseRewrite} />
        </div>
      )}

      {critique.freshDraft && (
        <details className={cx('result__block result__fold')} open={wide}>
          <summary>
            <h3>A fresh draft from your facts</h3>
          </summary>
          <FreshDraftView fresh={critique.freshDraft} onUse={onUseRewrite} />
        </details>
      )}

      {critique.coach.kind === 'model' && critique.rewrite && critique.rewrite !== critique.editedDraft && (
        // The model's own rewrite (checked by the rulebook); the offline coach's is the edited draft above.
        <details className={cx('result__block result__fold')} open={wide}>
          <summary>
            <h3>The model's rewrite</h3>
          </summary>
          <p className={cx('prose-box')} data-testid="rewrite-text">
            {critique.rewrite}
          </p>
          <div className={cx('result__actions')}>
            <CopyButton text={critique.rewrite} what="rewrite" />
            <button type="button" className={cx('button button--secondary')} onClick={() => onUseRewrite(critique.rewrite ?? '')}>
              Use this rewrite
            </button>
          </div>
        </details>
      )}

      <details className={cx('result__block result__fold')} open={wide}>
        <summary>
          <h3>Rule by rule{failing.length > 0 ? ` (${failing.length} to work on)` : ''}</h3>
        </summary>
        {failing.length > 0 ? (
          <RuleChecklist
            items={failing}
            label="Rules that need work"
            activeRuleId={activeRuleId}
            onActiveRule={onActiveRule}
            onShowEvidence={stale ? undefined : onShowEvidence}
          />
        ) : (
          <p className={cx('muted')}>Every rule is met.</p>
        )}
        {met.length > 0 && (
          // The met rules are the live check's list already: named once, not repeated here.
          <p className={cx('muted critique__met')}>
            {failing.length > 0 ? 'The other ' : ''}
            {met.length} {met.length === 1 ? 'rule met' : 'rules met'} — each is listed, with your words, in the live check.
          </p>
        )}
      </details>
    </div>
  );
}
