// An organization's people (its admins and managers): each person's profile, verify buttons for their credentials
// (a note on how and the date it was checked; an administrative act in the access log), and, for admins, the choice
// to show the people's names to customers instead of pseudonyms. Never another organization's people.
import { html } from 'lit';
import { api, currentUser } from '../../api.js';
import { Page, problem, state } from '../page.js';
import { pageHeader } from '../page-head.js';
import { hours, verification } from './profile-form.js';

/** Whether the people page is for this user: admins and managers of a customer or workforce. */
export function mayManagePeople(u) {
  return !!u && u.orgKind !== 'OPERATOR' && u.roles.some((r) => r === 'ADMIN' || r === 'MANAGER');
}

class People extends Page {
  static frame = { ...Page.frame, id: 'people-page' };

  static properties = state({
    user: null,
    people: null,
    sharing: null,
    verifying: null,
  });

  async load() {
    [this.user, this.people, this.sharing] = await Promise.all([currentUser(), api('/api/v1/people'),
      api('/api/v1/organizations/me/identity-sharing')]);
  }

  failure(e) {
    return e.status === 403 ? `This page is for your organization's admins and managers: ${e.message}` : e;
  }

  async setSharing(share) {
    try {
      this.sharing = await api('/api/v1/organizations/me/identity-sharing', { method: 'PUT', body: { shareIdentity: share } });
    } catch (e) {
      this.fail(e);
    }
  }

  async verify(e, person, c) {
    e.preventDefault();
    const f = e.target.elements;
    this.formError = null;
    try {
      await api(`/api/v1/people/${person.id}/credentials/${c.id}/verification`, {
        method: 'PUT', body: { note: f.note.value.trim(), verifiedOn: f.verifiedOn.value || null },
      });
      this.verifying = null;
      await this.reload();
    } catch (err) {
      this.formError = err;
    }
  }

  async withdraw(person, c) {
    await this.perform(() => api(`/api/v1/people/${person.id}/credentials/${c.id}/verification`, { method: 'DELETE' }));
  }

  renderHead() {
    return pageHeader({ crumbs: [{ href: '/', label: 'Projects' }], title: 'People',
      meta: this.user ? html`${this.user.orgName}` : '' });
  }

  isEmpty() {
    return !this.people.length;
  }

  renderEmpty() {
    return html`<p class="muted">Your organization has no people yet.</p>`;
  }

  renderCredential(person, c) {
    const open = this.verifying === c.id;
    return html`<li data-credential=${c.id}>${c.kind}: <strong>${c.title}</strong>${c.issuer ? html` (${c.issuer})` : ''} — ${verification(c)}
      ${person.id === this.user?.id ? '' : c.verifiedAt
        ? html`<button type="button" class="ghost small" @click=${() => this.withdraw(person, c)}>Withdraw verification</button>`
        : html`<button type="button" class="small verify" @click=${() => { this.verifying = c.id; this.formError = null; }}>Verify…</button>`}
      ${open ? html`
        <form class="inline-form verify-form" @submit=${(e) => this.verify(e, person, c)}>
          <div class="field grow"><label for="note-${c.id}">How it was checked</label>
            <input id="note-${c.id}" name="note" required maxlength="1000" placeholder="e.g. diploma seen, register checked"></div>
          <div class="field"><label for="on-${c.id}">On</label><input id="on-${c.id}" name="verifiedOn" type="date"></div>
          <button type="submit" class="primary small">Mark verified</button>
          <button type="button" class="ghost small" @click=${() => { this.verifying = null; }}>Cancel</button>
        </form>
        ${problem(this.formError, { id: 'verify-error', cls: 'field-error' })}` : ''}</li>`;
  }

  renderBody() {
    const admin = this.user?.roles.includes('ADMIN');
    return html`
      <p class="card" id="identity-sharing">Customers see your people as
        <strong>${this.sharing.shareIdentity ? 'names and emails' : 'pseudonyms'}</strong>, with their skills, verified
        credentials and quality.
        ${admin ? html`<button type="button" class="small" id="toggle-sharing" @click=${() => this.setSharing(!this.sharing.shareIdentity)}>
          ${this.sharing.shareIdentity ? 'Show pseudonyms instead' : 'Share names with customers'}</button>` : ''}</p>
      <table class="grid" id="people">
        <thead><tr><th>Person</th><th>Skills</th><th>Languages</th><th>Time zone and hours</th><th>Credentials</th></tr></thead>
        <tbody>${this.people.map((p) => html`<tr data-person=${p.id}>
          <td>${p.displayName}<br><small class="muted">${p.email} · ${p.roles.map((r) => r.toLowerCase()).join(', ')}</small></td>
          <td>${p.profile.skills.join(', ')}</td>
          <td>${p.profile.languages.map((l) => `${l.language} ${l.level}`).join(', ')}</td>
          <td>${p.profile.timeZone ?? ''}${Object.entries(p.profile.availability ?? {}).map(([d, r]) =>
            html`<br><small class="muted">${d.slice(0, 3).toLowerCase()} ${hours(r)}</small>`)}</td>
          <td><ul class="plain credentials">${p.profile.credentials.map((c) => this.renderCredential(p, c))}</ul></td>
        </tr>`)}</tbody>
      </table>`;
  }
}

customElements.define('annota-people', People);
