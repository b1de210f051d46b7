// /admin: the administration pages the caller may open, one line each.
import { html } from 'lit';
import { pageHeader } from '../page-head.js';
import { AdminPage, adminPagesFor } from './admin-nav.js';

class AdminIndex extends AdminPage {
  static frame = { ...AdminPage.frame, cls: 'page narrow', id: 'admin-index' };

  renderBody() {
    const pages = adminPagesFor(this.user);
    return html`
        ${pageHeader({ title: 'Administration', meta: this.user.orgName })}
        ${pages.length ? html`
          <ul class="plain admin-pages">
            ${pages.map((p) => html`<li><span><a href=${p.path} id="admin-${p.id}">${p.label}</a><br><small class="muted">${p.about}</small></span></li>`)}
          </ul>` : html`<p>Your roles have no administration pages. <a href="/me/affiliations">Your affiliations</a> are yours to declare.</p>`}`;
  }
}

customElements.define('annota-admin', AdminIndex);
