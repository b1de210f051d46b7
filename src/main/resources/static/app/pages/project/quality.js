// Quality pages. The manager's page: agreement per question (percent agreement, Fleiss' kappa, Krippendorff's alpha
// nominal), agreement of the other question kinds (multi-choice, spans, boxes, comparisons) per project and per pair of
// annotators, Bradley–Terry rankings of comparison projects (per model and per prompt), bias in comparisons (first
// shown, longest, per annotator and workforce, with the evidence of flagged ones), per annotator gold accuracy
// with its 95% interval, agreement with the consensus, confusion matrices, and alerts for paused and drifting
// annotators; the quality settings. The annotator's own page is work/my-quality.js.
import { html } from 'lit';
import { api } from '../../api.js';
import { ProjectPage, projectHeader } from './project-nav.js';
import { state } from '../page.js';
import './authenticity.js';
import { computing, keptAge, recheckWhileComputing } from './kept-report.js';

// The observed share with the posterior's 95% interval. Not the posterior mean: with few answers it leans to the
// prior's 50% (0 right of 2 would read 25%), and with none answered it is the prior itself — then no figure is shown.
export const accuracy = (a) => (a.goldAnswered ? `${pct(a.accuracy)} (${pct(a.accuracyLow)}–${pct(a.accuracyHigh)})` : '— (no gold answered)');
export const pct = (x) => (x === null || x === undefined || Number.isNaN(x) ? '—' : `${(x * 100).toFixed(1)}%`);
const num = (x) => (x === null || x === undefined ? '—' : x.toFixed(3));
export const show = (answer) => Object.entries(answer || {})
  .map(([q, v]) => `${q}: ${Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : v}`).join('; ');
const METHODS = ['ds', 'mv', 'wawa', 'ocds', 'mace'];
// What each measure name of the API means, for the tables' headers (docs/quality.md has the formulas).
const MEASURES = {
  percentAgreement: 'Percent agreement', cohensKappa: "Cohen's κ", alphaMasi: 'α (MASI)', alphaJaccard: 'α (Jaccard)',
  f1Exact: 'F1 exact', f1Overlap: 'F1 overlap', f1Iou50: 'F1 at IoU ≥ 0.5', alphaNominal: 'α (nominal)',
  alphaOrdinal: 'α (ordinal, ranks)', topAgreement: 'Agreement on the best',
};
const measures = (m) => Object.entries(m).map(([k, v]) => `${MEASURES[k] || k} ${k.startsWith('percent') || k === 'topAgreement' ? pct(v) : num(v)}`).join(' · ');
const se = (x) => (x === null || x === undefined ? '' : ` ± ${x.toFixed(2)}`);

class QualityPage extends ProjectPage {
  static properties = state({
    report: null,
    rankings: null,
    bias: null,
    reviewFigures: null,
    method: 'ds',
    saved: null,
    settings: null,
  });

  disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.recheck);
  }

  async load() {
    [this.project, this.report] = await Promise.all([
      this.project ? this.project : api(this.base()), api(`${this.base()}/quality?method=${this.method}`)]);
    // The rankings are extra: a failure there must not hide the report.
    this.rankings = await api(`${this.base()}/quality/rankings`).catch(() => null);
    this.bias = await api(`${this.base()}/quality/bias`).catch(() => null);
    // Quality from review (docs/review.md), likewise extra: only where review has decided something.
    this.reviewFigures = await api(`${this.base()}/reviews/figures`).catch(() => null);
    // While a report is being computed (large projects), its settings come on their own and the page asks again.
    this.settings = computing(this.report) ? await api(`${this.base()}/quality/settings`) : this.report.settings;
    this.recheck = recheckWhileComputing(this, this.recheck, [this.report, this.rankings, this.bias], () => this.reload());
  }

  renderWayBack() {
    return html`<p><a href="/projects/${this.projectId}">Back to the project</a></p>`;
  }

  async saveSettings(e) {
    e.preventDefault();
    const f = e.target.elements;
    const value = (name) => (f[name].value === '' ? null : Number(f[name].value));
    const body = {
      goldRate: value('goldRate'), qualificationItems: value('qualificationItems'),
      qualificationThreshold: value('qualificationThreshold'), pauseThreshold: value('pauseThreshold'),
      pauseMinAnswers: value('pauseMinAnswers'), adaptiveThreshold: value('adaptiveThreshold'), maxOverlap: value('maxOverlap'),
    };
    try {
      await api(`${this.base()}/quality/settings`, { method: 'PUT', body });
      this.saved = 'Saved.';
      await this.reload();
    } catch (err) {
      this.saved = err.message;
    }
  }

  confusion(c) {
    return html`
      <table class="grid compact confusion">
        <caption>${c.question}: rows consensus, columns this annotator</caption>
        <thead><tr><th></th>${c.labels.map((l) => html`<th scope="col">${l}</th>`)}</tr></thead>
        <tbody>${c.counts.map((row, i) => html`<tr><th scope="row">${c.labels[i]}</th>${row.map((n) => html`<td>${n}</td>`)}</tr>`)}</tbody>
      </table>`;
  }

  kinds(r) {
    if (!r.questions.length && !r.pairs.length) {
      return '';
    }
    return html`<section class="card">
      <h2>Agreement of the other questions</h2>
      <table class="grid compact" id="kind-agreement">
        <thead><tr><th scope="col">Question</th><th scope="col">Kind</th><th scope="col">Items (≥2 answers)</th><th scope="col">Measures</th></tr></thead>
        <tbody>${r.questions.map((q) => html`<tr><td>${q.question}</td><td>${q.kind}</td><td>${q.items}</td><td>${measures(q.measures)}</td></tr>`)}</tbody>
      </table>
      <details id="pairs"><summary>Per pair of annotators (${r.pairs.length})</summary>
        <table class="grid compact">
          <thead><tr><th scope="col">Question</th><th scope="col">Annotators</th><th scope="col">Shared items</th><th scope="col">Measures</th></tr></thead>
          <tbody>${r.pairs.map((x) => html`<tr><td>${x.question}</td><td>${x.firstName} · ${x.secondName}</td><td>${x.items}</td><td>${measures(x.measures)}</td></tr>`)}</tbody>
        </table>
      </details></section>`;
  }

  ranking() {
    if (computing(this.rankings)) {
      return html`<section class="card"><h2>Rankings (Bradley–Terry)</h2>${keptAge(this.rankings, 'The rankings')}</section>`;
    }
    const questions = this.rankings ? this.rankings.questions : [];
    if (!questions.length) {
      return '';
    }
    return html`<section class="card">
      <h2>Rankings (Bradley–Terry)</h2>
      ${keptAge(this.rankings, 'Rankings')}
      <p class="muted small">Score: centred ln strength ± standard error; ${this.rankings.prior} virtual win and loss per
        contender keep unbeaten ones finite. A preferred response beats each other response of its prompt; a tie ties them.</p>
      ${questions.map((q) => html`
        <h3>${q.question} <small class="muted">(${q.answers} answers, ${q.mode})</small></h3>
        <table id="model-ranking-${q.question}" class="grid compact model-ranking">
          <caption>Models</caption>
          <thead><tr><th scope="col">Rank</th><th scope="col">Model</th><th scope="col">Score</th><th scope="col">Wins / comparisons</th></tr></thead>
          <tbody>${q.models.length ? q.models.map((m) => html`<tr><td>${m.rank}</td><td>${m.model}</td><td>${num(m.score)}${se(m.standardError)}</td><td>${m.wins} / ${m.comparisons}</td></tr>`)
            : html`<tr><td colspan="4" class="muted">No response names a model.</td></tr>`}</tbody>
        </table>
        <details><summary>Per prompt (${q.prompts.length})</summary>
          ${q.prompts.map((pr) => html`<p class="small"><strong>${pr.externalId || pr.itemId}</strong> (${pr.answers} answers):
            ${pr.responses.map((x) => `#${x.rank} response ${x.response}${x.model ? ` (${x.model})` : ''} ${x.score.toFixed(2)}`).join(' · ')}</p>`)}
        </details>`)}</section>`;
  }

  /**
   * Bias in comparisons (docs/trust.md): per annotator and workforce, how often the response shown first and the
   * longest one were chosen, against chance and against the project's typical annotator; flagged ones with the
   * evidence; the models ranked with and without the order effect.
   */
  biasSection() {
    if (computing(this.bias)) {
      return html`<section class="card"><h2>Bias in comparisons</h2>${keptAge(this.bias, 'The bias figures')}</section>`;
    }
    const questions = this.bias ? this.bias.questions.filter((q) => q.project.answers) : [];
    if (!questions.length) {
      return '';
    }
    const rate = (c) => (c.trials ? html`${pct(c.rate)} <small class="muted">(${pct(c.low)}–${pct(c.high)}; ${c.hits}/${c.trials})</small>` : '—');
    const p = (x) => (x == null ? '—' : x < 0.001 ? x.toExponential(1) : x.toFixed(3));
    const row = (g) => html`<tr class=${g.flagged ? 'flagged' : ''}><td>${g.name}</td><td class="num">${g.answers}</td>
      <td class="num">${rate(g.firstShown)}</td><td class="num">${p(g.firstShown.pValue)}</td>
      <td class="num">${rate(g.longest)}</td><td class="num">${p(g.longestDiffersP)}</td><td class="num">${g.notAsServed}</td>
      <td>${g.flagged ? html`<strong class="warn">Flagged</strong> ${g.evidence.join(' ')}` : ''}</td></tr>`;
    const head = (first) => html`<thead><tr><th scope="col">${first}</th><th scope="col">Answers</th>
      <th scope="col">Chose the first shown (95% interval)</th><th scope="col">p (vs chance)</th>
      <th scope="col">Chose the longest</th><th scope="col">p (vs typical)</th><th scope="col">Order not as served</th>
      <th scope="col">Finding</th></tr></thead>`;
    const models = (list) => list.map((m) => `#${m.rank} ${m.model} ${m.score.toFixed(2)}`).join(' · ') || '—';
    return html`<section class="card" id="bias">
      <h2>Bias in comparisons</h2>
      ${keptAge(this.bias, 'Bias figures')}
      <p class="muted small">Each assignment shows the responses in its own random order, so an honest choice does not
        depend on the position. Flagged: the first-shown chosen more often than chance, or the longest more often than by
        the project's typical annotator, significant at ${this.bias.alpha} after correcting for the number of annotators
        compared (at least ${this.bias.minAnswers} answers).</p>
      ${questions.map((q) => html`
        <h3>${q.question} <small class="muted">(${q.project.answers} answers with one best response; first-shown overall
          ${pct(q.project.firstShown.rate)}, chance ${pct(q.project.firstShown.expected)})</small></h3>
        <table class="grid compact bias-annotators" id="bias-annotators-${q.question}">${head('Annotator')}
          <tbody>${q.annotators.map(row)}</tbody></table>
        ${q.vendors.length > 1 ? html`<table class="grid compact" id="bias-vendors-${q.question}">${head('Workforce')}
          <tbody>${q.vendors.map(row)}</tbody></table>` : ''}
        ${q.models.length ? html`<p class="small">Models, Bradley–Terry: ${models(q.models)}.<br>With the order effect taken out
          (first shown favoured ×${q.firstShownOdds == null ? '—' : q.firstShownOdds.toFixed(2)}): ${models(q.modelsPositionCorrected)}.</p>` : ''}`)}
    </section>`;
  }

  /** Acceptance, corrections, rework and time to review per annotator and workforce; reviewers' throughput. */
  review() {
    const f = this.reviewFigures;
    if (!f || (!f.annotators.length && !f.reviewers.length)) {
      return '';
    }
    const who = (p) => p.name || p.pseudonym;
    const secs = (v) => (v == null ? '—' : v < 90 ? `${Math.round(v)} s` : v < 5400 ? `${Math.round(v / 60)} min` : `${(v / 3600).toFixed(1)} h`);
    const row = (name, w) => html`<tr><td>${name}</td><td>${w.decided}</td><td>${pct(w.acceptanceRate)}</td>
      <td>${pct(w.correctionRate)}</td><td>${w.reworkRounds}</td><td>${secs(w.medianSecondsToReview)}</td></tr>`;
    const head = (first) => html`<thead><tr><th scope="col">${first}</th><th scope="col">Decided</th><th scope="col">Accepted</th>
      <th scope="col">Corrected</th><th scope="col">Sent back</th><th scope="col">Median time to review</th></tr></thead>`;
    const d = f.doubleReviewed;
    return html`<section class="card">
      <h2>Review</h2>
      <p class="muted small">Each annotation by where review left it (accepted counts corrected ones too); sent back:
        rejections returned for rework.</p>
      <table class="grid compact" id="review-annotators">${head('Annotator')}
        <tbody>${f.annotators.map((a) => row(who(a.annotator), a.work))}</tbody></table>
      ${f.workforces.length > 1 ? html`<table class="grid compact" id="review-workforces">${head('Workforce')}
        <tbody>${f.workforces.map((w) => row(w.name, w.work))}</tbody></table>` : ''}
      <table class="grid compact" id="review-reviewers">
        <thead><tr><th scope="col">Reviewer</th><th scope="col">Decisions</th><th scope="col">Accepted</th><th scope="col">Corrected</th>
          <th scope="col">Rejected</th><th scope="col">Per active day</th></tr></thead>
        <tbody>${f.reviewers.map((r) => html`<tr><td>${who(r.reviewer)}</td><td>${r.decisions}</td><td>${r.accepted}</td>
          <td>${r.corrected}</td><td>${r.rejected}</td><td>${r.decisionsPerDay == null ? '—' : r.decisionsPerDay.toFixed(1)}</td></tr>`)}</tbody>
      </table>
      ${d.count ? html`<p class="small" id="review-double">Reviewed twice (review and QA): ${d.count}; the two decisions
        agree on ${pct(d.agreement)}.</p>` : ''}</section>`;
  }

  renderBody() {
    const r = computing(this.report) ? { agreement: [], questions: [], pairs: [], annotators: [], alerts: [], drifting: [] } : this.report;
    const s = this.settings;
    return html`
        ${projectHeader(this.project, 'quality', 'Quality')}
        ${keptAge(this.report, 'The report')}
        ${r.alerts.length || r.drifting.length ? html`
          <div class="alerts" role="alert" id="quality-alerts">
            ${r.alerts.map((a) => html`<p class="warn"><strong>${a.name}</strong> — ${a.status.toLowerCase()}: ${a.message}</p>`)}
            ${r.drifting.map((d) => html`<p class="warn drift"><strong>${d.name}</strong> — drifting: ${d.message}</p>`)}
          </div>` : ''}
        <div class="inline-form quality-method">
          <div class="field"><label for="method">Consensus method</label>
            <select id="method" @change=${(e) => { this.method = e.target.value; this.reload(); }}>
              ${METHODS.map((m) => html`<option value=${m} ?selected=${m === this.method}>${m}</option>`)}
            </select></div>
          <a class="button" href="${this.base()}/export?aggregate=${this.method}" download>Export with consensus (${this.method})</a>
        </div>
        ${r.agreement.length ? html`<section class="card">
        <h2>Agreement</h2>
        <table class="grid compact" id="agreement">
          <thead><tr><th scope="col">Question</th><th scope="col">Items (≥2 answers)</th><th scope="col">Percent agreement</th>
            <th scope="col">Fleiss' <span class="nocase">κ</span></th><th scope="col">Krippendorff's <span class="nocase">α</span> (nominal)</th></tr></thead>
          <tbody>${r.agreement.map((q) => html`<tr><td>${q.question}</td><td>${q.items}</td><td>${pct(q.percentAgreement)}</td>
            <td>${num(q.fleissKappa)}${q.fleissRaters ? html` <small>(${q.fleissRaters} raters)</small>` : ''}</td>
            <td>${num(q.krippendorffAlpha)}</td></tr>`)}</tbody>
        </table></section>` : ''}
        ${this.kinds(r)}
        ${this.ranking()}
        ${this.biasSection()}
        <annota-authenticity .projectId=${this.projectId} ?canManage=${this.project.canManage && this.project.owner}></annota-authenticity>
        ${this.review()}
        ${computing(this.report) ? '' : html`<section class="card">
        <h2>Annotators</h2>
        <p class="muted small">Gold accuracy: the share answered right, with the 95% interval of its Beta posterior, over the check items answered
          (${r.goldItems} gold items in the project).</p>
        <table class="grid compact" id="annotators">
          <thead><tr><th scope="col">Annotator</th><th scope="col">Status</th><th scope="col">Answers</th><th scope="col">Gold right</th>
            <th scope="col">Gold accuracy (95% interval)</th><th scope="col">Agreement with consensus</th></tr></thead>
          <tbody>${r.annotators.map((a) => html`<tr>
            <td>${a.name}</td><td>${a.status.toLowerCase()}</td><td class="num">${a.answers}</td><td class="num">${a.goldCorrect} / ${a.goldAnswered}</td>
            <td class="num">${accuracy(a)}</td><td class="num">${pct(a.agreementWithConsensus)}</td></tr>`)}</tbody>
        </table>
        ${r.annotators.filter((a) => a.confusion.length).map((a) => html`
          <details><summary>Confusion matrix — ${a.name}</summary>${a.confusion.map((c) => this.confusion(c))}</details>`)}
        </section>`}
        <section class="card">
        <h2>Settings</h2>
        <form id="quality-settings" class="settings-grid" @submit=${(e) => this.saveSettings(e)}>
          <label>Gold rate (0–1) <input name="goldRate" type="number" min="0" max="1" step="0.01" .value=${String(s.goldRate)}></label>
          <label>Qualification items <input name="qualificationItems" type="number" min="0" .value=${String(s.qualificationItems)}></label>
          <label>Qualification threshold (0–1) <input name="qualificationThreshold" type="number" min="0" max="1" step="0.01" .value=${String(s.qualificationThreshold)}></label>
          <label>Pause below (0–1, 0 = never) <input name="pauseThreshold" type="number" min="0" max="1" step="0.01" .value=${String(s.pauseThreshold)}></label>
          <label>…after gold answers <input name="pauseMinAnswers" type="number" min="1" .value=${String(s.pauseMinAnswers)}></label>
          <label>Adaptive overlap below agreement (empty = off) <input name="adaptiveThreshold" type="number" min="0" max="1" step="0.01" .value=${s.adaptiveThreshold === null ? '' : String(s.adaptiveThreshold)}></label>
          <label>Max overlap <input name="maxOverlap" type="number" min="1" max="100" .value=${String(s.maxOverlap)}></label>
          <div class="form-actions"><button type="submit" class="primary">Save settings</button>
            ${this.saved ? html`<span role="status">${this.saved}</span>` : ''}</div>
        </form>
        </section>`;
  }
}
customElements.define('annota-quality', QualityPage);
