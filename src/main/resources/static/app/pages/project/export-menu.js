// The export button's menu on a project's page (its managers): choose a format and, optionally, filters (accepted
// work only, a period, a workforce, every answer or one consensus per item, the dataset's licence), then the export
// runs as a job on the server (POST …/exports) with a progress bar. The page may be left: the project's recent exports
// are listed here with their progress or their download, read again when the page comes back.
import { html } from 'lit';
import { api, currentUser } from '../../api.js';
import { Page, problem, state } from '../page.js';

const LABELS = {
  jsonl: 'JSON Lines (everything)',
  csv: 'CSV (one row per answer)',
  'label-studio': 'Label Studio tasks',
  parquet: 'Parquet dataset (Hugging Face)',
  trl: 'TRL preference pairs',
  sft: 'TRL SFT examples',
  coco: 'COCO',
  'openai-sft': 'OpenAI fine-tuning (SFT)',
  'openai-dpo': 'OpenAI fine-tuning (DPO)',
  helpsteer: 'HelpSteer (rubric scores)',
};
const POLL_MS = 1000;

function size(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

class ExportMenu extends Page {
  static frame = { ...Page.frame, cls: 'export-menu', errorId: 'export-menu-error' };

  static properties = {
    projectId: {},
    ...state({
      open: false,
      formats: [],
      format: 'jsonl',
      workforces: [],
      jobs: [],
      starting: false,
      startError: null,
    }),
  };

  base() {
    return `/api/v1/projects/${this.projectId}`;
  }

  async load() {
    const [formats, jobs, engagements, me] = await Promise.all([api(`${this.base()}/export/formats`),
      api(`${this.base()}/exports`), api(`${this.base()}/engagements`), currentUser()]);
    this.formats = formats;
    this.jobs = jobs;
    this.workforces = [{ id: me.orgId, name: 'In-house' },
      ...engagements.map((e) => ({ id: e.workforceOrgId, name: e.workforceName }))];
    this.follow();
  }

  disconnectedCallback() {
    clearTimeout(this.poll);
    super.disconnectedCallback();
  }

  /** Reads the jobs again every second while one is queued or running. */
  follow() {
    clearTimeout(this.poll);
    if (this.jobs.some((j) => j.status === 'queued' || j.status === 'running')) {
      this.poll = setTimeout(async () => {
        try {
          this.jobs = await api(`${this.base()}/exports`);
        } catch (e) {
          this.fail(e);
          return;
        }
        this.follow();
      }, POLL_MS);
    }
  }

  async start(e) {
    e.preventDefault();
    const f = e.target.elements;
    const body = { format: this.format };
    if (f.accepted.checked) body.review = 'accepted';
    if (f.from.value) body.from = f.from.value;
    if (f.to.value) body.to = f.to.value;
    if (f.workforce.value) body.workforce = f.workforce.value;
    if (f.answers.value !== 'every') body.answers = f.answers.value;
    if (f.license.value) body.license = f.license.value;
    await this.busyWhile(async () => {
      const job = await api(`${this.base()}/exports`, { method: 'POST', body });
      this.jobs = [job, ...this.jobs.filter((j) => j.id !== job.id)];
      this.follow();
    }, { busy: 'starting', error: 'startError' });
  }

  async remove(job) {
    try {
      await api(`${this.base()}/exports/${job.id}`, { method: 'DELETE' });
      this.jobs = this.jobs.filter((j) => j.id !== job.id);
    } catch (e) {
      this.fail(e);
    }
  }

  renderLoading() {
    return html`<button type="button" class="button primary" disabled>Export ▾</button>`;
  }

  renderBody() {
    return html`
      <button type="button" class="button primary" id="export-menu-button" aria-haspopup="true" aria-expanded=${this.open}
        @click=${() => { this.open = !this.open; }}>Export ▾</button>
      ${this.open ? html`
        <div class="menu export-panel" id="export-panel">
          <form id="export-form" @submit=${(e) => this.start(e)}>
            <div class="menu-head">Format</div>
            <div class="export-formats" role="radiogroup" aria-label="Format">
              ${this.formats.map((f) => html`
                <label class="export-format"><input type="radio" name="format" value=${f.id} .checked=${this.format === f.id}
                  @change=${() => { this.format = f.id; }}> ${LABELS[f.id] || f.id} <span class="muted">.${f.extension}</span></label>`)}
            </div>
            <details class="more">
              <summary>Filters</summary>
              <label class="check"><input type="checkbox" name="accepted"> Accepted work only</label>
              <label>From <input type="date" name="from"></label>
              <label>To <input type="date" name="to"></label>
              <label>Workforce <select name="workforce"><option value="">Everyone</option>
                ${this.workforces.map((w) => html`<option value=${w.id}>${w.name}</option>`)}</select></label>
              <label>Answers <select name="answers"><option value="every">Every answer</option>
                <option value="consensus">One consensus per item (csv, parquet)</option></select></label>
              ${this.format === 'parquet' ? html`<label>Licence <input name="license" placeholder="cc-by-4.0"></label>`
                : html`<input type="hidden" name="license" value="">`}
            </details>
            <button class="button primary" id="export-start" ?disabled=${this.starting}>Export ${this.format}</button>
            ${problem(this.startError, { id: 'export-start-error' })}
          </form>
          ${this.jobs.length ? html`
            <div class="menu-head">Recent exports</div>
            <ul class="export-jobs" id="export-jobs">
              ${this.jobs.map((j) => html`
                <li class="export-job" data-status=${j.status}>
                  <span>${LABELS[j.format] || j.format}</span>
                  ${j.status === 'done' ? html`
                    <a class="export-download" href=${j.file} download>Download (${size(j.bytes)}, ${j.lines} records)</a>`
                  : j.status === 'failed' ? html`<span class="error">${j.error}</span>`
                  : html`<progress class="export-progress" max="1" value=${j.progress} aria-label="Export progress"></progress>
                      <span class="muted">${j.status === 'queued' ? 'queued' : `${Math.round(j.progress * 100)} %`}</span>`}
                  <button type="button" class="link" title="Remove" @click=${() => this.remove(j)}>✕</button>
                </li>`)}
            </ul>` : ''}
        </div>` : ''}
    `;
  }
}

customElements.define('annota-export-menu', ExportMenu);
