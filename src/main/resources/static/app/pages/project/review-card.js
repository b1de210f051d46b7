// The project page's review card (docs/review.md): the review summary per stage for managers and reviewers, the
// reviewer's way into the review page, and for the owner's managers the review settings form (stages, shares, first N
// answers, targets, rounds), each refusal shown under the field the server names.
import { html } from 'lit';
import { api } from '../../api.js';
import { problem, state } from '../page.js';
import { ProjectCard } from './project-nav.js';

const STAGES = { NONE: 'No review', REVIEW: 'Review', REVIEW_AND_QA: 'Review, then QA' };
const NUMBERS = [
  { name: 'reviewShare', label: 'Review share', hint: 'percent of the annotations reviewed (1–100)', min: 1, max: 100 },
  { name: 'qaShare', label: 'QA share', hint: 'percent of the accepted ones checked again in QA (1–100)', min: 1, max: 100 },
  { name: 'firstAnswers', label: 'First answers', hint: 'an annotator’s first N answers are always reviewed', min: 0, max: 10000 },
  { name: 'maxRounds', label: 'Rework rounds', hint: 'how often an item may go back to rework (1–10)', min: 1, max: 10 },
];

class ReviewCard extends ProjectCard {
  static properties = {
    canManage: { type: Boolean },
    canReview: { type: Boolean },
    ...state({
      settings: null,
      summary: null,
    }),
  };

  static frame = { ...ProjectCard.frame, id: 'review-card', errorId: 'review-card-error', titleId: 'review-title', title: 'Review' };

  async load() {
    [this.settings, this.summary] = await Promise.all([api(`${this.base()}/review/settings`), api(`${this.base()}/reviews/summary`)]);
  }

  async save(e) {
    e.preventDefault();
    const f = e.target.elements;
    const body = { stages: f.stages.value, targetDisagreement: f.targetDisagreement.checked, targetMissedGold: f.targetMissedGold.checked };
    for (const n of NUMBERS) {
      body[n.name] = f[n.name].value === '' ? null : Number(f[n.name].value);
    }
    await this.saveInPlace(async () => {
      this.settings = await api(`${this.base()}/review/settings`, { method: 'PUT', body });
    });
  }

  renderBody() {
    const s = this.settings;
    return html`
      <p class="muted small" id="review-stages">${STAGES[s.stages]}${s.stages === 'NONE' ? '' : ` · ${s.reviewShare} % reviewed`}</p>
      ${this.summaryTable()}
      ${this.canReview ? html`<p><a class="button primary" id="start-review" href="/projects/${this.projectId}/review">Review annotations</a></p>` : ''}
      ${this.canManage ? this.form(s) : ''}`;
  }

  /** One column per stage, one row per state: it fits the side column. */
  summaryTable() {
    const stages = Object.entries(this.summary?.stages || {});
    if (!stages.length) {
      return html`<p class="muted small" id="review-summary">Nothing has been sampled for review yet.</p>`;
    }
    const rows = [['waiting', 'Waiting'], ['inReview', 'In review'], ['accepted', 'Accepted'], ['corrected', 'Corrected'], ['rejected', 'Rejected']];
    return html`<table class="grid" id="review-summary">
      <thead><tr><th>Reviews</th>${stages.map(([stage]) => html`<th class="num">${stage === 'QA' ? 'QA' : 'Review'}</th>`)}</tr></thead>
      <tbody>${rows.map(([key, label]) => html`<tr><th scope="row">${label}</th>
        ${stages.map(([stage, c]) => html`<td class="num" id="summary-${stage}-${key}">${c[key]}</td>`)}</tr>`)}
      </tbody></table>`;
  }

  /** A problem the server names this field in, shown under it. */
  fieldError(name) {
    return this.formError?.field === name ? problem(this.formError, { cls: 'field-error', where: false, id: `review-error-${name}` }) : '';
  }

  form(s) {
    const named = NUMBERS.some((n) => n.name === this.formError?.field) || ['stages', 'targetDisagreement', 'targetMissedGold'].includes(this.formError?.field);
    return html`
      <details class="more" id="review-settings" ?open=${s.stages === 'NONE' || this.formError || this.saved}>
        <summary>Review settings</summary>
        <form id="review-settings-form" @submit=${this.save} novalidate>
          <div class="field"><label for="review-stages-select">Stages</label>
            <select id="review-stages-select" name="stages">
              ${Object.entries(STAGES).map(([v, label]) => html`<option value=${v} ?selected=${s.stages === v}>${label}</option>`)}
            </select>${this.fieldError('stages')}</div>
          ${NUMBERS.map((n) => html`<div class="field"><label for="review-${n.name}">${n.label} <span class="hint">${n.hint}</span></label>
            <input id="review-${n.name}" name=${n.name} type="number" min=${n.min} max=${n.max} .value=${String(s[n.name])}
                   aria-invalid=${this.formError?.field === n.name ? 'true' : 'false'}>${this.fieldError(n.name)}</div>`)}
          <div class="field"><label><input type="checkbox" name="targetDisagreement" ?checked=${s.targetDisagreement}> Review answers that disagree with the majority</label>
            ${this.fieldError('targetDisagreement')}</div>
          <div class="field"><label><input type="checkbox" name="targetMissedGold" ?checked=${s.targetMissedGold}> Review missed check items (gold)</label>
            ${this.fieldError('targetMissedGold')}</div>
          <button type="submit" id="save-review-settings">Save review settings</button>
          ${this.saved ? html`<span class="muted small" id="review-settings-saved" role="status">Saved.</span>` : ''}
          ${this.formError && !named ? problem(this.formError, { cls: 'field-error' }) : ''}
        </form>
      </details>`;
  }
}

customElements.define('annota-review-card', ReviewCard);
