// The items browser: every item of a project in import order, filtered by state, annotator, label and text, paged by
// keyset (the API's nextCursor; earlier cursors are kept here for "Previous"). Each row previews the item's first words
// or its image (the access log records each page's previews as one event); the item view shows it whole.
import { html } from 'lit';
import { api } from '../../api.js';
import { navigate } from '../../router.js';
import { problem, state } from '../page.js';
import { ProjectPage, projectHeader } from './project-nav.js';

const PAGE_SIZE = 25;

/** Questions whose answers are plain values a label filter can match: choice options and scale points. */
function filterableQuestions(schema) {
  return (schema?.questions || []).filter((q) => q.type === 'choice' || q.type === 'rating');
}

function valuesOf(q) {
  if (q.type === 'choice') {
    return q.options || [];
  }
  const s = q.scale;
  if (s === 'likert5') return [1, 2, 3, 4, 5];
  if (s === 'likert7') return [1, 2, 3, 4, 5, 6, 7];
  if (s && Array.isArray(s.labels)) return s.labels.map((_, i) => i + 1);
  if (s && s.min != null && s.max != null) return Array.from({ length: s.max - s.min + 1 }, (_, i) => s.min + i);
  return [];
}

class ProjectItems extends ProjectPage {
  static properties = state({
    annotators: [],
    page: null,
    filter: { state: '', annotator: '', question: '', value: '', text: '' },
    cursors: [null], // cursors[i] = the 'after' of page i; the last is the page shown
    fetching: false,
    listError: null,
    selected: new Set(),
    changeError: null,
    changeDone: null,
    editing: null, // { id, text } while an unlabeled item is edited
  });

  async load() {
    this.project = await api(this.base());
    this.annotators = await api(`${this.base()}/annotators`);
    await this.fetchPage();
  }

  query(after) {
    const q = new URLSearchParams({ limit: String(PAGE_SIZE) });
    const f = this.filter;
    if (f.state) q.set('state', f.state);
    if (f.annotator) q.set('annotator', f.annotator);
    if (f.question && f.value !== '') {
      q.set('question', f.question);
      q.set('value', f.value);
    }
    if (f.text) q.set('text', f.text);
    if (after) q.set('after', after);
    return q.toString();
  }

  async fetchPage() {
    await this.busyWhile(async () => {
      this.page = await api(`${this.base()}/items?${this.query(this.cursors[this.cursors.length - 1])}`);
    }, { busy: 'fetching', error: 'listError' });
  }

  setFilter(change) {
    this.filter = { ...this.filter, ...change };
    this.cursors = [null];
    this.fetchPage();
  }

  next() {
    if (this.page?.nextCursor) {
      this.cursors = [...this.cursors, this.page.nextCursor];
      this.fetchPage();
    }
  }

  previous() {
    if (this.cursors.length > 1) {
      this.cursors = this.cursors.slice(0, -1);
      this.fetchPage();
    }
  }

  renderBody() {
    const p = this.project;
    return html`
        ${projectHeader(p, 'items', 'Items')}
        ${this.filters(p)}
        ${problem(this.listError, { cls: 'notice error' })}
        ${this.itemActions(p)}
        ${this.editing ? this.editor() : ''}
        ${this.table(p)}`;
  }

  toggle(id, on) {
    const next = new Set(this.selected);
    if (on) next.add(id); else next.delete(id);
    this.selected = next;
  }

  async deleteSelected(e) {
    e.preventDefault();
    this.changeError = null;
    this.changeDone = null;
    try {
      const result = await api(`${this.base()}/items/delete`, {
        method: 'POST', body: { ids: [...this.selected], reason: e.target.elements.reason.value },
      });
      this.changeDone = `${result.deleted.length} item${result.deleted.length === 1 ? '' : 's'} deleted with their answers.`;
      this.selected = new Set();
      e.target.reset();
      await this.fetchPage();
    } catch (err) {
      this.changeError = err;
    }
  }

  /** Opens the item (a payload view, recorded in the access log) as one line of the import, to edit it. */
  async edit(item) {
    this.changeError = null;
    this.changeDone = null;
    try {
      const view = await api(`${this.base()}/items/${item.id}`);
      const record = { ...(view.externalId != null ? { external_id: view.externalId } : {}), data: view.data };
      if (view.predictions) record.predictions = view.predictions;
      this.editing = { id: item.id, text: JSON.stringify(record, null, 2) };
    } catch (err) {
      this.changeError = err;
    }
  }

  async saveEdit(e) {
    e.preventDefault();
    this.changeError = null;
    let record;
    try {
      record = JSON.parse(e.target.elements.record.value);
    } catch (err) {
      this.changeError = { message: `Not JSON: ${err.message}` };
      return;
    }
    try {
      await api(`${this.base()}/items/${this.editing.id}`, { method: 'PUT', body: record });
      this.editing = null;
      this.changeDone = 'Item saved.';
      await this.fetchPage();
    } catch (err) {
      this.changeError = err;
    }
  }

  itemActions(p) {
    const count = this.selected.size;
    const archived = p.status === 'ARCHIVED';
    return html`
      <form class="item-actions" id="delete-items" @submit=${this.deleteSelected}>
        <span class="muted small" id="selected-count">${count} selected</span>
        <label for="delete-reason" class="sr-only">Reason for deleting (kept in the access log)</label>
        <input id="delete-reason" name="reason" required maxlength="300" placeholder="Reason (kept in the access log)"
               ?disabled=${count === 0 || archived}>
        <button type="submit" class="danger" id="delete-selected" ?disabled=${count === 0 || archived}>Delete selected</button>
      </form>
      ${this.changeDone ? html`<p class="notice success" role="status" id="item-change-done">${this.changeDone}</p>` : ''}
      ${problem(this.changeError, { cls: 'notice error' })}`;
  }

  editor() {
    return html`
      <form class="card item-edit" id="item-editor" @submit=${this.saveEdit}>
        <h2>Edit item <span class="mono muted small">${this.editing.id}</span></h2>
        <p class="muted small">One line of the import: <code>data</code>, and optionally <code>external_id</code> and
          <code>predictions</code>. Only an item nobody was served yet can be edited.</p>
        <label for="item-record" class="sr-only">The item as JSON</label>
        <textarea id="item-record" name="record" .value=${this.editing.text}></textarea>
        <button type="submit" class="primary" id="save-item">Save</button>
        <button type="button" class="ghost" @click=${() => { this.editing = null; }}>Cancel</button>
      </form>`;
  }

  filters(p) {
    const questions = filterableQuestions(p.schema);
    const f = this.filter;
    const q = questions.find((x) => x.name === f.question);
    return html`
      <form class="filters card" id="item-filters" @submit=${(e) => e.preventDefault()}>
        <div class="field">
          <label for="filter-state">State</label>
          <select id="filter-state" .value=${f.state} @change=${(e) => this.setFilter({ state: e.target.value })}>
            <option value="">Any state</option>
            <option value="OPEN">Open</option>
            <option value="FULL">In progress</option>
            <option value="DONE">Done</option>
            <option value="GOLD">Gold</option>
          </select>
        </div>
        <div class="field grow">
          <label for="filter-text">Text</label>
          <input id="filter-text" type="search" placeholder="Words in the item's data" maxlength="200" .value=${f.text}
                 @change=${(e) => this.setFilter({ text: e.target.value.trim() })}>
        </div>
        <div class="field">
          <label for="filter-annotator">Annotator</label>
          <select id="filter-annotator" .value=${f.annotator} @change=${(e) => this.setFilter({ annotator: e.target.value })}>
            <option value="">Anyone</option>
            ${this.annotators.map((a) => html`<option value=${a.annotatorId}>${a.displayName} (${a.annotations})</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="filter-question">Label</label>
          <select id="filter-question" .value=${f.question} @change=${(e) => this.setFilter({ question: e.target.value, value: '' })}
                  ?disabled=${questions.length === 0}>
            <option value="">Any answer</option>
            ${questions.map((x) => html`<option value=${x.name}>${x.title || x.name}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="filter-value">is</label>
          <select id="filter-value" .value=${String(f.value)} ?disabled=${!q}
                  @change=${(e) => this.setFilter({ value: e.target.value })}>
            <option value="">—</option>
            ${q ? valuesOf(q).map((v) => html`<option value=${String(v)}>${v}</option>`) : ''}
          </select>
        </div>
        <div class="field filter-reset">
          <button type="button" class="ghost" id="clear-filters" ?disabled=${!f.state && !f.annotator && !f.question && !f.text}
                  @click=${() => this.setFilter({ state: '', annotator: '', question: '', value: '', text: '' })}>Clear filters</button>
        </div>
      </form>`;
  }

  table(p) {
    const page = this.page;
    const number = this.cursors.length;
    return html`
      <div class="table-card ${this.fetching ? 'busy' : ''}">
        <table class="grid" id="items">
          <thead><tr>
            <th><span class="sr-only">Select</span></th><th>External id</th><th>State</th><th class="num">Answers</th><th class="num">Leased</th><th class="num">Open slots</th>
            <th>Preview</th><th><span class="sr-only">Actions</span></th>
          </tr></thead>
          <tbody>
            ${!page ? html`<tr><td colspan="8" class="muted">Loading…</td></tr>` : ''}
            ${page && page.items.length === 0 ? html`<tr><td colspan="8" class="muted empty-row">
              ${page.nextCursor ? 'No match among the items scanned for this page; go on with Next.' : 'No items match.'}</td></tr>` : ''}
            ${page ? page.items.map((i) => html`
              <tr class="clickable" data-item=${i.id}
                  @click=${(e) => { if (!e.target.closest('a, input, button')) navigate(`/projects/${p.id}/items/${i.id}`); }}>
                <td><input type="checkbox" class="select-item" aria-label="Select ${i.externalId ?? i.id}"
                           .checked=${this.selected.has(i.id)} @change=${(e) => this.toggle(i.id, e.target.checked)}></td>
                <td><a href="/projects/${p.id}/items/${i.id}" title="Item ${i.id}">${i.externalId ?? html`<span class="muted">(none)</span>`}</a></td>
                <td><span class="state ${i.state.toLowerCase()}">${{ OPEN: 'Open', FULL: 'In progress', DONE: 'Done', GOLD: 'Gold' }[i.state]}</span></td>
                <td class="num">${i.state === 'GOLD' ? i.annotations : html`${i.annotations} / ${p.overlap}`}</td>
                <td class="num">${i.leased}</td>
                <td class="num">${i.openSlots}</td>
                <td class="item-preview">${i.preview?.image ? html`<img src=${i.preview.image} alt="" loading="lazy" class="thumb">` : ''}${i.preview?.text ?? ''}</td>
                <td>${i.annotations === 0 && i.leased === 0 && p.status !== 'ARCHIVED'
                  ? html`<button type="button" class="ghost small edit-item" @click=${() => this.edit(i)}>Edit</button>` : ''}</td>
              </tr>`) : ''}
          </tbody>
        </table>
        <div class="pager">
          <span class="muted small" id="page-info">Page ${number}${page ? html` · ${page.items.length} item${page.items.length === 1 ? '' : 's'}
            ${page.scanned > page.items.length ? html` · ${page.scanned} scanned` : ''}` : ''}</span>
          <span>
            <button type="button" id="previous-page" ?disabled=${number === 1 || this.fetching} @click=${this.previous}>← Previous</button>
            <button type="button" id="next-page" ?disabled=${!page?.nextCursor || this.fetching} @click=${this.next}>Next →</button>
          </span>
        </div>
      </div>`;
  }
}

customElements.define('annota-project-items', ProjectItems);
