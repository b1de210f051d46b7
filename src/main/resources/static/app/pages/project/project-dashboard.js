// A project's dashboard for its managers: items by state, annotations per hour over the last 7 days with the
// completion line, refreshed while the page is open. Charts are Chart.js (a WebJar, mapped in the import map).
import { html } from 'lit';
import {
  Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale,
  DoughnutController, ArcElement, Tooltip, Legend, Filler,
} from 'chart.js';
import { api } from '../../api.js';
import { ProjectPage, projectHeader } from './project-nav.js';
import { state } from '../page.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale,
  DoughnutController, ArcElement, Tooltip, Legend, Filler);

const REFRESH_MS = 15000;
const css = (name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

function pct(x) {
  return `${(Math.round(x * 1000) / 10).toLocaleString()}%`;
}

function hourLabel(iso, i) {
  const d = new Date(iso);
  // One tick a day at midnight (local time); other hours keep their label for the tooltip only.
  return d.getHours() === 0 || i === 0 ? d.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric' })
    : d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

class ProjectDashboard extends ProjectPage {
  static properties = state({
    stats: null,
  });

  connectedCallback() {
    super.connectedCallback();
    this.timer = setInterval(() => {
      if (document.visibilityState === 'visible' && this.stats) {
        this.refresh();
      }
    }, REFRESH_MS);
  }

  disconnectedCallback() {
    clearInterval(this.timer);
    this.hourly?.destroy();
    this.states?.destroy();
    super.disconnectedCallback();
  }

  async load() {
    this.project = await api(this.base());
    await this.refresh();
  }

  async refresh() {
    this.stats = await api(`${this.base()}/stats`);
  }

  updated(changed) {
    super.updated(changed);
    if (this.stats) {
      this.drawHourly();
      this.drawStates();
    }
  }

  drawHourly() {
    const canvas = this.querySelector('#hourly-chart');
    if (!canvas) return;
    const hours = this.stats.perHour;
    const labels = hours.map((h, i) => hourLabel(h.hour, i));
    const counts = hours.map((h) => h.annotations);
    const completion = hours.map((h) => Math.round(h.completion * 1000) / 10);
    if (this.hourly) {
      this.hourly.data.labels = labels;
      this.hourly.data.datasets[0].data = counts;
      this.hourly.data.datasets[1].data = completion;
      this.hourly.update('none');
      return;
    }
    this.hourly = new Chart(canvas, {
      data: {
        labels,
        datasets: [
          { type: 'bar', label: 'Annotations per hour', data: counts, backgroundColor: css('--accent'), borderRadius: 2,
            barPercentage: 1, categoryPercentage: 0.9, yAxisID: 'y' },
          { type: 'line', label: 'Completion (% of slots)', data: completion, borderColor: css('--done'),
            backgroundColor: 'rgba(47, 143, 106, 0.08)', fill: true, pointRadius: 0, borderWidth: 2, tension: 0.2, yAxisID: 'completion' },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 12, usePointStyle: true } },
          tooltip: {
            callbacks: {
              title: (items) => new Date(hours[items[0].dataIndex].hour).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
            },
          },
        },
        scales: {
          x: {
            grid: { display: false },
            ticks: { autoSkip: false, maxRotation: 0, callback: (v, i) => (new Date(hours[i].hour).getHours() === 0 ? labels[i] : null) },
          },
          y: { beginAtZero: true, title: { display: true, text: 'annotations' }, ticks: { precision: 0 }, grid: { color: '#eef1f3' } },
          completion: {
            position: 'right', min: 0, max: 100, title: { display: true, text: 'completion' },
            ticks: { callback: (v) => `${v}%` }, grid: { display: false },
          },
        },
      },
    });
  }

  drawStates() {
    const canvas = this.querySelector('#states-chart');
    if (!canvas) return;
    const s = this.stats;
    const data = [s.open, s.full, s.done];
    if (this.states) {
      this.states.data.datasets[0].data = data;
      this.states.update('none');
      return;
    }
    this.states = new Chart(canvas, {
      type: 'doughnut',
      data: {
        labels: ['Open', 'In progress', 'Done'],
        datasets: [{ data, backgroundColor: [css('--open'), css('--full'), css('--done')], borderWidth: 0 }],
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false, cutout: '68%',
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12, usePointStyle: true } } },
      },
    });
  }

  renderBody() {
    const p = this.project;
    const s = this.stats;
    const busiest = Math.max(0, ...s.perHour.map((h) => h.annotations));
    return html`
        ${projectHeader(p, 'dashboard', 'Dashboard', html`<a class="button" href="/projects/${p.id}/items">Browse items</a>`)}
        <dl class="stats kpis" id="kpis">
          <div><dt>Items</dt><dd id="kpi-items">${s.items.toLocaleString()}</dd></div>
          <div><dt><span class="dot done"></span>Done</dt><dd id="kpi-done">${s.done.toLocaleString()}</dd></div>
          <div><dt>Annotations</dt><dd id="kpi-annotations">${s.annotations.toLocaleString()}</dd></div>
          <div><dt>Last 7 days</dt><dd>${s.annotationsLast7Days.toLocaleString()}</dd></div>
          <div><dt>Completion</dt><dd id="kpi-completion">${pct(s.completion)}</dd></div>
        </dl>
        <div class="columns dashboard-columns">
          <section class="card" aria-labelledby="hourly-title">
            <h2 id="hourly-title">Annotations per hour and completion, last 7 days</h2>
            <div class="chart-box tall"><canvas id="hourly-chart" role="img"
              aria-label="Annotations per hour over the last 7 days, at most ${busiest} in one hour; completion now ${pct(s.completion)}"></canvas></div>
            <p class="muted small">Completion: annotations stored ÷ (items × overlap ${s.overlap}), at the end of each hour.</p>
          </section>
          <section class="card" aria-labelledby="states-title">
            <h2 id="states-title">Items by state</h2>
            <div class="chart-box"><canvas id="states-chart" role="img"
              aria-label="${s.open} open, ${s.full} in progress, ${s.done} done"></canvas></div>
            <table class="grid compact" id="state-table">
              <tbody>
                <tr><td><span class="dot open"></span> Open</td><td class="num">${s.open.toLocaleString()}</td></tr>
                <tr><td><span class="dot full"></span> In progress</td><td class="num">${s.full.toLocaleString()}</td></tr>
                <tr><td><span class="dot done"></span> Done</td><td class="num">${s.done.toLocaleString()}</td></tr>
              </tbody>
            </table>
          </section>
        </div>`;
  }
}

customElements.define('annota-project-dashboard', ProjectDashboard);
