// Our people's hours (/hours, for an organization's admins and managers; docs/workforce.md, "Active time"): the
// active time of the caller's own organization's people on every project it sees, per person and project, over a
// period of UTC days (this week by default). A vendor's lead sees their people across the labs that engage them and
// never anyone else. Same API as any client: GET /api/v1/organizations/me/time?from=&to=.
import { html } from 'lit';
import { api } from '../../api.js';
import { Page, state } from '../page.js';
import { duration } from './active-time.js';
import { askPeriod, hoursPeriod } from './hours-period.js';

class TeamHours extends Page {
  static frame = { ...Page.frame, id: 'team-hours' };

  static properties = state({
    hours: null,
    periodError: null,
  });

  async load() {
    this.hours = await api('/api/v1/organizations/me/time');
  }

  failure(e) {
    return e.status === 403 ? "Only your organization's admins and managers see its people's hours." : e;
  }

  period(e) {
    return askPeriod(this, e, '/api/v1/organizations/me/time');
  }

  renderHead() {
    return html`<div class="page-head"><h1>Our people's hours</h1></div>`;
  }

  renderBody() {
    const h = this.hours;
    return html`
      ${hoursPeriod({ id: 'team-hours', from: h.from, to: h.to, hours: h, error: this.periodError, submit: (e) => this.period(e) })}
      ${h.people.length ? html`
        <table class="grid" id="team-hours-people">
          <thead><tr><th scope="col">Person</th><th scope="col">Project</th><th scope="col" class="num">Active</th>
            <th scope="col" class="num">Submitted</th><th scope="col" class="num">Skipped</th></tr></thead>
          <tbody>${h.people.map((p) => html`<tr><td>${p.person}</td><td>${p.projectName}</td>
            <td class="num">${duration(p.activeMillis)}</td><td class="num">${p.submitted}</td><td class="num">${p.skipped}</td></tr>`)}
          </tbody>
        </table>` : html`<p class="muted" id="no-hours">No active time in this period.</p>`}`;
  }
}

customElements.define('annota-team-hours', TeamHours);
