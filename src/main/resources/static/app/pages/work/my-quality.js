// The annotator's own quality on a project: their status, their accuracy on the check (gold) items, and the check
// items they missed with the expected answer.
import { html } from 'lit';
import { api } from '../../api.js';
import { when } from '../../router.js';
import { pageHeader } from '../page-head.js';
import { Page, state } from '../page.js';
import { pct, show } from '../project/quality.js';

class MyQualityPage extends Page {
  static properties = {
    projectId: {},
    ...state({
      mine: null,
    }),
  };

  async load() {
    this.mine = await api(`/api/v1/projects/${this.projectId}/quality/me`);
  }

  renderWayBack() {
    return '';
  }

  renderBody() {
    const m = this.mine;
    return html`
        ${pageHeader({ crumbs: [{ href: '/', label: 'Projects' }, { href: `/projects/${this.projectId}/work`, label: 'Workbench' }], title: 'My quality',
          actions: html`<a class="button ghost" id="my-figures-link" href="/projects/${this.projectId}/comparison/me">My figures, hours and earnings</a>` })}
        ${m.message ? html`<p class="error" role="alert" id="my-status">${m.message}</p>` : html`<p id="my-status">Status: ${m.status.toLowerCase()}</p>`}
        <p id="my-accuracy">Check items: ${m.goldCorrect} right of ${m.goldAnswered} —
          ${m.goldAnswered ? html`accuracy ${pct(m.accuracy)} (95% interval ${pct(m.accuracyLow)}–${pct(m.accuracyHigh)}).`
            : 'no accuracy yet: you have answered no check item.'}
          <small class="muted">Your most recent answers are counted after a few more submits.</small></p>
        <h2>Check items you missed</h2>
        ${m.missed.length ? html`
          <table class="grid compact" id="missed">
            <thead><tr><th scope="col">When</th><th scope="col">Item</th><th scope="col">Your answer</th><th scope="col">Expected</th></tr></thead>
            <tbody>${m.missed.map((x) => html`<tr><td>${when(x.answeredAt)}</td>
              <td class="missed-item">${typeof x.data?.text === 'string' ? html`<div class="item-text small">${x.data.text}</div>` : show(x.data)}</td>
              <td>${show(x.yourAnswer)}</td><td>${show(x.expectedAnswer)}</td></tr>`)}</tbody>
          </table>` : html`<p>None.</p>`}`;
  }
}

customElements.define('annota-my-quality', MyQualityPage);
