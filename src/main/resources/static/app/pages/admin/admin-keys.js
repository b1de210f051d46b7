// A customer's encryption keys, for its admins: the keyset's status (primary key, version, what wraps it), the
// re-encryption jobs of rotations with a progress bar (polled while one runs), "rotate now", and crypto-shredding
// behind the organization's name typed in full.
import { html } from 'lit';
import { api } from '../../api.js';
import { when } from '../../router.js';
import { AdminPage, adminHeader } from './admin-nav.js';
import { state } from '../page.js';

/**
 * Deleting the organization, from the UI's side: every call that deletes or shreds goes through here, so a change of
 * what deletion means on the server (today: the keyset is destroyed, rows stay as unreadable ciphertext) is adapted
 * in one place. Resolves to the keyset status afterwards.
 */
export function shredOrganization(organizationId, confirmOrganizationName) {
  return api(`/api/v1/organizations/${organizationId}/keys/shred`, { method: 'POST', body: { confirmOrganizationName } });
}

/** Deletes the organization for good: keys shredded, rows, users and sessions deleted; answers the deletion report. */
export function deleteOrganization(organizationId, confirmOrganizationName) {
  return api(`/api/v1/organizations/${organizationId}/deletion`, { method: 'POST', body: { confirmOrganizationName } });
}

const POLL_MS = 1000;

class AdminKeys extends AdminPage {
  static frame = { ...AdminPage.frame, id: 'admin-keys' };

  static properties = state({
    status: null,
    rotations: [],
    message: null,
    confirmName: '',
    deleteName: '',
    deleted: null,
    busy: false,
  });

  constructor() {
    super();
    this.timer = null;
  }

  disconnectedCallback() {
    clearTimeout(this.timer);
    super.disconnectedCallback();
  }

  base() {
    return `/api/v1/organizations/${this.user.orgId}/keys`;
  }

  async load() {
    clearTimeout(this.timer);
    [this.status, this.rotations] = await Promise.all([api(this.base()), api(`${this.base()}/rotations`)]);
    if (this.rotations.some((r) => r.state === 'RUNNING') && this.isConnected) {
      this.timer = setTimeout(() => this.reload(), POLL_MS);
    }
  }

  /** Runs one of the page's acts with its buttons disabled; a refusal becomes the page's message. */
  async busyWith(act) {
    this.busy = true;
    this.message = null;
    try {
      await act();
    } catch (err) {
      this.message = { text: err.message, error: true };
    } finally {
      this.busy = false;
    }
  }

  async rotate() {
    await this.busyWith(async () => {
      const job = await api(`${this.base()}/rotate`, { method: 'POST' });
      this.message = { text: `Rotation started: keyset version ${job.keysetVersion}.` };
      await this.reload();
    });
  }

  async shred(e) {
    e.preventDefault();
    await this.busyWith(async () => {
      this.status = await shredOrganization(this.user.orgId, this.confirmName);
      this.confirmName = '';
      this.message = { text: 'The keyset is destroyed. The organization\'s items and answers can no longer be read by anyone.' };
      await this.reload();
    });
  }

  async deleteAll(e) {
    e.preventDefault();
    await this.busyWith(async () => {
      // The admin's own account goes with the organization: nothing more is asked of the server after this call.
      this.deleted = await deleteOrganization(this.user.orgId, this.deleteName);
      clearTimeout(this.timer);
      this.timer = null;
    });
  }

  deletedView(d) {
    const rows = Object.values(d.tenantRowsDeleted ?? {}).reduce((a, b) => a + b, 0);
    const checkpoint = typeof d.finalCheckpoint === 'string' ? d.finalCheckpoint : JSON.stringify(d.finalCheckpoint, null, 2);
    return html`
      <section class="page" id="organization-deleted">
        <h1>${this.user.orgName} is deleted</h1>
        <p role="status">Deleted ${when(d.deletedAt)}: its keyset is destroyed, <span id="deleted-rows">${rows}</span> rows and
          <span id="deleted-users">${d.usersDeleted}</span> user accounts are gone, your own included.</p>
        <h2>The access log's final signed checkpoint</h2>
        <p class="muted">Keep it: it lets you prove later what the log held when the organization was deleted
          (see the security notes). It is not shown again.</p>
        <pre id="final-checkpoint">${checkpoint}</pre>
        <p><a href="/login">Back to the login page</a></p>
      </section>`;
  }

  rotationRow(r) {
    return html`<tr data-rotation=${r.id} data-state=${r.state}>
      <td class="nowrap muted">${when(r.startedAt)}</td><td>v${r.keysetVersion}</td><td>${r.state.toLowerCase()}</td>
      <td class="bar-col">
        <progress max="100" .value=${r.percentDone} aria-label="Re-encryption of version ${r.keysetVersion}: ${r.percentDone}%"></progress>
        <small class="muted">${r.percentDone}% · ${r.rowsScanned} of ${r.rowsTotal} rows looked at, ${r.rowsReencrypted} re-encrypted${r.phase ? html` · now ${r.phase}` : ''}</small>
      </td>
      <td class="num">${r.rowsFailed ? html`<span class="error">${r.rowsFailed}</span>` : '0'}</td>
      <td class="nowrap muted">${r.finishedAt ? when(r.finishedAt) : ''}</td></tr>`;
  }

  render() {
    return this.deleted ? this.deletedView(this.deleted) : super.render();
  }

  renderBody() {
    const s = this.status;
    const shredded = s.state === 'SHREDDED';
    return html`
        ${adminHeader(this.user, 'keys', 'Encryption keys', shredded ? '' : html`
          <button type="button" class="primary" id="rotate" ?disabled=${this.busy} @click=${this.rotate}>Rotate the key</button>`)}
        ${this.message ? html`<p class="notice ${this.message.error ? 'error' : 'success'}" role="status" id="key-message">${this.message.text}</p>` : ''}
        <dl class="stats" id="keyset">
          <div><dt>State</dt><dd id="key-state">${s.state.toLowerCase()}</dd></div>
          <div><dt>Primary key id</dt><dd id="primary-key">${s.primaryKeyId ?? '—'}</dd></div>
          <div><dt>Keyset version</dt><dd id="key-version">${s.version}</dd></div>
          <div><dt>Keys in the keyset</dt><dd id="key-count">${s.keys ?? '—'}</dd></div>
        </dl>
        <p class="muted" id="key-wrapping">${wrapping(s)} ${s.createdAt ? html`Created ${when(s.createdAt)}.` : 'Nothing has been encrypted yet.'}
          ${s.rotatedAt ? html`Last rotated ${when(s.rotatedAt)}.` : ''} ${s.shreddedAt ? html`<strong>Shredded ${when(s.shreddedAt)}.</strong>` : ''}
          Annota never shows a key, only their ids.</p>
        <h2>Re-encryption after rotations</h2>
        ${this.rotations.length ? html`
          <table class="grid" id="rotations">
            <thead><tr><th>Started</th><th>Version</th><th>State</th><th>Progress</th><th class="num">Unreadable rows</th><th>Finished</th></tr></thead>
            <tbody>${this.rotations.map((r) => this.rotationRow(r))}</tbody>
          </table>` : html`<p class="muted" id="no-rotations">The key has never been rotated.</p>`}
        ${shredded ? '' : html`
          <form class="card danger-zone" id="shred-form" @submit=${this.shred}>
            <h2>Crypto-shred ${this.user.orgName}</h2>
            <p>This destroys the organization's keyset. Every item, prediction and answer it owns becomes unreadable, for
              everyone and for good; exports, claims and imports answer "gone" from then on. The key that opens the keyset
              is held outside the database and destroyed, so copies the database keeps (its log, its backups) open nothing
              either; only a backup of the key directory taken before would, until it expires (see the security notes).</p>
            <div class="field"><label for="confirm-name">Type the organization's name, <strong>${this.user.orgName}</strong>, to confirm</label>
              <input id="confirm-name" autocomplete="off" .value=${this.confirmName} @input=${(e) => { this.confirmName = e.target.value; }}></div>
            <button type="submit" class="danger" id="shred" ?disabled=${this.busy || this.confirmName.trim() !== this.user.orgName}>Shred the organization's data</button>
          </form>`}
        <form class="card danger-zone" id="delete-form" @submit=${this.deleteAll}>
          <h2>Delete ${this.user.orgName}</h2>
          <p>This shreds the keyset and deletes the organization: its projects, items, answers, access log and every user
            account, yours included. Only the access log's final signed checkpoint is kept, and shown once here.</p>
          <div class="field"><label for="delete-name">Type the organization's name, <strong>${this.user.orgName}</strong>, to confirm</label>
            <input id="delete-name" autocomplete="off" .value=${this.deleteName} @input=${(e) => { this.deleteName = e.target.value; }}></div>
          <button type="submit" class="danger" id="delete-organization" ?disabled=${this.busy || this.deleteName.trim() !== this.user.orgName}>Delete the organization</button>
        </form>`;
  }
}

/** Where the key that wraps the keyset is held, in words (KeyStatus.keyEncryptionKey; never a key). */
function wrapping(s) {
  switch (s.keyEncryptionKey) {
    case 'TENANT_KEY_FILE':
      return `The keyset is wrapped by the organization's own key-encryption key, held outside the database in the instance's tenant key directory and itself wrapped by the ${s.masterKey}.`;
    case 'MASTER_KEY':
      return `The keyset is wrapped by the ${s.masterKey} directly (stored before tenant key files); the operator moves it under a key of its own with "keys rewrap".`;
    case 'DESTROYED':
      return 'The key-encryption key that wrapped the keyset is destroyed.';
    case 'MISSING':
      return 'The organization\'s key-encryption key file is missing on the server: its data cannot be read until the operator restores it.';
    default:
      return `Keys will be wrapped by a key-encryption key held outside the database, itself wrapped by the ${s.masterKey}.`;
  }
}

customElements.define('annota-admin-keys', AdminKeys);
