// The reviewer's page (/projects/{id}/review): one leased review at a time, keyboard first like the workbench. The
// annotation's answer is shown in the workbench's own controls (controls/*), read-only until E unlocks them for a
// correction. A accepts, R opens the rejection's feedback (overall and per question) and Ctrl+Enter confirms it, E edits
// and Enter submits the correction; Escape leaves the feedback or the edit. The next review appears at once.
import { html } from 'lit';
import { api } from '../../api.js';
import { when } from '../../router.js';
import { problem } from '../page.js';
import { typing } from '../../controls/util.js';
import { control, visible } from '../../controls/question.js';
import { writingEvidence, writingOfItem } from '../project/authenticity.js';
import { LeasedWork, answerOf, clock, enterOwnedBy, itemCard, keyedOptions, keysOf, missingOf, watermark } from './task-parts.js';

const DONE = { ACCEPT: 'Accepted.', CORRECT: 'Corrected: your version is stored beside the original.', REJECT: 'Rejected: the feedback goes to the annotator.' };

class ReviewPage extends LeasedWork {
  static properties = {
    projectId: {},
    project: { state: true },
    review: { state: true },
    state: { state: true }, // loading | review | empty | gone (the lease ended) | error
    mode: { state: true }, // view | edit | reject
    answers: { state: true },
    busy: { state: true },
    message: { state: true },
    remaining: { state: true },
    invalid: { state: true }, // {question, message} the server refused, beside that control
    done: { state: true },
    writing: { state: true }, // how the answer under review was written, where it is flagged (authenticity)
  };

  constructor() {
    super();
    this.state = 'loading';
    this.mode = 'view';
    this.answers = {};
    this.busy = false;
    this.message = null;
    this.remaining = null;
    this.invalid = null;
    this.done = 0;
  }

  base() {
    return `/api/v1/projects/${this.projectId}`;
  }

  /**
   * The questions shown: the annotation's schema version as the annotator answered it; while editing, the project's
   * current one, since a correction is checked against the current version (docs/review.md).
   */
  questions() {
    const schema = this.mode === 'edit' ? this.project?.schema : this.review?.schema;
    return schema?.questions || [];
  }

  visibleQuestions() {
    return visible(this.questions(), this.answers);
  }

  /** The item as the controls read it: a workbench task's data is the item's payload. */
  task() {
    return { data: this.review?.item?.payload ?? {} };
  }

  async load() {
    this.project = await api(this.base());
    await this.claim();
  }

  failure(e) {
    this.state = 'error';
    if (e.status === 404) {
      return 'This project does not exist, or it is not shared with you.';
    }
    return e.status === 403 ? `${e.message} Reviewing needs the reviewer role on this project.` : e;
  }

  /** Leases the next review (POST reviews/next) and shows it, or the empty state. */
  async claim() {
    this.state = 'loading';
    this.busy = true;
    this.mode = 'view';
    this.invalid = null;
    try {
      const review = await api(`${this.base()}/reviews/next`, { method: 'POST' });
      this.review = review;
      if (!review) {
        this.state = 'empty';
        return;
      }
      this.answers = structuredClone(review.annotation.answer || {});
      // How the answer was written (docs/trust.md): the owner's reviewers see a flagged one's evidence; others get none.
      const writing = this.project.owner ? await writingOfItem(this.projectId, review.item.id) : null;
      this.writing = (writing?.answers || []).filter((m) => m.assignmentId === review.annotation.assignmentId);
      const left = Math.min((Date.parse(review.leaseExpiresAt) - Date.now()) / 1000, this.project.leaseSeconds);
      this.deadline = Date.now() + left * 1000;
      this.state = 'review';
      this.tick();
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    this.querySelector('#review')?.focus({ preventScroll: true });
  }

  tick() {
    if (this.state === 'review' && this.deadline) {
      this.remaining = (this.deadline - Date.now()) / 1000;
      if (this.remaining <= 0) {
        this.state = 'gone';
        this.message = null;
      }
    }
  }

  say(kind, text) {
    this.message = { kind, text };
  }

  async edit() {
    if (this.busy) {
      return;
    }
    try {
      this.project = await api(this.base()); // the current schema, which the correction must satisfy
    } catch (e) {
      this.say('error', e);
      return;
    }
    this.mode = 'edit';
    this.message = null;
    this.updateComplete.then(() => this.querySelector('#review .question button, #review .question input, #review .question textarea')?.focus());
  }

  startReject() {
    this.mode = 'reject';
    this.message = null;
    this.updateComplete.then(() => this.querySelector('#reject-feedback')?.focus());
  }

  /** Leaves the edit (the annotator's answer is shown again) or the rejection's feedback. */
  cancel() {
    this.mode = 'view';
    this.invalid = null;
    this.answers = structuredClone(this.review.annotation.answer || {});
    this.querySelector('#review')?.focus({ preventScroll: true });
  }

  set(name, value) {
    if (this.mode !== 'edit') {
      return;
    }
    this.answers = { ...this.answers, [name]: value };
    this.invalid = null;
  }

  rejection() {
    const form = this.querySelector('#reject-form');
    const questionFeedback = {};
    for (const field of form.querySelectorAll('[data-question-feedback]')) {
      if (field.value.trim()) {
        questionFeedback[field.dataset.questionFeedback] = field.value.trim();
      }
    }
    return { feedback: form.elements.feedback.value.trim() || null, questionFeedback };
  }

  async decide(decision) {
    if (this.state !== 'review' || this.busy) {
      return;
    }
    const body = { decision, fencingToken: this.review.fencingToken };
    if (decision === 'REJECT') {
      Object.assign(body, this.rejection());
      if (!body.feedback && !Object.keys(body.questionFeedback).length) {
        this.say('warn', 'Tell the annotator what is wrong: write the overall feedback or a note on a question.');
        return;
      }
    }
    if (decision === 'CORRECT') {
      const missing = missingOf(this.questions(), this.answers, this.task());
      if (missing) {
        this.invalid = { question: missing.name, message: `Answer “${missing.title || missing.name}” first.` };
        return;
      }
      body.answer = answerOf(this.questions(), this.answers, this.task());
    }
    this.busy = true;
    try {
      await api(`${this.base()}/reviews/${this.review.reviewId}/decision`, { method: 'POST', body });
      this.done += 1;
      this.say('ok', DONE[decision]);
    } catch (e) {
      this.busy = false;
      if (e.status === 409) {
        this.state = 'gone';
        this.say('warn', e.message);
        return;
      }
      const question = e.field?.replace(/^answer\./, '').split(/[.[]/)[0];
      if (decision === 'CORRECT' && this.questions().some((q) => q.name === question)) {
        this.invalid = { question, message: e };
        this.querySelector(`#q-${question}`)?.scrollIntoView({ block: 'center' });
      } else {
        this.say('error', e);
      }
      return;
    }
    const said = this.message;
    await this.next();
    this.message = said;
  }

  key(e) {
    const own = e.composedPath().some((n) => n instanceof HTMLElement && n.hasAttribute('data-own-keys'));
    if (e.key === 'Escape' && this.state === 'review' && this.mode !== 'view') {
      e.preventDefault();
      this.cancel();
      return;
    }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && this.mode === 'reject') {
      e.preventDefault();
      this.decide('REJECT');
      return;
    }
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e) || e.repeat) {
      return;
    }
    const k = e.key.toLowerCase();
    if (this.state === 'review' && this.mode === 'view') {
      const action = { a: () => this.decide('ACCEPT'), r: () => this.startReject(), e: () => this.edit() }[k];
      if (action) {
        e.preventDefault();
        action();
      }
    } else if (this.state === 'review' && this.mode === 'edit') {
      if (/^[1-9]$/.test(e.key) && !own) {
        const entry = keyedOptions(this.visibleQuestions()).find((x) => x.key === e.key);
        if (entry) {
          e.preventDefault();
          this.querySelector(`annota-choice[data-question="${entry.question.name}"]`)?.toggle(entry.option);
        }
      } else if (e.key === 'Enter') {
        if (enterOwnedBy(e)) {
          return;
        }
        e.preventDefault();
        this.decide('CORRECT');
      }
    } else if ((this.state === 'empty' || this.state === 'gone') && k === 'n') {
      e.preventDefault();
      this.next();
    }
  }

  renderWayBack() {
    return html`<p><a href="/projects/${this.projectId}">Back to the project</a></p>`;
  }

  renderBody() {
    const p = this.project;
    const r = this.state === 'review' || this.state === 'gone' ? this.review : null;
    return this.renderWorkbench({
      cls: 'reviewing',
      crumbs: html`${p ? html`<a href="/projects/${p.id}">${p.name}</a>` : '…'} <span aria-hidden="true">/</span> Review`,
      status: html`
            <span class="muted" id="reviewed-count">${this.done} reviewed this session</span>
            ${r ? html`<span class="tag stage" id="review-stage">${r.stage === 'QA' ? 'QA' : 'Review'}</span>
              <span class="muted" id="review-annotator" title="The annotator, as a pseudonym unless they belong to your organization">by ${r.annotation.annotator.name || r.annotation.annotator.pseudonym}</span>` : ''}
            ${this.state === 'review' ? html`<span class="lease ${this.remaining < 60 ? 'low' : ''}" id="lease"
                title="Time left on your lease of this review" aria-live="off">Lease ${clock(this.remaining)}</span>` : ''}`,
      work: this.renderReview(),
    });
  }

  renderMessage() {
    const m = this.message;
    if (!m) {
      return '';
    }
    return m.kind === 'error' ? problem(m.text, { id: 'review-message' })
      : html`<span class="notice ${m.kind}" id="review-message" role="status">${m.text}</span>`;
  }

  control(q, keyed) {
    const wrong = this.invalid?.question === q.name;
    return html`${control(q, {
      task: this.task(), value: this.answers[q.name], disabled: this.mode !== 'edit' || this.busy, invalid: wrong,
      keys: this.mode === 'edit' ? keysOf(q, keyed) : undefined, onAnswer: (e) => this.set(e.detail.name, e.detail.value),
    })}${wrong ? problem(this.invalid.message, { id: `violation-${q.name}`, cls: 'field-error', where: false }) : ''}`;
  }

  renderReview() {
    const waiting = this.renderWithoutLease(this.review, 'Fetching the next review…', () => html`
        <div class="card empty" id="no-reviews">
          <h2>Nothing to review right now</h2>
          <p>No annotation of this project waits for your review${this.done ? html` — you reviewed <strong>${this.done}</strong> this session` : ''}.</p>
          <p class="muted">Annotations are sampled for review as annotators submit them.</p>
          <p class="empty-actions"><button type="button" id="check-again" @click=${() => this.next()}><kbd>N</kbd> Check again</button>
            <a href="/projects/${this.projectId}">Back to the project</a></p>
          ${this.renderMessage()}
        </div>`);
    if (waiting !== null) {
      return waiting;
    }
    if (this.state === 'gone') {
      return html`
        <div class="card empty" id="lease-ended">
          <h2>Your lease on this review ended</h2>
          <p>${this.message?.text || 'The time to decide ran out.'} Nothing was stored; the annotation waits for a reviewer again.</p>
          <p class="empty-actions"><button type="button" class="primary" id="next-review" @click=${() => { this.message = null; this.next(); }}><kbd>N</kbd> Next review</button></p>
        </div>`;
    }
    const r = this.review;
    const questions = this.visibleQuestions();
    const keyed = keyedOptions(questions);
    return html`
      <div class="task ${this.busy ? 'busy' : ''} mode-${this.mode} ${r.watermark ? 'watermarked' : ''}" id="review" tabindex="-1" aria-label="Review" data-review=${r.reviewId} data-item=${r.item.id} data-token=${r.fencingToken}>
        ${watermark(r.watermark)}
        <p class="notice info small" id="review-mode">${this.mode === 'edit'
          ? html`<strong>Editing</strong> under the current schema v${this.project.schemaVersion}: correct the answer, then <kbd>Enter</kbd> stores it as a correction (the original is kept). <kbd>Esc</kbd> cancels.`
          : html`The annotator's answer from ${when(r.annotation.createdAt)}, schema v${r.annotation.schemaVersion}. <kbd>E</kbd> unlocks it to correct.`}</p>
        ${writingEvidence(this.writing)}
        ${itemCard(r.item.payload, questions)}
        ${questions.map((q) => this.control(q, keyed))}
        ${this.mode === 'reject' ? this.rejectForm(questions) : ''}
      </div>
      <div class="wb-actions">
        ${this.mode === 'view' ? html`
          <button type="button" class="primary" id="accept" ?disabled=${this.busy} @click=${() => this.decide('ACCEPT')}><kbd>A</kbd> Accept</button>
          <button type="button" id="reject" ?disabled=${this.busy} @click=${() => this.startReject()}><kbd>R</kbd> Reject</button>
          <button type="button" id="edit" ?disabled=${this.busy} @click=${() => this.edit()}><kbd>E</kbd> Edit</button>` : ''}
        ${this.mode === 'edit' ? html`
          <button type="button" class="primary" id="submit-correction" ?disabled=${this.busy} @click=${() => this.decide('CORRECT')}><kbd>Enter</kbd> Submit correction</button>
          <button type="button" id="cancel" @click=${() => this.cancel()}><kbd>Esc</kbd> Cancel</button>` : ''}
        <span class="wb-message" aria-live="polite">${this.renderMessage()}</span>
      </div>
      <p class="muted small" id="keys-help">Keys: <kbd>A</kbd> accept, <kbd>R</kbd> reject with feedback, <kbd>E</kbd> edit the answer
        (then ${keyed.length ? html`<kbd>1</kbd>–<kbd>${Math.min(keyed.length, 9)}</kbd> choose, ` : ''}<kbd>Enter</kbd> submits the correction), <kbd>Esc</kbd> cancels.</p>
    `;
  }

  rejectForm(questions) {
    return html`
      <form class="card reject-form" id="reject-form" @submit=${(e) => { e.preventDefault(); this.decide('REJECT'); }}>
        <h2 class="eyebrow">Reject: feedback for the annotator</h2>
        <div class="field"><label for="reject-feedback">Overall feedback</label>
          <textarea id="reject-feedback" name="feedback" rows="3" maxlength="5000" placeholder="What should the annotator do differently?"></textarea></div>
        ${questions.map((q) => html`<div class="field"><label for="qf-input-${q.name}">On “${q.title || q.name}” <span class="hint">optional</span></label>
          <input id="qf-input-${q.name}" type="text" maxlength="2000" data-question-feedback=${q.name}></div>`)}
        <p class="actions"><button type="submit" class="primary" id="confirm-reject" ?disabled=${this.busy}><kbd>Ctrl</kbd>+<kbd>Enter</kbd> Confirm rejection</button>
          <button type="button" id="cancel-reject" @click=${() => this.cancel()}><kbd>Esc</kbd> Cancel</button></p>
      </form>`;
  }
}

customElements.define('annota-review', ReviewPage);
