import { useState } from 'react';
import type { ChecklistItem } from '../utils/checklist-items.ts';
import { RuleChecklist } from './rule-checklist.tsx';
import { ScoreMeter, scoreBand } from './score-meter.tsx';
import { cx } from '../styles.ts';

interface LiveCheckProps {
  items: readonly ChecklistItem[];
  score: number;
  empty: boolean;
  activeRuleId: string | null;
  onActiveRule: (ruleId: string | null) => void;
  onShowEvidence: (item: ChecklistItem) => void;
}

/** Where the page lays out in two columns (outreach.module.css uses the same width). */
export const WIDE = '(min-width: 960px)';

export function LiveCheck({ items, score, empty, activeRuleId, onActiveRule, onShowEvidence }: LiveCheckProps) {
  const passed = items.filter((item) => item.passed).length;
  const failing = items.length - passed;
  const [openAtFirst] = useState(() => typeof window === 'undefined' || window.matchMedia(WIDE).matches);
  return (
    <section className={cx('card live')} aria-labelledby="live-heading" data-testid="live-check">
      <div className={cx('card__head')}>
        <h2 id="live-heading">Live check</h2>
        <p className={cx('card__sub')}>Runs in your browser as you type — nothing is sent.</p>
      </div>
      <ScoreMeter score={empty ? null : score} label="Live score" passed={passed} total={items.length} />
      {/* Announced politely when the numbers change, not on every keystroke. */}
      <p className={cx('visually-hidden')} aria-live="polite" aria-atomic="true">
        {empty ? '' : `Live score ${score} out of 100. ${failing === 0 ? 'Every rule is met.' : `${failing} ${failing === 1 ? 'rule needs' : 'rules need'} work.`}`}
      </p>
      {empty && <p className={cx('live__empty')}>Start writing: each of these is checked as you go.</p>}
      {/* On a phone the list folds away under the score (open it to read each rule); wide screens show it. */}
      <details className={cx('live__rules')} open={openAtFirst}>
        <summary className={cx('live__rules-summary')}>
          {empty ? `What the live check looks for (${items.length} rules)` : failing === 0 ? `All ${items.length} rules met` : `${failing} of ${items.length} rules need work`}
        </summary>
        <RuleChecklist
          items={items}
          pending={empty}
          label={empty ? 'What the live check looks for' : 'Live checklist'}
          activeRuleId={activeRuleId}
          onActiveRule={onActiveRule}
          onShowEvidence={onShowEvidence}
        />
      </details>
    </section>
  );
}

/**
 * On a phone the live check sits below the form, out of sight while typing: this line stays at the
 * top of the screen while the editor is in view (position: sticky), with the score and the next
 * rule to work on, and a link down to the full list. Hidden on wide screens, where the check is beside the editor.
 */
export function LiveScoreBar({ items, score, empty }: { items: readonly ChecklistItem[]; score: number; empty: boolean }) {
  const failing = items.filter((item) => !item.passed);
  const next = failing[0];
  return (
    <div className={cx('live-bar')} data-testid="live-bar">
      <span className={cx(`live-bar__score live-bar__score--${empty ? 'none' : scoreBand(score).tone}`)}>
        {empty ? '—' : score}
        <span className={cx('visually-hidden')}> out of 100</span>
      </span>
      <span className={cx('live-bar__text')}>
        {empty ? 'Live score: start writing' : next ? `Next: ${next.title}` : 'Every rule is met'}
        {!empty && failing.length > 1 && <span className={cx('live-bar__more')}> · {failing.length - 1} more</span>}
      </span>
      <a className={cx('live-bar__link')} href="#live-heading">
        Checklist
      </a>
    </div>
  );
}
