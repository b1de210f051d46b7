// spans: labelled spans over a text of the item. The text is shown grapheme by grapheme so a selection can only start
// and end on grapheme cluster boundaries (Intl.Segmenter, the rules the server checks); offsets are code points.
// Mouse: press and drag over the text. Keyboard: focus the text, arrows move, Shift+arrows select, Home/End,
// 1–9 label the selection, Delete removes the span under the cursor, Escape clears, Ctrl+Z / Ctrl+Shift+Z undo/redo.
// As in a text editor, the caret sits between graphemes (0 before the first, n after the last) and a selection runs
// from the anchor to the caret: Home then four Shift+→ selects the four user-perceived characters "Jane", and one
// Shift+→ over an emoji with a skin tone takes that one grapheme.
import { html } from 'lit';
import { Control, History, colorOf, graphemes, slice } from './util.js';
import { marksAt } from './marks.js';

class SpansControl extends Control {
  static properties = { ...Control.properties, caret: { state: true }, anchor: { state: true }, note: { state: true } };

  constructor() {
    super();
    this.caret = 0;
    this.anchor = null;
    this.note = null;
    this.history = new History();
    this.dragging = false;
    this.onUp = () => { this.dragging = false; };
  }

  connectedCallback() {
    super.connectedCallback();
    this.setAttribute('data-own-keys', '');
    window.addEventListener('pointerup', this.onUp);
  }

  disconnectedCallback() {
    window.removeEventListener('pointerup', this.onUp);
    super.disconnectedCallback();
  }

  willUpdate(changed) {
    if (changed.has('task') || changed.has('question')) {
      // offsets count the text as stored; leak marks, if any, are shown before their grapheme so a copy carries them
      const { clean, before } = marksAt(this.task?.data?.[this.question.field || 'text']);
      this.text = clean;
      this.marks = before;
      this.clusters = graphemes(this.text);
      if (changed.get('task') !== undefined) {
        // the element is reused for the next task: nothing of the last one may be undone into this one
        this.history = new History();
        this.caret = 0;
        this.anchor = null;
        this.note = null;
      }
    }
  }

  spans() {
    return Array.isArray(this.value) ? this.value : [];
  }

  change(next) {
    this.history.push(this.spans());
    this.emit(next);
  }

  undo() {
    const v = this.history.undo(this.spans());
    if (v !== undefined) {
      this.emit(v);
    }
  }

  redo() {
    const v = this.history.redo(this.spans());
    if (v !== undefined) {
      this.emit(v);
    }
  }

  /** The selection as code point offsets, or null. */
  selection() {
    if (this.anchor === null) {
      return null;
    }
    const a = Math.min(this.anchor, this.caret);
    const b = Math.max(this.anchor, this.caret);
    return a === b ? null : { start: this.clusters[a].start, end: this.clusters[b - 1].end };
  }

  label(index) {
    const label = this.question.labels[index];
    const sel = this.selection();
    if (!label || this.disabled) {
      return;
    }
    if (!sel) {
      this.note = 'Select some text first: drag over it, or use Shift+arrows in the text.';
      return;
    }
    const spans = this.spans();
    if (spans.some((s) => s.start === sel.start && s.end === sel.end && s.label === label)) {
      this.note = 'That span already has this label.';
      return;
    }
    if (!this.question.overlap) {
      const clash = spans.find((s) => s.start < sel.end && sel.start < s.end);
      if (clash) {
        this.note = `Spans may not overlap here: this one overlaps “${slice(this.text, clash.start, clash.end)}” (${clash.label}). Delete that span first.`;
        return;
      }
    }
    this.note = null;
    this.change([...spans, { start: sel.start, end: sel.end, label, text: slice(this.text, sel.start, sel.end) }]
      .sort((x, y) => x.start - y.start || x.end - y.end));
    this.anchor = null;
  }

  removeSpan(span) {
    this.change(this.spans().filter((s) => s !== span));
  }

  key(e) {
    if (this.disabled) {
      return;
    }
    const n = this.clusters.length;
    const ctrl = e.ctrlKey || e.metaKey;
    if (ctrl && (e.key === 'z' || e.key === 'Z')) {
      e.preventDefault();
      e.shiftKey ? this.redo() : this.undo();
      return;
    }
    if (ctrl && (e.key === 'y')) {
      e.preventDefault();
      this.redo();
      return;
    }
    if (ctrl || e.altKey) {
      return;
    }
    const move = (to) => {
      e.preventDefault();
      if (e.shiftKey && this.anchor === null) {
        this.anchor = this.caret;
      } else if (!e.shiftKey) {
        this.anchor = null;
      }
      this.caret = Math.max(0, Math.min(n, to));
    };
    if (e.key === 'ArrowRight') {
      move(this.caret + 1);
    } else if (e.key === 'ArrowLeft') {
      move(this.caret - 1);
    } else if (e.key === 'Home') {
      move(0);
    } else if (e.key === 'End') {
      move(n);
    } else if (/^[1-9]$/.test(e.key)) {
      e.preventDefault();
      if (this.selection() === null && this.caret < n) {
        // no selection: the grapheme after the caret
        this.anchor = this.caret;
        this.caret += 1;
      }
      this.label(Number(e.key) - 1);
    } else if (e.key === 'Escape') {
      this.anchor = null;
      this.note = null;
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      const g = this.clusters[Math.min(this.caret, n - 1)];
      if (!g) {
        return;
      }
      const at = g.start;
      const covering = this.spans().filter((s) => s.start <= at && at < s.end);
      if (covering.length) {
        this.removeSpan(covering[covering.length - 1]);
      }
    }
  }

  down(e, i) {
    if (this.disabled || e.button !== 0) {
      return;
    }
    e.preventDefault();
    this.renderRoot.querySelector('.span-text')?.focus({ preventScroll: true });
    this.dragging = true;
    if (!(e.shiftKey && this.anchor !== null)) {
      this.dragFrom = i;
    }
    this.reach(i);
  }

  over(i) {
    if (this.dragging) {
      this.reach(i);
    }
  }

  /** The selection from the grapheme the drag started on to grapheme i, both taken whole, in either direction. */
  reach(i) {
    const from = this.dragFrom ?? i;
    this.anchor = i >= from ? from : from + 1;
    this.caret = i >= from ? i + 1 : i;
  }

  render() {
    const q = this.question;
    const spans = this.spans();
    const sel = this.selection();
    const labelIndex = new Map(q.labels.map((l, i) => [l, i]));
    const ends = new Map();
    for (const s of spans) {
      ends.set(s.end, [...(ends.get(s.end) || []), s]);
    }
    return html`
      <div class="question spans-question" id="q-${q.name}">
        <div class="spans-head">
          <span class="legend">${this.title}</span>
          <div class="span-labels" role="toolbar" aria-label="Labels">
            ${q.labels.map((l, i) => html`<button type="button" class="span-label small" data-label=${l} ?disabled=${this.disabled}
                style="--c:${colorOf(i)}" @pointerdown=${(e) => e.preventDefault()} @click=${() => this.label(i)}>${i < 9 ? html`<kbd>${i + 1}</kbd>` : ''}<span class="swatch"></span>${l}</button>`)}
          </div>
        </div>
        <div class="span-text item-text" id="span-text-${q.name}" tabindex="0" role="group" aria-roledescription="text to label"
             aria-label="${this.title}: text to label" aria-describedby="spans-help-${q.name}" @keydown=${(e) => this.key(e)}>${this.clusters.map((g, i) => {
          const covering = spans.filter((s) => s.start < g.end && g.start < s.end);
          const inSel = sel && sel.start <= g.start && g.end <= sel.end;
          const first = covering[0];
          const style = first ? `--c:${colorOf(labelIndex.get(first.label) ?? 0)}` : '';
          const endTags = ends.get(g.end) || [];
          return html`<span class="g ${covering.length ? 'hl' : ''} ${covering.length > 1 ? 'multi' : ''} ${inSel ? 'sel' : ''} ${i === this.caret ? 'caret' : ''} ${i === this.clusters.length - 1 && this.caret === this.clusters.length ? 'caret-end' : ''}"
              data-i=${i} style=${style} @pointerdown=${(e) => this.down(e, i)} @pointerenter=${() => this.over(i)}>${this.marks.get(g.start) ?? ''}${g.text}</span>${endTags.map((s) =>
            html`<span class="span-tag" style="--c:${colorOf(labelIndex.get(s.label) ?? 0)}" aria-hidden="true">${s.label}</span>`)}`;
        })}</div>
        <p class="muted small" id="spans-help-${q.name}">Select with the mouse, or with <kbd>Shift</kbd>+<kbd>←</kbd><kbd>→</kbd> in the text;
          <kbd>1</kbd>–<kbd>${Math.min(9, q.labels.length)}</kbd> label it, <kbd>Del</kbd> removes the span at the cursor,
          <kbd>Ctrl</kbd>+<kbd>Z</kbd> / <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Z</kbd> undo/redo.${q.overlap ? ' Spans may overlap.' : ' Spans may not overlap.'}</p>
        ${this.note ? html`<p class="notice warn" role="alert">${this.note}</p>` : ''}
        <ul class="span-list" aria-label="Spans (${spans.length})">
          ${spans.map((s) => html`<li style="--c:${colorOf(labelIndex.get(s.label) ?? 0)}">
            <span class="swatch"></span><strong>${s.label}</strong> <span class="span-covered">“${slice(this.text, s.start, s.end)}”</span>
            <span class="muted small">${s.start}–${s.end}</span>
            <button type="button" class="ghost small" aria-label="Delete span ${s.label} ${slice(this.text, s.start, s.end)}" ?disabled=${this.disabled}
                    @click=${() => this.removeSpan(s)}>✕</button></li>`)}
        </ul>
        <div class="undo-row"><button type="button" class="small" ?disabled=${!this.history.past.length || this.disabled} @click=${() => this.undo()}>Undo</button>
          <button type="button" class="small" ?disabled=${!this.history.future.length || this.disabled} @click=${() => this.redo()}>Redo</button></div>
      </div>`;
  }
}

customElements.define('annota-spans', SpansControl);
