// The vendor comparison of a project (docs/workforce.md, "The vendor comparison"). For the owning lab's admins and
// managers: a row per workforce (in-house and each engaged vendor) over a chosen period — labels, gold accuracy,
// agreement with the consensus, review acceptance, throughput, active time per label, cost per accepted label — the
// trend per day and the spread of gold accuracy (Chart.js, as on the dashboard), the people (a vendor's by pseudonym)
// and the table as CSV. For a workforce's lead (a vendor's, or the lab's for its in-house people) the same figures of
// their own people only, by name, with hours and earnings. The server decides what each may see; this page only shows it.
import { html } from 'lit';
import {
  Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend,
} from 'chart.js';
import { api } from '../../api.js';
import { ProjectPage, projectHeader } from './project-nav.js';
import { state } from '../page.js';
import { computing, keptAge, recheckWhileComputing } from './kept-report.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

const METHODS = ['ds', 'mv', 'wawa', 'ocds', 'mace'];
const COLOURS = ['#2f6f8f', '#d08a2c', '#2f8f6a', '#8f2f6f', '#6f8f2f', '#5a5fc2', '#c25a5a', '#7a7a7a'];
export const pct = (x) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);
const dash = (x, digits = 1) => (x === null || x === undefined ? '—' : x.toFixed(digits));
/** An amount as the server sent it: at least the cents, up to four places for a per-label cost. */
export const money = (a) => {
  if (!a) return '—';
  const fixed = Number(a.amount).toFixed(4).replace(/0{1,2}$/, '');
  return `${fixed} ${a.currency}`;
};
const TREND_FIGURES = {
  labels: { label: 'Labels', value: (d) => d.labels },
  goldAccuracy: { label: 'Gold accuracy (%)', value: (d) => (d.goldAnswered ? Math.round((d.goldCorrect / d.goldAnswered) * 1000) / 10 : null) },
  reviewAcceptance: { label: 'Review acceptance (%)', value: (d) => (d.reviewed ? Math.round((d.acceptedInReview / d.reviewed) * 1000) / 10 : null) },
  activeMinutes: { label: 'Active minutes', value: (d) => (d.activeMillis == null ? null : Math.round(d.activeMillis / 600) / 100) },
};

/** The figures' cells of a table row, each marked with its figure's name for the tests and the screen reader. */
export function figureCells(f) {
  return html`
    <td class="num" data-figure="labels">${f.labels}</td>
    <td class="num" data-figure="labelsPerDay">${dash(f.labelsPerDay)}</td>
    <td class="num" data-figure="goldAccuracy" title="${f.goldCorrect} of ${f.goldAnswered} gold answers right">${pct(f.goldAccuracy)}</td>
    <td class="num" data-figure="agreementWithConsensus" title="${f.comparedWithConsensus} answers compared">${pct(f.agreementWithConsensus)}</td>
    <td class="num" data-figure="reviewAcceptance" title="${f.reviewed} reviewed">${pct(f.reviewAcceptance)}</td>
    <td class="num" data-figure="acceptedLabels">${f.acceptedLabels}</td>
    <td class="num" data-figure="activeSecondsPerLabel">${dash(f.activeSecondsPerLabel)}</td>`;
}

export const FIGURE_HEADERS = html`
  <th scope="col" class="num">Labels</th><th scope="col" class="num">Per day</th><th scope="col" class="num">Gold accuracy</th>
  <th scope="col" class="num">Agreement</th><th scope="col" class="num">Review acceptance</th>
  <th scope="col" class="num">Accepted</th><th scope="col" class="num">Active s / label</th>`;

class ComparisonPage extends ProjectPage {
  static frame = { ...ProjectPage.frame, id: 'comparison-page' };

  static properties = state({
    view: null,
    bias: null,
    authenticity: null,
    from: '',
    to: '',
    method: 'ds',
    trendFigure: 'labels',
  });

  disconnectedCallback() {
    clearTimeout(this.recheck);
    this.trendChart?.destroy();
    this.spreadChart?.destroy();
    super.disconnectedCallback();
  }

  query() {
    const q = new URLSearchParams();
    if (this.from) q.set('from', this.from);
    if (this.to) q.set('to', this.to);
    q.set('method', this.method);
    return q.toString();
  }

  async load() {
    if (!this.project) {
      this.project = await api(this.base());
    }
    // The lab sees every workforce; anyone else who may read this page, their own organization's people.
    const path = this.project.owner ? 'comparison' : 'comparison/own-workforce';
    this.view = await api(`${this.base()}/${path}?${this.query()}`);
    await this.loadKept();
    this.from = this.view.period.from;
    this.to = this.view.period.to;
  }

  /**
   * Bias in comparisons per workforce (docs/trust.md), for the lab: extra, so a failure leaves the comparison whole;
   * likewise the share of each workforce's written answers flagged as likely not written by the person. Both are kept
   * per project (docs/quality.md "Kept reports"): while one is computing or stale, only they are asked for again.
   */
  async loadKept() {
    this.bias = this.project.owner ? await api(`${this.base()}/quality/bias`).catch(() => null) : null;
    this.authenticity = this.project.owner ? await api(`${this.base()}/quality/authenticity`).catch(() => null) : null;
    this.recheck = recheckWhileComputing(this, this.recheck, [this.bias, this.authenticity], () => this.loadKept());
  }

  failure(e) {
    if (e.status === 403) {
      return 'Only the lab\'s admins and managers compare its workforces, and a workforce\'s admins and managers see their own people here.';
    }
    return super.failure(e);
  }

  renderWayBack() {
    return html`<p><a href="/projects/${this.projectId}">Back to the project</a></p>`;
  }

  choose(e) {
    e.preventDefault();
    const f = e.target.elements;
    this.from = f.from.value;
    this.to = f.to.value;
    this.method = f.method.value;
    this.reload();
  }

  updated(changed) {
    super.updated(changed);
    if (this.view) {
      this.drawTrend();
      this.drawSpread();
    }
  }

  /** The workforces of the view, in the table's order, with a colour each. */
  workforces() {
    const list = this.project.owner ? this.view.workforces : [this.view.workforce];
    return list.map((w, i) => ({ ...w, colour: COLOURS[i % COLOURS.length] }));
  }

  drawTrend() {
    const canvas = this.querySelector('#trend-chart');
    if (!canvas) return;
    const figure = TREND_FIGURES[this.trendFigure];
    const labels = this.view.trend.map((d) => d.day);
    const datasets = this.workforces().map((w) => ({
      type: 'line', label: w.name, borderColor: w.colour, backgroundColor: w.colour, pointRadius: 2, borderWidth: 2,
      spanGaps: true, tension: 0.2,
      data: this.view.trend.map((d) => {
        const cell = d.workforces.find((x) => x.workforceId === w.organizationId);
        return cell ? figure.value(cell) : null;
      }),
    }));
    this.trendChart?.destroy();
    this.trendChart = new Chart(canvas, {
      data: { labels, datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false, interaction: { mode: 'index', intersect: false },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12, usePointStyle: true } } },
        scales: { x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true } },
          y: { beginAtZero: true, title: { display: true, text: figure.label }, grid: { color: '#eef1f3' } } },
      },
    });
  }

  drawSpread() {
    const canvas = this.querySelector('#spread-chart');
    if (!canvas) return;
    const spread = this.project.owner ? this.view.distribution : [this.view.distribution];
    const colours = Object.fromEntries(this.workforces().map((w) => [w.organizationId, [w.colour, w.name]]));
    const datasets = spread.map((s) => ({
      type: 'bar', label: colours[s.workforceId]?.[1] ?? '?', backgroundColor: colours[s.workforceId]?.[0], data: s.people,
      borderRadius: 2,
    }));
    this.spreadChart?.destroy();
    this.spreadChart = new Chart(canvas, {
      data: { labels: Array.from({ length: 10 }, (_, i) => `${i * 10}–${i === 9 ? 100 : i * 10 + 10}%`), datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12, usePointStyle: true } } },
        scales: { x: { grid: { display: false }, title: { display: true, text: 'gold accuracy' } },
          y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'people' }, grid: { color: '#eef1f3' } } },
      },
    });
  }

  renderPeriod() {
    return html`
      <form class="inline-form card" id="period-form" @submit=${this.choose}>
        <div class="field"><label for="from">From</label><input type="date" id="from" name="from" .value=${this.from}></div>
        <div class="field"><label for="to">To</label><input type="date" id="to" name="to" .value=${this.to}></div>
        <div class="field"><label for="method">Consensus by</label>
          <select id="method" name="method">${METHODS.map((m) => html`<option ?selected=${m === this.method}>${m}</option>`)}</select></div>
        <button type="submit" id="show-period">Show</button>
        ${this.project.owner ? html`<a class="button ghost" id="comparison-csv" download
          href="${this.base()}/comparison.csv?${this.query()}">Download CSV</a>` : ''}
      </form>`;
  }

  /** Each workforce's bias in comparison answers over the whole project (not the period), flagged ones with evidence. */
  renderBias() {
    // Kept per project (docs/quality.md "Kept reports"): a large project's first figures may still be computing.
    if (computing(this.bias)) {
      return html`<section class="table-card" id="workforce-bias" aria-labelledby="bias-title">
        <h2 id="bias-title">Bias in comparisons</h2>${keptAge(this.bias, 'Bias figures')}</section>`;
    }
    const questions = (this.bias?.questions || []).filter((q) => q.vendors.length);
    if (!questions.length) {
      return '';
    }
    const rate = (c) => (c.trials ? `${(c.rate * 100).toFixed(0)}% (${c.hits}/${c.trials})` : '—');
    return html`<section class="table-card" id="workforce-bias" aria-labelledby="bias-title">
      <h2 id="bias-title">Bias in comparisons</h2>${keptAge(this.bias, 'Bias figures')}
      ${questions.map((q) => html`<table class="grid">
        <caption>${q.question}: chance of choosing the first shown ${q.project.firstShown.expected == null ? '—' : `${(q.project.firstShown.expected * 100).toFixed(0)}%`}</caption>
        <thead><tr><th scope="col">Workforce</th><th scope="col" class="num">Answers</th><th scope="col" class="num">Chose the first shown</th>
          <th scope="col" class="num">Chose the longest</th><th scope="col">Finding</th></tr></thead>
        <tbody>${q.vendors.map((g) => html`<tr data-workforce=${g.id}><td>${g.name}</td><td class="num">${g.answers}</td>
          <td class="num">${rate(g.firstShown)}</td><td class="num">${rate(g.longest)}</td>
          <td>${g.flagged ? html`<strong class="warn">Flagged</strong> ${g.evidence.join(' ')}` : ''}</td></tr>`)}</tbody>
      </table>`)}
      <p class="muted small">Per workforce over all the project's comparison answers; see the quality page for each annotator.</p>
    </section>`;
  }

  /** Each workforce's flag rate of written answers (docs/trust.md), over the whole project. */
  renderAuthenticity() {
    if (computing(this.authenticity)) {
      return html`<section class="table-card" id="workforce-authenticity" aria-labelledby="authenticity-title">
        <h2 id="authenticity-title">Written answers flagged</h2>${keptAge(this.authenticity, 'Authenticity figures')}</section>`;
    }
    const vendors = this.authenticity?.vendors || [];
    if (!vendors.length) {
      return '';
    }
    return html`<section class="table-card" id="workforce-authenticity" aria-labelledby="authenticity-title">
      <h2 id="authenticity-title">Written answers flagged</h2>${keptAge(this.authenticity, 'Authenticity figures')}
      <table class="grid">
        <thead><tr><th scope="col">Workforce</th><th scope="col" class="num">Measured answers</th><th scope="col" class="num">Flagged</th>
          <th scope="col" class="num">Rate</th></tr></thead>
        <tbody>${vendors.map((g) => html`<tr data-workforce=${g.id}><td>${g.name}</td><td class="num">${g.answers}</td>
          <td class="num">${g.flagged}</td><td class="num">${(g.rate * 100).toFixed(0)}%</td></tr>`)}</tbody>
      </table>
      <p class="muted small">Likely not written by the person (mostly pasted, or typed implausibly fast), over the whole project; the quality page lists the answers with their evidence.</p>
    </section>`;
  }

  renderBody() {
    const p = this.project;
    const v = this.view;
    const owner = p.owner;
    const workforces = this.workforces();
    const nameOf = Object.fromEntries(workforces.map((w) => [w.organizationId, w.name]));
    return html`
      ${projectHeader(p, 'comparison', owner ? 'Vendor comparison' : `Your people: ${v.workforce.name}`)}
      ${this.renderPeriod()}
      ${this.error ? '' : html`
      <section class="table-card" aria-labelledby="workforces-title">
        <h2 id="workforces-title" class="sr-only">Workforces</h2>
        <table class="grid" id="workforces">
          <thead><tr><th scope="col">Workforce</th>${FIGURE_HEADERS}
            <th scope="col" class="num">Cost</th><th scope="col" class="num">Cost / accepted label</th></tr></thead>
          <tbody>${workforces.map((w) => html`
            <tr data-workforce=${w.organizationId}>
              <td class="workforce"><span class="dot" style="background:${w.colour}"></span> ${w.name}${w.inHouse ? html` <span class="tag">in-house</span>` : ''}</td>
              ${figureCells(w.figures)}
              <td class="num" data-figure="cost" style="white-space: nowrap">${money(w.figures.cost)}</td>
              <td class="num" data-figure="costPerAcceptedLabel" style="white-space: nowrap">${money(w.figures.costPerAcceptedLabel)}</td>
            </tr>`)}</tbody>
        </table>
      </section>
      <p class="muted small">${v.period.from} to ${v.period.to} (UTC days). Agreement: the share of answers equal to the
        item's consensus (${v.method}) on items at least two people answered. Accepted: answers not rejected and not
        waiting in review. ${v.activeTimeMeasured ? '' : 'Active time is not measured on this instance. '}${v.costsKnown ? '' : 'No rates are kept on this instance. '}—: not known.</p>
      <div class="columns">
        <section class="card" aria-labelledby="trend-title">
          <h2 id="trend-title">Trend per day</h2>
          <label for="trend-figure" class="small">Figure</label>
          <select id="trend-figure" @change=${(e) => { this.trendFigure = e.target.value; }}>
            ${Object.entries(TREND_FIGURES).map(([k, f]) => html`<option value=${k} ?selected=${k === this.trendFigure}>${f.label}</option>`)}
          </select>
          <div class="chart-box tall"><canvas id="trend-chart" role="img" aria-label="${TREND_FIGURES[this.trendFigure].label} per day and workforce"></canvas></div>
        </section>
        <section class="card" aria-labelledby="spread-title">
          <h2 id="spread-title">Gold accuracy of the people</h2>
          <div class="chart-box tall"><canvas id="spread-chart" role="img" aria-label="People per tenth of gold accuracy, per workforce"></canvas></div>
        </section>
      </div>
      ${this.renderBias()}
      ${this.renderAuthenticity()}
      <h2>People</h2>
      ${v.people.length ? html`
      <section class="table-card">
        <table class="grid" id="people">
          <thead><tr><th scope="col">Person</th>${owner ? html`<th scope="col">Workforce</th>` : ''}${FIGURE_HEADERS}
            <th scope="col" class="num">Hours</th><th scope="col" class="num">Earnings</th></tr></thead>
          <tbody>${v.people.map((x) => html`
            <tr data-person=${x.pseudonym}>
              <td class="person">${x.name ?? x.pseudonym}${x.name ? html` <small class="muted">${x.pseudonym}</small>` : ''}</td>
              ${owner ? html`<td>${nameOf[x.workforceId] ?? '?'}</td>` : ''}
              ${figureCells(x.figures)}
              <td class="num" data-figure="activeHours">${dash(x.activeHours, 2)}</td>
              <td class="num" data-figure="earnings" style="white-space: nowrap">${money(x.earnings)}</td>
            </tr>`)}</tbody>
        </table>
      </section>` : html`<p class="muted" id="no-people">Nobody labelled in this period.</p>`}`}`;
  }
}

customElements.define('annota-vendor-comparison', ComparisonPage);
