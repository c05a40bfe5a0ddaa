import { useEffect, useState } from 'react';
import type { DraftDetail, DraftList, DraftSummary, DraftVersionSummary } from '../../../../../shared/contracts/outreach.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { getDrafts } from '../api/get-drafts.ts';
import { useDraft, useDrafts } from '../hooks/use-drafts.ts';

interface DraftHistoryProps {
  /** Bumped after each critique so the list shows the new version. */
  revision: number;
  onRefresh: () => void;
  /** The draft the editor is continuing, if any. */
  currentDraftId: string | undefined;
  onOpenVersion: (draft: DraftDetail, version: DraftVersionSummary) => void;
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : when.format(date);
}

export function DraftHistory({ revision, onRefresh, currentDraftId, onOpenVersion }: DraftHistoryProps) {
  const { data, error, loading } = useDrafts(revision);
  const [openId, setOpenId] = useState<string | null>(null);
  // Pages after the first, loaded by "Load more"; dropped when the first page reloads.
  const [more, setMore] = useState<DraftList[]>([]);
  const [moreError, setMoreError] = useState<string | undefined>();
  const [loadingMore, setLoadingMore] = useState(false);
  useEffect(() => {
    setMore([]);
    setMoreError(undefined);
  }, [data]);
  const drafts = [...(data?.drafts ?? []), ...more.flatMap((page) => page.drafts)];
  const nextCursor = more.at(-1)?.nextCursor ?? (more.length === 0 ? data?.nextCursor : null) ?? null;
  const loadMore = () => {
    if (!nextCursor) return;
    setLoadingMore(true);
    getDrafts(undefined, nextCursor).then(
      (page) => {
        setMore((pages) => [...pages, page]);
        setLoadingMore(false);
      },
      (caught: unknown) => {
        setMoreError(caught instanceof ApiError ? caught.message : 'Could not load more drafts.');
        setLoadingMore(false);
      },
    );
  };

  return (
    <section className="card history" aria-labelledby="history-heading" aria-busy={loading} data-testid="history">
      <div className="card__head card__head--row">
        <h2 id="history-heading">History</h2>
        <button type="button" className="button button--quiet" onClick={onRefresh} disabled={loading}>
          {loading ? 'Loading…' : 'Refresh'}
        </button>
      </div>
      {error && (
        <p className="inline-error" role="alert">
          Could not load your drafts: {error.message}
        </p>
      )}
      {!error && !loading && drafts.length === 0 && (
        <p className="muted">No saved drafts yet. Every full critique is saved here, with its score.</p>
      )}
      {drafts.length > 0 && (
        <ul className="history__list">
          {drafts.map((draft) => (
            <DraftRow
              key={draft.id}
              draft={draft}
              open={openId === draft.id}
              current={currentDraftId === draft.id}
              onToggle={() => setOpenId(openId === draft.id ? null : draft.id)}
              revision={revision}
              onOpenVersion={onOpenVersion}
            />
          ))}
        </ul>
      )}
      {moreError && (
        <p className="inline-error" role="alert">
          {moreError}
        </p>
      )}
      {nextCursor && (
        <button type="button" className="button button--quiet" onClick={loadMore} disabled={loadingMore}>
          {loadingMore ? 'Loading…' : 'Load more'}
        </button>
      )}
    </section>
  );
}

function ScoreTag({ score }: { score: number | null }) {
  if (score === null) return <span className="tag tag--muted">Not scored</span>;
  const tone = score >= 90 ? 'good' : score >= 65 ? 'fair' : 'poor';
  return <span className={`tag tag--${tone}`}>Score {score}</span>;
}

function DraftRow({
  draft,
  open,
  current,
  onToggle,
  revision,
  onOpenVersion,
}: {
  draft: DraftSummary;
  open: boolean;
  current: boolean;
  onToggle: () => void;
  revision: number;
  onOpenVersion: DraftHistoryProps['onOpenVersion'];
}) {
  const panelId = `draft-versions-${draft.id}`;
  return (
    <li className={`history__item${current ? ' history__item--current' : ''}`} data-draft-id={draft.id}>
      <button type="button" className="history__toggle" aria-expanded={open} aria-controls={panelId} onClick={onToggle}>
        <span className="history__chevron" aria-hidden="true" />
        <span className="history__title">{draft.title || 'Untitled draft'}</span>
        <span className="history__meta">
          <span>{formatDate(draft.updatedAt)}</span>
          <span>
            {draft.versionCount} {draft.versionCount === 1 ? 'version' : 'versions'}
          </span>
          <ScoreTag score={draft.latestScore} />
          {current && <span className="tag tag--current">In editor</span>}
        </span>
      </button>
      {open && <DraftVersions id={draft.id} panelId={panelId} revision={revision} onOpenVersion={onOpenVersion} />}
    </li>
  );
}

function DraftVersions({
  id,
  panelId,
  revision,
  onOpenVersion,
}: {
  id: string;
  panelId: string;
  revision: number;
  onOpenVersion: DraftHistoryProps['onOpenVersion'];
}) {
  const { data, error, loading } = useDraft(id, revision);
  return (
    <div id={panelId} className="versions">
      {loading && !data && <p className="muted">Loading versions…</p>}
      {error && (
        <p className="inline-error" role="alert">
          Could not load this draft: {error.message}
        </p>
      )}
      {data && (
        <ol className="versions__list" aria-label={`Versions of ${data.title || 'this draft'}`}>
          {[...data.versions].reverse().map((version) => (
            <li key={version.id} className="version">
              <div className="version__head">
                <span className="version__name">Version {version.version}</span>
                <span className="version__date">{formatDate(version.createdAt)}</span>
                <ScoreTag score={version.critique?.score ?? null} />
              </div>
              <p className="version__excerpt">{excerpt(version.text)}</p>
              <button
                type="button"
                className="button button--secondary button--small"
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
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 140 ? `${flat.slice(0, 139)}…` : flat || '(empty)';
}
