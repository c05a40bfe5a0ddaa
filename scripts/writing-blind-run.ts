/**
 * Runs the offline coach over a blind set of writing inputs (JSONL files in a folder) and writes
 * what a blind reader judges: for an outreach draft, the edited draft and the fresh draft as two
 * lines (or one "ready to send" line); for a question, the rephrasing and its alternatives. Also
 * counts the mechanical failure shapes on the outputs.
 *
 *   node scripts/writing-blind-run.ts <inputs-dir> <outputs-dir>
 *
 * An input line is a JSON object; the text is its `input`, `draft`, `text` or `question` field,
 * the kind its `kind` (or guessed: a line that ends with "?" and has no line break is a question).
 * Practice transcripts are another helper's job and are passed over (counted).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { offlineOutreachCritique, subjectAfterEdits } from '../server/coach/offline-outreach.ts';
import { createOfflineQuestionsCoach } from '../server/coach/questions-coach.ts';
import { channelContext, extractFacts } from '../server/text/facts.ts';
import { leftoverFavour, newShapes, outreachShapes, questionShapes } from '../server/text/shapes.ts';

const [inDir, outDir] = process.argv.slice(2);
if (!inDir || !outDir) throw new Error('usage: node scripts/writing-blind-run.ts <inputs-dir> <outputs-dir>');

type Line = Record<string, unknown>;
const textOf = (o: Line): string | undefined => {
  for (const k of ['input', 'draft', 'text', 'question', 'message']) if (typeof o[k] === 'string') return o[k] as string;
  return undefined;
};
function kindOf(o: Line, text: string, file: string): 'outreach' | 'question' | 'practice' {
  const k = String(o.kind ?? o.type ?? o.category ?? '').toLowerCase();
  if (/practice|transcript|conversation|debrief|thank/.test(k) || /practice|transcript/.test(file) || Array.isArray(o.turns) || Array.isArray(o.transcript)) return 'practice';
  if (typeof o.channel === 'string') return 'outreach';
  if (/question/.test(k) || /question/.test(file)) return 'question';
  if (/outreach|draft|email|linkedin|message|note/.test(k) || /outreach/.test(file)) return 'outreach';
  return /\?\s*$/.test(text.trim()) && !/\n/.test(text.trim()) ? 'question' : 'outreach';
}

const files = (await readdir(inDir)).filter((f) => f.endsWith('.jsonl') || f.endsWith('.json')).sort();
const out: string[] = [];
const counts = { outreach: 0, ready: 0, question: 0, practiceSkipped: 0, unreadable: 0 };
const shapeCounts: Record<string, number> = {};
const bump = (k: string) => (shapeCounts[k] = (shapeCounts[k] ?? 0) + 1);
let withBlanks = 0;
let outreachOutputs = 0;
let questionOutputs = 0;
let questionsWithShape = 0;
const coach = createOfflineQuestionsCoach();

for (const file of files) {
  const raw = await readFile(path.join(inDir, file), 'utf8');
  const lines = file.endsWith('.json') ? (JSON.parse(raw) as Line[]) : raw.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Line);
  for (const [n, o] of lines.entries()) {
    const text = textOf(o) ?? (Array.isArray(o.turns) ? '(transcript)' : undefined);
    const id = String(o.id ?? `${file}:${n + 1}`);
    const context = (typeof o.context === 'object' && o.context !== null ? o.context : {}) as Record<string, unknown>;
    if (!text) {
      counts.unreadable++;
      continue;
    }
    const kind = kindOf(o, text, file);
    if (kind === 'practice') {
      counts.practiceSkipped++;
      continue;
    }
    if (kind === 'outreach') {
      counts.outreach++;
      // The input's channel as the page's channel choice gives it: LinkedIn (note or message), phone (a call or voicemail script), email.
      const ctx = { ...channelContext(o.channel), ...context };
      // An email pasted with its "Subject:" line: the subject is the email client's field, not the message.
      // The critique reads the message; the edited draft keeps the writer's subject line on top.
      const subjectLine = /^\s*Subject:[^\n]*\n+/i.exec(text)?.[0];
      const body = subjectLine ? text.slice(subjectLine.length) : text;
      const r = offlineOutreachCritique(body, ctx);
      if (r.readyToSend) {
        counts.ready++;
        out.push(JSON.stringify({ id, kind: 'outreach-ready', input: text, output: text, readyToSend: true, score: r.score }));
        continue;
      }
      const facts = extractFacts(body, ctx);
      const editedBody = r.editedDraft ?? body;
      // No fresh draft when the edits alone make the draft pass every rule (only the edited draft is offered).
      const fresh = r.freshDraft;
      // The writer's subject stays, unless it still names a favour the edits took out of the body.
      const subject = subjectLine ? subjectAfterEdits(subjectLine.replace(/^\s*Subject:\s*/i, '').trim(), editedBody, fresh?.subject) : undefined;
      const edited = subjectLine ? `Subject: ${subject}\n\n${editedBody}` : editedBody;
      out.push(JSON.stringify({ id, kind: 'outreach-edited', input: text, output: edited, score: r.score, edits: r.edits?.length ?? 0 }));
      outreachOutputs += 1;
      if (/\[[^\]]+\]/.test(edited)) withBlanks++;
      if (fresh) {
        const freshText = fresh.subject ? `Subject: ${fresh.subject}\n\n${fresh.text}` : fresh.text;
        out.push(JSON.stringify({ id, kind: 'outreach-fresh', input: text, output: freshText, channel: fresh.channel, template: fresh.template }));
        outreachOutputs += 1;
        if (/\[[^\]]+\]/.test(fresh.text)) withBlanks++;
      } else bump('fresh:notOffered(editsSuffice)');
      for (const k of Object.keys(newShapes(body, editedBody, subjectLine && subject !== subjectLine.replace(/^\s*Subject:\s*/i, '').trim() ? subject : undefined, facts))) bump(`edited:${k}`);
      // A favour the edits left in (pay, a review, a referral) counts even though the writer wrote it.
      if (leftoverFavour(editedBody)) bump('edited:leftoverFavour(kept)');
      if (editedBody === body) bump('edited:unchanged');
      if (fresh) for (const k of Object.keys(outreachShapes(body, fresh.text, fresh.subject, facts))) bump(`fresh:${k}`);
      continue;
    }
    counts.question++;
    // The field the question is asked in, as the page's "field" box would give it.
    // ("any" in a data set means no particular field: the box left empty.)
    const qContext = { ...(typeof o.field === 'string' && !/^(?:any|general|none|n\/a)$/i.test(o.field) ? { field: o.field } : {}), ...context };
    const { results } = await coach.review([text], qContext as never);
    const q = results[0]!;
    out.push(JSON.stringify({ id, kind: q.verdict === 'rephrase' ? 'question-rephrased' : 'question-kept', input: text, output: q.rephrased ?? text, alternatives: q.alternatives, category: q.category }));
    questionOutputs++;
    const shaped = [q.rephrased, ...q.alternatives].filter((x): x is string => !!x).some((s) => Object.keys(questionShapes(s)).length > 0);
    if (shaped) questionsWithShape++;
  }
}

await mkdir(outDir, { recursive: true });
await writeFile(path.join(outDir, 'outputs.jsonl'), `${out.join('\n')}\n`);
const figures = { files, counts, outreachOutputs, outreachOutputsWithBlanks: withBlanks, outreachShapeCounts: shapeCounts, questionOutputs, questionsWithAShape: questionsWithShape };
await writeFile(path.join(outDir, 'mechanical-scorers.json'), `${JSON.stringify(figures, null, 2)}\n`);
console.log(JSON.stringify(figures, null, 2));
