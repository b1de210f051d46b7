// The annotator workbench for text classification. One task at a time, keyboard first: digit keys choose an option
// (toggle for multiple choice), Enter submits, S skips; the next task appears without reloading the page. The
// guidelines stay beside the task. Every submit carries an Idempotency-Key, so a retried request is stored once.
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { api } from '../api.js';
import { Page } from '../router.js';

/** A random UUID; crypto.randomUUID needs a secure context, which a self-hosted http:// instance may not be. */
function uuid() {
  if (window.crypto.randomUUID) {
    return window.crypto.randomUUID();
  }
  const b = window.crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function clock(seconds) {
  const s = Math.max(0, Math.ceil(seconds));
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}

function typing(e) {
  const t = e.composedPath()[0];
  return t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
}

class Workbench extends Page {
  static properties = {
    projectId: {},
    project: { state: true },
    task: { state: true },
    state: { state: true }, // loading | task | empty | error
    chosen: { state: true }, // question name -> Set of options
    busy: { state: true },
    message: { state: true },
    remaining: { state: true },
    done: { state: true },
    error: { state: true },
  };

  constructor() {
    super();
    this.state = 'loading';
    this.chosen = {};
    this.busy = false;
    this.message = null;
    this.remaining = null;
    this.done = 0;
    this.error = null;
    this.onKey = (e) => this.key(e);
  }

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKey);
    this.ticker = setInterval(() => this.tick(), 250);
    this.start();
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.onKey);
    clearInterval(this.ticker);
    clearTimeout(this.messageTimer);
    super.disconnectedCallback();
  }

  base() {
    return `/api/v1/projects/${this.projectId}`;
  }

  async start() {
    try {
      this.project = await api(this.base());
      await this.next();
    } catch (e) {
      this.fail(e);
    }
  }

  fail(e) {
    this.state = 'error';
    this.error = e.status === 404 ? 'This project does not exist, or it is not shared with you.' : e.message;
  }

  /** The options of all questions in order, each with the digit key that chooses it. */
  keyed() {
    const list = [];
    for (const q of this.project?.schema?.questions || []) {
      for (const option of q.options) {
        list.push({ question: q, option, key: list.length < 9 ? String(list.length + 1) : null });
      }
    }
    return list;
  }

  async next() {
    this.state = 'loading';
    this.busy = true;
    try {
      const task = await api(`${this.base()}/tasks/next`, { method: 'POST' });
      if (!task) {
        this.task = null;
        this.state = 'empty';
        return;
      }
      if (task.schemaVersion !== this.project.schemaVersion) {
        this.project = await api(this.base()); // the schema changed since the page loaded
      }
      this.task = task;
      this.task.idempotencyKey = uuid();
      // The lease as a local deadline; capped at the project's lease length in case the two clocks disagree.
      const left = Math.min((Date.parse(task.leaseExpiresAt) - Date.now()) / 1000, this.project.leaseSeconds);
      this.deadline = Date.now() + left * 1000;
      this.chosen = {};
      this.state = 'task';
      this.tick();
    } catch (e) {
      this.fail(e);
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    this.querySelector('#task')?.focus({ preventScroll: true });
  }

  /** Shows a message; confirmations fade after a moment, warnings and errors stay until the next action. */
  say(kind, text) {
    this.message = { kind, text };
    clearTimeout(this.messageTimer);
    if (kind === 'ok') {
      this.messageTimer = setTimeout(() => { this.message = null; }, 2500);
    }
  }

  tick() {
    if (this.state === 'task' && this.deadline) {
      this.remaining = (this.deadline - Date.now()) / 1000;
    }
  }

  expired() {
    return this.state === 'task' && this.remaining !== null && this.remaining <= 0;
  }

  toggle(question, option) {
    if (this.state !== 'task' || this.busy) {
      return;
    }
    const current = new Set(this.chosen[question.name] || []);
    if (question.multiple) {
      if (current.has(option)) {
        current.delete(option);
      } else {
        current.add(option);
      }
    } else {
      current.clear();
      current.add(option);
    }
    this.chosen = { ...this.chosen, [question.name]: current };
    this.message = null;
  }

  answer() {
    const answer = {};
    for (const q of this.project.schema.questions) {
      const picked = [...(this.chosen[q.name] || [])];
      if (q.multiple) {
        // keep the schema's order, whatever order the keys were pressed in
        answer[q.name] = q.options.filter((o) => picked.includes(o));
      } else if (picked.length) {
        answer[q.name] = picked[0];
      }
    }
    return answer;
  }

  missing() {
    return this.project.schema.questions.find((q) => q.required !== false && !(this.chosen[q.name]?.size));
  }

  async submit() {
    if (this.state !== 'task' || this.busy) {
      return;
    }
    const missing = this.missing();
    if (missing) {
      this.say('warn', `Choose ${missing.multiple ? 'at least one option' : 'an option'} for “${missing.title || missing.name}” first.`);
      return;
    }
    this.busy = true;
    try {
      const saved = await api(`${this.base()}/assignments/${this.task.assignmentId}/annotation`, {
        method: 'POST', body: this.answer(), headers: { 'Idempotency-Key': this.task.idempotencyKey },
      });
      this.done += 1;
      if (saved?.feedback) {
        // Only a missed check item (gold) carries feedback: show the expected answer until the next action.
        const expected = Object.entries(saved.feedback.expectedAnswer || {})
          .map(([q, v]) => `${q}: ${Array.isArray(v) ? v.join(', ') : typeof v === 'object' ? JSON.stringify(v) : v}`).join('; ');
        this.say('warn', `Saved. That was a check item with a known answer, and yours differed. Expected — ${expected}.`);
      } else {
        this.say('ok', 'Saved.');
      }
    } catch (e) {
      this.busy = false;
      if (e.status === 409) {
        this.say('warn', `${e.message} That item went back to the queue; here is your next task.`);
      } else {
        this.say('error', e.message);
        return;
      }
    }
    await this.next();
  }

  async skip() {
    if (this.state !== 'task' || this.busy) {
      return;
    }
    this.busy = true;
    try {
      await api(`${this.base()}/assignments/${this.task.assignmentId}/skip`, { method: 'POST' });
      this.say('ok', 'Skipped: the item goes to someone else.');
    } catch (e) {
      this.busy = false;
      if (e.status !== 409) {
        this.say('error', e.message);
        return;
      }
    }
    await this.next();
  }

  key(e) {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e) || e.repeat) {
      return;
    }
    if (this.state === 'task') {
      if (/^[1-9]$/.test(e.key)) {
        const entry = this.keyed().find((k) => k.key === e.key);
        if (entry) {
          e.preventDefault();
          this.toggle(entry.question, entry.option);
        }
      } else if (e.key === 'Enter') {
        // Enter on a focused button or link does that control's own action, except on an option (clicked with the
        // mouse, say), where it would toggle the option again instead of submitting
        const t = e.composedPath()[0];
        if ((t instanceof HTMLButtonElement && !t.classList.contains('option')) || t instanceof HTMLAnchorElement) {
          return;
        }
        e.preventDefault();
        this.expired() ? this.next() : this.submit();
      } else if (e.key === 's' || e.key === 'S') {
        e.preventDefault();
        this.skip();
      }
    } else if (this.state === 'empty' && (e.key === 'r' || e.key === 'R')) {
      e.preventDefault();
      this.next();
    }
  }

  render() {
    if (this.state === 'error') {
      return html`<section class="page"><p class="error" role="alert">${this.error}</p><p><a href="/">Back to the projects</a>
        · <a href="/projects/${this.projectId}/quality/me">My quality on this project</a></p></section>`;
    }
    const p = this.project;
    return html`
      <section class="workbench">
        <div class="wb-head">
          <nav class="crumbs" aria-label="Breadcrumb"><a href="/">Projects</a> <span aria-hidden="true">/</span> ${p ? p.name : '…'}</nav>
          <div class="wb-status">
            <span class="muted" id="done-count">${this.done} labeled this session</span>
            ${this.state === 'task' ? html`<span class="lease ${this.remaining < 60 ? 'low' : ''} ${this.expired() ? 'gone' : ''}" id="lease"
                title="Time left on your lease of this item" aria-live="off">Lease ${this.expired() ? 'expired' : clock(this.remaining)}</span>` : ''}
          </div>
        </div>
        <div class="wb-body">
          <div class="wb-task">${this.renderTask()}</div>
          <aside class="wb-guidelines" aria-labelledby="guidelines-title">
            <h2 id="guidelines-title">Guidelines</h2>
            <!-- guidelinesHtml is rendered and sanitized by the server (project/internal/GuidelinesRenderer) -->
            <div class="prose">${p?.guidelinesHtml ? unsafeHTML(p.guidelinesHtml) : html`<p class="muted">No guidelines were written for this project.</p>`}</div>
          </aside>
        </div>
      </section>`;
  }

  renderTask() {
    if (this.state === 'loading' && !this.task) {
      return html`<div class="card"><p class="muted">Fetching your next task…</p></div>`;
    }
    if (this.state === 'empty') {
      return html`
        <div class="card empty" id="no-more-tasks">
          <h2>No more tasks</h2>
          <p>Nothing is waiting for you in this project right now${this.done ? html` — you labeled <strong>${this.done}</strong> item${this.done === 1 ? '' : 's'} this session` : ''}.</p>
          <p class="muted">Items may return when someone's lease runs out or new items are uploaded.</p>
          <p class="empty-actions"><button type="button" id="check-again" @click=${() => this.next()}><kbd>R</kbd> Check again</button> <a href="/">Back to the projects</a></p>
          ${this.message && this.message.kind !== 'ok' ? html`<p class="notice ${this.message.kind}">${this.message.text}</p>` : ''}
        </div>`;
    }
    const t = this.task;
    const text = typeof t.data?.text === 'string' ? t.data.text : null;
    const extra = Object.entries(t.data || {}).filter(([k]) => k !== 'text');
    const keyed = this.keyed();
    return html`
      <article class="card task ${this.busy ? 'busy' : ''}" id="task" tabindex="-1" aria-labelledby="item-title" data-assignment=${t.assignmentId}>
        <h2 id="item-title" class="sr-only">Item</h2>
        ${text !== null ? html`<div class="item-text" id="item-text">${text}</div>` : ''}
        ${extra.length ? html`<dl class="item-data">${extra.map(([k, v]) => html`<dt>${k}</dt><dd>${typeof v === 'string' ? v : JSON.stringify(v)}</dd>`)}</dl>` : ''}
      </article>
      ${this.project.schema.questions.map((q) => html`
        <fieldset class="question" aria-describedby="keys-help">
          <legend>${q.title || q.name} <span class="muted small">${q.multiple ? 'choose any' : 'choose one'}</span></legend>
          <div class="options">
            ${keyed.filter((k) => k.question === q).map((k) => {
              const on = this.chosen[q.name]?.has(k.option) || false;
              return html`<button type="button" class="option ${on ? 'chosen' : ''}" role=${q.multiple ? 'checkbox' : 'radio'}
                  aria-checked=${on ? 'true' : 'false'} data-option=${k.option} ?disabled=${this.busy || this.expired()}
                  @click=${() => this.toggle(q, k.option)}>
                ${k.key ? html`<kbd>${k.key}</kbd>` : ''}<span>${k.option}</span></button>`;
            })}
          </div>
        </fieldset>`)}
      <div class="wb-actions">
        ${this.expired() ? html`
          <button type="button" class="primary" id="renew" @click=${() => this.next()}><kbd>Enter</kbd> Get a task again</button>` : html`
          <button type="button" class="primary" id="submit" ?disabled=${this.busy} @click=${() => this.submit()}><kbd>Enter</kbd> Submit</button>
          <button type="button" id="skip" ?disabled=${this.busy} @click=${() => this.skip()}><kbd>S</kbd> Skip</button>`}
        <span class="wb-message" role="status" aria-live="polite">
          ${this.expired()
            ? html`<span class="notice warn">Your lease ran out: the item went back to the queue.</span>`
            : this.message ? html`<span class="notice ${this.message.kind}" id="wb-message">${this.message.text}</span>` : ''}
        </span>
      </div>
      <p class="muted small" id="keys-help">Keys: <kbd>1</kbd>–<kbd>${Math.min(keyed.length, 9)}</kbd> choose${this.project.schema.questions.some((q) => q.multiple) ? ' (again to unselect)' : ''}, <kbd>Enter</kbd> submit, <kbd>S</kbd> skip.</p>
    `;
  }
}

customElements.define('annota-workbench', Workbench);
