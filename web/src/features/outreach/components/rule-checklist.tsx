import { guideName, withGuideNames } from '../../../../../shared/guides.ts';
import type { ChecklistItem } from '../utils/checklist-items.ts';
import { cx } from '../styles.ts';

interface RuleChecklistProps {
  items: readonly ChecklistItem[];
  activeRuleId: string | null;
  onActiveRule: (ruleId: string | null) => void;
  /** Selects the evidence in the editor; omitted when the evidence no longer matches the editor text. */
  onShowEvidence?: ((item: ChecklistItem) => void) | undefined;
  label: string;
  /** Nothing to check yet: every rule is listed as what will be checked, neither met nor failed. */
  pending?: boolean;
}

const SEVERITY_LABEL = { high: 'High impact', medium: 'Medium impact', low: 'Polish' } as const;

/** Every rule with its verdict: icon and words (never color alone), message, suggestion, guide citation. */
export function RuleChecklist({ items, activeRuleId, onActiveRule, onShowEvidence, label, pending = false }: RuleChecklistProps) {
  if (pending) {
    return (
      <ul className={cx('checklist')} aria-label={label}>
        {items.map((item) => (
          <li key={item.ruleId} className={cx('rule rule--pending')} data-rule-id={item.ruleId} data-passed="pending">
            <div className={cx('rule__head')}>
              <span className={cx('rule__icon')} aria-hidden="true" />
              <span className={cx('rule__title')}>{item.title}</span>
              <span className={cx('rule__status')}>To check</span>
            </div>
            <div className={cx('rule__body')}>
              <p className={cx('rule__message')}>{item.ruleText}</p>
            </div>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className={cx('checklist')} aria-label={label}>
      {items.map((item) => (
        <RuleItem
          key={item.ruleId}
          item={item}
          active={activeRuleId === item.ruleId}
          onActiveRule={onActiveRule}
          onShowEvidence={onShowEvidence}
        />
      ))}
    </ul>
  );
}

function RuleItem({
  item,
  active,
  onActiveRule,
  onShowEvidence,
}: {
  item: ChecklistItem;
  active: boolean;
  onActiveRule: RuleChecklistProps['onActiveRule'];
  onShowEvidence: RuleChecklistProps['onShowEvidence'];
}) {
  const evidence = item.evidence[0];
  return (
    <li
      className={cx(`rule rule--${item.passed ? 'pass' : 'fail'}${active ? ' rule--active' : ''}`)}
      data-rule-id={item.ruleId}
      data-passed={String(item.passed)}
      onMouseEnter={() => onActiveRule(item.ruleId)}
      onMouseLeave={() => onActiveRule(null)}
      onFocus={() => onActiveRule(item.ruleId)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onActiveRule(null);
      }}
    >
      <div className={cx('rule__head')}>
        <span className={cx('rule__icon')} aria-hidden="true">
          {item.passed ? '✓' : '!'}
        </span>
        <span className={cx('rule__title')}>{item.title}</span>
        <span className={cx('rule__status')}>
          {item.passed ? 'Met' : 'Needs work'}
          {!item.passed && <span className={cx('rule__severity')}> · {SEVERITY_LABEL[item.severity]}</span>}
        </span>
      </div>
      <div className={cx('rule__body')}>
        <p className={cx('rule__message')}>{withGuideNames(item.message)}</p>
        {!item.passed && item.suggestion && (
          <p className={cx('rule__suggestion')}>
            <span className={cx('rule__suggestion-label')}>Try: </span>
            {withGuideNames(item.suggestion)}
          </p>
        )}
        <div className={cx('rule__links')}>
          {evidence &&
            (onShowEvidence ? (
              <button type="button" className={cx('rule__quote link-button')} onClick={() => onShowEvidence(item)}>
                <span className={cx('visually-hidden')}>Show in draft: </span>“{evidence.quote}”
              </button>
            ) : (
              <q className={cx('rule__quote')}>{evidence.quote}</q>
            ))}
          {item.sources.length > 0 && (
            <details className={cx('rule__source')}>
              <summary>
                Why this rule<span className={cx('visually-hidden')}>: {item.title}</span>
              </summary>
              {item.ruleText && <p className={cx('rule__text')}>{item.ruleText}</p>}
              {item.sources.map((source) => (
                <figure key={source.guide} className={cx('citation')}>
                  {source.quote && <blockquote>{source.quote}</blockquote>}
                  <figcaption>
                    From {guideName(source.guide)}
                  </figcaption>
                </figure>
              ))}
            </details>
          )}
        </div>
      </div>
    </li>
  );
}
