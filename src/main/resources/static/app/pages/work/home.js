// The annotator's home (/home, and / for annotators): the projects they may work on, most urgent first (priority,
// deadline, id), with the tasks open to them; finished projects folded away below. N (or the button) takes the next
// task across all of them (POST /api/v1/me/tasks/next) and opens the workbench on it: the workbench's own claim
// returns the lease just taken. Below, the annotator's own active time this week (GET /api/v1/me/time: the last
// seven UTC days), per project.
import '../money/my-earnings.js';
import { html } from 'lit';
import { api } from '../../api.js';
import { duration } from './active-time.js';
import { navigate, when } from '../../router.js';
import { Page, state } from '../page.js';

class AnnotatorHome extends Page {
  static properties = state({
    work: null,
    hours: null,
    busy: false,
    nothing: false,
  });

  constructor() {
    super();
    this.onKey = (e) => {
      const typing = e.target.closest?.('input, textarea, select, [contenteditable]');
      if (!typing && !e.ctrlKey && !e.metaKey && !e.altKey && (e.key === 'n' || e.key === 'N')) {
        e.preventDefault();
        this.next();
      }
    };
  }

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKey);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.onKey);
    super.disconnectedCallback();
  }

  async load() {
    // The hours are extra: a failure there must not hide the work.
    [this.work, this.hours] = await Promise.all([api('/api/v1/me/work'), api('/api/v1/me/time').catch(() => null)]);
  }

  async next() {
    if (this.busy) {
      return;
    }
    this.busy = true;
    this.error = null;
    this.nothing = false;
    try {
      const task = await api('/api/v1/me/tasks/next', { method: 'POST' });
      if (task) {
        navigate(`/projects/${task.projectId}/work`);
      } else {
        this.nothing = true;
        await this.reload();
      }
    } catch (e) {
      this.fail(e);
    } finally {
      this.busy = false;
    }
  }

  renderHead() {
    const w = this.work;
    return html`
      <div class="page-head">
        <h1>My work</h1>
        <div class="head-actions">
          <a class="button" id="my-feedback" href="/me/feedback">Feedback on my work</a>
          <button type="button" class="primary" id="next-task" ?disabled=${this.busy || !w?.projects.length}
                  @click=${() => this.next()}><kbd>N</kbd> Next task</button>
        </div>
      </div>
      ${this.nothing ? html`<p class="muted" role="status" id="nothing-left">No task is left for you right now.</p>` : ''}`;
  }

  isEmpty() {
    return this.work.projects.length === 0 && this.work.finished.length === 0;
  }

  /** The caller's active time this week, per project (days in UTC). */
  renderHours() {
    const h = this.hours;
    if (!h) {
      return '';
    }
    const perProject = new Map();
    for (const d of h.days) {
      const p = perProject.get(d.projectId) || { name: d.projectName, activeMillis: 0, submitted: 0 };
      p.activeMillis += d.activeMillis;
      p.submitted += d.submitted;
      perProject.set(d.projectId, p);
    }
    return html`
      <section id="my-hours" aria-labelledby="my-hours-title">
        <h2 id="my-hours-title">My hours this week</h2>
        <p><strong id="my-hours-total">${duration(h.activeMillis)}</strong> active from ${h.from} to ${h.to}
          <span class="muted small">(days in UTC; counted while a task was on screen, focused and in use)</span></p>
        ${perProject.size ? html`
          <table class="grid" id="my-hours-projects">
            <thead><tr><th>Project</th><th class="num">Active</th><th class="num">Submitted</th></tr></thead>
            <tbody>${[...perProject.values()].map((p) => html`
              <tr><td>${p.name}</td><td class="num">${duration(p.activeMillis)}</td><td class="num">${p.submitted}</td></tr>`)}
            </tbody>
          </table>` : ''}
      </section>`;
  }

  renderEmpty() {
    return html`<div class="empty"><p><strong>Nothing to label right now.</strong></p>
      <p class="muted">A project appears here once you may take its tasks.</p></div>${this.renderHours()}`;
  }

  renderBody() {
    const w = this.work;
    return html`
      ${w.projects.length ? html`
        <table class="grid" id="my-projects">
          <thead><tr><th>Project</th><th class="num">Open for you</th><th class="num">Priority</th><th>Deadline</th></tr></thead>
          <tbody>${w.projects.map((p) => html`
            <tr data-project=${p.id}><td>${p.notEligible
                  ? html`${p.name}<br><small class="not-eligible" role="note">${p.notEligible}
                      <a href="/me/profile">Your profile</a></small>`
                  : html`<a href="/projects/${p.id}/work">${p.name}</a>`}</td><td class="num">${p.openTasks}</td>
                <td class="num">${p.priority}</td><td>${p.deadline ? when(p.deadline) : html`<span class="muted">none</span>`}</td></tr>`)}
          </tbody>
        </table>
        <p class="muted small">Keys: <kbd>N</kbd> takes the next task of the most urgent project.</p>`
        : html`<div class="empty"><p><strong>Nothing to label right now.</strong></p></div>`}
      ${w.finished.length ? html`
        <details id="finished"><summary>Finished for you (${w.finished.length})</summary>
          <ul>${w.finished.map((p) => html`<li><a href="/projects/${p.id}/work">${p.name}</a></li>`)}</ul>
        </details>` : ''}
      ${this.renderHours()}
      <annota-my-earnings></annota-my-earnings>`;
  }
}

customElements.define('annota-home', AnnotatorHome);
