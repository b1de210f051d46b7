// Money of the caller's organization (its admins and managers): contract rates (a lab's with its vendors; a vendor's
// with the labs, read only), its pay rates and its annotators' tiers, the contract and pay ledgers of a period with CSV
// downloads, adjustments and payouts. The rules: docs/workforce.md, "Rates, ledgers and budgets".
import { html } from 'lit';
import { api } from '../../api.js';
import { when } from '../../router.js';
import { Page, problem, state } from '../page.js';

const BASES = ['TASK', 'ACCEPTED_TASK', 'ACTIVE_HOUR'];
const TASK_TYPES = ['text-classification', 'span-labeling', 'response-comparison', 'demonstration', 'conversation-rating', 'image-boxes'];

/** A list of pickable things, or [] when the caller may not read it (the forms then still work, with fewer choices). */
async function optional(path) {
  try {
    return await api(path);
  } catch {
    return [];
  }
}

function today() {
  return new Date().toISOString().slice(0, 10);
}

function monthStart() {
  return `${today().slice(0, 8)}01`;
}

/** The form's non-empty text fields as an object (an empty field is left out: "any" in a rate's scope). */
function fields(form, names) {
  const body = {};
  for (const n of names) {
    const v = form.elements[n]?.value?.trim();
    if (v) body[n] = v;
  }
  return body;
}

export function totals(statement) {
  const entries = Object.entries(statement?.totals ?? {});
  return entries.length ? entries.map(([c, a]) => `${a} ${c}`).join(' · ') : '0';
}

/** Names to show for ids: vendors, projects and people the page knows; an unknown id shows its first characters. */
function named(map, id, length = 8) {
  return id ? (map.get(id) ?? html`<code>${id.slice(0, length)}</code>`) : html`<span class="muted">any</span>`;
}

export function ledgerTable(statement, id, names = {}) {
  if (!statement.entries.length) {
    return html`<p class="muted" id="${id}-empty">No entry in this period.</p>`;
  }
  return html`
    <table class="grid" id=${id}>
      <thead><tr><th>When</th><th>Kind</th><th>Person</th><th>Project</th><th class="num">Amount</th><th>Reason</th></tr></thead>
      <tbody>${statement.entries.map((e) => html`<tr>
        <td class="nowrap muted">${when(e.at)}</td><td>${e.kind}</td>
        <td>${e.person ? (names.people?.get(e.person) ?? html`<code>${e.person.slice(0, 12)}</code>`) : ''}</td>
        <td>${e.projectId ? (names.projects?.get(e.projectId) ?? html`<code>${e.projectId.slice(0, 8)}</code>`) : ''}</td><td class="num">${e.amount} ${e.currency}</td><td>${e.reason ?? ''}</td>
      </tr>`)}</tbody>
    </table>`;
}

class MoneyPage extends Page {
  static frame = { ...Page.frame, id: 'money-page' };

  static properties = state({
    user: null,
    contractRates: null,
    payRates: null,
    tiers: null,
    contract: null,
    pay: null,
    from: null,
    to: null,
    vendors: null,
    projectList: null,
    people: null,
  });

  constructor() {
    super();
    this.from = monthStart();
    this.to = today();
  }

  get lab() {
    return this.user?.orgKind === 'CUSTOMER';
  }

  period() {
    return `?from=${this.from}&to=${this.to}`;
  }

  async load() {
    this.user = await api('/api/v1/me');
    [this.contractRates, this.payRates, this.tiers, this.contract, this.pay] = await Promise.all([
      api('/api/v1/money/contract-rates'), api('/api/v1/money/pay-rates'), api('/api/v1/money/tiers'),
      api(`/api/v1/money/contract-ledger${this.period()}`), api(`/api/v1/money/pay-ledger${this.period()}`)]);
    // What the forms offer to pick from, and the names the tables show instead of ids.
    const [orgs, projects, people] = await Promise.all([optional('/api/v1/organizations'), optional('/api/v1/projects'),
      optional('/api/v1/people')]);
    this.vendors = orgs.filter((o) => o.kind === 'WORKFORCE');
    this.projectList = projects;
    this.people = people;
  }

  get names() {
    return {
      vendors: new Map((this.vendors ?? []).map((o) => [o.id, o.name])),
      projects: new Map((this.projectList ?? []).map((p) => [p.id, p.name])),
      people: new Map((this.people ?? []).map((p) => [p.id, p.displayName])),
    };
  }

  personPicker(id, name) {
    return html`<div class="field"><label for=${id}>Annotator</label>
      <select id=${id} name=${name} required><option value="">Choose…</option>
        ${(this.people ?? []).map((p) => html`<option value=${p.id}>${p.displayName} (${p.email})</option>`)}</select></div>`;
  }

  vendorPicker(id, name) {
    return html`<div class="field"><label for=${id}>Vendor</label>
      <select id=${id} name=${name} required><option value="">Choose…</option>
        ${(this.vendors ?? []).map((o) => html`<option value=${o.id}>${o.name}</option>`)}</select></div>`;
  }

  failure(e) {
    return e.status === 403 ? 'Only the admins and managers of an organization see its rates and ledgers.' : e;
  }

  async act(e, path, method, names) {
    await this.sendForm(e, () => api(path, { method, body: fields(e.target, names) }));
  }

  async removeRate(kind, rate) {
    await this.perform(() => api(`/api/v1/money/${kind}/${rate.id}`, { method: 'DELETE' }));
  }

  changePeriod(e) {
    e.preventDefault();
    this.from = e.target.elements.from.value || monthStart();
    this.to = e.target.elements.to.value || today();
    this.reload();
  }

  renderHead() {
    return html`<h1>Money</h1>
      <p class="muted">Rates, tiers and ledgers of your organization. Amounts are exact decimals; every entry is rounded once,
        half-even, to the cent.</p>`;
  }

  renderWayBack() {
    return '';
  }

  rateRows(rates, kind, removable) {
    if (!rates.length) {
      return html`<p class="muted">No rate yet.</p>`;
    }
    return html`<table class="grid" id="${kind}-table">
      <thead><tr>${kind === 'contract-rates' ? html`<th>Vendor</th>` : ''}<th>Project</th><th>Task type</th><th>Tier</th><th>Basis</th>
        <th class="num">Rate</th><th><span class="sr-only">Actions</span></th></tr></thead>
      <tbody>${rates.map((r) => html`<tr>
        ${kind === 'contract-rates' ? html`<td>${named(this.names.vendors, r.vendorOrgId)}</td>` : ''}
        <td>${named(this.names.projects, r.projectId)}</td>
        <td>${r.taskType ?? html`<span class="muted">any</span>`}</td><td>${r.tier ?? html`<span class="muted">any</span>`}</td>
        <td>${r.basis}</td><td class="num">${r.amount} ${r.currency}</td>
        <td class="actions">${removable ? html`<button type="button" class="ghost small danger" @click=${() => this.removeRate(kind, r)}>Remove</button>` : ''}</td>
      </tr>`)}</tbody></table>`;
  }

  rateForm(id, path, withVendor) {
    return html`<form class="card inline-form" id=${id} @submit=${(e) => this.act(e, path, 'PUT',
        ['vendorOrgId', 'projectId', 'taskType', 'tier', 'basis', 'amount', 'currency'])}>
      ${withVendor ? this.vendorPicker(`${id}-vendor`, 'vendorOrgId') : ''}
      <div class="field"><label for="${id}-project">Project</label>
        <select id="${id}-project" name="projectId"><option value="">Any project</option>
          ${(this.projectList ?? []).map((p) => html`<option value=${p.id}>${p.name}</option>`)}</select></div>
      <div class="field"><label for="${id}-type">Task type</label>
        <select id="${id}-type" name="taskType"><option value="">Any type</option>
          ${TASK_TYPES.map((t) => html`<option>${t}</option>`)}</select></div>
      <div class="field"><label for="${id}-tier">Tier</label><input id="${id}-tier" name="tier" maxlength="40" placeholder="any"></div>
      <div class="field"><label for="${id}-basis">Basis</label>
        <select id="${id}-basis" name="basis">${BASES.map((b) => html`<option>${b}</option>`)}</select></div>
      <div class="field"><label for="${id}-amount">Rate</label><input id="${id}-amount" name="amount" required maxlength="25" inputmode="decimal" placeholder="1.25"></div>
      <div class="field"><label for="${id}-currency">Currency</label><input id="${id}-currency" name="currency" required maxlength="3" value="EUR"></div>
      <button type="submit" class="primary">Set rate</button>
    </form>`;
  }

  entryForm(id, path, who) {
    return html`<form class="card inline-form" id=${id} @submit=${(e) => this.act(e, path, 'POST',
        ['vendorOrgId', 'personId', 'projectId', 'amount', 'currency', 'reason'])}>
      ${who === 'vendorOrgId' ? this.vendorPicker(`${id}-who`, who) : this.personPicker(`${id}-who`, who)}
      <div class="field"><label for="${id}-amount">Amount</label><input id="${id}-amount" name="amount" required maxlength="25" inputmode="decimal"></div>
      <div class="field"><label for="${id}-currency">Currency</label><input id="${id}-currency" name="currency" required maxlength="3" value="EUR"></div>
      <div class="field grow"><label for="${id}-reason">Reason or reference</label><input id="${id}-reason" name="reason" required maxlength="500"></div>
      <button type="submit">Post</button>
    </form>`;
  }

  /** A ledger of the period (kind: contract or pay) with its totals and its CSV download. */
  ledger(kind, title, statement) {
    return html`<h3>${title} <small class="muted" id="${kind}-total">${totals(statement)}</small></h3>
      <p><a class="button" id="${kind}-csv" href="/api/v1/money/${kind}-ledger.csv${this.period()}" download>Download CSV</a></p>
      ${ledgerTable(statement, `${kind}-ledger`, this.names)}`;
  }

  renderBody() {
    const lab = this.lab;
    return html`
      ${problem(this.formError, { cls: 'field-error' })}
      <h2>Contract rates</h2>
      <p class="muted">${lab ? 'What your lab pays each vendor. The most specific rate wins: project, then task type, then tier.'
        : 'What each lab pays your organization (set by the lab).'}</p>
      ${this.rateRows(this.contractRates, 'contract-rates', lab)}
      ${lab ? this.rateForm('contract-rate-form', '/api/v1/money/contract-rates', true) : ''}

      <h2>Pay rates</h2>
      <p class="muted">What your organization pays its own annotators.</p>
      ${this.rateRows(this.payRates, 'pay-rates', true)}
      ${this.rateForm('pay-rate-form', '/api/v1/money/pay-rates', false)}

      <h2>Tiers</h2>
      <table class="grid" id="tiers-table"><tbody>${Object.entries(this.tiers).map(([id, tier]) => html`<tr><td>${named(this.names.people, id, 12)}</td><td>${tier}</td></tr>`)}</tbody></table>
      <form class="card inline-form" id="tier-form" @submit=${(e) => this.setTier(e)}>
        ${this.personPicker('tier-person', 'person')}
        <div class="field"><label for="tier-name">Tier</label><input id="tier-name" name="tier" maxlength="40" placeholder="none"></div>
        <button type="submit">Set tier</button>
      </form>

      <h2>Ledgers</h2>
      <form class="inline-form" id="period-form" @submit=${(e) => this.changePeriod(e)}>
        <div class="field"><label for="from">From</label><input id="from" name="from" type="date" .value=${this.from}></div>
        <div class="field"><label for="to">To</label><input id="to" name="to" type="date" .value=${this.to}></div>
        <button type="submit">Show</button>
      </form>
      ${this.ledger('contract', 'Contract ledger', this.contract)}
      ${lab ? html`<h4>Adjustment or payout to a vendor</h4>
        ${this.entryForm('contract-adjustment-form', '/api/v1/money/contract-ledger/adjustments', 'vendorOrgId')}
        ${this.entryForm('contract-payout-form', '/api/v1/money/contract-ledger/payouts', 'vendorOrgId')}` : ''}
      ${this.ledger('pay', 'Pay ledger', this.pay)}
      <h4>Adjustment or payout to an annotator</h4>
      ${this.entryForm('pay-adjustment-form', '/api/v1/money/pay-ledger/adjustments', 'personId')}
      ${this.entryForm('pay-payout-form', '/api/v1/money/pay-ledger/payouts', 'personId')}`;
  }

  async setTier(e) {
    await this.sendForm(e, (f) => {
      const tier = f.tier.value.trim();
      return api(`/api/v1/money/tiers/${f.person.value.trim()}`, { method: 'PUT', body: { tier: tier || null } });
    });
  }
}

customElements.define('annota-money', MoneyPage);
