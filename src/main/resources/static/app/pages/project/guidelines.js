// The project's guidelines: edit the Markdown with a live preview (GitHub-flavoured, tables included, rendered by the
// rules the server uses: controls/markdown.js), save it as version n+1 (PUT …/guidelines; each annotation records the
// version current when it was submitted), and compare any two versions word by word.
import { html } from 'lit';
import { api } from '../../api.js';
import { markdown } from '../../controls/markdown.js';
import { diffMarkup, wordDiff } from '../../controls/word-diff.js';
import { ProjectPage, projectHeader } from './project-nav.js';
import { state } from '../page.js';

class GuidelinesPage extends ProjectPage {
  static frame = { ...ProjectPage.frame, cls: 'page wide', id: 'guidelines-page' };

  static properties = state({
    text: '',
    versions: [],
    from: null,
    to: null,
    compared: null,
    saving: false,
    saved: null,
    saveError: null,
  });

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
    this.compared = { from: this.from, to: this.to, parts: wordDiff(a.markdown, b.markdown) };
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
            <div class="diff" id="guidelines-diff">${diffMarkup(this.compared.parts)}</div>` : ''}`}
      </section>`;
  }
}

customElements.define('annota-guidelines', GuidelinesPage);
