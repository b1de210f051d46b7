// Leak marks (docs/trust.md, "Leaks traced to their source"): on a project that opts in, the server puts invisible
// per-view marks into the item's text (WORD JOINER U+2060, then 48 ZERO WIDTH SPACE / NON-JOINER bits), so a copy of
// what is shown carries them. Answers refer to the item as stored: offsets and copied texts are taken on the text
// without marks. The same pattern as the server's LeakMarks.strip: a frame or a cut frame's start, or a run of bits.
const MARKS = /\u2060[\u200B\u200C]{0,48}|[\u200B\u200C]{2,}/g;

/** The text without leak marks. */
export function unmarked(text) {
  return String(text ?? '').replace(MARKS, '');
}

/**
 * The text without marks and, for each code point offset in it that has marks just before it, those marks: the
 * spans control shows the marks (so a copy carries them) while its offsets count only what is stored.
 */
export function marksAt(text) {
  const raw = String(text ?? '');
  const before = new Map();
  let clean = '';
  let offset = 0;
  let last = 0;
  for (const m of raw.matchAll(MARKS)) {
    const between = raw.slice(last, m.index);
    clean += between;
    offset += [...between].length;
    before.set(offset, (before.get(offset) || '') + m[0]);
    last = m.index + m[0].length;
  }
  clean += raw.slice(last);
  return { clean, before };
}
