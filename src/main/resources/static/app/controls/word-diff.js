// The word diff the pages show: a correction against the annotator's answer (the feedback inbox) and one guidelines
// version against another. No WebJar of a diff library is kept in this build, so these few lines stand in for one.
import { html } from 'lit';

/** Above this many cells of the word table the diff compares whole lines instead (a guard for very long texts). */
const MAX_CELLS = 4_000_000;

/** Words are equal whatever whitespace follows them (the last word of a text has none). */
const same = (x, y) => x.trim() === y.trim();

/** The longest common subsequence of two token lists, as [kind, token] steps; a kept token is the later text's. */
function lcs(a, b) {
  const n = a.length;
  const m = b.length;
  const table = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] = same(a[i], b[j]) ? table[(i + 1) * (m + 1) + j + 1] + 1
        : Math.max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1]);
    }
  }
  const steps = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(a[i], b[j])) {
      steps.push(['same', b[j]]); i++; j++;
    } else if (table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1]) {
      steps.push(['del', a[i++]]); // what was removed reads before what replaced it
    } else {
      steps.push(['ins', b[j++]]);
    }
  }
  while (i < n) steps.push(['del', a[i++]]);
  while (j < m) steps.push(['ins', b[j++]]);
  return steps;
}

/**
 * The edit from one text to another, word by word (each word with the whitespace after it), or line by line when
 * long: [{kind: 'same'|'del'|'ins', text}], runs of one kind joined into one part. The common head and tail are taken
 * off before the quadratic table, so a small change in a long text stays cheap.
 */
export function wordDiff(before, after) {
  const words = (t) => String(t).match(/\S+\s*|\s+/g) || [];
  const lines = (t) => t.split(/(?<=\n)/);
  let a = words(before);
  let b = words(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && same(a[prefix], b[prefix])) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix
    && same(a[a.length - 1 - suffix], b[b.length - 1 - suffix])) suffix++;
  const head = b.slice(0, prefix).map((w) => ['same', w]);
  const tail = b.slice(b.length - suffix).map((w) => ['same', w]);
  a = a.slice(prefix, a.length - suffix);
  b = b.slice(prefix, b.length - suffix);
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) {
    a = lines(a.join(''));
    b = lines(b.join(''));
  }
  const middle = (a.length + 1) * (b.length + 1) > MAX_CELLS
    ? [...a.map((w) => ['del', w]), ...b.map((w) => ['ins', w])] : lcs(a, b);
  const parts = [];
  for (const [kind, text] of [...head, ...middle, ...tail]) {
    const last = parts[parts.length - 1];
    if (last?.kind === kind) {
      last.text += text;
    } else {
      parts.push({ kind, text });
    }
  }
  return parts;
}

/** The parts as the page shows them: removed words struck through, added ones underlined. */
export function diffMarkup(parts) {
  return parts.map((part) => (part.kind === 'same' ? part.text
    : part.kind === 'del' ? html`<del>${part.text}</del>` : html`<ins>${part.text}</ins>`));
}
