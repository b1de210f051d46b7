// Authenticity of written answers (docs/trust.md), on the quality page: the share of answers with measured free text
// flagged as likely not written by the annotator, per annotator and vendor, the flagged answers with their evidence,
// and (for the owner's managers) the project's paste policy. writingEvidence() shows one answer's evidence in the item
// view and on the review page. The project's figures are kept per project like the quality page's reports
// (docs/quality.md "Kept reports"): a large project's may be computing or stale, and the section asks again by itself.
import { html } from 'lit';
import { api } from '../../api.js';
import { problem, state } from '../page.js';
import { ProjectCard } from './project-nav.js';
import { computing, keptAge, recheckWhileComputing } from './kept-report.js';

const POLICIES = {
  ALLOW: 'Allow paste',
  WARN: 'Warn on paste (the annotator sees a warning; the answer is measured as always)',
  BLOCK: 'Block paste (paste and drop of text are refused, with a message)',
};

const pct = (x) => `${Math.round(x * 100)} %`;

/** One measured answer's evidence, for managers and reviewers: nothing when it is not flagged. */
export function writingEvidence(measured) {
  const flagged = (measured || []).filter((m) => m.flagged);
  if (!flagged.length) {
    return '';
  }
  return html`<div class="notice warn writing-flag small" data-flagged="writing">
    <strong>Likely not written by the annotator</strong>
    ${flagged.map((m) => html`<br><span>${m.question}: ${m.evidence.join(' ')}</span>`)}</div>`;
}

/** The measured answers of one item (the authenticity report for it), or null where the caller may not see them. */
export async function writingOfItem(projectId, itemId) {
  return api(`/api/v1/projects/${projectId}/quality/authenticity?itemId=${itemId}`).catch(() => null);
}

class AuthenticitySection extends ProjectCard {
  static properties = {
    canManage: { type: Boolean },
    ...state({
      report: null,
      policy: null,
    }),
  };

  static frame = {
    ...ProjectCard.frame, id: 'authenticity', errorId: 'authenticity-error', titleId: 'authenticity-title',
    title: 'Authenticity of written answers',
  };

  disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.recheck);
  }

  async load() {
    [this.report, this.policy] = await Promise.all([api(`${this.base()}/quality/authenticity`), api(`${this.base()}/writing-policy`)]);
    this.recheck = recheckWhileComputing(this, this.recheck, [this.report], () => this.reload());
  }

  async save(e) {
    e.preventDefault();
    await this.saveInPlace(async () => {
      this.policy = await api(`${this.base()}/writing-policy`, { method: 'PUT', body: { paste: e.target.elements.paste.value } });
    });
  }

  renderBody() {
    const r = this.report;
    if (computing(r)) {
      return html`${keptAge(r, 'The authenticity figures')}${this.policyPart()}`;
    }
    const t = r.thresholds;
    const row = (g) => html`<tr data-group=${g.id}><td>${g.name || '—'}</td><td class="num">${g.answers}</td>
      <td class="num">${g.flagged}</td><td class="num">${g.answers ? pct(g.rate) : '—'}</td></tr>`;
    const head = (first) => html`<thead><tr><th scope="col">${first}</th><th scope="col">Answers measured</th>
      <th scope="col">Flagged</th><th scope="col">Flag rate</th></tr></thead>`;
    return html`
      <p class="muted small">The workbench measures how each free-text answer is written — pastes, typing, the edit
        distance from a model draft — never what was typed. Flagged: a text of ${t.minLength} characters or more of which
        ${pct(t.pastedShare)} or more was pasted, or whose own text came with fewer than ${t.keysPerChar} keystrokes a
        character or faster than ${t.maxCharsPerSecond} characters a second.</p>
      ${keptAge(r, 'The authenticity figures')}
      ${r.project.answers ? html`
        <p id="authenticity-project">${r.project.flagged} of ${r.project.answers} measured answers flagged (${pct(r.project.rate)}).</p>
        <table class="grid compact" id="authenticity-annotators">${head('Annotator')}<tbody>${r.annotators.map(row)}</tbody></table>
        ${r.vendors.length > 1 ? html`<table class="grid compact" id="authenticity-vendors">${head('Workforce')}<tbody>${r.vendors.map(row)}</tbody></table>` : ''}
        ${r.answers.length ? html`<h3>Flagged answers</h3>
          <table class="grid compact" id="authenticity-flagged"><thead><tr><th scope="col">Item</th><th scope="col">Annotator</th>
            <th scope="col">Question</th><th scope="col">Evidence</th></tr></thead>
          <tbody>${r.answers.map((m) => html`<tr data-assignment=${m.assignmentId}>
            <td><a href="/projects/${this.projectId}/items/${m.itemId}">${m.itemId.slice(0, 8)}</a></td>
            <td>${m.annotatorName || '—'}</td><td>${m.question}</td><td>${m.evidence.join(' ')}</td></tr>`)}</tbody></table>` : ''}`
        : html`<p class="muted small" id="authenticity-project">No free-text answer has been measured yet.</p>`}
      ${this.policyPart()}`;
  }

  policyPart() {
    return this.canManage ? this.form() : html`<p class="muted small" id="paste-policy">Paste policy: ${POLICIES[this.policy.paste]}.</p>`;
  }

  form() {
    return html`<form id="paste-policy-form" @submit=${this.save}>
      <div class="field"><label for="paste-policy">Paste into free-text fields</label>
        <select id="paste-policy" name="paste">
          ${Object.entries(POLICIES).map(([v, label]) => html`<option value=${v} ?selected=${this.policy.paste === v}>${label}</option>`)}
        </select></div>
      <button type="submit" id="save-paste-policy">Save paste policy</button>
      ${this.saved ? html`<span class="muted small" id="paste-policy-saved" role="status">Saved.</span>` : ''}
      ${this.formError ? problem(this.formError, { cls: 'field-error' }) : ''}
    </form>`;
  }
}

customElements.define('annota-authenticity', AuthenticitySection);
