import { guideName } from '../../../../../shared/guides.ts';
import { useBank } from '../hooks/use-questions-api.ts';
import { cx } from '../styles.ts';

/** The starter bank by category; "Add" puts a question at the end of the list. */
export function BankPanel({ onAdd, inList }: { onAdd: (text: string) => void; inList: (text: string) => boolean }) {
  const bank = useBank();
  return (
    <section className={cx('card q-bank')} aria-labelledby="bank-heading" data-testid="bank">
      <h2 id="bank-heading">Starter questions</h2>
      <p className={cx('card__sub')}>Informational questions by topic, each on a topic the guides recommend asking about.</p>
      {bank.isPending && <p className={cx('muted')}>Loading…</p>}
      {bank.error && <p className={cx('inline-error')}>{bank.error.message}</p>}
      {bank.data?.categories.map((category) => (
        <details key={category.id} className={cx('q-bank__category')} open={category.id === 'referrals' || category.id === 'career-path'}>
          <summary>{category.label}</summary>
          <ul>
            {category.questions.map((q) => (
              <li key={q.id} data-bank-id={q.id}>
                <span>{q.text}</span>{' '}
                <button
                  type="button"
                  className={cx('link-button')}
                  onClick={() => inList(q.text) || onAdd(q.text)}
                  // aria-disabled, not disabled: a disabled button drops keyboard focus to <body>.
                  aria-disabled={inList(q.text)}
                  aria-label={inList(q.text) ? `Added: ${q.text}` : `Add: ${q.text}`}
                >
                  {inList(q.text) ? 'Added' : 'Add'}
                </button>
                <span className={cx('q-bank__source muted')}> — recommended by {guideName(q.source.guide)}</span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
