// Notifications: the bell in the header (the unread count, refreshed every minute) and the page that lists them
// (/me/notifications), newest first; opening the page marks nothing, "Mark all read" and each link do.
import { html } from 'lit';
import { LightElement } from '../../light-element.js';
import { api } from '../../api.js';
import { when } from '../../router.js';
import { Page } from '../page.js';

/** Not a page: a link in the header, light DOM so the one stylesheet styles it. */
class NotificationBell extends LightElement {
  static properties = { unread: { state: true } };

  constructor() {
    super();
    this.unread = 0;
    this.refresh = () => api('/api/v1/me/notifications?limit=1')
      .then((p) => { this.unread = p.unread; })
      .catch(() => {});
  }

  connectedCallback() {
    super.connectedCallback();
    this.refresh();
    this.timer = setInterval(this.refresh, 60000);
    window.addEventListener('annota:notifications', this.refresh);
  }

  disconnectedCallback() {
    clearInterval(this.timer);
    window.removeEventListener('annota:notifications', this.refresh);
    super.disconnectedCallback();
  }

  render() {
    const label = this.unread ? `Notifications, ${this.unread} unread` : 'Notifications';
    return html`<a class="bell" id="bell" href="/me/notifications" aria-label=${label} title=${label}><svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" fill="none" stroke="currentColor"
      stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9"/>
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0"/></svg>${this.unread
      ? html`<span class="bell-count" id="bell-count">${this.unread > 99 ? '99+' : this.unread}</span>` : ''}</a>`;
  }
}

class NotificationList extends Page {
  static properties = { page: { state: true } };

  constructor() {
    super();
    this.page = null;
  }

  async load() {
    this.page = await api('/api/v1/me/notifications');
  }

  changed() {
    window.dispatchEvent(new Event('annota:notifications'));
    return this.reload();
  }

  async readAll() {
    try {
      await api('/api/v1/me/notifications/read-all', { method: 'POST' });
      await this.changed();
    } catch (e) {
      this.fail(e);
    }
  }

  async open(n) {
    if (!n.read) {
      await api(`/api/v1/me/notifications/${n.id}/read`, { method: 'POST' }).catch(() => {});
      window.dispatchEvent(new Event('annota:notifications'));
    }
  }

  renderHead() {
    return html`<div class="page-head">
        <h1>Notifications</h1>
        ${this.page?.unread ? html`<button type="button" id="read-all" @click=${() => this.readAll()}>Mark all read</button>` : ''}
      </div>`;
  }

  isEmpty() {
    return this.page.notifications.length === 0;
  }

  renderEmpty() {
    return html`<p class="muted">No notifications.</p>`;
  }

  renderBody() {
    return html`<ul class="notifications" id="notifications">${this.page.notifications.map((n) => html`
      <li class=${n.read ? 'read' : 'unread'}>
        <p>${n.read ? '' : html`<strong>New: </strong>`}${n.text}</p>
        <p class="muted small">${when(n.createdAt)}${n.link ? html` · <a href=${n.link} @click=${() => this.open(n)}>Open</a>` : ''}
          ${n.read ? '' : html` · <button type="button" class="ghost small" @click=${() => this.open(n).then(() => this.reload())}>Mark read</button>`}</p>
      </li>`)}</ul>`;
  }
}

customElements.define('annota-notification-bell', NotificationBell);
customElements.define('annota-notifications', NotificationList);
