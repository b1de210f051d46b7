import { LightElement } from '../light-element.js';

// Helpers shared by the workbench controls: scales, colours, code point / grapheme arithmetic, shuffling.

/** The values of a scale as the schema writes it ("likert5", {min,max,labels}, {labels:[...]}): [{value, label}]. */
export function scaleValues(scale) {
  if (typeof scale === 'string') {
    const n = Number(scale.replace('likert', ''));
    return Array.from({ length: n }, (_, i) => ({ value: i + 1, label: null }));
  }
  if (Array.isArray(scale?.labels)) {
    return scale.labels.map((label, i) => ({ value: i + 1, label }));
  }
  const min = scale?.min ?? 1;
  const max = scale?.max ?? 5;
  const labels = scale?.labels || {};
  return Array.from({ length: max - min + 1 }, (_, i) => ({ value: min + i, label: labels[String(min + i)] ?? null }));
}

// Colours of labels and classes. Each has at least 5:1 contrast with white, so the white label text drawn on them
// (span tags, chosen class buttons) meets WCAG AA; the label text always names the label, colour is never the only cue.
export const COLORS = ['#1f5fbf', '#b54708', '#2b7a3b', '#7e2ba0', '#a61e4d', '#0b7285', '#9a5b00', '#4f7a0a', '#495057'];

export function colorOf(index) {
  return COLORS[index % COLORS.length];
}

/**
 * The grapheme clusters of a text with their code point offsets: [{start, end, text}] (start inclusive, end
 * exclusive, both in code points as the schema language counts them).
 */
export function graphemes(text) {
  const out = [];
  let cp = 0;
  const segments = typeof Intl.Segmenter === 'function'
    ? [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment)
    : [...text];
  for (const segment of segments) {
    const n = [...segment].length;
    out.push({ start: cp, end: cp + n, text: segment });
    cp += n;
  }
  return out;
}

/** The text between two code point offsets. */
export function slice(text, start, end) {
  return [...text].slice(start, end).join('');
}

/** A random permutation of 0..n-1 (Fisher–Yates with crypto randomness). */
export function shuffled(n) {
  const order = Array.from({ length: n }, (_, i) => i);
  const random = new Uint32Array(n);
  window.crypto.getRandomValues(random);
  for (let i = n - 1; i > 0; i--) {
    const j = random[i] % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

/** A random UUID; crypto.randomUUID needs a secure context, which a self-hosted http:// instance may not be. */
export function uuid() {
  if (window.crypto.randomUUID) {
    return window.crypto.randomUUID();
  }
  const b = window.crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Whether a key event comes from a field the user types into. */
export function typing(e) {
  const t = e.composedPath()[0];
  return t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
}

/** An undo/redo history of immutable values. */
export class History {
  constructor(limit = 200) {
    this.past = [];
    this.future = [];
    this.limit = limit;
  }

  push(previous) {
    this.past.push(previous);
    if (this.past.length > this.limit) {
      this.past.shift();
    }
    this.future = [];
  }

  undo(current) {
    if (!this.past.length) {
      return undefined;
    }
    this.future.push(current);
    return this.past.pop();
  }

  redo(current) {
    if (!this.future.length) {
      return undefined;
    }
    this.past.push(current);
    return this.future.pop();
  }
}

/** Base for the controls: light DOM (the one stylesheet styles them), and a change event carrying the new value. */
export class Control extends LightElement {
  static properties = {
    question: { attribute: false },
    task: { attribute: false },
    value: { attribute: false },
    disabled: { type: Boolean },
  };

  emit(value) {
    this.value = value;
    this.dispatchEvent(new CustomEvent('answer', { detail: { name: this.question.name, value }, bubbles: true }));
  }

  get title() {
    return this.question.title || this.question.name;
  }
}
