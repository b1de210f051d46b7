// The head every page starts with: breadcrumb, title row (with optional meta line and actions on the right). Project
// pages add their tabs (project-nav.js); administration pages their own breadcrumb root (admin-nav.js).
import { html } from 'lit';

/**
 * @param crumbs  [{ href, label }] leading to this page (the page's own title ends the trail)
 * @param title   the page's h1 and the trail's last step (a different last step via {@code crumbTitle})
 * @param meta    optional template under the title
 * @param actions optional template on the right of the title
 */
export function pageHeader({ crumbs = [], title, crumbTitle = title, meta = '', actions = '' }) {
  return html`
    <nav class="crumbs" aria-label="Breadcrumb">
      ${crumbs.map((c) => html`<a href=${c.href}>${c.label}</a> <span aria-hidden="true">/</span> `)}${crumbTitle}</nav>
    <div class="page-head">
      <div>
        <h1>${title}</h1>
        ${meta ? html`<p class="muted meta">${meta}</p>` : ''}
      </div>
      <div class="head-actions">${actions}</div>
    </div>`;
}
