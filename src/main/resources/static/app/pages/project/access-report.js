// Access transparency report of a project (owning customer's managers): per day and organization, how many people
// (counted, never named) were shown how many items, from the access log; the owner's staff browsing its own items is
// counted apart, and any other view outside an assignment or review lease is flagged.
// Also the refusals of the conflict wall, with their reasons. Download: CSV or JSON from the same API.
import { html } from 'lit';
import { api } from '../../api.js';
import { when } from '../../router.js';
import { ProjectPage, projectHeader } from './project-nav.js';
import { state } from '../page.js';

class AccessReport extends ProjectPage {
  static frame = { ...ProjectPage.frame, id: 'access-report' };

  static properties = state({
    report: null,
    refusals: null,
  });

  async load() {
    [this.project, this.report, this.refusals] = await Promise.all([api(this.base()), api(`${this.base()}/access-report`),
      api(`${this.base()}/wall-refusals`)]);
  }

  renderWayBack() {
    return html`<p><a href="/projects/${this.projectId}">Back to the project</a></p>`;
  }

  renderBody() {
    const r = this.report;
    return html`
        ${projectHeader(this.project, 'access', 'Who saw this project\'s items')}
        <p class="muted">Counted from the tamper-evident access log. People are counted, not named.
          ${r.outsideAssignment > 0
            ? html`<strong class="error">${r.outsideAssignment} view(s) outside an assignment or review lease.</strong>`
            : html`No view outside an assignment or review lease.`}
          ${r.staffViews > 0 ? html`<span id="staff-views">Your own staff opened items ${r.staffViews} time(s) outside a lease
            (browsing the items, images): shown apart, not flagged.</span>` : ''}</p>
        <p>
          <a class="button" id="download-csv" href="${this.base()}/access-report.csv" download>Download CSV</a>
          <a class="button" id="download-json" href="${this.base()}/access-report" download="access-report-${this.projectId}.json">Download JSON</a>
        </p>
        ${r.days.length ? html`
          <table class="grid" id="report-table">
            <thead><tr><th>Day</th><th>Organization</th><th>Kind</th><th class="num">People</th><th class="num">Distinct items</th>
              <th class="num">Items shown</th><th class="num">Exported</th><th class="num">Staff views</th><th class="num">Outside a lease</th></tr></thead>
            <tbody>
              ${r.days.map((d) => html`<tr class=${d.flagged ? 'flagged' : ''}>
                <td class="nowrap">${d.day}</td><td>${d.organization}</td><td>${d.kind}</td><td class="num">${d.people}</td>
                <td class="num">${d.distinctItems}</td><td class="num">${d.itemsShown}</td><td class="num">${d.exported}</td>
                <td class="num">${d.staffViews}</td><td class="num">${d.flagged ? html`<span class="flag off" title="flagged">${d.outsideAssignment}</span>` : d.outsideAssignment}</td>
              </tr>`)}
            </tbody>
          </table>` : html`<p class="muted" id="report-empty">No item of this project has been shown to anyone yet.</p>`}
        <h2>Refused by the conflict wall</h2>
        ${this.refusals?.length ? html`
          <table class="grid" id="refusals-table">
            <thead><tr><th>When</th><th>Annotator</th><th>Rule</th><th>Why</th></tr></thead>
            <tbody>
              ${this.refusals.map((x) => html`<tr>
                <td class="nowrap muted">${when(x.refusedAt)}</td><td>${x.annotator}</td>
                <td>${x.rule}</td><td>${x.explanation}</td></tr>`)}
            </tbody>
          </table>` : html`<p class="muted">No claim was refused.</p>`}`;
  }
}

customElements.define('annota-access-report', AccessReport);
