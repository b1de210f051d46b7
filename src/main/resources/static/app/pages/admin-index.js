// /admin: the administration pages the caller may open, one line each.
import { html } from 'lit';
import { currentUser } from '../api.js';
import { Page } from '../router.js';
import { adminPagesFor } from './admin-nav.js';
import { pageHeader } from './page-head.js';

class AdminIndex extends Page {
  static properties = { user: { state: true } };

  connectedCallback() {
    super.connectedCallback();
    currentUser().then((u) => { this.user = u; });
  }

  render() {
    if (!this.user) {
      return html`<section class="page narrow"><p class="muted">Loading…</p></section>`;
    }
    const pages = adminPagesFor(this.user);
    return html`
      <section class="page narrow" id="admin-index">
        ${pageHeader({ title: 'Administration', meta: this.user.orgName })}
        ${pages.length ? html`
          <ul class="plain admin-pages">
            ${pages.map((p) => html`<li><span><a href=${p.path} id="admin-${p.id}">${p.label}</a><br><small class="muted">${p.about}</small></span></li>`)}
          </ul>` : html`<p>Your roles have no administration pages. <a href="/me/affiliations">Your affiliations</a> are yours to declare.</p>`}
      </section>`;
  }
}

customElements.define('annota-admin', AdminIndex);
