// The label schema editor: the schema as JSON, checked by the server on save (PUT /api/v1/projects/{id}/schema,
// a new version; earlier annotations keep theirs) with each error shown at its line, and a live preview of the
// questions as the workbench lists them.
//
// Preview hook: questionPreview (answer-views.js) renders a read-only sketch of each control. When the workbench's
// controls (static/app/controls/) expose a read-only renderer, call it from previewOf below instead.
import { html } from 'lit';
import { api } from '../api.js';
import { Page } from '../router.js';
import { projectHeader, notAllowed } from './project-nav.js';
import { questionPreview } from './answer-views.js';

/** JSON text with two-space indent, like JSON.stringify, plus the line each path ("questions[0].options") starts on. */
function layout(value) {
  const lines = [];
  const at = {};
  function write(v, path, indent, prefix, suffix) {
    at[path] = lines.length + 1;
    const pad = '  '.repeat(indent);
    if (Array.isArray(v) && v.length && v.some((e) => e && typeof e === 'object')) {
      lines.push(`${pad}${prefix}[`);
      v.forEach((e, i) => write(e, `${path}[${i}]`, indent + 1, '', i < v.length - 1 ? ',' : ''));
      lines.push(`${pad}]${suffix}`);
    } else if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length) {
      lines.push(`${pad}${prefix}{`);
      const keys = Object.keys(v);
      keys.forEach((k, i) => write(v[k], path ? `${path}.${k}` : k, indent + 1, `${JSON.stringify(k)}: `, i < keys.length - 1 ? ',' : ''));
      lines.push(`${pad}}${suffix}`);
    } else {
      const flat = Array.isArray(v) ? `[${v.map((e) => JSON.stringify(e)).join(', ')}]` : JSON.stringify(v);
      lines.push(`${pad}${prefix}${flat}${suffix}`);
    }
  }
  write(value, '', 0, '', '');
  return { text: lines.join('\n'), at };
}

/** The line of a server error's field: the deepest path of the document the field names. */
function lineOf(field, at) {
  let path = (field || '').replace(/^schema\.?/, '');
  while (path) {
    if (at[path]) return at[path];
    path = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
  }
  return null;
}

/** The question index a field path points into, or null. */
function questionOf(field) {
  const m = /questions\[(\d+)\]/.exec(field || '');
  return m ? Number(m[1]) : null;
}

const SAMPLE = 'Sample item: "The parcel arrived a day early, but the box was crushed and the charger was missing."';

class SchemaEditor extends Page {
  static properties = {
    projectId: {},
    project: { state: true },
    text: { state: true },
    parsed: { state: true },
    syntaxError: { state: true },
    errors: { state: true },
    saving: { state: true },
    saved: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.text = '';
    this.parsed = null;
    this.syntaxError = null;
    this.errors = [];
    this.saving = false;
    this.saved = null;
    this.error = null;
    this.at = {};
  }

  connectedCallback() {
    super.connectedCallback();
    this.load();
  }

  async load() {
    try {
      this.project = await api(`/api/v1/projects/${this.projectId}`);
      const { text, at } = layout(this.project.schema);
      this.at = at;
      this.setText(text);
    } catch (e) {
      this.error = notAllowed(e);
    }
  }

  setText(text) {
    this.text = text;
    try {
      this.parsed = JSON.parse(text);
      this.syntaxError = null;
    } catch (e) {
      this.syntaxError = e.message;
    }
  }

  onInput(e) {
    this.setText(e.target.value);
    this.saved = null;
  }

  format() {
    if (!this.syntaxError) {
      const { text, at } = layout(this.parsed);
      this.at = at;
      this.setText(text);
    }
  }

  async save(e) {
    e.preventDefault();
    if (this.syntaxError) {
      this.errors = [];
      return;
    }
    // Lay the document out first, so the lines the errors point at are the lines on screen.
    this.format();
    this.saving = true;
    this.errors = [];
    this.saved = null;
    try {
      this.project = await api(`/api/v1/projects/${this.projectId}/schema`, { method: 'PUT', body: this.parsed });
      this.saved = `Saved as version ${this.project.schemaVersion}. New tasks use it; earlier annotations keep their version.`;
    } catch (err) {
      const list = err.problem?.errors?.length ? err.problem.errors : [{ field: err.field || '', message: err.message }];
      this.errors = list.map((v) => ({ field: v.field, message: v.message, line: lineOf(v.field, this.at) }));
    } finally {
      this.saving = false;
    }
  }

  jumpTo(line) {
    const area = this.querySelector('#schema-text');
    if (!area || !line) return;
    const lines = this.text.split('\n');
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    area.focus();
    area.setSelectionRange(start, start + lines[line - 1].length);
    area.scrollTop = Math.max(0, (line - 4) * 20);
  }

  render() {
    if (this.error) {
      return html`<section class="page"><p class="error" role="alert">${this.error}</p><p><a href="/">Back to the projects</a></p></section>`;
    }
    const p = this.project;
    if (!p) {
      return html`<section class="page"><p class="muted">Loading…</p></section>`;
    }
    const invalid = Boolean(this.syntaxError || this.errors.length);
    const lineCount = this.text.split('\n').length;
    const errorLines = new Set(this.errors.map((e) => e.line).filter(Boolean));
    return html`
      <section class="page wide">
        ${projectHeader(p, 'schema', 'Label schema')}
        <div class="columns schema-columns">
          <form class="card" id="schema-form" @submit=${this.save}>
            <div class="field">
              <label for="schema-text">Schema (JSON) <span class="hint">questions and their controls; see docs/label-schema.md</span></label>
              <div class="code-editor ${invalid ? 'invalid' : ''}">
                <pre class="gutter" aria-hidden="true">${Array.from({ length: lineCount }, (_, i) => html`<span class=${errorLines.has(i + 1) ? 'bad' : ''}>${i + 1}</span>\n`)}</pre>
                <textarea id="schema-text" spellcheck="false" rows=${Math.min(24, Math.max(14, lineCount + 1))} .value=${this.text}
                  @input=${this.onInput} @scroll=${(e) => { this.querySelector('.gutter').scrollTop = e.target.scrollTop; }}
                  aria-invalid=${invalid ? 'true' : 'false'} aria-describedby="schema-error"></textarea>
              </div>
              <div id="schema-error" aria-live="polite">
                ${this.syntaxError ? html`<p class="field-error" role="alert">Not valid JSON: ${this.syntaxError}</p>` : ''}
                ${this.errors.length ? html`<ul class="field-errors" role="alert">
                  ${this.errors.map((v) => html`<li>
                    ${v.line ? html`<button type="button" class="link" @click=${() => this.jumpTo(v.line)}>Line ${v.line}</button> · ` : ''}
                    <code>${v.field}</code>: ${v.message}</li>`)}</ul>` : ''}
              </div>
            </div>
            <div class="form-actions">
              <button type="submit" class="primary" id="save-schema" ?disabled=${this.saving || Boolean(this.syntaxError)}>
                ${this.saving ? 'Saving…' : 'Save as a new version'}</button>
              <button type="button" id="format-schema" @click=${this.format} ?disabled=${Boolean(this.syntaxError)}>Format</button>
              <span class="muted small">Current: version ${p.schemaVersion}</span>
            </div>
            ${this.saved ? html`<p class="notice success" id="schema-saved">${this.saved}</p>` : ''}
          </form>
          <section class="card preview" aria-labelledby="preview-title">
            <h2 id="preview-title">Preview <span class="hint">what the annotator sees beside the item</span></h2>
            ${this.previewOf(this.syntaxError ? null : this.parsed)}
          </section>
        </div>
      </section>`;
  }

  previewOf(schema) {
    if (!schema) {
      return html`<p class="muted">The preview returns when the JSON is valid again.</p>`;
    }
    const questions = Array.isArray(schema.questions) ? schema.questions : [];
    const bad = new Set(this.errors.map((e) => questionOf(e.field)).filter((i) => i !== null));
    return html`
      <div class="sample-item">${SAMPLE}</div>
      <div id="schema-preview">
        ${questions.length === 0 ? html`<p class="muted">No questions yet: add them under "questions".</p>` : ''}
        ${questions.map((q, i) => (q && typeof q === 'object' ? questionPreview(q, i, bad) : ''))}
      </div>`;
  }
}

customElements.define('annota-schema-editor', SchemaEditor);
