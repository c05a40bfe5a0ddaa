/** Realistic outreach drafts of a given length, for the benchmark (deterministic). */
const OPENING = `Dear Jordan,

I'm a data analyst at a regional hospital and a fellow State U alum. Maria Lopez suggested I reach out to you. I'd love to learn how you moved from analytics into UX research and what your first year in the role looked like.`;

const CLOSING = `Would you be open to a 20-minute phone or video call in the next few weeks? I'm free Tuesday or Wednesday after 2 p.m., and happy to work around your schedule. If now isn't a good time, I understand; thank you for considering it.

Best,
Sam`;

const FILLER = [
  'Over the last two years I have been running small usability sessions with the nurses who use our dashboards.',
  'I have also been reading about research operations and how teams decide what to study next.',
  'Some of the questions I keep coming back to are about how research findings travel inside a large organization.',
  'I attended a workshop on interview techniques last spring, and it made me curious about the day-to-day craft.',
  'Our team recently redesigned an intake form, and watching people use it taught me more than any report.',
];

const SHORT = `Hi Jordan, I'm a data analyst and fellow State U alum. I'd love to learn how you moved into UX research. Would you have 20 minutes for a phone call next Tuesday or Wednesday afternoon? If not, no worries; thank you!`;

export function draftOfWords(target: number): string {
  if (target <= 80) {
    const words = `${SHORT} ${FILLER.join(' ')}`.split(' ');
    return words.slice(0, target).join(' ');
  }
  const parts = [OPENING];
  let i = 0;
  const count = (s: string) => s.split(/\s+/).filter(Boolean).length;
  while (count([...parts, CLOSING].join('\n\n')) < target) parts.push(FILLER[i++ % FILLER.length]!);
  // Trim the last filler sentence to land on the target.
  let text = [...parts, CLOSING].join('\n\n');
  while (count(text) > target && parts.length > 1) {
    const last = parts.pop()!;
    const keep = last.split(' ').slice(0, Math.max(1, count(last) - (count(text) - target))).join(' ');
    parts.push(keep);
    text = [...parts, CLOSING].join('\n\n');
    if (count(text) <= target) break;
  }
  return text;
}
