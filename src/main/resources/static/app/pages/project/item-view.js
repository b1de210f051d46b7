// One item for its project's managers: the data (opening it is recorded in the access log), model predictions, the
// item as the annotators saw it with every answer drawn on it (spans, shapes, comparisons, conversations: seen-views.js),
// every annotator's answer side by side, one column per answer, one row per question of the schema, and each answer's
// history (its versions: reworks, corrections; its review decisions); then the item's review history (stage, decision,
// reviewer, feedback, correction, time).
import { html } from 'lit';
import { api } from '../../api.js';
import { when } from '../../router.js';
import { ProjectPage, notAllowed, projectHeader } from './project-nav.js';
import { answerView, answersList, prettyJson } from './answer-views.js';
import { SEEN_TYPES } from './seen-views.js';
import { state } from '../page.js';
import { writingEvidence, writingOfItem } from './authenticity.js';

const STATES = { OPEN: 'Open', FULL: 'In progress', DONE: 'Done', GOLD: 'Gold' };

function dataView(data) {
  if (data && typeof data.text === 'string') {
    const { text, ...rest } = data;
    return html`<div class="item-text" id="item-data">${text}</div>
      ${Object.keys(rest).length ? html`<details class="more"><summary>Other fields</summary>${prettyJson(rest)}</details>` : ''}`;
  }
  // An image or a chat is drawn in full below (seen-views.js): here what it is, and the raw data on demand.
  const raw = html`<details class="more"><summary>Raw data</summary>${prettyJson(data)}</details>`;
  if (data?.image?.url) {
    // The import allows only http(s) URLs and paths on this server; checked again before it becomes a link.
    const img = data.image;
    return html`<div id="item-data"><p>Image <strong>${img.name ?? ''}</strong> ${img.width && img.height ? html`<span class="muted">${img.width} × ${img.height} px</span>` : ''}
      ${/^(https?:\/\/|\/)/.test(img.url) ? html`· <a href=${img.url} target="_blank" rel="noopener">open the image</a>` : ''}</p>${raw}</div>`;
  }
  if (Array.isArray(data?.responses) || Array.isArray(data?.messages) || typeof data?.draft === 'string') {
    const parts = [Array.isArray(data.messages) ? `${data.messages.length} messages` : null,
      Array.isArray(data.responses) ? `${data.responses.length} responses` : null,
      typeof data.draft === 'string' ? 'a model draft' : null].filter(Boolean);
    return html`<div id="item-data">${typeof data.prompt === 'string' ? html`<div class="item-text">${data.prompt}</div>` : ''}
      <p class="muted small">${parts.join(', ')}: shown below.</p>${raw}</div>`;
  }
  return html`<div id="item-data">${prettyJson(data)}</div>`;
}

class ItemView extends ProjectPage {
  static properties = {
    itemId: {},
    ...state({
      item: null,
      reviews: null,
      writing: null, // the item's measured free-text answers (authenticity), null where not allowed
    }),
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
    this.writing = this.project.owner && this.reviews ? await writingOfItem(this.projectId, this.itemId) : null;
  }

  /** The authenticity evidence of one answer: its lease is the item's only one by this annotator in this round. */
  writingOf(a) {
    return writingEvidence((this.writing?.answers || []).filter((m) => m.annotatorId === a.annotatorId && m.round === (a.round ?? 1)));
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
            ${i.goldAnswer ? html`<h3>Known answer (gold)</h3><div id="gold-answer">${answersList(p.schema?.questions || [], i.goldAnswer, i.data)}</div>` : ''}
            ${i.predictions?.length ? html`<details class="more" id="predictions"><summary>Model predictions (${i.predictions.length})</summary>
              ${i.predictions.map((pr) => html`<h3 class="small">${pr.model}${pr.score != null ? html` <span class="muted normal">score ${pr.score}</span>` : ''}</h3>
                ${answersList(p.schema?.questions || [], pr.answer || {}, i.data)}`)}</details>` : ''}
          </section>
        </div>
        ${this.seen(p, i)}
        ${this.answers(p, i)}
        ${this.history(p)}`;
  }

  /** The answers in force: a rework's rejected answer is superseded by the rework, kept in the table only. */
  current(i) {
    const superseded = new Set(i.answers.map((a) => a.supersedes).filter(Boolean));
    return i.answers.filter((a) => !superseded.has(a.annotationId));
  }

  /** Per spans, boxes, comparison or conversation question: the item as seen, with every current answer on it. */
  seen(p, i) {
    const questions = (p.schema?.questions || []).filter((q) => SEEN_TYPES.has(q.type));
    if (!questions.length) {
      return '';
    }
    const sources = [
      ...this.current(i).map((a) => ({ key: a.annotatorId, name: a.annotatorName, kind: 'annotator', answer: a.answer })),
      ...(i.goldAnswer ? [{ key: 'gold', name: 'Known answer (gold)', kind: 'gold', answer: i.goldAnswer }] : []),
      ...(i.predictions || []).map((pr, k) => ({ key: `prediction-${k}`, name: `Prediction: ${pr.model}`, kind: 'prediction', answer: pr.answer || {} })),
    ];
    return questions.map((q) => html`
      <section class="card seen-card" aria-labelledby="seen-title-${q.name}" id="seen-${q.name}">
        <h2 id="seen-title-${q.name}">${q.title || q.name} <span class="muted small normal">as the annotators saw it</span></h2>
        <annota-seen data-question=${q.name} .question=${q} .data=${i.data} .sources=${sources}></annota-seen>
      </section>`);
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
              <td>${r.correction ? Object.entries(r.correction).map(([q, v]) => html`<div class="small"><strong>${byName[q]?.title || q}</strong> ${answerView(byName[q], v, this.item.data)}</div>`) : ''}</td>
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
                ${a.annotatorName}<br><span class="muted small normal">${when(a.createdAt)} · schema v${a.schemaVersion}
                ${a.predictionChanged === true ? ' · changed prediction' : a.predictionChanged === false ? ' · kept prediction' : ''}</span>
                ${(a.round ?? 1) > 1 ? html`<br><span class="tag">rework, round ${a.round}</span>` : ''}
                ${i.answers.some((x) => x.supersedes === a.annotationId) ? html`<br><span class="tag">superseded</span>` : ''}
                ${this.writingOf(a)}</th>`)}
            </tr></thead>
            <tbody>
              ${names.map((n) => html`<tr>
                <th scope="row" class="q-col">${byName[n]?.title || n}<br><span class="tag">${byName[n]?.type || 'other'}</span></th>
                ${i.answers.map((a) => html`<td class="answer-cell">${answerView(byName[n], a.answer?.[n], i.data)}</td>`)}
              </tr>`)}
              <tr class="versions-row"><th scope="row" class="q-col">History<br><span class="muted small normal">versions and decisions</span></th>
                ${i.answers.map((a) => html`<td class="answer-cell">${this.versions(i, a, byName)}</td>`)}</tr>
            </tbody>
          </table>
        </div>
      </section>`;
  }

  /**
   * One answer's history, oldest first: the answer it reworks, its submission, the review decisions on it (a
   * correction is a new version, by the reviewer), and the rework that superseded it.
   */
  versions(i, a, byName) {
    const previous = i.answers.find((x) => x.annotationId === a.supersedes);
    const next = i.answers.find((x) => x.supersedes === a.annotationId);
    const decisions = (this.reviews || []).filter((r) => r.annotationId === a.annotationId && r.decision)
      .sort((x, y) => String(x.decidedAt).localeCompare(String(y.decidedAt)));
    const person = (x) => (x ? x.name || x.pseudonym : 'someone');
    const changed = (c) => Object.keys(c || {}).filter((q) => JSON.stringify(c[q]) !== JSON.stringify(a.answer?.[q]))
      .map((q) => byName[q]?.title || q);
    const steps = [
      ...(previous ? [html`<li data-step="reworks">Reworks the rejected answer of ${when(previous.createdAt)} (${previous.annotatorName}, round ${previous.round ?? 1})</li>`] : []),
      html`<li data-step="submitted">Submitted by ${a.annotatorName}, ${when(a.createdAt)}${(a.round ?? 1) > 1 ? ` (round ${a.round})` : ''}
        ${a.derived ? html`<br><span class="muted small">derived: ${Object.entries(a.derived).map(([q, d]) => `${byName[q]?.title || q}${
          d?.word_edit_distance != null ? ` — ${d.word_edit_distance} words edited from the draft` : ''}`).join('; ')}</span>` : ''}</li>`,
      ...decisions.map((r) => html`<li data-step=${r.decision}>${r.stage === 'QA' ? 'QA' : 'Review'}: <strong>${r.decision.toLowerCase()}</strong>
        by ${person(r.reviewer)}, ${when(r.decidedAt)}${r.decision === 'CORRECT' ? html`<br><span class="small">A new version, the reviewer's
        correction${changed(r.correction).length ? ` (changed ${changed(r.correction).join(', ')})` : ''}: in the review history below</span>` : ''}</li>`),
      ...(next ? [html`<li data-step="superseded">Superseded by the rework of ${when(next.createdAt)} (${next.annotatorName}, round ${next.round ?? 2})</li>`] : []),
    ];
    return html`<ol class="answer-versions small" data-annotation=${a.annotationId}>${steps}</ol>`;
  }
}

customElements.define('annota-item-view', ItemView);
