// A project's budget (the owning lab's admins and managers): amount, currency, alert thresholds, what is spent; and the
// lab's contract rates that apply to this project. No claim is served past the budget (docs/workforce.md).
import { html } from 'lit';
import { api } from '../../api.js';
import { problem, state } from '../page.js';
import { ProjectPage, projectHeader } from './project-nav.js';

class ProjectBudget extends ProjectPage {
  static frame = { ...ProjectPage.frame, id: 'project-budget' };

  static properties = state({
    budget: null,
    rates: null,
  });

  async load() {
    this.project = await api(this.base());
    this.budget = await api(`${this.base()}/budget`).catch((e) => {
      if (e.status === 404) return null;
      throw e;
    });
    this.rates = (await api('/api/v1/money/contract-rates')).filter((r) => !r.projectId || r.projectId === this.projectId);
  }

  renderWayBack() {
    return html`<p><a href="/projects/${this.projectId}">Back to the project</a></p>`;
  }

  async save(e) {
    e.preventDefault();
    const f = e.target.elements;
    const thresholds = f.thresholds.value.split(',').map((t) => t.trim()).filter(Boolean).map(Number);
    await this.saveInPlace(async () => {
      this.budget = await api(`${this.base()}/budget`, {
        method: 'PUT', body: { amount: f.amount.value.trim(), currency: f.currency.value.trim(), thresholds },
      });
    });
  }

  renderBody() {
    const b = this.budget;
    return html`
      ${projectHeader(this.project, 'budget', 'Budget and costs')}
      ${b ? html`<p id="budget-status"><strong>${b.spent} ${b.currency}</strong> spent of <strong>${b.amount} ${b.currency}</strong>
          <progress max=${b.amount} value=${Math.min(Number(b.spent), Number(b.amount))}></progress></p>`
        : html`<p class="muted" id="no-budget">This project has no budget: claims are never stopped for cost.</p>`}
      <form class="card inline-form" id="budget-form" @submit=${(e) => this.save(e)}>
        <div class="field"><label for="amount">Budget</label><input id="amount" name="amount" required maxlength="25" inputmode="decimal" .value=${b?.amount ?? ''}></div>
        <div class="field"><label for="currency">Currency</label><input id="currency" name="currency" required maxlength="3" .value=${b?.currency ?? 'EUR'}></div>
        <div class="field"><label for="thresholds">Alert at (%)</label><input id="thresholds" name="thresholds" maxlength="60" .value=${(b?.thresholds ?? [50, 80, 100]).join(', ')}></div>
        <button type="submit" class="primary">Save budget</button>
      </form>
      ${problem(this.formError, { cls: 'field-error' })}
      <h2>Contract rates for this project</h2>
      ${this.rates.length ? html`<table class="grid" id="project-rates">
          <thead><tr><th>Vendor</th><th>Scope</th><th>Basis</th><th class="num">Rate</th></tr></thead>
          <tbody>${this.rates.map((r) => html`<tr><td><code>${r.vendorOrgId.slice(0, 8)}</code></td>
            <td>${r.projectId ? 'this project' : 'any project'}${r.taskType ? `, ${r.taskType}` : ''}${r.tier ? `, tier ${r.tier}` : ''}</td>
            <td>${r.basis}</td><td class="num">${r.amount} ${r.currency}</td></tr>`)}</tbody></table>`
        : html`<p class="muted">No contract rate applies to this project.</p>`}
      <p><a href="/money">Rates, ledgers and CSV downloads</a></p>`;
  }
}

customElements.define('annota-project-budget', ProjectBudget);
