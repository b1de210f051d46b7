// An annotator's own figures on a project over a period (docs/workforce.md, "The vendor comparison"): labels, gold
// accuracy (right answers among the latest submits held back, as on "My quality"), agreement with the consensus,
// review acceptance, active hours and earnings, and the labels per day.
import { html, svg } from 'lit';
import { api } from '../../api.js';
import { pageHeader } from '../page-head.js';
import { Page, state } from '../page.js';
import { FIGURE_HEADERS, figureCells, money } from '../project/comparison.js';

class MyFiguresPage extends Page {
  static frame = { ...Page.frame, id: 'my-figures-page' };

  static properties = {
    projectId: {},
    ...state({
      mine: null,
      from: '',
      to: '',
    }),
  };

  async load() {
    const q = new URLSearchParams();
    if (this.from) q.set('from', this.from);
    if (this.to) q.set('to', this.to);
    this.mine = await api(`/api/v1/projects/${this.projectId}/comparison/me?${q}`);
    this.from = this.mine.period.from;
    this.to = this.mine.period.to;
  }

  renderWayBack() {
    return html`<p><a href="/projects/${this.projectId}/work">Back to the workbench</a></p>`;
  }

  choose(e) {
    e.preventDefault();
    this.from = e.target.elements.from.value;
    this.to = e.target.elements.to.value;
    this.reload();
  }

  renderBody() {
    const m = this.mine;
    const busiest = Math.max(1, ...m.trend.map((d) => d.workforces[0]?.labels ?? 0));
    return html`
      ${pageHeader({ crumbs: [{ href: '/', label: 'Projects' }, { href: `/projects/${this.projectId}/work`, label: 'Workbench' }], title: 'My figures' })}
      <form class="inline-form card" id="period-form" @submit=${this.choose}>
        <div class="field"><label for="from">From</label><input type="date" id="from" name="from" .value=${this.from}></div>
        <div class="field"><label for="to">To</label><input type="date" id="to" name="to" .value=${this.to}></div>
        <button type="submit" id="show-period">Show</button>
      </form>
      <dl class="stats kpis" id="my-kpis">
        <div><dt>Labels</dt><dd id="my-labels">${m.figures.labels}</dd></div>
        <div><dt>Active hours</dt><dd id="my-hours">${m.activeHours == null ? '—' : m.activeHours.toFixed(2)}</dd></div>
        <div><dt>Earnings</dt><dd id="my-earnings">${money(m.earnings)}</dd></div>
      </dl>
      <section class="table-card">
        <table class="grid" id="my-figures"><thead><tr>${FIGURE_HEADERS}</tr></thead>
          <tbody><tr>${figureCells(m.figures)}</tr></tbody></table>
      </section>
      <p class="muted small">${m.period.from} to ${m.period.to} (UTC days). Your most recent right gold answers are counted
        after a few more submits. —: not known.</p>
      <h2>Labels per day</h2>
      <svg class="my-trend" viewBox="0 0 ${m.trend.length * 10} 60" preserveAspectRatio="none" width="100%" height="80" role="img"
        aria-label="Labels per day, at most ${busiest} on one day">
        ${m.trend.map((d, i) => {
          const n = d.workforces[0]?.labels ?? 0;
          const h = (n / busiest) * 56;
          return svg`<rect x=${i * 10 + 1} y=${60 - h} width="8" height=${h} style="fill: var(--accent)"><title>${d.day}: ${n}</title></rect>`;
        })}
      </svg>`;
  }
}

customElements.define('annota-my-figures', MyFiguresPage);
