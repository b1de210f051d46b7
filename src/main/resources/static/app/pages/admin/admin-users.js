// An organization's users, for its admins (a customer's or a vendor's alike): add a user with their roles (they get a
// one-time setup link to choose their own password), change roles, reset a password (a new setup link), deactivate and
// reactivate. Managers may read the list; only admins change it (the server enforces both).
import { html } from 'lit';
import { api } from '../../api.js';
import { when } from '../../router.js';
import { problem, state } from '../page.js';
import { AdminPage, adminHeader } from './admin-nav.js';
import { setupLink } from './setup-link.js';

const ROLES = ['ADMIN', 'MANAGER', 'REVIEWER', 'ANNOTATOR'];

class AdminUsers extends AdminPage {
  static frame = { ...AdminPage.frame, id: 'admin-users' };

  static properties = state({
    users: null,
    rowMessage: null,
    link: null,
  });

  async load() {
    this.users = await api('/api/v1/users');
  }

  async create(e) {
    this.link = null;
    await this.sendForm(e, (f) => api('/api/v1/users', {
      method: 'POST',
      body: { email: f.email.value.trim(), displayName: f.displayName.value.trim(), roles: ROLES.filter((r) => f[`new-role-${r}`].checked) },
    }), {
      done: (added) => {
        this.rowMessage = { id: added.id, text: 'Added.' };
        this.link = { who: added.email, url: added.setupLink, expiresAt: added.setupLinkExpiresAt, why: `Added ${added.displayName}.` };
      },
    });
  }

  async resetPassword(u) {
    if (!window.confirm(`Reset the password of ${u.email}? Their password stops working now, their sessions end and their `
      + 'API tokens are revoked; you get a new setup link to give them.')) {
      return;
    }
    this.rowMessage = null;
    this.link = null;
    try {
      const issued = await api(`/api/v1/users/${u.id}/password-reset`, { method: 'POST' });
      this.link = { who: u.email, url: issued.setupLink, expiresAt: issued.setupLinkExpiresAt, why: 'Password reset.' };
    } catch (err) {
      this.rowMessage = { id: u.id, text: err.message, error: true };
    }
  }

  async change(u, body, done) {
    this.rowMessage = null;
    this.link = null;
    try {
      const changed = await api(`/api/v1/users/${u.id}`, { method: 'PATCH', body });
      this.rowMessage = { id: u.id, text: done(changed) };
      await this.reload();
    } catch (err) {
      this.rowMessage = { id: u.id, text: err.message, error: true };
    }
  }

  saveRoles(u) {
    const row = this.querySelector(`tr[data-user="${u.id}"]`);
    const roles = ROLES.filter((r) => row.querySelector(`input[data-role="${r}"]`).checked);
    this.change(u, { roles }, (c) => `Saved: ${c.roles.map((r) => r.toLowerCase()).join(', ')}.`);
  }

  renderBody() {
    const admin = this.user.roles.includes('ADMIN');
    return html`
        ${adminHeader(this.user, 'users', 'Users')}
        <p class="muted">Everyone here belongs to ${this.user.orgName}. Deactivating someone ends their sessions and revokes
          their API tokens at once; they cannot log in until reactivated (with new tokens). A changed role holds for their
          API tokens at once and in the browser from their next login. The organization always keeps one enabled admin.
          Nobody sets another person's password: a new user, or one whose password you reset, gets a one-time link to
          choose their own.</p>
        ${this.link ? setupLink(this.link.who, this.link.url, this.link.expiresAt, this.link.why) : ''}
        <table class="grid" id="users-table">
          <thead><tr><th>Name</th><th>Email</th>${ROLES.map((r) => html`<th>${r.toLowerCase()}</th>`)}<th>Status</th><th>Added</th>
            <th><span class="sr-only">Actions</span></th></tr></thead>
          <tbody>
            ${this.users.map((u) => html`<tr data-user=${u.id} data-email=${u.email} class=${u.enabled ? '' : 'disabled'}>
              <td>${u.displayName}</td><td>${u.email}</td>
              ${ROLES.map((r) => html`<td><input type="checkbox" data-role=${r} aria-label="${r.toLowerCase()} (${u.email})"
                  .checked=${u.roles.includes(r)} ?disabled=${!admin}></td>`)}
              <td>${u.enabled ? html`<span class="flag">active</span>` : html`<span class="flag off">deactivated</span>`}</td>
              <td class="nowrap muted">${when(u.createdAt)}</td>
              <td class="actions">${admin ? html`
                <button type="button" class="small save-roles" @click=${() => this.saveRoles(u)}>Save roles</button>
                ${u.id === this.user.id ? '' : html`<button type="button" class="ghost small reset-password" @click=${() => this.resetPassword(u)}>Reset password</button>`}
                ${u.id === this.user.id ? '' : u.enabled
                  ? html`<button type="button" class="ghost small danger deactivate" @click=${() => this.change(u, { enabled: false }, () => 'Deactivated; sessions ended.')}>Deactivate</button>`
                  : html`<button type="button" class="ghost small reactivate" @click=${() => this.change(u, { enabled: true }, () => 'Active again.')}>Reactivate</button>`}` : ''}
                ${this.rowMessage?.id === u.id ? html`<br><small role="status" class=${this.rowMessage.error ? 'error row-message' : 'row-message'}>${this.rowMessage.text}</small>` : ''}
              </td>
            </tr>`)}
          </tbody>
        </table>
        ${admin ? html`
          <form class="card" id="user-form" @submit=${this.create}>
            <h2>Add a user</h2>
            <div class="row">
              <div class="field"><label for="displayName">Name</label><input id="displayName" name="displayName" required
                aria-invalid=${this.formError?.field === 'displayName' ? 'true' : 'false'}></div>
              <div class="field"><label for="email">Email</label><input id="email" name="email" type="email" required
                aria-invalid=${this.formError?.field === 'email' ? 'true' : 'false'}></div>
            </div>
            <fieldset><legend>Roles</legend>
              ${ROLES.map((r) => html`<label class="inline"><input type="checkbox" id="new-role-${r}" name="new-role-${r}" ?checked=${r === 'ANNOTATOR'}>${r.toLowerCase()}</label>`)}
            </fieldset>
            <div class="form-actions"><button type="submit" class="primary" id="add-user">Add user</button></div>
            ${problem(this.formError, { id: 'user-error', cls: 'field-error' })}
          </form>` : ''}`;
  }
}

customElements.define('annota-admin-users', AdminUsers);
