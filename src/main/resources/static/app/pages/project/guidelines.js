// The project's guidelines: edit the Markdown with a live preview (GitHub-flavoured, tables included, rendered by the
// rules the server uses: controls/markdown.js), save it as version n+1 (PUT …/guidelines; each annotation records the
// version current when it was submitted), and compare any two versions word by word.
import { html } from 'lit';
import { api } from '../../api.js';
import { markdown } from '../../controls/markdown.js';
import { ProjectPage, projectHeader } from './project-nav.js';

/** Above this many cells of the word table the diff compares whole lines instead (a guard for very long texts). */
const MAX_CELLS = 4_000_000;

/** The longest common subsequence of two token lists, as [kind, token] steps: '=' kept, '-' removed, '+' added. */
function lcs(a, b) {
  const n = a.length;
  const m = b.length;
  const table = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * (m + 1) + j] = a[i] === b[j] ? table[(i + 1) * (m + 1) + j + 1] + 1
        : Math.max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1]);
    }
  }
  const steps = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      steps.push(['=', a[i]]); i++; j++;
    } else if (table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1]) {
      steps.push(['-', a[i++]]);
    } else {
      steps.push(['+', b[j++]]);
    }
  }
  while (i < n) steps.push(['-', a[i++]]);
  while (j < m) steps.push(['+', b[j++]]);
  return steps;
}

/**
 * The edit from one text to another, word by word (each word with the whitespace before it, so blanks never pair up on
 * their own), or line by line when long; runs of one kind joined into one step.
 */
export function diff(before, after) {
  const words = (t) => t.match(/\s*\S+|\s+/gy) || [];
  const lines = (t) => t.split(/(?<=\n)/);
  let a = words(before);
  let b = words(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const head = a.slice(0, prefix).map((w) => ['=', w]);
  const tail = a.slice(a.length - suffix).map((w) => ['=', w]);
  a = a.slice(prefix, a.length - suffix);
  b = b.slice(prefix, b.length - suffix);
  if ((a.length + 1) * (b.length + 1) > MAX_CELLS) {
    a = lines(a.join(''));
    b = lines(b.join(''));
  }
  const middle = (a.length + 1) * (b.length + 1) > MAX_CELLS
    ? [...a.map((w) => ['-', w]), ...b.map((w) => ['+', w])] : lcs(a, b);
  const steps = [];
  for (const [kind, token] of [...head, ...middle, ...tail]) {
    const last = steps[steps.length - 1];
    if (last && last[0] === kind) {
      last[1] += token;
    } else {
      steps.push([kind, token]);
    }
  }
  return steps;
}

class GuidelinesPage extends ProjectPage {
  static frame = { ...ProjectPage.frame, cls: 'page wide', id: 'guidelines-page' };

  static properties = {
    text: { state: true },
    versions: { state: true },
    from: { state: true },
    to: { state: true },
    compared: { state: true },
    saving: { state: true },
    saved: { state: true },
    saveError: { state: true },
  };

  constructor() {
    super();
    this.text = '';
    this.versions = [];
    this.compared = null;
    this.saved = null;
    this.saveError = null;
    this.saving = false;
  }

  async load() {
    [this.project, this.versions] = await Promise.all([api(this.base()), api(`${this.base()}/guidelines/versions`)]);
    this.text = this.project.guidelines;
    const last = this.project.guidelinesVersion;
    this.to = last;
    this.from = Math.max(1, last - 1);
    await this.compare();
  }

  async compare() {
    if (this.versions.length < 2) {
      this.compared = null;
      return;
    }
    const [a, b] = await Promise.all([this.from, this.to].map((v) => api(`${this.base()}/guidelines/versions/${v}`)));
    this.compared = { from: this.from, to: this.to, steps: diff(a.markdown, b.markdown) };
  }

  async save(e) {
    e.preventDefault();
    this.saving = true;
    this.saved = null;
    this.saveError = null;
    try {
      const before = this.project.guidelinesVersion;
      this.project = await api(`${this.base()}/guidelines`, { method: 'PUT', body: { markdown: this.text } });
      this.versions = await api(`${this.base()}/guidelines/versions`);
      if (this.project.guidelinesVersion === before) {
        this.saved = `Nothing changed: still version ${before}.`;
      } else {
        this.saved = `Saved as version ${this.project.guidelinesVersion}. Annotators see it from their next task.`;
        this.from = before;
        this.to = this.project.guidelinesVersion;
        await this.compare();
      }
    } catch (err) {
      this.saveError = err.message;
    } finally {
      this.saving = false;
    }
  }

  versionSelect(id, value, onChange) {
    return html`<select id=${id} @change=${(e) => { onChange(Number(e.target.value)); this.compare(); }}>
      ${this.versions.map((v) => html`<option value=${v.version} ?selected=${v.version === value}>v${v.version} · ${new Date(v.createdAt).toLocaleString()}</option>`)}
    </select>`;
  }

  renderBody() {
    const p = this.project;
    return html`
      ${projectHeader(p, 'guidelines', 'Guidelines')}
      <div class="columns schema-columns">
        <form class="card" id="guidelines-form" @submit=${this.save}>
          <div class="field">
            <label for="guidelines-text">Guidelines <span class="hint">Markdown with GitHub's tables; raw HTML shows as text</span></label>
            <textarea id="guidelines-text" class="code" rows="18" .value=${this.text} @input=${(e) => { this.text = e.target.value; this.saved = null; }}></textarea>
          </div>
          <div class="form-actions">
            <button type="submit" class="primary" id="save-guidelines" ?disabled=${this.saving}>${this.saving ? 'Saving…' : 'Save as a new version'}</button>
            <span class="muted small">Current: version ${p.guidelinesVersion}</span>
          </div>
          ${this.saved ? html`<p class="notice success" id="guidelines-saved">${this.saved}</p>` : ''}
          ${this.saveError ? html`<p class="error" role="alert" id="guidelines-error">${this.saveError}</p>` : ''}
        </form>
        <section class="card preview" aria-labelledby="guidelines-preview-title">
          <h2 id="guidelines-preview-title">Preview <span class="hint">as annotators see it</span></h2>
          <div class="prose" id="guidelines-preview">${markdown(this.text)}</div>
        </section>
      </div>
      <section class="card" aria-labelledby="guidelines-diff-title" id="guidelines-versions">
        <h2 id="guidelines-diff-title">Versions</h2>
        ${this.versions.length < 2 ? html`<p class="muted">Only version 1 so far: save a change to compare versions.</p>` : html`
          <div class="version-picker">
            <label for="diff-from">Compare</label> ${this.versionSelect('diff-from', this.from, (v) => { this.from = v; })}
            <label for="diff-to">with</label> ${this.versionSelect('diff-to', this.to, (v) => { this.to = v; })}
          </div>
          ${this.compared ? html`<p class="muted small">Words <del>removed</del> and <ins>added</ins> from v${this.compared.from} to v${this.compared.to}.</p>
            <div class="diff" id="guidelines-diff">${this.compared.steps.map(([kind, token]) => (kind === '=' ? token
              : kind === '-' ? html`<del>${token}</del>` : html`<ins>${token}</ins>`))}</div>` : ''}`}
      </section>`;
  }
}

customElements.define('annota-guidelines', GuidelinesPage);
