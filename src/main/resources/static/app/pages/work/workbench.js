// The annotator workbench: renders any label schema (docs/label-schema.md), one control per question
// (static/app/controls/*). One task at a time, keyboard first: digit keys choose the options of choice questions
// (inside the span text or the image, they pick labels and classes instead), Enter submits, S skips; the next task
// appears without reloading the page. The guidelines stay beside the task. Every submit carries an Idempotency-Key.
//
// Drafts: every change is kept in this browser's localStorage under the assignment id, so a reload (or a crash)
// loses nothing. Drafts stay on the annotator's device: they are never sent anywhere before the submit, and they are
// removed on submit, on skip, and after two days.
//
// Active time (active-time.js): the time the annotator worked on the task (page visible, focused, in use) is shown
// beside the lease and sent with the submit and the skip (header Active-Millis). A reload keeps the task's count in
// this tab's sessionStorage and goes on from it.
import { html } from 'lit';
import { api } from '../../api.js';
import { shuffled, typing, uuid } from '../../controls/util.js';
import { control, visible } from '../../controls/question.js';
import { forgetWriting, setPastePolicy, writingHeader } from '../../controls/writing.js';
import {
  LeasedWork, answerOf, clock, enterOwnedBy, feedbackCard, itemCard, keyedOptions, keysOf, problemsOf, questionNote, watermark,
} from './task-parts.js';
import { unmarked } from '../../controls/marks.js';
import { activeTime } from './active-time.js';

const DRAFT = 'annota.draft.';
const DRAFT_DAYS = 2;
const ACTIVE = 'annota.active.';

/** The active time counted on a lease before a reload of this tab, or 0. */
function countedBefore(assignmentId) {
  try {
    return Number(sessionStorage.getItem(ACTIVE + assignmentId)) || 0;
  } catch {
    return 0;
  }
}

function keepCount(assignmentId, millis) {
  try {
    if (millis === null) {
      sessionStorage.removeItem(ACTIVE + assignmentId);
    } else {
      sessionStorage.setItem(ACTIVE + assignmentId, String(millis));
    }
  } catch {
    // storage disabled: a reload starts the task's count again
  }
}

/** Active time as minutes and seconds, whole seconds counted (never rounded up). */
function activeClock(millis) {
  const s = Math.floor((millis || 0) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function loadDraft(assignmentId) {
  try {
    return JSON.parse(localStorage.getItem(DRAFT + assignmentId))?.answers ?? null;
  } catch {
    return null;
  }
}

function saveDraft(assignmentId, answers) {
  try {
    localStorage.setItem(DRAFT + assignmentId, JSON.stringify({ savedAt: Date.now(), answers }));
  } catch {
    // storage full or disabled: the work continues, only the reload safety net is lost
  }
}

function dropDraft(assignmentId) {
  try {
    localStorage.removeItem(DRAFT + assignmentId);
  } catch {
    // nothing to do
  }
}

/** Removes drafts older than DRAFT_DAYS (their leases ended long ago). */
function sweepDrafts() {
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const key = localStorage.key(i);
      if (key?.startsWith(DRAFT)) {
        const saved = JSON.parse(localStorage.getItem(key))?.savedAt || 0;
        if (Date.now() - saved > DRAFT_DAYS * 86400000) {
          localStorage.removeItem(key);
        }
      }
    }
  } catch {
    // nothing to do
  }
}


/**
 * The server's refusal of an answer as problems by question: each violation ({field, message} in the problem's
 * errors, or its one field) beside the question it names, with the field's remaining path in front of the message.
 */
function refusedProblems(e) {
  const errors = Array.isArray(e.problem?.errors) && e.problem.errors.length ? e.problem.errors
    : e.field ? [{ field: e.field, message: e.message }] : [];
  const problems = {};
  for (const { field, message } of errors) {
    const path = String(field || '').replace(/^answer\./, '');
    const name = path.split(/[.[]/)[0];
    if (name) {
      const rest = path.slice(name.length).replace(/^\./, '');
      (problems[name] ||= []).push(rest && !String(message).startsWith(rest) ? `${rest}: ${message}` : String(message));
    }
  }
  return problems;
}

class Workbench extends LeasedWork {
  static properties = {
    projectId: {},
    project: { state: true },
    task: { state: true },
    state: { state: true }, // loading | task | empty | error
    answers: { state: true }, // question name -> value, as the controls hold it
    busy: { state: true },
    message: { state: true },
    remaining: { state: true },
    done: { state: true },
    problems: { state: true }, // question name -> what is missing or refused, in plain words, shown beside its control
    activeMillis: { state: true }, // active time on the task shown, as active-time.js counts it
  };

  constructor() {
    super();
    this.state = 'loading';
    this.answers = {};
    this.busy = false;
    this.message = null;
    this.remaining = null;
    this.done = 0;
    this.problems = {};
    this.activeMillis = 0;
    this.onPageHide = () => this.keepActive();
    // The paste policy's warnings and refusals (controls/writing.js), shown where the workbench shows its messages.
    this.addEventListener('writing-notice', (e) => this.say(e.detail.kind, e.detail.text));
  }

  connectedCallback() {
    super.connectedCallback();
    sweepDrafts();
    this.active = activeTime();
    window.addEventListener('pagehide', this.onPageHide);
  }

  disconnectedCallback() {
    clearTimeout(this.messageTimer);
    this.keepActive();
    this.active.stop();
    window.removeEventListener('pagehide', this.onPageHide);
    super.disconnectedCallback();
  }

  /** Keeps the task's count in this tab, for a reload (or a return to the project) while the lease lives. */
  keepActive() {
    if (this.state === 'task' && this.task) {
      keepCount(this.task.assignmentId, this.active.millis());
    }
  }

  /** The Active-Millis header of a submit or skip: the task's active time so far. */
  activeHeader() {
    return { 'Active-Millis': String(Math.max(0, this.active.millis())) };
  }

  base() {
    return `/api/v1/projects/${this.projectId}`;
  }

  questions() {
    return this.project?.schema?.questions || [];
  }

  async load() {
    let policy;
    [this.project, policy] = await Promise.all([api(this.base()), api(`${this.base()}/writing-policy`)]);
    setPastePolicy(policy?.paste);
    await this.claim();
  }

  failure(e) {
    this.state = 'error';
    return e.status === 404 ? 'This project does not exist, or it is not shared with you.' : e;
  }

  /** The options of the visible choice questions in order, each with the digit key that chooses it. */
  keyed() {
    return keyedOptions(this.visibleQuestions());
  }

  visibleQuestions() {
    return visible(this.questions(), this.answers);
  }

  /**
   * The starting answers of a task: the draft saved in this browser, else (rework) the answer the reviewer sent back,
   * else the first prediction, else nothing.
   */
  initialAnswers(task) {
    const draft = loadDraft(task.assignmentId);
    if (draft) {
      return { answers: draft, from: 'draft' };
    }
    if (task.rework?.previousAnswer) {
      const answers = structuredClone(task.rework.previousAnswer);
      // answers name responses by their place in the item, so the rework may show them in its own assignment's order
      for (const q of this.questions()) {
        if (q.type === 'comparison' && answers[q.name] && Array.isArray(task.shownOrder)) {
          answers[q.name].shown_order = [...task.shownOrder];
        }
      }
      return { answers, from: 'rework' };
    }
    const predicted = task.predictions?.[0]?.answer;
    const answers = {};
    for (const q of this.questions()) {
      if (predicted && predicted[q.name] !== undefined) {
        answers[q.name] = structuredClone(predicted[q.name]);
      }
      if (q.type === 'comparison') {
        const n = task.data?.responses?.length || 0;
        // the order the server drew for this assignment (auditable: recomputable from the assignment id); a random
        // one where a server sends none; kept in the draft so a reload shows the same order
        const order = Array.isArray(task.shownOrder) && task.shownOrder.length === n ? task.shownOrder : shuffled(n);
        answers[q.name] = { ...(answers[q.name] || {}), shown_order: [...order] };
      }
      if (q.type === 'demonstration' && answers[q.name] === undefined && typeof task.data?.draft === 'string') {
        answers[q.name] = { text: unmarked(task.data.draft) };
      }
      if (q.type === 'spans' && Array.isArray(answers[q.name])) {
        const cps = [...unmarked(task.data?.[q.field || 'text'])];
        answers[q.name] = answers[q.name].map((s) => ({ ...s, text: cps.slice(s.start, s.end).join('') }));
      }
    }
    return { answers, from: predicted ? 'prediction' : null };
  }

  /** Claims the next task (POST tasks/next) and shows it, or the empty state. */
  async claim() {
    this.state = 'loading';
    this.busy = true;
    this.problems = {};
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
      const { answers, from } = this.initialAnswers(task);
      this.answers = answers;
      this.prefilledFrom = from;
      task.idempotencyKey = uuid();
      this.task = task;
      // The lease as a local deadline; capped at the project's lease length in case the two clocks disagree.
      const left = Math.min((Date.parse(task.leaseExpiresAt) - Date.now()) / 1000, this.project.leaseSeconds);
      this.deadline = Date.now() + left * 1000;
      this.state = 'task';
      saveDraft(task.assignmentId, this.answers);
      this.active.reset(countedBefore(task.assignmentId));
      this.tick();
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
      this.activeMillis = this.active.millis();
    }
  }

  expired() {
    return this.state === 'task' && this.remaining !== null && this.remaining <= 0;
  }

  set(name, value) {
    if (this.state !== 'task') {
      return;
    }
    this.answers = { ...this.answers, [name]: value };
    if (this.message?.kind !== 'ok') {
      this.message = null;
    }
    if (this.problems[name]) {
      // The question just changed: its problems are judged again (the others stay until they are fixed).
      const { [name]: _, ...rest } = this.problems;
      const left = problemsOf(this.questions(), this.answers, this.task)[name];
      this.problems = left ? { ...rest, [name]: left } : rest;
    }
    saveDraft(this.task.assignmentId, this.answers);
  }

  toggle(question, option) {
    if (this.state !== 'task' || this.busy) {
      return;
    }
    this.querySelector(`annota-choice[data-question="${question.name}"]`)?.toggle(option);
  }

  /** The answer to submit: visible questions only (hidden ones must not be answered), normalised. */
  answer() {
    return answerOf(this.questions(), this.answers, this.task);
  }


  async submit() {
    if (this.state !== 'task' || this.busy) {
      return;
    }
    const problems = problemsOf(this.questions(), this.answers, this.task);
    const names = Object.keys(problems);
    if (names.length) {
      const count = Object.values(problems).flat().length;
      const first = this.questions().find((q) => q.name === names[0]);
      this.say('warn', count === 1 ? `${problems[names[0]][0]} (${first?.title || names[0]})`
        : `${count} things are missing: each is shown beside its question.`);
      this.problems = problems;
      this.updateComplete.then(() => this.querySelector(`#problem-${names[0]}`)?.scrollIntoView({ block: 'center' }));
      return;
    }
    this.busy = true;
    const assignment = this.task.assignmentId;
    try {
      const saved = await api(`${this.base()}/assignments/${assignment}/annotation`, {
        method: 'POST', body: this.answer(),
        headers: { 'Idempotency-Key': this.task.idempotencyKey, ...this.activeHeader(), ...writingHeader(assignment) },
      });
      dropDraft(assignment);
      forgetWriting(assignment);
      keepCount(assignment, null);
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
        dropDraft(assignment);
        forgetWriting(assignment);
        keepCount(assignment, null);
        this.say('warn', `${e.message} That item went back to the queue; here is your next task.`);
      } else {
        this.say('error', e.message);
        this.problems = refusedProblems(e);
        const first = Object.keys(this.problems)[0];
        this.updateComplete.then(() => this.querySelector(`#q-${first}`)?.scrollIntoView({ block: 'center' }));
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
    const assignment = this.task.assignmentId;
    try {
      await api(`${this.base()}/assignments/${assignment}/skip`, { method: 'POST', headers: this.activeHeader() });
      dropDraft(assignment);
      forgetWriting(assignment);
      keepCount(assignment, null);
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
    // the span text and the image canvas use digits (and a few letters) for their own labels and tools
    const own = e.composedPath().some((n) => n instanceof HTMLElement && n.hasAttribute('data-own-keys'));
    if (!e.defaultPrevented && (e.ctrlKey || e.metaKey) && /^[zZy]$/.test(e.key) && !typing(e) && !own && this.state === 'task') {
      // undo/redo with the focus elsewhere on the page goes to the task's spans or shapes
      const history = this.querySelector('annota-spans, annota-boxes');
      if (history) {
        e.preventDefault();
        e.shiftKey || e.key === 'y' ? history.redo() : history.undo();
      }
      return;
    }
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e) || e.repeat) {
      return;
    }
    if (this.state === 'task') {
      if (/^[1-9]$/.test(e.key) && !own) {
        const entry = this.keyed().find((k) => k.key === e.key);
        if (entry) {
          e.preventDefault();
          this.toggle(entry.question, entry.option);
        }
      } else if (e.key === 'Enter') {
        if (enterOwnedBy(e)) {
          return;
        }
        e.preventDefault();
        this.expired() ? this.next() : this.submit();
      } else if ((e.key === 's' || e.key === 'S') && !own) {
        e.preventDefault();
        this.skip();
      }
    } else if (this.state === 'empty' && (e.key === 'r' || e.key === 'R')) {
      e.preventDefault();
      this.next();
    }
  }

  renderWayBack() {
    return html`<p><a href="/">Back to the projects</a>
        · <a href="/projects/${this.projectId}/quality/me">My quality on this project</a></p>`;
  }

  renderBody() {
    const p = this.project;
    const wide = ['image-boxes', 'response-comparison', 'demonstration'].includes(p?.taskType);
    return this.renderWorkbench({
      crumbs: p ? p.name : '…',
      wide,
      status: html`
            <span class="muted" id="done-count">${this.done} labeled this session</span>
            ${this.state === 'task' ? html`<span class="muted" id="active-time" aria-live="off"
                title="Your active time on this task: counted while this page is visible, focused and in use (a pause of over a minute stops it)">Active ${activeClock(this.activeMillis)}</span>` : ''}
            ${this.state === 'task' ? html`<span class="lease ${this.remaining < 60 ? 'low' : ''} ${this.expired() ? 'gone' : ''}" id="lease"
                title="Time left on your lease of this item" aria-live="off">Lease ${this.expired() ? 'expired' : clock(this.remaining)}</span>` : ''}`,
      work: this.renderTask(),
    });
  }

  control(q) {
    return html`${control(q, {
      task: this.task, value: this.answers[q.name], disabled: this.busy || this.expired(), invalid: Boolean(this.problems[q.name]),
      keys: keysOf(q, this.keyed()), onAnswer: (e) => this.set(e.detail.name, e.detail.value),
    })}${this.problems[q.name] ? html`<div class="field-error problems" id="problem-${q.name}" role="alert"><ul>
      ${this.problems[q.name].map((m) => html`<li>${m}</li>`)}</ul></div>` : ''}${questionNote(this.task.rework?.questionFeedback, q)}`;
  }

  renderTask() {
    const waiting = this.renderWithoutLease(this.task, 'Fetching your next task…', () => html`
        <div class="card empty" id="no-more-tasks">
          <h2>No more tasks</h2>
          <p>Nothing is waiting for you in this project right now${this.done ? html` — you labeled <strong>${this.done}</strong> item${this.done === 1 ? '' : 's'} this session` : ''}.</p>
          <p class="muted">Items may return when someone's lease runs out or new items are uploaded.</p>
          <p class="empty-actions"><button type="button" id="check-again" @click=${() => this.next()}><kbd>R</kbd> Check again</button> <a href="/">Back to the projects</a></p>
          ${this.message && this.message.kind !== 'ok' ? html`<p class="notice ${this.message.kind}">${this.message.text}</p>` : ''}
        </div>`);
    if (waiting !== null) {
      return waiting;
    }
    const t = this.task;
    const questions = this.visibleQuestions();
    const keyed = this.keyed();
    return html`
      <div class="task ${this.busy ? 'busy' : ''} ${t.watermark ? 'watermarked' : ''}" id="task" tabindex="-1" aria-label="Task" data-assignment=${t.assignmentId}>
        ${watermark(t.watermark)}
        ${t.rework ? html`<p class="notice warn" id="rework-label"><strong>Rework (round ${t.rework.round})</strong>: a reviewer sent
            this item back to you. Your earlier answer is filled in; correct it as the feedback asks and submit again.</p>
          ${feedbackCard("Reviewer's feedback", t.rework.feedback, t.rework.questionFeedback, this.questions(), 'rework-feedback')}` : ''}
        ${itemCard(t.data, questions)}
        ${this.prefilledFrom === 'prediction' ? html`<p class="notice info small" id="prefilled">Pre-filled from a model's suggestion: check every answer and correct what is wrong.</p>` : ''}
        ${this.prefilledFrom === 'draft' ? html`<p class="notice info small" id="restored">Your unsaved answers for this item were restored.</p>` : ''}
        ${questions.map((q) => this.control(q))}
      </div>
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
      <p class="muted small" id="keys-help">Keys: ${keyed.length ? html`<kbd>1</kbd>–<kbd>${Math.min(keyed.length, 9)}</kbd> choose${questions.some((q) => q.multiple) ? ' (again to unselect)' : ''}, ` : ''}<kbd>Enter</kbd> submit, <kbd>S</kbd> skip, <kbd>Tab</kbd> moves between controls. Answers are kept as a draft on this device until you submit.</p>
    `;
  }
}

customElements.define('annota-workbench', Workbench);
