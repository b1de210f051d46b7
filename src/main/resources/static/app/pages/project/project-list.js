// The projects the caller can see: owned by their organization or engaged on. Managers open a project's progress
// page; annotators go straight to the workbench.
import { html } from 'lit';
import { api, canCreateProjects, currentUser } from '../../api.js';
import { when } from '../../router.js';
import { Page, problem, state } from '../page.js';
import './bundle-import.js';

class ProjectList extends Page {
  static properties = state({
    projects: null,
    user: null,
    which: 'current', // 'current', 'archived' or 'deleted' (still in their grace period, to their managers)
    restoreError: null,
  });

  async load() {
    const query = { current: '', archived: '?archived=true', deleted: '?deleted=true' }[this.which];
    [this.user, this.projects] = await Promise.all([currentUser().catch(() => null), api(`/api/v1/projects${query}`)]);
  }

  show(which) {
    this.which = which;
    this.restoreError = null;
    this.reload();
  }

  async restore(p) {
    try {
      await api(`/api/v1/projects/${p.id}/restore`, { method: 'POST', body: {} });
      await this.reload();
    } catch (e) {
      this.restoreError = e;
    }
  }

  /** Which projects are listed: the current ones, the archived ones, the deleted ones still restorable. */
  lists() {
    if (!canCreateProjects(this.user)) {
      return '';
    }
    const tab = (id, label) => html`<a href="#" id="list-${id}" aria-current=${this.which === id ? 'page' : 'false'}
        @click=${(e) => { e.preventDefault(); this.show(id); }}>${label}</a>`;
    return html`<nav class="tabs" aria-label="Which projects">
      ${tab('current', 'Current')}${tab('archived', 'Archived')}${tab('deleted', 'Deleted')}</nav>
      ${problem(this.restoreError, { cls: 'notice error' })}`;
  }

  renderHead() {
    return html`
      <div class="page-head">
        <h1>Projects</h1>
        ${canCreateProjects(this.user) ? html`<a class="button primary" id="new-project" href="/projects/new">New project</a>` : ''}
      </div>
      ${canCreateProjects(this.user) ? html`<annota-bundle-import @imported=${() => this.reload()}></annota-bundle-import>` : ''}
      ${this.user ? this.lists() : ''}`;
  }

  renderWayBack() {
    return '';
  }

  isEmpty() {
    return this.projects.length === 0;
  }

  renderEmpty() {
    if (this.which !== 'current') {
      return html`<p class="muted empty" id="no-${this.which}">${this.which === 'archived' ? 'No archived projects.'
        : 'No deleted project is waiting for its purge.'}</p>`;
    }
    return html`<div class="empty">
      <p><strong>No projects yet.</strong></p>
      <p class="muted">${canCreateProjects(this.user)
        ? 'Create a project, write its guidelines and upload the items to label.'
        : 'A project appears here once your organization owns one or is engaged on one.'}</p>
    </div>`;
  }

  renderBody() {
    return html`
      <table class="grid" id="projects">
        <thead>
          <tr><th>Name</th><th>Task</th><th class="num">Overlap</th><th class="num">Priority</th><th>Created</th><th>Your access</th><th><span class="sr-only">Actions</span></th></tr>
        </thead>
        <tbody>
          ${this.projects.map((p) => html`
            <tr>
              <td>${p.deletedAt ? p.name : html`<a href=${p.canManage ? `/projects/${p.id}` : `/projects/${p.id}/work`}>${p.name}</a>`}</td>
              <td><span class="tag">${p.taskType}</span></td>
              <td class="num">${p.overlap}</td>
              <td class="num">${p.priority}</td>
              <td class="nowrap muted">${when(p.createdAt)}</td>
              <td>${[p.owner ? 'in-house' : 'engaged', p.canManage ? 'manage' : null, p.canAnnotate ? 'annotate' : null]
                .filter(Boolean).map((f) => html`<span class="flag">${f}</span>`)}</td>
              <td class="actions">
                ${p.deletedAt ? html`<span class="muted small">purged after ${when(p.purgeAfter)}</span>
                  <button type="button" class="small" id="restore-${p.id}" @click=${() => this.restore(p)}>Restore</button>` : ''}
                ${p.status === 'PAUSED' ? html`<span class="state paused">Paused</span>` : ''}
                ${p.canManage && !p.deletedAt ? html`<a href="/projects/${p.id}">Progress</a>` : ''}
                ${p.canAnnotate && !p.deletedAt ? html`<a class="button small" href="/projects/${p.id}/work">Label</a>` : ''}
              </td>
            </tr>`)}
        </tbody>
      </table>`;
  }
}

customElements.define('annota-project-list', ProjectList);
