import type { PersonaCard } from '../../../../../shared/contracts/practice.ts';
import { cx } from '../styles.ts';

/** What you would know before the call: their public profile, at hand during the conversation. */
export function PersonaCardAside({ card }: { card: PersonaCard }) {
  return (
    <details className={cx('persona-card')} open>
      <summary>Their profile</summary>
      <p>
        <strong>{card.name}</strong> — {card.publicProfile.headline}
      </p>
      <p className={cx('muted')}>{card.publicProfile.summary}</p>
      <p className={cx('muted')}>
        {card.field} · {card.yearsInField} years in the field
      </p>
    </details>
  );
}
