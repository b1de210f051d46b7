// The project page's "Model assistance" card (docs/model-assistance.md), for the owner's managers: the prediction
// service (a Label Studio ML backend or an OpenAI-compatible endpoint with a prompt template per question), its API key
// (only whether one is set is ever shown), the switch that lets items leave the instance, a progress bar polled while
// items wait, and the model's agreement with the annotators per question.
import { html } from 'lit';
import { api } from '../../api.js';
import { problem, state } from '../page.js';
import { ProjectCard } from './project-nav.js';

const KINDS = { LABEL_STUDIO: 'Label Studio ML backend', OPENAI: 'OpenAI-compatible chat completions' };

class ModelAssistance extends ProjectCard {
  static properties = {
    questions: { type: Array, initial: [] },
    ...state({
      service: null,
      progress: null,
      agreement: null,
      kind: 'LABEL_STUDIO',
    }),
  };

  static frame = {
    ...ProjectCard.frame, id: 'model-assistance', errorId: 'model-assistance-error', titleId: 'model-assistance-title',
    title: 'Model assistance',
  };

  timer = null;

  /** The prediction service's API path. */
  base() {
    return `${super.base()}/prediction-service`;
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  async load() {
    try {
      this.service = await api(this.base());
      this.kind = this.service.kind;
    } catch (err) {
      if (err.status !== 404) {
        throw err;
      }
      this.service = null;
    }
    await this.refreshFigures();
  }

  /** Progress and agreement; polled every 2 s while items wait for the service. */
  async refreshFigures() {
    clearTimeout(this.timer);
    if (!this.service) {
      this.progress = null;
      this.agreement = null;
      return;
    }
    [this.progress, this.agreement] = await Promise.all([api(`${this.base()}/progress`), api(`${this.base()}/agreement`)]);
    if (this.progress.enabled && this.progress.toPredict > 0 && this.isConnected) {
      this.timer = setTimeout(() => this.refreshFigures().catch(() => {}), 2000);
    }
  }

  async save(e) {
    e.preventDefault();
    const f = e.target.elements;
    const body = {
      kind: f.kind.value, url: f.url.value, model: f.model?.value || null, enabled: f.enabled.checked,
      batchSize: Number(f.batchSize.value), requestsPerMinute: Number(f.requestsPerMinute.value), queueOrder: f.queueOrder.value,
    };
    if (f.apiKey.value !== '') {
      body.apiKey = f.apiKey.value;
    }
    if (body.kind === 'OPENAI') {
      body.prompts = {};
      for (const q of this.questions) {
        const t = f[`prompt-${q.name}`]?.value || '';
        if (t.trim() !== '') {
          body.prompts[q.name] = t;
        }
      }
    }
    this.formError = null;
    this.saved = false;
    try {
      this.service = await api(this.base(), { method: 'PUT', body });
      this.saved = true;
      f.apiKey.value = '';
      await this.refreshFigures();
    } catch (err) {
      this.formError = err;
    }
  }

  async removeService() {
    this.formError = null;
    try {
      await api(this.base(), { method: 'DELETE' });
      this.service = null;
      await this.refreshFigures();
    } catch (err) {
      this.formError = err;
    }
  }

  renderBody() {
    return html`
      <p class="muted small">A model pre-labels the items. No item leaves the instance until you switch the service on;
        every batch sent is recorded in the access log.</p>
      ${this.progressBar()}
      ${this.agreementTable()}
      ${this.form()}`;
  }

  progressBar() {
    const p = this.progress;
    if (!p) {
      return '';
    }
    const done = p.predicted + p.failed;
    return html`<div id="prediction-progress">
      <progress max=${Math.max(1, p.items)} .value=${done} aria-label="Items predicted"></progress>
      <p class="small"><span id="prediction-predicted">${p.predicted}</span> predicted ·
        <span id="prediction-to-predict">${p.toPredict}</span> to predict · <span id="prediction-failed">${p.failed}</span> failed
        ${p.modelVersion ? html` · model <code>${p.modelVersion}</code>` : ''}
        ${p.enabled ? '' : html` · <strong>switched off</strong>`}</p>
      ${p.lastError ? html`<p class="field-error small" id="prediction-last-error">Last error: ${p.lastError}</p>` : ''}
    </div>`;
  }

  agreementTable() {
    const rows = this.agreement?.questions || [];
    if (!rows.length) {
      return '';
    }
    const pct = (x) => (x == null ? '–' : `${Math.round(x * 100)} %`);
    const num = (x) => (x == null ? '–' : x.toFixed(2));
    return html`<table class="grid" id="prediction-agreement">
      <thead><tr><th>Question</th><th class="num">Items</th><th class="num">Agreement</th><th class="num">κ</th>
        <th class="num">Annotators' κ</th></tr></thead>
      <tbody>${rows.map((r) => html`<tr><th scope="row">${r.question}</th><td class="num">${r.items}</td>
        <td class="num">${pct(r.percentAgreement)}</td><td class="num">${num(r.kappa)}</td><td class="num">${num(r.annotatorsAlpha)}</td></tr>`)}
      </tbody></table>`;
  }

  fieldError(name) {
    return this.formError?.field === name ? problem(this.formError, { cls: 'field-error', where: false, id: `prediction-error-${name}` }) : '';
  }

  form() {
    const s = this.service || { url: '', model: '', prompts: {}, enabled: false, batchSize: 10, requestsPerMinute: 60, apiKey: { set: false } };
    const openai = this.kind === 'OPENAI';
    const named = ['kind', 'url', 'model', 'apiKey', 'batchSize', 'requestsPerMinute'].includes(this.formError?.field)
      || this.formError?.field?.startsWith('prompts.');
    return html`
      <details class="more" id="prediction-settings" ?open=${!this.service || this.formError || this.saved}>
        <summary>Prediction service</summary>
        <form id="prediction-form" @submit=${this.save} novalidate>
          <div class="field"><label for="prediction-kind">Service</label>
            <select id="prediction-kind" name="kind" @change=${(e) => { this.kind = e.target.value; }}>
              ${Object.entries(KINDS).map(([v, label]) => html`<option value=${v} ?selected=${this.kind === v}>${label}</option>`)}
            </select>${this.fieldError('kind')}</div>
          <div class="field"><label for="prediction-url">URL <span class="hint">${openai ? 'base URL, e.g. https://api.example.com/v1' : 'the backend, e.g. https://ml.example.com (POST /predict)'}</span></label>
            <input id="prediction-url" name="url" type="url" .value=${s.url || ''}>${this.fieldError('url')}</div>
          ${openai ? html`<div class="field"><label for="prediction-model">Model</label>
            <input id="prediction-model" name="model" .value=${s.model || ''}>${this.fieldError('model')}</div>` : ''}
          <div class="field"><label for="prediction-key">API key <span class="hint">${s.apiKey?.set ? 'a key is set; leave empty to keep it' : 'none set'}</span></label>
            <input id="prediction-key" name="apiKey" type="password" autocomplete="off">${this.fieldError('apiKey')}</div>
          ${openai ? this.questions.filter((q) => ['choice', 'rating', 'text'].includes(q.type)).map((q) => html`
            <div class="field"><label for="prompt-${q.name}">Prompt for “${q.title || q.name}” <span class="hint">{{field}} inserts the item's field</span></label>
              <textarea id="prompt-${q.name}" name="prompt-${q.name}" rows="3" .value=${s.prompts?.[q.name] || ''}></textarea>
              ${this.fieldError(`prompts.${q.name}`)}</div>`) : ''}
          ${openai ? this.fieldError('prompts') : ''}
          <div class="field"><label for="prediction-batch">Batch size <span class="hint">items per request (1–100)</span></label>
            <input id="prediction-batch" name="batchSize" type="number" min="1" max="100" .value=${String(s.batchSize)}>${this.fieldError('batchSize')}</div>
          <div class="field"><label for="prediction-rate">Requests per minute <span class="hint">1–600</span></label>
            <input id="prediction-rate" name="requestsPerMinute" type="number" min="1" max="600" .value=${String(s.requestsPerMinute)}>${this.fieldError('requestsPerMinute')}</div>
          <div class="field"><label for="prediction-queue-order">Queue order <span class="hint">active learning</span></label>
            <select id="prediction-queue-order" name="queueOrder">
              <option value="ID" ?selected=${s.queueOrder !== 'LEAST_CONFIDENT'}>Import order</option>
              <option value="LEAST_CONFIDENT" ?selected=${s.queueOrder === 'LEAST_CONFIDENT'}>Least confident prediction first</option>
            </select>${this.fieldError('queueOrder')}</div>
          <div class="field"><label><input type="checkbox" id="prediction-enabled" name="enabled" ?checked=${s.enabled}>
            Switched on: send the project's items to this service</label></div>
          <button type="submit" id="save-prediction-service">Save</button>
          ${this.service ? html`<button type="button" id="remove-prediction-service" @click=${() => this.removeService()}>Remove</button>` : ''}
          ${this.saved ? html`<span class="muted small" id="prediction-saved" role="status">Saved.</span>` : ''}
          ${this.formError && !named ? problem(this.formError, { cls: 'field-error' }) : ''}
        </form>
      </details>`;
  }
}

customElements.define('annota-model-assistance', ModelAssistance);
