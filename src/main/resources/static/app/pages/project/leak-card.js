// The project page's leak card (docs/trust.md, "Leaks traced to their source"), for the owner's managers: marks on or
// off (every later claim and review is shown with invisible per-view marks and the viewer's watermark), and for its
// admins a box to paste a leaked text into, naming the view(s) whose marks it carries.
import { html } from 'lit';
import { api } from '../../api.js';
import { problem, state } from '../page.js';
import { ProjectCard } from './project-nav.js';

class LeakCard extends ProjectCard {
  static properties = {
    canTrace: { type: Boolean },
    ...state({
      enabled: null,
      trace: null,
      traceError: null,
      busy: false,
    }),
  };

  static frame = { ...ProjectCard.frame, id: 'leak-card', errorId: 'leak-card-error', titleId: 'leak-title', title: 'Leak tracing' };

  async load() {
    this.enabled = (await api(`${this.base()}/leak-marks`)).enabled;
  }

  async toggle(e) {
    const on = e.target.checked;
    try {
      this.enabled = (await api(`${this.base()}/leak-marks`, { method: 'PUT', body: { enabled: on } })).enabled;
    } catch (err) {
      e.target.checked = !on;
      this.traceError = err;
    }
  }

  async traceText(e) {
    e.preventDefault();
    this.trace = null;
    await this.busyWhile(async () => {
      this.trace = await api(`${this.base()}/trace`, { method: 'POST', body: { text: e.target.elements.text.value } });
    }, { error: 'traceError' });
  }

  renderBody() {
    return html`
      <label class="field"><input type="checkbox" id="leak-marks" ?checked=${this.enabled} @change=${this.toggle}>
        Mark every view: invisible per-view marks in the text and a faint watermark of the viewer's pseudonym</label>
      <p class="muted small">Marks are stripped from answers; a pasted paragraph (80 characters or more) names the view it
        came from. Retyped text, screenshots and paraphrases cannot be traced this way.</p>
      ${this.canTrace ? this.traceForm() : ''}
      ${this.traceError ? problem(this.traceError, { cls: 'field-error' }) : ''}`;
  }

  traceForm() {
    const t = this.trace;
    return html`
      <form id="trace-form" @submit=${this.traceText}>
        <div class="field"><label for="leaked-text">Leaked text</label>
          <textarea id="leaked-text" name="text" rows="4" required placeholder="Paste the text found outside"></textarea></div>
        <button type="submit" id="trace" ?disabled=${this.busy}>Trace</button>
      </form>
      ${t ? html`<div id="trace-result" role="status">
        <p class="small">${t.codes} whole code${t.codes === 1 ? '' : 's'}, ${t.cutFrames} cut frame${t.cutFrames === 1 ? '' : 's'}${t.unknownCodes ? `, ${t.unknownCodes} of no view of this project` : ''}.</p>
        ${t.views.length ? html`<table class="grid small trace-views" id="trace-views">
          <thead><tr><th>Viewer</th><th>View</th><th>Shown</th><th>Match</th></tr></thead>
          <tbody>${t.views.map((v) => html`<tr data-view=${v.viewId}><td>${v.pseudonym}</td><td>${v.kind} <code>${v.viewId}</code></td>
            <td>${new Date(v.viewedAt).toLocaleString()}</td>
            <td>${v.strength}: ${v.fullCodes} code${v.fullCodes === 1 ? '' : 's'}${v.partialBits ? `, ${v.partialBits} bits` : ''}</td></tr>`)}</tbody>
        </table>` : html`<p class="muted small" id="trace-none">No view of this project is named.</p>`}</div>` : ''}`;
  }
}

customElements.define('annota-leak-card', LeakCard);
