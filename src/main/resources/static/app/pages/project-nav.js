// The manager's tabs of one project (overview, dashboard, items, schema), shared by the project pages.
import { html } from 'lit';

const TABS = [
  { id: 'overview', label: 'Overview', path: '' },
  { id: 'dashboard', label: 'Dashboard', path: '/dashboard' },
  { id: 'items', label: 'Items', path: '/items' },
  { id: 'schema', label: 'Label schema', path: '/schema' },
];

/** Breadcrumb, title row and tabs of a project page; {@code actions} go on the right of the title. */
export function projectHeader(project, active, title, actions = '') {
  return html`
    <nav class="crumbs" aria-label="Breadcrumb"><a href="/">Projects</a> <span aria-hidden="true">/</span>
      <a href="/projects/${project.id}">${project.name}</a> <span aria-hidden="true">/</span> ${title}</nav>
    <div class="page-head">
      <div>
        <h1>${title}</h1>
        <p class="muted meta"><span class="tag">${project.taskType}</span> ${project.name} · overlap ${project.overlap} · schema v${project.schemaVersion}</p>
      </div>
      <div class="head-actions">${actions}</div>
    </div>
    ${projectTabs(project, active)}`;
}

export function projectTabs(project, active) {
  return html`
    <nav class="tabs" aria-label="Project pages">
      ${TABS.map((t) => html`<a href="/projects/${project.id}${t.path}" id="tab-${t.id}"
          aria-current=${t.id === active ? 'page' : 'false'}>${t.label}</a>`)}
    </nav>`;
}

/** A manager-only page's message for callers who may not see it. */
export function notAllowed(e) {
  if (e.status === 404) {
    return 'This project does not exist, or it is not shared with your organization.';
  }
  if (e.status === 403) {
    return 'Only admins and managers of the organization that owns this project may open this page.';
  }
  return e.message;
}
