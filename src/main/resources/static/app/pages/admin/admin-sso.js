// Single sign-on, for an organization's admins: the OpenID Connect provider (issuer, client id, client secret — which
// is write-only: the server never sends it back), the email domains it speaks for, the role of the accounts it
// creates, on or off; "Test configuration" asks the server to fetch the provider's discovery document now.
import { html } from 'lit';
import { api } from '../../api.js';
import { when } from '../../router.js';
import { AdminPage, adminHeader } from './admin-nav.js';
import { problem, state } from '../page.js';

const PATH = '/api/v1/organizations/me/sso';

const EMPTY = { issuerUri: '', clientId: '', clientSecret: '', emailDomains: '', defaultRole: 'ANNOTATOR', enabled: true };

class AdminSso extends AdminPage {
  static frame = { ...AdminPage.frame, id: 'admin-sso' };

  static properties = state({
    config: null,
    form: null,
    message: null,
    testResult: null,
    busy: false,
  });

  async load() {
    // No configuration yet is a 404: the page then offers an empty form, not an error.
    this.config = await api(PATH).catch((e) => {
      if (e.status === 404) {
        return null;
      }
      throw e;
    });
    const c = this.config;
    this.form = c ? { issuerUri: c.issuerUri, clientId: c.clientId, clientSecret: '', emailDomains: c.emailDomains.join('\n'),
      defaultRole: c.defaultRole, enabled: c.enabled } : { ...EMPTY };
  }

  set(name, value) {
    this.form = { ...this.form, [name]: value };
  }

  async busyWith(act) {
    this.message = null;
    await this.busyWhile(act);
  }

  async save(e) {
    e.preventDefault();
    await this.busyWith(async () => {
      const f = this.form;
      const body = { issuerUri: f.issuerUri, clientId: f.clientId, defaultRole: f.defaultRole, enabled: f.enabled,
        emailDomains: f.emailDomains.split(/[\s,]+/).filter(Boolean) };
      if (f.clientSecret) {
        body.clientSecret = f.clientSecret;
      }
      await api(PATH, { method: 'PUT', body });
      this.testResult = null;
      await this.reload();
      this.message = 'Saved. The change is in the access log.';
    });
  }

  async testConfiguration() {
    await this.busyWith(async () => {
      this.testResult = await api(`${PATH}/test`, { method: 'POST' });
    });
  }

  async removeConfiguration() {
    await this.busyWith(async () => {
      await api(PATH, { method: 'DELETE' });
      this.testResult = null;
      await this.reload();
      this.message = 'Single sign-on is removed. Its people log in with a password from now on.';
    });
  }

  renderBody() {
    const f = this.form;
    const c = this.config;
    return html`
      ${adminHeader(this.user, 'sso', 'Single sign-on')}
      <p class="muted">People whose email is of one of your domains log in with your OpenID Connect identity provider:
        on the login page, "Continue with single sign-on". An account with that email in your organization is used; if
        there is none, one is made with the default role. The provider must say the email is verified. At your provider,
        register Annota as a confidential client with the redirect URI
        <code id="sso-redirect">${location.origin}${c ? c.redirectPath : `/login/oauth2/code/${this.user.orgId}`}</code>.</p>
      ${this.message ? html`<p class="notice success" role="status" id="sso-message">${this.message}</p>` : ''}
      <form class="card" id="sso-form" @submit=${this.save}>
        <div class="field"><label for="sso-issuer">Issuer URL</label>
          <input id="sso-issuer" type="url" required placeholder="https://login.example.org/realms/lab" .value=${f.issuerUri}
            @input=${(e) => this.set('issuerUri', e.target.value)}></div>
        <div class="field"><label for="sso-client-id">Client id</label>
          <input id="sso-client-id" required autocomplete="off" .value=${f.clientId} @input=${(e) => this.set('clientId', e.target.value)}></div>
        <div class="field"><label for="sso-client-secret">Client secret</label>
          <input id="sso-client-secret" type="password" autocomplete="new-password" ?required=${!c}
            placeholder=${c ? 'Stored, never shown; type a new one to replace it' : ''}
            .value=${f.clientSecret} @input=${(e) => this.set('clientSecret', e.target.value)}></div>
        <div class="field"><label for="sso-domains">Email domains (one a line; each may belong to one organization only)</label>
          <textarea id="sso-domains" rows="3" required .value=${f.emailDomains} @input=${(e) => this.set('emailDomains', e.target.value)}></textarea></div>
        <div class="field"><label for="sso-role">Role of a new account</label>
          <select id="sso-role" @change=${(e) => this.set('defaultRole', e.target.value)}>
            ${['ANNOTATOR', 'REVIEWER', 'MANAGER'].map((r) => html`<option value=${r} ?selected=${f.defaultRole === r}>${r.toLowerCase()}</option>`)}
          </select></div>
        <div class="field"><label><input id="sso-enabled" type="checkbox" .checked=${f.enabled}
          @change=${(e) => this.set('enabled', e.target.checked)}> Single sign-on is on</label></div>
        ${problem(this.formError, { id: 'sso-error' })}
        <button type="submit" class="primary" id="sso-save" ?disabled=${this.busy}>Save</button>
        ${c ? html`
          <button type="button" id="sso-test" ?disabled=${this.busy} @click=${this.testConfiguration}>Test configuration</button>
          <button type="button" class="danger" id="sso-remove" ?disabled=${this.busy} @click=${this.removeConfiguration}>Remove</button>
          <p class="muted">Last changed ${when(c.updatedAt)}.</p>` : ''}
      </form>
      ${this.testResult ? html`<p class="notice ${this.testResult.ok ? 'success' : 'error'}" role="status" id="sso-test-result">${this.testResult.ok
        ? `The provider answered: its discovery document is readable (sign-in page ${this.testResult.authorizationEndpoint}).`
        : this.testResult.problem}</p>` : ''}`;
  }
}

customElements.define('annota-admin-sso', AdminSso);
