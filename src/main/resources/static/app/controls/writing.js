// Authenticity of written answers (docs/trust.md): how each free-text answer is written, measured as aggregates only —
// paste events and their size, the share of the final text that came from pastes, keystrokes and their cadence, the time
// to the first key, the edit distance from the draft the field started from. No key's or paste's content is kept: a
// recorder holds counts, times between keys and the ranges (offsets) of pasted text. The workbench sends the aggregates
// with the submit (header Answer-Writing) and applies the project's paste policy (ALLOW, WARN, BLOCK) here.
//
// A control binds one recorder to its field: @keydown, @paste and @drop take the recorder itself (it is an event
// listener object), and the control's @input handler passes the event on before it emits the answer.

const recorders = new Map(); // assignment id -> Map(question name -> Recorder)
let pastePolicy = 'ALLOW';
// The clock is injectable as in active-time.js: a test sets its own with useClock() to type at a known cadence.
let clockNow = () => performance.now();

export function useClock(now) {
  clockNow = now || (() => performance.now());
}

/** Gaps between keys longer than this are pauses, not typing. */
const TYPING_GAP_MS = 2000;
/** A draft and answer whose lengths (code points) multiply to more get no edit distance: too slow to measure at submit. */
const MAX_DISTANCE_CELLS = 25_000_000;

/** The project's paste policy, as GET writing-policy returns it. */
export function setPastePolicy(policy) {
  pastePolicy = policy || 'ALLOW';
}

/** The recorder of one free-text field of a task; created (and its clock started) when the field is first shown. */
export function recorderOf(task, name, initialText) {
  const key = task?.assignmentId || 'preview';
  if (!recorders.has(key)) {
    recorders.set(key, new Map());
  }
  const fields = recorders.get(key);
  if (!fields.has(name)) {
    fields.set(name, new Recorder(initialText || ''));
  }
  return fields.get(name);
}

/** The Answer-Writing header of a submit: {question: aggregates} for the task's measured fields, or no header. */
export function writingHeader(assignmentId) {
  const fields = recorders.get(assignmentId);
  if (!fields || fields.size === 0) {
    return {};
  }
  const out = {};
  fields.forEach((r, name) => { out[name] = r.aggregates(); });
  // Header values are Latin-1: any other character of a question name travels as a JSON escape.
  const text = JSON.stringify(out).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return { 'Answer-Writing': text };
}

/** Drops a task's recorders (after its submit, skip or loss). */
export function forgetWriting(assignmentId) {
  recorders.delete(assignmentId);
}

const EDIT_KEYS = new Set(['Backspace', 'Delete', 'Enter', 'Process']);

class Recorder {
  constructor(initialText) {
    this.started = clockNow();
    this.initial = initialText;
    this.text = initialText;
    this.pasted = []; // [start, end) in UTF-16 units of this.text: the text that came from pastes
    this.pastes = 0;
    this.pastedChars = 0;
    this.keystrokes = 0;
    this.gaps = []; // ms between consecutive keys
    this.lastKey = null;
    this.firstKey = null;
    this.pasting = false;
  }

  handleEvent(e) {
    switch (e.type) {
      case 'keydown': return this.key(e);
      case 'paste': return this.paste(e);
      case 'drop': return this.drop(e);
      case 'input': return this.input(e);
      default: return undefined;
    }
  }

  key(e) {
    if (e.ctrlKey || e.metaKey || e.altKey || !(e.key?.length === 1 || EDIT_KEYS.has(e.key))) {
      return;
    }
    const now = clockNow();
    if (this.lastKey !== null) {
      this.gaps.push(now - this.lastKey);
    } else {
      this.firstKey = now;
    }
    this.lastKey = now;
    this.keystrokes += 1;
  }

  /**
   * A paste is inserted here rather than by the browser, so that a trusted paste (Ctrl+V) and one dispatched by a
   * script (the browser test's DataTransfer) are measured alike: the inserted range is known exactly.
   */
  paste(e) {
    const field = e.target;
    if (pastePolicy === 'BLOCK') {
      e.preventDefault();
      notice(field, 'error', 'Pasting is turned off for this project: write the answer yourself.');
      return;
    }
    let text = e.clipboardData?.getData('text/plain') ?? '';
    e.preventDefault();
    if (field.maxLength > 0) { // inserted by script, the text would pass the field's maxlength: cut it as the browser would
      text = text.slice(0, Math.max(0, field.maxLength - (field.value.length - (field.selectionEnd - field.selectionStart))));
    }
    if (!text || typeof field.setRangeText !== 'function') {
      return;
    }
    this.pastes += 1;
    this.pastedChars += [...text].length;
    field.setRangeText(text, field.selectionStart, field.selectionEnd, 'end');
    this.pasting = true;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    this.pasting = false;
    if (pastePolicy === 'WARN') {
      notice(field, 'warn', 'You pasted text into your answer. This project asks for answers written by you: pasted answers are flagged to its reviewers.');
    }
  }

  drop(e) {
    if (pastePolicy === 'BLOCK' && e.dataTransfer?.types?.includes('text/plain')) {
      e.preventDefault();
      notice(e.target, 'error', 'Dropping text is turned off for this project: write the answer yourself.');
    }
  }

  /**
   * Follows the pasted ranges through an edit: the edit is the one changed stretch between the common prefix and the
   * common suffix of the old and new text (exact for typing, deleting and pasting at one place; a replacement of
   * several places at once, which no field does, would count as one). Pasted text deleted or overwritten stops counting.
   */
  input(e) {
    const next = e.target.value ?? '';
    const old = this.text;
    let p = 0;
    const limit = Math.min(old.length, next.length);
    while (p < limit && old.charCodeAt(p) === next.charCodeAt(p)) p += 1;
    let s = 0;
    while (s < limit - p && old.charCodeAt(old.length - 1 - s) === next.charCodeAt(next.length - 1 - s)) s += 1;
    const oldEnd = old.length - s;
    const inserted = next.length - p - s;
    const delta = inserted - (oldEnd - p);
    const kept = [];
    for (const [a, b] of this.pasted) {
      if (b <= p) {
        kept.push([a, b]);
      } else if (a >= oldEnd) {
        kept.push([a + delta, b + delta]);
      } else {
        if (a < p) kept.push([a, p]);
        if (b > oldEnd) kept.push([oldEnd + delta, b + delta]);
      }
    }
    const fromClipboard = this.pasting || e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop';
    if (fromClipboard && inserted > 0) {
      kept.push([p, p + inserted]);
      if (!this.pasting) { // a native paste or drop this recorder did not insert itself
        this.pastes += 1;
        this.pastedChars += [...next.slice(p, p + inserted)].length;
      }
    }
    this.pasted = kept;
    this.text = next;
  }

  aggregates() {
    const length = [...this.text].length;
    const pastedUnits = this.pasted.reduce((sum, [a, b]) => sum + (b - a), 0);
    const sorted = [...this.gaps].sort((a, b) => a - b);
    return {
      length,
      pastes: this.pastes,
      pastedChars: this.pastedChars,
      pastedShare: this.text.length ? Math.min(1, Math.round((pastedUnits / this.text.length) * 1000) / 1000) : 0,
      keystrokes: this.keystrokes,
      medianKeyMs: sorted.length ? Math.round(sorted[Math.floor(sorted.length / 2)]) : null,
      typingMs: Math.round(this.gaps.filter((g) => g <= TYPING_GAP_MS).reduce((a, b) => a + b, 0)),
      firstKeyMs: this.firstKey === null ? null : Math.round(this.firstKey - this.started),
      draftDistance: this.initial ? distance([...this.initial], [...this.text]) : null,
    };
  }
}

/** Levenshtein distance in code points (two rows); null when either text is too long to measure at submit. */
function distance(a, b) {
  if (a.length * b.length > MAX_DISTANCE_CELLS) {
    return null;
  }
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

function notice(field, kind, text) {
  field.dispatchEvent(new CustomEvent('writing-notice', { detail: { kind, text }, bubbles: true, composed: true }));
}
