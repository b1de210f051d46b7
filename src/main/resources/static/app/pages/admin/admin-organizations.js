// The operator's page: every organization of the instance, a form to create a customer or workforce organization with
// its first admin, and the conflict classes (create one; put customers in it or take them out). The operator sees
// who is in a class; customers never do.
import { html } from 'lit';
import { api } from '../../api.js';
import { when } from '../../router.js';
import { problem, state } from '../page.js';
import { AdminPage, adminHeader } from './admin-nav.js';
import { setupLink } from './setup-link.js';

class AdminOrganizations extends AdminPage {
  static frame = { ...AdminPage.frame, id: 'admin-organizations' };

  static properties = state({
    orgs: null,
    classes: [],
    members: {},
    created: null,
    classError: null,
  });

  async load() {
    const [orgs, classes] = await Promise.all([api('/api/v1/organizations'), api('/api/v1/conflict-classes')]);
    const members = {};
    await Promise.all(classes.map(async (c) => { members[c.id] = await api(`/api/v1/conflict-classes/${c.id}/members`); }));
    this.orgs = orgs;
    this.classes = classes;
    this.members = members;
  }

  async create(e) {
    await this.sendForm(e, (f) => api('/api/v1/organizations', {
      method: 'POST',
      body: {
        kind: f.kind.value, name: f.orgName.value.trim(),
        admin: { email: f.adminEmail.value.trim(), displayName: f.adminName.value.trim() },
      },
    }), { done: (created) => { this.created = created; } });
  }

  async createClass(e) {
    await this.sendForm(e, (f) => api('/api/v1/conflict-classes', {
      method: 'POST', body: { name: f.className.value.trim(), description: f.classDescription.value.trim() || null },
    }), { error: 'classError' });
  }

  async membership(classId, orgId, join) {
    this.classError = null;
    try {
      await api(`/api/v1/conflict-classes/${classId}/members/${orgId}`, { method: join ? 'PUT' : 'DELETE' });
      await this.reload();
    } catch (err) {
      this.classError = err;
    }
  }

  invalid(field) {
    return this.formError?.field === field ? 'true' : 'false';
  }

  renderBody() {
    const customers = this.orgs.filter((o) => o.kind === 'CUSTOMER');
    return html`
        ${adminHeader(this.user, 'organizations', 'Organizations')}
        <div class="columns">
          <div>
            <table class="grid" id="org-table">
              <thead><tr><th>Name</th><th>Kind</th><th>Id</th><th>Created</th></tr></thead>
              <tbody>
                ${this.orgs.map((o) => html`<tr data-org=${o.name}>
                  <td>${o.name}</td><td><span class="tag">${o.kind.toLowerCase()}</span></td>
                  <td><code class="small">${o.id}</code></td><td class="nowrap muted">${when(o.createdAt)}</td></tr>`)}
              </tbody>
            </table>
          </div>
          <div>
            <form class="card" id="org-form" @submit=${this.create}>
              <h2>New organization</h2>
              <p class="muted small">A customer owns projects and data; a workforce supplies annotators. Its first admin adds the
                other users. You never choose their password: you get a one-time link with which they choose it.</p>
              <div class="field"><label for="kind">Kind</label>
                <select id="kind" name="kind"><option value="CUSTOMER">Customer (an AI lab)</option><option value="WORKFORCE">Workforce (a vendor)</option></select></div>
              <div class="field"><label for="orgName">Name</label>
                <input id="orgName" name="orgName" required maxlength="200" aria-invalid=${this.invalid('name')}></div>
              <fieldset>
                <legend>First admin</legend>
                <div class="field"><label for="adminName">Name</label><input id="adminName" name="adminName" required aria-invalid=${this.invalid('admin.displayName')}></div>
                <div class="field"><label for="adminEmail">Email</label><input id="adminEmail" name="adminEmail" type="email" required aria-invalid=${this.invalid('admin.email')}></div>
              </fieldset>
              <div class="form-actions"><button type="submit" class="primary" id="create-org">Create organization</button></div>
              ${problem(this.formError, { id: 'org-error', cls: 'field-error' })}
              ${this.created ? html`<p class="notice success" role="status" id="org-created">Created ${this.created.organization.name}.</p>
                ${setupLink(this.created.admin.email, this.created.admin.setupLink, this.created.admin.setupLinkExpiresAt,
                  'Its admin can log in once they have chosen a password.')}` : ''}
            </form>
          </div>
        </div>
        <h2>Conflict classes</h2>
        <p class="muted">Every two customers in one class conflict: an annotator shown one's items is not given the other's.
          Customers see the classes' names and their own membership, never the other members.</p>
        ${problem(this.classError, { id: 'class-error' })}
        ${this.classes.map((c) => html`
          <div class="card conflict-class" data-class=${c.name}>
            <h3>${c.name}</h3>
            ${c.description ? html`<p class="muted">${c.description}</p>` : ''}
            <ul class="plain">
              ${(this.members[c.id] || []).map((m) => html`<li>${m.name}
                <button type="button" class="ghost small danger" @click=${() => this.membership(c.id, m.orgId, false)}>Take out</button></li>`)}
            </ul>
            ${this.addMember(c, customers)}
          </div>`)}
        <form class="card inline-form" id="class-form" @submit=${this.createClass}>
          <div class="field"><label for="className">New class</label><input id="className" name="className" required maxlength="200" placeholder="e.g. frontier-model labs"></div>
          <div class="field grow"><label for="classDescription">Description</label><input id="classDescription" name="classDescription" maxlength="1000"></div>
          <button type="submit" id="create-class">Create class</button>
        </form>`;
  }

  addMember(c, customers) {
    const inside = new Set((this.members[c.id] || []).map((m) => m.orgId));
    const outside = customers.filter((o) => !inside.has(o.id));
    if (!outside.length) {
      return '';
    }
    const id = `add-${c.id}`;
    return html`
      <div class="inline-form">
        <div class="field grow"><label for=${id}>Add a customer</label>
          <select id=${id} class="add-member">${outside.map((o) => html`<option value=${o.id}>${o.name}</option>`)}</select></div>
        <button type="button" class="add-member-button" @click=${() => this.membership(c.id, this.querySelector(`#${CSS.escape(id)}`).value, true)}>Add</button>
      </div>`;
  }
}

customElements.define('annota-admin-organizations', AdminOrganizations);
