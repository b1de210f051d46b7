// The application shell: header with navigation and the user menu, and a small History API router. The server
// returns the same shell for every route (web/internal/AppShellController), so reloads and bookmarks work.
import { html } from 'lit';
import { LightElement } from './light-element.js';
import { currentUser, logout } from './api.js';
import { navigate } from './router.js';
import { adminPagesFor } from './pages/admin/admin-nav.js';
import './pages/project/project-list.js';
import './pages/project/project-new.js';
import './pages/project/project-page.js';
import './pages/project/project-items.js';
import './pages/project/item-view.js';
import './pages/project/project-dashboard.js';
import './pages/project/schema-editor.js';
import './pages/project/guidelines.js';
import './pages/project/quality.js';
import './pages/project/hours.js';
import './pages/project/access-report.js';
import './pages/project/comparison.js';
import './pages/work/my-figures.js';
import './pages/work/workbench.js';
import './pages/work/my-quality.js';
import './pages/work/review.js';
import './pages/work/feedback.js';
import './pages/account/tokens.js';
import './pages/account/my-affiliations.js';
import './pages/account/my-password.js';
import './pages/admin/admin-index.js';
import './pages/admin/admin-organizations.js';
import './pages/admin/admin-users.js';
import './pages/admin/admin-keys.js';
import './pages/admin/admin-sso.js';
import './pages/admin/admin-walls.js';
import './pages/admin/admin-access-log.js';
import './pages/work/home.js';
import './pages/work/team-hours.js';
import './pages/account/notifications.js';
import './pages/people/my-profile.js';
import './pages/project/project-people.js';
import { mayManagePeople } from './pages/people/people.js';
import './pages/money/money.js';
import './pages/project/budget.js';
import './pages/project/webhooks.js';
import './pages/project/masking.js';

function annotatorOnly(user) {
  return user && user.roles.includes('ANNOTATOR') && !user.roles.some((r) => r === 'ADMIN' || r === 'MANAGER');
}

const ROUTES = [
  { pattern: /^\/(projects\/?)?$/, render: () => html`<annota-project-list></annota-project-list>`, title: 'Projects' },
  { pattern: /^\/projects\/new$/, render: () => html`<annota-project-new></annota-project-new>`, title: 'New project' },
  { pattern: /^\/projects\/([0-9a-f-]{36})\/work$/, render: (id) => html`<annota-workbench .projectId=${id}></annota-workbench>`, title: 'Workbench' },
  { pattern: /^\/projects\/([0-9a-f-]{36})\/review$/, render: (id) => html`<annota-review .projectId=${id}></annota-review>`, title: 'Review' },
  { pattern: /^\/projects\/([0-9a-f-]{36})\/items$/, render: (id) => html`<annota-project-items .projectId=${id}></annota-project-items>`, title: 'Items' },
  { pattern: /^\/projects\/([0-9a-f-]{36})\/items\/([0-9a-f-]{36})$/, render: (id, item) => html`<annota-item-view .projectId=${id} .itemId=${item}></annota-item-view>`, title: 'Item' },
  { pattern: /^\/projects\/([0-9a-f-]{36})\/dashboard$/, render: (id) => html`<annota-project-dashboard .projectId=${id}></annota-project-dashboard>`, title: 'Dashboard' },
  { pattern: /^\/projects\/([0-9a-f-]{36})\/schema$/, render: (id) => html`<annota-schema-editor .projectId=${id}></annota-schema-editor>`, title: 'Label schema' },
  { pattern: /^\/projects\/([0-9a-f-]{36})\/guidelines$/, render: (id) => html`<annota-guidelines .projectId=${id}></annota-guidelines>`, title: 'Guidelines' },
  { pattern: /^\/projects\/([0-9a-f-]{36})\/quality$/, render: (id) => html`<annota-quality .projectId=${id}></annota-quality>`, title: 'Quality' },
  { pattern: /^\/projects\/([0-9a-f-]{36})\/hours$/, render: (id) => html`<annota-hours .projectId=${id}></annota-hours>`, title: 'Hours' },
  { pattern: /^\/projects\/([0-9a-f-]{36})\/quality\/me$/, render: (id) => html`<annota-my-quality .projectId=${id}></annota-my-quality>`, title: 'My quality' },
  { pattern: /^\/projects\/([0-9a-f-]{36})\/people$/, render: (id) => html`<annota-project-people .projectId=${id}></annota-project-people>`, title: 'People and requirements' },
  { pattern: /^\/projects\/([0-9a-f-]{36})\/budget$/, render: (id) => html`<annota-project-budget .projectId=${id}></annota-project-budget>`, title: 'Budget' },
  { pattern: /^\/projects\/([0-9a-f-]{36})\/webhooks$/, render: (id) => html`<annota-project-webhooks .projectId=${id}></annota-project-webhooks>`, title: 'Webhooks' },
  { pattern: /^\/projects\/([0-9a-f-]{36})\/masking$/, render: (id) => html`<annota-project-masking .projectId=${id}></annota-project-masking>`, title: 'Masking' },
  { pattern: /^\/projects\/([0-9a-f-]{36})\/comparison$/, render: (id) => html`<annota-vendor-comparison .projectId=${id}></annota-vendor-comparison>`, title: 'Comparison' },
  { pattern: /^\/projects\/([0-9a-f-]{36})\/comparison\/me$/, render: (id) => html`<annota-my-figures .projectId=${id}></annota-my-figures>`, title: 'My figures' },
  { pattern: /^\/projects\/([0-9a-f-]{36})\/access$/, render: (id) => html`<annota-access-report .projectId=${id}></annota-access-report>`, title: 'Access report' },
  { pattern: /^\/projects\/([0-9a-f-]{36})$/, render: (id) => html`<annota-project-page .projectId=${id}></annota-project-page>`, title: 'Project' },
  { pattern: /^\/money$/, render: () => html`<annota-money></annota-money>`, title: 'Money' },
  { pattern: /^\/home$/, render: () => html`<annota-home></annota-home>`, title: 'My work' },
  { pattern: /^\/hours$/, render: () => html`<annota-team-hours></annota-team-hours>`, title: "Our people's hours" },
  { pattern: /^\/me\/feedback$/, render: () => html`<annota-feedback></annota-feedback>`, title: 'Feedback' },
  { pattern: /^\/me\/notifications$/, render: () => html`<annota-notifications></annota-notifications>`, title: 'Notifications' },
  { pattern: /^\/tokens$/, render: () => html`<annota-tokens></annota-tokens>`, title: 'API tokens' },
  { pattern: /^\/me\/affiliations$/, render: () => html`<annota-my-affiliations></annota-my-affiliations>`, title: 'My affiliations' },
  { pattern: /^\/me\/profile$/, render: () => html`<annota-my-profile></annota-my-profile>`, title: 'My profile' },
  { pattern: /^\/people$/, render: () => html`<annota-people></annota-people>`, title: 'People' },
  { pattern: /^\/me\/password$/, render: () => html`<annota-my-password></annota-my-password>`, title: 'Change password' },
  { pattern: /^\/admin\/?$/, render: () => html`<annota-admin></annota-admin>`, title: 'Administration' },
  { pattern: /^\/admin\/organizations$/, render: () => html`<annota-admin-organizations></annota-admin-organizations>`, title: 'Organizations' },
  { pattern: /^\/admin\/users$/, render: () => html`<annota-admin-users></annota-admin-users>`, title: 'Users' },
  { pattern: /^\/admin\/sso$/, render: () => html`<annota-admin-sso></annota-admin-sso>`, title: 'Single sign-on' },
  { pattern: /^\/admin\/keys$/, render: () => html`<annota-admin-keys></annota-admin-keys>`, title: 'Encryption keys' },
  { pattern: /^\/admin\/walls$/, render: () => html`<annota-admin-walls></annota-admin-walls>`, title: 'Conflict walls' },
  { pattern: /^\/admin\/access-log$/, render: () => html`<annota-admin-access-log></annota-admin-access-log>`, title: 'Access log' },
];

class AnnotaApp extends LightElement {
  static properties = {
    path: { state: true },
    user: { state: true },
    menuOpen: { state: true },
  };

  constructor() {
    super();
    this.path = window.location.pathname;
    this.user = null;
    this.menuOpen = false;
    this.onNavigate = () => {
      this.path = window.location.pathname;
      this.menuOpen = false;
    };
    this.onClick = (e) => this.interceptLink(e);
    this.onKey = (e) => {
      if (e.key === 'Escape' && this.menuOpen) {
        this.menuOpen = false;
        this.querySelector('#user-menu-button')?.focus();
      }
    };
  }

  connectedCallback() {
    super.connectedCallback();
    this.textContent = '';
    window.addEventListener('popstate', this.onNavigate);
    window.addEventListener('annota:navigate', this.onNavigate);
    document.addEventListener('click', this.onClick);
    document.addEventListener('keydown', this.onKey);
    currentUser().then((user) => { this.user = user; }).catch(() => {});
  }

  disconnectedCallback() {
    window.removeEventListener('popstate', this.onNavigate);
    window.removeEventListener('annota:navigate', this.onNavigate);
    document.removeEventListener('click', this.onClick);
    document.removeEventListener('keydown', this.onKey);
    super.disconnectedCallback();
  }

  interceptLink(e) {
    if (this.menuOpen && !e.target.closest?.('.user-menu')) {
      this.menuOpen = false; // a click anywhere else closes the user menu
    }
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) {
      return;
    }
    const a = e.target.closest?.('a[href]');
    if (!a || a.hasAttribute('download') || a.target || a.origin !== window.location.origin) {
      return;
    }
    const path = a.pathname;
    if (path.startsWith('/api/') || path.startsWith('/login') || path.startsWith('/webjars/')) {
      return;
    }
    if (ROUTES.some((r) => r.pattern.test(path))) {
      e.preventDefault();
      navigate(path + a.search);
    }
  }

  render() {
    // An annotator who manages nothing lands on their work, not on the project table.
    const landing = this.path === '/' && annotatorOnly(this.user) ? '/home' : this.path;
    const route = ROUTES.find((r) => r.pattern.test(landing));
    let page;
    if (this.path === '/' && this.user === null) {
      page = html`<section class="page"><p class="muted">Loading…</p></section>`; // which landing page depends on the roles
    } else if (route) {
      const match = landing.match(route.pattern);
      document.title = `${route.title} · Annota`;
      page = route.render(...match.slice(1));
    } else {
      document.title = 'Not found · Annota';
      page = html`<section class="page"><h1>Page not found</h1><p>There is nothing at ${this.path}. <a href="/">Go to the projects</a>.</p></section>`;
    }
    const u = this.user;
    return html`
      <a class="skip-link" href="#main">Skip to content</a>
      <header class="topbar">
        <a class="brand" href="/" aria-label="Annota, projects">
          <img src="/favicon.svg" alt="" width="20" height="20"><span>Annota</span>
        </a>
        <nav aria-label="Main">
          ${u?.roles.includes('ANNOTATOR') ? html`<a href="/home" id="my-work-link" aria-current=${landing === '/home' ? 'page' : 'false'}>My work</a>
            <a href="/me/feedback" id="feedback-link" aria-current=${landing === '/me/feedback' ? 'page' : 'false'}>Feedback</a>` : ''}
          <a href="/projects" aria-current=${landing === '/' || this.path.startsWith('/projects') ? 'page' : 'false'}>Projects</a>
          ${mayManagePeople(u) ? html`<a href="/people" id="nav-people" aria-current=${this.path === '/people' ? 'page' : 'false'}>People</a>` : ''}
          ${u?.roles.some((r) => r === 'ADMIN' || r === 'MANAGER') && u.orgKind !== 'OPERATOR' ? html`<a href="/hours" id="hours-link"
              aria-current=${this.path === '/hours' ? 'page' : 'false'}>Hours</a>` : ''}
          ${u && u.orgKind !== 'OPERATOR' && u.roles.some((r) => r === 'ADMIN' || r === 'MANAGER')
            ? html`<a href="/money" id="money-link" aria-current=${this.path === '/money' ? 'page' : 'false'}>Money</a>` : ''}
          ${adminPagesFor(u).map((p) => html`<a href=${p.path} id="nav-${p.id}" aria-current=${this.path === p.path ? 'page' : 'false'}>${p.label}</a>`)}
          <a href="/api/docs">API</a>
        </nav>
        ${u ? html`<annota-notification-bell></annota-notification-bell>` : ''}
        <div class="user-menu">
          <button id="user-menu-button" type="button" class="ghost" aria-haspopup="true" aria-expanded=${this.menuOpen}
                  @click=${() => { this.menuOpen = !this.menuOpen; }}>
            ${u ? html`<span class="who">${u.displayName}</span><span class="org">${u.orgName}</span>` : '…'}
            <span aria-hidden="true">▾</span>
          </button>
          ${this.menuOpen ? html`
            <div class="menu" role="menu">
              ${u ? html`<p class="menu-head">${u.email}<br><small>${u.roles.map((r) => r.toLowerCase()).join(', ')}</small></p>` : ''}
              <a role="menuitem" href="/tokens">API tokens</a>
              <a role="menuitem" id="menu-profile" href="/me/profile">My profile</a>
              <a role="menuitem" id="menu-affiliations" href="/me/affiliations">My affiliations</a>
              <a role="menuitem" id="menu-password" href="/me/password">Change password</a>
              <button role="menuitem" id="logout" type="button" class="ghost" @click=${logout}>Log out</button>
            </div>` : ''}
        </div>
      </header>
      <main id="main" tabindex="-1">${page}</main>
    `;
  }
}

customElements.define('annota-app', AnnotaApp);
