// Changing one's own password (the user menu's "Change password"): the current one proves it is you. Your other
// browser sessions end; this one and your API tokens stay. The server's policy (at least 12 characters, not a common
// password) answers 422 naming the field, shown next to it.
import { html } from 'lit';
import { api } from '../api.js';
import { Page } from '../router.js';
import { pageHeader } from './page-head.js';

class MyPassword extends Page {
  static properties = {
    error: { state: true },
    done: { state: true },
  };

  constructor() {
    super();
    this.error = null;
    this.done = false;
  }

  async change(e) {
    e.preventDefault();
    const form = e.target;
    const f = form.elements;
    this.error = null;
    this.done = false;
    if (f.newPassword.value !== f.repeatPassword.value) {
      this.error = { field: 'repeatPassword', message: 'The two new passwords differ; type the same password twice.' };
      return;
    }
    try {
      await api('/api/v1/me/password', {
        method: 'PUT',
        body: { currentPassword: f.currentPassword.value, newPassword: f.newPassword.value },
      });
      form.reset();
      this.done = true;
    } catch (err) {
      this.error = err;
    }
  }

  invalid(field) {
    return this.error?.field === field ? 'true' : 'false';
  }

  render() {
    return html`
      <section class="page narrow" id="my-password">
        ${pageHeader({ crumbs: [{ href: '/', label: 'Projects' }], title: 'Change password' })}
        <p class="muted">At least 12 characters and not a common password; a few unrelated words make a good one. Your other
          browser sessions end; this one and your API tokens stay (revoke tokens on the API tokens page).</p>
        <form class="card" id="password-form" @submit=${this.change}>
          <div class="field"><label for="currentPassword">Current password</label>
            <input id="currentPassword" name="currentPassword" type="password" required autocomplete="current-password"
              aria-invalid=${this.invalid('currentPassword')}></div>
          <div class="field"><label for="newPassword">New password <span class="hint">at least 12 characters</span></label>
            <input id="newPassword" name="newPassword" type="password" required minlength="12" autocomplete="new-password"
              aria-invalid=${this.invalid('newPassword')}></div>
          <div class="field"><label for="repeatPassword">Repeat the new password</label>
            <input id="repeatPassword" name="repeatPassword" type="password" required autocomplete="new-password"
              aria-invalid=${this.invalid('repeatPassword')}></div>
          <div class="form-actions"><button type="submit" class="primary" id="change-password">Change password</button></div>
          ${this.error ? html`<p class="field-error" role="alert" id="password-error">${this.error.message}</p>` : ''}
          ${this.done ? html`<p class="notice success" role="status" id="password-changed">Your password is changed.</p>` : ''}
        </form>
      </section>`;
  }
}

customElements.define('annota-my-password', MyPassword);
