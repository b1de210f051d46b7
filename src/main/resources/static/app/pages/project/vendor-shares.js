// The project page's vendor-shares card (docs/workforce.md "Routing: vendor shares"). For the owner's managers: the
// target share of the work and the optional cap of each workforce (in-house and every engaged vendor), with the sum
// as they type and each refusal under the field the server names. For a vendor's managers: their own share only (the
// API gives them no other row). Annotators see no card (the API answers 403).
import { html, nothing } from 'lit';
import { api } from '../../api.js';
import { problem, state } from '../page.js';
import { ProjectCard } from './project-nav.js';

class VendorShares extends ProjectCard {
  static properties = {
    canManage: { type: Boolean },
    // The owner's in-house organization { id, name } and the engaged workforces [{ workforceOrgId, workforceName }].
    inHouse: { attribute: false, initial: null },
    engagements: { attribute: false, initial: [] },
    ...state({
      shares: [],
      draft: {},
      hidden: false,
    }),
  };

  static frame = { ...ProjectCard.frame, id: 'shares-card', errorId: 'shares-error', titleId: 'shares-title' };

  /** The shares' API path. */
  base() {
    return `${super.base()}/shares`;
  }

  async load() {
    try {
      this.shares = (await api(this.base())).shares;
    } catch (e) {
      // An annotator may open the project page: shares are not theirs to see, so no card at all.
      if (e.status === 403) {
        this.hidden = true;
        return;
      }
      throw e;
    }
    this.draft = Object.fromEntries(this.shares.map((s) => [s.workforceOrgId, { target: String(s.targetPercent), cap: s.cap ?? '' }]));
  }

  /** An engagement ended here ends its share on the server too: read the shares again. */
  updated(changed) {
    if (changed.has('engagements') && changed.get('engagements') !== undefined && this.loaded) {
      this.reload();
    }
  }

  /** Every workforce a share may go to: in-house first, then the engaged vendors. */
  workforces() {
    const rows = this.inHouse ? [{ id: this.inHouse.id, name: `${this.inHouse.name} (in-house)` }] : [];
    return rows.concat(this.engagements.map((e) => ({ id: e.workforceOrgId, name: e.workforceName })));
  }

  edit(org, key, value) {
    this.draft = { ...this.draft, [org]: { ...(this.draft[org] || { target: '', cap: '' }), [key]: value } };
    this.saved = false;
  }

  sum() {
    return this.workforces().reduce((total, w) => total + (Number(this.draft[w.id]?.target) || 0), 0);
  }

  async save(e) {
    e.preventDefault();
    const shares = this.workforces()
      .filter((w) => (this.draft[w.id]?.target ?? '') !== '')
      .map((w) => ({ workforceOrgId: w.id, targetPercent: Number(this.draft[w.id].target),
        cap: this.draft[w.id].cap === '' ? null : Number(this.draft[w.id].cap) }));
    await this.put(shares);
  }

  async clear() {
    this.draft = {};
    await this.put([]);
  }

  async put(shares) {
    await this.saveInPlace(async () => {
      this.shares = (await api(this.base(), { method: 'PUT', body: { shares } })).shares;
    });
  }

  renderFrame(content) {
    return this.hidden ? nothing : super.renderFrame(content);
  }

  heading() {
    return this.canManage ? 'Vendor shares' : 'Your share';
  }

  renderBody() {
    return this.canManage ? this.form() : this.ownShare();
  }

  /** A vendor's view: its one row, or none. */
  ownShare() {
    const s = this.shares[0];
    if (!s) {
      return html`<p class="muted small" id="own-share">This project routes no work by share to your organization.</p>`;
    }
    return html`<p id="own-share">Your organization's share of this project's work: <strong>${Number(s.targetPercent)} %</strong>${s.cap != null
      ? html`, at most <strong>${s.cap}</strong> tasks` : ''}.</p>
      <p class="muted small">While other workforces with a share have people working, your annotators are asked to wait a few minutes when your organization is ahead of its share.</p>`;
  }

  /** The index in the request of a workforce's row (the server names fields as shares[i]…). */
  fieldOf(org, key) {
    const sent = this.workforces().filter((w) => (this.draft[w.id]?.target ?? '') !== '');
    const i = sent.findIndex((w) => w.id === org);
    return i < 0 ? null : `shares[${i}].${key}`;
  }

  fieldError(org, key) {
    const name = this.fieldOf(org, key);
    return name && this.formError?.field === name ? problem(this.formError, { cls: 'field-error', where: false }) : '';
  }

  form() {
    const rows = this.workforces();
    const sum = Math.round(this.sum() * 100) / 100;
    const named = rows.some((w) => ['targetPercent', 'cap', 'workforceOrgId'].some((k) => this.fieldOf(w.id, k) === this.formError?.field));
    return html`
      <p class="muted small">The share of the work each workforce takes, kept within a few percent over every 200 tasks while
        all have people working; a workforce with nobody working leaves its work to the others. A cap is the most tasks a
        workforce may take. Leave a target empty for no share (such a workforce gets only work nobody else is there to take).</p>
      <form id="shares-form" @submit=${this.save} novalidate>
        <table class="grid">
          <thead><tr><th>Workforce</th><th class="num">Target %</th><th class="num">Cap (tasks)</th></tr></thead>
          <tbody>${rows.map((w) => html`<tr>
            <th scope="row">${w.name}</th>
            <td class="num"><input type="number" min="0" max="100" step="0.01" id="share-${w.id}" aria-label="Target percent of ${w.name}"
                 .value=${this.draft[w.id]?.target ?? ''} @input=${(e) => this.edit(w.id, 'target', e.target.value)}
                 aria-invalid=${this.fieldOf(w.id, 'targetPercent') === this.formError?.field ? 'true' : 'false'}>
                 ${this.fieldError(w.id, 'targetPercent')}${this.fieldError(w.id, 'workforceOrgId')}</td>
            <td class="num"><input type="number" min="0" step="1" id="cap-${w.id}" aria-label="Cap of ${w.name}"
                 .value=${String(this.draft[w.id]?.cap ?? '')} @input=${(e) => this.edit(w.id, 'cap', e.target.value)}
                 aria-invalid=${this.fieldOf(w.id, 'cap') === this.formError?.field ? 'true' : 'false'}>${this.fieldError(w.id, 'cap')}</td>
          </tr>`)}</tbody>
          <tfoot><tr><th scope="row">Sum</th><td class="num" id="shares-sum">${sum} %</td><td></td></tr></tfoot>
        </table>
        <button type="submit" id="save-shares">Save shares</button>
        ${this.shares.length ? html`<button type="button" class="ghost" id="clear-shares" @click=${() => this.clear()}>Clear</button>` : ''}
        ${this.saved ? html`<span class="muted small" id="shares-saved" role="status">Saved.</span>` : ''}
        ${this.formError && !named ? problem(this.formError, { cls: 'field-error' }) : ''}
      </form>`;
  }
}

customElements.define('annota-vendor-shares', VendorShares);
