// The projects the caller can see: owned by their organization or engaged on. Managers open a project's progress
// page; annotators go straight to the workbench.
import { html } from 'lit';
import { api, canCreateProjects, currentUser } from '../../api.js';
import { when } from '../../router.js';
import { Page } from '../page.js';

class ProjectList extends Page {
  static properties = {
    projects: { state: true },
    user: { state: true },
  };

  async load() {
    [this.user, this.projects] = await Promise.all([currentUser().catch(() => null), api('/api/v1/projects')]);
  }

  renderHead() {
    return html`
      <div class="page-head">
        <h1>Projects</h1>
        ${canCreateProjects(this.user) ? html`<a class="button primary" id="new-project" href="/projects/new">New project</a>` : ''}
      </div>`;
  }

  renderWayBack() {
    return '';
  }

  isEmpty() {
    return this.projects.length === 0;
  }

  renderEmpty() {
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
              <td><a href=${p.canManage ? `/projects/${p.id}` : `/projects/${p.id}/work`}>${p.name}</a></td>
              <td><span class="tag">${p.taskType}</span></td>
              <td class="num">${p.overlap}</td>
              <td class="num">${p.priority}</td>
              <td class="nowrap muted">${when(p.createdAt)}</td>
              <td>${[p.owner ? 'in-house' : 'engaged', p.canManage ? 'manage' : null, p.canAnnotate ? 'annotate' : null]
                .filter(Boolean).map((f) => html`<span class="flag">${f}</span>`)}</td>
              <td class="actions">
                ${p.canManage ? html`<a href="/projects/${p.id}">Progress</a>` : ''}
                ${p.canAnnotate ? html`<a class="button small" href="/projects/${p.id}/work">Label</a>` : ''}
              </td>
            </tr>`)}
        </tbody>
      </table>`;
  }
}

customElements.define('annota-project-list', ProjectList);
