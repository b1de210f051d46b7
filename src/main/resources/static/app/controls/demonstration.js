// demonstration: write the ideal reply (SFT). Starts from the item's draft when there is one; the preview renders
// Markdown with markdown.js, by the guidelines' rules: HTML the writer types stays text, unsafe link targets are dropped.
import { html } from 'lit';
import { Control } from './util.js';
import { recorderOf } from './writing.js';
import { context } from './context.js';
import { headings, markdown } from './markdown.js';

class DemonstrationControl extends Control {
  render() {
    const q = this.question;
    const text = this.value?.text ?? '';
    const length = [...text].length;
    const min = q.min_length ?? 1;
    const max = q.max_length ?? 20000;
    const found = headings(text);
    const sections = (q.required_sections || []).map((s) => ({ name: s, ok: found.has(s.trim().toLowerCase()) }));
    const id = `q-${q.name}-editor`;
    const w = recorderOf(this.task, q.name, text);
    return html`
      ${context(this.task.data)}
      <div class="question demonstration" id="q-${q.name}">
        <div class="demo-grid">
          <div class="field">
            <label for=${id}>${this.title}${typeof this.task.data?.draft === 'string' ? html` <span class="hint">starts from the model draft: correct it</span>` : ''}</label>
            <textarea id=${id} class="editor" spellcheck="true" .value=${text} ?disabled=${this.disabled}
              aria-describedby="${id}-rules" @keydown=${w} @paste=${w} @drop=${w}
              @input=${(e) => { w.handleEvent(e); this.emit({ text: e.target.value }); }}></textarea>
          </div>
          <div class="preview-wrap"><span class="label-like" id="${id}-preview-title">Preview</span>
            <div class="prose preview" aria-labelledby="${id}-preview-title">${markdown(text)}</div></div>
        </div>
        <ul class="rules small" id="${id}-rules">
          <li class=${length >= min && length <= max ? 'ok' : 'todo'}>${length} characters (${min}–${max})</li>
          ${sections.map((s) => html`<li class=${s.ok ? 'ok' : 'todo'}>Section “${s.name}” ${s.ok ? 'present' : 'missing'}</li>`)}
        </ul>
      </div>`;
  }
}

customElements.define('annota-demonstration', DemonstrationControl);
