// The administration pages, which roles see them, and the head (breadcrumb, title, tabs) they share. Hiding a link
// is only courtesy: every call behind these pages is checked by the server again.
import { html } from 'lit';
import { currentUser } from '../../api.js';
import { pageHeader } from '../page-head.js';
import { Page } from '../page.js';

const isAdmin = (u) => u.roles.includes('ADMIN');
const isCustomer = (u) => u.orgKind === 'CUSTOMER';

export const ADMIN_PAGES = [
  { id: 'organizations', path: '/admin/organizations', label: 'Organizations',
    about: 'Create customer and workforce organizations with their first admin; conflict classes.',
    may: (u) => u.orgKind === 'OPERATOR' && isAdmin(u) },
  { id: 'users', path: '/admin/users', label: 'Users',
    about: "Your organization's users: add them, change their roles, deactivate them.",
    may: (u) => isAdmin(u) },
  { id: 'sso', path: '/admin/sso', label: 'Single sign-on',
    about: "Your organization's OpenID Connect identity provider, its email domains and the role of the accounts it makes.",
    may: (u) => isAdmin(u) },
  { id: 'keys', path: '/admin/keys', label: 'Keys',
    about: "Your organization's encryption keys: rotate them, or crypto-shred the organization's data.",
    may: (u) => isCustomer(u) && isAdmin(u) },
  { id: 'walls', path: '/admin/walls', label: 'Conflict walls',
    about: 'Conflict classes, competitors, excluded affiliations and the cooling-off period.',
    may: (u) => isCustomer(u) && isAdmin(u) },
  { id: 'access-log', path: '/admin/access-log', label: 'Access log',
    about: 'Download the tamper-evident access log, its signed checkpoint and proofs, and verify them offline.',
    may: (u) => isCustomer(u) && (isAdmin(u) || u.roles.includes('MANAGER')) },
];

/** The administration pages this user may open (none for annotators and reviewers). */
export function adminPagesFor(user) {
  return user ? ADMIN_PAGES.filter((p) => p.may(user)) : [];
}

/** Breadcrumb, title and the tabs of the administration pages the user may open. */
export function adminHeader(user, active, title, actions = '') {
  const pages = adminPagesFor(user);
  return html`
    ${pageHeader({ crumbs: [{ href: '/admin', label: 'Administration' }], title, meta: user ? html`${user.orgName}` : '', actions })}
    ${pages.length > 1 ? html`
      <nav class="tabs" aria-label="Administration pages">
        ${pages.map((p) => html`<a href=${p.path} id="tab-${p.id}" aria-current=${p.id === active ? 'page' : 'false'}>${p.label}</a>`)}
      </nav>` : ''}`;
}

/** The message for a caller the server refused (the server decides; the page only explains). */
export function refusal(e) {
  if (e.status === 403 || e.status === 404) {
    return `This page is not for your account: ${e.message}`;
  }
  return e;
}

/** An administration page: the caller (for the head and the tabs) is known before the page loads; refusals explained. */
export class AdminPage extends Page {
  static properties = { user: { state: true } };

  async reload() {
    this.user = await currentUser().catch(() => null);
    return super.reload();
  }

  failure(e) {
    return refusal(e);
  }
}
