// A project's hours (docs/workforce.md, "Active time"): the active time the workbench counted per person and per
// workforce over a period of UTC days (this week by default). The lab's admins and managers see everyone, their own
// people by name and a vendor's as pseudonyms; a vendor's admin or manager sees only their own people. Same API as any
// client: GET /api/v1/projects/{id}/time?from=&to=.
import { html } from 'lit';
import { api } from '../../api.js';
import { duration } from '../work/active-time.js';
import { askPeriod, hoursPeriod } from '../work/hours-period.js';
import { ProjectPage, projectHeader } from './project-nav.js';
import { state } from '../page.js';

class HoursPage extends ProjectPage {
  static frame = { ...ProjectPage.frame, id: 'hours-page' };

  static properties = state({
    hours: null,
    from: '',
    to: '',
    periodError: null,
  });

  async load() {
    const query = new URLSearchParams();
    if (this.from) query.set('from', this.from);
    if (this.to) query.set('to', this.to);
    [this.project, this.hours] = await Promise.all([
      this.project ? this.project : api(this.base()), api(`${this.base()}/time?${query}`)]);
    this.from = this.hours.from;
    this.to = this.hours.to;
  }

  renderWayBack() {
    return html`<p><a href="/projects/${this.projectId}">Back to the project</a></p>`;
  }

  async period(e) {
    await askPeriod(this, e, `${this.base()}/time`);
    // The period shown, which a reload asks for again.
    [this.from, this.to] = [this.hours.from, this.hours.to];
  }

  renderBody() {
    const h = this.hours;
    const days = [...new Set(h.people.flatMap((p) => p.days.map((d) => d.day)))].sort();
    return html`
      ${projectHeader(this.project, 'hours', 'Hours')}
      ${hoursPeriod({ id: 'hours', from: this.from, to: this.to, hours: h, error: this.periodError, submit: (e) => this.period(e) })}
      ${h.people.length ? html`
        <h2>Per person</h2>
        <table class="grid" id="hours-people">
          <thead><tr><th scope="col">Person</th><th scope="col">Workforce</th><th scope="col" class="num">Active</th>
            <th scope="col" class="num">Submitted</th><th scope="col" class="num">Skipped</th>
            ${days.map((d) => html`<th scope="col" class="num">${d.slice(5)}</th>`)}</tr></thead>
          <tbody>${h.people.map((p) => html`<tr>
            <td>${p.person}</td><td>${h.workforces.find((w) => w.workforceOrgId === p.workforceOrgId)?.name ?? ''}</td>
            <td class="num">${duration(p.activeMillis)}</td><td class="num">${p.submitted}</td><td class="num">${p.skipped}</td>
            ${days.map((d) => html`<td class="num">${duration(p.days.find((x) => x.day === d)?.activeMillis)}</td>`)}</tr>`)}
          </tbody>
        </table>
        <h2>Per workforce</h2>
        <table class="grid" id="hours-workforces">
          <thead><tr><th scope="col">Workforce</th><th scope="col" class="num">People</th><th scope="col" class="num">Active</th>
            <th scope="col" class="num">Submitted</th><th scope="col" class="num">Skipped</th></tr></thead>
          <tbody>${h.workforces.map((w) => html`<tr><td>${w.name}</td><td class="num">${w.people}</td>
            <td class="num">${duration(w.activeMillis)}</td><td class="num">${w.submitted}</td><td class="num">${w.skipped}</td></tr>`)}
          </tbody>
        </table>` : html`<p class="muted" id="no-hours">No active time in this period.</p>`}`;
  }
}

customElements.define('annota-hours', HoursPage);
