import { useMemo, type ChangeEvent, type RefObject } from 'react';
import { MAX_DRAFT_CHARS } from '../../../../../shared/contracts/outreach.ts';
import type { ChecklistItem } from '../utils/checklist-items.ts';
import type { Channel } from '../utils/context-fields.ts';
import { highlightSegments } from '../utils/highlights.ts';
import { countCharacters, countWords, LINKEDIN_FREE_LIMIT, LINKEDIN_PREMIUM_LIMIT } from '../utils/text-stats.ts';
import { cx } from '../styles.ts';

interface DraftEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** Live lint items for `highlightText`; their evidence is drawn behind the text. */
  items: readonly ChecklistItem[];
  /** The text `items` were computed for; highlights wait until the editor catches up. */
  highlightText: string;
  activeRuleId: string | null;
  channel: Channel;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
}

/**
 * The draft textarea with a highlight layer behind it: a mirror div with the same box and font,
 * holding the same text invisibly, with <mark>s where rules found their evidence. The mirror is in
 * the normal flow and sizes the box, so the textarea grows with its text and never scrolls inside
 * (which keeps both layers aligned without scroll syncing).
 */
export function DraftEditor({ value, onChange, items, highlightText, activeRuleId, channel, textareaRef }: DraftEditorProps) {
  const hintId = 'draft-hint';
  const countId = 'draft-count';
  const segments = useMemo(
    () => (highlightText === value ? highlightSegments(value, items) : [{ text: value, ruleIds: [], failed: false }]),
    [value, highlightText, items],
  );

  const words = countWords(value);
  const characters = countCharacters(value);
  const tooLong = value.length > MAX_DRAFT_CHARS;

  return (
    <div className={cx('editor')}>
      <div className={cx('editor__label-row')}>
        <label htmlFor="draft" className={cx('field__label')}>
          Your message
        </label>
        <span className={cx('editor__legend')} aria-hidden="true">
          <span className={cx('legend legend--fail')}>needs work</span>
          <span className={cx('legend legend--pass')}>meets a rule</span>
        </span>
      </div>
      <p id={hintId} className={cx('field__hint')}>
        Highlights show where the checklist found something.
        <span className={cx('kbd-hint')}> Press Ctrl+Enter (⌘+Enter on a Mac) for a full critique.</span>
      </p>
      <div className={cx('editor__box')}>
        <div className={cx('editor__mirror')} aria-hidden="true">
          {segments.map((segment, index) =>
            segment.ruleIds.length === 0 ? (
              <span key={index}>{segment.text}</span>
            ) : (
              <mark
                key={index}
                className={cx([
                  'hl',
                  segment.failed ? 'hl--fail' : 'hl--pass',
                  activeRuleId && segment.ruleIds.includes(activeRuleId) ? 'hl--active' : '',
                ].join(' '))}
                data-rules={segment.ruleIds.join(' ')}
              >
                {segment.text}
              </mark>
            ),
          )}
          {/* A trailing newline in a textarea still takes a line; make the mirror take it too. */}
          {'\u200b'}
        </div>
        <textarea
          id="draft"
          ref={textareaRef}
          className={cx('editor__textarea')}
          value={value}
          onChange={(event: ChangeEvent<HTMLTextAreaElement>) => onChange(event.target.value)}
          aria-describedby={`${hintId} ${countId}`}
          aria-invalid={tooLong || undefined}
          spellCheck
          rows={10}
          // One line: a long placeholder became the page's largest paint on a phone, late (it waits for the page's code).
          placeholder="Hi Dana, I’m Sam, a final-year data science student. Priya Shah suggested I reach out…"
        />
      </div>
      <p id={countId} className={cx('editor__count')}>
        <span>
          {words} {words === 1 ? 'word' : 'words'}
        </span>
        <span aria-hidden="true"> · </span>
        {channel === 'linkedin' ? (
          <LinkedInCount characters={characters} />
        ) : (
          <span>
            {characters} {characters === 1 ? 'character' : 'characters'}
          </span>
        )}
        {tooLong && (
          <span className={cx('editor__count--over')}>
            {' '}
            · Over the {MAX_DRAFT_CHARS.toLocaleString()}-character limit the coach accepts
          </span>
        )}
      </p>
    </div>
  );
}

function LinkedInCount({ characters }: { characters: number }) {
  let note = 'fits a free-account connection note';
  let tone = 'ok';
  if (characters > LINKEDIN_PREMIUM_LIMIT) {
    note = `too long for a connection note, even with Premium (${LINKEDIN_PREMIUM_LIMIT})`;
    tone = 'over';
  } else if (characters > LINKEDIN_FREE_LIMIT) {
    note = `over the free limit; fits Premium (${LINKEDIN_PREMIUM_LIMIT})`;
    tone = 'warn';
  }
  return (
    <span className={cx(`linkedin-count linkedin-count--${tone}`)}>
      {characters} / {LINKEDIN_FREE_LIMIT} characters — {note}
    </span>
  );
}
