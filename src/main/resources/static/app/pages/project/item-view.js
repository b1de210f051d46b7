// One item for its project's managers: the data (opening it is recorded in the access log), model predictions, and
// every annotator's answer side by side, one column per annotator, one row per question of the schema; then the item's
// review history (stage, decision, reviewer, feedback, correction, time).
import { html } from 'lit';
import { api } from '../../api.js';
import { when } from '../../router.js';
import { ProjectPage, notAllowed, projectHeader } from './project-nav.js';
import { answerView, prettyJson } from './answer-views.js';

const STATES = { OPEN: 'Open', FULL: 'In progress', DONE: 'Done', GOLD: 'Gold' };

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
    reviews: { state: true },
  };

  updated(changed) {
    super.updated(changed);
    if (changed.has('itemId') && changed.get('itemId') !== undefined) {
      this.reload();
    }
  }

  async load() {
    [this.project, this.item] = await Promise.all([api(this.base()), api(`${this.base()}/items/${this.itemId}`)]);
    // The history is the owner's and the reviewers' to read: an engaged vendor's manager is refused it, not the item.
    this.reviews = await api(`${this.base()}/items/${this.itemId}/reviews`).catch((e) => (e.status === 403 ? null : Promise.reject(e)));
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
              <dt>Answers</dt><dd>${i.state === 'GOLD' ? html`${i.annotations} <span class="muted small">(a gold item: every annotator may answer it once; it uses no slot)</span>` : html`${i.annotations} of ${p.overlap}`}</dd>
              <dt>Leased now</dt><dd>${i.leased}</dd>
              <dt>Imported</dt><dd>${when(i.createdAt)}</dd>
              <dt>Item id</dt><dd class="mono small">${i.id}</dd>
            </dl>
            ${i.goldAnswer ? html`<h3>Known answer (gold)</h3><div id="gold-answer">${prettyJson(i.goldAnswer)}</div>` : ''}
            ${i.predictions ? html`<details class="more"><summary>Model predictions (${i.predictions.length})</summary>${prettyJson(i.predictions)}</details>` : ''}
          </section>
        </div>
        ${this.answers(p, i)}
        ${this.history(p)}`;
  }

  history(p) {
    if (this.reviews === null) {
      return '';
    }
    const byName = Object.fromEntries((p.schema?.questions || []).map((q) => [q.name, q]));
    const person = (x) => (x ? x.name || x.pseudonym : html`<span class="muted">—</span>`);
    return html`
      <section class="card" aria-labelledby="reviews-title">
        <h2 id="reviews-title">Review history</h2>
        ${!this.reviews.length ? html`<p class="muted" id="no-reviews">No answer of this item was sampled for review.</p>` : html`
          <table class="grid" id="review-history">
            <thead><tr><th>Stage</th><th>Decision</th><th>Annotator</th><th>Reviewer</th><th>Feedback</th><th>Correction</th><th>Time</th></tr></thead>
            <tbody>${this.reviews.map((r) => html`<tr data-review=${r.reviewId} data-decision=${r.decision ?? ''}>
              <td>${r.stage === 'QA' ? 'QA' : 'Review'}<br><span class="muted small">${r.reason.toLowerCase().replaceAll('_', ' ')}</span></td>
              <td><span class="state ${r.state.toLowerCase()}">${r.decision ?? r.state.toLowerCase()}</span></td>
              <td>${person(r.annotator)}</td>
              <td>${person(r.reviewer)}</td>
              <td>${r.feedback ?? ''}${Object.entries(r.questionFeedback || {}).map(([q, text]) => html`<br><span class="small"><strong>${byName[q]?.title || q}:</strong> ${text}</span>`)}</td>
              <td>${r.correction ? Object.entries(r.correction).map(([q, v]) => html`<div class="small"><strong>${byName[q]?.title || q}</strong> ${answerView(byName[q], v)}</div>`) : ''}</td>
              <td>${when(r.decidedAt ?? r.createdAt)}<br><span class="muted small">${r.decidedAt ? 'decided' : 'sampled'}${r.schemaVersion ? ` · v${r.schemaVersion}` : ''}</span></td>
            </tr>`)}</tbody>
          </table>`}
      </section>`;
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
