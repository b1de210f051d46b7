// The annotator's feedback inbox (/me/feedback): every review decision on their work and every missed check item
// (gold), newest first, against GET /api/v1/me/feedback. A correction is shown per question as the annotator's answer
// beside the corrected one, text answers as a word diff; a missed gold item shows the expected answer. One reply per
// decision (POST /api/v1/me/feedback/{id}/reply). The acceptance rate sits on top; older entries page by ?before=next.
import { html } from 'lit';
import { api } from '../../api.js';
import { when } from '../../router.js';
import { Page, problem, state } from '../page.js';
import { feedbackCard } from './task-parts.js';
import { diffMarkup, wordDiff } from '../../controls/word-diff.js';

const DECISIONS = { ACCEPT: 'Accepted', CORRECT: 'Corrected', REJECT: 'Rejected' };

function shown(value) {
  if (value === undefined || value === null) {
    return html`<span class="muted small">no answer</span>`;
  }
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) {
    return value.join(', ');
  }
  return typeof value === 'object' ? html`<pre class="json">${JSON.stringify(value, null, 2)}</pre>` : String(value);
}

function textOf(value) {
  if (typeof value === 'string') {
    return value;
  }
  return typeof value?.text === 'string' ? value.text : null; // a demonstration's answer is {text}
}

/** One question: yours beside the other answer (the correction or the expected one); texts as a word diff. */
function compareRow(name, yours, other, otherLabel) {
  const a = textOf(yours);
  const b = textOf(other);
  const changed = JSON.stringify(yours) !== JSON.stringify(other);
  return html`<tr class=${changed ? 'changed' : 'same'} data-question=${name}>
    <th scope="row">${name}</th>
    ${a !== null && b !== null && changed
      ? html`<td colspan="2" class="word-diff" aria-label="Your text with the ${otherLabel} changes">${diffMarkup(wordDiff(a, b))}</td>`
      : html`<td class="yours">${shown(yours)}</td><td class="theirs">${shown(other)}</td>`}
  </tr>`;
}

function comparison(id, yours, other, otherLabel) {
  const names = [...new Set([...Object.keys(yours || {}), ...Object.keys(other || {})])];
  return html`<table class="grid compare" id=${id}>
    <thead><tr><th>Question</th><th>Your answer</th><th>${otherLabel[0].toUpperCase() + otherLabel.slice(1)}</th></tr></thead>
    <tbody>${names.map((n) => compareRow(n, yours?.[n], other?.[n], otherLabel))}</tbody>
  </table>`;
}

function rate(acceptance) {
  if (acceptance?.rate == null) {
    return '—';
  }
  return `${Math.round(acceptance.rate * 1000) / 10} %`; // the rate is a fraction (0–1)
}

class FeedbackInbox extends Page {
  static properties = state({
    inbox: null,
    replyErrors: {},
  });

  static frame = { cls: 'page', id: 'feedback-inbox', errorId: 'page-error' };

  async load() {
    this.inbox = await api('/api/v1/me/feedback');
  }

  /** The next page of older entries, as the notifications page pages (?before=next). */
  async more() {
    try {
      const older = await api(`/api/v1/me/feedback?before=${encodeURIComponent(this.inbox.next)}`);
      this.inbox = { ...older, entries: [...this.inbox.entries, ...older.entries] };
    } catch (e) {
      this.fail(e);
    }
  }

  async reply(e, entry) {
    e.preventDefault();
    const text = e.target.elements.reply.value.trim();
    if (!text) {
      this.replyErrors = { ...this.replyErrors, [entry.id]: 'Write your reply first.' };
      return;
    }
    try {
      await api(`/api/v1/me/feedback/${entry.id}/reply`, { method: 'POST', body: { text } });
      this.replyErrors = { ...this.replyErrors, [entry.id]: null };
      await this.reload();
    } catch (err) {
      this.replyErrors = { ...this.replyErrors, [entry.id]: err };
    }
  }

  renderHead() {
    return html`<div class="page-head"><h1>Feedback on my work</h1><a class="button" href="/home">My work</a></div>`;
  }

  isEmpty() {
    return !this.inbox.entries.length;
  }

  renderEmpty() {
    return html`${this.acceptance()}<div class="empty" id="no-feedback"><p><strong>No feedback yet.</strong></p>
      <p class="muted">Reviewers' decisions on your answers and missed check items appear here.</p></div>`;
  }

  acceptance() {
    const a = this.inbox.acceptance || {};
    return html`<dl class="stats" id="acceptance">
      <div><dt>Acceptance rate</dt><dd id="acceptance-rate">${rate(a)}</dd></div>
      <div><dt>Reviewed</dt><dd>${a.reviewed ?? 0}</dd></div>
      <div><dt>Accepted</dt><dd>${a.accepted ?? 0}</dd></div>
      <div><dt>Corrected</dt><dd>${a.corrected ?? 0}</dd></div>
      <div><dt>Rejected</dt><dd>${a.rejected ?? 0}</dd></div>
    </dl>`;
  }

  renderBody() {
    return html`${this.acceptance()}
      <ol class="plain feedback-list" id="feedback-entries">${this.inbox.entries.map((e) => this.entry(e))}</ol>
      ${this.inbox.next ? html`<p><button type="button" id="older-feedback" @click=${() => this.more()}>Older feedback</button></p>` : ''}`;
  }

  entry(e) {
    const gold = e.kind === 'GOLD';
    return html`<li class="card feedback-entry ${e.kind.toLowerCase()}" id="feedback-${e.id}" data-kind=${e.kind} data-decision=${e.decision ?? ''}>
      <p class="meta">
        <span class="tag ${gold ? 'gold' : (e.decision || '').toLowerCase()}">${gold ? 'Missed check item' : DECISIONS[e.decision] || e.decision}</span>
        ${e.stage ? html`<span class="muted small">${e.stage === 'QA' ? 'QA' : 'Review'}</span>` : ''}
        <span class="muted small">${when(e.at)}</span>
        <a class="small" href="/projects/${e.projectId}/work">Project's workbench</a>
      </p>
      ${gold ? '' : feedbackCard('Reviewer', e.feedback, e.questionFeedback, [], `comment-${e.id}`)}
      ${e.correction ? comparison(`diff-${e.id}`, e.yourAnswer, e.correction, 'corrected') : ''}
      ${gold && e.expected ? comparison(`expected-${e.id}`, e.yourAnswer, e.expected, 'expected') : ''}
      ${e.reply ? html`<p class="reply" id="reply-${e.id}"><strong>Your reply</strong> <span class="muted small">${when(e.reply.at)}</span><br>${e.reply.text}</p>` : ''}
      ${e.canReply && !e.reply ? html`
        <form class="inline-form reply-form" @submit=${(ev) => this.reply(ev, e)}>
          <label for="reply-input-${e.id}" class="sr-only">Reply to this decision</label>
          <textarea id="reply-input-${e.id}" name="reply" rows="2" maxlength="2000" placeholder="Reply once to the reviewer…"></textarea>
          <button type="submit" id="reply-send-${e.id}">Reply</button>
        </form>
        ${problem(this.replyErrors[e.id], { cls: 'field-error' })}` : ''}
    </li>`;
  }
}

customElements.define('annota-feedback', FeedbackInbox);
