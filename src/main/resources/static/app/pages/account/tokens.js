// Personal API tokens: list, create (the secret is shown once, here), revoke.
import { html } from 'lit';
import { api } from '../../api.js';
import { when } from '../../router.js';
import { Page, problem, state } from '../page.js';

class Tokens extends Page {
  static frame = { ...Page.frame, cls: 'page narrow' };

  static properties = state({
    tokens: null,
    issued: null,
  });

  async load() {
    this.tokens = await api('/api/v1/tokens');
  }

  async create(e) {
    const sent = await this.sendForm(e, (f) => api('/api/v1/tokens', {
      method: 'POST', body: { name: f.tokenName.value.trim(), expiresInDays: f.days.value ? Number(f.days.value) : null },
    }), { done: (issued) => { this.issued = issued; } });
    if (sent) {
      await this.updateComplete;
      this.querySelector('#token-secret')?.select();
    }
  }

  async revoke(token) {
    if (!window.confirm(`Revoke the token “${token.name}”? Programs using it stop working at once.`)) {
      return;
    }
    await this.perform(() => api(`/api/v1/tokens/${token.id}`, { method: 'DELETE' }));
  }

  copy() {
    navigator.clipboard?.writeText(this.issued.secret);
  }

  status(t) {
    if (t.revokedAt) return html`<span class="flag off">revoked</span>`;
    if (t.expiresAt && Date.parse(t.expiresAt) < Date.now()) return html`<span class="flag off">expired</span>`;
    return html`<span class="flag">active</span>`;
  }

  renderHead() {
    return html`
        <h1>API tokens</h1>
        <p class="muted">A personal token lets a script call the REST API as you: send it as <code>Authorization: Bearer ann_…</code>.
          See the <a href="/api/docs">API reference</a>.</p>`;
  }

  renderWayBack() {
    return '';
  }

  renderBody() {
    return html`
        ${this.issued ? html`
          <div class="notice success secret" role="status">
            <p><strong>Token “${this.issued.name}” created.</strong> Copy the secret now: it is not shown again.</p>
            <div class="inline-form">
              <input id="token-secret" readonly .value=${this.issued.secret} aria-label="Token secret" @focus=${(e) => e.target.select()}>
              <button type="button" @click=${this.copy}>Copy</button>
            </div>
          </div>` : ''}
        <form class="card inline-form" id="token-form" @submit=${this.create}>
          <div class="field grow">
            <label for="tokenName">Name</label>
            <input id="tokenName" name="tokenName" required maxlength="100" placeholder="e.g. training pipeline export">
          </div>
          <div class="field">
            <label for="days">Expires in (days)</label>
            <input id="days" name="days" type="number" min="1" value="90">
          </div>
          <button type="submit" class="primary">Create token</button>
        </form>
        ${problem(this.formError, { cls: 'field-error' })}
        ${this.tokens?.length ? html`
          <table class="grid">
            <thead><tr><th>Name</th><th>Created</th><th>Expires</th><th>Last used</th><th>Status</th><th><span class="sr-only">Actions</span></th></tr></thead>
            <tbody>
              ${this.tokens.map((t) => html`<tr>
                <td>${t.name}</td>
                <td class="nowrap muted">${when(t.createdAt)}</td>
                <td class="nowrap muted">${when(t.expiresAt)}</td>
                <td class="nowrap muted">${t.lastUsedAt ? when(t.lastUsedAt) : 'never'}</td>
                <td>${this.status(t)}</td>
                <td class="actions">${t.revokedAt ? '' : html`<button type="button" class="ghost small danger" @click=${() => this.revoke(t)}>Revoke</button>`}</td>
              </tr>`)}
            </tbody>
          </table>` : html`<p class="muted">You have no tokens.</p>`}`;
  }
}

customElements.define('annota-tokens', Tokens);
