/**
 * The guides the rules cite are stored under opaque file names (`000_e59610dcce94501e.txt`); a
 * reader needs to know which guide that is. Names here describe each guide; they are not its text.
 */
const GUIDE_NAMES: Readonly<Record<string, string>> = {
  '000_e59610dcce94501e.txt': 'a career column on informational interviews',
  '001_e8fb9925143dd3b5.txt': 'a university career center’s guide',
  '002_bf65b95f0912a037.txt': 'a career guide contrasting them with job interviews',
  '003_abca84236e19902c.txt': 'a career blog’s “why informational interviews”',
  '004_dec1d6c4ab16813b.txt': '“Breaking into Repro”, a reproductive-health careers guide',
};

const GUIDE_FILE = /\b\d{3}_[0-9a-f]{16}\.txt\b/g;

/** What to call a guide file in the interface (an unknown file keeps its name). */
export function guideName(file: string): string {
  return GUIDE_NAMES[file] ?? file;
}

/** Each guide once, by name. */
export function guideNames(files: readonly string[]): string[] {
  return [...new Set(files)].map(guideName);
}

/** A server sentence that cites a guide by file name, with the guide's name instead. */
export function withGuideNames(text: string): string {
  return text.replace(GUIDE_FILE, (file) => guideName(file));
}
