// `node scripts/train/used-blind.ts`: the blind batches a round has USED (scored once, figures
// recorded in evals/blind/README.md) become training data. Each kind's used batches (the `used`
// list below, recorded per batch in evals/blind/<kind>/manifest.json as `trainedOn`) are written
// to one corpus file per round that used them (`ROUNDS`: round 4 wrote batches 1–7 to
// corpus/<kind>/used-blind-r1-r3.jsonl, round 6 turns batches 8–10 to used-blind-r4.jsonl), as the corpus schema wants them (registers mapped to
// the corpus's names, turn labels normalised as corpus/README.md says), and without the
// units whose char-3-gram Jaccard with a unit already in the corpus (or earlier in the batches)
// is ≥ 0.8 — the trainer's own near-duplicate rule, so none is silently dropped later.
// Deterministic: the same batches and corpus give the same file. Only the latest round's file is
// written (`node scripts/train/used-blind.ts`); an earlier round's file is kept as committed, so a
// later corpus file (which it never saw) cannot change it.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BLIND_DIR, blindManifest, readBatch } from '../../evals/language/blind.ts';
import type { LanguageKind } from '../../shared/language/registry.ts';
import { CORPUS_DIR, corpusFiles, dedupe, readCorpus, unitSchema } from './corpus.ts';
import { normaliseTurnLabels } from './labels.ts';

/** One round's used batches and the corpus file they went to; the last entry is the one written. */
export interface UsedRound {
  file: string;
  batches: Partial<Record<LanguageKind, readonly string[]>>;
}
export const ROUNDS: readonly UsedRound[] = [
  // Round 4: the batches used by round 3's end (1–7 for outreach and turns).
  {
    file: 'used-blind-r1-r3.jsonl',
    batches: {
      outreach: [1, 2, 3, 4, 5, 6, 7].map((n) => `outreach-batch-${n}.jsonl`),
      turns: [1, 2, 3, 4, 5, 6, 7].map((n) => `turns-batch-${n}.jsonl`),
    },
  },
  // Round 6: turns batches 8–10 (round 4's blind batches, scored twice and recorded). Outreach
  // batches 8–10 stay out: the outreach model is at target and kept byte-identical.
  { file: 'used-blind-r4.jsonl', batches: { turns: [8, 9, 10].map((n) => `turns-batch-${n}.jsonl`) } },
  // Round 6b: turns batches 11–13 (round 6's blind batches, scored once and recorded), after serving
  // as the development set of round 6b's turns changes (evals/blind/README.md).
  { file: 'used-blind-r5.jsonl', batches: { turns: [11, 12, 13].map((n) => `turns-batch-${n}.jsonl`) } },
];
/** Every used-blind corpus file name. */
export const USED_FILES: ReadonlySet<string> = new Set(ROUNDS.map((r) => r.file));

/** The blind writers' register names that the corpus spells differently. */
const REGISTER: Record<string, string> = {
  rambling: 'long',
  'long-rambling': 'long',
  'named-greeting': 'named',
  'greeting-attached': 'named',
  'greeting-name': 'named',
  terse: 'texting',
  // Round 6b (batches 11–13): registers the corpus has no name for; the nearest one.
  spoken: 'casual',
  nervous: 'casual',
  'other-language': 'casual',
};
// Their `topics` are left out: the writers named topics in their own words ("day-to-day",
// "career path"), and mapped onto the corpus's names they pulled the topic model's "what tools do
// you use day to day?" from tools to week (server/practice/understand.test.ts).

interface Line {
  text: string;
  labels: string[];
  field: string;
  register: string;
  previous?: string;
  channel?: string;
  source: string;
}

export function usedBlindLines(kind: LanguageKind, round: UsedRound = ROUNDS[ROUNDS.length - 1]!): Line[] {
  const manifest = blindManifest(kind);
  const files = round.batches[kind] ?? [];
  if (!manifest) return [];
  const out: Line[] = [];
  for (const file of files) {
    const batch = manifest.batches.find((b) => b.file === file);
    if (!batch) throw new Error(`evals/blind/${kind}/${file}: not in the manifest`);
    // readBatch checks the sha256: only the frozen bytes become training data.
    const raw = readBatch(kind, batch.file, batch.sha256);
    // readBatch keeps text, labels, field and register; the other keys are read from the same bytes.
    const extras = readFileSync(path.join(BLIND_DIR, kind, batch.file), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { previous?: unknown; channel?: unknown });
    if (extras.length !== raw.length) throw new Error(`evals/blind/${kind}/${file}: lines changed while read`);
    raw.forEach((u, i) => {
      const extra = extras[i]!;
      const labels = kind === 'turns' ? normaliseTurnLabels(u.text, u.labels) : u.labels;
      const line: Line = {
        text: u.text,
        labels,
        field: u.field?.trim() || 'general',
        register: REGISTER[u.register ?? ''] ?? u.register ?? 'casual',
        ...(typeof extra.previous === 'string' ? { previous: extra.previous } : {}),
        ...(typeof extra.channel === 'string' ? { channel: extra.channel } : {}),
        source: `${file}:${i + 1}`,
      };
      out.push(line);
    });
  }
  return out;
}

/** Rewrites each turns corpus file with its labels normalised (normaliseTurnLabels); idempotent, other bytes kept. */
function normaliseTurnsCorpus() {
  for (const file of corpusFiles('turns')) {
    const before = readFileSync(file, 'utf8');
    let changed = 0;
    const after = before
      .split('\n')
      .map((line) => {
        if (line.trim() === '') return line;
        const u = JSON.parse(line) as { text: string; labels: string[] };
        const labels = normaliseTurnLabels(u.text, u.labels);
        if (JSON.stringify(labels) === JSON.stringify(u.labels)) return line;
        changed++;
        return JSON.stringify({ ...u, labels });
      })
      .join('\n');
    if (after !== before) writeFileSync(file, after);
    if (changed > 0) console.log(`${path.relative(process.cwd(), file)}: ${changed} turns relabelled`);
  }
}

function main() {
  normaliseTurnsCorpus();
  const round = ROUNDS[ROUNDS.length - 1]!;
  for (const kind of Object.keys(round.batches) as LanguageKind[]) {
    const target = path.join(CORPUS_DIR, kind, round.file);
    // The corpus without this file (it is being rewritten), then the batches in order.
    const existing = readCorpus(kind).filter((u) => !u.source.includes(round.file));
    const lines = usedBlindLines(kind, round);
    const { kept } = dedupe([...existing.map((u) => ({ text: u.text, line: undefined as Line | undefined })), ...lines.map((l) => ({ text: l.text, line: l as Line | undefined }))]);
    const fresh = kept.flatMap((k) => (k.line ? [k.line] : []));
    const schema = unitSchema(kind);
    const body = fresh
      .map(({ source: _source, ...l }) => {
        schema.parse(l);
        return JSON.stringify(l);
      })
      .join('\n');
    writeFileSync(target, `${body}\n`);
    console.log(`${kind}: ${lines.length} used blind units, ${lines.length - fresh.length} near-duplicates of the corpus or of each other left out, ${fresh.length} written to ${path.relative(process.cwd(), target)} (corpus files: ${corpusFiles(kind).length})`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
