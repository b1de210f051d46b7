// The caller's own profile: skills, languages, time zone, available hours, and credentials, which stay unverified
// until an admin or manager of their organization verifies them. Customers see it under a pseudonym (unless the
// organization shares names), with verified credentials only.
import { html } from 'lit';
import { api } from '../../api.js';
import { Page, problem, state } from '../page.js';
import { pageHeader } from '../page-head.js';
import { credentialBody, credentialForm, profileBody, profileForm, verification } from './profile-form.js';

class MyProfile extends Page {
  static frame = { ...Page.frame, cls: 'page narrow', id: 'my-profile' };

  static properties = state({
    profile: null,
  });

  async load() {
    this.profile = await api('/api/v1/me/profile');
  }

  async save(e) {
    e.preventDefault();
    await this.saveInPlace(async () => {
      this.profile = await api('/api/v1/me/profile', { method: 'PUT', body: profileBody(e.target) });
    });
  }

  async addCredential(e) {
    await this.sendForm(e, () => api('/api/v1/me/profile/credentials', { method: 'POST', body: credentialBody(e.target) }));
  }

  async dropCredential(c) {
    await this.perform(() => api(`/api/v1/me/profile/credentials/${c.id}`, { method: 'DELETE' }));
  }

  renderHead() {
    return html`
        ${pageHeader({ crumbs: [{ href: '/', label: 'Projects' }], title: 'My profile' })}
        <p class="muted">What you can do, for projects that require it. Customers see it under a pseudonym, unless your
          organization shares names, and see only the credentials your organization has verified.</p>`;
  }

  renderWayBack() {
    return '';
  }

  renderBody() {
    const p = this.profile;
    return html`
        ${profileForm(p, (e) => this.save(e))}
        ${this.saved ? html`<p class="muted" role="status" id="profile-saved">Saved.</p>` : ''}
        <h2>Credentials</h2>
        ${p.credentials.length ? html`
          <table class="grid" id="credentials">
            <thead><tr><th>Kind</th><th>Title</th><th>Issuer</th><th>Verification</th><th><span class="sr-only">Actions</span></th></tr></thead>
            <tbody>${p.credentials.map((c) => html`<tr data-title=${c.title}>
              <td>${c.kind}</td><td>${c.title}</td><td>${c.issuer ?? ''}</td><td>${verification(c)}</td>
              <td class="actions"><button type="button" class="ghost small danger" @click=${() => this.dropCredential(c)}>Remove</button></td></tr>`)}
            </tbody>
          </table>` : html`<p class="muted" id="no-credentials">No credentials yet.</p>`}
        ${credentialForm((e) => this.addCredential(e))}
        ${problem(this.formError, { id: 'profile-error', cls: 'field-error' })}`;
  }
}

customElements.define('annota-my-profile', MyProfile);
