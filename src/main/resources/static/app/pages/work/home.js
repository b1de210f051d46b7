// The annotator's home (/home, and / for annotators): the projects they may work on, most urgent first (priority,
// deadline, id), with the tasks open to them; finished projects folded away below. N (or the button) takes the next
// task across all of them (POST /api/v1/me/tasks/next) and opens the workbench on it: the workbench's own claim
// returns the lease just taken.
import '../money/my-earnings.js';
import { html } from 'lit';
import { api } from '../../api.js';
import { navigate, when } from '../../router.js';
import { Page } from '../page.js';

class AnnotatorHome extends Page {
  static properties = {
    work: { state: true },
    busy: { state: true },
    nothing: { state: true },
  };

  constructor() {
    super();
    this.work = null;
    this.busy = false;
    this.nothing = false;
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
    this.work = await api('/api/v1/me/work');
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

  renderEmpty() {
    return html`<div class="empty"><p><strong>Nothing to label right now.</strong></p>
      <p class="muted">A project appears here once you may take its tasks.</p></div>`;
  }

  renderBody() {
    const w = this.work;
    return html`
      ${w.projects.length ? html`
        <table class="grid" id="my-projects">
          <thead><tr><th>Project</th><th class="num">Open for you</th><th class="num">Priority</th><th>Deadline</th></tr></thead>
          <tbody>${w.projects.map((p) => html`
            <tr><td><a href="/projects/${p.id}/work">${p.name}</a></td><td class="num">${p.openTasks}</td>
                <td class="num">${p.priority}</td><td>${p.deadline ? when(p.deadline) : html`<span class="muted">none</span>`}</td></tr>`)}
          </tbody>
        </table>
        <p class="muted small">Keys: <kbd>N</kbd> takes the next task of the most urgent project.</p>`
        : html`<div class="empty"><p><strong>Nothing to label right now.</strong></p></div>`}
      ${w.finished.length ? html`
        <details id="finished"><summary>Finished for you (${w.finished.length})</summary>
          <ul>${w.finished.map((p) => html`<li><a href="/projects/${p.id}/work">${p.name}</a></li>`)}</ul>
        </details>` : ''}
      <annota-my-earnings></annota-my-earnings>`;
  }
}

customElements.define('annota-home', AnnotatorHome);
