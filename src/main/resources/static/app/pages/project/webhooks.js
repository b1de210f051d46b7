// A project's webhooks (the owning lab's admins and managers): URLs that receive the project's events, signed as
// Standard Webhooks say; the secret shown once, each webhook's delivery log with redelivery, enable and disable, and a
// notice when the server disabled one after a day of failed deliveries. docs/webhooks.md.
import { html } from 'lit';
import { api } from '../../api.js';
import { when } from '../../router.js';
import { problem, state } from '../page.js';
import { ProjectPage, projectHeader } from './project-nav.js';

const EVENTS = [
  { name: 'annotation.created', help: 'an answer was stored' },
  { name: 'item.completed', help: 'an item reached its overlap' },
  { name: 'review.decided', help: 'a reviewer accepted, corrected or rejected an answer' },
  { name: 'review.rework_offered', help: 'a rejected item went back to its annotator' },
  { name: 'export.finished', help: 'an export job finished' },
];

class ProjectWebhooks extends ProjectPage {
  static frame = { ...ProjectPage.frame, id: 'project-webhooks' };

  static properties = state({
    webhooks: null,
    secret: null,
    log: null,
  });

  async load() {
    this.project = await api(this.base());
    this.webhooks = await api(`${this.base()}/webhooks`);
    if (this.log) {
      this.log = { webhook: this.log.webhook, deliveries: await api(`${this.base()}/webhooks/${this.log.webhook.id}/deliveries`) };
    }
  }

  async add(e) {
    await this.sendForm(e, (f) => {
      const events = EVENTS.map((ev) => ev.name).filter((name) => f[`event-${name}`].checked);
      return api(`${this.base()}/webhooks`, { method: 'POST', body: { url: f.webhookUrl.value.trim(), events } });
    }, { done: (created) => { this.secret = { url: created.webhook.url, secret: created.secret }; } });
  }

  async act(w, what, message) {
    this.error = null;
    const path = `${this.base()}/webhooks/${w.id}`;
    try {
      if (what === 'remove') {
        if (!window.confirm(`Remove the webhook ${w.url}? It receives nothing more; its delivery log goes with it.`)) {
          return;
        }
        await api(path, { method: 'DELETE' });
        if (this.log?.webhook.id === w.id) this.log = null;
      } else if (what === 'enable' || what === 'disable') {
        await api(path, { method: 'PATCH', body: { enabled: what === 'enable' } });
      } else if (what === 'log') {
        this.log = { webhook: w, deliveries: [] };
      } else if (what === 'redeliver') {
        await api(`${path}/deliveries/${message}/redeliver`, { method: 'POST' });
      }
      await this.reload();
    } catch (e) {
      this.fail(e);
    }
  }

  renderWayBack() {
    return html`<p><a href="/projects/${this.projectId}">Back to the project</a></p>`;
  }

  renderBody() {
    const list = this.webhooks;
    const failed = list.filter((w) => !w.enabled && w.disabledReason);
    return html`
      ${projectHeader(this.project, 'webhooks', 'Webhooks')}
      <p class="muted small">Each event of this project is POSTed as JSON to the webhooks that receive it, signed as
        <a href="https://www.standardwebhooks.com/">Standard Webhooks</a> say (<code>webhook-id</code>,
        <code>webhook-timestamp</code>, <code>webhook-signature</code>), and retried for more than a day when the receiver
        fails. Bodies carry ids only: <a href="/api/docs">the API</a> gives the rest to whoever may see it.</p>
      ${failed.map((w) => html`<p class="notice warn" role="alert" id="webhook-disabled">The webhook ${w.url} was disabled
          ${when(w.disabledAt)}: ${w.disabledReason} Fix the receiver, enable it, and redeliver what it missed.</p>`)}
      ${this.secret ? html`
        <div class="notice success secret" role="status">
          <p><strong>Signing secret of ${this.secret.url}.</strong> Copy it to the receiver now: it is not shown again.</p>
          <input id="webhook-secret" readonly .value=${this.secret.secret} aria-label="Webhook signing secret" @focus=${(e) => e.target.select()}>
        </div>` : ''}
      <form class="card" id="webhook-form" @submit=${(e) => this.add(e)}>
        <div class="field">
          <label for="webhookUrl">URL</label>
          <input id="webhookUrl" name="webhookUrl" type="url" required maxlength="2000" placeholder="https://pipeline.example.org/annota">
        </div>
        <fieldset>
          <legend>Events</legend>
          ${EVENTS.map((ev) => html`<div><label class="inline"><input type="checkbox" name="event-${ev.name}" id="event-${ev.name}">
            <code>${ev.name}</code> <span class="muted small">${ev.help}</span></label></div>`)}
        </fieldset>
        <button type="submit" class="primary" id="add-webhook">Add webhook</button>
      </form>
      ${problem(this.formError, { id: 'webhook-field-error', cls: 'field-error' })}
      ${list.length ? html`
        <table class="grid" id="webhook-list">
          <thead><tr><th>URL</th><th>Events</th><th>Status</th><th>Last delivered</th><th>Pending</th><th><span class="sr-only">Actions</span></th></tr></thead>
          <tbody>
            ${list.map((w) => html`<tr>
              <td><code>${w.url}</code></td>
              <td class="small">${w.events.join(', ')}</td>
              <td>${w.enabled ? html`<span class="flag">enabled</span>` : html`<span class="flag off">disabled</span>`}</td>
              <td class="nowrap muted">${w.lastDeliveredAt ? when(w.lastDeliveredAt) : 'never'}</td>
              <td>${w.pendingDeliveries}</td>
              <td class="actions nowrap">
                <button type="button" class="ghost small" @click=${() => this.act(w, 'log')}>Delivery log</button>
                ${w.enabled ? html`<button type="button" class="ghost small" @click=${() => this.act(w, 'disable')}>Disable</button>`
                  : html`<button type="button" class="ghost small" @click=${() => this.act(w, 'enable')}>Enable</button>`}
                <button type="button" class="ghost small danger" @click=${() => this.act(w, 'remove')}>Remove</button>
              </td>
            </tr>`)}
          </tbody>
        </table>` : html`<p class="muted small" id="no-webhooks">No webhook yet.</p>`}
      ${this.log ? this.renderLog() : ''}`;
  }

  renderLog() {
    const w = this.webhooks.find((x) => x.id === this.log.webhook.id) ?? this.log.webhook;
    return html`
      <h2>Delivery log of <code>${w.url}</code></h2>
      ${this.log.deliveries.length ? html`
        <table class="grid" id="webhook-deliveries">
          <thead><tr><th>Message</th><th>Event</th><th>State</th><th>Attempts (newest first)</th><th><span class="sr-only">Actions</span></th></tr></thead>
          <tbody>
            ${this.log.deliveries.map((d) => html`<tr>
              <td><code class="small">${d.messageId}</code><br><small class="muted">${when(d.createdAt)}</small></td>
              <td><code>${d.eventType}</code></td>
              <td>${d.state.toLowerCase()}${d.state === 'PENDING' ? html`<br><small class="muted">next ${when(d.nextAttemptAt)}</small>` : ''}</td>
              <td class="small">${d.log.map((a) => html`<div>${when(a.at)}: ${a.statusCode ?? '—'} ${a.error ?? ''}
                <span class="muted">${a.durationMs} ms</span></div>`)}</td>
              <td><button type="button" class="ghost small" ?disabled=${!w.enabled}
                  @click=${() => this.act(w, 'redeliver', d.messageId)}>Redeliver</button></td>
            </tr>`)}
          </tbody>
        </table>` : html`<p class="muted small">No message sent yet.</p>`}`;
  }
}

customElements.define('annota-project-webhooks', ProjectWebhooks);
