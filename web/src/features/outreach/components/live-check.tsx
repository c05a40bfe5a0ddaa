import type { ChecklistItem } from '../utils/checklist-items.ts';
import { RuleChecklist } from './rule-checklist.tsx';
import { ScoreMeter } from './score-meter.tsx';
import { cx } from '../styles.ts';

interface LiveCheckProps {
  items: readonly ChecklistItem[];
  score: number;
  empty: boolean;
  activeRuleId: string | null;
  onActiveRule: (ruleId: string | null) => void;
  onShowEvidence: (item: ChecklistItem) => void;
}

export function LiveCheck({ items, score, empty, activeRuleId, onActiveRule, onShowEvidence }: LiveCheckProps) {
  const passed = items.filter((item) => item.passed).length;
  const failing = items.length - passed;
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
      <RuleChecklist
        items={items}
        pending={empty}
        label={empty ? 'What the live check looks for' : 'Live checklist'}
        activeRuleId={activeRuleId}
        onActiveRule={onActiveRule}
        onShowEvidence={onShowEvidence}
      />
    </section>
  );
}
