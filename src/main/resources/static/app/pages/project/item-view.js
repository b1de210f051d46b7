// One item for its project's managers: the data (opening it is recorded in the access log), model predictions, and
// every annotator's answer side by side, one column per annotator, one row per question of the schema.
import { html } from 'lit';
import { api } from '../../api.js';
import { when } from '../../router.js';
import { ProjectPage, notAllowed, projectHeader } from './project-nav.js';
import { answerView, prettyJson } from './answer-views.js';

const STATES = { OPEN: 'Open', FULL: 'In progress', DONE: 'Done' };

function dataView(data) {
  if (data && typeof data.text === 'string') {
    const { text, ...rest } = data;
    return html`<div class="item-text" id="item-data">${text}</div>
      ${Object.keys(rest).length ? html`<details class="more"><summary>Other fields</summary>${prettyJson(rest)}</details>` : ''}`;
  }
  return html`<div id="item-data">${prettyJson(data)}</div>`;
}

class ItemView extends ProjectPage {
  static properties = {
    itemId: {},
    item: { state: true },
  };

  updated(changed) {
    super.updated(changed);
    if (changed.has('itemId') && changed.get('itemId') !== undefined) {
      this.reload();
    }
  }

  async load() {
    [this.project, this.item] = await Promise.all([api(this.base()), api(`${this.base()}/items/${this.itemId}`)]);
  }

  failure(e) {
    return e.status === 404 && this.project ? 'This item is not in this project.' : notAllowed(e);
  }

  renderWayBack() {
    return html`<p><a href="/projects/${this.projectId}/items">Back to the items</a></p>`;
  }

  renderBody() {
    const p = this.project;
    const i = this.item;
    return html`
        ${projectHeader(p, 'items', i.externalId ?? i.id, html`<a class="button" href="/projects/${p.id}/items">← All items</a>`)}
        <div class="columns item-columns">
          <section class="card" aria-labelledby="data-title">
            <h2 id="data-title">Data</h2>
            ${dataView(i.data)}
          </section>
          <section class="card" aria-labelledby="facts-title">
            <h2 id="facts-title">Item</h2>
            <dl class="facts">
              <dt>State</dt><dd><span class="state ${i.state.toLowerCase()}" id="item-state">${STATES[i.state]}</span></dd>
              <dt>Answers</dt><dd>${i.annotations} of ${p.overlap}</dd>
              <dt>Leased now</dt><dd>${i.leased}</dd>
              <dt>Imported</dt><dd>${when(i.createdAt)}</dd>
              <dt>Item id</dt><dd class="mono small">${i.id}</dd>
            </dl>
            ${i.predictions ? html`<details class="more"><summary>Model predictions (${i.predictions.length})</summary>${prettyJson(i.predictions)}</details>` : ''}
          </section>
        </div>
        ${this.answers(p, i)}`;
  }

  answers(p, i) {
    if (i.answers.length === 0) {
      return html`<section class="card"><h2>Answers</h2><p class="muted" id="no-answers">Nobody has answered this item yet.</p></section>`;
    }
    const questions = p.schema?.questions || [];
    // Questions of the current schema first; anything else an answer holds (an older schema version) after them.
    const names = questions.map((q) => q.name);
    i.answers.forEach((a) => Object.keys(a.answer || {}).forEach((k) => { if (!names.includes(k)) names.push(k); }));
    const byName = Object.fromEntries(questions.map((q) => [q.name, q]));
    return html`
      <section class="card" aria-labelledby="answers-title">
        <h2 id="answers-title">Answers side by side</h2>
        <div class="answers-scroll">
          <table class="grid answers" id="answers">
            <thead><tr><th class="q-col">Question</th>
              ${i.answers.map((a) => html`<th class="annotator" data-annotator=${a.annotatorId}>
                ${a.annotatorName}<br><span class="muted small normal">${when(a.createdAt)} · v${a.schemaVersion}
                ${a.predictionChanged === true ? ' · changed prediction' : a.predictionChanged === false ? ' · kept prediction' : ''}</span></th>`)}
            </tr></thead>
            <tbody>
              ${names.map((n) => html`<tr>
                <th scope="row" class="q-col">${byName[n]?.title || n}<br><span class="tag">${byName[n]?.type || 'other'}</span></th>
                ${i.answers.map((a) => html`<td class="answer-cell">${answerView(byName[n], a.answer?.[n])}</td>`)}
              </tr>`)}
            </tbody>
          </table>
        </div>
      </section>`;
  }
}

customElements.define('annota-item-view', ItemView);
