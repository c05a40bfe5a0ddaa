import { useMemo } from 'react';
import { diffStats, rewriteDiff } from '../utils/rewrite-diff.ts';
import { cx } from '../styles.ts';

/** "What changed": the draft → rewrite word diff, deletions struck through, insertions underlined. */
export function RewriteDiff({ before, after }: { before: string; after: string }) {
  const parts = useMemo(() => rewriteDiff(before, after), [before, after]);
  const stats = useMemo(() => diffStats(parts), [parts]);
  const changed = parts.some((part) => part.kind !== 'equal');

  return (
    <div className={cx('diff')}>
      <p className={cx('diff__summary')}>
        {changed
          ? `${stats.added} ${stats.added === 1 ? 'word' : 'words'} added, ${stats.removed} removed.`
          : 'The rewrite keeps your wording as it is.'}
        {changed && (
          <span className={cx('diff__legend')} aria-hidden="true">
            <del>removed</del> <ins>added</ins>
          </span>
        )}
      </p>
      <div className={cx('diff__text prose-box')} data-testid="rewrite-diff">
        {parts.map((part, index) => {
          if (part.kind === 'insert')
            return (
              <ins key={index}>
                <span className={cx('visually-hidden')}>[added: </span>
                {part.text}
                <span className={cx('visually-hidden')}>]</span>
              </ins>
            );
          if (part.kind === 'delete')
            return (
              <del key={index}>
                <span className={cx('visually-hidden')}>[removed: </span>
                {part.text}
                <span className={cx('visually-hidden')}>]</span>
              </del>
            );
          return <span key={index}>{part.text}</span>;
        })}
      </div>
    </div>
  );
}
