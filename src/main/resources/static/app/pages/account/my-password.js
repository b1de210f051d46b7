// Changing one's own password (the user menu's "Change password"): the current one proves it is you. Your other
// browser sessions end; this one and your API tokens stay. The server's policy (at least 12 characters, not a common
// password) answers 422 naming the field, shown next to it.
import { html } from 'lit';
import { api } from '../../api.js';
import { Page, problem, state } from '../page.js';
import { pageHeader } from '../page-head.js';

class MyPassword extends Page {
  static frame = { ...Page.frame, cls: 'page narrow', id: 'my-password' };

  static properties = state({
    done: false,
  });

  constructor() {
    super();
    this.loaded = true; // a form: nothing to fetch
  }

  async change(e) {
    e.preventDefault();
    const form = e.target;
    const f = form.elements;
    this.formError = null;
    this.done = false;
    if (f.newPassword.value !== f.repeatPassword.value) {
      this.formError = { field: 'repeatPassword', message: 'The two new passwords differ; type the same password twice.' };
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
      this.formError = err;
    }
  }

  invalid(field) {
    return this.formError?.field === field ? 'true' : 'false';
  }

  renderBody() {
    return html`
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
          ${problem(this.formError, { id: 'password-error', cls: 'field-error', where: false })}
          ${this.done ? html`<p class="notice success" role="status" id="password-changed">Your password is changed.</p>` : ''}
        </form>`;
  }
}

customElements.define('annota-my-password', MyPassword);
