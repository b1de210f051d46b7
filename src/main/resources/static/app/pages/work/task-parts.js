// What the workbench (workbench.js) and the reviewer's page (review.js) share: the item as the annotator sees it, the
// digit keys of the choice options, the answer as the server expects it, the lease clock, and a reviewer's feedback
// beside the task. The reviewer judges the annotation in the very controls the annotator used.
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { visible } from '../../controls/question.js';
import { Page } from '../page.js';

/**
 * A page of one leased thing at a time (a task, a review): its keys on the whole document, a lease clock ticking
 * (tick()), next() = claim() with a failure shown as the page's error, and the page drawn whole (without a project
 * yet) while it loads. A subclass defines key(e), tick(), claim() and renderBody().
 */
export class LeasedWork extends Page {
  constructor() {
    super();
    this.onKey = (e) => this.key(e);
  }

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKey);
    this.ticker = setInterval(() => this.tick(), 250);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.onKey);
    clearInterval(this.ticker);
    super.disconnectedCallback();
  }

  /** The next task or review, or a failure shown as the page's error. */
  async next() {
    try {
      await this.claim();
    } catch (e) {
      this.fail(e);
    }
  }

  /** The page is its own section, shown (without a project yet) while the page loads. */
  renderFrame(content) {
    return this.loaded || !this.error ? content : html`<section class="page">${content}</section>`;
  }

  renderLoading() {
    return this.renderBody();
  }

  /**
   * What stands where the task or review goes while there is none to show: the way back after an error, a line while
   * the first one is fetched ({@code held}: the one shown, if any), the card {@code nothingLeft} once nothing waits;
   * null when the one held is to be shown.
   */
  renderWithoutLease(held, fetching, nothingLeft) {
    if (this.state === 'error') {
      return this.renderWayBack();
    }
    if (this.state === 'loading' && !held) {
      return html`<div class="card"><p class="muted">${fetching}</p></div>`;
    }
    return this.state === 'empty' ? nothingLeft() : null;
  }

  /**
   * The workbench around the task or review: the breadcrumb ({@code crumbs}), the session's figures and the lease
   * ({@code status}), then {@code work} beside the project's guidelines. {@code cls} adds classes to the section
   * ('reviewing'), {@code wide} widens the task's column (images, side-by-side comparisons).
   */
  renderWorkbench({ cls = '', crumbs, status, work, wide = false }) {
    const p = this.project;
    return html`
      <section class="workbench ${cls} ${p ? `type-${p.taskType}` : ''}">
        <div class="wb-head">
          <nav class="crumbs" aria-label="Breadcrumb"><a href="/">Projects</a> <span aria-hidden="true">/</span> ${crumbs}</nav>
          <div class="wb-status">${status}</div>
        </div>
        <div class="wb-body ${wide ? 'wide' : ''}">
          <div class="wb-task">${work}</div>
          ${this.renderGuidelines(p)}
        </div>
      </section>`;
  }

  /** The project's guidelines beside the task. */
  renderGuidelines(project) {
    return html`
      <aside class="wb-guidelines" aria-labelledby="guidelines-title">
        <h2 id="guidelines-title">Guidelines</h2>
        <!-- guidelinesHtml is rendered and sanitized by the server (project/internal/GuidelinesRenderer) -->
        <div class="prose">${project?.guidelinesHtml ? unsafeHTML(project.guidelinesHtml) : html`<p class="muted">No guidelines were written for this project.</p>`}</div>
      </aside>`;
  }
}

/**
 * Whether Enter was pressed on a button or link that does its own action. An option (clicked with the mouse, say)
 * is not one: Enter there would toggle it again instead of submitting.
 */
export function enterOwnedBy(e) {
  const t = e.composedPath()[0];
  return (t instanceof HTMLButtonElement && !t.classList.contains('option')) || t instanceof HTMLAnchorElement;
}

export function clock(seconds) {
  const s = Math.max(0, Math.ceil(seconds));
  const m = Math.floor(s / 60);
  return `${m}:${String(s % 60).padStart(2, '0')}`;
}

function empty(v) {
  return v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

/** The answer of one question as the server expects it, or undefined when it is not answered. */
function normalised(q, v, task) {
  if (empty(v)) {
    return undefined;
  }
  switch (q.type) {
    case 'text':
      return v.trim() ? v : undefined;
    case 'spans':
      return v.map(({ start, end, label, text }) => ({ start, end, label, text }));
    case 'comparison': {
      const out = { ...v };
      if (Array.isArray(out.ranking)) {
        // ranks made dense (1, 3, 3 -> 1, 2, 2), as the server wants them
        const distinct = [...new Set(out.ranking.filter((r) => r != null))].sort((a, b) => a - b);
        out.ranking = out.ranking.map((r) => (r == null ? r : distinct.indexOf(r) + 1));
      }
      const tied = out.preferred === 'tie' || (Array.isArray(out.ranking) && out.ranking.filter((r) => r === 1).length > 1);
      if (tied) {
        delete out.strength;
      }
      if (Array.isArray(out.scores) && out.scores.every((s) => !s || !Object.keys(s).length)) {
        delete out.scores;
      }
      return out;
    }
    case 'demonstration':
      return typeof v.text === 'string' && v.text.length ? { text: v.text } : undefined;
    case 'conversation_rating':
      return { turns: v.turns || [], ...(v.overall != null ? { overall: v.overall } : {}) };
    case 'boxes': {
      const img = task.data?.image || {};
      return {
        width: img.width ?? v.width, height: img.height ?? v.height,
        objects: (v.objects || []).map((o) => {
          const base = { id: o.id, type: o.type, class: o.class };
          const geometry = o.type === 'polygon' ? { points: o.points } : { x: o.x, y: o.y, width: o.width, height: o.height };
          return { ...base, ...geometry, ...(Object.keys(o.attributes || {}).length ? { attributes: o.attributes } : {}) };
        }),
      };
    }
    default:
      return v;
  }
}

/** The answer to send: visible questions only (hidden ones must not be answered), normalised. */
export function answerOf(questions, answers, task) {
  const answer = {};
  for (const q of visible(questions, answers)) {
    const v = normalised(q, answers[q.name], task);
    if (v !== undefined) {
      answer[q.name] = v;
    }
  }
  return answer;
}

/** The first visible required question without an answer, if any. */
export function missingOf(questions, answers, task) {
  const answer = answerOf(questions, answers, task);
  return visible(questions, answers).find((q) => q.required !== false && answer[q.name] === undefined
    && !['spans', 'boxes', 'conversation_rating'].includes(q.type)); // these may legitimately be empty lists
}

const LETTERS = 'ABCDEFGHIJKLMNOP';

/** What is still missing from one comparison, in plain words (the server's rules in Comparison.java). */
function comparisonProblems(q, v, task) {
  const out = [];
  const n = Array.isArray(task?.data?.responses) ? task.data.responses.length : 0;
  const order = v.shown_order || Array.from({ length: n }, (_, i) => i);
  const letter = (item) => LETTERS[order.indexOf(item)];
  const ranking = q.mode === 'ranking';
  let tied = false;
  if (ranking) {
    const ranks = v.ranking || [];
    if (Array.from({ length: n }, (_, i) => ranks[i]).some((r) => r == null)) {
      out.push('Give every response a rank (1 = best).');
    }
    tied = ranks.filter((r) => r === 1).length > 1;
  } else if (v.preferred == null) {
    out.push(q.ties ? 'Choose the better response, or Tie.' : 'Choose the better response.');
  } else {
    tied = v.preferred === 'tie';
  }
  if (q.strength?.length && !tied && v.strength == null && (ranking || v.preferred != null)) {
    out.push(ranking ? 'Choose how much better the best response is.' : `Choose how much better Response ${letter(v.preferred)} is.`);
  }
  for (const c of q.rubric || []) {
    const unscored = order.filter((item) => v.scores?.[item]?.[c.name] == null).map(letter);
    if (unscored.length) {
      out.push(`Score ${unscored.length === 1 ? 'Response' : 'Responses'} ${unscored.join(', ')} on ${c.title || c.name}.`);
    }
  }
  const rationale = q.rationale === true ? {} : q.rationale;
  if (rationale && rationale.required !== false) {
    const length = [...(v.rationale || '').trim()].length;
    const least = Math.max(1, rationale.min_length || 0);
    if (length < least) {
      out.push(least > 1 ? `Write at least ${least} characters of rationale (${length} so far).` : 'Write your rationale.');
    }
  }
  return out;
}

/**
 * Everything still missing from the visible questions, in plain words, by question name (every question at once,
 * so the annotator sees all of it beside its control, not only the first).
 */
export function problemsOf(questions, answers, task) {
  const answer = answerOf(questions, answers, task);
  const problems = {};
  for (const q of visible(questions, answers)) {
    const list = [];
    if (q.type === 'comparison' && q.required !== false) {
      list.push(...comparisonProblems(q, answers[q.name] || {}, task));
    } else if (q.required !== false && answer[q.name] === undefined
        && !['spans', 'boxes', 'conversation_rating'].includes(q.type)) { // these may legitimately be empty lists
      list.push({
        choice: q.multiple ? 'Choose at least one option.' : 'Choose an option.',
        rating: 'Pick a point on the scale.',
        demonstration: 'Write the response.',
      }[q.type] || 'Write an answer.');
    }
    if (list.length) {
      problems[q.name] = list;
    }
  }
  return problems;
}

/** The options of the visible choice questions in order, each with the digit key that chooses it. */
export function keyedOptions(questions) {
  const list = [];
  for (const q of questions) {
    if (q.type === 'choice') {
      for (const option of q.options) {
        list.push({ question: q, option, key: list.length < 9 ? String(list.length + 1) : null });
      }
    }
  }
  return list;
}

/** The digit keys of one choice question's options (option -> key), for its control. */
export function keysOf(q, keyed) {
  return q.type === 'choice' ? new Map(keyed.filter((k) => k.question === q && k.key).map((k) => [k.option, k.key])) : undefined;
}

/**
 * A faint watermark of the viewer's pseudonym over the task, on a project with leak marks (docs/trust.md): a deterrent
 * against screenshots, which invisible marks cannot survive. Not selectable, so a copy of the text never carries it.
 */
export function watermark(pseudonym) {
  return pseudonym ? html`<div class="watermark" id="watermark" aria-hidden="true" data-pseudonym=${pseudonym}>${Array.from({ length: 30 },
    () => html`<span>${pseudonym}</span>`)}</div>` : '';
}

/** The item's text (unless a spans question shows it) and its other fields, as the annotator sees them. */
export function itemCard(data, questions) {
  const spansOnText = questions.some((q) => q.type === 'spans' && (q.field || 'text') === 'text');
  const text = typeof data?.text === 'string' && !spansOnText ? data.text : null;
  const known = new Set(['text', 'prompt', 'messages', 'responses', 'draft', 'image']);
  const extra = Object.entries(data || {}).filter(([k]) => !known.has(k));
  if (text === null && !extra.length) {
    return '';
  }
  return html`
    <article class="card item" aria-labelledby="item-title">
      <h2 id="item-title" class="sr-only">Item</h2>
      ${text !== null ? html`<div class="item-text" id="item-text">${text}</div>` : ''}
      ${extra.length ? html`<dl class="item-data">${extra.map(([k, v]) => html`<dt>${k}</dt><dd>${typeof v === 'string' ? v : JSON.stringify(v)}</dd>`)}</dl>` : ''}
    </article>`;
}

/** A reviewer's note on one question, shown under its control. */
export function questionNote(questionFeedback, q) {
  const note = questionFeedback?.[q.name];
  return note ? html`<p class="notice warn small question-feedback" id="qf-${q.name}"><strong>Reviewer:</strong> ${note}</p>` : '';
}

/** A reviewer's overall feedback and per-question notes, beside a task or in the inbox. */
export function feedbackCard(title, feedback, questionFeedback, questions, id = 'review-feedback') {
  const notes = Object.entries(questionFeedback || {}).filter(([, text]) => text);
  const titleOf = (name) => questions.find((q) => q.name === name)?.title || name;
  return html`
    <section class="card feedback" id=${id} aria-label=${title}>
      <h2 class="eyebrow">${title}</h2>
      ${feedback ? html`<p class="feedback-text">${feedback}</p>` : html`<p class="muted small">No overall comment.</p>`}
      ${notes.length ? html`<dl class="question-notes">${notes.map(([name, text]) => html`<dt>${titleOf(name)}</dt><dd data-question=${name}>${text}</dd>`)}</dl>` : ''}
    </section>`;
}
