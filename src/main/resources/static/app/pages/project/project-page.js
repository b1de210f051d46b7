// A project for its managers: progress (items by state, annotations per annotator), item upload with a progress
// bar, engagements of workforce organizations, and the label export.
import { html } from 'lit';
import { api, currentUser, upload } from '../../api.js';
import { when } from '../../router.js';
import { problem, state } from '../page.js';
import { ProjectPage, projectTabs } from './project-nav.js';
import './image-upload.js';
import './review-card.js';
import './vendor-shares.js';
import './export-menu.js';
import './model-assistance.js';
import './leak-card.js';

const REFRESH_MS = 5000;
const STATUS = { PAUSED: 'Paused', ARCHIVED: 'Archived' };

function percent(part, total) {
  return total > 0 ? Math.round((part / total) * 1000) / 10 : 0;
}

function size(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

/** The import formats of POST …/items (docs/formats.md), as the format menu offers them. */
const FORMATS = [
  ['auto', 'By file name (.csv: CSV, else JSON Lines)'],
  ['jsonl', 'Annota JSON Lines or JSON array'],
  ['csv', 'CSV with a header row'],
  ['label-studio', 'Label Studio tasks'],
  ['coco', 'COCO (image boxes)'],
  ['openai-chat', 'OpenAI chat JSONL'],
  ['preference', 'Preference pairs JSONL (prompt, chosen, rejected)'],
];

/** A preview cell: the JSON as stored, cut short so a long document does not stretch the table. */
function brief(value) {
  if (value == null) return '';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

class ProjectOverview extends ProjectPage {
  static properties = state({
    counts: null,
    annotators: [],
    engagements: [],
    workforces: [],
    file: null,
    importFormat: 'auto',
    importOptions: '',
    preview: null, // what POST …/items/preview answered for the chosen file, format and options
    previewError: null,
    uploadProgress: 0,
    uploading: false,
    report: null,
    uploadError: null,
    engageError: null,
    canReview: false,
    deleted: null, // { purgeAfter } once deleted from this page: the project is hidden, restorable until then
    confirming: null, // 'archive' or 'delete' while the inline confirmation is shown
    lifeCycleError: null,
    overlapError: null,
    overlapSaved: false,
  });

  connectedCallback() {
    super.connectedCallback();
    // Progress moves while annotators work: refresh the figures while the page is open and visible.
    this.timer = setInterval(() => {
      if (document.visibilityState === 'visible' && this.project?.canManage && !this.deleted) {
        this.refreshProgress();
      }
    }, REFRESH_MS);
  }

  disconnectedCallback() {
    clearInterval(this.timer);
    super.disconnectedCallback();
  }

  async load() {
    const [project, user] = await Promise.all([api(this.base()), currentUser()]);
    this.project = project;
    // A reviewer reviews on the review page; the workbench is for those who may label (canAnnotate).
    this.canReview = user.roles.includes('REVIEWER');
    this.me = user;
    if (this.project.canManage) {
      await Promise.all([this.refreshProgress(), this.loadEngagements()]);
    }
  }

  /** Annotators open this page too: only a missing project is explained; other refusals speak for themselves. */
  failure(e) {
    return e.status === 404 ? 'This project does not exist, or it is not shared with your organization.' : e;
  }

  async refreshProgress() {
    const [counts, annotators] = await Promise.all([api(`${this.base()}/items/counts`), api(`${this.base()}/annotators`)]);
    this.counts = counts;
    this.annotators = annotators;
  }

  async loadEngagements() {
    const [engagements, orgs] = await Promise.all([api(`${this.base()}/engagements`), api('/api/v1/organizations')]);
    this.engagements = engagements;
    this.workforces = orgs.filter((o) => o.kind === 'WORKFORCE');
  }

  chooseFile(e) {
    this.file = e.target.files[0] || null;
    this.report = null;
    this.uploadError = null;
    this.uploadProgress = 0;
    this.showPreview();
  }

  /** The format the server is told: the chosen one, or CSV for a .csv file and JSON Lines for the rest. */
  resolvedFormat() {
    if (this.importFormat !== 'auto') return this.importFormat;
    return this.file && this.file.name.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl';
  }

  /** The import's query: the format and the options typed as a query string (map.col=data.text&annotations=skip). */
  importQuery() {
    const query = new URLSearchParams(this.importOptions.trim().replace(/^\?/, ''));
    query.set('format', this.resolvedFormat());
    return `?${query}`;
  }

  importContentType() {
    return this.resolvedFormat() === 'csv' ? 'text/csv' : undefined;
  }

  /** Sends the file to the preview endpoint: the first rows as they would be stored, and the problems. Stores nothing. */
  async showPreview() {
    this.preview = null;
    this.previewError = null;
    if (!this.file) return;
    const file = this.file;
    try {
      const preview = await upload(`${this.base()}/items/preview${this.importQuery()}`, file, () => {}, this.importContentType());
      if (file === this.file) this.preview = preview;
    } catch (err) {
      if (file === this.file) this.previewError = err;
    }
  }

  async startUpload(e) {
    e.preventDefault();
    if (!this.file) {
      this.uploadError = { message: 'Choose a file first.' };
      return;
    }
    this.report = null;
    this.uploadProgress = 0;
    await this.busyWhile(async () => {
      this.report = await upload(`${this.base()}/items${this.importQuery()}`, this.file,
        (fraction) => { this.uploadProgress = fraction; }, this.importContentType());
      this.uploadProgress = 1;
      this.preview = null;
      this.refreshProgress();
    }, { busy: 'uploading', error: 'uploadError' });
  }

  async engage(e) {
    e.preventDefault();
    const orgId = e.target.elements.workforce.value;
    if (!orgId) {
      this.engageError = 'Choose a workforce organization.';
      return;
    }
    this.engageError = null;
    try {
      await api(`${this.base()}/engagements`, { method: 'POST', body: { workforceOrgId: orgId } });
      await this.loadEngagements();
    } catch (err) {
      this.engageError = err;
    }
  }

  async disengage(orgId) {
    try {
      await api(`${this.base()}/engagements/${orgId}`, { method: 'DELETE' });
      await this.loadEngagements();
    } catch (err) {
      this.engageError = err;
    }
  }

  /** One life-cycle step (pause, resume, archive): the project as it is afterwards. */
  async step(name, body = {}) {
    this.lifeCycleError = null;
    this.confirming = null;
    try {
      this.project = await api(`${this.base()}/${name}`, { method: 'POST', body });
    } catch (err) {
      this.lifeCycleError = err;
    }
  }

  async pause(e) {
    e.preventDefault();
    await this.step('pause', { note: e.target.elements.note.value });
  }

  // Not named remove(): a custom element's remove() overrides Element.remove, which Lit calls to take the page out of
  // the DOM on navigation — it deleted the project whenever a manager left this page.
  async deleteProject() {
    this.lifeCycleError = null;
    try {
      this.deleted = await api(this.base(), { method: 'DELETE' });
      this.confirming = null;
    } catch (err) {
      this.lifeCycleError = err;
    }
  }

  async restore() {
    this.lifeCycleError = null;
    try {
      this.project = await api(`${this.base()}/restore`, { method: 'POST', body: {} });
      this.deleted = null;
      await this.refreshProgress();
    } catch (err) {
      this.lifeCycleError = err;
    }
  }

  async changeOverlap(e) {
    e.preventDefault();
    await this.saveInPlace(async () => {
      this.project = await api(this.base(), { method: 'PATCH', body: { overlap: Number(e.target.elements.overlap.value) } });
      await this.refreshProgress();
    }, { error: 'overlapError', saved: 'overlapSaved' });
  }

  renderBody() {
    if (this.deleted) {
      return this.deletedNotice();
    }
    const p = this.project;
    return html`
        <nav class="crumbs" aria-label="Breadcrumb"><a href="/">Projects</a> <span aria-hidden="true">/</span> ${p.name}</nav>
        <div class="page-head">
          <div>
            <h1 id="project-name">${p.name}</h1>
            <p class="muted meta">
              <span class="tag">${p.taskType}</span>
              ${p.status !== 'ACTIVE' ? html`<span class="state ${p.status.toLowerCase()}" id="project-status">${STATUS[p.status]}</span>` : ''}
              overlap ${p.overlap} · lease ${p.leaseSeconds} s · priority ${p.priority} · schema v${p.schemaVersion} · created ${when(p.createdAt)}
            </p>
          </div>
          <div class="head-actions">
            ${p.canAnnotate ? html`<a class="button" id="start-labeling" href="/projects/${p.id}/work">Label items</a>` : ''}
            ${this.canReview ? html`<a class="button" id="review-link" href="/projects/${p.id}/review">Review</a>` : ''}
            ${p.canManage && p.owner ? html`<a class="button" id="access-report-link" href="/projects/${p.id}/access">Access report</a>` : ''}
            ${p.canManage && p.owner ? html`<a class="button" id="download-bundle" href="${this.base()}/bundle" download
              title="The whole project as one signed archive, to move it to another instance (docs/bundles.md)">Download bundle</a>` : ''}
            ${p.canManage ? html`<a class="button" id="export" href="${this.base()}/export" download>Export labels (JSONL)</a>` : ''}
            ${p.canManage ? html`<annota-export-menu .projectId=${p.id}></annota-export-menu>` : ''}
            ${p.canManage ? html`<a class="button" id="quality" href="/projects/${p.id}/quality">Quality</a>` : ''}
            ${p.canAnnotate ? html`<a class="button" id="my-quality" href="/projects/${p.id}/quality/me">My quality</a>` : ''}
          </div>
        </div>
        ${p.canManage ? projectTabs(p, 'overview') : ''}
        ${p.canManage ? this.managerView(p) : html`
          ${p.canAnnotate ? html`<p>You may label this project's items. <a href="/projects/${p.id}/work">Open the workbench</a>.</p>` : ''}
          ${this.canReview ? this.reviewCard(p) : ''}
          ${!p.owner && this.me?.roles.some((r) => r === 'MANAGER' || r === 'ADMIN')
            ? html`<annota-vendor-shares .projectId=${p.id}></annota-vendor-shares>` : ''}
          ${!p.canAnnotate && !this.canReview ? html`<p class="muted" id="nothing-to-do">You may see this project; there is nothing for you to label or review in it.</p>` : ''}`}
    `;
  }

  managerView(p) {
    return html`
      <div class="columns">
        <div class="main-column">
          ${this.progressCard()}
          ${this.annotatorCard()}
        </div>
        <div class="side-column">
          ${p.taskType === 'image-boxes' ? html`<annota-image-upload .projectId=${p.id}
              @annota:items-imported=${() => this.refreshProgress()}></annota-image-upload>` : ''}
          ${p.owner || this.canReview ? this.reviewCard(p) : ''}
          ${this.uploadCard()}
          ${p.owner ? this.engagementCard() : ''}
          ${p.owner ? html`<annota-vendor-shares .projectId=${p.id} canManage .engagements=${this.engagements}
              .inHouse=${{ id: this.me.orgId, name: this.me.orgName }}></annota-vendor-shares>` : ''}
          ${p.owner && p.canManage ? html`<annota-model-assistance .projectId=${p.id}
              .questions=${p.schema?.questions || []}></annota-model-assistance>` : ''}
          ${p.owner && p.canManage ? html`<annota-leak-card .projectId=${p.id} ?canTrace=${this.me?.roles.includes('ADMIN')}></annota-leak-card>` : ''}
          ${p.owner ? this.lifeCycleCard(p) : ''}
        </div>
      </div>`;
  }

  /** The review summary, the reviewer's way in, and the settings form for the owner's managers. */
  reviewCard(p) {
    return html`<annota-review-card .projectId=${p.id} ?canManage=${p.canManage && p.owner} ?canReview=${this.canReview}></annota-review-card>`;
  }

  deletedNotice() {
    return html`
      <nav class="crumbs" aria-label="Breadcrumb"><a href="/">Projects</a></nav>
      <div class="notice warn" id="project-deleted" role="status">
        <strong>${this.project.name} is deleted.</strong> It is hidden from everyone now. Its items, answers and settings
        are purged for good after ${when(this.deleted.purgeAfter)}; until then it can be restored.
        <p><button type="button" id="restore-project" @click=${this.restore}>Restore the project</button></p>
      </div>
      ${problem(this.lifeCycleError, { cls: 'field-error' })}`;
  }

  /** Overlap, pause and resume, and in a danger zone archive and delete, each behind an inline confirmation. */
  lifeCycleCard(p) {
    const archived = p.status === 'ARCHIVED';
    return html`
      <section class="card" aria-labelledby="settings-title">
        <h2 id="settings-title">Running the project</h2>
        <form class="inline-form" id="overlap-form" @submit=${this.changeOverlap}>
          <label for="overlap">Annotators per item (overlap)</label>
          <input id="overlap" name="overlap" type="number" min="1" max="100" .value=${String(p.overlap)} ?disabled=${archived}
                 aria-describedby="overlap-help">
          <button type="submit" id="save-overlap" ?disabled=${archived}>Save</button>
        </form>
        <p class="muted small" id="overlap-help">Raising it opens new slots on the items already imported; lowering it never
          discards an answer (items with enough answers are done, leases in flight still count).</p>
        ${this.overlapSaved ? html`<p class="small" role="status">Overlap saved.</p>` : ''}
        ${problem(this.overlapError, { cls: 'field-error' })}
        ${p.status === 'ACTIVE' ? html`
          <form class="inline-form" id="pause-form" @submit=${this.pause}>
            <label for="pause-note" class="sr-only">What annotators are told (optional)</label>
            <input id="pause-note" name="note" maxlength="300" placeholder="What annotators are told (optional)">
            <button type="submit" id="pause-project">Pause</button>
          </form>
          <p class="muted small">While paused no new tasks are served; annotators see your note. Leases in flight may still be submitted.</p>`
        : html`
          <p id="status-explained">${archived ? 'Archived: read-only, out of the project lists.'
            : html`Paused${p.statusNote ? html`: <q>${p.statusNote}</q>` : ''}. No new tasks are served.`}</p>
          <button type="button" id="resume-project" @click=${() => this.step('resume')}>${archived ? 'Unarchive' : 'Resume'}</button>`}
      </section>
      <section class="card danger-zone" aria-labelledby="danger-title">
        <h2 id="danger-title">Archive or delete</h2>
        ${archived ? '' : this.confirmation('archive', 'Archive…', html`Archive the project? It becomes read-only (no tasks,
          imports or changes) and leaves the project lists; you can unarchive it.`, 'Archive the project', () => this.step('archive'))}
        ${this.confirmation('delete', 'Delete…', html`Delete the project? It is hidden at once; its items, images, answers,
          reviews and settings are purged for good after the grace period (7 days unless your operator set another), and
          until then it can be restored.`, 'Delete the project', () => this.deleteProject())}
        ${problem(this.lifeCycleError, { cls: 'field-error' })}
      </section>`;
  }

  confirmation(id, label, question, confirm, act) {
    if (this.confirming !== id) {
      return html`<button type="button" class="danger" id="${id}-project" @click=${() => { this.confirming = id; }}>${label}</button> `;
    }
    return html`
      <div class="notice warn" role="alertdialog" aria-labelledby="confirm-${id}-text">
        <p id="confirm-${id}-text">${question}</p>
        <button type="button" class="danger" id="confirm-${id}" @click=${act}>${confirm}</button>
        <button type="button" class="ghost" @click=${() => { this.confirming = null; }}>Cancel</button>
      </div>`;
  }

  progressCard() {
    const c = this.counts;
    return html`
      <section class="card" aria-labelledby="progress-title">
        <h2 id="progress-title">Progress</h2>
        ${!c ? html`<p class="muted">Loading…</p>` : html`
          <dl class="stats" id="item-counts">
            <div><dt>Items</dt><dd id="count-total">${c.total}</dd></div>
            <div><dt><span class="dot open"></span>Open</dt><dd id="count-open">${c.open}</dd></div>
            <div><dt><span class="dot full"></span>In progress</dt><dd id="count-full">${c.full}</dd></div>
            <div><dt><span class="dot done"></span>Done</dt><dd id="count-done">${c.done}</dd></div>
          </dl>
          <div class="stacked" role="img" aria-label="${percent(c.done, c.total)}% done, ${percent(c.full, c.total)}% in progress, ${percent(c.open, c.total)}% open">
            <span class="done" style="width:${percent(c.done, c.total)}%"></span>
            <span class="full" style="width:${percent(c.full, c.total)}%"></span>
          </div>
          <p class="muted small">${c.total === 0 ? 'No items yet: upload a file to start.' : `${percent(c.done, c.total)}% done`}</p>`}
      </section>`;
  }

  annotatorCard() {
    const total = this.annotators.reduce((sum, a) => sum + a.annotations, 0);
    return html`
      <section class="card" aria-labelledby="annotators-title">
        <h2 id="annotators-title">Annotations per annotator</h2>
        ${this.annotators.length === 0 ? html`<p class="muted">No annotations yet.</p>` : html`
          <table class="grid" id="annotators">
            <thead><tr><th>Annotator</th><th class="num">Annotations</th><th class="bar-col"><span class="sr-only">Share</span></th></tr></thead>
            <tbody>
              ${this.annotators.map((a) => html`
                <tr>
                  <td>${a.displayName}</td>
                  <td class="num">${a.annotations}</td>
                  <td class="bar-col"><span class="bar"><span style="width:${percent(a.annotations, total)}%"></span></span></td>
                </tr>`)}
            </tbody>
          </table>`}
      </section>`;
  }

  uploadCard() {
    const pct = Math.round(this.uploadProgress * 100);
    return html`
      <section class="card" aria-labelledby="upload-title">
        <h2 id="upload-title">Upload items</h2>
        <p class="muted small">JSON Lines (<code>.jsonl</code>) or a JSON array (<code>.json</code>) of
          <code>{"external_id": "…", "data": {"text": "…"}}</code>, CSV with a header row, or another tool's format
          (<code>docs/formats.md</code>). Choose a file to see a preview first. The import is all or nothing;
          re-uploading a file adds only new external ids.</p>
        <form id="upload-form" class="upload-form" @submit=${this.startUpload}>
          <label>Format
            <select id="import-format" .value=${this.importFormat} ?disabled=${this.uploading}
                    @change=${(e) => { this.importFormat = e.target.value; this.showPreview(); }}>
              ${FORMATS.map(([id, label]) => html`<option value=${id} ?selected=${id === this.importFormat}>${label}</option>`)}
            </select></label>
          <label>Options <input id="import-options" type="text" placeholder="map.review=data.text" .value=${this.importOptions}
                 ?disabled=${this.uploading} @change=${(e) => { this.importOptions = e.target.value; this.showPreview(); }}></label>
          <input id="items-file" type="file" accept=".jsonl,.ndjson,.json,.csv,application/json,application/x-ndjson,text/csv"
                 @change=${this.chooseFile} ?disabled=${this.uploading} aria-describedby="upload-status">
          <button id="upload" class="primary" type="submit" ?disabled=${this.uploading || !this.file || this.project.status === 'ARCHIVED'}>
            ${this.uploading ? 'Uploading…' : 'Import'}</button>
        </form>
        ${this.previewCard()}
        ${this.file ? html`<p class="muted small file-info">${this.file.name} · ${size(this.file.size)}</p>` : ''}
        <div id="upload-status" aria-live="polite">
          ${this.uploading || this.report || this.uploadError ? html`
            <progress id="upload-progress" max="100" .value=${pct} aria-label="Upload progress">${pct}%</progress>
            <p class="small muted">${this.uploading ? (pct < 100 ? `Sending… ${pct}%` : 'Checking and storing the items…') : ''}</p>` : ''}
          ${this.report ? html`
            <div class="notice success" id="import-report">
              <strong>Imported.</strong>
              <span id="report-added">${this.report.added}</span> added,
              <span id="report-duplicates">${this.report.duplicates}</span> duplicate${this.report.duplicates === 1 ? '' : 's'} skipped
              (${this.report.received} received).
              ${this.report.annotations ? html`<span id="report-annotations">${this.report.annotations}</span> annotation${this.report.annotations === 1 ? '' : 's'} imported with their original ids.` : ''}
              ${this.report.duplicateExternalIds?.length ? html`<br><span class="small">Duplicates: ${this.report.duplicateExternalIds.join(', ')}${this.report.duplicates > this.report.duplicateExternalIds.length ? ', …' : ''}</span>` : ''}
            </div>` : ''}
          ${this.uploadError ? html`
            <div class="notice error" id="import-error" role="alert">
              <strong>${this.uploadError.line != null ? `Rejected at line ${this.uploadError.line}.` : 'Upload failed.'}</strong>
              ${this.uploadError.message}
            </div>` : ''}
        </div>
      </section>`;
  }

  previewCard() {
    if (this.previewError) {
      return html`<div id="import-preview-error">${problem(this.previewError)}</div>`;
    }
    const p = this.preview;
    if (!p) return '';
    return html`
      <div id="import-preview" class="import-preview">
        <p class="small ${p.importable ? 'muted' : 'error'}" id="preview-summary">
          Preview (${p.format}): ${p.received} item${p.received === 1 ? '' : 's'} read,
          ${p.importable ? 'ready to import.' : `${p.problems.length} problem${p.problems.length === 1 ? '' : 's'} to fix first.`}</p>
        ${p.problems.length ? html`
          <ul id="preview-problems" class="small">
            ${p.problems.map((x) => html`<li class="error">Line ${x.line}${x.field ? html`, <code>${x.field}</code>` : ''}: ${x.detail}</li>`)}
          </ul>` : ''}
        ${p.rows.length ? html`
          <div class="answers-scroll">
            <table id="preview-rows" class="small">
              <thead><tr><th scope="col">Line</th><th scope="col">External id</th><th scope="col">Data</th><th scope="col">Predictions</th><th scope="col">Annotations</th></tr></thead>
              <tbody>${p.rows.map((r) => html`
                <tr><td>${r.line}</td><td>${r.externalId ?? ''}</td><td><code>${brief(r.data)}</code></td>
                  <td>${r.predictions ? r.predictions.map((x) => x.model).join(', ') : ''}</td>
                  <td>${r.annotations?.length ? r.annotations.map((a) => a.originalId ?? 'imported').join(', ') : ''}</td></tr>`)}</tbody>
            </table>
          </div>` : ''}
      </div>`;
  }

  engagementCard() {
    const engaged = new Set(this.engagements.map((e) => e.workforceOrgId));
    const candidates = this.workforces.filter((o) => !engaged.has(o.id));
    return html`
      <section class="card" aria-labelledby="engagements-title">
        <h2 id="engagements-title">Engagements</h2>
        <p class="muted small">Annotators of your organization and of engaged workforce organizations receive this project's items; nobody else.</p>
        ${this.engagements.length === 0 ? html`<p class="muted">No workforce organization is engaged.</p>` : html`
          <ul class="plain" id="engagements">
            ${this.engagements.map((e) => html`
              <li><span>${e.workforceName}<br><span class="muted small">since ${when(e.createdAt)}</span></span>
                <button type="button" class="ghost small" @click=${() => this.disengage(e.workforceOrgId)}
                        aria-label="End the engagement of ${e.workforceName}">End</button></li>`)}
          </ul>`}
        ${candidates.length ? html`
          <form class="inline-form" @submit=${this.engage}>
            <label for="workforce" class="sr-only">Workforce organization</label>
            <select id="workforce" name="workforce">
              <option value="">Choose a workforce…</option>
              ${candidates.map((o) => html`<option value=${o.id}>${o.name}</option>`)}
            </select>
            <button type="submit" id="engage">Engage</button>
          </form>` : ''}
        ${problem(this.engageError, { cls: 'field-error' })}
      </section>`;
  }
}

customElements.define('annota-project-page', ProjectOverview);
