// The label schema editor: the schema as JSON, checked by the server on save (PUT /api/v1/projects/{id}/schema,
// a new version; earlier annotations keep theirs) with each error shown at its line, and a live preview: the
// workbench's own controls (controls/question.js) on a sample item of the project's task type, re-rendered on every
// keystroke that leaves valid JSON. The preview's answers stay in the page (conditions can be tried out); nothing of
// it is sent to the server. Older versions are picked from a list and shown read-only (GET …/schema/versions/{n});
// one may be copied into the editor to save it again as the newest version.
import { html } from 'lit';
import { api } from '../../api.js';
import { ProjectPage, projectHeader } from './project-nav.js';
import { state } from '../page.js';
import { control, visible } from '../../controls/question.js';

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

/** A sample item per task type, written for the preview (the shapes docs/label-schema.md gives). */
const SAMPLES = {
  'text-classification': { text: 'The parcel arrived a day early, but the box was crushed and the charger was missing.' },
  'span-labeling': { text: 'Ada Lovelace met Charles Babbage in London in 1833 to see his Difference Engine.' },
  'response-comparison': {
    prompt: 'How long can cooked rice stay out of the fridge?',
    responses: ['At most an hour or two: Bacillus cereus spores survive cooking and grow at room temperature.',
      'Overnight is fine if the kitchen is cool.',
      'Rice keeps for days at room temperature.'],
  },
  demonstration: { prompt: 'Explain what a hash map is to a new programmer, with a short example.', draft: 'A hash map stores key-value pairs.' },
  'conversation-rating': {
    messages: [{ role: 'user', content: 'Why is the sky blue?' },
      { role: 'assistant', content: 'Sunlight scatters off air molecules; blue light scatters the most (Rayleigh scattering).' },
      { role: 'user', content: 'And sunsets?' },
      { role: 'assistant', content: 'At sunset light crosses more air, so most blue is scattered away and reds remain.' }],
  },
  'image-boxes': { image: { url: '/demo/street-1.svg', width: 640, height: 400 } },
};

/** Whether a question has what its control needs to render; otherwise the preview asks for it instead. */
function missing(q) {
  if (!q || typeof q !== 'object' || typeof q.name !== 'string' || !q.name) return 'a "name"';
  switch (q.type) {
    case 'choice': return Array.isArray(q.options) && q.options.length && q.options.every((o) => typeof o === 'string') ? null : '"options": a list of strings';
    case 'rating': return q.scale ? null : 'a "scale"';
    case 'spans': return Array.isArray(q.labels) && q.labels.length ? null : '"labels": a list of strings';
    case 'boxes': return Array.isArray(q.classes) && q.classes.length ? null : '"classes": a list of strings';
    case 'comparison': return q.rubric === undefined || Array.isArray(q.rubric) ? null : '"rubric": a list of criteria';
    case 'conversation_rating': return q.flags === undefined || Array.isArray(q.flags) ? null : '"flags": a list';
    case 'text': case 'demonstration': return null;
    default: return `a known "type" (not “${q.type}”)`;
  }
}

class SchemaEditor extends ProjectPage {
  static frame = { ...ProjectPage.frame, cls: 'page wide' };

  static properties = state({
    text: '',
    parsed: null,
    syntaxError: null,
    errors: [],
    saving: false,
    saved: null,
    previewAnswers: {},
    versions: [],
    viewing: null, // {version, text, schema}: an older version, read-only
  });

  constructor() {
    super();
    this.at = {};
  }

  async load() {
    [this.project, this.versions] = await Promise.all([api(this.base()), api(`${this.base()}/schema/versions`)]);
    const { text, at } = layout(this.project.schema);
    this.at = at;
    this.setText(text);
  }

  /** Shows an older version read-only, or (the current version) returns to the editor. */
  async pickVersion(e) {
    const version = Number(e.target.value);
    if (version === this.project.schemaVersion) {
      this.viewing = null;
      return;
    }
    const old = await api(`${this.base()}/schema/versions/${version}`);
    this.viewing = { version, schema: old.schema, text: layout(old.schema).text };
    this.previewAnswers = {};
  }

  /** Copies the version on view into the editor, to be saved as the newest version. */
  editFromViewed() {
    const { text, at } = layout(this.viewing.schema);
    this.at = at;
    this.setText(text);
    this.viewing = null;
    this.saved = null;
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
      this.project = await api(`${this.base()}/schema`, { method: 'PUT', body: this.parsed });
      this.versions = await api(`${this.base()}/schema/versions`);
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

  renderVersionPicker() {
    const p = this.project;
    return html`
      <div class="version-picker">
        <label for="schema-version">Version</label>
        <select id="schema-version" @change=${this.pickVersion}>
          ${[...this.versions].reverse().map((v) => html`<option value=${v.version} ?selected=${v.version === (this.viewing?.version ?? p.schemaVersion)}>
            v${v.version}${v.version === p.schemaVersion ? ' (current)' : ''} · ${new Date(v.createdAt).toLocaleString()}</option>`)}
        </select>
        <a href="/help/label-schema" target="_blank" rel="noopener" id="schema-help">Schema help</a>
      </div>`;
  }

  renderViewed() {
    const v = this.viewing;
    return html`
      <div class="card" id="schema-old-version">
        <p class="notice" id="schema-read-only">Version ${v.version}, read-only: annotations made under it keep it.
          <button type="button" id="edit-from-version" @click=${this.editFromViewed}>Edit from this version</button></p>
        <div class="code-editor">
          <textarea id="schema-old-text" readonly spellcheck="false" rows=${Math.min(24, v.text.split('\n').length + 1)} .value=${v.text}></textarea>
        </div>
      </div>`;
  }

  renderBody() {
    const p = this.project;
    const invalid = Boolean(this.syntaxError || this.errors.length);
    const lineCount = this.text.split('\n').length;
    const errorLines = new Set(this.errors.map((e) => e.line).filter(Boolean));
    return html`
        ${projectHeader(p, 'schema', 'Label schema')}
        ${this.renderVersionPicker()}
        <div class="columns schema-columns">
          ${this.viewing ? this.renderViewed() : html`
          <form class="card" id="schema-form" @submit=${this.save}>
            <div class="field">
              <label for="schema-text">Schema (JSON) <span class="hint">questions and their controls; see the
                <a href="/help/label-schema" target="_blank" rel="noopener">schema documentation</a></span></label>
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
          </form>`}
          <section class="card preview" aria-labelledby="preview-title">
            <h2 id="preview-title">Preview <span class="hint">what the annotator sees beside the item</span></h2>
            ${this.viewing ? this.previewOf(this.viewing.schema) : this.previewOf(this.syntaxError ? null : this.parsed)}
          </section>
        </div>`;
  }

  previewOf(schema) {
    if (!schema) {
      return html`<p class="muted">The preview returns when the JSON is valid again.</p>`;
    }
    const questions = (Array.isArray(schema.questions) ? schema.questions : []).filter((q) => q && typeof q === 'object');
    const data = SAMPLES[this.project.taskType] || SAMPLES['text-classification'];
    const task = { assignmentId: 'preview', data };
    const bad = new Set(this.errors.map((e) => questionOf(e.field)).filter((i) => i !== null));
    const spansOnText = questions.some((q) => q.type === 'spans' && (q.field || 'text') === 'text');
    const shownNow = visible(questions, this.previewAnswers);
    return html`
      ${typeof data.text === 'string' && !spansOnText ? html`<div class="sample-item item-text" id="preview-item">${data.text}</div>` : ''}
      <div id="schema-preview" class="preview-task">
        ${questions.length === 0 ? html`<p class="muted">No questions yet: add them under "questions".</p>` : ''}
        ${shownNow.map((q) => {
          const i = questions.indexOf(q);
          const need = missing(q);
          if (need) {
            return html`<p class="notice warn small preview-missing" data-question=${q.name || ''}>Question ${i + 1}${q.name ? html` (<code>${q.name}</code>)` : ''} needs ${need} to be shown.</p>`;
          }
          return html`<div class="preview-question ${bad.has(i) ? 'invalid' : ''}" data-index=${i}>${control(q, {
            task, value: this.previewValue(q, data),
            onAnswer: (e) => { this.previewAnswers = { ...this.previewAnswers, [e.detail.name]: e.detail.value }; },
          })}</div>`;
        })}
        ${questions.length > shownNow.length ? html`<p class="muted small" id="preview-hidden">${questions.length - shownNow.length} question${questions.length - shownNow.length === 1 ? '' : 's'} hidden by a "when" condition: answer above to show ${questions.length - shownNow.length === 1 ? 'it' : 'them'}.</p>` : ''}
      </div>
      <p class="muted small">Answers given here are not saved or sent anywhere.</p>`;
  }

  /** The preview's answer of a question, with the starting values the workbench gives it. */
  previewValue(q, data) {
    const v = this.previewAnswers[q.name];
    if (q.type === 'comparison' && !v?.shown_order) {
      return { ...(v || {}), shown_order: (data.responses || []).map((_, i) => i) };
    }
    if (q.type === 'demonstration' && v === undefined && typeof data.draft === 'string') {
      return { text: data.draft };
    }
    return v;
  }
}

customElements.define('annota-schema-editor', SchemaEditor);
