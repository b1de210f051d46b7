// The annotator's own earnings this month (their pay ledger entries), shown on their home.
import { html } from 'lit';
import { api } from '../../api.js';
import { Page, state } from '../page.js';
import { ledgerTable, totals } from './money.js';

class MyEarnings extends Page {
  static frame = { ...Page.frame, cls: 'card', id: 'my-earnings' };

  static properties = state({
    statement: null,
  });

  async load() {
    this.statement = await api('/api/v1/me/earnings');
  }

  renderWayBack() {
    return '';
  }

  renderBody() {
    return html`<h2>My earnings this month <small class="muted" id="earnings-total">${totals(this.statement)}</small></h2>
      <details><summary>Entries (${this.statement.entries.length})</summary>${ledgerTable(this.statement, 'earnings-table')}</details>`;
  }
}

customElements.define('annota-my-earnings', MyEarnings);
