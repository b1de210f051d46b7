// text: a free-text answer with a code point counter against the schema's limits.
import { html } from 'lit';
import { Control } from './util.js';
import { recorderOf } from './writing.js';

class TextControl extends Control {
  render() {
    const q = this.question;
    const id = `q-${q.name}-input`;
    const length = [...(this.value || '')].length;
    const max = q.max_length ?? 5000;
    const min = q.min_length ?? 0;
    const w = recorderOf(this.task, q.name, this.value || '');
    const input = (e) => { w.handleEvent(e); this.emit(e.target.value); };
    return html`
      <div class="question field-card" id="q-${q.name}">
        <label for=${id}>${this.title}${q.required === false ? html` <span class="hint">optional</span>` : ''}</label>
        ${q.description ? html`<p class="muted small">${q.description}</p>` : ''}
        ${q.multiline === false
          ? html`<input id=${id} type="text" .value=${this.value || ''} placeholder=${q.placeholder || ''} ?disabled=${this.disabled} @keydown=${w} @paste=${w} @drop=${w} @input=${input}>`
          : html`<textarea id=${id} rows="3" .value=${this.value || ''} placeholder=${q.placeholder || ''} ?disabled=${this.disabled} @keydown=${w} @paste=${w} @drop=${w} @input=${input}></textarea>`}
        <p class="counter small ${length > max || (length && length < min) ? 'error' : 'muted'}" aria-live="polite">${length} / ${max} characters${min ? ` (at least ${min})` : ''}</p>
      </div>`;
  }
}

customElements.define('annota-text', TextControl);
