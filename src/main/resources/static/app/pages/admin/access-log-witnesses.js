// The witnesses of the organization's access log, a section of the Access log page for its admins: URLs every signed
// checkpoint is POSTed to (Standard Webhooks signature), the secret shown once, each witness's delivery log, and a
// notice when the server disabled a witness after a day of failed deliveries. docs/security.md "Witnesses".
import { html } from 'lit';
import { api } from '../../api.js';
import { when } from '../../router.js';
import { Page, problem, state } from '../page.js';

const BASE = '/api/v1/audit/witnesses';

class AccessLogWitnesses extends Page {
  static frame = { ...Page.frame, errorId: 'witness-error' };

  static properties = state({
    witnesses: null,
    secret: null,
    log: null,
  });

  async load() {
    this.witnesses = await api(BASE);
  }

  async add(e) {
    await this.sendForm(e, (f) => api(BASE, { method: 'POST', body: { url: f.witnessUrl.value.trim() } }), {
      done: (created) => { this.secret = { url: created.witness.url, secret: created.secret }; },
    });
  }

  async act(w, what) {
    this.error = null;
    try {
      if (what === 'remove') {
        if (!window.confirm(`Remove the witness ${w.url}? It receives no more checkpoints; its delivery log goes with it.`)) {
          return;
        }
        await api(`${BASE}/${w.id}`, { method: 'DELETE' });
        if (this.log?.witness.id === w.id) this.log = null;
      } else if (what === 'rotate') {
        if (!window.confirm(`Replace the secret of ${w.url}? The old one stops at once: give the receiver the new one.`)) {
          return;
        }
        const rotated = await api(`${BASE}/${w.id}/secret`, { method: 'POST' });
        this.secret = { url: w.url, secret: rotated.secret };
      } else if (what === 'redeliver') {
        await api(`${BASE}/${w.id}/redeliver`, { method: 'POST' });
      } else if (what === 'log') {
        this.log = { witness: w, attempts: await api(`${BASE}/${w.id}/deliveries?limit=50`) };
      }
      await this.reload();
    } catch (e) {
      this.fail(e);
    }
  }

  status(w) {
    if (w.state === 'DISABLED') return html`<span class="flag off">disabled</span>`;
    return html`<span class="flag">active</span>`;
  }

  /** A card of the Access log page, shown whole while the list loads; its error stays inside it. */
  renderFrame(content) {
    return html`<div class="card" id="witnesses">${content}</div>`;
  }

  renderHead() {
    return html`
        <h2>Witnesses</h2>
        <p class="muted small">Each checkpoint the server signs for this log is POSTed, as it is signed, to these URLs: a
          copy kept outside the server, so a rewritten log cannot go unnoticed. Requests are signed like Standard Webhooks
          (<code>webhook-id</code>, <code>webhook-timestamp</code>, <code>webhook-signature</code>); the body is the
          checkpoint. To check every checkpoint a witness kept (one per file in a directory) against the events:</p>
        <pre class="command" id="witness-command">java -jar annota.jar audit verify --public-key key.pem --events events.jsonl --checkpoint checkpoint.txt \\
    --checkpoints kept/</pre>`;
  }

  renderLoading() {
    return this.renderBody();
  }

  renderWayBack() {
    return '';
  }

  renderBody() {
    const list = this.witnesses;
    const disabled = (list || []).filter((w) => w.state === 'DISABLED');
    return html`
        ${disabled.map((w) => html`<p class="notice warn" role="alert" id="witness-disabled">The witness ${w.url} was disabled
          ${when(w.disabledAt)}: ${w.disabledReason} Fix the receiver, then send the latest checkpoint again to enable it.</p>`)}
        ${this.secret ? html`
          <div class="notice success secret" role="status">
            <p><strong>Signing secret of ${this.secret.url}.</strong> Copy it to the receiver now: it is not shown again.</p>
            <input id="witness-secret" readonly .value=${this.secret.secret} aria-label="Witness signing secret" @focus=${(e) => e.target.select()}>
          </div>` : ''}
        <form class="inline-form" id="witness-form" @submit=${this.add}>
          <div class="field grow">
            <label for="witnessUrl">Witness URL</label>
            <input id="witnessUrl" name="witnessUrl" type="url" required maxlength="2000" placeholder="https://witness.example.org/annota">
          </div>
          <button type="submit" id="add-witness">Add witness</button>
        </form>
        ${problem(this.formError, { id: 'witness-field-error', cls: 'field-error' })}
        ${list?.length ? html`
          <table class="grid" id="witness-list">
            <thead><tr><th>URL</th><th>Status</th><th>Last delivered</th><th>Pending</th><th><span class="sr-only">Actions</span></th></tr></thead>
            <tbody>
              ${list.map((w) => html`<tr>
                <td><code>${w.url}</code></td>
                <td>${this.status(w)}</td>
                <td class="nowrap muted">${w.lastDeliveredAt ? when(w.lastDeliveredAt) : 'never'}</td>
                <td>${w.pendingDeliveries}</td>
                <td class="actions nowrap">
                  <button type="button" class="ghost small" @click=${() => this.act(w, 'log')}>Delivery log</button>
                  <button type="button" class="ghost small" @click=${() => this.act(w, 'redeliver')}>Send latest again</button>
                  <button type="button" class="ghost small" @click=${() => this.act(w, 'rotate')}>New secret</button>
                  <button type="button" class="ghost small danger" @click=${() => this.act(w, 'remove')}>Remove</button>
                </td>
              </tr>`)}
            </tbody>
          </table>` : list ? html`<p class="muted small" id="no-witnesses">No witness yet.</p>` : ''}
        ${this.log ? html`
          <h3>Delivery log of <code>${this.log.witness.url}</code></h3>
          ${this.log.attempts.length ? html`
            <table class="grid" id="witness-deliveries">
              <thead><tr><th>When</th><th>Checkpoint size</th><th>Status</th><th>Error</th><th>Time</th></tr></thead>
              <tbody>
                ${this.log.attempts.map((a) => html`<tr>
                  <td class="nowrap muted">${when(a.attemptedAt)}</td>
                  <td>${a.treeSize}</td>
                  <td>${a.statusCode ?? '—'} <small class="muted">${a.deliveryState?.toLowerCase() ?? ''}</small></td>
                  <td class="small">${a.error ?? ''}</td>
                  <td class="nowrap muted">${a.durationMs} ms</td>
                </tr>`)}
              </tbody>
            </table>` : html`<p class="muted small">No delivery attempted yet.</p>`}` : ''}`;
  }
}

customElements.define('annota-access-log-witnesses', AccessLogWitnesses);
