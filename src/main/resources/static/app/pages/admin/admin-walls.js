// A customer's conflict walls, for its admins: which conflict classes it belongs to (the operator creates classes;
// the other members stay hidden), the competitors it declares, the affiliations it excludes and the cooling-off period.
// The rules behind them: docs/security.md "Conflict walls".
import { html } from 'lit';
import { api } from '../../api.js';
import { problem, state } from '../page.js';
import { AdminPage, adminHeader } from './admin-nav.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

class AdminWalls extends AdminPage {
  static frame = { ...AdminPage.frame, id: 'admin-walls' };

  static properties = state({
    classes: null,
    competitors: [],
    exclusions: [],
    policy: null,
    messages: {},
  });

  async load() {
    [this.classes, this.competitors, this.exclusions, this.policy] = await Promise.all([
      api('/api/v1/conflict-classes'), api('/api/v1/organizations/me/competitors'),
      api('/api/v1/organizations/me/excluded-affiliations'), api('/api/v1/organizations/me/wall-policy')]);
  }

  /** Runs one change, then reloads; the outcome is shown beside the section it belongs to. */
  async act(section, call, ok) {
    this.messages = { ...this.messages, [section]: null };
    try {
      await call();
      await this.reload();
      this.messages = { ...this.messages, [section]: { text: ok } };
      return true;
    } catch (e) {
      this.messages = { ...this.messages, [section]: { error: e } };
      return false;
    }
  }

  message(section) {
    const m = this.messages[section];
    if (m?.error) {
      return problem(m.error, { id: `${section}-message`, cls: 'field-error' });
    }
    return m ? html`<p class="notice success" role="status" id="${section}-message">${m.text}</p>` : '';
  }

  membership(c) {
    const path = `/api/v1/conflict-classes/${c.id}/members/${this.user.orgId}`;
    return this.act('classes', () => api(path, { method: c.member ? 'DELETE' : 'PUT' }),
      c.member ? `Left “${c.name}”.` : `Joined “${c.name}”.`);
  }

  async declare(e) {
    e.preventDefault();
    const form = e.target;
    const id = form.elements.competitorId.value.trim();
    if (!UUID.test(id)) {
      this.messages = { ...this.messages, competitors: { error: 'Enter the competitor\'s organization id (a UUID).' } };
      return;
    }
    if (await this.act('competitors', () => api(`/api/v1/organizations/me/competitors/${id}`, { method: 'PUT' }), 'Competitor declared.')) {
      form.reset();
    }
  }

  async exclude(e) {
    e.preventDefault();
    const form = e.target;
    const employer = form.elements.employer.value.trim();
    if (await this.act('exclusions', () => api('/api/v1/organizations/me/excluded-affiliations', { method: 'POST', body: { employer } }),
      `Annotators affiliated with ${employer} are now excluded.`)) {
      form.reset();
    }
  }

  savePolicy(e) {
    e.preventDefault();
    const f = e.target.elements;
    const days = f.forever.checked ? null : Number(f.coolingOffDays.value);
    this.act('policy', () => api('/api/v1/organizations/me/wall-policy', { method: 'PUT', body: { coolingOffDays: days } }),
      days === null ? 'Walls now last forever.' : `Walls now end ${days} days after an annotator's last exposure.`);
  }

  renderBody() {
    const forever = this.policy.coolingOffDays === null;
    return html`
        ${adminHeader(this.user, 'walls', 'Conflict walls')}
        <p class="muted">An annotator who was shown ${this.user.orgName}'s items is never given a conflicting customer's items, and
          the other way round; annotators with an excluded affiliation are never given yours. Enforced where work is handed
          out. Your managers see each refusal and its reason on the project's access report; annotators are told nothing.</p>
        <div class="columns">
          <div>
            <div class="card" id="classes">
              <h2>Conflict classes</h2>
              <p class="muted small">Every two members of a class conflict. The operator creates classes; you see their names, not their other members.</p>
              ${this.classes.length ? html`<ul class="plain">
                ${this.classes.map((c) => html`<li data-class=${c.name}><span><strong>${c.name}</strong>
                    ${c.description ? html`<br><small class="muted">${c.description}</small>` : ''}</span>
                  <span>${c.member ? html`<span class="flag">member</span>` : ''}
                    <button type="button" class="small membership" @click=${() => this.membership(c)}>${c.member ? 'Leave' : 'Join'}</button></span></li>`)}
              </ul>` : html`<p class="muted">The operator has created no class yet.</p>`}
              ${this.message('classes')}
            </div>
            <div class="card" id="competitors">
              <h2>Declared competitors</h2>
              <p class="muted small">A declared competitor conflicts with you both ways; only you see that you declared it. Annota
                does not list its customers to each other: ask the operator or the other organization for its id.</p>
              ${this.competitors.length ? html`<ul class="plain">
                ${this.competitors.map((c) => html`<li data-competitor=${c.orgId}><span>${c.name} <code class="small">${c.orgId}</code></span>
                  <button type="button" class="ghost small danger" @click=${() => this.act('competitors',
                    () => api(`/api/v1/organizations/me/competitors/${c.orgId}`, { method: 'DELETE' }), `${c.name} withdrawn.`)}>Withdraw</button></li>`)}
              </ul>` : html`<p class="muted" id="no-competitors">None declared.</p>`}
              <p class="small">Your own id, for a competitor who wants to declare you: <code id="own-org-id">${this.user.orgId}</code></p>
              <form class="inline-form" id="competitor-form" @submit=${this.declare}>
                <div class="field grow"><label for="competitorId">Organization id</label>
                  <input id="competitorId" name="competitorId" required placeholder="00000000-0000-0000-0000-000000000000"></div>
                <button type="submit" id="declare-competitor">Declare</button>
              </form>
              ${this.message('competitors')}
            </div>
          </div>
          <div>
            <form class="card" id="policy-form" @submit=${this.savePolicy}>
              <h2>Cooling-off period</h2>
              <p class="muted small">How long a wall stands after an annotator's last exposure to a conflicting customer (and after an
                excluded affiliation ended). Between two customers the longer period holds.</p>
              <label class="inline"><input type="checkbox" name="forever" id="forever" ?checked=${forever}
                @change=${(e) => { this.querySelector('#coolingOffDays').disabled = e.target.checked; }}>Walls last forever</label>
              <div class="inline-form">
                <div class="field"><label for="coolingOffDays">Days</label>
                  <input id="coolingOffDays" name="coolingOffDays" type="number" min="0" max="36500" ?disabled=${forever}
                    .value=${forever ? '' : String(this.policy.coolingOffDays)} required></div>
                <button type="submit" id="save-policy">Save</button>
              </div>
              ${this.message('policy')}
            </form>
            <div class="card" id="exclusions">
              <h2>Excluded affiliations</h2>
              <p class="muted small">Annotators who declare one of these employers are not given your items (case and spacing do not matter).</p>
              ${this.exclusions.length ? html`<ul class="plain">
                ${this.exclusions.map((x) => html`<li data-employer=${x.employer}><span>${x.employer}</span>
                  <button type="button" class="ghost small danger" @click=${() => this.act('exclusions',
                    () => api(`/api/v1/organizations/me/excluded-affiliations?employer=${encodeURIComponent(x.employer)}`, { method: 'DELETE' }),
                    `${x.employer} is no longer excluded.`)}>Remove</button></li>`)}
              </ul>` : html`<p class="muted" id="no-exclusions">None.</p>`}
              <form class="inline-form" id="exclusion-form" @submit=${this.exclude}>
                <div class="field grow"><label for="employer">Employer</label><input id="employer" name="employer" required maxlength="200"></div>
                <button type="submit" id="exclude">Exclude</button>
              </form>
              ${this.message('exclusions')}
            </div>
          </div>
        </div>`;
  }
}

customElements.define('annota-admin-walls', AdminWalls);
