// The manager's tabs of one project (overview, dashboard, items, schema, guidelines, quality, hours, comparison, access report), shared by the
// project pages.
import { html } from 'lit';
import { pageHeader } from '../page-head.js';
import { Card, Page } from '../page.js';

const TABS = [
  { id: 'overview', label: 'Overview', path: '' },
  { id: 'dashboard', label: 'Dashboard', path: '/dashboard' },
  { id: 'items', label: 'Items', path: '/items' },
  { id: 'schema', label: 'Label schema', path: '/schema' },
  { id: 'guidelines', label: 'Guidelines', path: '/guidelines' },
  { id: 'quality', label: 'Quality', path: '/quality' },
  // A vendor's manager gets it too: their own people's hours (docs/workforce.md, "Active time").
  { id: 'hours', label: 'Hours', path: '/hours' },
  // The lab compares its workforces; a vendor's lead sees their own people there (docs/workforce.md).
  { id: 'comparison', label: 'Comparison', path: '/comparison' },
  // The access report is the owning customer's: a vendor's manager of an engaged project does not get the tab.
  { id: 'access', label: 'Access report', path: '/access', ownerOnly: true },
  // Requirements and the people who may work on the project: the owning customer's (workforce, docs/workforce.md).
  { id: 'people', label: 'People', path: '/people', ownerOnly: true },
  { id: 'budget', label: 'Budget', path: '/budget', ownerOnly: true },
  // Where the project's events go (docs/webhooks.md): the owning customer's admins and managers.
  { id: 'webhooks', label: 'Webhooks', path: '/webhooks', ownerOnly: true },
  // Personal data masked before annotators and reviewers see it (docs/trust.md): the owning customer's.
  { id: 'masking', label: 'Masking', path: '/masking', ownerOnly: true },
];

/** Breadcrumb, title row and tabs of a project page; {@code actions} go on the right of the title. */
export function projectHeader(project, active, title, actions = '') {
  return html`
    ${pageHeader({
      crumbs: [{ href: '/', label: 'Projects' }, { href: `/projects/${project.id}`, label: project.name }],
      title,
      meta: html`<span class="tag">${project.taskType}</span> ${project.name} · overlap ${project.overlap} · schema v${project.schemaVersion}`,
      actions,
    })}
    ${projectTabs(project, active)}`;
}

export function projectTabs(project, active) {
  return html`
    <nav class="tabs" aria-label="Project pages">
      ${TABS.filter((t) => !t.ownerOnly || project.owner).map((t) => html`<a href="/projects/${project.id}${t.path}" id="tab-${t.id}"
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
  return e;
}

/**
 * A page of one project (the route's projectId): its API path, refusals explained by notAllowed, and a reload when
 * the route moves to another project.
 */
export class ProjectPage extends Page {
  static properties = {
    projectId: {},
    project: { state: true },
  };

  constructor() {
    super();
    this.project = null;
  }

  /** The project's API path. */
  base() {
    return `/api/v1/projects/${this.projectId}`;
  }

  failure(e) {
    return notAllowed(e);
  }

  updated(changed) {
    if (changed.has('projectId') && changed.get('projectId') !== undefined) {
      this.reload();
    }
  }
}

/** A card of the project page, which gives it the projectId: the project's API path. */
export class ProjectCard extends Card {
  static properties = { projectId: {} };

  /** The project's API path. */
  base() {
    return `/api/v1/projects/${this.projectId}`;
  }
}
