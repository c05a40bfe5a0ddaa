import { useRef, useState } from 'react';
import { Link } from 'wouter';
import type { DraftDetail, DraftSummary, DraftVersionSummary } from '../../../../../shared/contracts/outreach.ts';
import { useDeleteDraft, useDraft, useDrafts } from '../hooks/use-drafts.ts';
import { shortenQuote } from '../../../../../shared/rules/text.ts';
import { draftPath } from '../utils/draft-path.ts';
import { cx } from '../styles.ts';

interface DraftHistoryProps {
  /** The draft the editor is continuing, if any. */
  currentDraftId: string | undefined;
  onOpenVersion: (draft: DraftDetail, version: DraftVersionSummary) => void;
  /** After the server deleted a draft (the page forgets its editor, and leaves its URL if it was there). */
  onDeleted: (id: string) => void;
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : when.format(date);
}

export function DraftHistory({ currentDraftId, onOpenVersion, onDeleted }: DraftHistoryProps) {
  const { data, error, isPending, isFetching, refetch, hasNextPage, fetchNextPage, isFetchingNextPage } = useDrafts();
  const [openId, setOpenId] = useState<string | null>(null);
  const drafts = data?.pages.flatMap((page) => page.drafts) ?? [];

  return (
    <section className={cx('card history')} aria-labelledby="history-heading" aria-busy={isFetching} data-testid="history">
      <div className={cx('card__head card__head--row')}>
        <h2 id="history-heading" tabIndex={-1}>
          History
        </h2>
        <button type="button" className={cx('button button--quiet')} onClick={() => void refetch()} disabled={isFetching}>
          {isFetching ? 'Loading…' : 'Refresh'}
        </button>
      </div>
      {error && (
        <p className={cx('inline-error')} role="alert">
          Could not load your drafts: {error.message}
        </p>
      )}
      {!error && !isPending && drafts.length === 0 && (
        <p className={cx('muted')}>No saved drafts yet. Every full critique is saved here, with its score.</p>
      )}
      {drafts.length > 0 && (
        <ul className={cx('history__list')}>
          {drafts.map((draft) => (
            <DraftRow
              key={draft.id}
              draft={draft}
              open={openId === draft.id}
              current={currentDraftId === draft.id}
              onToggle={() => setOpenId(openId === draft.id ? null : draft.id)}
              onOpenVersion={onOpenVersion}
              onDeleted={onDeleted}
            />
          ))}
        </ul>
      )}
      {hasNextPage && (
        <button type="button" className={cx('button button--quiet')} onClick={() => void fetchNextPage()} disabled={isFetchingNextPage}>
          {isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      )}
    </section>
  );
}

function ScoreTag({ score }: { score: number | null }) {
  if (score === null) return <span className={cx('tag tag--muted')}>Not scored</span>;
  const tone = score >= 90 ? 'good' : score >= 65 ? 'fair' : 'poor';
  return <span className={cx(`tag tag--${tone}`)}>Score {score}</span>;
}

function DraftRow({
  draft,
  open,
  current,
  onToggle,
  onOpenVersion,
  onDeleted,
}: {
  draft: DraftSummary;
  open: boolean;
  current: boolean;
  onToggle: () => void;
  onOpenVersion: DraftHistoryProps['onOpenVersion'];
  onDeleted: DraftHistoryProps['onDeleted'];
}) {
  const panelId = `draft-versions-${draft.id}`;
  const titleId = `draft-title-${draft.id}`;
  const title = draft.title || 'Untitled draft';
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteDraft();
  const deleteButton = useRef<HTMLButtonElement>(null);

  // Both answers remove the button pressed: focus goes back to Delete, or (the row gone) to the list's heading.
  const confirmDelete = () =>
    remove.mutate(draft.id, {
      onSuccess: () => {
        onDeleted(draft.id);
        document.getElementById('history-heading')?.focus();
      },
    });

  return (
    <li className={cx(`history__item${current ? ' history__item--current' : ''}`)} data-draft-id={draft.id}>
      <div className={cx('history__row')}>
        <button type="button" className={cx('history__toggle')} aria-expanded={open} aria-controls={panelId} onClick={onToggle}>
          <span className={cx('history__chevron')} aria-hidden="true" />
          <span className={cx('history__title')} id={titleId}>
            {title}
          </span>
          <span className={cx('history__meta')}>
            <span>{formatDate(draft.updatedAt)}</span>
            <span>
              {draft.versionCount} {draft.versionCount === 1 ? 'version' : 'versions'}
            </span>
            <ScoreTag score={draft.latestScore} />
            {current && <span className={cx('tag tag--current')}>In editor</span>}
          </span>
        </button>
        <div className={cx('history__actions')}>
          {!current && (
            <Link href={draftPath(draft.id)} className={cx('button button--secondary button--small')} aria-describedby={titleId}>
              Open
            </Link>
          )}
          <button
            type="button"
            className={cx('button button--quiet button--small')}
            // The title is the description, not the name: the row's own button is the one named after the draft.
            ref={deleteButton}
            aria-label="Delete draft"
            aria-describedby={titleId}
            aria-expanded={confirming}
            onClick={() => setConfirming(!confirming)}
          >
            Delete
          </button>
        </div>
      </div>
      {confirming && (
        <div className={cx('history__confirm')} role="group" aria-label={`Confirm deleting ${title}`}>
          <p>
            {draft.versionCount === 1
              ? `Delete “${title}” with its critiques?`
              : `Delete “${title}”, all ${draft.versionCount} versions and their critiques?`}{' '}
            This cannot be undone.
          </p>
          {remove.error && (
            <p className={cx('inline-error')} role="alert">
              Could not delete it: {remove.error.message}
            </p>
          )}
          <div className={cx('history__confirm-actions')}>
            <button type="button" className={cx('button button--danger button--small')} onClick={confirmDelete} aria-disabled={remove.isPending || undefined}>
              {remove.isPending ? 'Deleting…' : 'Delete for good'}
            </button>
            <button type="button" className={cx('button button--quiet button--small')} onClick={() => {
                setConfirming(false);
                deleteButton.current?.focus();
              }}
            >
              Keep it
            </button>
          </div>
        </div>
      )}
      {open && <DraftVersions id={draft.id} panelId={panelId} onOpenVersion={onOpenVersion} />}
    </li>
  );
}

function DraftVersions({
  id,
  panelId,
  onOpenVersion,
}: {
  id: string;
  panelId: string;
  onOpenVersion: DraftHistoryProps['onOpenVersion'];
}) {
  const { data, error, isPending } = useDraft(id);
  return (
    <div id={panelId} className={cx('versions')}>
      {isPending && <p className={cx('muted')}>Loading versions…</p>}
      {error && (
        <p className={cx('inline-error')} role="alert">
          Could not load this draft: {error.message}
        </p>
      )}
      {data && (
        <ol className={cx('versions__list')} aria-label={`Versions of ${data.title || 'this draft'}`}>
          {[...data.versions].reverse().map((version) => (
            <li key={version.id} className={cx('version')}>
              <div className={cx('version__head')}>
                <span className={cx('version__name')}>Version {version.version}</span>
                <span className={cx('version__date')}>{formatDate(version.createdAt)}</span>
                <ScoreTag score={version.critique?.score ?? null} />
              </div>
              <p className={cx('version__excerpt')}>{excerpt(version.text)}</p>
              <button
                type="button"
                className={cx('button button--secondary button--small')}
                aria-label={`Open in editor: version ${version.version}`}
                onClick={() => onOpenVersion(data, version)}
              >
                Open in editor
              </button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function excerpt(text: string): string {
  return shortenQuote(text, 140) || '(empty)';
}
