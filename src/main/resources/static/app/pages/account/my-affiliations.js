// The caller's own affiliations (employers and other ties, with dates): declared by the annotator, used by the
// conflict wall against customers who exclude that employer. Nobody else sees the list; a customer learns only that a
// claim was refused and why.
import { html } from 'lit';
import { api } from '../../api.js';
import { Page, problem, state } from '../page.js';
import { pageHeader } from '../page-head.js';

class MyAffiliations extends Page {
  static frame = { ...Page.frame, cls: 'page narrow', id: 'my-affiliations' };

  static properties = state({
    affiliations: null,
  });

  async load() {
    this.affiliations = await api('/api/v1/me/affiliations');
  }

  async declare(e) {
    await this.sendForm(e, (f) => api('/api/v1/me/affiliations', {
      method: 'POST',
      body: { employer: f.employer.value.trim(), startedOn: f.startedOn.value || null, endedOn: f.endedOn.value || null },
    }));
  }

  async removeAffiliation(a) {
    await this.perform(() => api(`/api/v1/me/affiliations/${a.id}`, { method: 'DELETE' }));
  }

  renderHead() {
    return html`
        ${pageHeader({ crumbs: [{ href: '/', label: 'Projects' }], title: 'My affiliations' })}
        <p class="muted">Declare the employers and other ties that a customer may need to keep away from its data: present
          ones without an end date, past ones with their dates. A customer that excludes one of them is not offered your
          tasks; nothing else changes for you, and no customer sees this list.</p>`;
  }

  renderWayBack() {
    return '';
  }

  renderBody() {
    return html`
        ${this.affiliations?.length ? html`
          <table class="grid" id="affiliations">
            <thead><tr><th>Employer</th><th>From</th><th>Until</th><th><span class="sr-only">Actions</span></th></tr></thead>
            <tbody>${this.affiliations.map((a) => html`<tr data-employer=${a.employer}>
              <td>${a.employer}</td><td class="nowrap">${a.startedOn ?? '—'}</td><td class="nowrap">${a.endedOn ?? 'now'}</td>
              <td class="actions"><button type="button" class="ghost small danger" @click=${() => this.removeAffiliation(a)}>Remove</button></td></tr>`)}
            </tbody>
          </table>` : html`<p class="muted" id="no-affiliations">You have declared none.</p>`}
        <form class="card inline-form" id="affiliation-form" @submit=${this.declare}>
          <div class="field grow"><label for="employer">Employer</label><input id="employer" name="employer" required maxlength="200"></div>
          <div class="field"><label for="startedOn">From</label><input id="startedOn" name="startedOn" type="date"></div>
          <div class="field"><label for="endedOn">Until <span class="hint">empty: now</span></label><input id="endedOn" name="endedOn" type="date"></div>
          <button type="submit" class="primary" id="declare">Declare</button>
        </form>
        ${problem(this.formError, { id: 'affiliation-error', cls: 'field-error' })}`;
  }
}

customElements.define('annota-my-affiliations', MyAffiliations);
