import type { OutreachContext } from '../../shared/contracts/outreach.ts';
import { PLACEHOLDER_SCORE_CAP } from '../../shared/contracts/outreach.ts';
import { applyEdits } from '../../shared/text/edits.ts';
import type { OutreachCritiqueBody } from '../../server/coach/offline-outreach.ts';
import { extractFacts, placeholdersIn } from '../../server/text/facts.ts';
import { newShapes, outreachShapes, type ShapeReport } from '../../server/text/shapes.ts';
import type { EvalScorer } from '../lib/types.ts';

/**
 * The mechanical scorers of the failure shapes blind readers found (issue 13), on the two texts an
 * outreach critique offers: the edited draft (only what the edits introduced counts: the writer's
 * own sentences are theirs) and the fresh draft (all of it: the coach wrote it). Each shape is its
 * own scorer, so a report says which one broke; plus the placeholder cap and "ready to send".
 */

interface Input {
  draft: string;
  context?: OutreachContext | undefined;
}

type Shape = keyof ShapeReport;
const SHAPES: Array<[Shape, string]> = [
  ['duplicatedClause', 'duplicated-clause'],
  ['twoGreetings', 'two-greetings'],
  ['twoAsks', 'two-asks'],
  ['placeholderBesideFact', 'placeholder-beside-fact'],
  ['contradictoryTimes', 'contradictory-times'],
  ['subjectFragment', 'subject-fragment'],
  ['sentenceWithoutVerb', 'sentence-without-verb'],
  ['andWhyLeftover', 'and-why-leftover'],
  ['strayTopic', 'stray-topic'],
  ['formatClash', 'format-clash'],
  ['changedTimeAmount', 'changed-time-amount'],
  ['overNoteLimit', 'note-over-300'],
  ['leftoverFavour', 'leftover-favour'],
  ['placeholder', 'edit-adds-placeholder'],
];

function shapesOf(input: Input, output: OutreachCritiqueBody): { edited?: ShapeReport; fresh?: ShapeReport } {
  const facts = extractFacts(input.draft, input.context ?? {});
  return {
    ...(output.editedDraft ? { edited: newShapes(input.draft, output.editedDraft, undefined, facts) } : {}),
    ...(output.freshDraft ? { fresh: outreachShapes(input.draft, output.freshDraft.text, output.freshDraft.subject, facts) } : {}),
  };
}

export function shapeScorers<C extends Input>(): Array<EvalScorer<C, OutreachCritiqueBody>> {
  return [
    ...SHAPES.map(([key, name]): EvalScorer<C, OutreachCritiqueBody> => ({
      name,
      description: `no ${name.replace(/-/g, ' ')} in the edited or the fresh draft`,
      score: ({ input, output }) => {
        if (!output.editedDraft && !output.freshDraft) return { skipped: 'nothing rewritten (ready to send)' };
        const { edited, fresh } = shapesOf(input, output);
        const found = [edited?.[key] && `edited: ${edited[key]}`, fresh?.[key] && `fresh: ${fresh[key]}`].filter(Boolean);
        return found.length === 0 ? { score: 1, reason: 'none' } : { score: 0, reason: found.join('; ') };
      },
    })),
    {
      name: 'placeholder-caps-score',
      description: `a draft holding a [placeholder] scores at most ${PLACEHOLDER_SCORE_CAP} and lists its blanks`,
      score: ({ input, output }) => {
        const blanks = placeholdersIn(input.draft);
        if (blanks.length === 0) return { skipped: 'no placeholder in the draft' };
        const ok = output.score <= PLACEHOLDER_SCORE_CAP && (output.blanks?.length ?? 0) === blanks.length && output.readyToSend !== true;
        return ok ? { score: 1, reason: `capped at ${output.score}, ${blanks.length} blank(s) listed` } : { score: 0, reason: `score ${output.score}, blanks ${JSON.stringify(output.blanks)}` };
      },
    },
    {
      name: 'edits-give-edited-draft',
      description: 'accepting every edit gives the edited draft, and no two edits overlap',
      score: ({ input, output }) => {
        if (!output.edits) return { skipped: 'no edits' };
        const sorted = [...output.edits].sort((a, b) => a.start - b.start);
        const overlap = sorted.some((e, i) => i > 0 && e.start < sorted[i - 1]!.end);
        const same = applyEdits(input.draft, output.edits) === output.editedDraft;
        return !overlap && same ? { score: 1, reason: `${output.edits.length} edit(s)` } : { score: 0, reason: overlap ? 'edits overlap' : 'applying the edits does not give the edited draft' };
      },
    },
    {
      name: 'ready-means-no-rewrite',
      description: 'a draft that passes every rule is "ready to send", with no edits and no fresh draft',
      score: ({ output }) => {
        const allPass = output.findings.every((f) => f.passed) && !output.blanks;
        if (!allPass) return { skipped: 'a rule fails' };
        if (output.readyToSend !== true) return { skipped: 'passes every rule but says a sentence twice' };
        return !output.edits && !output.freshDraft ? { score: 1, reason: 'ready to send' } : { score: 0, reason: 'offered a rewrite for a ready draft' };
      },
    },
  ];
}
