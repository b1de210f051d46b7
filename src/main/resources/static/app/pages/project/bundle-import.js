// "Import a project bundle" on the project list: a bundle downloaded from another instance (or another lab) becomes
// a project of the caller's organization (POST /api/v1/projects/bundle, docs/bundles.md). The signer's fingerprint
// is optional: given, the bundle must be signed by that key; left out, whoever signed it is recorded.
import { html } from 'lit';
import { LightElement } from '../../light-element.js';
import { upload } from '../../api.js';
import { problem, state } from '../page.js';

class BundleImport extends LightElement {
  static properties = state({ open: false, busy: false, progress: 0, result: null, error: null });

  async start(e) {
    e.preventDefault();
    const form = e.target;
    const file = form.querySelector('#bundle-file').files[0];
    if (!file) {
      this.error = 'Choose the bundle file (a .zip downloaded with "Download bundle").';
      return;
    }
    const signer = form.querySelector('#bundle-signer').value.trim();
    this.busy = true;
    this.error = null;
    this.result = null;
    try {
      this.result = await upload(`/api/v1/projects/bundle${signer ? `?signer=${encodeURIComponent(signer)}` : ''}`, file,
        (f) => { this.progress = f; }, 'application/zip');
      this.dispatchEvent(new CustomEvent('imported', { bubbles: true }));
    } catch (err) {
      const entry = err.problem?.entry;
      this.error = entry ? { message: `${err.message} (entry ${entry}${err.line != null ? `, line ${err.line}` : ''})` } : err;
    } finally {
      this.busy = false;
    }
  }

  render() {
    if (!this.open) {
      return html`<button type="button" id="import-bundle" @click=${() => { this.open = true; }}>Import a project bundle</button>`;
    }
    const r = this.result;
    return html`<form class="card bundle-import" id="bundle-import-form" @submit=${(e) => this.start(e)}>
      <h2>Import a project bundle</h2>
      <p class="muted small">A bundle recreates a whole project here under new ids, sealed with your organization's keys;
        the old ids are kept as its provenance. Nothing is stored unless all of it can be.</p>
      <label>Bundle file <input type="file" id="bundle-file" accept=".zip,application/zip"></label>
      <label>Signer fingerprint (optional)
        <input type="text" id="bundle-signer" placeholder="SHA256:…" autocomplete="off" spellcheck="false">
        <small class="muted">The exporting instance's key fingerprint (its <code>/api/v1/audit/public-key</code>); given, a bundle signed by another key is refused.</small>
      </label>
      <div class="actions">
        <button type="submit" class="primary" id="bundle-submit" ?disabled=${this.busy}>${this.busy ? `Importing… ${Math.round(this.progress * 100)} %` : 'Import'}</button>
        <button type="button" @click=${() => { this.open = false; this.result = null; this.error = null; }}>Close</button>
      </div>
      ${problem(this.error, { id: 'bundle-error', cls: 'notice error' })}
      ${r ? html`<div class="notice" id="bundle-result" role="status">
        <p>Imported as <a id="bundle-project" href="/projects/${r.project_id}">a new project</a> from project
          <code>${r.source_project_id}</code> of <code>${r.source_origin}</code>.</p>
        <p class="small">Signed by <code id="bundle-signer-result">${r.signer_fingerprint}</code>
          ${r.signer_pinned ? '(the key you pinned)' : '(not pinned: recorded as its provenance)'}.</p>
        <p class="small muted">${Object.entries(r.rows).map(([name, n]) => `${name}: ${n}`).join(' · ')}</p>
      </div>` : ''}
    </form>`;
  }
}

customElements.define('annota-bundle-import', BundleImport);
